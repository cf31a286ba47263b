import { SILENT_FEED, type ChangeFeed, type RecordChange } from './change-feed';
import { StorageError, toOpenError, toStorageError } from './errors';
import { SCHEMA_VERSION, type StoredHeader, type StoredRecord } from './schema';
import { TendDB } from './tend-db';
import type { ExpectedRecord, VaultStore } from './vault-store';

/** The production database name. */
export const DEFAULT_DB_NAME = 'tend';

/**
 * How long a connection stays open for `beforeClose` hooks when another tab asks to
 * upgrade: long enough to save a draft, short enough that the other tab is not left
 * waiting on a hung save.
 */
export const BEFORE_CLOSE_LIMIT_MS = 4000;

/** Where to open, and who to tell while the open waits on another tab. */
export interface OpenStoreOptions {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /**
   * Called when opening has to wait because another tab keeps an older connection open
   * (its upgrade is "blocked"). The open goes on by itself once that tab lets go.
   */
  onBlocked?: () => void;
  /** Where committed writes are announced to other tabs (`broadcastChangeFeed`); silent when not given. */
  changes?: ChangeFeed;
}

/**
 * Open the Dexie-backed store. Fails with `unavailable` when this browser context has
 * no usable IndexedDB (storage disabled, some private modes) and `version-too-new` when
 * a newer Tend already upgraded the database.
 */
export async function openVaultStore(name: string = DEFAULT_DB_NAME, options: OpenStoreOptions = {}): Promise<VaultStore> {
  let db: TendDB;
  try {
    if (!options.indexedDB && typeof indexedDB === 'undefined') throw Object.assign(new Error('no IndexedDB'), { name: 'MissingAPIError' });
    db = new TendDB(name, options);
    db.on('blocked', () => {
      options.onBlocked?.();
      return false; // instead of Dexie's console warning: the app tells the user
    });
    await db.open();
  } catch (err) {
    throw toOpenError(err);
  }
  // Dexie 4 quietly opens a database that a NEWER Tend already upgraded (it stores
  // version x 10 natively). Writing to it with old code could corrupt what the newer
  // version expects, so refuse and leave it untouched.
  const nativeVersion = db.backendDB().version;
  if (nativeVersion > SCHEMA_VERSION * 10) {
    db.close();
    throw new StorageError('version-too-new', `database version ${nativeVersion / 10} is newer than this app`);
  }
  return new DexieVaultStore(db, options.changes ?? SILENT_FEED);
}

/** VaultStore over TendDB; every failure is rethrown as a StorageError. */
class DexieVaultStore implements VaultStore {
  private readonly closedListeners = new Set<() => void>();
  private readonly beforeCloseHooks = new Set<() => Promise<unknown>>();
  private closing = false;

  constructor(
    private readonly db: TendDB,
    private readonly changes: ChangeFeed,
  ) {
    // Another tab wants to upgrade (or delete) the database. Save what is pending while
    // the connection still works, then close so that tab is not blocked, and tell the app,
    // which keeps the screen as it is and asks the user to reload.
    db.on('versionchange', () => {
      void this.closeAfterSaving();
      return false; // instead of Dexie's immediate close
    });
  }

  private async closeAfterSaving(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, BEFORE_CLOSE_LIMIT_MS)));
    const saves = Promise.allSettled([...this.beforeCloseHooks].map((hook) => hook()));
    await Promise.race([saves, limit]);
    clearTimeout(timer);
    this.db.close();
    for (const listener of this.closedListeners) listener();
  }

  readHeader(): Promise<StoredHeader | undefined> {
    return guard(() => this.db.header.get('vault'));
  }

  async createVault(header: StoredHeader, records: StoredRecord[]): Promise<void> {
    await guard(() =>
      this.db.transaction('rw', this.db.header, this.db.records, async () => {
        await this.db.header.add(header); // add, not put: never overwrite an existing vault
        await this.db.records.bulkAdd(records);
      }),
    );
    this.announce(records, []);
  }

  putHeader(header: StoredHeader): Promise<void> {
    return guard(async () => {
      await this.db.header.put(header);
    });
  }

  readAllRecords(): Promise<StoredRecord[]> {
    return guard(() => this.db.records.toArray());
  }

  readRecord(id: string): Promise<StoredRecord | undefined> {
    return guard(() => this.db.records.get(id));
  }

  readRecords(ids: string[]): Promise<(StoredRecord | undefined)[]> {
    return guard(() => this.db.records.bulkGet(ids));
  }

  async writeRecords(put: StoredRecord[], remove: string[] = [], expected: ExpectedRecord[] = []): Promise<boolean> {
    let removed: RecordChange[] = [];
    const written = await guard(() =>
      this.db.transaction('rw', this.db.records, async () => {
        if (expected.length && !matches(expected, await this.db.records.bulkGet(expected.map((e) => e.id)))) return false;
        // The kinds of deleted records, for the other tabs (a delete names only the id).
        if (remove.length) removed = kindsOf(remove, await this.db.records.bulkGet(remove));
        if (put.length) await this.db.records.bulkPut(put);
        if (remove.length) await this.db.records.bulkDelete(remove);
        return true;
      }),
    );
    if (written) this.announce(put, removed);
    return written;
  }

  onRemoteChange(listener: (changes: RecordChange[]) => void): () => void {
    return this.changes.listen(listener);
  }

  /** After a commit only: ids and kinds, never anything else (see change-feed.ts). */
  private announce(put: StoredRecord[], removed: RecordChange[]): void {
    try {
      this.changes.announce([...put.map(({ id, kind }) => ({ id, kind })), ...removed]);
    } catch {
      // Another tab misses a refresh (it still sees the change on its next unlock); the write stands.
    }
  }

  beforeClose(save: () => Promise<unknown>): () => void {
    this.beforeCloseHooks.add(save);
    return () => this.beforeCloseHooks.delete(save);
  }

  onClosed(listener: () => void): () => void {
    this.closedListeners.add(listener);
    return () => this.closedListeners.delete(listener);
  }

  close(): void {
    this.db.close();
    this.changes.close();
  }
}

/** True when every expected record is still the version that was read (or still absent). */
function matches(expected: ExpectedRecord[], current: (StoredRecord | undefined)[]): boolean {
  return expected.every((e, i) => {
    const now = current[i];
    if (e.n === undefined || now === undefined) return e.n === undefined && now === undefined;
    return now.n.length === e.n.length && now.n.every((byte, j) => byte === e.n![j]);
  });
}

function kindsOf(ids: string[], found: (StoredRecord | undefined)[]): RecordChange[] {
  const out: RecordChange[] = [];
  ids.forEach((id, i) => {
    const kind = found[i]?.kind;
    if (kind !== undefined) out.push({ id, kind });
  });
  return out;
}

async function guard<T>(fn: () => PromiseLike<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toStorageError(err);
  }
}
