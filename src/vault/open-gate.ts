import { deriveKeyInWorker } from '../crypto/kdf';
import { openVaultStore } from '../storage/open-store';
import { createVaultGate } from './gate';
import { storageCall } from './storage-errors';
import type { VaultGate } from './types';

/** Who to tell while opening waits. */
export interface OpenGateOptions {
  /** Opening waits for another tab that holds an older connection (see openVaultStore). */
  onBlocked?: () => void;
}

/**
 * The production vault: Dexie database "tend" and Argon2id in a Web Worker. This is
 * the entry point of the lazy vault chunk that app/ starts loading at module scope.
 */
export async function openVaultGate(options: OpenGateOptions = {}): Promise<VaultGate> {
  const store = await storageCall(() => openVaultStore(undefined, { onBlocked: options.onBlocked }));
  return createVaultGate({ store, deriveKey: deriveKeyInWorker });
}
