import type { StoredHeader, StoredRecord } from './schema';

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
  /** Puts and deletes in ONE transaction: all or nothing. */
  writeRecords(put: StoredRecord[], remove?: string[]): Promise<void>;
  /**
   * Runs `save` when another tab asks to upgrade the database, while this connection still
   * works, so pending drafts are stored before it closes (it waits a few seconds at most).
   */
  beforeClose(save: () => Promise<unknown>): () => void;
  /** Called when another tab upgrades the database and this connection was closed. */
  onClosed(listener: () => void): () => void;
  close(): void;
}
