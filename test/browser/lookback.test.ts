import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { dumpStorage, foreignRequests, openApp, saveFailureArtifacts, type App } from './harness';
import { screenHeading, tendPages } from './pages';
import { expectNoAxeViolationsInBothThemes } from './support/axe';
import { PASS, SEED, seededJournal } from './support/seed-journal';

/**
 * Issue #6 items 4 and 5 in the production build. A journal is seeded on fixed past dates by
 * importing a backup made here with Tend's own writer (the path a user takes to merge a
 * journal), plus one entry written through the editor with the page clock fixed to
 * "today" = Wednesday 12 March 2025. Then: the calendar marks the right days with their mood,
 * choosing a day lists its entries (and an entry opened from there comes back to it), the
 * arrow keys move between days, the kind counts, "on this day" on Look back and on the
 * journal list, and Insights' charts whose tables hold exactly the seeded numbers.
 */
let app: App | undefined;
afterEach(async (ctx) => {
  if (app && ctx.task.result?.state === 'fail') await saveFailureArtifacts(app, 'lookback');
  await app?.close();
  app = undefined;
});


const calendar = (page: Page) => page.locator('table.calendar-grid');
const dayButton = (page: Page, day: string) => calendar(page).locator(`button[data-day="${day}"]`);
const dayName = (page: Page, day: string) => dayButton(page, day).getAttribute('aria-label');
const listed = async (page: Page, name: RegExp | string) =>
  (await page.getByRole('list', { name }).getByRole('button').allInnerTexts()).map((t) => t.trim());

/** A chart's table rows (th and td texts), opening its "Show … as a table" first. */
async function tableRows(page: Page, summary: string, table: string): Promise<string[][]> {
  const details = page.locator('details').filter({ has: page.locator('summary', { hasText: summary }) });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  return page
    .getByRole('table', { name: table, exact: true })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
}

/** The SVG image whose title is `title`. */
const chart = (page: Page, title: string) =>
  page.locator('svg[role="img"]').filter({ has: page.locator('title', { hasText: new RegExp(`^${title}$`) }) });

