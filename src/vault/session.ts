import { bytesEqual, utf8, zeroize } from '../crypto/bytes';
import type { DeriveKey } from '../crypto/kdf';
import { ARGON2ID_DEFAULT, KDF_SALT_BYTES, type Argon2idParams } from '../crypto/kdf-params';
import { randomBytes, randomUuid } from '../crypto/random';
import { formatRecoveryKey, generateRecoveryKey } from '../crypto/recovery-key';
import type { StoredHeader, StoredRecord } from '../storage/schema';
import type { VaultStore } from '../storage/vault-store';
import { EntryIndex } from './entry-index';
import { entryBody, KIND_DOC, KIND_ENTRY, KIND_SUMMARY, parseEntry, SUMMARY_ID, tidyEntry } from './entry-schema';
import { isVaultError, VaultError } from './errors';
import { headerParams, passwordSlotAad, recoveryKek, recoverySlotAad, unwrapKey, wipeKeys, wrapKey } from './key-slots';
import type { Keyring } from './keyring';
import { assertPassphraseAcceptable, normalizePassphrase } from './passphrase-policy';
import { decodeRecord, encodeRecord } from './record-codec';
import { storageCall } from './storage-errors';
import { planMerge } from './import-merge';
import type { SearchFilters, SearchResults } from './search-index';
import type { Doc, Entry, EntryDraft, EntrySummary, ImportBatch, ImportSummary, VaultErrorCode, VaultSession } from './types';

/** What a session needs from the outside (style §2: handed in, so tests can use fakes). */
export interface SessionDeps {
  store: VaultStore;
  deriveKey: DeriveKey;
  /** Parameters for new passphrase slots (tests pass the floor to stay fast). */
  kdfParams?: Argon2idParams;
  now?: () => number;
}

/** An unlocked vault: the keyring, the in-memory index, and every write path. */
export class Session implements VaultSession {
  readonly index = new EntryIndex();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly deps: SessionDeps,
    private header: StoredHeader,
    private readonly keyring: Keyring,
  ) {}

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
    const now = this.now();
    const previous = draft.id ? await this.getEntry(draft.id) : undefined;
    // Fields the draft leaves out keep their stored values (a plain edit keeps the prompt it answers).
    const entry: Entry = tidyEntry({
      ...previous,
      ...withoutUndefinedId(draft),
      id: previous?.id ?? randomUuid(),
      created: draft.created ?? previous?.created ?? now,
      updated: now,
    });
    await this.write([entry], [], { put: entry });
    this.index.put(entry);
    this.emit();
    return entry;
  }

  async deleteEntry(id: string): Promise<Entry> {
    const entry = await this.getEntry(id);
    await this.write([], [id], { remove: id });
    this.index.remove(id);
    this.emit();
    return entry;
  }

  async restoreEntry(entry: Entry): Promise<void> {
    await this.write([entry], [], { put: entry });
    this.index.put(entry);
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
    await this.index.whenLoaded;
    const ek = this.keyring.ek;
    const plan = planMerge(this.index.allEntries(), this.index.allDocs(), batch, randomUuid);
    // Encrypt everything before the transaction (design §5: no non-Dexie work inside it).
    const records: StoredRecord[] = plan.entries.map((e) => encodeRecord(ek, KIND_ENTRY, e.id, entryBody(e)));
    for (const d of plan.docs) records.push(encodeRecord(ek, KIND_DOC, d.id, { type: d.type, data: d.data, updated: d.updated }));
    const page = this.index.previewNewestPageWith(plan.entries);
    records.push(encodeRecord(ek, KIND_SUMMARY, SUMMARY_ID, { entries: page }));
    await storageCall(() => this.deps.store.writeRecords(records));
    this.index.putMany(plan.entries);
    for (const d of plan.docs) this.index.putDoc(d);
    this.emit();
    return plan.summary;
  }

  /** Encrypt entries plus the new summary record first, then one all-or-nothing write. */
  private async write(put: Entry[], remove: string[], change: { put?: Entry; remove?: string }): Promise<void> {
    const ek = this.keyring.ek;
    const records: StoredRecord[] = put.map((e) => encodeRecord(ek, KIND_ENTRY, e.id, entryBody(e)));
    records.push(encodeRecord(ek, KIND_SUMMARY, SUMMARY_ID, { entries: this.index.previewNewestPage(change) }));
    await storageCall(() => this.deps.store.writeRecords(records, remove));
  }

  /** Rewrite the summary record from the full index (after a load found it stale). */
  async repairSummary(): Promise<void> {
    const record = encodeRecord(this.keyring.ek, KIND_SUMMARY, SUMMARY_ID, { entries: this.index.newestPage() });
    await storageCall(() => this.deps.store.writeRecords([record]));
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    assertPassphraseAcceptable(next);
    const header = this.header;
    const oldKek = await this.derive(current, header.kdf.salt, headerParams(header));
    const mk = unwrapKey(oldKek, header.slots.pw, passwordSlotAad(header.vaultId, headerParams(header)));
    wipeKeys(oldKek);
    const matches = mk !== null && bytesEqual(mk, this.keyring.mk);
    wipeKeys(mk);
    if (!matches) throw new VaultError('wrong-passphrase', 'the current passphrase is not right');

    const params = this.deps.kdfParams ?? ARGON2ID_DEFAULT;
    const salt = randomBytes(KDF_SALT_BYTES);
    const kek = await this.derive(next, salt, params);
    const pw = wrapKey(kek, this.keyring.mk, passwordSlotAad(header.vaultId, params));
    wipeKeys(kek);
    const kdf = { alg: 'argon2id' as const, m: params.memoryKiB, t: params.iterations, p: params.parallelism, salt };
    await this.replaceHeader({ ...header, kdf, slots: { ...header.slots, pw } });
  }

  async regenerateRecoveryKey(): Promise<string> {
    const key = generateRecoveryKey();
    const kek = recoveryKek(key, this.header.vaultId);
    const rk = wrapKey(kek, this.keyring.mk, recoverySlotAad(this.header.vaultId));
    wipeKeys(kek);
    await this.replaceHeader({ ...this.header, slots: { ...this.header.slots, rk } });
    return formatRecoveryKey(key);
  }

  private async replaceHeader(header: StoredHeader): Promise<void> {
    await storageCall(() => this.deps.store.putHeader(header));
    this.header = header;
  }

  private async derive(passphrase: string, salt: Uint8Array, params: Argon2idParams): Promise<Uint8Array> {
    const password = utf8(normalizePassphrase(passphrase));
    try {
      return await this.deps.deriveKey(password, salt, params);
    } finally {
      zeroize(password);
    }
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
    this.keyring.wipe();
    this.index.clear();
    this.emit();
    this.listeners.clear();
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }
}

function withoutUndefinedId(draft: EntryDraft): Omit<EntryDraft, 'id'> {
  const { id: _id, ...rest } = draft;
  return rest;
}
