import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { toOpenError } from '../../src/storage/errors';
import { openVaultStore } from '../../src/storage/open-store';
import type { StoredHeader, StoredRecord } from '../../src/storage/schema';
import type { VaultStore } from '../../src/storage/vault-store';
import { storageCall } from '../../src/vault/storage-errors';
import { freshGate, freshStore, PASSPHRASE } from '../support/vault-fixture';

/**
 * Issue #7 item 3, below the UI: what the storage and vault layers do when the browser's
 * storage misbehaves. The browser side is test/browser/storage-faults.test.ts.
 */

const header = (): StoredHeader => ({
  id: 'vault',
  v: 1,
  vaultId: new Uint8Array(16),
  kdf: { alg: 'argon2id', m: 65536, t: 3, p: 1, salt: new Uint8Array(16) },
  slots: { pw: { n: new Uint8Array(24), c: new Uint8Array(48) }, rk: { n: new Uint8Array(24), c: new Uint8Array(48) } },
});
const record = (id: string): StoredRecord => ({ id, kind: 'entry', v: 1, k: 1, n: new Uint8Array(24), c: new Uint8Array(528) });
const code = (c: string) => expect.objectContaining({ code: c });

/** A raw connection at native version 1 that ignores versionchange: an old tab that never lets go. */
function holdOldConnection(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, 1);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

describe('opening storage that cannot be used', () => {
  it.each([
    ['SecurityError', 'storage disabled'],
    ['InvalidStateError', 'some private modes'],
    ['UnknownError', 'a broken profile'],
  ])('open() throwing %s (%s) is unavailable, with the words for it', async (name) => {
    const broken = { open: () => { throw new DOMException('refused', name); } } as unknown as IDBFactory;
    await expect(openVaultStore('x', { indexedDB: broken, IDBKeyRange })).rejects.toMatchObject({ code: 'unavailable' });
    await expect(storageCall(() => openVaultStore('x', { indexedDB: broken, IDBKeyRange }))).rejects.toThrowError(code('storage-unavailable'));
  });

  it('no IndexedDB at all is unavailable', async () => {
    const saved = globalThis.indexedDB;
    // Node has no indexedDB global; make sure of it for this case.
    Reflect.deleteProperty(globalThis, 'indexedDB');
    try {
      await expect(openVaultStore('x')).rejects.toMatchObject({ code: 'unavailable' });
    } finally {
      if (saved) globalThis.indexedDB = saved;
    }
  });

  it('toOpenError keeps version and quota failures as they are', () => {
    expect(toOpenError(new DOMException('newer', 'VersionError')).code).toBe('version-too-new');
    expect(toOpenError(new DOMException('full', 'QuotaExceededError')).code).toBe('quota-exceeded');
    expect(toOpenError(new Error('?')).code).toBe('failed');
  });
});

describe('another tab upgrading (versionchange)', () => {
  it('saves first, while the connection still works, then closes and tells the app', async () => {
    const factory = new IDBFactory();
    const store = await openVaultStore('t', { indexedDB: factory, IDBKeyRange });
    await store.createVault(header(), []);
    const events: string[] = [];
    store.beforeClose(async () => {
      events.push('saving');
      await store.writeRecords([record('draft')]); // must still work here
      events.push('saved');
    });
    store.onClosed(() => events.push('closed'));
    const newer = new Dexie('t', { indexedDB: factory, IDBKeyRange });
    newer.version(2).stores({ header: 'id', records: 'id, kind' });
    await newer.open(); // waits (blocked) until the save is done and the old connection closed
    expect(events).toEqual(['saving', 'saved', 'closed']);
    expect((await newer.table('records').toArray()).map((r: StoredRecord) => r.id)).toEqual(['draft']);
    await expect(store.writeRecords([record('late')])).rejects.toMatchObject({ code: 'closed' });
    newer.close();
  });

  it('a save that fails does not keep the other tab waiting: it still closes', async () => {
    const factory = new IDBFactory();
    const store = await openVaultStore('t', { indexedDB: factory, IDBKeyRange });
    let closed = 0;
    store.beforeClose(() => Promise.reject(new Error('could not save')));
    store.onClosed(() => closed++);
    const newer = new Dexie('t', { indexedDB: factory, IDBKeyRange });
    newer.version(2).stores({ header: 'id', records: 'id, kind' });
    await newer.open();
    expect(closed).toBe(1);
    newer.close();
  });
});

