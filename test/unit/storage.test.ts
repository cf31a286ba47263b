import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError } from '../../src/storage/errors';
import { openVaultStore } from '../../src/storage/open-store';
import type { StoredHeader, StoredRecord } from '../../src/storage/schema';

const header = (): StoredHeader => ({
  id: 'vault',
  v: 1,
  vaultId: new Uint8Array(16),
  kdf: { alg: 'argon2id', m: 65536, t: 3, p: 1, salt: new Uint8Array(16) },
  slots: { pw: { n: new Uint8Array(24), c: new Uint8Array(48) }, rk: { n: new Uint8Array(24), c: new Uint8Array(48) } },
});
const record = (id: string, byte = 1): StoredRecord => ({ id, kind: 'entry', v: 1, k: 1, n: new Uint8Array(24).fill(byte), c: new Uint8Array(528).fill(byte) });

describe('the Dexie store', () => {
  it('round-trips the header and records with their bytes intact', async () => {
    const store = await openVaultStore('t', { indexedDB: new IDBFactory(), IDBKeyRange });
    await store.createVault(header(), [record('a')]);
    expect(await store.readHeader()).toEqual(header());
    await store.writeRecords([record('b', 2)], ['a']);
    expect((await store.readAllRecords()).map((r) => r.id)).toEqual(['b']);
    expect((await store.readRecord('b'))!.c).toEqual(new Uint8Array(528).fill(2));
  });

  it('never overwrites an existing vault on create', async () => {
    const store = await openVaultStore('t', { indexedDB: new IDBFactory(), IDBKeyRange });
    await store.createVault(header(), []);
    await expect(store.createVault({ ...header(), v: 9 }, [record('x')])).rejects.toMatchObject({ code: 'already-exists' });
    expect((await store.readHeader())!.v).toBe(1);
    expect(await store.readAllRecords()).toEqual([]); // the record of the failed create was rolled back
  });

  it('writeRecords is all or nothing', async () => {
    const store = await openVaultStore('t', { indexedDB: new IDBFactory(), IDBKeyRange });
    await store.createVault(header(), [record('a')]);
    const bad = { ...record('b'), id: undefined } as unknown as StoredRecord; // no key: the put fails
    await expect(store.writeRecords([record('c'), bad], ['a'])).rejects.toBeInstanceOf(StorageError);
    expect((await store.readAllRecords()).map((r) => r.id)).toEqual(['a']);
  });

  it('closes and tells the app when another tab upgrades the database (versionchange)', async () => {
    const factory = new IDBFactory();
    const store = await openVaultStore('t', { indexedDB: factory, IDBKeyRange });
    let closed = 0;
    store.onClosed(() => closed++);
    const newer = new Dexie('t', { indexedDB: factory, IDBKeyRange });
    newer.version(2).stores({ header: 'id', records: 'id, kind', extra: 'id' });
    await newer.open(); // would hang on 'blocked' if the old connection stayed open
    expect(closed).toBe(1);
    await expect(store.readHeader()).rejects.toMatchObject({ code: 'closed' });
    newer.close();
  });

  it('refuses a database from a newer version with version-too-new and writes nothing', async () => {
    const factory = new IDBFactory();
    const newer = new Dexie('t', { indexedDB: factory, IDBKeyRange });
    newer.version(5).stores({ header: 'id', records: 'id, kind' });
    await newer.open();
    newer.close();
    await expect(openVaultStore('t', { indexedDB: factory, IDBKeyRange })).rejects.toMatchObject({ code: 'version-too-new' });
  });

  it('classifies quota errors however Dexie wraps them', () => {
    const dom = new DOMException('full', 'QuotaExceededError');
    expect(toStorageError(dom).code).toBe('quota-exceeded');
    expect(toStorageError({ name: 'AbortError', inner: dom }).code).toBe('quota-exceeded');
    expect(toStorageError(new Dexie.QuotaExceededError('full')).code).toBe('quota-exceeded');
    expect(toStorageError(new Dexie.MissingAPIError('no idb')).code).toBe('unavailable');
    expect(toStorageError(new Error('?')).code).toBe('failed');
  });
});
