import type { RecordChange } from './change-feed';
import type { StoredHeader, StoredRecord } from './schema';

/**
 * A precondition of a conditional write: the record `id` must still be exactly the version
 * that was read (the same nonce: every write draws a fresh one), or absent when `n` is undefined.
 */
export interface ExpectedRecord {
  id: string;
  n?: Uint8Array;
}

/**
 * Everything the vault needs from a database, and nothing more (style §2: the domain
 * depends on a small interface). All content is already ciphertext when it gets here.
 */
export interface VaultStore {
  /** The header, or undefined on first run. */
  readHeader(): Promise<StoredHeader | undefined>;
  /** Header and first records in one transaction; fails with `already-exists` if a vault exists. */
  createVault(header: StoredHeader, records: StoredRecord[]): Promise<void>;
  /** Replace the header (new key slot); the previous one is overwritten atomically. */
  putHeader(header: StoredHeader): Promise<void>;
  /** Every record, in one read. */
  readAllRecords(): Promise<StoredRecord[]>;
  readRecord(id: string): Promise<StoredRecord | undefined>;
  /** The records with these ids, in order (undefined where there is none), in one read. */
  readRecords(ids: string[]): Promise<(StoredRecord | undefined)[]>;
  /**
   * Puts and deletes in ONE transaction: all or nothing. With `expected`, the records are
   * checked inside that same transaction first, and if any changed nothing is written and
   * the result is false. IndexedDB runs readwrite transactions on a store one after another,
   * across tabs too, so no other tab's write can come between the check and the write.
   */
  writeRecords(put: StoredRecord[], remove?: string[], expected?: ExpectedRecord[]): Promise<boolean>;
  /** Other tabs' committed writes: record ids and kinds only. Returns unsubscribe. */
  onRemoteChange(listener: (changes: RecordChange[]) => void): () => void;
  /**
   * Runs `save` when another tab asks to upgrade the database, while this connection still
   * works, so pending drafts are stored before it closes (it waits a few seconds at most).
   */
  beforeClose(save: () => Promise<unknown>): () => void;
  /** Called when another tab upgrades the database and this connection was closed. */
  onClosed(listener: () => void): () => void;
  close(): void;
}
