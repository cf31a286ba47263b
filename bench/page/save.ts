/** 4. Save: session.saveEntry against a raw encrypt + strict-durability put, and a split of one save. */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { utf8 } from '../../src/crypto/bytes';
import { deriveKeyInline } from '../../src/crypto/kdf';
import { randomBytes, randomUuid } from '../../src/crypto/random';
import { openVaultStore } from '../../src/storage/open-store';
import { entryBody, KIND_ENTRY, KIND_SUMMARY, SUMMARY_ID } from '../../src/vault/entry-schema';
import { createVaultGate } from '../../src/vault/gate';
import { encodeRecord } from '../../src/vault/record-codec';
import { Session } from '../../src/vault/session';
import type { Entry } from '../../src/vault/types';
import { makeText, makeTitle, prng } from './text';
import { rawOpen, txDone } from './raw-idb';
import { whenFullyLoaded } from './unlock';

/**
 * `count` saves through session.saveEntry into an unlocked, fully loaded vault, alternating new
 * entries and edits of existing ones. Interleaved with each save, the floor: one raw encrypt of
 * a plaintext the size of an entry record's, and one plain-IndexedDB put of that record in its
 * own readwrite transaction with durability 'strict' (what Dexie is configured with), timed to
 * the transaction's complete event. The floor's records are deleted afterwards.
 */
export async function save(db: string, recoveryKey: string, count: number, textBytes: number) {
  const store = await openVaultStore(db);
  const gate = createVaultGate({ store, deriveKey: deriveKeyInline });
  const session = await gate.unlockWithRecoveryKey(recoveryKey);
  await whenFullyLoaded(session);
  const existing = session.listEntries().map((s) => s.id);

  const random = prng(count * 7919);
  const drafts = Array.from({ length: count }, (_, i) => ({
    id: i % 2 === 1 ? existing[Math.floor(random() * existing.length)] : undefined,
    title: makeTitle(random),
    body: makeText(random, textBytes),
  }));
  // The floor record's size: what encodeRecord makes of a typical entry (tag included).
  const sample = encodeRecord(randomBytes(32), KIND_ENTRY, randomUuid(), {
    title: drafts[0]!.title, body: drafts[0]!.body, created: Date.now(), updated: Date.now(),
  });
  const plainLength = sample.c.length - 16;
  const floorKey = randomBytes(32);
  const conn = await rawOpen(db);

  const appMs: number[] = [];
  const floorMs: number[] = [];
  const floorIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const draft = drafts[i]!;
    const a0 = performance.now();
    await session.saveEntry(draft.id ? { id: draft.id, title: draft.title, body: draft.body } : { title: draft.title, body: draft.body });
    appMs.push(performance.now() - a0);

    const plain = new Uint8Array(plainLength); // allocation untimed, as the app's text is
    plain.fill(0x61, 0, Math.min(plainLength, textBytes));
    const id = `bench-floor-${i}`;
    floorIds.push(id);
    const f0 = performance.now();
    const nonce = randomBytes(24);
    const c = xchacha20poly1305(floorKey, nonce, utf8(id)).encrypt(plain);
    const tx = conn.transaction('records', 'readwrite', { durability: 'strict' });
    tx.objectStore('records').put({ id, kind: 'bench-floor', v: 1, k: 1, n: nonce, c });
    await txDone(tx);
    floorMs.push(performance.now() - f0);
  }

  // Informative split of one save, step by step with the same modules saveEntry uses: encoding
  // (entry record + the summary record of the newest page), the store's write of both records in
  // one transaction (Dexie), the raw put of two records of the same sizes in one strict
  // transaction, and the in-memory index update. New entries only.
  const split = { encodeMs: [] as number[], storeWriteMs: [] as number[], rawWrite2Ms: [] as number[], indexPutMs: [] as number[] };
  if (!(session instanceof Session)) throw new Error('unexpected session type');
  const ek = session.keyringEk();
  for (let i = 0; i < count / 2; i++) {
    const now = Date.now();
    const entry: Entry = { id: randomUuid(), title: makeTitle(random), body: makeText(random, textBytes), created: now, updated: now };
    let t = performance.now();
    const records = [
      encodeRecord(ek, KIND_ENTRY, entry.id, entryBody(entry)),
      encodeRecord(ek, KIND_SUMMARY, SUMMARY_ID, { entries: session.index.previewNewestPage({ put: entry }) }),
    ];
    split.encodeMs.push(performance.now() - t);
    t = performance.now();
    await store.writeRecords(records);
    split.storeWriteMs.push(performance.now() - t);
    const id = `bench-floor-split-${i}`;
    floorIds.push(id);
    t = performance.now();
    const tx = conn.transaction('records', 'readwrite', { durability: 'strict' });
    tx.objectStore('records').put({ ...records[0]!, id });
    tx.objectStore('records').put(records[1]!);
    await txDone(tx);
    split.rawWrite2Ms.push(performance.now() - t);
    t = performance.now();
    session.index.put(entry);
    split.indexPutMs.push(performance.now() - t);
  }

  const cleanup = conn.transaction('records', 'readwrite');
  for (const id of floorIds) cleanup.objectStore('records').delete(id);
  await txDone(cleanup);
  conn.close();
  const entries = session.listEntries().length;
  session.lock();
  store.close();
  return { appMs, floorMs, split, entries, floorRecordBytes: sample.c.length, existing: existing.length };
}
