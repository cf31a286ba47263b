import type { ImportBatch } from '../vault/types';
import { openAge, scryptWasm, sealAge, type ScryptFn, type SealOptions } from './age-file';
import { BackupError } from './errors';
import { decodeBackup, encodeBackup, type BackupContents } from './inner-format';

/**
 * A Tend backup = the JSON Lines of inner-format.ts inside the age file of age-file.ts.
 * These two functions are the whole format; the worker and the app only call them.
 */

/** Where a long backup job is, for a progress bar. */
export type BackupProgress =
  | { phase: 'encoding' }
  | { phase: 'deriving' }
  | { phase: 'encrypting' }
  | { phase: 'decrypting'; done: number; total: number }
  | { phase: 'checking'; done: number; total: number };

/** What a written (and verified) backup is. */
export interface WrittenBackup {
  file: Uint8Array;
  logN: number;
  entries: number;
  docs: number;
}

/** Options shared by reading and writing. */
export interface BackupOptions extends SealOptions {
  onProgress?: (p: BackupProgress) => void;
}

/** Encrypt a batch to a backup file (not yet verified: see `writeVerifiedBackup`). */
export async function writeBackup(batch: ImportBatch, passphrase: string, app: string, created: Date, opts: BackupOptions = {}): Promise<WrittenBackup> {
  opts.onProgress?.({ phase: 'encoding' });
  const plain = encodeBackup(batch, app, created);
  opts.onProgress?.({ phase: 'deriving' });
  const { file, logN } = await sealAge(plain, passphrase, opts);
  plain.fill(0);
  return { file, logN, entries: batch.entries.length, docs: batch.docs.length };
}

/** Decrypt and check a backup file completely; throws a BackupError on any doubt. */
export async function readBackup(file: Uint8Array, passphrase: string, opts: { scryptFn?: ScryptFn; onProgress?: (p: BackupProgress) => void } = {}): Promise<BackupContents> {
  const plain = await openAge(file, passphrase, { scryptFn: opts.scryptFn, onProgress: opts.onProgress });
  try {
    return decodeBackup(plain, (done, total) => opts.onProgress?.({ phase: 'checking', done, total }));
  } finally {
    plain.fill(0);
  }
}

/**
 * Write, then read the produced bytes back with the full reader before anyone says "Backup
 * saved": a backup that cannot be restored is worse than none, because it is trusted.
 */
export async function writeVerifiedBackup(batch: ImportBatch, passphrase: string, app: string, created: Date, opts: BackupOptions = {}): Promise<WrittenBackup> {
  // scrypt is deterministic: the read-back reuses the key derived for this passphrase and salt
  // (saving a second of work) and still checks the stanza, the header MAC, every chunk and record.
  const scryptFn = rememberingScrypt(opts.scryptFn ?? scryptWasm);
  const written = await writeBackup(batch, passphrase, app, created, { ...opts, scryptFn });
  const back = await readBackup(written.file, passphrase, { ...opts, scryptFn });
  scryptFn.forget();
  const same = back.entries.length === batch.entries.length && back.docs.length === batch.docs.length &&
    back.entries.every((e, i) => e.id === batch.entries[i]!.id) && back.docs.every((d, i) => d.id === batch.docs[i]!.id);
  if (!same) throw new BackupError('write-failed', 'the verification read different records');
  return written;
}

/** A ScryptFn that remembers its last result (a copy), for one write-then-verify. */
function rememberingScrypt(inner: ScryptFn): ScryptFn & { forget(): void } {
  let last: { password: Uint8Array; salt: Uint8Array; logN: number; key: Uint8Array } | null = null;
  const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
  const fn = async (password: Uint8Array, salt: Uint8Array, logN: number) => {
    if (last && last.logN === logN && same(last.password, password) && same(last.salt, salt)) return last.key.slice();
    const key = await inner(password, salt, logN);
    last = { password: password.slice(), salt: salt.slice(), logN, key: key.slice() };
    return key;
  };
  return Object.assign(fn, {
    forget: () => {
      last?.key.fill(0);
      last?.password.fill(0);
      last = null;
    },
  });
}
