import { randomUUID } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ARGON2ID_FLOOR } from '../../src/crypto/kdf-params';
import { broadcastChangeFeed } from '../../src/storage/change-feed';
import type { Exclusive } from '../../src/storage/exclusive';
import { openVaultStore } from '../../src/storage/open-store';
import type { VaultStore } from '../../src/storage/vault-store';
import { createVaultGate } from '../../src/vault/gate';
import type { VaultGate, VaultSession } from '../../src/vault/types';
import { countingKdf, PASSPHRASE } from './vault-fixture';

/** One "tab": its own connection to the shared database, its own gate and session. */
export interface Tab {
  store: VaultStore;
  gate: VaultGate;
  session: VaultSession;
}

export interface TwoTabsOptions {
  /** Connect the tabs with the real BroadcastChannel feed (Node has BroadcastChannel). */
  broadcast?: boolean;
  /** Wrap tab B's store, e.g. to act between its read and its write. */
  wrapB?: (store: VaultStore) => VaultStore;
  /** A fixed clock for both tabs. */
  now?: () => number;
  exclusive?: Exclusive;
}

/**
 * Two tabs over ONE fake-indexeddb database (same factory, same name, two connections):
 * tab A creates the vault, tab B unlocks it and finishes loading.
 */
export async function twoTabs(options: TwoTabsOptions = {}): Promise<{ a: Tab; b: Tab; dbName: string }> {
  const factory = new IDBFactory();
  const dbName = `tabs-${randomUUID()}`;
  const open = () =>
    openVaultStore(dbName, { indexedDB: factory, IDBKeyRange, ...(options.broadcast ? { changes: broadcastChangeFeed(dbName) } : {}) });
  const deriveKey = countingKdf();
  const deps = { deriveKey, kdfParams: ARGON2ID_FLOOR, now: options.now, exclusive: options.exclusive };
  const storeA = await open();
  const storeB = (options.wrapB ?? ((s) => s))(await open());
  const gateA = createVaultGate({ ...deps, store: storeA });
  const gateB = createVaultGate({ ...deps, store: storeB });
  const { session: sessionA } = await gateA.create(PASSPHRASE);
  const sessionB = await gateB.unlockWithPassphrase(PASSPHRASE);
  await until(() => sessionB.isFullyLoaded());
  return { a: { store: storeA, gate: gateA, session: sessionA }, b: { store: storeB, gate: gateB, session: sessionB }, dbName };
}

/** Polls until `check` holds (for work another tab's message sets off), or fails after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A fresh unlock in a new "tab" over the same store, fully loaded: what is really stored. */
export async function reopen(gate: VaultGate, passphrase = PASSPHRASE): Promise<VaultSession> {
  const session = await gate.unlockWithPassphrase(passphrase);
  await until(() => session.isFullyLoaded());
  return session;
}
