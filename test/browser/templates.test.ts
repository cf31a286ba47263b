import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dumpStorage, foreignRequests, openApp, type App } from './harness';
import { screenHeading, tendPages } from './pages';
import { expectNoAxeViolations } from './support/axe';

/**
 * Issue #3 items 3 and 8 against the production build: the ethics walk-through end to end
 * (seven steps, principles ticked, options with consequences, a follow-up in N days), reopened
 * from the journal, its follow-up made due by the page's clock and answered; the About /
 * Sources page; "Need support now" from the lock and set-up screens; then a raw storage scan.
 */
const PASS = 'willow kettle harbour seven';
const DAY = 24 * 60 * 60 * 1000;
const STEPS = [
  'Step 1 of 7: Identify the problem',
  'Step 2 of 7: Apply the code of ethics',
  'Step 3 of 7: Determine the nature and dimensions of the dilemma',
  'Step 4 of 7: Generate potential courses of action',
  'Step 5 of 7: Consider the consequences and choose a course of action',
  'Step 6 of 7: Evaluate the selected course of action',
  'Step 7 of 7: Implement the course of action',
];

/** The templates screens, by role and label (a page object kept beside its only test). */
class Templates {
  constructor(readonly page: Page) {}

  field(label: string) {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }
  checkbox(label: string) {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }
  radio(name: string | RegExp) {
    return this.page.getByRole('radio', typeof name === 'string' ? { name, exact: true } : { name });
  }
  button(name: string | RegExp) {
    return this.page.getByRole('button', typeof name === 'string' ? { name, exact: true } : { name });
  }
  /** Journal -> Reflect hub. */
  async openHub(): Promise<void> {
    await this.button('Reflect').click();
    await screenHeading(this.page, 'Reflect').waitFor();
  }
  /** Reflect hub -> Templates. */
  async openChooser(): Promise<void> {
    await this.button(/^Templates/).click();
    await screenHeading(this.page, 'Templates').waitFor();
  }
  async waitSaved(): Promise<void> {
    await this.page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 10_000 });
  }
  /** Back, until the screen with this heading shows. */
  async backTo(heading: string): Promise<void> {
    await this.button('Back').click();
    await screenHeading(this.page, heading).waitFor();
  }
}

