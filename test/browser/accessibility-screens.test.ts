import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, RESULTS_DIR, type App } from './harness';
import { button, openNewJournal, screenHeading, tendPages } from './pages';
import { expectNoAxeViolations } from './support/axe';
import { countTargets, smallTargets } from './support/targets';

/**
 * Every screen, one walk: axe (WCAG 2.1 A/AA + best practice) with zero violations in both
 * themes, each theme reached both ways: the device's scheme (emulateMedia) and the manual
 * switch (data-theme on <html>, exactly what Settings › Appearance sets; design.test.ts checks
 * the radio group does that), against a device in the other scheme so the override is what
 * is tested. On phones (390x844) every control is at least 44 px and nothing scrolls sideways.
 * Each main screen is saved as a screenshot at 390x844 and 1440x900, light and dark, under
 * test-results/screenshots/ (test output, never committed).
 */
const PASS = 'willow kettle harbour seven';
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1440, height: 900 };
const SHOTS = join(RESULTS_DIR, 'screenshots');

/** Finite animations (a fade-in) finished: axe judges the screen as a person reads it. */
const SETTLED = `Promise.all(document.getAnimations()
  .filter((a) => a.effect && a.effect.getTiming().iterations !== Infinity)
  .map((a) => a.finished.catch(() => null))).then(() => true)`;

type Scheme = 'light' | 'dark';

/** Every problem found on the walk, so one run lists them all (asserted empty at the end). */
const problems: string[] = [];

/** Runs a check, recording its failure instead of stopping the walk. */
async function record(check: () => Promise<unknown>): Promise<void> {
  try {
    await check();
  } catch (err) {
    problems.push((err as Error).message);
  }
}

/** The manual switch: what app/theme.ts puts on <html> (null = follow the device). */
async function manualTheme(page: Page, theme: Scheme | null): Promise<void> {
  await page.evaluate(
    `(() => { const t = ${JSON.stringify(theme)}; if (t) document.documentElement.setAttribute('data-theme', t); else document.documentElement.removeAttribute('data-theme'); })()`,
  );
}

/** The page background as painted, to prove a theme really took effect before axe judges it. */
function background(page: Page): Promise<string> {
  return page.evaluate('getComputedStyle(document.documentElement).backgroundColor') as Promise<string>;
}

const LIGHT_BG = 'rgb(246, 244, 239)';
const DARK_BG = 'rgb(22, 27, 29)';

/** One theme state: the device scheme, the manual choice on top, and the background expected. */
interface ThemeState {
  device: Scheme;
  manual: Scheme | null;
}

async function axeIn(page: Page, label: string, size: { width: number; height: number }, t: ThemeState): Promise<void> {
  await page.emulateMedia({ colorScheme: t.device });
  await manualTheme(page, t.manual);
  const shown = t.manual ?? t.device;
  expect(await background(page), `${label}: ${shown} theme not applied`).toBe(shown === 'dark' ? DARK_BG : LIGHT_BG);
  const how = t.manual ? `${t.manual} chosen in Settings on a ${t.device} device` : `${t.device} device`;
  await record(() => expectNoAxeViolations(page, `${label}, ${how}, ${size.width}x${size.height}`));
  // Reflow (WCAG 1.4.10): nothing may need sideways scrolling.
  const overflow = (await page.evaluate('document.documentElement.scrollWidth - innerWidth')) as number;
  if (overflow > 0) problems.push(`${label} at ${size.width}px scrolls sideways by ${overflow}px`);
}

/**
 * Saves the screen as a person sees it at both sizes (the viewport, from the top: a full-page
 * capture would draw the fixed bottom bar and the sticky rail mid-page), in both themes.
 */
async function screenshot(page: Page, name: string): Promise<void> {
  for (const size of [PHONE, WIDE]) {
    await page.setViewportSize(size);
    await page.evaluate('window.scrollTo(0, 0)');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(SHOTS, `${name}-${size.width}x${size.height}-${scheme}.png`) });
    }
  }
}

/**
 * Checks the screen as it is now: at 1440x900 in the device's light and dark and with dark
 * chosen on a light device; at 390x844 in light, with light chosen on a dark device, and
 * every touch target. Ends at 1440x900, light, no manual choice.
 */
