import { randomBytes } from 'node:crypto';
import { scryptWasm, type ScryptFn } from '../../src/backup/age-file';
import { BackupError } from '../../src/backup/errors';
import type { Doc, Entry, ImportBatch } from '../../src/vault/types';

/** Fixtures are written with this small work factor so each fuzz case is fast (test-only option). */
export const TEST_LOG_N = 4;
export const BACKUP_PASS = 'juniper ledger overcast 47';

const memo = new Map<string, Uint8Array>();

/**
 * scrypt for fuzzing: runs for real at TEST_LOG_N, memoised per (password, salt) because it is
 * a pure function and most mutations leave the salt alone; any other work factor (a mutated
 * stanza) would derive an unrelated key, so it returns random bytes at once instead of spending
 * up to 1 GiB and seconds on logN 20: the outcome (the wrapped key does not open) is the same.
 */
export const fuzzScrypt: ScryptFn = async (password, salt, logN) => {
  if (logN !== TEST_LOG_N) return new Uint8Array(randomBytes(32));
  const key = Buffer.from(password).toString('hex') + ':' + Buffer.from(salt).toString('hex');
  let out = memo.get(key);
  if (!out) memo.set(key, (out = await scryptWasm(password, salt, logN)));
  return out.slice(); // callers zero-fill their copy
};

export const writeOpts = { unsafeTestLogN: TEST_LOG_N };

/** A small, varied batch: template sections, check-ins, unicode, a conflict copy, documents. */
export function sampleBatch(n = 5): ImportBatch {
  const entries: Entry[] = Array.from({ length: n }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    title: i === 0 ? 'Ünïcödé 🌿 title' : `Entry ${i}`,
    body: `Body ${i}\nsecond line "quoted" \\ back\u2028slash`,
    created: 1_700_000_000_000 + i,
    updated: 1_700_000_100_000 + i,
    ...(i === 1 ? { source: { kind: 'template' as const, id: 'ethics', label: 'Ethics walk-through', theme: 'ethics' } } : {}),
    ...(i === 1 ? { sections: [{ id: 's1', label: 'What happened', text: 'x', checked: ['a'] }] } : {}),
    ...(i === 2 ? { checkin: { mood: 3, energy: null, stress: 5 }, followUpAt: 1_800_000_000_000 } : {}),
    ...(i === 3 ? { conflictOf: '00000000-0000-4000-8000-000000000000' } : {}),
  }));
  const docs: Doc[] = [{ id: 'doc-1', type: 'prompt-prefs', data: { favourites: ['cf-01'], nested: [1, { a: null }] }, updated: 7 }];
  return { entries, docs };
}

/** The code of a BackupError, or the thrown value itself (so a failing test shows it). */
export async function codeOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
    return 'resolved';
  } catch (err) {
    return err instanceof BackupError ? err.code : err;
  }
}
