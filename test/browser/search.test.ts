import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { THEMES } from '../../src/content/themes';
import { dumpStorage, openApp, saveFailureArtifacts, type App } from './harness';
import { screenHeading, tendPages } from './pages';
import { expectNoAxeViolationsInBothThemes } from './support/axe';

/**
 * Issue #6 item 3: search over the journal, end to end in the production build. Entries are
 * written through the editor (two of them on fixed past dates via the page clock) and one
 * through today's prompt (so it has a theme); then search as you type with highlighted
 * matches, the theme and date filters, the "/" shortcut, and no trace of the query anywhere.
 */
const PASS = 'lantern meadow quiet harbour';

let app: App | undefined;
afterEach(async (ctx) => {
  if (app && ctx.task.result?.state === 'fail') await saveFailureArtifacts(app, 'search');
  await app?.close();
  app = undefined;
});


/** Writes one entry through the editor, as if on `day` (the page clock is fixed to it meanwhile). */
async function writeOn(page: Page, day: string | null, title: string, body: string): Promise<void> {
  const ui = tendPages(page);
  if (day) await page.clock.setFixedTime(new Date(`${day}T10:00:00`));
  await ui.journal.newEntry();
  await ui.editor.write(title, body);
  await ui.editor.waitSaved();
  await ui.editor.back();
  await ui.journal.waitFor();
  if (day) await page.clock.setFixedTime(new Date());
}

/** Answers today's prompt; returns the prompt's theme id. */
async function answerTodaysPrompt(page: Page, body: string): Promise<string> {
  await page.getByRole('button', { name: 'Reflect', exact: true }).click();
  await page.getByRole('button', { name: /^Today’s prompt/ }).click();
  const card = page.getByRole('region', { name: 'Today’s prompt' });
  await card.waitFor();
  const themeName = (await card.locator('.prompt-theme').innerText()).trim();
  await page.getByRole('button', { name: 'Write about this', exact: true }).click();
  await screenHeading(page, 'New entry').waitFor();
  const ui = tendPages(page);
  await ui.editor.body.fill(body);
  await ui.editor.waitSaved();
  await ui.editor.back();
  // Back may land on the prompt screens; go home through their Back buttons.
  for (let i = 0; i < 4 && !(await screenHeading(page, 'Journal').isVisible()); i++) {
    await page.getByRole('button', { name: 'Back', exact: true }).click();
  }
  await ui.journal.waitFor();
  const theme = THEMES.find((t) => themeName.includes(t.name));
  if (!theme) throw new Error(`unknown theme: ${themeName}`);
  return theme.id;
}

const results = (page: Page) => page.getByRole('list', { name: 'Search results' });
const resultHeadings = async (page: Page) => (await results(page).getByRole('heading', { level: 2 }).allInnerTexts()).map((t) => t.trim());
const count = (page: Page) => page.locator('.search-count');

