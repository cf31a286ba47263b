/**
 * Keyboard-only helpers for the browser tests: where focus is, whether a person can see it,
 * and moving it with Tab / Shift+Tab the way a person would (never `.focus()` or `.click()`).
 *
 *   await tabTo(page, ui.journal.newEntryButton);       // Tab until it has focus, checking each stop
 *   await page.keyboard.press('Enter');
 *   await expectFocused(screenHeading(page, 'New entry'), 'after New entry');
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The focused element as a person meets it: what it is, and whether its focus can be seen. */
export interface FocusStop {
  /** e.g. `button "Lock"`, `input "Passphrase"`, `h1 "Journal"`; `body` when nothing has focus. */
  describe: string;
  onBody: boolean;
  inDialog: boolean;
  /** An outline or box-shadow on the element (or its ::before/::after ring), in computed style. */
  ring: boolean;
  /** Inside the viewport and not hidden under something else (a sticky bar, a backdrop). */
  unobscured: boolean;
}

// A string, so that no transpiler helper ends up inside it (the page has none of them).
const FOCUS_STOP = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) {
    return { describe: 'body', onBody: true, inDialog: false, ring: false, unobscured: false };
  }
  const label = (el.labels && el.labels[0] && el.labels[0].textContent) || el.getAttribute('aria-label') || el.textContent || '';
  const describe = el.tagName.toLowerCase() + ' "' + label.trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
  const transparent = (c) => c === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(c);
  const hasRing = (s) =>
    (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor)) ||
    (s.boxShadow !== '' && s.boxShadow !== 'none');
  const pseudoRing = (which) => {
    const s = getComputedStyle(el, which);
    return s.content !== 'none' && s.content !== 'normal' && hasRing(s);
  };
  const ring = hasRing(getComputedStyle(el)) || pseudoRing('::before') || pseudoRing('::after');
  const r = el.getBoundingClientRect();
  const left = Math.max(r.left, 0), right = Math.min(r.right, innerWidth);
  const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
  let unobscured = false;
  if (right > left && bottom > top) {
    const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
    unobscured = hit !== null && (hit === el || el.contains(hit));
  }
  return { describe, onBody: false, inDialog: el.closest('dialog') !== null, ring, unobscured };
})()`;

/** Where focus is now. */
export function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(FOCUS_STOP) as Promise<FocusStop>;
}

/** Fails unless the focused element shows a focus ring and is not hidden under anything. */
export async function expectFocusVisible(page: Page, where: string): Promise<FocusStop> {
  const stop = await focusStop(page);
  expect(stop.onBody, `${where}: focus was lost to <body>`).toBe(false);
  expect(stop.ring, `${where}: ${stop.describe} has focus but no visible outline or box-shadow`).toBe(true);
  expect(stop.unobscured, `${where}: ${stop.describe} has focus but is off screen or covered`).toBe(true);
  return stop;
}

/** True when `target` is the focused element. */
export function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/**
 * Waits (screens move focus in an effect, after paint) until `target` has focus, then checks
 * the focus can be seen. `where` names the moment for the failure message.
 */
export async function expectFocused(target: Locator, where: string): Promise<void> {
  const page = target.page();
  await expect
    .poll(async () => ((await hasFocus(target)) ? 'yes' : (await focusStop(page)).describe), {
      message: `${where}: focus should be on ${target.toString()}`,
      timeout: 5_000,
    })
    .toBe('yes');
  await expectFocusVisible(page, where);
}

/**
 * Presses Tab (or Shift+Tab with `back`) until `target` has focus, checking at every stop on
 * the page that the focus can be seen. Fails after `max` presses with the stops it passed.
 * Focus may pass through <body> between the last control and the first: that stands for the
 * browser's own toolbar, which a real Tab visits there.
 */
export async function tabTo(target: Locator, options: { back?: boolean; max?: number } = {}): Promise<void> {
  const page = target.page();
  const key = options.back ? 'Shift+Tab' : 'Tab';
  const stops: string[] = [];
  for (let i = 0; i < (options.max ?? 20); i++) {
    await page.keyboard.press(key);
    const stop = await focusStop(page);
    stops.push(stop.describe);
    if (!stop.onBody) await expectFocusVisible(page, `${key} stop ${i + 1}`);
    if (await hasFocus(target)) return;
  }
  expect.fail(`${key} never reached ${target.toString()}; stops: ${stops.join(' → ')}`);
}

/** Presses Tab `count` times and returns each stop (for checking where focus may go, e.g. a dialog). */
export async function tabStops(page: Page, count: number, back = false): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    stops.push(await focusStop(page));
  }
  return stops;
}
