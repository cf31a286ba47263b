import Dexie, { type Table } from 'dexie';
import { SCHEMA_V1, type StoredHeader, type StoredRecord } from './schema';

/**
 * The typed Dexie database, kept apart from how it is opened (style §7) so tests can
 * make a fresh one per case.
 */
export class TendDB extends Dexie {
  header!: Table<StoredHeader, string>;
  records!: Table<StoredRecord, string>;

  constructor(name: string, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    super(name, {
      // 'strict' makes Chromium flush to disk before a write transaction reports success:
      // a journal entry the user saw as "Saved" must survive a power cut.
      chromeTransactionDurability: 'strict',
      // We never use liveQuery; Dexie's query cache would only duplicate ciphertext in memory.
      cache: 'disabled',
      ...(options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : {}),
    });
    this.version(1).stores(SCHEMA_V1);
  }
}
