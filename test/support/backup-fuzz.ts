import { readBackup, writeBackup } from '../../src/backup/backup-file';
import { BackupError, type BackupErrorCode } from '../../src/backup/errors';
import type { ImportBatch } from '../../src/vault/types';
import { BACKUP_PASS, fuzzScrypt, sampleBatch, writeOpts } from './backup-fixture';

/**
 * Mutation fuzzing of valid backups (issue #5 item 7): bit flips, truncations, insertions,
 * deletions, splices (within a file and across two backups under the same passphrase) and
 * duplicated ranges. Deterministic from a seed, so a failure can be replayed.
 */

/** xorshift32: small and deterministic. */
export function rng(seed: number) {
  let x = seed >>> 0 || 1;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

type Rng = ReturnType<typeof rng>;
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
};
const randomBytes = (r: Rng, n: number) => Uint8Array.from({ length: n }, () => r.int(256));

/** One mutation of `file`; `other` is another valid backup to splice from. */
export function mutate(r: Rng, file: Uint8Array, other: Uint8Array): { kind: string; bytes: Uint8Array } {
  const at = r.int(file.length);
  const len = 1 + r.int(r.next() < 0.8 ? 16 : 70_000);
  switch (r.int(6)) {
    case 0: {
      const out = file.slice();
      for (let i = 0, n = 1 + r.int(3); i < n; i++) out[r.int(out.length)]! ^= 1 << r.int(8);
      return { kind: 'bit flip', bytes: out };
    }
    case 1:
      return { kind: 'truncation', bytes: file.subarray(0, at) };
    case 2:
      return { kind: 'insertion', bytes: concat(file.subarray(0, at), randomBytes(r, Math.min(len, 300)), file.subarray(at)) };
    case 3:
      return { kind: 'deletion', bytes: concat(file.subarray(0, at), file.subarray(Math.min(file.length, at + len))) };
    case 4: {
      const from = r.int(other.length);
      return { kind: 'splice', bytes: concat(file.subarray(0, at), other.subarray(from, from + len), file.subarray(Math.min(file.length, at + len))) };
    }
    default: {
      const from = r.int(file.length);
      return { kind: 'duplication', bytes: concat(file.subarray(0, at), file.subarray(from, from + len), file.subarray(at)) };
    }
  }
}

/** Valid fixtures: a one-chunk backup, a three-chunk one, and another to splice from. */
export async function fuzzFixtures(): Promise<{ batch: ImportBatch; files: Uint8Array[]; big: ImportBatch; other: Uint8Array }> {
  const batch = sampleBatch(5);
  const big: ImportBatch = { entries: Array.from({ length: 36 }, (_, i) => ({ id: `big-${i}`, title: `T${i}`, body: `${i}`.repeat(4000), created: i, updated: i })), docs: [] };
  const write = (b: ImportBatch) => writeBackup(b, BACKUP_PASS, 'tend fuzz', new Date(0), writeOpts).then((w) => w.file);
  return { batch, big, files: [await write(batch), await write(big)], other: await write(sampleBatch(7)) };
}

/** Outcome counts of a fuzz run; `failures` are cases that neither restored exactly nor failed typed. */
export interface FuzzReport {
  cases: number;
  restored: number;
  codes: Partial<Record<BackupErrorCode, number>>;
  kinds: Record<string, number>;
  failures: string[];
}

/** Run `cases` mutations; `onRefused` runs after each refusal (the test checks the database there). */
export async function runFuzz(cases: number, seed: number, onRefused?: (i: number) => Promise<void>): Promise<FuzzReport> {
  const { batch, big, files, other } = await fuzzFixtures();
  const r = rng(seed);
  const report: FuzzReport = { cases, restored: 0, codes: {}, kinds: {}, failures: [] };
  for (let i = 0; i < cases; i++) {
    const which = r.next() < 0.97 ? 0 : 1; // the three-chunk file costs ~15x more per case
    const { kind, bytes } = mutate(r, files[which]!, other);
    report.kinds[kind] = (report.kinds[kind] ?? 0) + 1;
    const original = which === 0 ? batch : big;
    try {
      const back = await readBackup(bytes, BACKUP_PASS, { scryptFn: fuzzScrypt });
      const same = JSON.stringify([back.entries, back.docs]) === JSON.stringify([original.entries, original.docs]);
      if (same) report.restored++;
      else report.failures.push(`case ${i} (${kind}): restored something else`);
    } catch (err) {
      if (err instanceof BackupError) report.codes[err.code] = (report.codes[err.code] ?? 0) + 1;
      else report.failures.push(`case ${i} (${kind}): untyped ${String(err)}`);
      await onRefused?.(i);
    }
  }
  return report;
}
