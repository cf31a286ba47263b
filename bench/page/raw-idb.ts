/** The plain IndexedDB API (no Dexie) and the vault's key slots, for the floors. */
import { normalizeRecoveryKey } from '../../src/crypto/recovery-key';
import type { StoredHeader } from '../../src/storage/schema';
import { entryKey, recoveryKek, recoverySlotAad, unwrapKey } from '../../src/vault/key-slots';

/** An IDBRequest as a promise. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Open an existing database with the plain API; never creates or upgrades one. */
export function rawOpen(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onupgradeneeded = () => {
      req.transaction?.abort();
      reject(new Error(`database ${name} does not exist (seed it first)`));
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Resolves when a transaction completes; rejects on error or abort. */
export function txDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** EK from the recovery key, with the vault's own key-slot functions (untimed setup). */
export function recoveryEk(header: StoredHeader, recoveryKey: string): Uint8Array {
  const key = normalizeRecoveryKey(recoveryKey);
  if (!key) throw new Error('bad recovery key');
  const mk = unwrapKey(recoveryKek(key, header.vaultId), header.slots.rk, recoverySlotAad(header.vaultId));
  if (!mk) throw new Error('recovery key does not open the vault');
  return entryKey(mk);
}
