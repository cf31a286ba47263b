import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { deriveKeyInline } from '../../src/crypto/kdf';
import { openVaultStore } from '../../src/storage/open-store';
import { SCHEMA_VERSION, type StoredHeader, type StoredRecord } from '../../src/storage/schema';
import { createVaultGate } from '../../src/vault/gate';
import { entryKey, HEADER_VERSION, headerParams, passwordSlotAad, unwrapKey } from '../../src/vault/key-slots';
import { decodeRecord, RECORD_VERSION } from '../../src/vault/record-codec';
import { normalizePassphrase } from '../../src/vault/passphrase-policy';
import { utf8 } from '../../src/crypto/bytes';
import type { VaultSession } from '../../src/vault/types';
import { FIXTURE_DB_NAME, FIXTURES, readFixture } from '../fixtures/db-fixtures';
import { dumpDatabase, fromJsonValue, loadDatabase, type DbDump } from '../support/idb-dump';

/**
 * Issue #7 item 4: every released storage format still opens. Each committed fixture (a raw
 * IndexedDB dump written by an older Tend, test/fixtures/db-*.json) is loaded into a fresh
 * fake-indexeddb AT ITS OLD VERSION, then opened by the current code (which runs any
 * upgrade), unlocked with its known passphrase, and every record is decrypted and compared
 * with the plaintext stored beside it. The fixtures are only read here, never rewritten.
 */

const byId = <T extends { id: string }>(a: T[]) => [...a].sort((x, y) => (x.id < y.id ? -1 : 1));
const code = (c: string) => expect.objectContaining({ code: c });

async function loaded(dump: DbDump): Promise<IDBFactory> {
  const factory = new IDBFactory();
  await loadDatabase(factory, dump);
  return factory;
}

async function gateOver(factory: IDBFactory) {
  const store = await openVaultStore(FIXTURE_DB_NAME, { indexedDB: factory, IDBKeyRange });
  return { store, gate: createVaultGate({ store, deriveKey: deriveKeyInline }) };
}

async function fullyLoaded(session: VaultSession): Promise<void> {
  for (let i = 0; i < 400 && !session.isFullyLoaded(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(session.isFullyLoaded()).toBe(true);
}

describe.each(FIXTURES)('fixture %s', (name) => {
  const { dump, expected } = readFixture(name);

  it('is a dump of an older (or the current) format, at its own Dexie version', () => {
    expect(dump.name).toBe(FIXTURE_DB_NAME);
    expect(dump.version).toBe(expected.formats.dexieSchema * 10);
    expect(expected.formats.dexieSchema).toBeLessThanOrEqual(SCHEMA_VERSION);
    expect(expected.formats.header).toBeLessThanOrEqual(HEADER_VERSION);
    expect(dump.stores.records!.rows.length).toBeGreaterThan(expected.entries.length);
  });

  it('opens with the current code (upgrading it), unlocks, and gives back every entry and document exactly', async () => {
    const factory = await loaded(dump);
    const { gate, store } = await gateOver(factory);
    expect(await gate.status()).toBe('locked');
    const session = await gate.unlockWithPassphrase(expected.passphrase);
    await fullyLoaded(session);
    expect(session.damagedCount()).toBe(0);
    const all = await session.exportAll();
    expect(byId(all.entries)).toEqual(expected.entries);
    expect(byId(all.docs)).toEqual(expected.docs);
    const listed = session.listEntries().map((s) => s.id);
    expect([...listed].sort()).toEqual(expected.entries.map((e) => e.id));
    for (const id of expected.deletedIds) expect(listed).not.toContain(id);
    session.lock();
    store.close();
    expect((await dumpDatabase(factory, FIXTURE_DB_NAME))!.version).toBe(SCHEMA_VERSION * 10);
  });

  it('decrypts every stored record with the key from its own header (none left over, none damaged)', async () => {
    const header = fromJsonValue(dump.stores.header!.rows[0]) as StoredHeader;
    const records = dump.stores.records!.rows.map((r) => fromJsonValue(r) as StoredRecord);
    const params = headerParams(header);
    const kek = await deriveKeyInline(utf8(normalizePassphrase(expected.passphrase)), header.kdf.salt, params);
    const mk = unwrapKey(kek, header.slots.pw, passwordSlotAad(header.vaultId, params));
    expect(mk).not.toBeNull();
    const ek = entryKey(mk!);
    const kinds: Record<string, number> = {};
    for (const record of records) {
      expect(record.v).toBeLessThanOrEqual(RECORD_VERSION);
      expect(() => decodeRecord(ek, record)).not.toThrow();
      kinds[record.kind] = (kinds[record.kind] ?? 0) + 1;
    }
    expect(kinds).toEqual({ entry: expected.entries.length, doc: expected.docs.length, summary: 1 });
  });

  it('opens with its recovery key too', async () => {
    const { gate } = await gateOver(await loaded(dump));
    const session = await gate.unlockWithRecoveryKey(expected.recoveryKey);
    await fullyLoaded(session);
    expect(byId((await session.exportAll()).entries)).toEqual(expected.entries);
  });
});

describe('a database from a NEWER Tend is refused, and nothing is written', () => {
  const { dump, expected } = readFixture(FIXTURES[FIXTURES.length - 1]!);

  it('a newer Dexie schema version: refused at open, byte for byte unchanged', async () => {
    const newer: DbDump = { ...dump, version: (SCHEMA_VERSION + 1) * 10 };
    const factory = await loaded(newer);
    const before = await dumpDatabase(factory, FIXTURE_DB_NAME);
    await expect(openVaultStore(FIXTURE_DB_NAME, { indexedDB: factory, IDBKeyRange })).rejects.toMatchObject({ code: 'version-too-new' });
    expect(await dumpDatabase(factory, FIXTURE_DB_NAME)).toEqual(before);
  });

  it('a newer vault header format: refused before any passphrase is asked for, and on unlock; unchanged', async () => {
    const [row] = dump.stores.header!.rows as Record<string, unknown>[];
    const newer: DbDump = { ...dump, stores: { ...dump.stores, header: { ...dump.stores.header!, rows: [{ ...row, v: HEADER_VERSION + 1 }] } } };
    const factory = await loaded(newer);
    const before = await dumpDatabase(factory, FIXTURE_DB_NAME);
    const { gate } = await gateOver(factory);
    await expect(gate.status()).rejects.toThrowError(code('unsupported-version'));
    await expect(gate.unlockWithPassphrase(expected.passphrase)).rejects.toThrowError(code('unsupported-version'));
    await expect(gate.unlockWithRecoveryKey(expected.recoveryKey)).rejects.toThrowError(code('unsupported-version'));
    await expect(gate.create('another long passphrase here')).rejects.toThrowError(code('vault-exists'));
    expect(await dumpDatabase(factory, FIXTURE_DB_NAME)).toEqual(before);
  });
});

describe('the migration policy', () => {
  it('the current formats have a fixture: bumping a version without adding one fails here', () => {
    const formats = FIXTURES.map((n) => readFixture(n).expected.formats);
    expect(formats).toContainEqual({ dexieSchema: SCHEMA_VERSION, header: HEADER_VERSION, record: RECORD_VERSION });
  });
});
