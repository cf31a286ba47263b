import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, type App } from './harness';
import { KEY_WORK_TIMEOUT, screenHeading, tendPages } from './pages';
import { button } from './pages/common';
import { expectNoAxeViolations } from './support/axe';
import { heapContains } from './support/heap';

/**
 * Issue #7 items 1 and 6 (browser part): auto-lock after idle (with `page.clock`), lock in
 * one tab locks all, the panic button and shortcut blank at once, content hidden on
 * `visibilitychange`, and after a lock no entry text is left in the DOM, the JS heap or
 * the console.
 */
const PASS = 'lantern meadow copper ninety';

type Ui = ReturnType<typeof tendPages>;

/** Opens the app with a fake clock (installed before any app script runs), then sets up. */
async function setUp(): Promise<{ app: App; ui: Ui; recoveryKey: string }> {
  const app = await openApp({ path: null });
  await app.page.clock.install();
  await app.page.goto(app.url, { waitUntil: 'load' });
  const ui = tendPages(app.page);
  await ui.setup.create(PASS);
  const recoveryKey = await ui.kit.readRecoveryKey();
  await ui.kit.confirm();
  await ui.journal.waitFor();
  return { app, ui, recoveryKey };
}

/**
 * Writes an entry by typing keys, not `fill()`: the marker then reaches the page only as
 * keystrokes, so Playwright's own injected scripts never hold it in the heap.
 */
async function typeEntry(ui: Ui, title: string, body: string): Promise<void> {
  const page = ui.editor.page;
  await ui.journal.newEntry();
  await ui.editor.title.click();
  await page.keyboard.type(title);
  await ui.editor.body.click();
  await page.keyboard.type(body);
}

/** No marker in the visible text or anywhere in the document's HTML. */
async function expectNotInDom(page: Page, marker: string): Promise<void> {
  expect(await page.evaluate(() => document.body.innerText)).not.toContain(marker);
  expect(await page.content()).not.toContain(marker);
}

/** Settings → Locking. */
class LockingCard {
  constructor(readonly page: Page) {}
  get card() {
    return this.page.getByRole('region', { name: 'Locking' });
  }
  get autoLock() {
    return this.page.getByLabel('Lock automatically', { exact: true });
  }
  get hideOnSwitch() {
    return this.page.getByLabel('Hide Tend’s content when switching apps', { exact: true });
  }
  /** Chooses an option, then leaves Settings and comes back to see that it was stored. */
  async choose(value: string): Promise<void> {
    await this.autoLock.selectOption(value);
    await this.reopen();
    expect(await this.autoLock.inputValue()).toBe(value);
  }
  /** Back to the journal and into Settings again: what shows then comes from the vault. */
  async reopen(): Promise<void> {
    const ui = tendPages(this.page);
    await ui.settings.back();
    await ui.journal.settings();
    await this.card.waitFor();
  }
}

/** Pretends the page was hidden or shown again, the way switching apps does. */
async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate((s) => {
    Object.defineProperty(document, 'visibilityState', { value: s, configurable: true });
    Object.defineProperty(document, 'hidden', { value: s === 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

/**
 * Records, in order, cover changes on <body>, every other change to the page's DOM, and 'act'
 * at the start of the person's action: the modifier keys of the shortcut, or a click (captured
 * before the button's own handler). The autosave's status or a banner may change the page
 * before that; what counts is what happens from the action on. (The L itself can't be the
 * marker: the app's listener runs first, and its microtasks, the cover's record among them,
 * are delivered before the next listener runs.)
 */
async function watchCover(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { coverLog: string[] }).coverLog = log;
    window.addEventListener('keydown', (e) => ['Control', 'Shift', 'Meta'].includes(e.key) && log.push('act'), true);
    window.addEventListener('click', () => log.push('act'), true);
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.target === document.body) log.push(document.body.classList.contains('tend-covered') ? 'cover' : 'uncover');
        else log.push('dom');
      }
    }).observe(document.body, { attributes: true, attributeFilter: ['class'], childList: true, subtree: true });
  });
}

