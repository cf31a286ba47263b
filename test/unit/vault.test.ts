import { describe, expect, it } from 'vitest';
import { toHex } from '../../src/crypto/bytes';
import { StorageError } from '../../src/storage/errors';
import type { StoredRecord } from '../../src/storage/schema';
import type { VaultStore } from '../../src/storage/vault-store';
import { createVaultGate } from '../../src/vault/gate';
import type { Session } from '../../src/vault/session';
import { freshGate, freshStore, PASSPHRASE } from '../support/vault-fixture';

const code = (c: string) => expect.objectContaining({ code: c });

async function entryRecords(store: VaultStore): Promise<StoredRecord[]> {
  return (await store.readAllRecords()).filter((r) => r.kind === 'entry').sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('creating a vault', () => {
  it('returns a formatted recovery key once and then reports a locked vault', async () => {
    const { gate } = await freshGate();
    expect(await gate.status()).toBe('none');
    const { session, recoveryKey } = await gate.create(PASSPHRASE);
    expect(recoveryKey).toMatch(/^[2-9A-HJ-NP-TV-Z]{5}(-[2-9A-HJ-NP-TV-Z]{5}){3}-[2-9A-HJ-NP-TV-Z]{6}$/);
    expect(session.listEntries()).toEqual([]);
    expect(session.isFullyLoaded()).toBe(true);
    expect(await gate.status()).toBe('locked');
    await expect(gate.create(PASSPHRASE)).rejects.toThrowError(code('vault-exists'));
  });

  it('refuses a passphrase under 10 characters and writes nothing', async () => {
    const { gate, store, deriveKey } = await freshGate();
    await expect(gate.create('123456789')).rejects.toThrowError(code('weak-passphrase'));
    await expect(gate.create('')).rejects.toThrowError(code('weak-passphrase'));
    expect(deriveKey.calls).toBe(0);
    expect(await store.readHeader()).toBeUndefined();
    expect(await gate.status()).toBe('none');
  });

  it('keeps nothing readable in storage: header and records hold no plaintext', async () => {
    const { gate, store } = await freshGate();
    const { session, recoveryKey } = await gate.create(PASSPHRASE);
    await session.saveEntry({ title: 'MARKER-title-7731', body: 'MARKER-body-7731 supervision notes' });
    const everything = [await store.readHeader(), ...(await store.readAllRecords())];
    const text = JSON.stringify(everything, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));
    expect(text).not.toContain('MARKER');
    expect(text).not.toContain(PASSPHRASE);
    expect(text).not.toContain(recoveryKey.replace(/-/g, '').slice(0, 10));
  });
});

