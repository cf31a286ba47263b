import { StorageError } from '../storage/errors';
import { VaultError } from './errors';
import type { VaultErrorCode } from './types';

const CODES: Record<StorageError['code'], VaultErrorCode> = {
  unavailable: 'storage-unavailable',
  'quota-exceeded': 'quota-exceeded',
  closed: 'storage-closed',
  'version-too-new': 'unsupported-version',
  'already-exists': 'vault-exists',
  failed: 'storage-failed',
};

/** Storage failures in the vault's words, so the UI handles one error type. */
export function fromStorageError(err: unknown): unknown {
  if (err instanceof StorageError) return new VaultError(CODES[err.code], err.message, { cause: err });
  return err;
}

/** Run a storage call and translate its failure. */
export async function storageCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw fromStorageError(err);
  }
}
