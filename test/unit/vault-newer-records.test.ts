import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/storage/schema';
import type { VaultStore } from '../../src/storage/vault-store';
import { RECORD_VERSION } from '../../src/vault/record-codec';
import type { VaultSession } from '../../src/vault/types';
import { freshGate, PASSPHRASE } from '../support/vault-fixture';

/**
 * Records written by a NEWER Tend (a record format above ours) are not damaged: they are
 * counted apart, kept byte for byte, and never written over or deleted by this version.
 */

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

/** Rewrite a stored record as a newer Tend would have left it: format v+1 (unreadable here). */
async function makeNewer(store: VaultStore, id: string): Promise<StoredRecord> {
  const record = (await store.readRecord(id))!;
  const newer = { ...record, v: RECORD_VERSION + 1 };
  await store.writeRecords([newer]);
  return newer;
}

async function setUp() {
  const { gate, store } = await freshGate();
  const { session } = await gate.create(PASSPHRASE);
  const kept = await session.saveEntry({ title: 'Readable', body: 'this version wrote it' });
  const future = await session.saveEntry({ title: 'Future', body: 'a newer Tend rewrote it' });
  const damaged = await session.saveEntry({ title: 'Damaged', body: 'a flipped byte' });
  const doc = await session.putDoc('prompt-prefs', { seed: 1, favourites: [], custom: [] });
  session.lock();
  const newerEntry = await makeNewer(store, future.id);
  const newerDoc = await makeNewer(store, doc.id);
  const broken = (await store.readRecord(damaged.id))!;
  broken.c[10]! ^= 0xff;
  await store.writeRecords([broken]);
  const opened = await gate.unlockWithPassphrase(PASSPHRASE);
  await until(() => opened.isFullyLoaded());
  return { gate, store, session: opened, kept, future, damaged, newerEntry, newerDoc };
}

describe('records from a newer Tend', () => {
  it('are counted apart from damaged ones, and hidden rather than shown as garbage', async () => {
    const { session, kept, future, damaged } = await setUp();
    expect(session.newerVersionCount()).toBe(2); // the entry and the document
    expect(session.damagedCount()).toBe(1); // only the flipped byte
    expect(session.listEntries().map((s) => s.id)).toEqual([kept.id]);
    await expect(session.getEntry(future.id)).rejects.toMatchObject({ code: 'unsupported-version' });
    await expect(session.getEntry(damaged.id)).rejects.toMatchObject({ code: 'corrupt-record' });
    expect(session.docs('prompt-prefs')).toEqual([]);
  });

  it('are kept byte for byte through saves, deletes, summary repairs and a new unlock', async () => {
    const { gate, store, session, kept, newerEntry, newerDoc } = await setUp();
    await session.saveEntry({ id: kept.id, title: 'Readable', body: 'edited' });
    const extra = await session.saveEntry({ title: 'Another', body: 'new' });
    await session.deleteEntry(extra.id);
    await session.putDoc('prompt-prefs', { seed: 2, favourites: ['x'], custom: [] });
    session.lock();
    const again: VaultSession = await gate.unlockWithPassphrase(PASSPHRASE);
    await until(() => again.isFullyLoaded());
    expect(again.newerVersionCount()).toBe(2);
    expect(await store.readRecord(newerEntry.id)).toEqual(newerEntry);
    expect(await store.readRecord(newerDoc.id)).toEqual(newerDoc);
  });

  it('an import holding the same ids adds copies and leaves the newer records untouched (never "kept changing")', async () => {
    const { store, session, future, newerEntry, newerDoc } = await setUp();
    const batch = {
      entries: [{ ...future, body: 'as the backup has it' }],
      docs: [{ id: newerDoc.id, type: 'prompt-prefs', data: { seed: 9, favourites: [], custom: [] }, updated: 7 }],
    };
    expect(await session.mergeImport(batch)).toEqual({ added: 0, unchanged: 0, conflictCopies: 2 });
    const copy = session.listEntries().find((s) => s.conflictOf === future.id)!;
    expect(copy.id).not.toBe(future.id);
    expect((await session.getEntry(copy.id)).body).toBe('as the backup has it');
    expect(await store.readRecord(newerEntry.id)).toEqual(newerEntry);
    expect(await store.readRecord(newerDoc.id)).toEqual(newerDoc);
    // Importing the same entry again adds nothing more (its copy is recognised).
    expect(await session.mergeImport({ entries: batch.entries, docs: [] })).toEqual({ added: 0, unchanged: 1, conflictCopies: 0 });
  });
});

describe('a backup made while a newer Tend’s records are here', () => {
  it('says that those entries are not in it (this version cannot read them), and nothing when there are none', async () => {
    const { newerLeftOut } = await import('../../src/app/backup-messages');
    expect(newerLeftOut({ newerVersionCount: () => 0 })).toBe('');
    expect(newerLeftOut({ newerVersionCount: () => 1 })).toMatch(/^ 1 entry saved by a newer version of Tend is not in it: update Tend/);
    expect(newerLeftOut({ newerVersionCount: () => 3 })).toMatch(/3 entries saved by a newer version of Tend are not in it/);
  });
});

describe('a newer Tend in another tab rewriting a record', () => {
  it('this tab stops showing its old copy, counts it as from a newer Tend, and never writes over it', async () => {
    const { twoTabs, until: waitFor } = await import('../support/tabs-fixture');
    const { a, b } = await twoTabs({ broadcast: true });
    const entry = await a.session.saveEntry({ title: 'Shared', body: 'both tabs see this' });
    await waitFor(() => b.session.listEntries().some((s) => s.id === entry.id));
    const record = (await a.store.readRecord(entry.id))!;
    const newer = { ...record, v: RECORD_VERSION + 1 };
    await a.store.writeRecords([newer]); // announced to tab B, as the newer tab's save would be
    await waitFor(() => b.session.newerVersionCount() === 1);
    expect(b.session.listEntries().map((s) => s.id)).not.toContain(entry.id);
    expect(b.session.damagedCount()).toBe(0);
    await expect(b.session.saveEntryChecked({ id: entry.id, title: 'Shared', body: 'old tab edit', baseUpdated: entry.updated })).rejects.toMatchObject({
      code: 'unsupported-version',
    });
    await expect(b.session.deleteEntry(entry.id)).rejects.toMatchObject({ code: 'unsupported-version' });
    expect(await a.store.readRecord(entry.id)).toEqual(newer);
  });
});