describe('unlocking', () => {
  it('with the passphrase: every entry comes back, newest first', async () => {
    const { gate } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    const a = await session.saveEntry({ title: 'First', body: 'one', created: 1_000 });
    const b = await session.saveEntry({ title: '', body: 'Second line\nmore', created: 3_000 });
    const c = await session.saveEntry({ title: 'Third', body: 'three', created: 2_000 });
    session.lock();
    const again = await gate.unlockWithPassphrase(PASSPHRASE);
    await until(() => again.isFullyLoaded());
    expect(again.listEntries().map((s) => s.id)).toEqual([b.id, c.id, a.id]);
    expect(again.listEntries()[0]).toMatchObject({ heading: 'Second line', preview: 'more' });
    expect(await again.getEntry(a.id)).toEqual(a);
  });

  it('with a wrong passphrase fails with wrong-passphrase and opens nothing', async () => {
    const { gate } = await freshGate();
    (await gate.create(PASSPHRASE)).session.lock();
    await expect(gate.unlockWithPassphrase('quiet harbour lantern mosS')).rejects.toThrowError(code('wrong-passphrase'));
    await expect(gate.unlockWithPassphrase('')).rejects.toThrowError(code('wrong-passphrase'));
  });

  it('treats composed and decomposed accents as the same passphrase (NFC)', async () => {
    const { gate } = await freshGate();
    (await gate.create('caf\u00e9 au lait au soleil')).session.lock();
    await expect(gate.unlockWithPassphrase('cafe\u0301 au lait au soleil')).resolves.toBeTruthy();
  });

  it('with the recovery key (typed loosely), without running the KDF', async () => {
    const { gate, deriveKey } = await freshGate();
    const { session, recoveryKey } = await gate.create(PASSPHRASE);
    const saved = await session.saveEntry({ title: 'kept', body: 'safe' });
    session.lock();
    const before = deriveKey.calls;
    const opened = await gate.unlockWithRecoveryKey(recoveryKey.toLowerCase().replace(/-/g, ' '));
    expect(deriveKey.calls).toBe(before);
    expect(await opened.getEntry(saved.id)).toEqual(saved);
  });

  it('rejects a wrong or malformed recovery key with distinct codes', async () => {
    const { gate } = await freshGate();
    const { session, recoveryKey } = await gate.create(PASSPHRASE);
    session.lock();
    const wrong = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1);
    await expect(gate.unlockWithRecoveryKey(wrong)).rejects.toThrowError(code('wrong-recovery-key'));
    await expect(gate.unlockWithRecoveryKey('not a key')).rejects.toThrowError(code('malformed-recovery-key'));
  });

  it('without a vault fails with no-vault', async () => {
    const { gate } = await freshGate();
    await expect(gate.unlockWithPassphrase(PASSPHRASE)).rejects.toThrowError(code('no-vault'));
  });
});

describe('changing keys', () => {
  it('changePassphrase re-wraps only: entry bytes identical, only the new passphrase opens', async () => {
    const { gate, store } = await freshGate();
    const { session, recoveryKey } = await gate.create(PASSPHRASE);
    for (let i = 0; i < 5; i++) await session.saveEntry({ title: `t${i}`, body: `b${i}` });
    const before = (await entryRecords(store)).map((r) => toHex(r.n) + toHex(r.c));
    const headerBefore = await store.readHeader();
    await session.changePassphrase(PASSPHRASE, 'a brand new longer passphrase');
    expect((await entryRecords(store)).map((r) => toHex(r.n) + toHex(r.c))).toEqual(before);
    const headerAfter = (await store.readHeader())!;
    expect(toHex(headerAfter.slots.rk.c)).toBe(toHex(headerBefore!.slots.rk.c));
    expect(toHex(headerAfter.kdf.salt)).not.toBe(toHex(headerBefore!.kdf.salt));
    session.lock();
    await expect(gate.unlockWithPassphrase(PASSPHRASE)).rejects.toThrowError(code('wrong-passphrase'));
    const s2 = await gate.unlockWithPassphrase('a brand new longer passphrase');
    await until(() => s2.isFullyLoaded());
    expect(s2.listEntries()).toHaveLength(5);
    s2.lock();
    await expect(gate.unlockWithRecoveryKey(recoveryKey)).resolves.toBeTruthy();
  });

  it('changePassphrase with a wrong current passphrase changes nothing', async () => {
    const { gate, store } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    const header = await store.readHeader();
    await expect(session.changePassphrase('not the passphrase', 'another long passphrase')).rejects.toThrowError(
      code('wrong-passphrase'),
    );
    await expect(session.changePassphrase(PASSPHRASE, 'short')).rejects.toThrowError(code('weak-passphrase'));
    expect(await store.readHeader()).toEqual(header);
  });

  it('regenerateRecoveryKey: the new key opens, the old one no longer does', async () => {
    const { gate } = await freshGate();
    const { session, recoveryKey: oldKey } = await gate.create(PASSPHRASE);
    const newKey = await session.regenerateRecoveryKey();
    expect(newKey).not.toBe(oldKey);
    session.lock();
    await expect(gate.unlockWithRecoveryKey(oldKey)).rejects.toThrowError(code('wrong-recovery-key'));
    await expect(gate.unlockWithRecoveryKey(newKey)).resolves.toBeTruthy();
    await expect(gate.unlockWithPassphrase(PASSPHRASE)).resolves.toBeTruthy();
  });
});

