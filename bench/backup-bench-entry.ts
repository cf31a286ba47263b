import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { scryptWasm } from '../src/backup/age-file';
import { readBackup, writeVerifiedBackup } from '../src/backup/backup-file';
import { encodeBackup } from '../src/backup/inner-format';
import { WRITE_LOG_N } from '../src/backup/limits';
import type { Entry, ImportBatch } from '../src/vault/types';

/** Bench body (bundled by backup-bench.mjs for Node): export and import of N entries. */

const PASS = 'bench passphrase of four words';

function batchOf(n: number, textBytes: number): ImportBatch {
  const word = 'reflection session supervision boundary notice breath ';
  const entries: Entry[] = Array.from({ length: n }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    title: `Entry ${i}`,
    body: word.repeat(Math.ceil(textBytes / word.length)).slice(0, textBytes),
    created: 1_700_000_000_000 + i * 60_000,
    updated: 1_700_000_000_000 + i * 60_000,
  }));
  return { entries, docs: [] };
}

/** Peak RSS sampled every 5 ms while `fn` runs. */
async function measured<T>(fn: () => Promise<T>): Promise<{ ms: number; peakMiB: number; value: T }> {
  globalThis.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t = performance.now();
  const value = await fn();
  const ms = performance.now() - t;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, peakMiB: peak / 2 ** 20, value };
}

/** Export (write + verify) and import (read + check) timings beside their floors. */
export async function runBackupBench(n: number, textBytes: number) {
  const batch = batchOf(n, textBytes);
  const plainBytes = encodeBackup(batch, 'bench', new Date()).length;
  const floorScrypt = await measured(() => scryptWasm(new TextEncoder().encode(PASS), new Uint8Array(44), WRITE_LOG_N));
  const floorChacha = await measured(async () => chacha20poly1305(new Uint8Array(32), new Uint8Array(12)).encrypt(new Uint8Array(plainBytes)));
  const exp = await measured(() => writeVerifiedBackup(batch, PASS, 'bench', new Date()));
  const imp = await measured(() => readBackup(exp.value.file, PASS));
  if (imp.value.entries.length !== n) throw new Error('import lost entries');
  return { n, plainBytes, fileBytes: exp.value.file.length, logN: exp.value.logN, floorScryptMs: floorScrypt.ms, floorChachaMs: floorChacha.ms, exportMs: exp.ms, exportPeakMiB: exp.peakMiB, importMs: imp.ms, importPeakMiB: imp.peakMiB };
}
