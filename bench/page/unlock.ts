/** 3. Unlock: the app's path (first page, fully loaded), its floors, and an informative split. */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { deriveKeyInline } from '../../src/crypto/kdf';
import { openVaultStore } from '../../src/storage/open-store';
import type { StoredHeader, StoredRecord } from '../../src/storage/schema';
import { EntryIndex } from '../../src/vault/entry-index';
import { KIND_SUMMARY, summarize, SUMMARY_ID } from '../../src/vault/entry-schema';
import { createVaultGate } from '../../src/vault/gate';
import { recordAad } from '../../src/vault/record-codec';
import type { VaultSession } from '../../src/vault/types';
import { rawOpen, recoveryEk, request } from './raw-idb';

/** A word the generated journal text uses (bench/page/text.ts): the first search after unlock. */
const SEARCHABLE_QUERY = 'grief';

/** Resolves with the time the session reports everything decrypted. */
export function whenFullyLoaded(session: VaultSession, timeoutMs = 120_000): Promise<number> {
  return new Promise((resolve, reject) => {
    if (session.isFullyLoaded()) return resolve(performance.now());
    const timer = setTimeout(() => reject(new Error('background load did not finish')), timeoutMs);
    const off = session.subscribe(() => {
      if (!session.isFullyLoaded()) return;
      const t = performance.now();
      clearTimeout(timer);
      off();
      resolve(t);
    });
  });
}

/**
 * Unlock with the recovery key (no KDF: "after KDF"). The store is opened first, untimed: the
 * app opens it when the lazy vault chunk loads, long before the user has typed anything.
 */
export async function unlock(db: string, recoveryKey: string) {
  const store = await openVaultStore(db);
  const gate = createVaultGate({ store, deriveKey: deriveKeyInline });
  const t0 = performance.now();
  const session = await gate.unlockWithRecoveryKey(recoveryKey);
  const firstPage = session.listEntries();
  const t1 = performance.now();
  const fullyLoadedAtResolve = session.isFullyLoaded();
  const t2 = await whenFullyLoaded(session);
  // "Searchable" (design §9): the first search after the load answers over every entry. If the
  // index is not complete yet, this search completes it, and that time counts.
  const hits = session.search(SEARCHABLE_QUERY).total;
  const t3 = performance.now();
  const all = session.listEntries();
  const result = {
    firstPageMs: t1 - t0,
    decryptedMs: t2 - t0,
    fullMs: t3 - t0,
    firstSearchMs: t3 - t2,
    firstSearchHits: hits,
    firstPageCount: firstPage.length,
    fullCount: all.length,
    damaged: session.damagedCount(),
    fullyLoadedAtResolve,
  };
  // Let a summary repair (if the load found the summary stale) finish before the page goes.
  await new Promise((r) => setTimeout(r, 50));
  session.lock();
  store.close();
  return result;
}

/**
 * The physical floor of "everything decrypted": one plain-IndexedDB getAll() of the records
 * store, then XChaCha20-Poly1305 over every record's ciphertext with @noble/ciphers, nothing
 * else (no unpadding, no UTF-8, no JSON). The AADs are built between the two timed parts:
 * they are part of the record format, not of the cipher.
 */
export async function floorRead(db: string, recoveryKey: string) {
  const conn = await rawOpen(db);
  const header = (await request(conn.transaction('header', 'readonly').objectStore('header').get('vault'))) as StoredHeader;
  const ek = recoveryEk(header, recoveryKey);

  const t0 = performance.now();
  const records = (await request(conn.transaction('records', 'readonly').objectStore('records').getAll())) as StoredRecord[];
  const t1 = performance.now();

  const aads = records.map((r) => recordAad(r.kind, r.id, r.v, r.k));
  const t2 = performance.now();
  let plainBytes = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    plainBytes += xchacha20poly1305(ek, r.n, aads[i]).decrypt(r.c).length;
  }
  const t3 = performance.now();
  conn.close();
  return {
    readMs: t1 - t0,
    decryptMs: t3 - t2,
    records: records.length,
    ciphertextBytes: records.reduce((n, r) => n + r.c.length, 0),
    plainBytes,
  };
}

/**
 * The physical floor of "first page on screen": one plain-IndexedDB get() of the summary record
 * and its XChaCha20-Poly1305 decryption (the least any design with an encrypted summary must do).
 */
export async function floorFirst(db: string, recoveryKey: string) {
  const conn = await rawOpen(db);
  const header = (await request(conn.transaction('header', 'readonly').objectStore('header').get('vault'))) as StoredHeader;
  const ek = recoveryEk(header, recoveryKey);
  const aad = recordAad(KIND_SUMMARY, SUMMARY_ID, 1, 1);
  const t0 = performance.now();
  const record = (await request(conn.transaction('records', 'readonly').objectStore('records').get(SUMMARY_ID))) as StoredRecord;
  const plain = xchacha20poly1305(ek, record.n, aad).decrypt(record.c);
  const ms = performance.now() - t0;
  conn.close();
  return { ms, bytes: plain.length };
}

/**
 * Informative, to split the app's "fully loaded" time in its two halves: the read through the
 * app's store (Dexie's readAllRecords), then the app's decryption path alone (EntryIndex.loadAll:
 * decrypt, unpad, UTF-8, JSON, parse, summarize, with its yields) over the records just read,
 * and how much of that is summarize() (the list preview of each entry).
 */
export async function appSplit(db: string, recoveryKey: string) {
  const store = await openVaultStore(db);
  const header = (await store.readHeader())!;
  const ek = recoveryEk(header, recoveryKey);
  const t0 = performance.now();
  const records = await store.readAllRecords();
  const t1 = performance.now();
  const index = new EntryIndex();
  const t2 = performance.now();
  await index.loadAll(() => ek, records);
  const t3 = performance.now();
  const entries = index.list().length;
  // The list previews alone: summarize() again over every decrypted entry (warm, so a lower bound
  // of its share in loadAll above).
  const all = index.allEntries();
  const t4 = performance.now();
  for (const entry of all) summarize(entry);
  const summarizeMs = performance.now() - t4;
  index.clear();
  store.close();
  return { readMs: t1 - t0, decodeMs: t3 - t2, summarizeMs, records: records.length, entries };
}
