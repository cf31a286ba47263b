/**
 * dumpStorage(page): read EVERYTHING the page's origin has stored, raw, so a test can assert that a
 * plaintext marker appears nowhere: every IndexedDB database / object store / record (via cursor),
 * localStorage, sessionStorage, cookies, every Cache Storage response body, and every OPFS file.
 *
 * Binary content (ArrayBuffer, typed arrays, DataView, Blob/File) is decoded as latin1, UTF-8 and
 * UTF-16LE (both alignments); strings that look like base64/base64url or hex are also decoded, so
 * "stored it base64-encoded" or "stored the UTF-8 bytes" does not hide a leak.
 */
import type { Page } from 'playwright-core';

export interface DumpedRecord {
  key: unknown;
  value: unknown;
  /** Every string found in key and value, decoded variants included, joined by newlines. */
  text: string;
}

export interface DumpedStore {
  name: string;
  keyPath: unknown;
  autoIncrement: boolean;
  indexes: string[];
  records: DumpedRecord[];
}

export interface DumpedDatabase {
  name: string;
  version: number;
  stores: DumpedStore[];
}

export interface DumpedEntry {
  /** e.g. "localStorage/key", "cache/<cache name>/<url>", "opfs/<path>" */
  where: string;
  text: string;
}

export interface StorageDump {
  origin: string;
  databases: DumpedDatabase[];
  /** localStorage, sessionStorage, cookies, Cache Storage and OPFS, one item each. */
  other: DumpedEntry[];
  /** Everything above as one searchable string. */
  text: string;
  /** Where `needle` occurs, e.g. ["idb/tend/records/\"3f…\"", "localStorage/draft"]; [] when nowhere. */
  find(needle: string): string[];
}

type RawDump = Omit<StorageDump, 'text' | 'find'>;