async function examine(page: Page, label: string, shot?: string): Promise<void> {
  await page.evaluate(SETTLED);
  await page.setViewportSize(WIDE);
  for (const t of [
    { device: 'light', manual: null },
    { device: 'dark', manual: null },
    { device: 'light', manual: 'dark' },
  ] as ThemeState[]) {
    await axeIn(page, label, WIDE, t);
  }
  await page.setViewportSize(PHONE);
  await axeIn(page, label, PHONE, { device: 'light', manual: null });
  expect(await countTargets(page), `${label}: no controls measured`).toBeGreaterThan(0);
  for (const t of await smallTargets(page)) problems.push(`${label}: ${t.describe} is ${t.width}x${t.height} px at 390x844 (under 44)`);
  await axeIn(page, label, PHONE, { device: 'dark', manual: 'light' });
  await manualTheme(page, null);
  if (shot) await screenshot(page, shot);
  await page.setViewportSize(WIDE);
  await page.emulateMedia({ colorScheme: 'light' });
}

function expectCleanSession(app: App): void {
  expect(app.cspViolations).toEqual([]);
  expect(app.pageErrors.map((e) => e.message)).toEqual([]);
}

/** Invented entries for the filled journal (nobody real), with check-ins for the trends. */
const ENTRIES: [string, string, number][] = [
  ['After the Tuesday group', 'Noticed how tired I was by the last round. What I take home: one good moment.', 3],
  ['Supervision prep', 'Bring the case where I kept rescuing. Ask about pacing the trauma work.', 2],
  ['A small win', 'A client laughed for the first time in months. I want to remember this.', 4],
];

/** Opens a Reflect hub destination by the start of its name and waits for its heading. */
async function fromHub(page: Page, link: RegExp, heading: string): Promise<void> {
  await button(page.getByRole('navigation', { name: 'Main' }), 'Reflect').click();
  await screenHeading(page, 'Reflect').waitFor();
  await page.getByRole('list', { name: 'Ways to reflect' }).getByRole('button', { name: link }).click();
  await screenHeading(page, heading).waitFor();
}

/** Writes the sample entries through the editor, each with its mood; ends on the list. */
async function writeSampleEntries(page: Page, ui: ReturnType<typeof tendPages>): Promise<void> {
  for (const [title, body, mood] of ENTRIES) {
    await ui.journal.newEntry();
    await ui.editor.write(title, body);
    await page.getByRole('group', { name: /^Mood/ }).getByRole('radio', { name: String(mood), exact: true }).check();
    await ui.editor.waitSaved();
    await ui.editor.back();
  }
}

/** A fresh journal with the sample entries written through the editor; ends on the list. */
async function journalWithEntries(app: App) {
  const ui = await openNewJournal(app.page, PASS);
  await writeSampleEntries(app.page, ui);
  expect(await ui.journal.headings()).toEqual(ENTRIES.map(([t]) => t).reverse());
  return ui;
}

/** Each walk sets up its own journal; screens are slow to check (5 axe runs each), hence the time. */
const WALK_TIMEOUT = 300_000;