describe('lock', () => {
  it('zero-fills the key buffers and forgets decrypted entries', async () => {
    const { gate } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    const entry = await session.saveEntry({ title: 'secret', body: 'text' });
    const keyring = (session as unknown as { keyring: { mk: Uint8Array; ek: Uint8Array } }).keyring;
    const mk = keyring.mk;
    const ek = keyring.ek;
    expect(mk.some((b) => b !== 0)).toBe(true);
    expect(ek.some((b) => b !== 0)).toBe(true);
    session.lock();
    expect(mk.every((b) => b === 0)).toBe(true);
    expect(ek.every((b) => b === 0)).toBe(true);
    expect((session as Session).index.get(entry.id)).toBeUndefined();
    expect((session as Session).index.list()).toEqual([]);
    expect(() => session.listEntries()).toThrowError(code('locked'));
    await expect(session.getEntry(entry.id)).rejects.toThrowError(code('locked'));
    await expect(session.saveEntry({ title: 'x', body: 'y' })).rejects.toThrowError(code('locked'));
  });
});

describe('storage faults and damage', () => {
  it('refuses out-of-range KDF parameters in the header before deriving anything', async () => {
    const { gate, store, deriveKey } = await freshGate();
    (await gate.create(PASSPHRASE)).session.lock();
    const header = (await store.readHeader())!;
    const calls = deriveKey.calls;
    for (const kdf of [{ ...header.kdf, m: 1024 }, { ...header.kdf, t: 1 }, { ...header.kdf, m: 4 * 1024 * 1024 }]) {
      await store.putHeader({ ...header, kdf });
      await expect(gate.unlockWithPassphrase(PASSPHRASE)).rejects.toThrowError(code('corrupt-header'));
    }
    expect(deriveKey.calls).toBe(calls);
  });

  it('refuses a header from a newer version with unsupported-version', async () => {
    const { gate, store } = await freshGate();
    (await gate.create(PASSPHRASE)).session.lock();
    await store.putHeader({ ...(await store.readHeader())!, v: 2 });
    await expect(gate.unlockWithPassphrase(PASSPHRASE)).rejects.toThrowError(code('unsupported-version'));
  });

  it('a damaged entry is counted and refused, the others still open, nothing is deleted', async () => {
    const { gate, store } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    const good = await session.saveEntry({ title: 'good', body: 'fine' });
    const bad = await session.saveEntry({ title: 'bad', body: 'will be damaged' });
    session.lock();
    const record = (await store.readRecord(bad.id))!;
    record.c[10]! ^= 0xff;
    await store.writeRecords([record]);
    const opened = await gate.unlockWithPassphrase(PASSPHRASE);
    await until(() => opened.isFullyLoaded());
    expect(opened.listEntries().map((s) => s.id)).toEqual([good.id]);
    expect(opened.damagedCount()).toBe(1);
    await expect(opened.getEntry(bad.id)).rejects.toThrowError(code('corrupt-record'));
    expect(await store.readRecord(bad.id)).toBeDefined();
  });

  it('quota exceeded on save: a typed error, nothing written, memory unchanged', async () => {
    const { store } = await freshStore();
    let full = false;
    const flaky: VaultStore = {
      ...bind(store),
      writeRecords: async (put, remove) => {
        if (full) throw new StorageError('quota-exceeded', 'QuotaExceededError');
        return store.writeRecords(put, remove);
      },
    };
    const { gate } = await freshGate(flaky);
    const { session } = await gate.create(PASSPHRASE);
    const kept = await session.saveEntry({ title: 'kept', body: 'before the disk filled' });
    const rawBefore = await store.readAllRecords();
    full = true;
    await expect(session.saveEntry({ title: 'new', body: 'typed while full' })).rejects.toThrowError(code('quota-exceeded'));
    await expect(session.saveEntry({ id: kept.id, title: 'edited', body: 'x' })).rejects.toThrowError(code('quota-exceeded'));
    expect(session.listEntries().map((s) => s.heading)).toEqual(['kept']);
    expect(await session.getEntry(kept.id)).toEqual(kept);
    expect(await store.readAllRecords()).toEqual(rawBefore);
  });

  it('IndexedDB unavailable (private mode, storage disabled) is storage-unavailable', async () => {
    const broken = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory;
    const { openVaultStore } = await import('../../src/storage/open-store');
    await expect(openVaultStore('x', { indexedDB: broken })).rejects.toMatchObject({ code: 'unavailable' });
    const { storageCall } = await import('../../src/vault/storage-errors');
    await expect(storageCall(() => openVaultStore('x', { indexedDB: broken }))).rejects.toThrowError(code('storage-unavailable'));
  });
});

