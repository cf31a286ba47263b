#!/usr/bin/env node
// npm run bench: Tend's performance figures, each beside its physical floor measured in the same
// run, as a ratio (design §9). See docs/benchmarks.md for what each line means.
//
//   npm run bench                  (builds the app, then runs this)
//   node bench/run.mjs [--strict]  (needs dist/ from `vite build`; --strict exits 1 if a budget fails)
//   node bench/run.mjs --search-only  (just the search line: in memory, no database, ~10 s)
//   node bench/run.mjs unlock [save] [--sizes=10000]  (only the named parts: kdf, unlock, save,
//                                  search, backup; and only these unlock sizes)
//
// Builds the bench page (bench/vite.config.ts -> dist-bench/), serves it with scripts/serve.mjs
// (real CSP and headers) on 127.0.0.1, drives the system Chromium with playwright-core in a fresh
// profile, prints a table and writes .tmp/bench.json.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startServer } from '../scripts/serve.mjs';
import { backupBench } from './backup-bench.mjs';
import { openBrowser } from './browser.mjs';
import { measureBundle } from './bundle-size.mjs';
import { buildRows, printTable } from './report.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(REPO, 'dist');
const DIST_BENCH = join(REPO, 'dist-bench');
const OUT = join(REPO, '.tmp', 'bench.json');
const STRICT = process.argv.includes('--strict');

const KDF_RUNS = 5;
const UNLOCK_RUNS = 3;
const SIZES = [1_000, 10_000];
const TEXT_BYTES = 2_000; // "about 2 KB of text" per entry
const VIA_SESSION = 50; // newest entries saved through session.saveEntry (so the summary is right)
const SAVES = 200;
const SEARCH_ENTRIES = 10_000;
const SEARCH_ROUNDS = 30; // every query, timed one by one
const SEARCH_ONLY = process.argv.includes('--search-only'); // just the search line (quick check)
/** Parts named on the command line (none: all of them). */
const PARTS = new Set(process.argv.slice(2).filter((a) => !a.startsWith('--')));
const KNOWN_PARTS = ['kdf', 'unlock', 'save', 'search', 'backup'];
const SIZES_ARG = process.argv.find((a) => a.startsWith('--sizes='));
const RUN_SIZES = SIZES_ARG ? SIZES_ARG.slice('--sizes='.length).split(',').map(Number) : SIZES;
const wants = (part) => (SEARCH_ONLY ? part === 'search' : PARTS.size === 0 || PARTS.has(part));

// ---------------------------------------------------------------- statistics

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

// ---------------------------------------------------------------- the measurements

async function benchKdf(b) {
  log('KDF: Argon2id m=64 MiB t=3 p=1 (first runs on fresh pages, then median of 5, interleaved)');
  await b.fresh();
  const workerFirst = await b.run({ task: 'kdf', impl: 'worker' });
  await b.fresh();
  const wasmFirst = await b.run({ task: 'kdf', impl: 'wasm' });
  const worker = [];
  const wasm = [];
  for (let i = 0; i < KDF_RUNS; i++) {
    worker.push(await b.run({ task: 'kdf', impl: 'worker' }));
    wasm.push(await b.run({ task: 'kdf', impl: 'wasm' }));
  }
  log('KDF: pure-JS Argon2id once');
  const js = await b.run({ task: 'kdf', impl: 'js' });
  const keys = new Set([workerFirst, wasmFirst, ...worker, ...wasm, js].map((r) => r.keyHex));
  if (keys.size !== 1) throw new Error(`Argon2id implementations disagree: ${[...keys].join(', ')}`);
  return {
    workerFirstMs: workerFirst.ms,
    wasmFirstMs: wasmFirst.ms,
    workerMs: worker.map((r) => r.ms),
    wasmMs: wasm.map((r) => r.ms),
    jsMs: js.ms,
    workerMedianMs: median(worker.map((r) => r.ms)),
    wasmMedianMs: median(wasm.map((r) => r.ms)),
    workerMinMs: Math.min(...worker.map((r) => r.ms)),
    wasmMinMs: Math.min(...wasm.map((r) => r.ms)),
  };
}

