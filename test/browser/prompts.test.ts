import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/content/themes';
import { dumpStorage, foreignRequests, openApp, type App } from './harness';
import { screenHeading, tendPages } from './pages';
import { expectNoAxeViolationsInBothThemes } from './support/axe';

/**
 * Issue #3 items 2 and 7 end to end, against the production build: answer today's prompt,
 * see what the entry answers in the journal list and filter the list by theme; shuffle;
 * favourites and the user's own prompts survive a lock; and none of it is stored in the clear.
 */
const PASS = 'willow kettle harbour seven';

/** The prompt screens, found by role and label the way a person finds them. */
class PromptsPage {
  constructor(readonly page: Page) {}

  get todayCard(): Locator {
    return this.page.getByRole('region', { name: 'Today’s prompt' });
  }
  get anotherCard(): Locator {
    return this.page.getByRole('region', { name: 'Another prompt' });
  }
  button(name: string | RegExp, scope: Page | Locator = this.page): Locator {
    return scope.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** From the journal: Reflect, then Today's prompt; waits until the prompt is showing. Returns the hub link's text. */
  async openFromJournal(): Promise<string> {
    await this.button('Reflect').click();
    await screenHeading(this.page, 'Reflect').waitFor();
    const link = this.button(/^Today’s prompt/);
    const hubText = await link.innerText();
    await link.click();
    await screenHeading(this.page, 'Today’s prompt').waitFor();
    await this.todayCard.waitFor();
    return hubText;
  }

  /** The prompt text and theme line of a card. */
  async read(card: Locator): Promise<{ text: string; theme: string }> {
    const text = (await card.locator('.prompt-today-text').innerText()).trim();
    const theme = (await card.locator('.prompt-theme').innerText()).trim();
    return { text, theme };
  }

  /** The list item of a prompt with exactly this text. */
  item(text: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByText(text, { exact: true }) });
  }

  async back(to: string): Promise<void> {
    await this.button('Back').click();
    await screenHeading(this.page, to).waitFor();
  }
}

/** axe in light and dark on the screen as it is now; ends in light. */