describe('first page before full decryption', () => {
  it('serves the newest 50 from the encrypted summary, then every entry', async () => {
    const { gate } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    for (let i = 0; i < 60; i++) await session.saveEntry({ title: `e${i}`, body: '', created: i * 1000 });
    session.lock();
    const opened = await gate.unlockWithPassphrase(PASSPHRASE);
    expect(opened.listEntries().map((s) => s.heading)).toEqual(Array.from({ length: 50 }, (_, i) => `e${59 - i}`));
    await until(() => opened.isFullyLoaded());
    expect(opened.listEntries()).toHaveLength(60);
  });

  it('a missing summary record only costs speed: unlock decrypts everything, reports progress, repairs it', async () => {
    const { gate, store } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    for (let i = 0; i < 3; i++) await session.saveEntry({ title: `e${i}`, body: '' });
    session.lock();
    await store.writeRecords([], ['summary']);
    const phases: string[] = [];
    const opened = await gate.unlockWithPassphrase(PASSPHRASE, (p) => phases.push(p.phase));
    expect(opened.isFullyLoaded()).toBe(true);
    expect(opened.listEntries()).toHaveLength(3);
    expect(phases).toEqual(['deriving', 'opening', 'decrypting']);
    await until(async () => (await store.readRecord('summary')) !== undefined);
  });

  it('a save during the background load is not overwritten by the load', async () => {
    const { gate } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    const e = await session.saveEntry({ title: 'old', body: 'old' });
    session.lock();
    const opened = await gate.unlockWithPassphrase(PASSPHRASE);
    await opened.saveEntry({ id: e.id, title: 'new', body: 'new' });
    await until(() => opened.isFullyLoaded());
    expect((await opened.getEntry(e.id)).title).toBe('new');
  });

  it('delete then undo restores the same entry', async () => {
    const { gate } = await freshGate();
    const { session } = await gate.create(PASSPHRASE);
    const e = await session.saveEntry({ title: 'to delete', body: 'body', created: 5 });
    const removed = await session.deleteEntry(e.id);
    expect(session.listEntries()).toEqual([]);
    await expect(session.getEntry(e.id)).rejects.toThrowError(code('not-found'));
    await session.restoreEntry(removed);
    expect(await session.getEntry(e.id)).toEqual(e);
    session.lock();
    const opened = await gate.unlockWithPassphrase(PASSPHRASE);
    await until(() => opened.isFullyLoaded());
    expect(await opened.getEntry(e.id)).toEqual(e);
  });
});

function bind(store: VaultStore): VaultStore {
  return {
    readHeader: () => store.readHeader(),
    createVault: (h, r) => store.createVault(h, r),
    putHeader: (h) => store.putHeader(h),
    readAllRecords: () => store.readAllRecords(),
    readRecord: (id) => store.readRecord(id),
    readRecords: (ids) => store.readRecords(ids),
    writeRecords: (p, r, e) => store.writeRecords(p, r, e),
    onRemoteChange: (l) => store.onRemoteChange(l),
    beforeClose: (s) => store.beforeClose(s),
    onClosed: (l) => store.onClosed(l),
    close: () => store.close(),
  };
}

async function until(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

void createVaultGate;
