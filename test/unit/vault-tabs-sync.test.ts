import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ARGON2ID_FLOOR } from '../../src/crypto/kdf-params';
import { changeChannelName, parseChanges } from '../../src/storage/change-feed';
import { IMPORT_LOCK, KEYS_LOCK, localExclusive, webLockExclusive, type Exclusive } from '../../src/storage/exclusive';
import { openVaultStore } from '../../src/storage/open-store';
import type { VaultStore } from '../../src/storage/vault-store';
import { createVaultGate } from '../../src/vault/gate';
import { reopen, twoTabs, until } from '../support/tabs-fixture';
import { countingKdf, PASSPHRASE } from '../support/vault-fixture';

const P1 = 'second passphrase, river stones';
const P2 = 'third passphrase, evening light';

afterEach(() => vi.restoreAllMocks());

describe('the cross-tab lock', () => {
  it('serialises tasks of one name, and a failed task does not block the next', async () => {
    const log: string[] = [];
    const step = (label: string, fail = false) => async () => {
      log.push(`${label} in`);
      await new Promise((r) => setTimeout(r, 1));
      log.push(`${label} out`);
      if (fail) throw new Error(label);
      return label;
    };
    const results = await Promise.allSettled([localExclusive('n', step('one', true)), localExclusive('n', step('two')), localExclusive('n', step('three'))]);
    expect(log).toEqual(['one in', 'one out', 'two in', 'two out', 'three in', 'three out']);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
  });

  it('uses navigator.locks (exclusive mode) when the browser has it', async () => {
    const request = vi.fn((_name: string, _options: unknown, task: () => Promise<unknown>) => task());
    vi.stubGlobal('navigator', { locks: { request } });
    try {
      expect(await webLockExclusive(KEYS_LOCK, async () => 42)).toBe(42);
      expect(request).toHaveBeenCalledWith(KEYS_LOCK, { mode: 'exclusive' }, expect.any(Function));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('holds the keys lock around create, unlock, passphrase change and recovery key, and the import lock around imports', async () => {
    const log: string[] = [];
    const exclusive: Exclusive = async (name, task) => {
      log.push(`${name} {`);
      try {
        return await task();
      } finally {
        log.push(`} ${name}`);
      }
    };
    const real = await openVaultStore('locks', { indexedDB: new IDBFactory(), IDBKeyRange });
    const store: VaultStore = Object.create(real, {
      readHeader: { value: () => (log.push('readHeader'), real.readHeader()) },
      putHeader: { value: (h: Parameters<VaultStore['putHeader']>[0]) => (log.push('putHeader'), real.putHeader(h)) },
      createVault: { value: (h: Parameters<VaultStore['createVault']>[0], r: Parameters<VaultStore['createVault']>[1]) => (log.push('createVault'), real.createVault(h, r)) },
      writeRecords: { value: (...args: Parameters<VaultStore['writeRecords']>) => (log.push('writeRecords'), real.writeRecords(...args)) },
    }) as VaultStore;
    const gate = createVaultGate({ store, deriveKey: countingKdf(), kdfParams: ARGON2ID_FLOOR, exclusive });
    const { session } = await gate.create(PASSPHRASE);
    expect(log.splice(0)).toEqual([`${KEYS_LOCK} {`, 'readHeader', 'createVault', `} ${KEYS_LOCK}`]);
    const opened = await gate.unlockWithPassphrase(PASSPHRASE);
    expect(log.splice(0)).toEqual([`${KEYS_LOCK} {`, 'readHeader', `} ${KEYS_LOCK}`]);
    await opened.changePassphrase(PASSPHRASE, P1);
    expect(log.splice(0)).toEqual([`${KEYS_LOCK} {`, 'readHeader', 'putHeader', `} ${KEYS_LOCK}`]);
    await session.regenerateRecoveryKey();
    expect(log.splice(0)).toEqual([`${KEYS_LOCK} {`, 'readHeader', 'putHeader', `} ${KEYS_LOCK}`]);
    await session.mergeImport({ entries: [{ id: 'i1', title: 'x', body: 'y', created: 1, updated: 1 }], docs: [] });
    expect(log.splice(0)).toEqual([`${IMPORT_LOCK} {`, 'writeRecords', `} ${IMPORT_LOCK}`]);
  });

  it('two passphrase changes in two tabs cannot interleave: both complete, the last passphrase opens the vault', async () => {
    const { a, b } = await twoTabs();
    // B starts from the passphrase A is about to set: it can only work if it runs after A's change.
    await Promise.all([a.session.changePassphrase(PASSPHRASE, P1), b.session.changePassphrase(P1, P2)]);
    await expect(a.gate.unlockWithPassphrase(P1)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    const fresh = await reopen(a.gate, P2);
    expect(fresh.listEntries()).toEqual([]);
  });

  it('a passphrase change and a new recovery key in two tabs both stick (neither rewrites an old header)', async () => {
    const { a, b } = await twoTabs();
    const [, recoveryKey] = await Promise.all([a.session.changePassphrase(PASSPHRASE, P1), b.session.regenerateRecoveryKey()]);
    await reopen(a.gate, P1);
    const byKey = await b.gate.unlockWithRecoveryKey(recoveryKey);
    expect(byKey.listEntries()).toEqual([]);
  });
});

describe('lists stay fresh across tabs', () => {
  it('a new, edited, deleted entry, a document and an import in tab A show in tab B without a reload', async () => {
    const { a, b } = await twoTabs({ broadcast: true });
    const made = await a.session.saveEntry({ title: 'From tab A', body: 'new words' });
    await until(() => b.session.listEntries().some((s) => s.id === made.id));

    await a.session.saveEntryChecked({ id: made.id, title: 'From tab A', body: 'edited words', baseUpdated: made.updated });
    await until(async () => (await b.session.getEntry(made.id)).body === 'edited words');
    expect(b.session.search('edited').hits.map((h) => h.id)).toEqual([made.id]);

    const doc = await a.session.putDoc('prefs-test', { n: 1 });
    await until(() => b.session.docs('prefs-test').some((d) => d.id === doc.id));

    await a.session.deleteEntry(made.id);
    await until(() => b.session.listEntries().length === 0);

    await a.session.mergeImport({ entries: [{ id: 'imp', title: 'Imported in A', body: 'z', created: 3, updated: 3 }], docs: [] });
    await until(() => b.session.listEntries().some((s) => s.heading === 'Imported in A'));
  });

  it('a locked tab ignores the news: it reads nothing', async () => {
    let reads = 0;
    const wrapB = (store: VaultStore): VaultStore =>
      Object.create(store, { readRecords: { value: (ids: string[]) => (reads++, store.readRecords(ids)) } }) as VaultStore;
    const { a, b } = await twoTabs({ broadcast: true, wrapB });
    const first = await a.session.saveEntry({ title: 'seen', body: '' });
    await until(() => b.session.listEntries().some((s) => s.id === first.id));
    expect(reads).toBe(1);
    b.session.lock();
    const second = await a.session.saveEntry({ title: 'not seen', body: '' });
    await (b.session as unknown as { applyRemoteChanges(c: unknown[]): Promise<void> }).applyRemoteChanges([{ id: second.id, kind: 'entry' }]);
    expect(reads).toBe(1);
  });

  it('the messages carry only record ids and kinds: no text, title or date', async () => {
    const sent: unknown[] = [];
    const post = BroadcastChannel.prototype.postMessage;
    vi.spyOn(BroadcastChannel.prototype, 'postMessage').mockImplementation(function (this: BroadcastChannel, message: unknown) {
      if (this.name.startsWith('tend-changes:')) sent.push(message);
      return post.call(this, message);
    });
    const { a, b, dbName } = await twoTabs({ broadcast: true });
    const e = await a.session.saveEntry({ title: 'MARKER-title-5521', body: 'MARKER-body-5521', tags: ['MARKER-tag'] });
    await a.session.putDoc('MARKER-doc-type', { note: 'MARKER-doc' });
    await a.session.deleteEntry(e.id);
    await until(() => b.session.listEntries().length === 0);
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const message of sent) {
      expect(Object.keys(message as object).sort()).toEqual(['changes', 'v']);
      for (const change of (message as { changes: object[] }).changes) {
        expect(Object.keys(change).sort()).toEqual(['id', 'kind']);
        expect(['entry', 'doc', 'summary']).toContain((change as { kind: string }).kind);
      }
    }
    expect(JSON.stringify(sent)).not.toMatch(/MARKER|5521/);
    expect(JSON.stringify(sent)).toContain(e.id);
    expect(changeChannelName(dbName)).toBe(`tend-changes:${dbName}`);
  });

  it('anything but exactly the expected shape is ignored', () => {
    expect(parseChanges({ v: 1, changes: [{ id: 'a', kind: 'entry' }] })).toEqual([{ id: 'a', kind: 'entry' }]);
    for (const bad of ['lock', null, { v: 2, changes: [] }, { v: 1 }, { v: 1, changes: [{ id: 1, kind: 'entry' }] }, { v: 1, changes: [null] }]) {
      expect(parseChanges(bad)).toBeNull();
    }
  });
});
