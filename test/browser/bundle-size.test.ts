/**
 * Bundle-size budgets (design §9) on the production build. Sizes are deterministic (gzip level 9,
 * Node zlib), so unlike speed they can be a test. It lives with the browser tests because those
 * run after `npm run build` in `npm test`; it needs no browser. `npm run bench` prints the same
 * figures with the largest chunks.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGETS, KB, measureBundle } from '../../bench/bundle-size.mjs';

const DIST = process.env.TEND_DIST ? fileURLToPath(new URL(`../../${process.env.TEND_DIST}`, import.meta.url)) : fileURLToPath(new URL("../../dist", import.meta.url));

describe('bundle size budgets (dist/)', () => {
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

  it('has a build to measure', () => {
    expect(existsSync(join(DIST, 'index.html')), `${join(DIST, 'index.html')} is missing: run npm run build first`).toBe(true);
  });

  it.runIf(existsSync(join(DIST, 'index.html')))('entry <= 25 KB, code <= 140 KB, content <= 40 KB, backup <= 35 KB (gzip)', () => {
    const sizes = measureBundle(DIST);
    const largest = sizes.files.slice(0, 5).map((f) => `${f.file} ${kb(f.gzipBytes)}`).join(', ');
    expect(sizes.entry.gzipBytes, `entry ${sizes.entry.files.join(' + ')} is ${kb(sizes.entry.gzipBytes)} gzip`)
      .toBeLessThanOrEqual(BUNDLE_BUDGETS.entryGzipBytes);
    expect(sizes.code.gzipBytes, `code (${sizes.code.count} files) is ${kb(sizes.code.gzipBytes)} gzip; largest: ${largest}`)
      .toBeLessThanOrEqual(BUNDLE_BUDGETS.codeGzipBytes);
    // The content chunk exists (so code is not counted short) and stays within its own budget.
    expect(sizes.content.count, 'one content chunk').toBe(1);
    expect(sizes.content.gzipBytes, `content is ${kb(sizes.content.gzipBytes)} gzip`).toBeLessThanOrEqual(BUNDLE_BUDGETS.contentGzipBytes);
    expect(sizes.backup.count, 'the backup worker is a chunk of its own').toBeGreaterThanOrEqual(1);
    expect(sizes.backup.gzipBytes, `backup is ${kb(sizes.backup.gzipBytes)} gzip`).toBeLessThanOrEqual(BUNDLE_BUDGETS.backupGzipBytes);
    // Every file is in exactly one group, so nothing escapes a budget.
    expect(sizes.code.gzipBytes + sizes.content.gzipBytes + sizes.backup.gzipBytes + sizes.serviceWorker.gzipBytes).toBe(
      sizes.allJs.gzipBytes,
    );
    // The worker must be part of what is counted (it is precached like everything else).
    expect(sizes.files.some((f) => /kdf-worker/.test(f.file)), 'the KDF worker chunk is in dist/').toBe(true);
  });
});
