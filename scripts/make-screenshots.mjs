#!/usr/bin/env node
/**
 * Makes the manifest's install-dialog screenshots (public/screenshots/narrow.png 390x844
 * and wide.png 1280x800) from the real app with made-up sample entries, using the system
 * Chromium. Committed, so building never needs a browser. Run after `npm run build`:
 *
 *   node scripts/make-screenshots.mjs
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const SAMPLES = [
  ['After the Tuesday group', 'Noticed how tired I was by the last round. What I take home: one good moment. What I leave at work: the rest.'],
  ['Supervision prep', 'Bring the case where I kept rescuing. Ask about pacing the trauma work.'],
  ['A small win', 'A client laughed for the first time in months. I want to remember this.'],
];

const server = await startServer({ root: process.env.TEND_DIST ?? 'dist', port: 0 });
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
for (const [name, viewport] of [['narrow', { width: 390, height: 844 }], ['wide', { width: 1280, height: 800 }]]) {
  const profile = mkdtempSync(join(tmpdir(), 'tend-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, viewport, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await page.getByLabel('Passphrase', { exact: true }).fill('sample passphrase for screenshots');
  await page.getByLabel('Passphrase again', { exact: true }).fill('sample passphrase for screenshots');
  await page.getByRole('button', { name: 'Create my journal' }).click();
  const key = (await page.locator('figure code').innerText()).trim();
  await page.getByLabel('Last group of your key').fill(key.split('-').pop());
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const [title, body] of SAMPLES) {
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Entry', { exact: true }).fill(body);
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
  }
  await page.getByRole('heading', { name: 'Journal', level: 1 }).waitFor();
  const ok = page.getByRole('button', { name: 'OK', exact: true });
  if (await ok.isVisible()) await ok.click();
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  await page.screenshot({ path: `public/screenshots/${name}.png` });
  console.log(`public/screenshots/${name}.png`);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
await server.close();