describe('accessibility: every screen, both themes, both ways of choosing them', () => {
  it('locked: set-up, emergency kit, unlock, and support from the lock screen', async () => {
    problems.length = 0;
    mkdirSync(SHOTS, { recursive: true });
    const app = await openApp({ viewport: WIDE });
    const { page } = app;
    const ui = tendPages(page);
    await ui.setup.waitFor();
    await examine(page, 'set-up', '01-setup');
    await ui.setup.create(PASS);
    await ui.kit.waitFor();
    await examine(page, 'emergency kit', '02-emergency-kit');
    await ui.kit.confirm();
    await ui.journal.waitFor();
    await ui.journal.lock();
    await examine(page, 'unlock', '19-unlock');
    await button(page, 'Need support now').click();
    await screenHeading(page, 'Need support now').waitFor();
    await examine(page, 'need support now (locked)');
    expect(problems).toEqual([]);
    expectCleanSession(app);
  }, WALK_TIMEOUT);

  it('journal (empty, filled), editor (existing beside the list, new), settings, look back and insights when present', async () => {
    problems.length = 0;
    mkdirSync(SHOTS, { recursive: true });
    const app = await openApp({ viewport: WIDE });
    const { page } = app;
    const ui = await openNewJournal(page, PASS);

    // The empty journal leads a new person to today's prompt.
    await ui.journal.emptyState.waitFor();
    expect(await button(page, 'Today’s prompt').count()).toBe(1);
    await examine(page, 'journal, empty', '03-journal-empty');
    await button(page, 'Today’s prompt').click();
    await screenHeading(page, 'Today’s prompt').waitFor();
    await ui.nav.go('Journal');

    await writeSampleEntries(page, ui);
    await examine(page, 'journal with entries', '04-journal');
    // The Filters panel (closed above): dates, menus, checkbox, each checked open too.
    await ui.journal.openFilters();
    await examine(page, 'journal with the Filters panel open', '04b-journal-filters');
    await ui.journal.closeFilters();
    await ui.journal.open('Supervision prep');
    await examine(page, 'editor, an entry (beside the list from 1024 px)', '05-editor');
    await ui.editor.back();
    await ui.journal.newEntry();
    await examine(page, 'editor, new entry');
    await ui.editor.back();

    await ui.nav.go('Settings');
    await examine(page, 'settings (passphrase, recovery key, locking, storage, backup, appearance)', '06-settings');

    // Look back and Insights come with their own helper; visited whenever the navigation has them.
    for (const [name, shot] of [['Look back', '17-look-back'], ['Insights', '18-insights']] as const) {
      if ((await ui.nav.item(name).count()) === 0) continue;
      await ui.nav.go(name);
      await examine(page, name.toLowerCase(), shot);
    }
    expect(problems).toEqual([]);
    expectCleanSession(app);
  }, WALK_TIMEOUT);

  it('Reflect, and every feature it opens: prompts, templates and a template form, toolkit and an exercise, self-check, trends, about, support', async () => {
    problems.length = 0;
    mkdirSync(SHOTS, { recursive: true });
    const app = await openApp({ viewport: WIDE });
    const { page } = app;
    const ui = await journalWithEntries(app);
    await ui.nav.go('Reflect');
    await examine(page, 'reflect hub', '07-reflect');
    await fromHub(page, /^Today’s prompt/, 'Today’s prompt');
    await examine(page, 'today’s prompt', '08-prompts');
    await fromHub(page, /^Templates/, 'Templates');
    await examine(page, 'templates', '09-templates');
    await page.getByRole('button', { name: /^Post-session debrief/ }).click();
    await screenHeading(page, 'Post-session debrief').waitFor();
    await examine(page, 'a template form (post-session debrief)', '10-template-form');
    await fromHub(page, /^Coping toolkit/, 'Coping toolkit');
    await examine(page, 'coping toolkit', '11-toolkit');
    await button(page, 'Start 5-4-3-2-1 grounding').click();
    await screenHeading(page, '5-4-3-2-1 grounding').waitFor();
    await examine(page, 'an exercise (grounding)', '12-exercise');
    await fromHub(page, /^ProQOL self-check/, 'ProQOL self-check');
    await examine(page, 'self-check intro', '13-self-check');
    await button(page, 'Start the questionnaire').click();
    await screenHeading(page, 'ProQOL questionnaire').waitFor();
    await examine(page, 'self-check questionnaire');
    // Check-in trends, while the hub has it (Insights takes it over; that is checked from the navigation).
    await ui.nav.go('Reflect');
    if ((await page.getByRole('button', { name: /^Check-in trends/ }).count()) > 0) {
      await fromHub(page, /^Check-in trends/, 'Check-in trends');
      await examine(page, 'check-in trends with three check-ins', '14-trends');
    }
    await fromHub(page, /^About and sources/, 'About and sources');
    await examine(page, 'about and sources', '15-about');
    await button(page, 'Need support now').click();
    await screenHeading(page, 'Need support now').waitFor();
    await examine(page, 'need support now (unlocked)', '16-support');
    expect(problems).toEqual([]);
    expectCleanSession(app);
  }, WALK_TIMEOUT);
});
