import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, type App } from './harness';
import { button, screenHeading, tendPages } from './pages';
import { hasFocus } from './support/keyboard';
import { smallTargets } from './support/targets';

/**
 * The design system at work: the theme switch (System / Light / Dark), the main navigation
 * (bottom bar on phones, side rail from 1024 px), the journal list beside the editor on wide
 * screens, focus on every screen change, reduced motion, and the touch-target measurement
 * that accessibility-screens.test.ts runs on every screen.
 */
const PASS = 'willow kettle harbour seven';
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1440, height: 900 };
const LIGHT_BG = 'rgb(246, 244, 239)';
const DARK_BG = 'rgb(22, 27, 29)';

async function setUpVault(app: App) {
  const ui = tendPages(app.page);
  await ui.setup.create(PASS);
  await ui.kit.confirm();
  await ui.journal.waitFor();
  const offline = button(app.page, 'OK');
  if (await offline.isVisible()) await offline.click();
  return ui;
}

function expectCleanSession(app: App): void {
  expect(app.cspViolations).toEqual([]);
  expect(app.pageErrors.map((e) => e.message)).toEqual([]);
}

/** What the page shows right now: the attribute, the painted background, the chrome colours. */
async function themeNow(page: Page) {
  return (await page.evaluate(`({
    attr: document.documentElement.getAttribute('data-theme'),
    bg: getComputedStyle(document.documentElement).backgroundColor,
    metas: [...document.querySelectorAll('meta[name="theme-color"]')].map((m) => m.content),
  })`)) as { attr: string | null; bg: string; metas: string[] };
}

/**
 * Waits until `target` has focus. These steps use the mouse, after which a heading shows no
 * ring (by design, :focus-visible); the keyboard tests check the rings.
 */
async function expectFocused(target: Locator, where: string): Promise<void> {
  await expect.poll(() => hasFocus(target), { message: `${where}: focus should be on ${target.toString()}`, timeout: 5_000 }).toBe(true);
}

async function writeEntry(ui: ReturnType<typeof tendPages>, title: string, body: string) {
  await ui.journal.newEntry();
  await ui.editor.write(title, body);
  await ui.editor.waitSaved();
  await ui.editor.back();
}

describe('theme', () => {
  it('follows the device by default; Settings › Appearance switches at once, keeps it across a restart from the first frame, and stores only the choice', async () => {
    const app = await openApp();
    const { page } = app;
    const ui = await setUpVault(app);

    // System: the device decides.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await themeNow(page)).toEqual({ attr: null, bg: DARK_BG, metas: ['#f6f4ef', '#161b1d'] });
    await page.emulateMedia({ colorScheme: 'light' });
    expect((await themeNow(page)).bg).toBe(LIGHT_BG);

    await ui.nav.go('Settings');
    expect(await ui.settings.themeRadio('System').isChecked()).toBe(true);

    // Dark on a light device: applied at once, the browser chrome too.
    await ui.settings.themeRadio('Dark').check();
    expect(await themeNow(page)).toEqual({ attr: 'dark', bg: DARK_BG, metas: ['#161b1d', '#161b1d'] });
    // Arrow keys move through the group (native radios): Dark → Light.
    await page.keyboard.press('ArrowLeft');
    expect(await ui.settings.themeRadio('Light').isChecked()).toBe(true);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await themeNow(page)).toEqual({ attr: 'light', bg: LIGHT_BG, metas: ['#f6f4ef', '#f6f4ef'] });
    await ui.settings.themeRadio('Dark').check();
    await page.emulateMedia({ colorScheme: 'light' });

    // Only the choice is stored in the clear, under one key.
    expect(await page.evaluate('JSON.stringify(Object.entries(localStorage))')).toBe('[["tend.theme","dark"]]');

    // A restart: the very first frame (before the first paint) is already dark, on the lock screen.
    await app.context.addInitScript(`requestAnimationFrame(() => {
      window.__firstFrame = { attr: document.documentElement.getAttribute('data-theme'),
        bg: getComputedStyle(document.documentElement).backgroundColor };
    })`);
    await page.reload();
    await screenHeading(page, 'Unlock your journal').waitFor();
    expect(await page.evaluate('window.__firstFrame')).toEqual({ attr: 'dark', bg: DARK_BG });
    expect((await themeNow(page)).bg).toBe(DARK_BG);

    // Back to System: the attribute goes and the device decides again.
    await ui.unlock.withPassphrase(PASS);
    await ui.journal.waitFor();
    await ui.nav.go('Settings');
    expect(await ui.settings.themeRadio('Dark').isChecked()).toBe(true);
    await ui.settings.themeRadio('System').check();
    expect(await themeNow(page)).toEqual({ attr: null, bg: LIGHT_BG, metas: ['#f6f4ef', '#161b1d'] });
    expect(await page.evaluate('localStorage.getItem("tend.theme")')).toBe('system');
    expectCleanSession(app);
  });
});