async function benchUnlock(b, entries, rounds) {
  const db = `bench-${entries}`;
  log(`unlock ${entries}: seeding ${db}`);
  await b.fresh();
  const seed = await b.run({ task: 'seed', db, entries, viaSession: VIA_SESSION, textBytes: TEXT_BYTES });
  if (seed.entryRecords !== entries || seed.summaryEntries !== Math.min(entries, 50)) {
    throw new Error(`seeding ${db} went wrong: ${JSON.stringify(seed)}`);
  }
  const { recoveryKey } = seed;
  if (rounds === 0) return { entries, recoveryKey };
  const app = [];
  const floor = [];
  const floorFirst = [];
  const split = [];
  // Interleaved, each on a fresh document, so drift (disk cache, other load) hits both sides alike.
  for (let i = 0; i < rounds; i++) {
    log(`unlock ${entries}: round ${i + 1}/${rounds}`);
    await b.fresh();
    const a = await b.run({ task: 'unlock', db, recoveryKey });
    if (a.fullCount !== entries || a.damaged !== 0 || a.firstSearchHits === 0) throw new Error(`unlock ${db} loaded ${JSON.stringify(a)}`);
    app.push(a);
    await b.fresh();
    const f = await b.run({ task: 'floor-read', db, recoveryKey });
    if (f.records !== entries + 1) throw new Error(`floor read of ${db} saw ${f.records} records`);
    floor.push(f);
    await b.fresh();
    floorFirst.push(await b.run({ task: 'floor-first', db, recoveryKey }));
    await b.fresh();
    split.push(await b.run({ task: 'app-split', db, recoveryKey }));
  }
  const m = (list, key) => median(list.map((x) => x[key]));
  return {
    entries,
    seed: { ...seed, recoveryKey: undefined },
    runs: { app, floor, floorFirst, appSplit: split },
    firstPageMs: m(app, 'firstPageMs'),
    firstPageCount: app[0].firstPageCount,
    fullMs: m(app, 'fullMs'),
    decryptedMs: m(app, 'decryptedMs'),
    firstSearchMs: m(app, 'firstSearchMs'),
    floorReadMs: m(floor, 'readMs'),
    floorDecryptMs: m(floor, 'decryptMs'),
    floorMs: median(floor.map((f) => f.readMs + f.decryptMs)),
    floorFirstMs: m(floorFirst, 'ms'),
    appReadMs: m(split, 'readMs'),
    appDecodeMs: m(split, 'decodeMs'),
    appSummarizeMs: m(split, 'summarizeMs'),
    recoveryKey,
  };
}

async function benchSave(b, unlock10k) {
  log(`save: ${SAVES} saves into the ${unlock10k.entries}-entry vault, interleaved with the floor`);
  await b.fresh();
  const r = await b.run({ task: 'save', db: `bench-${unlock10k.entries}`, recoveryKey: unlock10k.recoveryKey, count: SAVES, textBytes: TEXT_BYTES });
  return {
    ...r,
    appP50Ms: percentile(r.appMs, 50),
    appP95Ms: percentile(r.appMs, 95),
    appMaxMs: Math.max(...r.appMs),
    floorP50Ms: percentile(r.floorMs, 50),
    floorP95Ms: percentile(r.floorMs, 95),
    splitP50Ms: Object.fromEntries(Object.entries(r.split).map(([k, v]) => [k, percentile(v, 50)])),
    splitP95Ms: Object.fromEntries(Object.entries(r.split).map(([k, v]) => [k, percentile(v, 95)])),
  };
}

async function benchSearch(b) {
  log(`search: ${SEARCH_ENTRIES} entries in memory, ${SEARCH_ROUNDS} rounds of each query, beside a naive includes() scan`);
  await b.fresh();
  const r = await b.run({ task: 'search', entries: SEARCH_ENTRIES, textBytes: TEXT_BYTES, rounds: SEARCH_ROUNDS });
  return { ...r, appP50Ms: percentile(r.appMs, 50), appP95Ms: percentile(r.appMs, 95), floorP50Ms: percentile(r.floorMs, 50), floorP95Ms: percentile(r.floorMs, 95) };
}

