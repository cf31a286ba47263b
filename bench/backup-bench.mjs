#!/usr/bin/env node
// Backup bench (issue #5 item 8): export (write + verify-after-write) and import (decrypt + check)
// of 10,000 entries of ~2 KB, scrypt logN 18 included, in Node; budget 3 s each. Floors measured in
// the same run: one raw scrypt at the same logN (the verify pass reuses the derived key) and one
// raw ChaCha20-Poly1305 pass over the same number of bytes (export makes two: write, verify).
//
//   node --expose-gc bench/backup-bench.mjs [N]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(REPO, '.tmp', 'backup-bench');
export const BACKUP_BUDGET_MS = 3000;

/** Bundles the TypeScript bench body for Node and runs it; returns printable lines and the figures. */
export async function backupBench(n = 10_000, textBytes = 2_000) {
  mkdirSync(OUT, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'error',
    build: { ssr: join(REPO, 'bench/backup-bench-entry.ts'), outDir: OUT, emptyOutDir: true, rollupOptions: { output: { entryFileNames: 'entry.mjs' } } },
    ssr: { noExternal: true },
  });
  const { runBackupBench } = await import(pathToFileURL(join(OUT, 'entry.mjs')).href);
  const r = await runBackupBench(n, textBytes);
  const mib = (b) => (b / 2 ** 20).toFixed(1);
  const floorExport = r.floorScryptMs + 2 * r.floorChachaMs; // one scrypt (verify reuses the key), two passes
  const floorImport = r.floorScryptMs + r.floorChachaMs;
  const verdict = (ms) => (ms <= BACKUP_BUDGET_MS ? 'ok' : 'OVER BUDGET');
  const lines = [
    `backup: ${n} entries, ${mib(r.plainBytes)} MiB inside, ${mib(r.fileBytes)} MiB file, scrypt logN ${r.logN}`,
    `  floor  scrypt logN ${r.logN} ${r.floorScryptMs.toFixed(0)} ms, ChaCha20-Poly1305 over the same bytes ${r.floorChachaMs.toFixed(0)} ms`,
    `  export (write + verify)  ${r.exportMs.toFixed(0)} ms (budget ${BACKUP_BUDGET_MS}, floor ${floorExport.toFixed(0)}, x${(r.exportMs / floorExport).toFixed(2)}) peak RSS ${r.exportPeakMiB.toFixed(0)} MiB  ${verdict(r.exportMs)}`,
    `  import (decrypt + check) ${r.importMs.toFixed(0)} ms (budget ${BACKUP_BUDGET_MS}, floor ${floorImport.toFixed(0)}, x${(r.importMs / floorImport).toFixed(2)}) peak RSS ${r.importPeakMiB.toFixed(0)} MiB  ${verdict(r.importMs)}`,
  ];
  return { lines, result: r, ok: r.exportMs <= BACKUP_BUDGET_MS && r.importMs <= BACKUP_BUDGET_MS };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { lines } = await backupBench(Number(process.argv[2] ?? 10_000));
  console.log(lines.join('\n'));
}
