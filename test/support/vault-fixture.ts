import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { deriveKeyInline, type DeriveKey } from '../../src/crypto/kdf';
import { ARGON2ID_FLOOR } from '../../src/crypto/kdf-params';
import { openVaultStore } from '../../src/storage/open-store';
import type { VaultStore } from '../../src/storage/vault-store';
import { createVaultGate } from '../../src/vault/gate';

export const PASSPHRASE = 'quiet harbour lantern moss';

/** A fresh fake-indexeddb per call, so tests never share a database. */
export async function freshStore(name = 'tend'): Promise<{ store: VaultStore; factory: IDBFactory }> {
  const factory = new IDBFactory();
  return { store: await openVaultStore(name, { indexedDB: factory, IDBKeyRange }), factory };
}

/** Counts derivations, so tests can prove the KDF was (not) run. */
export function countingKdf(inner: DeriveKey = deriveKeyInline): DeriveKey & { calls: number } {
  const kdf = (async (password: Uint8Array, salt: Uint8Array, params: Parameters<DeriveKey>[2]) => {
    kdf.calls++;
    return inner(password, salt, params);
  }) as DeriveKey & { calls: number };
  kdf.calls = 0;
  return kdf;
}

/** A gate over a fresh store, with the KDF at its floor so tests stay fast. */
export async function freshGate(store?: VaultStore) {
  const s = store ?? (await freshStore()).store;
  const deriveKey = countingKdf();
  return { gate: createVaultGate({ store: s, deriveKey, kdfParams: ARGON2ID_FLOOR }), store: s, deriveKey };
}
