import { deriveKeyInWorker } from '../crypto/kdf';
import { broadcastChangeFeed } from '../storage/change-feed';
import { DEFAULT_DB_NAME, openVaultStore } from '../storage/open-store';
import { createVaultGate } from './gate';
import { storageCall } from './storage-errors';
import type { VaultGate } from './types';

/** Who to tell while opening waits. */
export interface OpenGateOptions {
  /** Opening waits for another tab that holds an older connection (see openVaultStore). */
  onBlocked?: () => void;
}

/**
 * The production vault: Dexie database "tend", Argon2id in a Web Worker, and the other
 * tabs told which records changed (ids and kinds only) so their lists stay fresh. This is
 * the entry point of the lazy vault chunk that app/ starts loading at module scope.
 */
export async function openVaultGate(options: OpenGateOptions = {}): Promise<VaultGate> {
  const changes = broadcastChangeFeed(DEFAULT_DB_NAME);
  const store = await storageCall(() => openVaultStore(DEFAULT_DB_NAME, { onBlocked: options.onBlocked, changes })).catch((err: unknown) => {
    changes.close();
    throw err;
  });
  return createVaultGate({ store, deriveKey: deriveKeyInWorker });
}
