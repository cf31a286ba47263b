import type { DeriveKey } from '../crypto/kdf';
import type { Argon2idParams } from '../crypto/kdf-params';
import { randomUuid } from '../crypto/random';
import type { RecordChange } from '../storage/change-feed';
import { IMPORT_LOCK, KEYS_LOCK, webLockExclusive, type Exclusive } from '../storage/exclusive';
import type { StoredHeader, StoredRecord } from '../storage/schema';
import type { ExpectedRecord, VaultStore } from '../storage/vault-store';
import { EntryIndex } from './entry-index';
import { entryBody, KIND_DOC, KIND_ENTRY, KIND_SUMMARY, parseEntry, SUMMARY_ID, tidyEntry } from './entry-schema';
import { isVaultError, VaultError } from './errors';
import { readCurrentHeader, withNewPassphrase, withNewRecoveryKey } from './header-rewrite';
import type { Keyring } from './keyring';
import { assertPassphraseAcceptable } from './passphrase-policy';
import { decodeRecord, encodeRecord } from './record-codec';
import { storageCall } from './storage-errors';
import { planMerge } from './import-merge';
import type { SearchFilters, SearchResults } from './search-index';
import { applyStoredRecords, draftFields } from './tab-sync';
import { updateStoredDoc } from './doc-writes';
import { deleteStored, restoreOrCopy, retrying, saveOverBase, type WriteContext } from './versioned-writes';
import type {
  Doc, Entry, EntryDraft, EntrySummary, ImportBatch, ImportSummary, SaveResult, VaultErrorCode, VaultSession,
} from './types';

/** What a session needs from the outside (style §2: handed in, so tests can use fakes). */
export interface SessionDeps {
  store: VaultStore;
  deriveKey: DeriveKey;
  /** Parameters for new passphrase slots (tests pass the floor to stay fast). */
  kdfParams?: Argon2idParams;
  now?: () => number;
  /** The cross-tab lock (Web Locks); tests hand in a recorder to prove what runs under it. */
  exclusive?: Exclusive;
}

/** An unlocked vault: the keyring, the in-memory index, and every write path. */
export class Session implements VaultSession {
  readonly index = new EntryIndex();
  private readonly listeners = new Set<() => void>();
  private readonly stopListening: () => void;

  constructor(
    private readonly deps: SessionDeps,
    private header: StoredHeader,
    private readonly keyring: Keyring,
  ) {
    // Other tabs' writes (ids and kinds only): re-read and decrypt them here, so lists stay fresh.
    this.stopListening = deps.store.onRemoteChange((changes) => void this.applyRemoteChanges(changes));
  }

  /** The record key, for the index's loader; throws 'locked' after lock. */
  keyringEk(): Uint8Array {
    return this.keyring.ek;
  }

  listEntries(): EntrySummary[] {
    this.keyring.ek; // throws 'locked' after lock
    return this.index.list();
  }

  isFullyLoaded(): boolean {
    return this.index.isLoaded;
  }

  loadFailure(): VaultErrorCode | null {
    const failure = this.index.loadFailure;
    if (failure === null) return null;
    return isVaultError(failure) ? failure.code : 'storage-failed';
  }

  /** The background load failed: note why and tell the list, which says so instead of spinning. */
  failLoad(err: unknown): void {
    this.index.failLoad(isVaultError(err) ? err : new VaultError('storage-failed', 'reading every record failed', { cause: err }));
    this.emit();
  }

  async retryLoad(): Promise<void> {
    if (this.index.isLoaded || this.index.loadFailure === null) return;
    const before = JSON.stringify(this.index.newestPage());
    try {
      const records = storageCall(() => this.deps.store.readAllRecords());
      this.index.retrying();
      this.emit();
      if (!(await this.index.loadAll(() => this.keyring.ek, await records))) return;
    } catch (err) {
      if (!isVaultError(err, 'locked')) this.failLoad(err);
      return;
    }
    this.emit();
    if (JSON.stringify(this.index.newestPage()) !== before) await this.repairSummary().catch(() => {});
  }

  /** How many records could not be opened (damaged); they are kept, never deleted. */
  damagedCount(): number {
    return this.index.damagedCount;
  }

  /** How many records a newer Tend wrote; kept exactly as stored, never rewritten or deleted. */
  newerVersionCount(): number {
    return this.index.newerVersionCount;
  }

