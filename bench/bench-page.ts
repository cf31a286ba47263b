/**
 * The benchmark page. Built by bench/vite.config.ts into dist-bench/, served with the real
 * security headers by scripts/serve.mjs and driven by bench/run.mjs through
 * `window.runBench(config)`, one task per call. Every task returns plain JSON (numbers in ms).
 *
 * The app's figures use the real modules from src/ exactly as the app calls them. The floors
 * use the platform and the libraries directly: hash-wasm's Argon2id on this thread, the plain
 * IndexedDB API (no Dexie), and @noble/ciphers' XChaCha20-Poly1305 with no parsing around it.
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { argon2idJs, argon2idWasm } from '../src/crypto/argon2id';
import { utf8 } from '../src/crypto/bytes';
import { deriveKeyInline, deriveKeyInWorker } from '../src/crypto/kdf';
import { ARGON2ID_DEFAULT, ARGON2ID_FLOOR, KDF_KEY_BYTES, KDF_SALT_BYTES } from '../src/crypto/kdf-params';
import { randomBytes, randomUuid } from '../src/crypto/random';
import { normalizeRecoveryKey } from '../src/crypto/recovery-key';
import { openVaultStore } from '../src/storage/open-store';
import type { StoredHeader, StoredRecord } from '../src/storage/schema';
import { EntryIndex } from '../src/vault/entry-index';
import { entryBody, KIND_ENTRY, KIND_SUMMARY, parseSummaries, summarize, SUMMARY_ID } from '../src/vault/entry-schema';
import { createVaultGate } from '../src/vault/gate';
import { entryKey, recoveryKek, recoverySlotAad, unwrapKey } from '../src/vault/key-slots';
import { decodeRecord, encodeRecord, recordAad } from '../src/vault/record-codec';
import { SearchIndex } from '../src/vault/search-index';
import { Session } from '../src/vault/session';
import type { Entry, VaultSession } from '../src/vault/types';

export type BenchConfig =
  | { task: 'kdf'; impl: 'worker' | 'wasm' | 'js' }
  | { task: 'seed'; db: string; entries: number; viaSession: number; textBytes: number }
  | { task: 'unlock'; db: string; recoveryKey: string }
  | { task: 'floor-read'; db: string; recoveryKey: string }
  | { task: 'floor-first'; db: string; recoveryKey: string }
  | { task: 'app-split'; db: string; recoveryKey: string }
  | { task: 'save'; db: string; recoveryKey: string; count: number; textBytes: number }
  | { task: 'search'; entries: number; textBytes: number; rounds: number };

declare global {
  interface Window {
    runBench(config: BenchConfig): Promise<unknown>;
    benchReady: boolean;
  }
}

const PASSPHRASE = 'bench harbour lantern moss quiet';
const SEED_BATCH = 500;

// ---------------------------------------------------------------- 1. KDF

/** Fixed inputs so the three implementations can be checked against each other. */
const kdfPassword = utf8('correct horse battery staple, benchmark edition');
const kdfSalt = new Uint8Array(KDF_SALT_BYTES).map((_, i) => i * 7 + 1);

async function kdf(impl: 'worker' | 'wasm' | 'js') {
  const params = { ...ARGON2ID_DEFAULT };
  const t0 = performance.now();
  const key =
    impl === 'worker'
      ? await deriveKeyInWorker(kdfPassword, kdfSalt, params)
      : impl === 'wasm'
        ? await argon2idWasm(kdfPassword, kdfSalt, params, KDF_KEY_BYTES)
        : await argon2idJs(kdfPassword, kdfSalt, params, KDF_KEY_BYTES);
  const ms = performance.now() - t0;
  return { ms, keyHex: Array.from(key, (b) => b.toString(16).padStart(2, '0')).join('') };
}

// ---------------------------------------------------------------- text

