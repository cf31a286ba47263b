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
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const DAY = 86_400_000;
const PASSPHRASE = 'sample passphrase for screenshots';

/** Invented entries, oldest first: [days ago, title, body, mood 1-5]. */
const SAMPLES = [
  [16, 'Walk before the first session', 'Twenty minutes by the river. I arrived calmer than usual, and the first session felt less rushed.', 4],
  [12, 'Boundaries with the late calls', 'Said no to an evening call and felt guilty, then relieved. Next time: name my hours at the start.', 3],
  [8, 'After the Tuesday group', 'Noticed how tired I was by the last round. What I take home: one good moment. What I leave at work: the rest.', 2],
  [4, 'A small win', 'A client laughed for the first time in months. I want to remember this feeling on the harder days.', 4],
  [1, 'Supervision prep', 'Bring the case where I kept rescuing.\n\nAsk about pacing the trauma work, and about how tired I feel after Thursdays. What would it look like to hold the hope without carrying it all?', 3],
];

const SHOTS = [
  // [file, viewport, what to show]
  ['narrow', { width: 390, height: 844 }, 'list'],
  ['wide', { width: 1440, height: 900 }, 'Supervision prep'],
];

/**
 * Re-deflates a PNG's image data at the highest zlib level (Chromium favours speed). The
 * pixels and filters are unchanged, so the image is byte-for-byte the same picture.
 */
function recompressPng(png) {
  const chunks = [];
  let idat = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IDAT') idat.push(data);
    else chunks.push([type, data]);
    at += 12 + length;
  }
  const pixels = inflateSync(Buffer.concat(idat));
  const packed = deflateSync(pixels, { level: 9, memLevel: 9 });
  const out = [png.subarray(0, 8)];
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(Buffer.concat([head.subarray(4), data])), 0);
    out.push(head, data, tail);
  };
  for (const [type, data] of chunks) {
    if (type === 'IEND') chunk('IDAT', packed);
    chunk(type, data);
  }
  return Buffer.concat(out);
}

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
    await page.getByRole('button', { name: 'Back' }).click();
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
      const raw = await page.screenshot();
      const small = recompressPng(raw);
      writeFileSync(path, small.length < raw.length ? small : raw);
      console.log(`${path}: ${viewport.width}x${viewport.height}, ${readFileSync(path).length} bytes (${raw.length} before recompression)`);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
} finally {
  await server.close();
}