  async getEntry(id: string): Promise<Entry> {
    const cached = this.index.get(id);
    if (cached) return cached;
    const ek = this.keyring.ek;
    const record = await storageCall(() => this.deps.store.readRecord(id));
    if (!record || record.kind !== KIND_ENTRY) throw new VaultError('not-found', 'no such entry');
    const entry = parseEntry(id, decodeRecord(ek, record));
    if (!this.keyring.isWiped) this.index.remember(entry);
    return entry;
  }

  async saveEntry(draft: EntryDraft): Promise<Entry> {
    return (await this.saveEntryChecked(draft)).entry;
  }

  async saveEntryChecked(draft: EntryDraft): Promise<SaveResult> {
    if (draft.id !== undefined && draft.baseUpdated !== undefined) return saveOverBase(this.writes, draft, draft.id, draft.baseUpdated);
    const now = this.now();
    const previous = draft.id ? await this.getEntry(draft.id) : undefined;
    // Fields the draft leaves out keep their stored values (a plain edit keeps the prompt it answers).
    const entry: Entry = tidyEntry({
      ...previous,
      ...draftFields(draft),
      id: previous?.id ?? randomUuid(),
      created: draft.created ?? previous?.created ?? now,
      updated: now,
    });
    await this.write([entry], [], { put: entry });
    this.commit(entry);
    return { entry, conflict: null };
  }

  deleteEntry(id: string): Promise<Entry> {
    return deleteStored(this.writes, id);
  }

  restoreEntry(entry: Entry): Promise<void> {
    return restoreOrCopy(this.writes, entry);
  }

  /** What the conflict-checked writes (versioned-writes.ts) use of this session. */
  private get writes(): WriteContext {
    return {
      index: this.index,
      store: this.deps.store,
      ek: () => this.keyring.ek,
      now: () => this.now(),
      write: (put, remove, change, expected) => this.write(put, remove, change, expected),
      commit: (entry) => this.commit(entry),
      commitRemove: (id) => this.commitRemove(id),
    };
  }

  private commit(entry: Entry): void {
    this.index.put(entry);
    this.emit();
  }

  private commitRemove(id: string): void {
    this.index.remove(id);
    this.emit();
  }

  docs<T>(type: string): Doc<T>[] {
    this.keyring.ek;
    return this.index.docs(type) as Doc<T>[];
  }

  async putDoc<T>(type: string, data: T, id?: string): Promise<Doc<T>> {
    const doc: Doc<T> = { id: id ?? randomUuid(), type, data, updated: this.now() };
    const record = encodeRecord(this.keyring.ek, KIND_DOC, doc.id, { type, data, updated: doc.updated });
    await storageCall(() => this.deps.store.writeRecords([record]));
    this.index.putDoc(doc);
    this.emit();
    return doc;
  }

  updateDoc<T>(type: string, id: string | undefined, change: (current: unknown) => T): Promise<Doc<T>> {
    const ctx = { index: this.index, store: this.deps.store, ek: () => this.keyring.ek, now: () => this.now(), emit: () => this.emit() };
    return updateStoredDoc(ctx, type, id, change);
  }

  async deleteDoc(id: string): Promise<void> {
    this.keyring.ek;
    if (!this.index.getDoc(id)) throw new VaultError('not-found', 'no such document');
    await storageCall(() => this.deps.store.writeRecords([], [id]));
    this.index.removeDoc(id);
    this.emit();
  }

  async exportAll(): Promise<ImportBatch> {
    this.keyring.ek;
    await this.index.whenLoaded;
    this.keyring.ek; // locked while waiting?
    return { entries: this.index.allEntries(), docs: this.index.allDocs() };
  }

