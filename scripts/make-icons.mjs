#!/usr/bin/env node
/**
 * Rasterises Tend's icon artwork (assets-src/*.svg, our own) into the PNGs the manifest
 * and iOS need, using the system Chromium. The PNGs are committed, so building the app
 * never needs a browser; run this only when the artwork changes:
 *
 *   node scripts/make-icons.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const OUT = 'public/icons';
const JOBS = [
  { src: 'assets-src/icon.svg', size: 192, out: 'icon-192.png' },
  { src: 'assets-src/icon.svg', size: 512, out: 'icon-512.png' },
  { src: 'assets-src/maskable.svg', size: 512, out: 'maskable-512.png' },
  // iOS draws its own rounded corners: give it the full-bleed square.
  { src: 'assets-src/maskable.svg', size: 180, out: 'apple-touch-icon-180.png' },
];

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const job of JOBS) {
    const page = await browser.newPage({ viewport: { width: job.size, height: job.size }, deviceScaleFactor: 1 });
    const svg = readFileSync(job.src, 'utf8').replace('<svg ', `<svg width="${job.size}" height="${job.size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    writeFileSync(`${OUT}/${job.out}`, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: job.size, height: job.size } }));
    await page.close();
    console.log(`${OUT}/${job.out}`);
  }
} finally {
  await browser.close();
}
