import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dumpStorage, foreignRequests, openApp, type App } from './harness';
import { alertText, screenHeading, tendPages } from './pages';
import { expectNoAxeViolations } from './support/axe';

/**
 * Issue #3 items 5 and 6 against the production build: the ProQOL 5 self-check taken twice
 * (the first 40 days in the past, by the page's clock), scores and bands checked against a
 * table worked out by hand, the trend chart and its table, the in-app reminder, the
 * follow-up prompt into the editor, check-in trends on Insights, and a raw storage scan.
 */
const PASS = 'willow kettle harbour seven';
const DAY = 24 * 60 * 60 * 1000;

/** 30 answers from a map of item number -> answer. */
function answersFrom(byItem: Record<number, number>): number[] {
  return Array.from({ length: 30 }, (_, i) => byItem[i + 1]!);
}

// First self-check, worked out by hand:
//  CS  items 3,6,12,16,18,20,22,24,27,30 answered 4,4,5,4,3,4,5,4,3,5 = 41 -> Moderate
//  BO  items 1,4,8,10,15,17,19,21,26,29 answered 4,5,1,2,4,3,3,4,3,5; items 1,4,15,17,29
//      reversed (6 - answer) -> 2,1,2,3,1; sum 2+1+1+2+2+3+3+4+3+1 = 22 -> Low
//  STS items 2,5,7,9,11,13,14,23,25,28 answered 2,1,3,2,2,1,2,1,1,2 = 17 -> Low
const FIRST = answersFrom({
  3: 4, 6: 4, 12: 5, 16: 4, 18: 3, 20: 4, 22: 5, 24: 4, 27: 3, 30: 5,
  1: 4, 4: 5, 8: 1, 10: 2, 15: 4, 17: 3, 19: 3, 21: 4, 26: 3, 29: 5,
  2: 2, 5: 1, 7: 3, 9: 2, 11: 2, 13: 1, 14: 2, 23: 1, 25: 1, 28: 2,
});
// Second self-check:
//  CS  all ten answered 4 = 40 -> Moderate
//  BO  1:2->4, 4:2->4, 8:4, 10:4, 15:2->4, 17:2->4, 19:5, 21:5, 26:5, 29:4->2 = 41 -> Moderate
//  STS 2:5, 5:4, 7:5, 9:5, 11:4, 13:4, 14:4, 23:4, 25:4, 28:3 = 42 -> High
const SECOND = answersFrom({
  3: 4, 6: 4, 12: 4, 16: 4, 18: 4, 20: 4, 22: 4, 24: 4, 27: 4, 30: 4,
  1: 2, 4: 2, 8: 4, 10: 4, 15: 2, 17: 2, 19: 5, 21: 5, 26: 5, 29: 4,
  2: 5, 5: 4, 7: 5, 9: 5, 11: 4, 13: 4, 14: 4, 23: 4, 25: 4, 28: 3,
});
const EXPECTED = {
  first: { 'Compassion satisfaction': [41, 'Moderate'], Burnout: [22, 'Low'], 'Secondary traumatic stress': [17, 'Low'] },
  second: { 'Compassion satisfaction': [40, 'Moderate'], Burnout: [41, 'Moderate'], 'Secondary traumatic stress': [42, 'High'] },
} as const;
const LABELS = ['1 Never', '2 Rarely', '3 Sometimes', '4 Often', '5 Very Often'];

/** The self-check screens, by role and label (a page object kept beside its only test). */
class SelfCheck {
  constructor(readonly page: Page) {}

  hubLink() {
    return this.page.getByRole('button', { name: /^ProQOL self-check/ });
  }
  async openFromJournal(): Promise<void> {
    await this.page.getByRole('button', { name: 'Reflect', exact: true }).click();
    await screenHeading(this.page, 'Reflect').waitFor();
    await this.hubLink().click();
    await screenHeading(this.page, 'ProQOL self-check').waitFor();
  }
  question(n: number) {
    return this.page.getByRole('group', { name: new RegExp(`^${n}\\. `) });
  }
  async answer(answers: readonly number[], skip: readonly number[] = []): Promise<void> {
    for (let i = 0; i < answers.length; i++) {
      if (skip.includes(i + 1)) continue;
      await this.question(i + 1).getByRole('radio', { name: LABELS[answers[i]! - 1], exact: true }).check();
    }
  }
  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'See my scores', exact: true }).click();
  }
  async scores(): Promise<Record<string, [number, string]>> {
    const out: Record<string, [number, string]> = {};
    for (const name of Object.keys(EXPECTED.first)) {
      const card = this.page.getByRole('region', { name, exact: true });
      const sum = (await card.locator('.proqol-number').innerText()).trim();
      const band = (await card.locator('strong').innerText()).trim();
      out[name] = [Number(sum), band];
    }
    return out;
  }
  chart() {
    return this.page.locator('svg[role="img"]').filter({ has: this.page.locator('title', { hasText: 'Your ProQOL scores over time' }) });
  }
  async tableRows(): Promise<string[][]> {
    const details = this.page.locator('details').filter({ hasText: 'Show the scores as a table' });
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
    const table = this.page.getByRole('table', { name: 'Your ProQOL scores over time' });
    return table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
    );
  }
  async back(to: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Back', exact: true }).click();
    await screenHeading(this.page, to).waitFor();
  }
}

