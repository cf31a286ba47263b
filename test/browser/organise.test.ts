import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { dumpStorage, openApp, saveFailureArtifacts, type App } from './harness';
import { screenHeading, tendPages } from './pages';
import { expectNoAxeViolationsInBothThemes } from './support/axe';

/**
 * Issue #6 items 2 and 3: tags with suggestions, the pin, the pinned group at the top of the
 * journal, and the list and search filters (tag, entry kind and template, pinned only, clear),
 * end to end in the production build. Tags are the person's own words: none may be stored in
 * the clear.
 */
const PASS = 'copper lantern orchard rain';

let app: App | undefined;
afterEach(async (ctx) => {
  if (app && ctx.task.result?.state === 'fail') await saveFailureArtifacts(app, 'organise');
  await app?.close();
  app = undefined;
});


/** Screenshots as test output (not committed) at phone and desktop sizes. */
async function screenshots(app: App, name: string): Promise<void> {
  const size = app.page.viewportSize();
  for (const [width, height] of [[390, 844], [1440, 900]] as const) {
    await app.page.setViewportSize({ width, height });
    await app.screenshot(`${name}-${width}x${height}`);
  }
  if (size) await app.page.setViewportSize(size);
}

/** Writes one plain entry with tags typed into the tag field; ends on the list. */
async function writeTagged(page: Page, title: string, tags: string[]): Promise<void> {
  const ui = tendPages(page);
  await ui.journal.newEntry();
  await ui.editor.write(title, `Notes for ${title}.`);
  for (const tag of tags) await ui.editor.addTag(tag);
  await ui.editor.waitSaved();
  await ui.editor.back();
}

/** Starts a Weekly check-in from Reflect › Templates, tags it, and goes back to the list. */
async function writeWeeklyCheckIn(page: Page, tag: string): Promise<string> {
  const ui = tendPages(page);
  await page.getByRole('button', { name: 'Reflect', exact: true }).click();
  await page.getByRole('button', { name: /^Templates/ }).click();
  await page.getByRole('button', { name: /^Weekly check-in/ }).click();
  await screenHeading(page, 'Weekly check-in').waitFor();
  const title = await ui.editor.title.inputValue();
  // A tag alone is worth saving: the new entry is stored.
  await ui.editor.addTag(tag);
  await ui.editor.waitSaved();
  for (const heading of ['Templates', 'Reflect', 'Journal']) {
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await screenHeading(page, heading).waitFor();
  }
  return title;
}