describe('look back and insights', () => {
  it('marks the seeded days with their mood, lists a chosen day, counts kindly, and brings back this day in earlier years', async () => {
    app = await seededJournal();
    const { page } = app;
    const ui = tendPages(page);

    // The journal list: a gentle "On this day" card with last year's and the year before's entries.
    const card = page.getByRole('region', { name: 'On this day' });
    await card.waitFor();
    expect(await listed(page, 'Entries from this date in earlier years')).toEqual(['A year ago today', 'Two years back']);
    expect(await card.innerText()).toContain('1 year ago');
    expect(await card.innerText()).toContain('2 years ago');

    await page.setViewportSize({ width: 390, height: 844 });
    await app.screenshot('journal-on-this-day-390x844');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Look back, from the card.
    await card.getByRole('button', { name: 'Open Look back', exact: true }).click();
    await screenHeading(page, 'Look back').waitFor();
    expect((await calendar(page).locator('caption').innerText()).trim()).toBe('March 2025');
    expect(await calendar(page).locator('thead th').count()).toBe(7);

    // Marked days: exactly the 3rd, 10th, 11th and 12th, each with its count and average mood.
    const marked = await calendar(page).locator('button.has-entries').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-day')));
    expect(marked).toEqual(['2025-03-03', '2025-03-10', '2025-03-11', '2025-03-12']);
    expect(await dayName(page, '2025-03-03')).toMatch(/\b3\b.*, 2 entries, mood 3\.5 of 5$/);
    expect(await dayName(page, '2025-03-10')).toMatch(/\b10\b.*, 1 entry, mood 4 of 5$/);
    expect(await dayName(page, '2025-03-11')).toMatch(/\b11\b.*, 1 entry$/);
    expect(await dayName(page, '2025-03-12')).toMatch(/\b12\b.*, today, 2 entries, mood 2\.5 of 5$/);
    expect(await dayName(page, '2025-03-05')).not.toMatch(/entr/);
    expect(await dayButton(page, '2025-03-03').locator('.calendar-dot').getAttribute('class')).toBe('calendar-dot mood-4');
    expect(await dayButton(page, '2025-03-10').locator('.calendar-dot').getAttribute('class')).toBe('calendar-dot mood-4');
    expect(await dayButton(page, '2025-03-11').locator('.calendar-dot').getAttribute('class')).toBe('calendar-dot no-mood');
    expect(await dayButton(page, '2025-03-12').getAttribute('aria-current')).toBe('date');

    // The counts, kindly worded.
    const rhythm = (await page.getByRole('list', { name: 'Your writing days' }).innerText()).replace(/\s+/g, ' ');
    expect(rhythm).toContain('Days written in March 2025: 4');
    expect(rhythm).toContain('Current run: 3 days in a row, including today');
    expect(await page.locator('main').innerText()).not.toMatch(/broke|streak|missed/i);

    // "On this day" on Look back, newest first.
    expect(await listed(page, 'Entries from this date in earlier years')).toEqual(['A year ago today', 'Two years back']);

    // Today is chosen on arrival; choosing the 3rd lists its two entries in the order written.
    expect(await listed(page, /^Entries on /)).toEqual(['Early Wednesday', 'Afternoon']);
    await dayButton(page, '2025-03-03').click();
    expect(await dayButton(page, '2025-03-03').getAttribute('aria-pressed')).toBe('true');
    expect(await listed(page, /^Entries on /)).toEqual(['Two moods, morning', 'Two moods, evening']);
    expect(await page.locator('.day-panel').innerText()).toContain('2 entries · average mood 3.5 of 5');
    await expectNoAxeViolationsInBothThemes(page, 'look back, a day chosen');
    for (const [width, height] of [[390, 844], [1440, 900]] as const) {
      await page.setViewportSize({ width, height });
      await app.screenshot(`lookback-${width}x${height}`);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate('document.documentElement.scrollWidth - innerWidth')).toBeLessThanOrEqual(0);
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('lookback-dark-390x844');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });

    // Opening one goes to the editor; Back comes back to the same day.
    await page.getByRole('list', { name: /^Entries on / }).getByRole('button', { name: 'Two moods, evening' }).click();
    await screenHeading(page, 'Entry').waitFor();
    expect(await ui.editor.title.inputValue()).toBe('Two moods, evening');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await screenHeading(page, 'Look back').waitFor();
    expect(await dayButton(page, '2025-03-03').getAttribute('aria-pressed')).toBe('true');

    // Keyboard: one day in the Tab order; arrows move by day and week, Page Up by month.
    expect(await calendar(page).locator('button[tabindex="0"]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-day')))).toEqual(['2025-03-03']);
    await dayButton(page, '2025-03-03').focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-day'));
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toBe('2025-03-04');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('2025-03-11');
    await page.keyboard.press('PageUp');
    await expect.poll(focused).toBe('2025-02-11');
    expect((await calendar(page).locator('caption').innerText()).trim()).toBe('February 2025');
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toBe('2025-02-12');
    await page.keyboard.press('Enter');
    expect(await page.locator('.day-panel').innerText()).toContain('Nothing written on this day.');
    // February: one day written, said plainly; the run still counts from today.
    expect(marked.length).toBe(4);
    expect(await calendar(page).locator('button.has-entries').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-day')))).toEqual(['2025-02-20']);
    expect(await page.getByRole('list', { name: 'Your writing days' }).innerText()).toContain('Days written in February 2025: 1');
    await page.getByRole('button', { name: /^Previous month/ }).click();
    expect((await calendar(page).locator('caption').innerText()).trim()).toBe('January 2025');
    expect(await page.getByRole('list', { name: 'Your writing days' }).innerText()).toContain('No entries in January 2025.');
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    expect((await calendar(page).locator('caption').innerText()).trim()).toBe('March 2025');
    expect(await dayButton(page, '2025-03-12').getAttribute('aria-pressed')).toBe('true');

    // Opened from the journal, Back goes to the journal; "Not today" puts the card away, focus on the heading.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await ui.journal.waitFor();
    await card.getByRole('button', { name: 'Not today', exact: true }).click();
    await card.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Journal');
    await ui.journal.newEntry();
    await ui.editor.back();
    expect(await card.count()).toBe(0);

    expect(foreignRequests(app.requests, app.origin)).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors.map((e) => e.message)).toEqual([]);
  });

  it('charts the seeded check-ins, ProQOL scores, entries per week, themes and tags, each with a table of the same numbers', async () => {
    app = await seededJournal();
    const { page } = app;
    await page.getByRole('button', { name: 'Reflect', exact: true }).click();
    await page.getByRole('list', { name: 'Ways to reflect' }).getByRole('button', { name: /^Insights/ }).click();
    await screenHeading(page, 'Insights').waitFor();

    // Check-ins: one marker per answered value, oldest first; the entry without one is left out.
    const checkins = chart(page, 'Your check-ins over time');
    expect(await checkins.count()).toBe(1);
    expect(await checkins.locator('desc').textContent()).toMatch(/8 check-ins between/);
    expect(await checkins.locator('.chart-marker').count()).toBe(24);
    const rows = await tableRows(page, 'Show the check-ins as a table', 'Your check-ins over time');
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['2', '2', '4'],
      ['3', '3', '3'],
      ['3', '4', '2'],
      ['2', '3', '4'],
      ['5', '4', '2'],
      ['4', '4', '3'],
      ['1', '2', '5'],
      ['4', '3', '2'],
    ]);

    // ProQOL: the imported result.
    expect(await chart(page, 'Your ProQOL scores over time').count()).toBe(1);
    expect((await tableRows(page, 'Show the scores as a table', 'Your ProQOL scores over time')).map((r) => r.slice(1))).toEqual([
      ['41 (moderate)', '22 (low)', '17 (low)'],
    ]);

    // Entries per week: 12 weeks ending with 1, 0, 2 and 4 entries (whichever day weeks start on).
    const weeks = chart(page, 'Entries per week, last 12 weeks');
    expect(await weeks.count()).toBe(1);
    expect(await weeks.locator('rect.chart-bar').count()).toBe(3);
    const weekRows = await tableRows(page, 'Show the weeks as a table', 'Entries per week, last 12 weeks');
    expect(weekRows).toHaveLength(12);
    expect(weekRows.map((r) => r[1])).toEqual(['0', '0', '0', '0', '0', '0', '0', '0', '1', '0', '2', '4']);
    await page.getByRole('button', { name: 'Last 26 weeks', exact: true }).click();
    expect(await page.getByRole('button', { name: 'Last 26 weeks', exact: true }).getAttribute('aria-pressed')).toBe('true');
    const longer = await tableRows(page, 'Show the weeks as a table', 'Entries per week, last 26 weeks');
    expect(longer).toHaveLength(26);
    expect(longer.map((r) => Number(r[1])).reduce((a, b) => a + b, 0)).toBe(7);

    // Themes and tags, most used first (ties alphabetically; tags ignoring case).
    expect(await chart(page, 'Most used themes').locator('rect.chart-bar').count()).toBe(3);
    expect(await tableRows(page, 'Show the themes as a table', 'Most used themes')).toEqual([
      ['Boundaries', '2'],
      ['Self-awareness', '1'],
      ['Stress and burnout', '1'],
    ]);
    expect(await tableRows(page, 'Show the tags as a table', 'Most used tags')).toEqual([
      ['supervision', '3'],
      ['sleep', '2'],
      ['first year', '1'],
    ]);
    expect(await chart(page, 'Most used tags').locator('desc').textContent()).toBe('Tags, most used first: supervision (3), sleep (2) and first year (1).');

    await expectNoAxeViolationsInBothThemes(page, 'insights, tables open');
    for (const [width, height] of [[390, 844], [1440, 900]] as const) {
      await page.setViewportSize({ width, height });
      await app.screenshot(`insights-${width}x${height}`);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate('document.documentElement.scrollWidth - innerWidth')).toBeLessThanOrEqual(0);
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('insights-dark-390x844');

    // Worked out in memory only: no title, tag or check-in reaches storage in the clear ("supervision" is in the app's own prompts).
    const dump = await dumpStorage(page);
    for (const text of [...SEED.map((e) => e.title), 'first year', 'Afternoon']) expect(dump.find(text)).toEqual([]);
    expect(dump.find('"mood":')).toEqual([]);

    expect(foreignRequests(app.requests, app.origin)).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors.map((e) => e.message)).toEqual([]);
  });

  it('starts kind when the journal is empty: no card, no counts, a way to write or to today’s prompt', async () => {
    app = await openApp();
    const { page } = app;
    const ui = tendPages(page);
    await ui.setup.create(PASS);
    await ui.kit.readRecoveryKey();
    await ui.kit.confirm();
    await ui.journal.waitFor();
    expect(await page.getByRole('region', { name: 'On this day' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Reflect', exact: true }).click();
    await page.getByRole('list', { name: 'Ways to reflect' }).getByRole('button', { name: /^Look back/ }).click();
    await screenHeading(page, 'Look back').waitFor();
    await page.getByText('Your calendar fills in as you write.', { exact: true }).waitFor();
    expect(await page.getByRole('list', { name: 'Your writing days' }).count()).toBe(0);
    expect(await calendar(page).locator('button.has-entries').count()).toBe(0);
    await expectNoAxeViolationsInBothThemes(page, 'look back, empty');
    await page.getByRole('button', { name: 'Today’s prompt', exact: true }).click();
    await page.getByRole('region', { name: 'Today’s prompt' }).waitFor();

    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await screenHeading(page, 'Reflect').waitFor();
    await page.getByRole('list', { name: 'Ways to reflect' }).getByRole('button', { name: /^Insights/ }).click();
    await screenHeading(page, 'Insights').waitFor();
    await page.getByText('Nothing to show yet.', { exact: true }).waitFor();
    expect(await page.locator('svg[role="img"]').count()).toBe(0);
    await expectNoAxeViolationsInBothThemes(page, 'insights, empty');
    await page.getByRole('button', { name: 'Write an entry', exact: true }).click();
    await screenHeading(page, 'New entry').waitFor();
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