async function setUpVault(app: App): Promise<ReturnType<typeof tendPages>> {
  const ui = tendPages(app.page);
  await ui.setup.create(PASS);
  await ui.kit.readRecoveryKey();
  await ui.kit.confirm();
  await ui.journal.waitFor();
  return ui;
}

/** Answers the editor's quick check-in. */
async function checkIn(page: Page, mood: number, energy: number, stress: number): Promise<void> {
  for (const [name, value] of [['Mood', mood], ['Energy', energy], ['Stress', stress]] as const) {
    await page.getByRole('group', { name: new RegExp(`^${name} `) }).getByRole('radio', { name: String(value), exact: true }).check();
  }
}

describe('ProQOL self-check and trends', () => {
  it('scores a fixed answer set as the hand-computed table says, charts two results, and stores nothing in plaintext', async () => {
    const app = await openApp();
    const { page } = app;
    const ui = await setUpVault(app);
    const check = new SelfCheck(page);
    const realNow = Date.now();

    // Never taken: the hub says so, and so does the intro.
    await page.getByRole('button', { name: 'Reflect', exact: true }).click();
    await expect.poll(() => check.hubLink().innerText()).toContain('Not taken yet');
    await check.back('Journal');

    // The first self-check happens 40 days ago, by the page's clock.
    await page.clock.setFixedTime(realNow - 40 * DAY);
    await check.openFromJournal();
    expect(await page.locator('main').innerText()).toMatch(/not a diagnosis/);
    expect(await page.locator('main').innerText()).toContain('You haven’t taken it yet');
    await expectNoAxeViolations(page, 'self-check intro, never taken');
    await page.getByRole('button', { name: 'Start the questionnaire', exact: true }).click();
    await screenHeading(page, 'ProQOL questionnaire').waitFor();
    const form = await page.locator('main').innerText();
    expect(form).toContain('© B. Hudnall Stamm, 2009-2012.');
    expect(form).toContain('www.proqol.org');
    expect(form).toContain('I feel trapped by my job as a therapist.');
    expect(form).not.toContain('[helper]');
    expect(await page.getByRole('group', { name: /^\d+\. / }).count()).toBe(30);

    // Missing answers are refused, by number, and focus goes to the first gap.
    await check.answer(FIRST, [4, 17]);
    await check.submit();
    await expect.poll(() => alertText(page)).toBe('Questions 4 and 17 still need an answer before Tend can work out your scores.');
    expect(await screenHeading(page, 'ProQOL questionnaire').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('proqol-q4-1');
    await expectNoAxeViolations(page, 'self-check form, answers missing');
    await check.answer(FIRST);
    await check.submit();
    await screenHeading(page, 'Your ProQOL results').waitFor();
    expect(await check.scores()).toEqual(EXPECTED.first);
    const result = await page.locator('main').innerText();
    expect(result).toContain('© B. Hudnall Stamm, 2009-2012.');
    expect(result).toContain('www.proqol.org');
    expect(result).toContain('Over the last month, what has tipped a working day towards feeling drained');
    expect(await check.chart().count()).toBe(1);
    expect(await check.tableRows()).toEqual([[expect.any(String), '41 (moderate)', '22 (low)', '17 (low)']]);
    await expectNoAxeViolations(page, 'self-check result, table open');

    // Forty days on: the reminder appears on the hub and on the intro.
    await page.clock.setFixedTime(realNow);
    await check.back('ProQOL self-check');
    await check.back('Reflect');
    await check.back('Journal');
    await page.getByRole('button', { name: 'Reflect', exact: true }).click();
    await expect.poll(() => check.hubLink().innerText()).toContain('Due: last check was 40 days ago');
    await check.hubLink().click();
    await screenHeading(page, 'ProQOL self-check').waitFor();
    expect(await page.locator('main').innerText()).toContain('Your last self-check was 40 days ago');

    // The second self-check: two points on the chart, two rows in the table.
    await page.getByRole('button', { name: 'Take it again', exact: true }).click();
    await screenHeading(page, 'ProQOL questionnaire').waitFor();
    await check.answer(SECOND);
    await check.submit();
    await screenHeading(page, 'Your ProQOL results').waitFor();
    expect(await check.scores()).toEqual(EXPECTED.second);
    expect(await check.chart().locator('.chart-marker.chart-s0').count()).toBe(2);
    expect((await check.tableRows()).map((r) => r.slice(1))).toEqual([
      ['41 (moderate)', '22 (low)', '17 (low)'],
      ['40 (moderate)', '41 (moderate)', '42 (high)'],
    ]);
    // On a phone, in dark mode: still no axe findings and nothing that needs sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'self-check result, phone, dark');
    expect(await page.evaluate('document.documentElement.scrollWidth - innerWidth')).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    // High secondary traumatic stress leads to the vicarious-trauma prompt, and into the editor.
    const prompt = 'Some of what your clients have lived through may be travelling home with you.';
    expect(await page.locator('main').innerText()).toContain(prompt);
    await page.getByRole('button', { name: 'Write about this', exact: true }).click();
    await screenHeading(page, 'New entry').waitFor();
    expect(await page.getByRole('complementary', { name: 'What this entry answers' }).innerText()).toContain(prompt);
    const marker = `SELFCHECK-${realNow.toString(36)}-zq`;
    await ui.editor.write(`After the ProQOL ${marker}`, `The Tuesday client keeps coming back to me ${marker}.`);
    await checkIn(page, 2, 3, 4);
    await ui.editor.waitSaved();
    await ui.editor.back();

    // A second entry with a check-in, a minute later (so the two have a clear order).
    await page.clock.setFixedTime(realNow + 60_000);
    await ui.journal.newEntry();
    await ui.editor.write('Evening', 'A quieter day.');
    await checkIn(page, 4, 4, 2);
    await ui.editor.waitSaved();
    await ui.editor.back();
    await page.getByRole('button', { name: 'Reflect', exact: true }).click();
    expect(await check.hubLink().innerText()).not.toContain('Due');
    await page.getByRole('list', { name: 'Ways to reflect' }).getByRole('button', { name: /^Insights/ }).click();
    await screenHeading(page, 'Insights').waitFor();
    const trend = page.locator('svg[role="img"]').filter({ has: page.locator('title', { hasText: 'Your check-ins over time' }) });
    expect(await trend.count()).toBe(1);
    expect(await trend.locator('.chart-marker').count()).toBe(6);
    await page.locator('summary', { hasText: 'Show the check-ins as a table' }).click();
    const rows = await page
      .getByRole('table', { name: 'Your check-ins over time' })
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((r) => [...r.querySelectorAll('td')].map((c) => (c.textContent ?? '').trim())));
    expect(rows).toEqual([
      ['2', '3', '4'],
      ['4', '4', '2'],
    ]);
    await expectNoAxeViolations(page, 'insights: check-in trends, table open');

    // The raw scan: neither answers, scores nor what was typed is stored in the clear.
    const dump = await dumpStorage(page);
    expect(dump.databases.map((d) => d.name)).toContain('tend');
    expect(dump.find(JSON.stringify(FIRST))).toEqual([]);
    expect(dump.find(JSON.stringify(SECOND))).toEqual([]);
    expect(dump.find(FIRST.join(','))).toEqual([]);
    expect(dump.find('"cs":41')).toEqual([]);
    expect(dump.find('"sts":42')).toEqual([]);
    expect(dump.find(marker)).toEqual([]);
    expect(dump.find('Tuesday client')).toEqual([]);
    expect(dump.find('"mood":2')).toEqual([]);

    expect(foreignRequests(app.requests, app.origin)).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors.map((e) => e.message)).toEqual([]);
  });

  it('Insights without any check-in explains the check-in and points to the editor', async () => {
    const app = await openApp();
    const ui = await setUpVault(app);
    // An entry without a check-in: the other charts have something, the check-in chart nothing.
    await ui.journal.newEntry();
    await ui.editor.write('No check-in', 'Just words today.');
    await ui.editor.waitSaved();
    await ui.editor.back();
    await app.page.getByRole('button', { name: 'Reflect', exact: true }).click();
    await app.page.getByRole('list', { name: 'Ways to reflect' }).getByRole('button', { name: /^Insights/ }).click();
    await screenHeading(app.page, 'Insights').waitFor();
    await app.page.getByText('No check-ins yet.', { exact: true }).waitFor();
    const checkinChart = app.page.locator('svg[role="img"]').filter({ has: app.page.locator('title', { hasText: 'Your check-ins over time' }) });
    expect(await checkinChart.count()).toBe(0);
    expect(await app.page.locator('svg[role="img"]').count()).toBe(1); // entries per week only
    await expectNoAxeViolations(app.page, 'insights without check-ins');
    await app.page.getByRole('button', { name: 'Write an entry', exact: true }).click();
    await screenHeading(app.page, 'New entry').waitFor();
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