// ---------------------------------------------------------------- main

async function main() {
  for (const part of PARTS) if (!KNOWN_PARTS.includes(part)) throw new Error(`unknown part ${part}: use ${KNOWN_PARTS.join(', ')}`);
  const started = Date.now();
  const loadBefore = loadavg()[0];
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run `npm run bench` (it builds first) or `npx vite build`.');
  const bundle = measureBundle(DIST);

  log('building the bench page into dist-bench/');
  await build({ configFile: join(REPO, 'bench', 'vite.config.ts'), logLevel: 'warn' });

  const server = await startServer({ root: DIST_BENCH, port: 0 });
  const profileDir = mkdtempSync(join(tmpdir(), 'tend-bench-profile-'));
  const results = { bundle };
  let b;
  try {
    b = await openBrowser(server.url, profileDir);
    await b.fresh();
    const userAgent = await b.page.evaluate(() => navigator.userAgent);
    const cdp = await b.context.newCDPSession(b.page);
    const { product } = await cdp.send('Browser.getVersion');
    await cdp.detach();
    results.environment = {
      date: new Date().toISOString(),
      chromium: product.replace(/^\D*\//, ''),
      userAgent,
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
      git: gitDescribe(),
      loadAverage1mBefore: +loadBefore.toFixed(2),
    };
    if (wants('kdf')) results.kdf = await benchKdf(b);
    let seeded = null; // the largest vault seeded: the save bench writes into it
    if (wants('unlock')) {
      results.unlock = [];
      for (const n of RUN_SIZES) results.unlock.push((seeded = await benchUnlock(b, n, UNLOCK_RUNS)));
    }
    if (wants('save')) {
      if (seeded?.entries !== SIZES.at(-1)) seeded = await benchUnlock(b, SIZES.at(-1), 0);
      results.save = await benchSave(b, seeded);
    }
    if (wants('search')) results.search = await benchSearch(b);
  } finally {
    await b?.context.close().catch(() => {});
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }

  if (wants('backup')) {
    log('backup export/import of 10,000 entries (Node, scrypt logN 18)');
    results.backup = await backupBench();
  }
  const rows = buildRows(results, { saves: SAVES, searchRounds: SEARCH_ROUNDS });
  results.rows = rows;
  results.durationS = (Date.now() - started) / 1000;
  results.environment.loadAverage1mAfter = +loadavg()[0].toFixed(2);
  for (const u of results.unlock ?? []) delete u.recoveryKey;
  mkdirSync(join(REPO, '.tmp'), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);

  const env = results.environment;
  console.log(`\nTend bench, ${env.date}, Chromium ${env.chromium} headless, ${env.cpus} cores (${env.cpuModel}), ${env.git}`);
  console.log(`load average (1 min) ${env.loadAverage1mBefore} before, ${env.loadAverage1mAfter} after`
    + `${env.loadAverage1mBefore > env.cpus / 2 ? ': the machine was busy before the run, absolute times are inflated (ratios less so)' : ''}\n`);
  printTable(rows);
  const failed = rows.filter((r) => r.pass === false);
  console.log(`\n${failed.length ? `${failed.length} over budget: ${failed.map((r) => r.what.trim()).join('; ')}` : 'all budgets met'}`
    + `  (${results.durationS.toFixed(0)} s; details in .tmp/bench.json)`);
  if (STRICT && failed.length) process.exitCode = 1;
}

function gitDescribe() {
  try {
    const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: REPO, encoding: 'utf8' }).trim() !== '';
    return `git ${rev}${dirty ? ' (src/ has uncommitted changes)' : ''}`;
  } catch {
    return 'git unknown';
  }
}

main().catch((err) => {
  console.error(`bench failed: ${err.stack ?? err}`);
  process.exit(1);
});
