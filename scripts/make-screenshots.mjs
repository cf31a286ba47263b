#!/usr/bin/env node
/**
 * Makes the two committed screenshots (public/screenshots/narrow.png at 390x844 and wide.png
 * at 1440x900): the README shows them, and the web manifest offers them to the browser's
 * install sheet. Taken from the production build in dist/ with the system Chromium, in the
 * light theme, with invented sample entries (nobody real) dated over the last few weeks.
 * Committed, so building never needs a browser. Not precached (vite.config.ts globIgnores).
 *
 *   npm run screenshots          # builds, then runs this
 *   node scripts/make-screenshots.mjs   # with an existing dist/ (TEND_DIST to point elsewhere)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const DAY = 86_400_000;
const PASSPHRASE = 'sample passphrase for screenshots';

/** Invented entries, oldest first: [days ago, title, body, mood 1-5]. Under 14 days, so no backup reminder. */
const SAMPLES = [
  [11, 'Walk before the first session', 'Twenty minutes by the river. I arrived calmer than usual, and the first session felt less rushed.', 4],
  [9, 'Boundaries with the late calls', 'Said no to an evening call and felt guilty, then relieved. Next time: name my hours at the start.', 3],
  [6, 'After the Tuesday group', 'Noticed how tired I was by the last round. What I take home: one good moment. What I leave at work: the rest.', 2],
  [3, 'A small win', 'A client laughed for the first time in months. I want to remember this feeling on the harder days.', 4],
  [1, 'Supervision prep', 'Bring the case where I kept rescuing.\n\nAsk about pacing the trauma work, and about how tired I feel after Thursdays. What would it look like to hold the hope without carrying it all?', 3],
];

const SHOTS = [
  // [file, viewport, what to show]
  ['narrow', { width: 390, height: 844 }, 'list'],
  ['wide', { width: 1440, height: 900 }, 'Supervision prep'],
];

/** Creates the journal, dismisses first-run notes, and writes the samples on their days. */
async function fillJournal(page) {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase again', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create my journal' }).click();
  const key = (await page.locator('figure code').innerText()).trim();
  await page.getByLabel('Last group of your key').fill(key.split('-').pop());
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Journal', level: 1 }).waitFor();
  const now = Date.now();
  for (const [daysAgo, title, body, mood] of SAMPLES) {
    // Each entry is written "on" its day (evening), so the list shows a few weeks of use.
    const day = new Date(now - daysAgo * DAY);
    day.setHours(19, 30, 0, 0);
    await page.clock.setSystemTime(day);
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Entry', { exact: true }).fill(body);
    await page.getByRole('group', { name: /^Mood/ }).getByRole('radio', { name: String(mood), exact: true }).check();
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('heading', { name: 'Journal', level: 1 }).waitFor();
  }
  await page.clock.setSystemTime(new Date(now));
  const ok = page.getByRole('button', { name: 'OK', exact: true });
  if (await ok.isVisible()) await ok.click();
}

const server = await startServer({ root: process.env.TEND_DIST ?? 'dist', port: 0 });
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  for (const [name, viewport, show] of SHOTS) {
    const profile = mkdtempSync(join(tmpdir(), 'tend-shots-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      viewport,
      colorScheme: 'light',
      reducedMotion: 'reduce',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.clock.install();
      await page.goto(server.url);
      await fillJournal(page);
      if (show !== 'list') {
        await page.getByRole('list', { name: 'Entries' }).getByRole('button', { name: show, exact: true }).click();
        await page.getByRole('heading', { name: 'Entry', level: 1 }).waitFor();
      }
      await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
      const path = `public/screenshots/${name}.png`;
      // Chromium already compresses its PNGs well (re-deflating at zlib level 9 saved nothing),
      // and the fixed viewport, flat colours and system font keep them at ~50-100 KB.
      await page.screenshot({ path });
      console.log(`${path}: ${viewport.width}x${viewport.height}, ${readFileSync(path).length} bytes`);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
} finally {
  await server.close();
}