describe('organise: tags, pins and filters', () => {
  it('adds tags with suggestions, pins, filters by tag, kind and pin, and stores no tag in the clear', async () => {
    app = await openApp();
    const { page } = app;
    const ui = tendPages(page);
    await ui.setup.create(PASS);
    await ui.kit.readRecoveryKey();
    await ui.kit.confirm();
    await ui.journal.waitFor();
    const secretTag = `zephyr${Date.now()}`; // digits only: it must not match what the test types below

    // "#Grief" is tidied to "Grief"; a comma adds a tag too; a repeat (any case) is not added twice.
    await ui.journal.newEntry();
    await ui.editor.write('Monday debrief', 'A hard session about loss.');
    await ui.editor.addTag('#Grief');
    await ui.editor.tagInput.pressSequentially('growth,');
    await ui.editor.addTag('grief');
    expect(await ui.editor.tags()).toEqual(['Grief', 'growth']);
    await page.getByText('Already tagged grief').waitFor();
    await ui.editor.waitSaved();
    await ui.editor.back();
    await writeTagged(page, 'Tuesday notes', ['grief', secretTag]);

    // Suggestions: the journal's tags matching what is typed, most used first ("grief" is on two
    // entries, in two spellings: the newest one shows).
    await ui.journal.newEntry();
    await ui.editor.write('Wednesday supervision', 'Pacing and repair.');
    await ui.editor.tagInput.pressSequentially('gr');
    await expect.poll(() => ui.editor.suggestionTexts()).toEqual(['grief', 'growth']);
    expect(await ui.editor.tagInput.getAttribute('aria-expanded')).toBe('true');
    await ui.editor.tagInput.press('ArrowDown');
    await ui.editor.tagInput.press('ArrowDown');
    const active = await ui.editor.tagInput.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).innerText()).toBe('growth');
    await expectNoAxeViolationsInBothThemes(page, 'editor with tags and suggestions open');
    await screenshots(app, 'organise-editor');
    await ui.editor.tagInput.press('Enter');
    // A suggestion is chosen by mouse too; the list leaves out tags the entry already has.
    await ui.editor.tagInput.pressSequentially('g');
    await expect.poll(() => ui.editor.suggestionTexts()).toEqual(['grief']);
    await ui.editor.tagSuggestions.getByRole('option', { name: 'grief' }).click();
    await ui.editor.addTag('supervision');
    expect(await ui.editor.tags()).toEqual(['growth', 'grief', 'supervision']);

    // Remove: the chip's own button (focus moves to the next chip), and Backspace in the empty field.
    await ui.editor.removeTagButton('grief').click();
    expect(await ui.editor.tags()).toEqual(['growth', 'supervision']);
    expect(await ui.editor.removeTagButton('supervision').evaluate((el) => el === document.activeElement)).toBe(true);
    await ui.editor.tagInput.click();
    await ui.editor.tagInput.press('Backspace');
    expect(await ui.editor.tags()).toEqual(['growth']);
    await ui.editor.waitSaved();
    await ui.editor.back();

    // Pin the oldest entry: it leads the list in its own group.
    await ui.journal.open('Monday debrief');
    expect(await ui.editor.isPinned()).toBe(false);
    await ui.editor.pinButton.click();
    expect(await ui.editor.isPinned()).toBe(true);
    await ui.editor.waitSaved();
    await expectNoAxeViolationsInBothThemes(page, 'editor with tags, pinned');
    await ui.editor.back();
    expect(await ui.journal.pinnedHeadings()).toEqual(['Monday debrief']);
    expect(await ui.journal.headings()).toEqual(['Wednesday supervision', 'Tuesday notes']);
    expect(await ui.journal.tagsOf('Monday debrief')).toEqual(['Grief', 'growth']);

    const weekly = await writeWeeklyCheckIn(page, 'growth');

    // After reload and unlock: still pinned first, tags kept (sorted by the vault).
    await page.reload();
    await ui.unlock.withPassphrase(PASS);
    await ui.journal.waitFor();
    expect(await ui.journal.allHeadings()).toEqual(['Monday debrief', weekly, 'Wednesday supervision', 'Tuesday notes']);
    expect(await ui.journal.tagsOf('Tuesday notes')).toEqual(['grief', secretTag]);
    await ui.journal.open('Monday debrief');
    expect(await ui.editor.isPinned()).toBe(true);
    expect(await ui.editor.tags()).toEqual(['Grief', 'growth']);
    await ui.editor.back();

    // Filter by tag (ignoring case): the plain list narrows and says how many. The filters sit
    // in the Filters panel, closed until asked for; its label counts what is set.
    expect(await ui.journal.filtersOpen()).toBe(false);
    await ui.journal.openFilters();
    await ui.journal.tagFilter.selectOption('grief');
    await expect.poll(() => ui.journal.allHeadings()).toEqual(['Monday debrief', 'Tuesday notes']);
    expect(await ui.journal.countText()).toBe('2 entries');
    expect(await ui.journal.filtersLabel()).toBe('Filters (1)');
    await expectNoAxeViolationsInBothThemes(page, 'journal filtered by tag');
    await screenshots(app, 'organise-list');
    // By what the entry answers: one template.
    await ui.journal.tagFilter.selectOption('');
    await ui.journal.kindFilter.selectOption('template:weekly-check-in');
    await expect.poll(() => ui.journal.allHeadings()).toEqual([weekly]);
    await ui.journal.kindFilter.selectOption('prompt');
    await expect.poll(() => ui.journal.countText()).toBe('No entries match these filters.');
    await ui.journal.kindFilter.selectOption('');
    // Pinned only.
    await ui.journal.pinnedOnly.check();
    await expect.poll(() => ui.journal.allHeadings()).toEqual(['Monday debrief']);
    // Closed, the panel hides the filter but not the fact: "Filters (1)" and the list stays narrowed.
    await ui.journal.closeFilters();
    expect(await ui.journal.filtersLabel()).toBe('Filters (1)');
    expect(await ui.journal.allHeadings()).toEqual(['Monday debrief']);
    await ui.journal.openFilters();

    // Search with the filters: words and "pinned only" together; a tag match is marked like any other.
    const search = page.getByRole('searchbox', { name: 'Search your journal' });
    await search.fill('growth');
    await expect.poll(() => ui.journal.countText()).toBe('1 entry found');
    const results = page.getByRole('list', { name: 'Search results' });
    expect((await results.locator('.search-snippet').innerText()).trim()).toBe('Tags: Grief, growth');
    expect(await results.locator('mark').allInnerTexts()).toEqual(['growth']);
    await ui.journal.pinnedOnly.uncheck();
    await expect.poll(() => ui.journal.countText()).toBe('3 entries found');
    await ui.journal.kindFilter.selectOption('template');
    await expect.poll(() => results.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([weekly]);
    expect(await ui.journal.filtersLabel()).toBe('Filters (1)');
    await expectNoAxeViolationsInBothThemes(page, 'search filtered by template');

    // "Clear filters" clears every filter but keeps the words; focus goes to the first filter.
    await ui.journal.clearFiltersButton.click();
    expect(await ui.journal.kindFilter.inputValue()).toBe('');
    expect(await ui.journal.pinnedOnly.isChecked()).toBe(false);
    expect(await ui.journal.themeFilter.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => ui.journal.countText()).toBe('3 entries found');
    expect(await search.inputValue()).toBe('growth');
    expect(await ui.journal.filtersLabel()).toBe('Filters');
    await search.fill('');
    expect(await ui.journal.clearFiltersButton.count()).toBe(0);

    // A tag chip on the list filters by that tag, opens the closed Filters panel and puts focus
    // on the Tag menu inside it.
    await ui.journal.closeFilters();
    await page.getByRole('button', { name: `Show entries tagged ${secretTag}`, exact: true }).click();
    await expect.poll(() => ui.journal.allHeadings()).toEqual(['Tuesday notes']);
    expect(await ui.journal.filtersOpen()).toBe(true);
    expect(await ui.journal.filtersLabel()).toBe('Filters (1)');
    expect(await ui.journal.tagFilter.inputValue()).toBe(secretTag);
    expect(await ui.journal.tagFilter.evaluate((el) => el === document.activeElement)).toBe(true);
    await ui.journal.clearFiltersButton.click();
    await expect.poll(() => ui.journal.allHeadings()).toEqual(['Monday debrief', weekly, 'Wednesday supervision', 'Tuesday notes']);

    // Unpin: the group goes away.
    await ui.journal.open('Monday debrief');
    await ui.editor.pinButton.click();
    await ui.editor.waitSaved();
    await ui.editor.back();
    expect(await ui.journal.pinnedHeadings()).toEqual([]);

    // Limits, explained gently: a pasted list fills an entry to 20 tags and the rest waits in the
    // field; a tag longer than 40 characters is shortened, with a note before it is added.
    await ui.journal.newEntry();
    const many = Array.from({ length: 22 }, (_, i) => `label${String(i).padStart(2, '0')}`);
    await ui.editor.tagInput.fill(`${many.join(', ')},`);
    expect(await ui.editor.tags()).toEqual(many.slice(0, 20));
    expect(await ui.editor.tagInput.inputValue()).toBe('label20, label21');
    await page.getByText('An entry holds up to 20 tags. Remove one to make room for another.', { exact: true }).waitFor();
    await ui.editor.removeTagButton('label00').click();
    await ui.editor.tagInput.press('Enter');
    expect(await ui.editor.tags()).toEqual(many.slice(1, 21));
    expect(await ui.editor.tagInput.inputValue()).toBe('label21');
    await ui.editor.removeTagButton('label01').click();
    await ui.editor.tagInput.fill('x'.repeat(45));
    await page.getByText(/^Tags are short labels of up to 40 characters/).waitFor();
    await ui.editor.tagInput.press('Enter');
    expect((await ui.editor.tags()).at(-1)).toBe('x'.repeat(40));
    await ui.editor.waitSaved();
    await ui.editor.back();
    expect(await ui.journal.headings()).toContain('Untitled entry');

    // Tags are the person's words: none is stored in the clear, anywhere.
    const dump = await dumpStorage(page);
    expect(dump.find(secretTag)).toEqual([]);
    expect(app.consoleMessages.filter((m) => JSON.stringify(m).includes(secretTag))).toEqual([]);
    expect(page.url()).not.toContain(secretTag);
    expect(app.pageErrors.map((e) => e.message)).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });
});
