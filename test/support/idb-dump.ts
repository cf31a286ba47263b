/**
 * Raw IndexedDB databases as JSON, for the migration fixtures (test/fixtures/db-*.json) and
 * the storage-fault tests: every object store with its key path, indexes and rows, bytes
 * as `{ "$bytes": "<base64>" }`. No app code is involved in reading or writing a dump, so
 * a fixture is exactly what an old Tend left in the browser, and a dump taken before and
 * after the app ran shows whether it wrote anything.
 *
 * Node side (fake-indexeddb in unit tests): `dumpDatabase` / `loadDatabase`.
 * Browser side (real IndexedDB, through page.evaluate): `BROWSER_DUMP_DB` / `BROWSER_LOAD_DB`,
 * plain-JS strings so no transpiler helper ends up in the page.
 */

/** One object store: its shape and every row. */
export interface StoreDump {
  keyPath: string | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
  rows: unknown[];
}

/** A whole database at its native IndexedDB version (Dexie stores version x 10). */
export interface DbDump {
  name: string;
  version: number;
  stores: Record<string, StoreDump>;
}

/** Bytes to JSON: `{ $bytes: base64 }`, recursively. */
export function toJsonValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  return value;
}

/** JSON back to values with Uint8Array bytes. */
export function fromJsonValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromJsonValue);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.$bytes === 'string' && Object.keys(o).length === 1) return new Uint8Array(Buffer.from(o.$bytes, 'base64'));
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, fromJsonValue(v)]));
  }
  return value;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Every store and row of `name` (JSON-ready), or null when the database does not exist. */
export async function dumpDatabase(factory: IDBFactory, name: string): Promise<DbDump | null> {
  const names = (await factory.databases()).map((d) => d.name);
  if (!names.includes(name)) return null;
  const db = await request(factory.open(name));
  try {
    const stores: Record<string, StoreDump> = {};
    const storeNames = [...db.objectStoreNames].sort();
    if (storeNames.length > 0) {
      const tx = db.transaction(storeNames, 'readonly');
      for (const storeName of storeNames) {
        const store = tx.objectStore(storeName);
        const indexes = [...store.indexNames].sort().map((n) => {
          const index = store.index(n);
          return { name: n, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
        });
        const rows = (await request(store.getAll())).map(toJsonValue);
        stores[storeName] = { keyPath: store.keyPath as string | null, autoIncrement: store.autoIncrement, indexes, rows };
      }
    }
    return { name, version: db.version, stores };
  } finally {
    db.close();
  }
}

/** Writes a dump as a fresh database at the dump's own (old) version: what an old Tend left behind. */
export async function loadDatabase(factory: IDBFactory, dump: DbDump): Promise<void> {
  await request(factory.deleteDatabase(dump.name));
  const open = factory.open(dump.name, dump.version);
  open.onupgradeneeded = () => {
    const db = open.result;
    for (const [storeName, s] of Object.entries(dump.stores)) {
      const store = db.createObjectStore(storeName, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
      for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
      for (const row of s.rows) store.add(fromJsonValue(row));
    }
  };
  const db = await request(open);
  db.close();
}

/**
 * In the page: `(${BROWSER_DUMP_DB})('tend')` resolves to the same JSON as `dumpDatabase`
 * (null when there is no such database).
 */
export const BROWSER_DUMP_DB = `(async (name) => {
  const req = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const b64 = (bytes) => { let s = ''; for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000)); return btoa(s); };
  const json = (v) => v instanceof Uint8Array ? { $bytes: b64(v) } : Array.isArray(v) ? v.map(json)
    : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, json(x)])) : v;
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes(name)) return null;
  const db = await req(indexedDB.open(name));
  try {
    const stores = {};
    const storeNames = [...db.objectStoreNames].sort();
    if (storeNames.length > 0) {
      const tx = db.transaction(storeNames, 'readonly');
      for (const storeName of storeNames) {
        const store = tx.objectStore(storeName);
        const indexes = [...store.indexNames].sort().map((n) => {
          const index = store.index(n);
          return { name: n, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
        });
        const rows = (await req(store.getAll())).map(json);
        stores[storeName] = { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes, rows };
      }
    }
    return { name, version: db.version, stores };
  } finally {
    db.close();
  }
})`;

/** In the page: `(${BROWSER_LOAD_DB})(dump)` replaces the database with the dump, at its version. */
export const BROWSER_LOAD_DB = `(async (dump) => {
  const req = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); r.onblocked = () => reject(new Error('blocked: close the app first')); });
  const bytes = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  const value = (v) => Array.isArray(v) ? v.map(value)
    : v && typeof v === 'object' ? (typeof v.$bytes === 'string' && Object.keys(v).length === 1 ? bytes(v.$bytes)
      : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, value(x)]))) : v;
  await req(indexedDB.deleteDatabase(dump.name));
  const open = indexedDB.open(dump.name, dump.version);
  open.onupgradeneeded = () => {
    const db = open.result;
    for (const [storeName, s] of Object.entries(dump.stores)) {
      const store = db.createObjectStore(storeName, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
      for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
      for (const row of s.rows) store.add(value(row));
    }
  };
  const db = await req(open);
  db.close();
  return true;
})`;