function expectCleanSession(app: App): void {
  expect(foreignRequests(app.requests, app.origin)).toEqual([]);
  expect(app.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
  expect(app.cspViolations).toEqual([]);
  expect(app.pageErrors.map((e) => e.message)).toEqual([]);
}

async function setUpVault(app: App) {
  const ui = tendPages(app.page);
  await ui.setup.create(PASS);
  await ui.kit.readRecoveryKey();
  await ui.kit.confirm();
  await ui.journal.waitFor();
  return ui;
}

/** What the test types into the walk-through, each text carrying the marker. */
function answers(marker: string) {
  return {
    title: `Ethics ${marker}`,
    problem: `A client offered me a gift ${marker}-problem`,
    code: `Our code on gifts ${marker}-code`,
    dimensions: `Fidelity against autonomy ${marker}-dims`,
    option1: `Decline it kindly ${marker}-opt1`,
    option2: `Accept and talk about it ${marker}-opt2`,
    option3: `Ignore it ${marker}-opt3`,
    cons1: `May feel rejected ${marker}-cons1`,
    cons2: `Boundary discussed openly ${marker}-cons2`,
    why: `Least harm, keeps trust ${marker}-why`,
    justice: `Same for any client ${marker}-justice`,
    publicity: `Could explain it ${marker}-publicity`,
    universality: `Would advise it ${marker}-universality`,
    implement: `Raise it next session and note it ${marker}-implement`,
    support: `Take it to supervision ${marker}-support`,
    outcome: `It went well, the client felt respected ${marker}-outcome`,
  };
}

/** Fills every step of the walk-through through the form, as a person would. */
async function fillWalkThrough(t: Templates, a: ReturnType<typeof answers>): Promise<void> {
  await t.field('Title').fill(a.title);
  await t.field('The situation and the problem').fill(a.problem);
  await t.field('What my code and the law say').fill(a.code);
  await t.checkbox('Autonomy').check();
  await t.checkbox('Fidelity').check();
  await t.field('How they pull against each other').fill(a.dimensions);
  await t.field('Option 1').fill(a.option1);
  await t.field('Option 2').fill(a.option2);
  // A third option, added and then removed again (it has text, so removing asks first).
  await t.button('Add another option').click();
  await expect.poll(() => t.page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe(
    await t.field('Option 3').getAttribute('id'),
  );
  await t.field('Option 3').fill(a.option3);
  await t.button('Remove option 3').click();
  await t.page.getByRole('dialog', { name: 'Remove option 3?' }).getByRole('button', { name: 'Remove', exact: true }).click();
  expect(await t.field('Option 3').count()).toBe(0);
  await t.field('Consequences of option 1').fill(a.cons1);
  await t.field('Consequences of option 2').fill(a.cons2);
  await t.radio(/^Option 2: Accept and talk/).check();
  await t.field('Why this course').fill(a.why);
  await t.field('Justice test').fill(a.justice);
  await t.field('Publicity test').fill(a.publicity);
  await t.field('Universality test').fill(a.universality);
  await t.field('What I will do, and when').fill(a.implement);
  await t.field('Support while I do it').fill(a.support);
  await t.radio('In 3 days').check();
  await t.page.getByText(/^Offered again from /).waitFor();
}

/** Everything typed is back on screen after a reload and unlock. */
async function expectWalkThrough(t: Templates, a: ReturnType<typeof answers>): Promise<void> {
  const fields: [string, string][] = [
    ['Title', a.title],
    ['The situation and the problem', a.problem],
    ['What my code and the law say', a.code],
    ['How they pull against each other', a.dimensions],
    ['Option 1', a.option1],
    ['Option 2', a.option2],
    ['Consequences of option 1', a.cons1],
    ['Consequences of option 2', a.cons2],
    ['Why this course', a.why],
    ['Justice test', a.justice],
    ['Publicity test', a.publicity],
    ['Universality test', a.universality],
    ['What I will do, and when', a.implement],
    ['Support while I do it', a.support],
  ];
  for (const [label, value] of fields) expect(await t.field(label).inputValue(), label).toBe(value);
  expect(await t.field('Option 3').count()).toBe(0);
  for (const p of ['Autonomy', 'Fidelity']) expect(await t.checkbox(p).isChecked(), p).toBe(true);
  for (const p of ['Justice', 'Beneficence', 'Nonmaleficence']) expect(await t.checkbox(p).isChecked(), p).toBe(false);
  expect(await t.radio(/^Option 2: Accept and talk/).isChecked()).toBe(true);
  expect(await t.radio(/^As set: /).isChecked()).toBe(true);
}

describe('templates and the ethics walk-through', () => {
  it('completes the walk-through, reopens it, answers its follow-up, and stores nothing in plaintext', async () => {
    const app = await openApp();
    const { page } = app;
    const t = new Templates(page);
    const ui = await setUpVault(app);
    const marker = `TPL-${Date.now().toString(36)}-k3`;
    const a = answers(marker);

    await t.openHub();
    await t.openChooser();
    await expectNoAxeViolations(page, 'templates chooser');
    await t.button(/^Ethical dilemma walk-through/).click();
    await screenHeading(page, 'Ethical dilemma walk-through').waitFor();
    expect(await page.getByRole('heading', { level: 2 }).filter({ hasText: /^Step / }).allInnerTexts()).toEqual(STEPS);
    expect(await t.field('Title').inputValue()).toMatch(/^Ethical dilemma walk-through · /);
    await fillWalkThrough(t, a);
    await t.waitSaved();
    await expectNoAxeViolations(page, 'ethics walk-through, filled in');

    await t.backTo('Templates');
    // The follow-up is three days away: not due yet.
    expect(await page.getByRole('heading', { name: 'Follow-ups due' }).count()).toBe(0);
    await t.backTo('Reflect');
    expect(await page.getByText('1 follow-up is due').count()).toBe(0);
    await t.backTo('Journal');
    expect(await ui.journal.headings()).toEqual([a.title]);
    // The list preview is the plain-text rendering of the sections.
    expect(await page.locator('.entry-preview').innerText()).toContain('The situation and the problem');

    // Reload, unlock, reopen from the journal list: everything is there.
    await page.reload();
    await ui.unlock.withPassphrase(PASS);
    await ui.journal.waitFor();
    await t.button(a.title).click();
    await screenHeading(page, 'Ethical dilemma walk-through').waitFor();
    await expectWalkThrough(t, a);
    await t.backTo('Journal');

    // Four days later, by the page's clock: the follow-up is due.
    await page.clock.setFixedTime(Date.now() + 4 * DAY);
    await t.button(a.title).click();
    await screenHeading(page, 'Ethical dilemma walk-through').waitFor();
    await page.getByText('It is time to look back at how this turned out.').waitFor();
    expect(await t.button('Evaluate the outcome now').count()).toBe(1);
    await t.backTo('Journal');
    await t.openHub();
    await page.getByText('1 follow-up is due').waitFor();
    await t.openChooser();
    await page.getByRole('heading', { name: 'Follow-ups due' }).waitFor();
    await t.button(`Evaluate the outcome: ${a.title}`).click();
    await screenHeading(page, 'Evaluate the outcome').waitFor();
    await t.field('Outcome').fill(a.outcome);
    await t.waitSaved();
    await expectNoAxeViolations(page, 'evaluate the outcome');
    await t.backTo('Templates');
    expect(await page.getByRole('heading', { name: 'Follow-ups due' }).count()).toBe(0);
    await t.backTo('Reflect');
    expect(await page.getByText('1 follow-up is due').count()).toBe(0);
    await t.backTo('Journal');

    // The outcome is now a section of the entry, after the walk-through.
    await page.reload();
    await ui.unlock.withPassphrase(PASS);
    await t.button(a.title).click();
    await screenHeading(page, 'Ethical dilemma walk-through').waitFor();
    await page.getByRole('heading', { name: 'Added later' }).waitFor();
    expect(await t.field('Outcome').inputValue()).toBe(a.outcome);
    expect(await t.radio('No follow-up').isChecked()).toBe(true);
    expect(await t.field('The situation and the problem').inputValue()).toBe(a.problem);
    expect(await page.getByText('It is time to look back').count()).toBe(0);

    // Locked: "Need support now" opens without the passphrase and shows nothing from the journal.
    await t.button('Lock').click();
    await ui.unlock.waitFor();
    await t.button('Need support now').click();
    await screenHeading(page, 'Need support now').waitFor();
    const supportText = await page.locator('body').innerText();
    expect(supportText).toMatch(/local emergency number/);
    expect(supportText).not.toContain(marker);
    expect(await page.locator('a[href]').count()).toBe(0);
    await expectNoAxeViolations(page, 'need support now, locked');
    await t.backTo('Unlock your journal');

    const dump = await dumpStorage(page);
    expect(dump.databases.flatMap((d) => d.stores).reduce((n, s) => n + s.records.length, 0)).toBeGreaterThanOrEqual(3);
    expect(dump.find(marker)).toEqual([]);
    for (const text of Object.values(a)) expect(dump.find(text.slice(0, 16)), text).toEqual([]);
    expectCleanSession(app);
  });

  it('reaches support from set-up, lists every source on About, and starts the other templates', async () => {
    const app = await openApp();
    const { page } = app;
    const t = new Templates(page);
    const ui = tendPages(page);
    await ui.setup.waitFor();
    await t.button('Need support now').click();
    await screenHeading(page, 'Need support now').waitFor();
    expect(await t.button('Lock').count()).toBe(0);
    await t.backTo('Welcome to Tend');
    await setUpVault(app);

    await t.openHub();
    await t.button(/^About and sources/).click();
    await screenHeading(page, 'About and sources').waitFor();
    const sources = page.getByRole('list', { name: 'Sources' }).getByRole('listitem');
    expect(await sources.count()).toBeGreaterThanOrEqual(8);
    const texts = await sources.allInnerTexts();
    expect(new Set(texts).size).toBe(texts.length);
    for (const name of ['Forester-Miller, H., & Davis, T. E. (1996)', 'Forester-Miller, H., & Davis, T. E. (2016)', 'Kitchener, K. S. (1984)', 'Stadler, H. A. (1986)']) {
      expect(texts.some((s) => s.startsWith(name)), name).toBe(true);
    }
    // Addresses are text: no link that could fetch or navigate.
    expect(await page.locator('a[href]').count()).toBe(0);
    await expectNoAxeViolations(page, 'about and sources');
    await t.button('Need support now').click();
    await screenHeading(page, 'Need support now').waitFor();
    expect(await t.button('Lock').count()).toBe(1);
    await t.backTo('About and sources');
    await t.backTo('Reflect');

    // The debrief: its five sections, autosaved; a blank template that is left is not saved.
    await t.openChooser();
    await t.button(/^Weekly check-in/).click();
    await screenHeading(page, 'Weekly check-in').waitFor();
    await t.backTo('Templates');
    await t.button(/^Post-session debrief/).click();
    await screenHeading(page, 'Post-session debrief').waitFor();
    for (const label of ['What happened', 'What I felt', 'What my body did', 'What I take home', 'What I leave at work']) {
      expect(await t.field(label).count(), label).toBe(1);
    }
    await t.field('What I leave at work').fill('The image of the waiting room');
    await t.waitSaved();
    await t.backTo('Templates');
    await t.backTo('Reflect');
    await t.backTo('Journal');
    expect(await ui.journal.headings()).toEqual([expect.stringMatching(/^Post-session debrief · /)]);
    expect((await dumpStorage(page)).find('waiting room')).toEqual([]);
    expectCleanSession(app);
  });
});