// Plain JavaScript evaluated in the page (a string, so no transpiler helper can leak into it).
const IN_PAGE = String.raw`(async () => {
  const utf8 = new TextDecoder('utf-8');
  const utf16 = new TextDecoder('utf-16le');
  const latin1 = (u8) => { let s = ''; for (let i = 0; i < u8.length; i += 8192) s += String.fromCharCode.apply(null, u8.subarray(i, i + 8192)); return s; };
  const decodeBytes = (u8, out) => {
    out.push(latin1(u8), utf8.decode(u8));
    out.push(utf16.decode(u8.subarray(0, u8.length & ~1)));
    if (u8.length > 2) out.push(utf16.decode(u8.subarray(1, 1 + ((u8.length - 1) & ~1))));
  };
  const decodeString = (s, out) => {
    out.push(s);
    if (s.length >= 8 && /^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) {
      try {
        const b = atob(s.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '').padEnd(Math.ceil(s.replace(/=+$/, '').length / 4) * 4, '='));
        decodeBytes(Uint8Array.from(b, (c) => c.charCodeAt(0)), out);
      } catch {}
    }
    if (s.length >= 8 && s.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(s)) {
      decodeBytes(Uint8Array.from(s.match(/../g), (h) => parseInt(h, 16)), out);
    }
  };
  const pendingBlobs = [];
  // Returns a JSON-safe copy of v; pushes every string (and decoded binary) into out.
  const walk = (v, out, seen) => {
    if (typeof v === 'string') { decodeString(v, out); return v; }
    if (v === null || typeof v === 'number' || typeof v === 'boolean') return v;
    if (v === undefined) return { $type: 'undefined' };
    if (typeof v === 'bigint') { out.push(String(v)); return { $type: 'bigint', value: String(v) }; }
    if (typeof v !== 'object') return { $type: typeof v };
    if (seen.has(v)) return { $type: 'cycle' };
    seen.add(v);
    if (v instanceof Date) { out.push(String(v.getTime())); return { $type: 'date', value: v.getTime() }; }
    if (v instanceof ArrayBuffer) { decodeBytes(new Uint8Array(v), out); return { $type: 'ArrayBuffer', length: v.byteLength }; }
    if (ArrayBuffer.isView(v)) {
      decodeBytes(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), out);
      return { $type: v.constructor.name, length: v.byteLength };
    }
    if (v instanceof Blob) {
      const entry = { $type: v instanceof File ? 'File' : 'Blob', size: v.size, type: v.type, name: v.name };
      if (v.name) decodeString(v.name, out);
      decodeString(v.type, out);
      pendingBlobs.push({ blob: v, out });
      return entry;
    }
    if (v instanceof RegExp) { out.push(String(v)); return { $type: 'RegExp', value: String(v) }; }
    if (v instanceof Error) { out.push(v.name, v.message); return { $type: 'Error', name: v.name, message: v.message }; }
    if (v instanceof Map) return { $type: 'Map', entries: [...v].map(([k, x]) => [walk(k, out, seen), walk(x, out, seen)]) };
    if (v instanceof Set) return { $type: 'Set', values: [...v].map((x) => walk(x, out, seen)) };
    if (Array.isArray(v)) return v.map((x) => walk(x, out, seen));
    const copy = {};
    for (const k of Object.keys(v)) { decodeString(k, out); copy[k] = walk(v[k], out, seen); }
    return copy;
  };
  const req = (r) => new Promise((ok, fail) => { r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });

  const databases = [];
  const recordOuts = [];
  for (const info of await indexedDB.databases()) {
    const db = await new Promise((ok, fail) => {
      const r = indexedDB.open(info.name);
      r.onupgradeneeded = () => r.transaction.abort(); // it vanished meanwhile: do not create it
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    }).catch(() => null);
    if (!db) continue;
    const dumped = { name: db.name, version: db.version, stores: [] };
    const names = [...db.objectStoreNames];
    if (names.length) {
      const tx = db.transaction(names, 'readonly');
      const done = new Promise((ok, fail) => { tx.oncomplete = ok; tx.onerror = () => fail(tx.error); tx.onabort = () => fail(tx.error); });
      for (const name of names) {
        const store = tx.objectStore(name);
        const s = { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes: [...store.indexNames], records: [] };
        dumped.stores.push(s);
        const cursorReq = store.openCursor();
        cursorReq.onsuccess = () => {
          const c = cursorReq.result;
          if (!c) return;
          const out = [];
          const rec = { key: walk(c.primaryKey, out, new WeakSet()), value: walk(c.value, out, new WeakSet()), text: '' };
          recordOuts.push({ rec, out });
          s.records.push(rec);
          c.continue();
        };
      }
      await done;
    }
    db.close();
    databases.push(dumped);
  }

  const other = [];
  const add = (where, strings) => other.push({ where, strings });
  for (const [label, area] of [['localStorage', self.localStorage], ['sessionStorage', self.sessionStorage]]) {
    for (let i = 0; area && i < area.length; i++) {
      const k = area.key(i); const out = [];
      decodeString(k, out); decodeString(area.getItem(k) ?? '', out);
      add(label + '/' + k, out);
    }
  }
  if (document.cookie) { const out = []; decodeString(document.cookie, out); add('cookies', out); }
  if (self.caches) {
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const request of await cache.keys()) {
        const res = await cache.match(request);
        const out = [request.url];
        if (res) {
          for (const [h, v] of res.headers) out.push(h + ': ' + v);
          decodeBytes(new Uint8Array(await res.arrayBuffer()), out);
        }
        add('cache/' + cacheName + '/' + request.url, out);
      }
    }
  }
  const opfs = async (dir, prefix) => {
    for await (const [name, handle] of dir.entries()) {
      if (handle.kind === 'directory') { await opfs(handle, prefix + name + '/'); continue; }
      const out = [name];
      decodeBytes(new Uint8Array(await (await handle.getFile()).arrayBuffer()), out);
      add('opfs/' + prefix + name, out);
    }
  };
  try { if (navigator.storage && navigator.storage.getDirectory) await opfs(await navigator.storage.getDirectory(), ''); } catch {}

  for (const { blob, out } of pendingBlobs) decodeBytes(new Uint8Array(await blob.arrayBuffer()), out);
  for (const { rec, out } of recordOuts) rec.text = out.join('\n');
  return { origin: location.origin, databases, other: other.map((o) => ({ where: o.where, text: o.strings.join('\n') })) };
})()`;

/** Reads the whole client-side state of the page's current origin. The page must be on the app. */
export async function dumpStorage(page: Page): Promise<StorageDump> {
  const raw = (await page.evaluate(IN_PAGE)) as RawDump;
  const located: DumpedEntry[] = [];
  for (const db of raw.databases) {
    for (const store of db.stores) {
      located.push({
        where: `idb/${db.name}/${store.name} (schema)`,
        text: [JSON.stringify(store.keyPath), ...store.indexes].join('\n'),
      });
      for (const rec of store.records) {
        located.push({ where: `idb/${db.name}/${store.name}/${JSON.stringify(rec.key)}`, text: rec.text });
      }
    }
  }
  located.push(...raw.other);
  const text = located.map((e) => `${e.where}\n${e.text}`).join('\n\n');
  return {
    ...raw,
    text,
    find: (needle: string) => located.filter((e) => e.where.includes(needle) || e.text.includes(needle)).map((e) => e.where),
  };
}
