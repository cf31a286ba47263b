import type { StoredRecord } from '../storage/schema';
import { compareNewestFirst, summarize, SUMMARY_SIZE } from './entry-schema';
import { VaultError } from './errors';
import { LoadState } from './load-state';
import { SearchIndex } from './search-index';
import type { Doc, Entry, EntrySummary } from './types';
import { decryptRecords, LOAD_SLICE_MS, withChange } from './entry-load';
import { yieldToEventLoop } from './yield';

/**
 * The in-memory journal after unlock: decrypted entries and their summaries. Nothing
 * here is ever written anywhere in the clear; `clear()` drops it all on lock.
 *
 * It can start from the encrypted summary record (newest page only) and then fill in
 * every entry in the background; ids written or deleted in this session meanwhile are
 * skipped by the background load so it never resurrects stale content.
 */
export class EntryIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly documents = new Map<string, Doc>();
  private readonly summaries = new Map<string, EntrySummary>();
  private readonly touched = new Set<string>();
  private readonly damaged = new Set<string>();
  /** Records written by a newer Tend (a record format above ours): kept as they are, never counted as damaged. */
  private readonly newer = new Set<string>();
  private sorted: EntrySummary[] | null = null;
  private readonly load = new LoadState();
  private cancelled = false;
  /** Filled by the load as it decrypts (or on the first search), kept in step with every change; dropped on lock. */
  private search: SearchIndex | null = null;

  /** Seed the list with the newest page from the summary record. */
  seed(summaries: EntrySummary[]): void {
    for (const s of summaries) if (!this.touched.has(s.id)) this.summaries.set(s.id, s);
    this.sorted = null;
  }

  /**
   * Decrypt every entry record, then index them for search, yielding between slices. After it,
   * the summaries are exactly the decrypted entries (the seed is replaced) and search sees
   * every entry: "loaded" means decrypted and searchable. Returns false if cancelled.
   */
  async loadAll(
    ek: () => Uint8Array,
    records: StoredRecord[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<boolean> {
    this.load.retrying();
    const read = await decryptRecords(ek, records, () => this.cancelled, onProgress);
    if (read === null) return false;
    const { decrypted, docs } = read;
    for (const id of read.newer) this.newer.add(id);
    for (const id of read.damaged) this.damaged.add(id);
    if (!(await this.indexLoaded(decrypted))) return false;
    this.mergeLoaded(decrypted, docs);
    return true;
  }

  /**
   * Index what the load decrypted, in slices, before the load counts as done. A phase of its
   * own, after decrypting: interleaving the two per record measured about 1.7x slower in
   * Chromium (docs/benchmarks.md). Returns false if cancelled.
   */
  private async indexLoaded(decrypted: Map<string, Entry>): Promise<boolean> {
    const pending = [...decrypted.values()];
    let i = 0;
    do {
      if (this.cancelled) return false;
      const search = this.searchIndex();
      const start = performance.now();
      while (i < pending.length && performance.now() - start < LOAD_SLICE_MS) {
        const entry = pending[i++]!;
        // A save or delete in this session since the read wins: never index the stale copy.
        if (!this.touched.has(entry.id)) search.put(entry);
      }
      if (i < pending.length) await yieldToEventLoop();
    } while (i < pending.length);
    return !this.cancelled;
  }

  private mergeLoaded(decrypted: Map<string, Entry>, docs: Map<string, Doc>): void {
    for (const [id, doc] of docs) if (!this.touched.has(id)) this.documents.set(id, doc);
    for (const [id, summary] of this.summaries) {
      if (!this.touched.has(id)) this.summaries.delete(id);
    }
    for (const [id, entry] of decrypted) {
      if (this.touched.has(id)) continue;
      this.entries.set(id, entry);
      this.summaries.set(id, summarize(entry));
    }
    this.sorted = null;
    this.searchIndex().prepare();
    this.load.finish();
  }

  get isLoaded(): boolean {
    return this.load.isLoaded;
  }

  /** Resolves when every record is decrypted; rejects if the full load failed, or on lock. */
  get whenLoaded(): Promise<void> {
    return this.load.whenLoaded;
  }

  /**
   * The full load could not read the records (the first page is on screen, the rest is
   * not): remember why, so the list can say so instead of "Loading…" forever, and fail
   * whoever waits for everything (a backup) instead of leaving them waiting.
   */
  failLoad(err: unknown): void {
    if (!this.cancelled) this.load.fail(err);
  }

  /** A retry of the full load is starting: no failure to report meanwhile. */
  retrying(): void {
    this.load.retrying();
  }

  /** Why the full load failed, or null (none yet, loaded, or being retried). */
  get loadFailure(): unknown {
    return this.load.failed;
  }

  get damagedCount(): number {
    return this.damaged.size;
  }

  isDamaged(id: string): boolean {
    return this.damaged.has(id);
  }

  /** How many records a newer Tend wrote (this version cannot read them; they stay untouched). */
  get newerVersionCount(): number {
    return this.newer.size;
  }

  /**
   * Another tab running a newer Tend rewrote this record in a format this version cannot
   * read: stop showing the old copy held here (it is no longer what is stored) and count it
   * with the other records from a newer Tend. The stored record is not touched.
   */
  markNewer(id: string): void {
    if (this.cancelled) return;
    if (this.has(id)) this.remove(id);
    if (this.documents.has(id)) this.removeDoc(id);
    this.newer.add(id);
  }

  /**
   * Ids stored but unreadable here (damaged, or from a newer Tend): taken, so an import
   * never tries to write over one (it adds a copy under a new id instead).
   */
  unreadableIds(): ReadonlySet<string> {
    return new Set([...this.damaged, ...this.newer]);
  }

  /**
   * Newest first. A new array after every change (so UI state sees the change) but
   * never re-sorted on a save: `put`/`remove` splice into the sorted order.
   */
  list(): EntrySummary[] {
    this.sorted ??= [...this.summaries.values()].sort(compareNewestFirst);
    return this.sorted;
  }

  /** The newest SUMMARY_SIZE summaries, for the summary record. */
  newestPage(): EntrySummary[] {
    return this.list().slice(0, SUMMARY_SIZE);
  }

  get(id: string): Entry | undefined {
    return this.entries.get(id);
  }

  has(id: string): boolean {
    return this.summaries.has(id) || this.entries.has(id);
  }

  /** Remember an entry decrypted on demand (before the background load reached it). */
  remember(entry: Entry): void {
    if (this.cancelled) return;
    this.entries.set(entry.id, entry);
  }

  /** Record a save made in this session. */
  put(entry: Entry): void {
    if (this.cancelled) return; // a save that finished after lock must not refill memory
    const summary = summarize(entry);
    const old = this.summaries.get(entry.id);
    this.touched.add(entry.id);
    this.damaged.delete(entry.id);
    this.entries.set(entry.id, entry);
    this.summaries.set(entry.id, summary);
    this.sorted = withChange(this.list(), entry.id, old, summary);
    this.search?.put(entry);
  }

  /** Record many saves at once (an import): one re-sort instead of one splice each. */
  putMany(entries: Entry[]): void {
    if (this.cancelled) return;
    for (const entry of entries) {
      this.touched.add(entry.id);
      this.entries.set(entry.id, entry);
      this.summaries.set(entry.id, summarize(entry));
    }
    this.sorted = null;
    this.search?.putMany(entries);
  }

  /** Record a delete made in this session. */
  remove(id: string): void {
    if (this.cancelled) return;
    const old = this.summaries.get(id);
    this.touched.add(id);
    this.entries.delete(id);
    this.summaries.delete(id);
    this.sorted = withChange(this.list(), id, old);
    this.search?.remove(id);
  }

  /**
   * The newest page as it would be after saving `put` or removing `remove`, without
   * changing anything: what the summary record must hold if the write succeeds.
   */
  previewNewestPage(change: { put?: Entry; remove?: string }): EntrySummary[] {
    const id = change.put?.id ?? change.remove ?? '';
    const head = this.list().slice(0, SUMMARY_SIZE + 1);
    return withChange(head, id, this.summaries.get(id), change.put && summarize(change.put)).slice(0, SUMMARY_SIZE);
  }

  /** Every decrypted entry (complete once loaded). */
  allEntries(): Entry[] {
    return [...this.entries.values()];
  }

  /**
   * The full-text index over the decrypted entries: complete once loaded (the load fills it
   * as it decrypts); before that, it holds what is decrypted so far.
   */
  searchIndex(): SearchIndex {
    if (!this.search) {
      this.search = new SearchIndex();
      this.search.putMany(this.entries.values());
    }
    return this.search;
  }

  /** Every decrypted document. */
  allDocs(): Doc[] {
    return [...this.documents.values()];
  }

  /** Every loaded document of `type`, most recently updated first. */
  docs(type: string): Doc[] {
    return [...this.documents.values()].filter((d) => d.type === type).sort((a, b) => b.updated - a.updated);
  }

  getDoc(id: string): Doc | undefined {
    return this.documents.get(id);
  }

  /** Record a document write made in this session. */
  putDoc(doc: Doc): void {
    if (this.cancelled) return;
    this.touched.add(doc.id);
    this.documents.set(doc.id, doc);
  }

  /** Record a document delete made in this session. */
  removeDoc(id: string): void {
    if (this.cancelled) return;
    this.touched.add(id);
    this.documents.delete(id);
  }

  /** The newest page after adding many entries at once (an import). */
  previewNewestPageWith(added: Entry[]): EntrySummary[] {
    const head = this.list().slice(0, SUMMARY_SIZE);
    return [...head, ...added.map(summarize)].sort(compareNewestFirst).slice(0, SUMMARY_SIZE);
  }

  /** Drop all decrypted data and stop any background load (lock). */
  clear(): void {
    this.cancelled = true;
    this.load.fail(new VaultError('locked', 'locked while loading'));
    this.entries.clear();
    this.documents.clear();
    this.summaries.clear();
    this.sorted = [];
    this.search?.clear();
    this.search = null;
  }
}
