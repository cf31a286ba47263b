// The bench table: every figure beside its floor, as a ratio, with its budget (design §9).
import { BUNDLE_BUDGETS, KB } from './bundle-size.mjs';


const fmtMs = (x) => (x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
const fmtKb = (x) => `${(x / KB).toFixed(1)} KB`;
const fmtRatio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : '-');

/** Prints rows as a Markdown table (pasted as is into docs/benchmarks.md). */
export function printTable(rows) {
  const head = ['what', 'measured', 'floor', 'ratio', 'budget', 'result'];
  const cells = rows.map((r) => [r.what, r.measured, r.floor ?? '-', r.ratio ?? '-', r.budget ?? '-', r.pass === undefined ? 'info' : r.pass ? 'pass' : 'FAIL']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}

/** The table rows from the results; `saves` and `searchRounds` name the run sizes. */
export function buildRows(results, { saves, searchRounds }) {
  const rows = [];
  const { kdf, unlock, save, search, bundle } = results;
  if (kdf) {
    const ratio = kdf.workerMedianMs / kdf.wasmMedianMs;
    rows.push({ what: 'KDF app (deriveKeyInWorker), median of 5', measured: fmtMs(kdf.workerMedianMs), floor: fmtMs(kdf.wasmMedianMs), ratio: fmtRatio(ratio), budget: '<= 1.10x', pass: ratio <= 1.1 });
    rows.push({ what: 'KDF app, first run (worker + WASM compile)', measured: fmtMs(kdf.workerFirstMs), floor: fmtMs(kdf.wasmFirstMs), ratio: fmtRatio(kdf.workerFirstMs / kdf.wasmFirstMs) });
    rows.push({ what: 'KDF pure-JS argon2idJs (fallback), once', measured: fmtMs(kdf.jsMs), floor: fmtMs(kdf.wasmMedianMs), ratio: fmtRatio(kdf.jsMs / kdf.wasmMedianMs) });
  }
  for (const u of unlock ?? []) {
    const n = u.entries.toLocaleString('en-US');
    rows.push({ what: `unlock ${n}: first page (${u.firstPageCount} rows), median of 3`, measured: fmtMs(u.firstPageMs), floor: fmtMs(u.floorFirstMs), ratio: fmtRatio(u.firstPageMs / u.floorFirstMs), budget: '<= 200 ms', pass: u.firstPageMs <= 200 });
    const ratio = u.fullMs / u.floorMs;
    rows.push({ what: `unlock ${n}: decrypted + searchable, median of 3`, measured: fmtMs(u.fullMs), floor: fmtMs(u.floorMs), ratio: fmtRatio(ratio), budget: '<= 1.30x', pass: ratio <= 1.3 });
    if (u.decryptedMs !== undefined) {
      rows.push({ what: `  of which: until isFullyLoaded() / first search`, measured: `${fmtMs(u.decryptedMs)} / ${fmtMs(u.firstSearchMs)}`, floor: '-', ratio: fmtRatio(u.decryptedMs / u.floorMs) });
    }
    rows.push({ what: `  split: read (Dexie readAllRecords vs raw getAll)`, measured: fmtMs(u.appReadMs), floor: fmtMs(u.floorReadMs), ratio: fmtRatio(u.appReadMs / u.floorReadMs) });
    rows.push({ what: `  split: decrypt (EntryIndex.loadAll vs raw AEAD)`, measured: fmtMs(u.appDecodeMs), floor: fmtMs(u.floorDecryptMs), ratio: fmtRatio(u.appDecodeMs / u.floorDecryptMs) });
    rows.push({ what: `    of which summarize() (list previews)`, measured: fmtMs(u.appSummarizeMs), floor: '-', ratio: '-' });
  }
  if (save) {
    rows.push({ what: `save p95 (${saves} saves, 10,000 entries)`, measured: fmtMs(save.appP95Ms), floor: fmtMs(save.floorP95Ms), ratio: fmtRatio(save.appP95Ms / save.floorP95Ms), budget: '<= 10 ms', pass: save.appP95Ms <= 10 });
    rows.push({ what: 'save p50', measured: fmtMs(save.appP50Ms), floor: fmtMs(save.floorP50Ms), ratio: fmtRatio(save.appP50Ms / save.floorP50Ms) });
    const p50 = save.splitP50Ms;
    const p95 = save.splitP95Ms;
    rows.push({ what: '  split p50/p95: encode entry + summary', measured: `${fmtMs(p50.encodeMs)} / ${fmtMs(p95.encodeMs)}`, floor: '-', ratio: '-' });
    rows.push({ what: '  split p50/p95: write 2 records (Dexie vs raw)', measured: `${fmtMs(p50.storeWriteMs)} / ${fmtMs(p95.storeWriteMs)}`, floor: `${fmtMs(p50.rawWrite2Ms)} / ${fmtMs(p95.rawWrite2Ms)}`, ratio: fmtRatio(p50.storeWriteMs / p50.rawWrite2Ms) });
    rows.push({ what: '  split p50/p95: EntryIndex.put (in memory)', measured: `${fmtMs(p50.indexPutMs)} / ${fmtMs(p95.indexPutMs)}`, floor: '-', ratio: '-' });
  }
  if (search) {
    rows.push({ what: `search p95 per query (${search.queries.length} queries x ${searchRounds}, 10,000 entries)`, measured: fmtMs(search.appP95Ms), floor: fmtMs(search.floorP95Ms), ratio: fmtRatio(search.appP95Ms / search.floorP95Ms), budget: '<= 16 ms', pass: search.appP95Ms <= 16 });
    rows.push({ what: 'search p50 (floor: naive includes() scan)', measured: fmtMs(search.appP50Ms), floor: fmtMs(search.floorP50Ms), ratio: fmtRatio(search.appP50Ms / search.floorP50Ms) });
    rows.push({ what: '  index build, once after unlock (10,000 entries)', measured: fmtMs(search.buildMs), floor: '-', ratio: '-' });
  }
  if (bundle) {
    rows.push({ what: `entry chunk JS gzip (${bundle.entry.files.length} file)`, measured: fmtKb(bundle.entry.gzipBytes), floor: '-', ratio: '-', budget: '<= 25 KB', pass: bundle.entry.gzipBytes <= BUNDLE_BUDGETS.entryGzipBytes });
    rows.push({ what: `code JS gzip (${bundle.code.count} files, worker incl.)`, measured: fmtKb(bundle.code.gzipBytes), floor: '-', ratio: '-', budget: `<= ${BUNDLE_BUDGETS.codeGzipBytes / KB} KB`, pass: bundle.code.gzipBytes <= BUNDLE_BUDGETS.codeGzipBytes });
    rows.push({ what: 'content chunk gzip (prompts, templates, exercises)', measured: fmtKb(bundle.content.gzipBytes), floor: '-', ratio: '-', budget: '<= 40 KB', pass: bundle.content.gzipBytes <= BUNDLE_BUDGETS.contentGzipBytes });
    rows.push({ what: 'backup chunks gzip (age worker, client, Markdown zip)', measured: fmtKb(bundle.backup.gzipBytes), floor: '-', ratio: '-', budget: `<= ${BUNDLE_BUDGETS.backupGzipBytes / KB} KB`, pass: bundle.backup.gzipBytes <= BUNDLE_BUDGETS.backupGzipBytes });
    for (const f of bundle.files.slice(0, 4)) {
      rows.push({ what: `  ${f.file}`, measured: fmtKb(f.gzipBytes), floor: '-', ratio: '-', budget: `(${fmtKb(f.bytes)} raw)` });
    }
  }
  if (results.backup) {
    const r = results.backup.result;
    const floorExport = r.floorScryptMs + 2 * r.floorChachaMs; // verify reuses the derived key
    const floorImport = r.floorScryptMs + r.floorChachaMs;
    rows.push({ what: `backup export, ${r.entries ?? 10000} entries (write + verify, Node)`, measured: fmtMs(r.exportMs), floor: fmtMs(floorExport), ratio: fmtRatio(r.exportMs / floorExport), budget: '<= 3000 ms', pass: r.exportMs <= 3000 });
    rows.push({ what: `backup import (decrypt + check, Node)`, measured: fmtMs(r.importMs), floor: fmtMs(floorImport), ratio: fmtRatio(r.importMs / floorImport), budget: '<= 3000 ms', pass: r.importMs <= 3000 });
    rows.push({ what: '  peak RSS export / import', measured: `${r.exportPeakMiB.toFixed(0)} / ${r.importPeakMiB.toFixed(0)} MiB`, floor: '-', ratio: '-' });
  }
  return rows;
}