describe('layout and navigation', () => {
  it('phone: a bottom bar with the current item marked, 44 px targets, never over content, aside while writing; focus follows every change', async () => {
    const app = await openApp({ viewport: PHONE });
    const { page } = app;
    const ui = await setUpVault(app);
    const names = await ui.nav.names();
    // Look back and Insights appear once their features exist; the others always.
    expect(names.filter((n) => ['Journal', 'Reflect', 'Settings'].includes(n))).toEqual(['Journal', 'Reflect', 'Settings']);
    const order = ['Journal', 'Reflect', 'Look back', 'Insights', 'Settings'];
    expect(names).toEqual(order.filter((n) => names.includes(n)));
    expect(await ui.nav.current()).toBe('Journal');

    const bar = (await ui.nav.nav.boundingBox())!;
    expect(bar.y + bar.height).toBeCloseTo(PHONE.height, 0);
    expect(bar.width).toBeCloseTo(PHONE.width, 0);
    for (const name of names) {
      const box = (await ui.nav.item(name).boundingBox())!;
      expect(box.height, `${name} height`).toBeGreaterThanOrEqual(44);
      expect(box.width, `${name} width`).toBeGreaterThanOrEqual(44);
    }

    // Each choice: its screen, focus on its heading, the item marked current.
    await ui.nav.go('Reflect');
    await expectFocused(screenHeading(page, 'Reflect'), 'Reflect from the bar');
    expect(await ui.nav.current()).toBe('Reflect');
    await page.getByRole('list', { name: 'Ways to reflect' }).getByRole('button', { name: /^Templates/ }).click();
    await screenHeading(page, 'Templates').waitFor();
    expect(await ui.nav.current()).toBe('Reflect');
    await ui.nav.go('Settings');
    await expectFocused(ui.settings.heading, 'Settings from the bar');
    expect(await ui.nav.current()).toBe('Settings');

    // The bar never covers content: at the very bottom of a long page the last card is above it.
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    const lastCard = (await page.locator('main > :last-child').boundingBox())!;
    const barNow = (await ui.nav.nav.boundingBox())!;
    expect(lastCard.y + lastCard.height).toBeLessThanOrEqual(barNow.y);

    // Writing: the bar steps aside; Back brings it back with focus on the entry just left.
    await ui.nav.go('Journal');
    await ui.journal.newEntry();
    expect(await ui.nav.nav.isVisible()).toBe(false);
    await ui.editor.write('Evening notes', 'A long day, and a good one.');
    await ui.editor.waitSaved();
    await ui.editor.back();
    expect(await ui.nav.nav.isVisible()).toBe(true);
    await expectFocused(button(ui.journal.list, 'Evening notes'), 'the list after Back from a new entry');
    expectCleanSession(app);
  });

  it('wide: a side rail, the list beside the editor with the open entry marked, switching saves first, resizing never loses text', async () => {
    const app = await openApp({ viewport: WIDE });
    const { page } = app;
    const ui = await setUpVault(app);
    const rail = (await ui.nav.nav.boundingBox())!;
    expect(rail.x).toBe(0);
    expect(rail.height).toBeCloseTo(WIDE.height, 0);
    expect(rail.width).toBeLessThan(300);

    await writeEntry(ui, 'First visit notes', 'Settling in.');
    await writeEntry(ui, 'Second visit notes', 'A harder hour.');
    await ui.journal.open('First visit notes');
    const pane = page.getByRole('complementary', { name: 'Journal' });
    const paneList = pane.getByRole('list', { name: 'Entries' });
    await expectFocused(screenHeading(page, 'Entry'), 'an entry opened from the list');
    expect(await paneList.locator('[aria-current="true"]').innerText()).toBe('First visit notes');
    const paneBox = (await pane.boundingBox())!;
    const editorBox = (await page.getByRole('main').boundingBox())!;
    expect(paneBox.x + paneBox.width).toBeLessThanOrEqual(editorBox.x + 1);

    // Typing, then another entry from the pane: what was typed is saved before switching.
    await ui.editor.body.fill('Settling in. Added while the list was beside me.');
    await button(paneList, 'Second visit notes').click();
    await expect.poll(() => ui.editor.title.inputValue()).toBe('Second visit notes');
    await expectFocused(screenHeading(page, 'Entry'), 'another entry from the pane');
    expect(await paneList.locator('[aria-current="true"]').innerText()).toBe('Second visit notes');
    await button(paneList, 'First visit notes').click();
    await expect.poll(() => ui.editor.body.inputValue()).toBe('Settling in. Added while the list was beside me.');

    // Rotating or resizing mid-sentence keeps the editor (and its unsaved text) as it is.
    await ui.editor.body.fill('Typed just before the window shrank.');
    await page.setViewportSize(PHONE);
    await pane.waitFor({ state: 'detached' });
    expect(await ui.editor.body.inputValue()).toBe('Typed just before the window shrank.');
    await page.setViewportSize(WIDE);
    await pane.waitFor();
    expect(await ui.editor.body.inputValue()).toBe('Typed just before the window shrank.');
    await ui.editor.waitSaved();

    // Back: the full list, focus on the entry just left.
    await ui.editor.back();
    await expectFocused(button(ui.journal.list, 'First visit notes'), 'the list after Back');
    // A search typed straight away keeps focus in the field (it never jumps back to the heading).
    await page.keyboard.press('/');
    await page.keyboard.type('visit');
    expect(await page.getByRole('searchbox', { name: 'Search your journal' }).inputValue()).toBe('visit');
    expectCleanSession(app);
  });

  it('reduced motion: no animation or transition runs longer than a blink on the main screens', async () => {
    const app = await openApp({ viewport: PHONE });
    const { page } = app;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const ui = await setUpVault(app);
    const longest = () =>
      page.evaluate(`Math.max(0, ...document.getAnimations().map((a) => {
        const t = a.effect ? a.effect.getComputedTiming() : { duration: 0 };
        return typeof t.duration === 'number' ? t.duration : 0;
      }), ...[...document.querySelectorAll('*')].map((el) => {
        const s = getComputedStyle(el);
        return Math.max(...(s.transitionDuration + ',' + s.animationDuration).split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000)));
      }))`) as Promise<number>;
    expect(await longest(), 'journal').toBeLessThanOrEqual(1);
    await ui.nav.go('Reflect');
    await page.getByRole('list', { name: 'Ways to reflect' }).getByRole('button', { name: /^Coping toolkit/ }).click();
    await button(page, 'Start Paced breathing').click();
    await screenHeading(page, 'Paced breathing').waitFor();
    await button(page, 'Start').click();
    expect(await longest(), 'paced breathing, running').toBeLessThanOrEqual(1);
    // And the same screen without the preference does animate (the check can fail).
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect.poll(longest).toBeGreaterThan(100);
    expectCleanSession(app);
  });
});

describe('touch-target measurement (support/targets.ts)', () => {
  it('reports a small control, and allows a text link inside a sentence', async () => {
    const app = await openApp({ viewport: PHONE });
    const { page } = app;
    await tendPages(page).setup.waitFor();
    expect(await smallTargets(page)).toEqual([]);
    await page.evaluate(`(() => {
      const main = document.querySelector('main');
      const tiny = document.createElement('button');
      tiny.textContent = 'Tiny';
      tiny.style.cssText = 'min-height: 0; padding: 0; font-size: 10px';
      main.append(tiny);
      const p = document.createElement('p');
      p.append('Read the ', Object.assign(document.createElement('a'), { href: '#', textContent: 'guide' }), ' first.');
      main.append(p);
    })()`);
    const small = await smallTargets(page);
    expect(small.map((s) => s.describe)).toEqual(['button[submit] "Tiny"']);
  });
});
