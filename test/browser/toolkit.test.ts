import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dumpStorage, foreignRequests, openApp, type App } from './harness';
import { screenHeading, tendPages } from './pages';
import { expectNoAxeViolations } from './support/axe';

/**
 * The coping toolkit in the production build: breathing with a fake clock (phases change, pause
 * holds, the session ends, the rating ranks it), grounding with a note that must never reach
 * storage in the clear, the still breathing guide for reduced motion, a letter that autosaves
 * into the journal, ratings surviving lock and unlock, and a clean session throughout.
 */
const PASS = 'willow kettle harbour seven';

/** The toolkit screens, found the way a person finds them (role, label, visible words). */
class ToolkitPage {
  constructor(readonly page: Page) {}

  get helpsMost(): Locator {
    return this.page.getByRole('list', { name: 'What helps you most' });
  }
  /** The breathing guide's phase word (a polite live region). */
  get breathWord(): Locator {
    return this.page.locator('.tk-breath-word[aria-live="polite"]');
  }
  get breathShape(): Locator {
    return this.page.locator('.tk-breath-shape');
  }
  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** From the journal list: Reflect, then Coping toolkit. */
  async openFromJournal(): Promise<void> {
    await this.button('Reflect').click();
    await screenHeading(this.page, 'Reflect').waitFor();
    await this.page.getByRole('button', { name: /^Coping toolkit/ }).click();
    await screenHeading(this.page, 'Coping toolkit').waitFor();
  }

  async start(tool: string): Promise<void> {
    await this.button(`Start ${tool}`).click();
    await screenHeading(this.page, tool).waitFor();
  }

  /** On the rating screen: choose a point of the 0-4 scale and save; ends on the list. */
  async rate(tool: string, rating: number): Promise<void> {
    await screenHeading(this.page, `Finished: ${tool}`).waitFor();
    await this.page.getByRole('radio', { name: new RegExp(`^${rating} `) }).check();
    await this.button('Save rating').click();
    await screenHeading(this.page, 'Coping toolkit').waitFor();
    await this.page.getByRole('status').filter({ hasText: 'Rating saved.' }).waitFor();
  }