describe("this tab's upgrade blocked by an old tab (blocked)", () => {
  it('reports blocked while waiting, then opens by itself once the old tab lets go', async () => {
    const factory = new IDBFactory();
    const old = await holdOldConnection(factory, 't');
    old.onversionchange = null; // an old tab that does not answer
    let blocked = 0;
    let opened = false;
    const opening = openVaultStore('t', { indexedDB: factory, IDBKeyRange, onBlocked: () => blocked++ }).then((s) => {
      opened = true;
      return s;
    });
    for (let i = 0; i < 100 && blocked === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(blocked).toBeGreaterThan(0);
    expect(opened).toBe(false);
    old.close();
    const store = await opening;
    await store.createVault(header(), [record('a')]);
    expect((await store.readAllRecords()).map((r) => r.id)).toEqual(['a']);
    store.close();
  });
});

describe('the background load failing after the first page', () => {
  it('is reported (not "loading" forever), fails a backup instead of hanging, and a retry loads everything', async () => {
    const { store } = await freshStore();
    let failReads = false;
    const flaky: VaultStore = Object.create(store, {
      readAllRecords: { value: () => (failReads ? Promise.reject(new Dexie.UnknownError('read failed')) : store.readAllRecords()) },
    });
    const { gate } = await freshGate(flaky);
    const { session } = await gate.create(PASSPHRASE);
    for (let i = 0; i < 60; i++) await session.saveEntry({ title: `e${i}`, body: `body ${i}`, created: i * 1000 });
    session.lock();

    failReads = true;
    const opened = await gate.unlockWithPassphrase(PASSPHRASE);
    expect(opened.listEntries()).toHaveLength(50); // the first page, from the summary record
    for (let i = 0; i < 200 && opened.loadFailure() === null; i++) await new Promise((r) => setTimeout(r, 5));
    expect(opened.loadFailure()).toBe('storage-failed');
    expect(opened.isFullyLoaded()).toBe(false);
    await expect(opened.exportAll()).rejects.toThrowError(code('storage-failed'));

    failReads = false;
    let notified = 0;
    opened.subscribe(() => notified++);
    await opened.retryLoad();
    expect(opened.loadFailure()).toBeNull();
    expect(opened.isFullyLoaded()).toBe(true);
    expect(notified).toBeGreaterThan(0);
    expect(opened.listEntries()).toHaveLength(60);
    expect((await opened.exportAll()).entries).toHaveLength(60);
  });

  it('a retry that fails again reports it again', async () => {
    const { store } = await freshStore();
    let failReads = false;
    const flaky: VaultStore = Object.create(store, {
      readAllRecords: { value: () => (failReads ? Promise.reject(new Dexie.UnknownError('read failed')) : store.readAllRecords()) },
    });
    const { gate } = await freshGate(flaky);
    const { session } = await gate.create(PASSPHRASE);
    await session.saveEntry({ title: 'one', body: '' });
    session.lock();
    failReads = true;
    const opened = await gate.unlockWithPassphrase(PASSPHRASE);
    for (let i = 0; i < 200 && opened.loadFailure() === null; i++) await new Promise((r) => setTimeout(r, 5));
    await opened.retryLoad();
    expect(opened.loadFailure()).toBe('storage-failed');
    expect(opened.isFullyLoaded()).toBe(false);
  });

  it('locking while a backup waits for the full load ends the wait with locked (it never hangs)', async () => {
    const { store } = await freshStore();
    let stall = false;
    const slow: VaultStore = Object.create(store, {
      readAllRecords: { value: () => (stall ? new Promise<never>(() => {}) : store.readAllRecords()) },
    });
    const { gate } = await freshGate(slow);
    const { session } = await gate.create(PASSPHRASE);
    await session.saveEntry({ title: 'one', body: '' });
    session.lock();
    stall = true;
    const opened = await gate.unlockWithPassphrase(PASSPHRASE);
    const backup = opened.exportAll();
    opened.lock();
    await expect(backup).rejects.toThrowError(code('locked'));
  });
});
