/** 2. Seed: a vault of N generated entries, mostly written in bulk, the newest through the session. */
import { deriveKeyInline } from '../../src/crypto/kdf';
import { ARGON2ID_FLOOR } from '../../src/crypto/kdf-params';
import { randomUuid } from '../../src/crypto/random';
import { openVaultStore } from '../../src/storage/open-store';
import type { StoredRecord } from '../../src/storage/schema';
import { entryBody, KIND_ENTRY, KIND_SUMMARY, parseSummaries, SUMMARY_ID } from '../../src/vault/entry-schema';
import { createVaultGate } from '../../src/vault/gate';
import { decodeRecord, encodeRecord } from '../../src/vault/record-codec';
import { Session } from '../../src/vault/session';
import type { Entry } from '../../src/vault/types';
import { DAY, makeText, makeTitle, prng } from './text';

const PASSPHRASE = 'bench harbour lantern moss quiet';
const SEED_BATCH = 500;

/**
 * A vault with `entries` entries. All but the newest `viaSession` are written in bulk through
 * the store (records from encodeRecord, as the session would make them); the newest are saved
 * through session.saveEntry, so the summary record holds exactly the newest page.
 */
export async function seed(db: string, entries: number, viaSession: number, textBytes: number) {
  const t0 = performance.now();
  const store = await openVaultStore(db);
  const gate = createVaultGate({ store, deriveKey: deriveKeyInline, kdfParams: ARGON2ID_FLOOR });
  const { session, recoveryKey } = await gate.create(PASSPHRASE);
  if (!(session instanceof Session)) throw new Error('unexpected session type');
  const ek = session.keyringEk();
  const random = prng(entries);
  const now = Date.now();
  const bulk = Math.max(0, entries - viaSession);
  const span = 5 * 365 * DAY; // five years of journal, all older than the session-saved ones
  let ciphertextBytes = 0;
  let entryRecordBytes = 0;
  let textMs = 0;
  let encodeMs = 0;
  let writeMs = 0;
  for (let i = 0; i < bulk; i += SEED_BATCH) {
    const records: StoredRecord[] = [];
    for (let j = i; j < Math.min(bulk, i + SEED_BATCH); j++) {
      const created = now - 2 * viaSession * DAY - Math.floor(random() * span);
      let t = performance.now();
      const entry: Entry = {
        id: randomUuid(),
        title: makeTitle(random),
        body: makeText(random, textBytes),
        created,
        updated: created + Math.floor(random() * DAY),
      };
      textMs += performance.now() - t;
      t = performance.now();
      const record = encodeRecord(ek, KIND_ENTRY, entry.id, entryBody(entry));
      encodeMs += performance.now() - t;
      ciphertextBytes += record.c.length;
      entryRecordBytes = record.c.length;
      records.push(record);
    }
    const t = performance.now();
    await store.writeRecords(records);
    writeMs += performance.now() - t;
  }
  const tSession = performance.now();
  for (let j = 0; j < Math.min(entries, viaSession); j++) {
    await session.saveEntry({ title: makeTitle(random), body: makeText(random, textBytes), created: now - (viaSession - j) * DAY });
  }
  const sessionMs = performance.now() - tSession;
  const all = await store.readAllRecords();
  const summary = all.find((r) => r.kind === KIND_SUMMARY && r.id === SUMMARY_ID);
  const summaryEntries = summary ? parseSummaries(decodeRecord(ek, summary))?.length ?? -1 : -1;
  const totalCiphertext = all.reduce((n, r) => n + r.c.length, 0);
  session.lock();
  store.close();
  return {
    recoveryKey,
    ms: performance.now() - t0,
    textMs,
    encodeMs,
    writeMs,
    sessionMs,
    records: all.length,
    entryRecords: all.filter((r) => r.kind === KIND_ENTRY).length,
    summaryEntries,
    summaryBytes: summary?.c.length ?? 0,
    bulkCiphertextBytes: ciphertextBytes,
    totalCiphertextBytes: totalCiphertext,
    entryRecordBytes,
  };
}