  /** "What helps you most", one line per rated tool, best first. */
  async ranking(): Promise<string[]> {
    if ((await this.helpsMost.count()) === 0) return [];
    return (await this.helpsMost.getByRole('listitem').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }
}

async function setUp(app: App) {
  const ui = tendPages(app.page);
  await ui.setup.create(PASS);
  await ui.kit.readRecoveryKey();
  await ui.kit.confirm();
  await ui.journal.waitFor();
  return { ui, toolkit: new ToolkitPage(app.page) };
}

function expectCleanSession(app: App): void {
  expect(foreignRequests(app.requests, app.origin)).toEqual([]);
  expect(app.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
  expect(app.cspViolations).toEqual([]);
  expect(app.pageErrors.map((e) => e.message)).toEqual([]);
}

/** Records in any IndexedDB store whose raw text contains `needle`. */
function inIndexedDb(dump: Awaited<ReturnType<typeof dumpStorage>>, needle: string): string[] {
  return dump.databases.flatMap((d) =>
    d.stores.flatMap((st) => st.records.filter((r) => r.text.includes(needle)).map(() => `${d.name}/${st.name}`)),
  );
}

const animationName = (l: Locator) => l.evaluate((el) => getComputedStyle(el).animationName);

describe('coping toolkit', () => {
  it('breathing runs by the clock, pauses, finishes, and its rating ranks it; grounding notes stay encrypted; ratings survive lock', async () => {
    const app = await openApp({ path: null });
    await app.page.clock.install();
    await app.page.goto(app.url);
    const { ui, toolkit } = await setUp(app);
    await toolkit.openFromJournal();
    expect(await toolkit.ranking()).toEqual([]);
    await app.page.getByText('Nothing rated yet.', { exact: false }).waitFor();
    expect(await app.page.locator('.tk-tool').count()).toBe(8);
    await expectNoAxeViolations(app.page, 'toolkit list, nothing rated');

    await toolkit.start('Paced breathing');
    await app.page.getByText('Evidence:', { exact: true }).waitFor();
    await app.page.getByRole('radio', { name: /^Box breathing/ }).check();
    await app.page.getByRole('radio', { name: '1 minute', exact: true }).check();
    expect(await toolkit.breathWord.innerText()).toBe('Ready');
    await toolkit.button('Start').click();
    await expect.poll(() => toolkit.breathWord.innerText()).toBe('Breathe in');
    expect(await animationName(toolkit.breathShape)).toBe('tk-grow');
    await expectNoAxeViolations(app.page, 'breathing, running');
    // Box 4-4-4-4: at 4 s the hold begins, at 8 s the out-breath.
    const seen = ['Breathe in'];
    for (const expected of ['Hold', 'Breathe out', 'Hold', 'Breathe in']) {
      await app.page.clock.runFor(4_000);
      await expect.poll(() => toolkit.breathWord.innerText()).toBe(expected);
      seen.push(expected);
    }
    expect(seen).toEqual(['Breathe in', 'Hold', 'Breathe out', 'Hold', 'Breathe in']);
    // Pause holds the phase and the clock; Resume carries on from there.
    await toolkit.button('Pause').click();
    const timeLeft = await app.page.getByRole('timer').innerText();
    await app.page.clock.runFor(30_000);
    expect(await toolkit.breathWord.innerText()).toBe('Breathe in');
    expect(await app.page.getByRole('timer').innerText()).toBe(timeLeft);
    expect(await toolkit.breathShape.getAttribute('class')).toContain('tk-paused');
    await toolkit.button('Resume').click();
    await app.page.clock.runFor(50_000);
    await screenHeading(app.page, 'Finished: Paced breathing').waitFor();
    await expectNoAxeViolations(app.page, 'rating');
    await toolkit.rate('Paced breathing', 3);
    expect(await toolkit.ranking()).toEqual(['Paced breathing Average 3.0 of 4 from 1 rating']);

    // Grounding, with a note that must be stored only as ciphertext.
    const marker = `GROUND-${Date.now().toString(36)}-z9`;
    await toolkit.start('5-4-3-2-1 grounding');
    await screenHeading(app.page, '5-4-3-2-1 grounding').waitFor();
    await app.page.getByRole('heading', { level: 2, name: '5 things you can see' }).waitFor();
    await app.page.getByLabel('Notes (optional)').fill(`the ${marker} poster`);
    await expectNoAxeViolations(app.page, 'grounding, step 1');
    for (const step of ['4 things you can touch', '3 things you can hear', '2 things you can smell', '1 thing you can taste']) {
      await toolkit.button('Next').click();
      await app.page.getByRole('heading', { level: 2, name: step }).waitFor();
    }
    await app.page.getByLabel(/^Keep my notes in my journal/).check();
    await toolkit.button('Finish').click();
    await app.page.getByText('What you wrote is saved in your journal.').waitFor();
    await toolkit.rate('5-4-3-2-1 grounding', 4);
    expect(await toolkit.ranking()).toEqual([
      '5-4-3-2-1 grounding Average 4.0 of 4 from 1 rating',
      'Paced breathing Average 3.0 of 4 from 1 rating',
    ]);
    await expectNoAxeViolations(app.page, 'toolkit list, two rated');

    // The notes became an entry filed under the tool; the raw scan finds no plaintext.
    await toolkit.button('Back').click();
    await screenHeading(app.page, 'Reflect').waitFor();
    await toolkit.button('Back').click();
    expect(await ui.journal.headings()).toEqual(['5-4-3-2-1 grounding']);
    const dump = await dumpStorage(app.page);
    expect(dump.find(marker)).toEqual([]);
    // Which tools were used and how they rated is secret too (the bundle in Cache Storage names
    // them, so look in IndexedDB only).
    expect(dump.databases.flatMap((d) => d.stores).reduce((n, st) => n + st.records.length, 0)).toBeGreaterThanOrEqual(4);
    for (const secret of ['Paced breathing', 'grounding', 'tool-rating', 'coping-self-care', '"rating"']) {
      expect(inIndexedDb(dump, secret), secret).toEqual([]);
    }

    // Lock, unlock: the ratings come back from their encrypted documents.
    await ui.journal.lock();
    await ui.unlock.withPassphrase(PASS);
    await ui.journal.waitFor();
    // The Reflect hub names the best-rated exercise on the toolkit's link.
    await toolkit.button('Reflect').click();
    const hubLink = app.page.getByRole('button', { name: /^Coping toolkit/ });
    await expect.poll(() => hubLink.innerText()).toContain('Helps you most so far: 5-4-3-2-1 grounding');
    await hubLink.click();
    await screenHeading(app.page, 'Coping toolkit').waitFor();
    await expect.poll(() => toolkit.ranking()).toEqual([
      '5-4-3-2-1 grounding Average 4.0 of 4 from 1 rating',
      'Paced breathing Average 3.0 of 4 from 1 rating',
    ]);
    expectCleanSession(app);
  });

  it('with reduced motion the breathing guide stays still and counts seconds; it animates again when motion is allowed', async () => {
    const app = await openApp({ path: null });
    await app.page.clock.install();
    await app.page.emulateMedia({ reducedMotion: 'reduce' });
    await app.page.goto(app.url);
    const { toolkit } = await setUp(app);
    await toolkit.openFromJournal();
    await toolkit.start('Paced breathing');
    await toolkit.button('Start').click();
    await expect.poll(() => toolkit.breathWord.innerText()).toBe('Breathe in');
    const guide = app.page.locator('.tk-breath');
    expect(await guide.getAttribute('class')).toContain('tk-breath-static');
    expect(await animationName(toolkit.breathShape)).toBe('none');
    expect(await toolkit.breathShape.evaluate((el) => getComputedStyle(el).transform)).toBe('none');
    const count = app.page.locator('.tk-breath-count');
    expect(await count.innerText()).toMatch(/^Seconds left:\s*4$/);
    await app.page.clock.runFor(1_000);
    await expect.poll(() => count.innerText()).toMatch(/^Seconds left:\s*3$/);
    await app.page.clock.runFor(3_000);
    await expect.poll(() => toolkit.breathWord.innerText()).toBe('Breathe out');
    await expect.poll(() => count.innerText()).toMatch(/^Seconds left:\s*6$/);
    await expectNoAxeViolations(app.page, 'breathing, reduced motion');

    await app.page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect.poll(() => guide.getAttribute('class')).toContain('tk-breath-animated');
    expect(await count.count()).toBe(0);
    expect(await animationName(toolkit.breathShape)).toBe('tk-shrink');
    await toolkit.button('Stop').click();
    await screenHeading(app.page, 'Finished: Paced breathing').waitFor();
    await toolkit.button('Skip').click();
    await screenHeading(app.page, 'Coping toolkit').waitFor();
    expect(await toolkit.ranking()).toEqual([]);
    expectCleanSession(app);
  });

  it('a letter autosaves into the journal, filed under the tool, and only as ciphertext', async () => {
    const app = await openApp();
    const { ui, toolkit } = await setUp(app);
    await toolkit.openFromJournal();
    await toolkit.start('Self-compassion letter');
    const marker = `LETTER-${Date.now().toString(36)}-k4`;
    const letter = `Dear me, the session with ${marker} was hard and you stayed with it.`;
    await app.page.getByLabel('Your letter to yourself').fill(letter);
    await app.page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await expectNoAxeViolations(app.page, 'self-compassion letter');
    await toolkit.button('Done').click();
    await app.page.getByText('What you wrote is saved in your journal.').waitFor();
    await toolkit.button('Skip').click();
    await screenHeading(app.page, 'Coping toolkit').waitFor();
    expect((await dumpStorage(app.page)).find(marker)).toEqual([]);

    await toolkit.button('Back').click();
    await toolkit.button('Back').click();
    expect(await ui.journal.headings()).toEqual(['Self-compassion letter']);
    await ui.journal.open('Self-compassion letter');
    expect(await ui.editor.body.inputValue()).toBe(letter);
    await app.page.getByRole('complementary', { name: 'What this entry answers' }).getByText('Self-compassion letter').waitFor();
    expectCleanSession(app);
  });
  it('the other exercises run: body scan moves on by itself, writing tools file their entries, the writing timer speaks at its milestones', async () => {
    const app = await openApp({ path: null });
    await app.page.clock.install();
    await app.page.goto(app.url);
    const { ui, toolkit } = await setUp(app);
    const page = app.page;
    const region = (name: string) => page.getByRole('heading', { level: 2, name, exact: true });
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    await toolkit.openFromJournal();

    // Body scan, by keyboard: one button starts and pauses, and keeps focus while its name changes.
    await toolkit.start('Body scan');
    await toolkit.button('Start').focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('Pause');
    await region('Feet').waitFor();
    await page.clock.runFor(30_000);
    await region('Lower legs and knees').waitFor();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('Resume');
    await page.clock.runFor(90_000);
    await region('Lower legs and knees').waitFor();
    for (let i = 2; i < 10; i++) await toolkit.button('Next').click();
    await region('The whole body').waitFor();
    await toolkit.button('Finish').click();
    await screenHeading(page, 'Finished: Body scan').waitFor();
    expect(await page.getByText('What you wrote is saved in your journal.').count()).toBe(0);
    await toolkit.button('Skip').click();

    await toolkit.start('Values check');
    for (const v of ['Compassion', 'Curiosity', 'Courage']) await page.getByLabel(v, { exact: true }).check();
    expect(await page.getByLabel('Hope', { exact: true }).isDisabled()).toBe(true);
    await page.getByRole('group', { name: /reflect “Compassion”/ }).getByRole('radio', { name: '4', exact: true }).check();
    await page.getByLabel('One small action for tomorrow').fill('Book supervision');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await toolkit.button('Done').click();
    await toolkit.button('Skip').click();

    await toolkit.start('Leave it at work');
    await page.getByLabel('1. What stays at work').fill('Call back about the referral');
    await page.getByLabel('2. One thing that went well').fill('A good ending with a client');
    await page.getByRole('radio', { name: 'A short walk before I go in' }).check();
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await expectNoAxeViolations(page, 'leave it at work');
    await toolkit.button('Done').click();
    await toolkit.button('Skip').click();

    await toolkit.start('Timed expressive writing');
    await toolkit.button('Start writing').click();
    // Focus moves in an effect after the render: wait for it rather than race it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tk-expressive');
    await page.keyboard.type('What stayed with me today');
    expect(await page.getByRole('timer').innerText()).toBe('10:00');
    await page.clock.runFor(9 * 60_000 + 500);
    await page.getByText('One minute left.', { exact: true }).waitFor();
    await page.clock.runFor(60_000);
    await page.getByText('Time is up. Finish your sentence, then press Done.', { exact: true }).waitFor();
    expect(await page.getByRole('timer').innerText()).toBe('0:00');
    await toolkit.button('Done').click();
    await page.getByText('What you wrote is saved in your journal.').waitFor();
    await toolkit.button('Skip').click();

    await toolkit.button('Back').click();
    await toolkit.button('Back').click();
    expect(await ui.journal.headings()).toEqual(['Timed expressive writing', 'Leave it at work', 'Values check']);
    await ui.journal.open('Values check');
    expect(await ui.editor.body.inputValue()).toBe(
      'How much today reflected my values\nCompassion: 4 of 5\nCuriosity: not rated\nCourage: not rated\n\nOne small action\nBook supervision',
    );
    expect((await dumpStorage(page)).find('Book supervision')).toEqual([]);
    expectCleanSession(app);
  });
});