/** From the action on, the cover went up before anything else changed, and came off with the lock screen. */
async function expectCoveredFirst(page: Page): Promise<void> {
  const log = await page.evaluate(() => (window as unknown as { coverLog: string[] }).coverLog);
  const covered = log.indexOf('cover');
  const acted = log.lastIndexOf('act', covered);
  expect(covered, log.join(' ')).toBeGreaterThan(acted);
  expect(acted, log.join(' ')).toBeGreaterThanOrEqual(0);
  expect(log.slice(acted + 1, covered), 'changes between the action and the cover').toEqual([]);
  const after = log.slice(covered);
  expect(after).toContain('dom');
  expect(after.lastIndexOf('uncover')).toBeGreaterThan(after.indexOf('dom'));
}

const isCovered = (page: Page) => page.evaluate(() => document.body.classList.contains('tend-covered'));

function expectQuietConsole(app: App, secrets: string[]): void {
  for (const m of app.consoleMessages) for (const s of secrets) expect(m.text).not.toContain(s);
  expect(app.pageErrors.map((e) => e.message)).toEqual([]);
  expect(app.cspViolations).toEqual([]);
}

describe('locking', () => {
  it('after the Lock button and after an idle lock, no entry text is left in the DOM, the heap or the console', async () => {
    const { app, ui, recoveryKey } = await setUp();
    const marker = `HEAPMARK${Date.now().toString(36)}zq`;
    // The accented word takes search's non-ASCII path (words folded with normalize()), whose
    // caches must be dropped on lock too.
    await typeEntry(ui, `Title ${marker}`, `Body ${marker} after the session, café${marker}über`);
    await ui.editor.waitSaved();
    await ui.editor.back();
    expect(await ui.journal.headings()).toEqual([`Title ${marker}`]);
    // A search whose snippet folds that word: its lower-cased form passes through search's caches.
    const lowered = marker.toLowerCase();
    await ui.journal.searchField.click();
    await app.page.keyboard.type('café');
    await expect.poll(() => app.page.locator('mark').count()).toBeGreaterThan(0);
    // The search can find it while unlocked, so "not found" below means something.
    expect(await heapContains(app.context, app.page, marker)).toBe(true);
    expect(await heapContains(app.context, app.page, lowered)).toBe(true);

    await ui.journal.lock();
    await expectNotInDom(app.page, marker);
    expect(await heapContains(app.context, app.page, marker)).toBe(false);
    expect(await heapContains(app.context, app.page, lowered)).toBe(false);

    await ui.unlock.withPassphrase(PASS);
    await ui.journal.waitFor();
    await ui.journal.open(`Title ${marker}`);
    expect(await heapContains(app.context, app.page, marker)).toBe(true);
    await app.page.clock.fastForward('05:01');
    await ui.unlock.heading.waitFor({ timeout: KEY_WORK_TIMEOUT });
    await expectNotInDom(app.page, marker);
    expect(await heapContains(app.context, app.page, marker)).toBe(false);
    expectQuietConsole(app, [marker, PASS, recoveryKey, recoveryKey.replace(/-/g, '')]);
  });

  it('locks after the configured idle minutes, not before, and saves the draft typed just before', async () => {
    const { app, ui } = await setUp();
    const locking = new LockingCard(app.page);
    await ui.journal.settings();
    expect(await locking.autoLock.inputValue()).toBe('5');
    expect(await locking.hideOnSwitch.isChecked()).toBe(true);
    await locking.choose('2');
    await ui.settings.back();

    await typeEntry(ui, 'Idle draft', 'Typed just before walking away');
    await app.page.clock.fastForward('01:50');
    await screenHeading(app.page, 'New entry').waitFor();
    expect(await ui.unlock.heading.count()).toBe(0);
    await app.page.clock.fastForward('00:15');
    await ui.unlock.heading.waitFor({ timeout: KEY_WORK_TIMEOUT });

    await ui.unlock.withPassphrase(PASS);
    await ui.journal.waitFor();
    expect(await ui.journal.headings()).toEqual(['Idle draft']);
    // The choice is stored encrypted and applies again after unlock.
    await ui.journal.settings();
    await expect.poll(() => locking.autoLock.inputValue()).toBe('2');
  });

  it('locking one tab locks the others, which save their drafts first', async () => {
    const { app, ui } = await setUp();
    const page2 = await app.context.newPage();
    await page2.goto(app.url, { waitUntil: 'load' });
    const ui2 = tendPages(page2);
    await ui2.unlock.withPassphrase(PASS);
    await ui2.journal.waitFor();
    await typeEntry(ui2, 'From the second tab', 'Unsaved words in tab two');

    await ui.journal.lock();
    await ui2.unlock.heading.waitFor({ timeout: KEY_WORK_TIMEOUT });
    await ui2.unlock.withPassphrase(PASS);
    await ui2.journal.waitFor();
    expect(await ui2.journal.headings()).toEqual(['From the second tab']);
  });

  it('the panic shortcut and button blank the screen at once, then save and lock', async () => {
    const { app, ui } = await setUp();
    const page = app.page;
    await typeEntry(ui, 'Panic draft', 'Someone walked in');
    expect(await button(page, 'Hide and lock').isVisible()).toBe(true);
    await watchCover(page);
    await page.keyboard.press('Control+Shift+L');
    await ui.unlock.heading.waitFor({ timeout: KEY_WORK_TIMEOUT });
    await expectCoveredFirst(page);
    expect(await isCovered(page)).toBe(false); // the lock screen itself is shown
    await expectNotInDom(page, 'Someone walked in');

    await ui.unlock.withPassphrase(PASS);
    await ui.journal.waitFor();
    expect(await ui.journal.headings()).toEqual(['Panic draft']);
    await ui.journal.settings();
    await watchCover(page);
    await button(page, 'Hide and lock').click();
    await ui.unlock.heading.waitFor({ timeout: KEY_WORK_TIMEOUT });
    await expectCoveredFirst(page);
    await expectNotInDom(page, 'Panic draft');

    // Ctrl+L stays the browser's: it neither covers nor locks.
    await ui.unlock.withPassphrase(PASS);
    await ui.journal.waitFor();
    await page.keyboard.press('Control+l');
    expect(await isCovered(page)).toBe(false);
    expect(await screenHeading(page, 'Journal').isVisible()).toBe(true);
  });

  it('hides content while the app is hidden, and can lock when leaving the app', async () => {
    const { app, ui } = await setUp();
    const page = app.page;
    await setVisibility(page, 'hidden');
    expect(await isCovered(page)).toBe(true);
    expect(await page.locator('#app').isVisible()).toBe(false);
    await setVisibility(page, 'visible');
    expect(await isCovered(page)).toBe(false);
    expect(await screenHeading(page, 'Journal').isVisible()).toBe(true);

    const locking = new LockingCard(page);
    await ui.journal.settings();
    await locking.hideOnSwitch.uncheck();
    await locking.reopen();
    expect(await locking.hideOnSwitch.isChecked()).toBe(false);
    await setVisibility(page, 'hidden');
    expect(await isCovered(page)).toBe(false);
    await setVisibility(page, 'visible');

    await locking.choose('hidden');
    await setVisibility(page, 'hidden');
    await ui.unlock.heading.waitFor({ state: 'attached', timeout: KEY_WORK_TIMEOUT });
    await setVisibility(page, 'visible');
    expect(await ui.unlock.heading.isVisible()).toBe(true);
  });

  it('the Locking card in Settings passes axe', async () => {
    const { app, ui } = await setUp();
    await ui.journal.settings();
    await new LockingCard(app.page).card.waitFor();
    await expectNoAxeViolations(app.page, 'settings with the Locking card');
  });
});