function expectCleanSession(app: App): void {
  expect(foreignRequests(app.requests, app.origin)).toEqual([]);
  expect(app.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
  expect(app.cspViolations).toEqual([]);
  expect(app.pageErrors.map((e) => e.message)).toEqual([]);
}

function themeIdOf(name: string): string {
  const theme = THEMES.find((t) => t.name === name);
  if (!theme) throw new Error(`unknown theme shown: ${name}`);
  return theme.id;
}

async function lockAndUnlock(app: App): Promise<void> {
  const ui = tendPages(app.page);
  await app.page.getByRole('button', { name: 'Lock', exact: true }).click();
  await ui.unlock.withPassphrase(PASS);
  await ui.journal.waitFor();
}

describe('prompts', () => {
  it('answers today’s prompt, shows and filters it in the list, keeps favourites and own prompts, stores nothing in the clear', async () => {
    const app = await openApp();
    const ui = tendPages(app.page);
    const prompts = new PromptsPage(app.page);
    await ui.setup.create(PASS);
    await ui.kit.confirm();
    await ui.journal.waitFor();

    // Today's prompt, and "Another prompt" and back.
    await prompts.openFromJournal();
    const today = await prompts.read(prompts.todayCard);
    // The hub now names today's theme (the preferences document exists since this first visit).
    await prompts.back('Reflect');
    expect(await prompts.button(/^Today’s prompt/).innerText()).toContain(`Today: ${today.theme}`);
    await prompts.button(/^Today’s prompt/).click();
    await prompts.todayCard.waitFor();
    expect(today.text.length).toBeGreaterThan(10);
    const themeId = themeIdOf(today.theme);
    await expectNoAxeViolationsInBothThemes(app.page, 'today’s prompt');
    await prompts.button('Another prompt').click();
    await prompts.anotherCard.waitFor();
    const other = await prompts.read(prompts.anotherCard);
    expect(other.text).not.toBe(today.text);
    expect(other.theme).toMatch(/^Another prompt · /);
    await prompts.button('Back to today’s prompt').click();
    expect((await prompts.read(prompts.todayCard)).text).toBe(today.text);

    // Answer it.
    const marker = `PMARK-${Date.now().toString(36)}-a1`;
    await prompts.button('Write about this', prompts.todayCard).click();
    await screenHeading(app.page, 'New entry').waitFor();
    const answers = app.page.getByRole('complementary', { name: 'What this entry answers' });
    expect(await answers.innerText()).toContain(today.text);
    await ui.editor.body.fill(`Reflecting on this, ${marker}, after a long supervision day.`);
    await ui.editor.waitSaved();
    await ui.editor.back();

    // The list says what the entry answers, and the theme filter finds (and hides) it.
    const heading = `Reflecting on this, ${marker}, after a long supervision day.`;
    expect(await ui.journal.headings()).toEqual([heading]);
    const item = ui.journal.list.getByRole('listitem').filter({ hasText: marker });
    expect((await item.locator('.entry-source').innerText()).trim()).toBe(`Prompt · ${today.theme}`);
    const filter = ui.journal.themeFilter;
    await ui.journal.openFilters();
    await filter.selectOption(themeId);
    expect(await ui.journal.headings()).toEqual([heading]);
    await expectNoAxeViolationsInBothThemes(app.page, 'journal filtered by theme');
    const otherTheme = THEMES.find((t) => t.id !== themeId);
    await filter.selectOption(otherTheme?.id ?? '');
    expect(await ui.journal.headings()).toEqual([]);
    await app.page.getByText('No entries in this theme yet.', { exact: true }).waitFor();
    // The filter survives opening an entry and coming back.
    await filter.selectOption(themeId);
    await ui.journal.open(heading);
    await ui.editor.back();
    // Back on the list the panel is closed again, and its button says a filter is still set.
    expect(await ui.journal.filtersOpen()).toBe(false);
    expect(await ui.journal.filtersLabel()).toBe('Filters (1)');
    await ui.journal.openFilters();
    expect(await filter.inputValue()).toBe(themeId);
    await filter.selectOption('');

    // Back on the prompt: still today's, now marked answered (on the hub too). Star it.
    expect(await prompts.openFromJournal()).toContain('Answered today');
    expect((await prompts.read(prompts.todayCard)).text).toBe(today.text);
    expect(await prompts.todayCard.innerText()).toContain('Answered today');
    const star = prompts.button('Favourite', prompts.todayCard);
    expect(await star.getAttribute('aria-pressed')).toBe('false');
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');

    // Browse by theme: star one prompt of another theme.
    await prompts.button(/^Browse by theme/).click();
    await screenHeading(app.page, 'Browse by theme').waitFor();
    await expectNoAxeViolationsInBothThemes(app.page, 'browse by theme');
    const browseTheme = THEMES.find((t) => t.id !== themeId) ?? THEMES[0]!;
    await prompts.button(new RegExp(`^${browseTheme.name}`)).click();
    await screenHeading(app.page, browseTheme.name).waitFor();
    const list = app.page.getByRole('list', { name: 'Prompts' });
    expect(await list.locator(':scope > li').count()).toBeGreaterThanOrEqual(15);
    const browsedText = (await list.locator('.prompt-item-text').first().innerText()).trim();
    const browsedStar = prompts.button('Favourite', prompts.item(browsedText));
    await browsedStar.click();
    await expect.poll(() => browsedStar.getAttribute('aria-pressed')).toBe('true');
    await expectNoAxeViolationsInBothThemes(app.page, 'one theme’s prompts');
    await prompts.back('Browse by theme');
    await prompts.back('Today’s prompt');

    // An own prompt.
    const custom = `When did I last say no to an extra client? ${Date.now().toString(36)}-c2`;
    await prompts.button(/^Your own prompts/).click();
    await screenHeading(app.page, 'Your own prompts').waitFor();
    await prompts.button('Add prompt').click();
    expect(await app.page.getByText('Write the question first.', { exact: true }).isVisible()).toBe(true);
    await app.page.getByLabel('Prompt', { exact: true }).fill(custom);
    await app.page.getByLabel('Theme (optional)', { exact: true }).selectOption('boundaries');
    await prompts.button('Add prompt').click();
    await app.page.getByRole('status').filter({ hasText: 'Prompt added.' }).waitFor();
    await prompts.item(custom).waitFor();
    expect(await prompts.item(custom).innerText()).toContain('Boundaries');
    await expectNoAxeViolationsInBothThemes(app.page, 'your own prompts');

    // Lock, unlock: the same prompt today (the seed was stored), the stars and the own prompt kept.
    await lockAndUnlock(app);
    await prompts.openFromJournal();
    expect((await prompts.read(prompts.todayCard)).text).toBe(today.text);
    await prompts.button(/^Favourites/).click();
    await screenHeading(app.page, 'Favourites').waitFor();
    for (const text of [today.text, browsedText]) {
      expect(await prompts.button('Favourite', prompts.item(text)).getAttribute('aria-pressed')).toBe('true');
    }
    expect(await app.page.getByRole('list', { name: 'Prompts' }).locator(':scope > li').count()).toBe(2);
    await expectNoAxeViolationsInBothThemes(app.page, 'favourites');
    // Un-starring keeps the prompt on screen until leaving, so it can be starred again.
    const unstar = prompts.button('Favourite', prompts.item(browsedText));
    await unstar.click();
    await expect.poll(() => unstar.getAttribute('aria-pressed')).toBe('false');
    await prompts.back('Today’s prompt');
    await prompts.button(/^Your own prompts/).click();
    await screenHeading(app.page, 'Your own prompts').waitFor();
    await prompts.item(custom).waitFor();

    // Edit it; answer it; the list shows it as the user's own prompt.
    const edited = `${custom} (edited)`;
    await prompts.button('Edit', prompts.item(custom)).click();
    const editField = app.page.getByLabel('Prompt', { exact: true });
    await expect.poll(() => editField.evaluate((el) => el === document.activeElement)).toBe(true);
    await editField.fill(edited);
    await prompts.button('Save changes').click();
    await prompts.item(edited).waitFor();
    await prompts.button('Write about this', prompts.item(edited)).click();
    await screenHeading(app.page, 'New entry').waitFor();
    await ui.editor.body.fill(`Own prompt answer ${marker}-own`);
    await ui.editor.waitSaved();
    await ui.editor.back();
    const ownItem = ui.journal.list.getByRole('listitem').filter({ hasText: `${marker}-own` });
    expect((await ownItem.locator('.entry-source').innerText()).trim()).toBe('Your prompt · Boundaries');

    await lockAndUnlock(app);
    await prompts.openFromJournal();
    await prompts.button(/^Favourites/).click();
    expect(await app.page.getByRole('list', { name: 'Prompts' }).locator(':scope > li').count()).toBe(1);
    await prompts.back('Today’s prompt');
    await prompts.button(/^Your own prompts/).click();
    await prompts.item(edited).waitFor();
    await expectNoAxeViolationsInBothThemes(app.page, 'your own prompts, one answered');
    expect(await prompts.item(edited).innerText()).toContain('Answered today');

    // Delete it (asked first); focus lands on the list heading, the entry that answered it stays.
    await prompts.button('Delete', prompts.item(edited)).click();
    const dialog = app.page.getByRole('dialog', { name: 'Delete this prompt?' });
    await prompts.button('Keep it', dialog).click();
    await prompts.item(edited).waitFor();
    await prompts.button('Delete', prompts.item(edited)).click();
    await prompts.button('Delete', dialog).click();
    await app.page.getByRole('status').filter({ hasText: 'Prompt deleted.' }).waitFor();
    expect(await prompts.item(edited).count()).toBe(0);
    const yours = app.page.getByRole('heading', { level: 2, name: 'Your prompts', exact: true });
    await expect.poll(() => yours.evaluate((el) => el === document.activeElement)).toBe(true);
    await prompts.back('Today’s prompt');
    await prompts.back('Reflect');
    await prompts.back('Journal');
    expect(await ui.journal.headings()).toContain(`Own prompt answer ${marker}-own`);

    // Nothing of it in the clear anywhere the browser stores data.
    const dump = await dumpStorage(app.page);
    expect(dump.find(marker)).toEqual([]);
    expect(dump.find(custom)).toEqual([]);
    expect(dump.find('say no to an extra client')).toEqual([]);
    // Which prompt was answered, and its theme, are secret too; the app's own code (in the
    // Cache API) naturally contains the library, so only the data stores are checked for those.
    const inData = (needle: string) => dump.find(needle).filter((where) => !where.startsWith('cache/'));
    expect(inData(today.text.slice(0, 40))).toEqual([]);
    expect(inData(themeId)).toEqual([]);
    expect(inData('prompt-prefs')).toEqual([]);
    expectCleanSession(app);
  });
});