/** Deterministic PRNG (mulberry32), so every run writes the same journal. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'session client felt noticed today again after before quiet heavy tired grateful anxious calm ' +
  'supervision boundary transference countertransference silence pause breath body shoulders ' +
  'morning evening week difficult hopeful stuck moving slowly carefully listening reflecting ' +
  'question answer story memory grief anger relief shame kindness care rest walk sleep coffee ' +
  'notes plan goal small step progress setback repair rupture alliance trust safety pace ' +
  'I me my we they she he it was were is are had have would could should might the a an and ' +
  'but or so because when while that this what how why not very quite really almost never ' +
  'always sometimes often rarely café naïve déjà vu résumé – ’ —'
).split(' ');

const WORD_BYTES = WORDS.map((w) => utf8(w).length);

/** Paragraphs of sentences, cut at a word boundary to at most `targetBytes` of UTF-8. */
function makeText(random: () => number, targetBytes: number): string {
  const parts: string[] = [];
  let bytes = 0;
  let sentenceLeft = 0;
  let sentencesLeft = 3 + Math.floor(random() * 5);
  let startOfSentence = true;
  for (;;) {
    const i = Math.floor(random() * WORDS.length);
    // separator before the word: nothing, a space, or a paragraph break after a sentence
    const sep = parts.length === 0 ? '' : startOfSentence && sentencesLeft === 0 ? '\n\n' : ' ';
    const end = sentenceLeft === 1 ? (random() < 0.1 ? '?' : '.') : '';
    const word = startOfSentence ? WORDS[i]![0]!.toUpperCase() + WORDS[i]!.slice(1) : WORDS[i]!;
    const size = sep.length + WORD_BYTES[i]! + end.length;
    if (bytes + size > targetBytes) break;
    if (startOfSentence) {
      if (sentencesLeft === 0) sentencesLeft = 3 + Math.floor(random() * 5);
      sentencesLeft--;
      sentenceLeft = 6 + Math.floor(random() * 14);
    }
    parts.push(sep, word, end);
    bytes += size;
    sentenceLeft--;
    startOfSentence = sentenceLeft === 0;
  }
  return parts.join('');
}

function makeTitle(random: () => number): string {
  if (random() < 0.3) return ''; // the list then shows the first line
  const n = 2 + Math.floor(random() * 5);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(random() * WORDS.length)]!);
  const t = words.join(' ');
  return t[0]!.toUpperCase() + t.slice(1);
}

// ---------------------------------------------------------------- 2. seed

const DAY = 86_400_000;

/**
 * A vault with `entries` entries. All but the newest `viaSession` are written in bulk through
 * the store (records from encodeRecord, as the session would make them); the newest are saved
 * through session.saveEntry, so the summary record holds exactly the newest page.
 */