  async mergeImport(batch: ImportBatch): Promise<ImportSummary> {
    // One import at a time across tabs, each planned against what the others wrote.
    return this.exclusive(IMPORT_LOCK, async () => {
      await this.index.whenLoaded;
      return retrying(async () => {
        const ek = this.keyring.ek;
        const plan = planMerge(this.index.allEntries(), this.index.allDocs(), batch, randomUuid, this.index.unreadableIds());
        // Encrypt everything before the transaction (design §5: no non-Dexie work inside it).
        const records: StoredRecord[] = plan.entries.map((e) => encodeRecord(ek, KIND_ENTRY, e.id, entryBody(e)));
        for (const d of plan.docs) records.push(encodeRecord(ek, KIND_DOC, d.id, { type: d.type, data: d.data, updated: d.updated }));
        const page = this.index.previewNewestPageWith(plan.entries);
        records.push(encodeRecord(ek, KIND_SUMMARY, SUMMARY_ID, { entries: page }));
        // Every id the plan adds must still be free: an import never overwrites.
        const free: ExpectedRecord[] = [...plan.entries, ...plan.docs].map(({ id }) => ({ id }));
        if ((await storageCall(() => this.deps.store.writeRecords(records, [], free))) === false) {
          // Another tab wrote some of these ids since this tab last looked: learn them, plan again.
          await this.refreshRecords(free.map(({ id }) => id));
          return undefined;
        }
        this.index.putMany(plan.entries);
        for (const d of plan.docs) this.index.putDoc(d);
        this.emit();
        return plan.summary;
      });
    });
  }

  /**
   * Encrypt entries plus the new summary record first, then one all-or-nothing write.
   * With `expected`, false means another tab changed those records first and nothing was written.
   */
  private async write(put: Entry[], remove: string[], change: { put?: Entry; remove?: string }, expected?: ExpectedRecord[]): Promise<boolean> {
    const ek = this.keyring.ek;
    const records: StoredRecord[] = put.map((e) => encodeRecord(ek, KIND_ENTRY, e.id, entryBody(e)));
    records.push(encodeRecord(ek, KIND_SUMMARY, SUMMARY_ID, { entries: this.index.previewNewestPage(change) }));
    // Only an explicit false is a failed precondition (a store without the check just writes).
    return (await storageCall(() => this.deps.store.writeRecords(records, remove, expected))) !== false;
  }

  /** Another tab wrote or deleted these records: re-read and decrypt them here. Locked tabs ignore it. */
  async applyRemoteChanges(changes: RecordChange[]): Promise<void> {
    const ids = [...new Set(changes.filter((c) => c.kind === KIND_ENTRY || c.kind === KIND_DOC).map((c) => c.id))];
    if (ids.length === 0 || this.keyring.isWiped) return;
    try {
      await this.refreshRecords(ids);
    } catch {
      // Locked meanwhile, or storage closed: the next unlock reads everything anyway.
    }
  }

  private async refreshRecords(ids: string[]): Promise<void> {
    const records = await storageCall(() => this.deps.store.readRecords(ids));
    if (this.keyring.isWiped) return;
    if (applyStoredRecords(this.index, this.keyring.ek, ids, records)) this.emit();
  }

  /** Rewrite the summary record from the full index (after a load found it stale). */
  async repairSummary(): Promise<void> {
    const record = encodeRecord(this.keyring.ek, KIND_SUMMARY, SUMMARY_ID, { entries: this.index.newestPage() });
    await storageCall(() => this.deps.store.writeRecords([record]));
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    assertPassphraseAcceptable(next);
    await this.exclusive(KEYS_LOCK, async () => {
      const header = await readCurrentHeader(this.deps.store, this.header.vaultId);
      await this.replaceHeader(await withNewPassphrase(this.deps.deriveKey, header, this.keyring.mk, current, next, this.deps.kdfParams));
    });
  }

  async regenerateRecoveryKey(): Promise<string> {
    return this.exclusive(KEYS_LOCK, async () => {
      const current = await readCurrentHeader(this.deps.store, this.header.vaultId);
      const { header, recoveryKey } = withNewRecoveryKey(current, this.keyring.mk);
      await this.replaceHeader(header);
      return recoveryKey;
    });
  }

  private async replaceHeader(header: StoredHeader): Promise<void> {
    await storageCall(() => this.deps.store.putHeader(header));
    this.header = header;
  }

  private exclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
    return (this.deps.exclusive ?? webLockExclusive)(name, task);
  }

  search(query: string, filters?: SearchFilters, limit?: number): SearchResults {
    this.keyring.ek; // throws 'locked' after lock
    return this.index.searchIndex().search(query, filters, limit);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Notify list subscribers (saves, deletes, background load). */
  emit(): void {
    for (const listener of this.listeners) listener();
  }

  lock(): void {
    this.stopListening();
    this.keyring.wipe();
    this.index.clear();
    this.emit();
    this.listeners.clear();
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }
}