describe('journal search', () => {
  it('finds as you type with highlights, filters by theme and date, keeps the query nowhere', async () => {
    app = await openApp();
    const { page } = app;
    const ui = tendPages(page);
    await ui.setup.create(PASS);
    await ui.kit.readRecoveryKey();
    await ui.kit.confirm();
    await ui.journal.waitFor();

    await writeOn(page, '2024-03-10', 'Rupture and repair', 'The alliance held after a rough session. Café afterwards.');
    await writeOn(page, '2025-06-02', 'Quiet Monday', 'Supervision about pacing; the repair took time.');
    const themeId = await answerTodaysPrompt(page, 'A repaired plan for the week, and a walk.');

    // "/" focuses the field from anywhere on the list (not while typing elsewhere).
    const field = page.getByRole('searchbox', { name: 'Search your journal' });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('/');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await field.inputValue()).toBe('');

    // As you type: the last word is a prefix; the title hit ranks first; matches are <mark>ed.
    await page.keyboard.type('repai');
    await expect.poll(() => count(page).innerText()).toBe('3 entries found');
    const headings = await resultHeadings(page);
    expect(headings[0]).toBe('Rupture and repair');
    expect(await results(page).locator('li').first().locator('h2 mark').allInnerTexts()).toEqual(['repair']);
    const marks = await results(page).locator('mark').allInnerTexts();
    expect(new Set(marks)).toEqual(new Set(['repair', 'repaired']));
    await expectNoAxeViolationsInBothThemes(page, 'search results');
    for (const [width, height] of [[390, 844], [1440, 900]] as const) {
      await page.setViewportSize({ width, height });
      await app.screenshot(`search-results-${width}x${height}`);
    }

    // Accents fold: "cafe" finds "Café" and marks the original word.
    await field.fill('cafe');
    await expect.poll(() => resultHeadings(page)).toEqual(['Rupture and repair']);
    expect(await results(page).locator('mark').allInnerTexts()).toEqual(['Café']);

    // Every word must match.
    await field.fill('repair supervision');
    await expect.poll(() => resultHeadings(page)).toEqual(['Quiet Monday']);

    // Theme: only the entry answering today's prompt. The filters wait behind a closed
    // "Filters" button; its label counts what is set, so a hidden filter is never a surprise.
    await field.fill('repair');
    expect(await ui.journal.filtersOpen()).toBe(false);
    expect(await ui.journal.filtersLabel()).toBe('Filters');
    await ui.journal.openFilters();
    await ui.journal.themeFilter.selectOption(themeId);
    await expect.poll(() => count(page).innerText()).toBe('1 entry found');
    expect(await results(page).locator('mark').allInnerTexts()).toEqual(['repaired']);
    expect(await ui.journal.filtersLabel()).toBe('Filters (1)');
    await ui.journal.themeFilter.selectOption('');
    expect(await ui.journal.filtersLabel()).toBe('Filters');

    // Dates: From/To narrow by the day an entry is about.
    await ui.journal.fromDate.fill('2025-01-01');
    await expect.poll(() => count(page).innerText()).toBe('2 entries found');
    expect(await resultHeadings(page)).not.toContain('Rupture and repair');
    expect(await ui.journal.filtersLabel()).toBe('Filters (1)');
    await ui.journal.fromDate.fill('');
    await ui.journal.toDate.fill('2024-12-31');
    await expect.poll(() => resultHeadings(page)).toEqual(['Rupture and repair']);
    // Dates alone list the entries of that span, newest first; closed, the panel still counts them.
    await field.fill('');
    await ui.journal.fromDate.fill('2024-01-01');
    await ui.journal.toDate.fill('2025-12-31');
    await expect.poll(() => resultHeadings(page)).toEqual(['Quiet Monday', 'Rupture and repair']);
    await ui.journal.closeFilters();
    expect(await ui.journal.filtersLabel()).toBe('Filters (2)');
    expect(await resultHeadings(page)).toEqual(['Quiet Monday', 'Rupture and repair']);
    await ui.journal.openFilters();
    await ui.journal.fromDate.fill('');
    await ui.journal.toDate.fill('');
    expect(await ui.journal.filtersLabel()).toBe('Filters');

    // Nothing matches: a plain message.
    const secret = `qzv${Date.now().toString(36)}x`;
    await field.fill(secret);
    await page.getByText('No entries match your search.', { exact: true }).waitFor();
    await expectNoAxeViolationsInBothThemes(page, 'no search results');

    // The query is nowhere but on screen: not in the URL, storage or the console.
    expect(page.url()).not.toContain(secret);
    const dump = await dumpStorage(page);
    expect(dump.find(secret)).toEqual([]);
    expect(app.consoleMessages.filter((m) => JSON.stringify(m).includes(secret))).toEqual([]);

    // Clearing the field brings the plain list back; opening a result opens the entry.
    await field.fill('');
    await ui.journal.list.waitFor();
    await field.fill('pacing');
    await results(page).getByRole('button', { name: 'Quiet Monday' }).click();
    await screenHeading(page, 'Entry').waitFor();
    await ui.editor.back();
    // Coming back: the search is still there.
    expect(await field.inputValue()).toBe('pacing');
    await expect.poll(() => resultHeadings(page)).toEqual(['Quiet Monday']);

    // Lock drops the index; after unlock search works again from the reloaded entries.
    await ui.journal.lock();
    await ui.unlock.withPassphrase(PASS);
    await ui.journal.waitFor();
    expect(await field.inputValue()).toBe(''); // the query went with the lock
    await field.fill('alliance');
    await expect.poll(() => resultHeadings(page)).toEqual(['Rupture and repair']);
    expect(app.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