async function seed(db: string, entries: number, viaSession: number, textBytes: number) {
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

// ---------------------------------------------------------------- 3. unlock (the app's path)

function whenFullyLoaded(session: VaultSession, timeoutMs = 120_000): Promise<number> {
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
async function unlock(db: string, recoveryKey: string) {
  const store = await openVaultStore(db);
  const gate = createVaultGate({ store, deriveKey: deriveKeyInline });
  const t0 = performance.now();
  const session = await gate.unlockWithRecoveryKey(recoveryKey);
  const firstPage = session.listEntries();
  const t1 = performance.now();
  const fullyLoadedAtResolve = session.isFullyLoaded();
  const t2 = await whenFullyLoaded(session);
  const all = session.listEntries();
  const result = {
    firstPageMs: t1 - t0,
    fullMs: t2 - t0,
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

// ---------------------------------------------------------------- search

/** Realistic queries: one word, two words, a word being typed (prefix), a rare pair, accents. */
const SEARCH_QUERIES = ['grief', 'tired supervision', 'bound', 'rupture repair', 'cafe', 'countertrans', 'slowly care'];

/**
 * Search over `entries` generated entries (the seed's text), in memory: the SearchIndex the
 * session uses (build once, then every query `rounds` times, timed one by one). The floor, in
 * the same run: a naive scan, lower-casing each query word and testing `includes` on every
 * entry's pre-lower-cased title + body (no ranking, no highlights, no accent folding).
 */
function search(entries: number, textBytes: number, rounds: number) {
  const random = prng(entries + 7);
  const list: Entry[] = [];
  for (let i = 0; i < entries; i++) {
    const created = Date.now() - Math.floor(random() * 5 * 365 * DAY);
    list.push({ id: randomUuid(), title: makeTitle(random), body: makeText(random, textBytes), created, updated: created });
  }
  let t = performance.now();
  const index = new SearchIndex();
  index.putMany(list);
  index.prepare();
  const buildMs = performance.now() - t;
  const lowered = list.map((e) => `${e.title}\n${e.body}`.toLowerCase());
  const appMs: number[] = [];
  const floorMs: number[] = [];
  const totals: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    for (const q of SEARCH_QUERIES) {
      t = performance.now();
      totals[q] = index.search(q).total;
      appMs.push(performance.now() - t);
      t = performance.now();
      const words = q.toLowerCase().split(' ');
      let found = 0;
      for (const text of lowered) if (words.every((w) => text.includes(w))) found++;
      floorMs.push(performance.now() - t);
      if (found < 0) throw new Error('unreachable'); // keeps the scan from being optimised away
    }
  }
  return { appMs, floorMs, buildMs, totals, queries: SEARCH_QUERIES };
}

// ---------------------------------------------------------------- floors: plain IndexedDB + noble

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Open an existing database with the plain API; never creates or upgrades one. */
function rawOpen(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onupgradeneeded = () => {
      req.transaction?.abort();
      reject(new Error(`database ${name} does not exist (seed it first)`));
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function txDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** EK from the recovery key, with the vault's own key-slot functions (untimed setup). */
function recoveryEk(header: StoredHeader, recoveryKey: string): Uint8Array {
  const key = normalizeRecoveryKey(recoveryKey);
  if (!key) throw new Error('bad recovery key');
  const mk = unwrapKey(recoveryKek(key, header.vaultId), header.slots.rk, recoverySlotAad(header.vaultId));
  if (!mk) throw new Error('recovery key does not open the vault');
  return entryKey(mk);
}

/**
 * The physical floor of "everything decrypted": one plain-IndexedDB getAll() of the records
 * store, then XChaCha20-Poly1305 over every record's ciphertext with @noble/ciphers, nothing
 * else (no unpadding, no UTF-8, no JSON). The AADs are built between the two timed parts:
 * they are part of the record format, not of the cipher.
 */
async function floorRead(db: string, recoveryKey: string) {
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
async function floorFirst(db: string, recoveryKey: string) {
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
async function appSplit(db: string, recoveryKey: string) {
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

// ---------------------------------------------------------------- 4. save

/**
 * `count` saves through session.saveEntry into an unlocked, fully loaded vault, alternating new
 * entries and edits of existing ones. Interleaved with each save, the floor: one raw encrypt of
 * a plaintext the size of an entry record's, and one plain-IndexedDB put of that record in its
 * own readwrite transaction with durability 'strict' (what Dexie is configured with), timed to
 * the transaction's complete event. The floor's records are deleted afterwards.
 */
async function save(db: string, recoveryKey: string, count: number, textBytes: number) {
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

// ---------------------------------------------------------------- entry point

window.runBench = async (config: BenchConfig) => {
  switch (config.task) {
    case 'kdf':
      return kdf(config.impl);
    case 'seed':
      return seed(config.db, config.entries, config.viaSession, config.textBytes);
    case 'unlock':
      return unlock(config.db, config.recoveryKey);
    case 'search':
      return search(config.entries, config.textBytes, config.rounds);
    case 'floor-read':
      return floorRead(config.db, config.recoveryKey);
    case 'floor-first':
      return floorFirst(config.db, config.recoveryKey);
    case 'app-split':
      return appSplit(config.db, config.recoveryKey);
    case 'save':
      return save(config.db, config.recoveryKey, config.count, config.textBytes);
  }
};
window.benchReady = true;
