import { TermDictionary } from './term-dictionary';
import { TopK } from './search-top';
import { entryFields, forgetJournalWords, parseQuery, snippets, type ParsedQuery, type SearchSnippet } from './search-text';
import type { Entry } from './types';

export { foldWord, parseQuery, tokenize, type ParsedQuery, type SearchSnippet, type Token } from './search-text';

/**
 * Full-text search over the decrypted journal, in memory only (design §9: <= 16 ms p95 over
 * 10,000 entries needs an index, not a scan). It lives in vault/ because it holds decrypted
 * words: nothing here is ever written anywhere, and `clear()` drops it on lock.
 *
 * Layout, for speed: every indexed entry gets a slot number (never reused, so each term's
 * posting list stays sorted by slot); a posting is two parallel arrays (slots, weighted term
 * frequencies). Every query word must match (AND, by merging sorted lists); the last word
 * matches as a prefix while it is typed (a range of the sorted term list). Ranking is BM25
 * over a weighted frequency (a title hit counts TITLE_WEIGHT times); ties go to the newer entry.
 */

/** How much a title hit outweighs a hit in the body, a section or the prompt. */
const TITLE_WEIGHT = 3;
/** BM25 saturation and length normalisation (the usual defaults). */
const K1 = 1.2;
const B = 0.75;

/** Narrows a search; every field is optional and they combine with AND. */
export interface SearchFilters {
  /** Content theme id (`source.theme`). */
  theme?: string;
  /** What the entry answers: a kind, and optionally one template/tool/prompt id. */
  source?: { kind: string; id?: string };
  /** One tag (exact, ignoring case). */
  tag?: string;
  /** Only pinned entries. */
  pinned?: boolean;
  /** Inclusive range over `created` (ms since epoch). */
  from?: number;
  to?: number;
}

/** One matching entry, best first. */
export interface SearchHit {
  id: string;
  score: number;
  snippets: SearchSnippet[];
}

/** What a search returns: the total count and the best `limit` hits with snippets. */
export interface SearchResults {
  total: number;
  hits: SearchHit[];
}

interface Posting {
  slots: number[];
  tfs: number[];
  /** Set on the prefix union: per-slot scores already computed. */
  scores?: number[];
}

interface Slot {
  entry: Entry;
  /** The ids of the entry's distinct terms (for remove). */
  terms: Int32Array;
  length: number;
}

/** The in-memory inverted index; one per unlocked session. */
export class SearchIndex {
  private readonly slots: (Slot | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  /** Every term seen, with its number for the life of the index (see TermDictionary). */
  private readonly dictionary = new TermDictionary();
  /** The posting of each term id; undefined once no entry holds the term. */
  private readonly postings: (Posting | undefined)[] = [];
  /** Every term, sorted, for prefix ranges; may hold terms whose posting is gone (skipped). */
  private sortedTerms: string[] | null = null;
  private totalLength = 0;
  /** Per-slot scratch for the prefix union; zero between queries. */
  private scratch = new Float64Array(0);
  /** Per-term scratch for counting one entry's words (weighted); zero between puts. */
  private counts: Float64Array = new Float64Array(1024);
  /** The term ids `counts` holds for the entry being indexed, in first-seen order. */
  private seen: Int32Array = new Int32Array(256);

  /** Adds or replaces one entry. */
  put(entry: Entry): void {
    this.remove(entry.id);
    const known = this.dictionary.size;
    let distinct = 0;
    let length = 0;
    let weight = 1;
    const count = (id: number) => {
      if (id >= this.counts.length) this.counts = growFloat(this.counts, id);
      const before = this.counts[id]!;
      if (before === 0) {
        if (distinct === this.seen.length) this.seen = growInt(this.seen);
        this.seen[distinct++] = id;
      }
      this.counts[id] = before + weight;
      length++;
    };
    for (const { field, text } of entryFields(entry)) {
      weight = field === 'title' ? TITLE_WEIGHT : 1;
      this.dictionary.scan(text.toLowerCase(), count);
    }
    if (this.sortedTerms) for (let id = known; id < this.dictionary.size; id++) insertSorted(this.sortedTerms, this.dictionary.terms[id]!);
    const slot = this.slots.length;
    const terms = this.seen.slice(0, distinct);
    for (const id of terms) {
      let posting = this.postings[id];
      if (!posting) {
        posting = { slots: [], tfs: [] };
        this.postings[id] = posting;
      }
      posting.slots.push(slot);
      posting.tfs.push(this.counts[id]!);
      this.counts[id] = 0;
    }
    this.slots.push({ entry, terms, length });
    this.slotOf.set(entry.id, slot);
    this.totalLength += length;
  }

  /** The posting of `term`, if any entry holds it. */
  private postingOf(term: string): Posting | undefined {
    const id = this.dictionary.idOf(term);
    return id === undefined ? undefined : this.postings[id];
  }

  /** Adds or replaces many entries (an import, the background load). */
  putMany(entries: Iterable<Entry>): void {
    for (const e of entries) this.put(e);
  }

  /** Forgets one entry. */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const doc = this.slots[slot]!;
    for (const term of doc.terms) {
      const posting = this.postings[term]!;
      const i = lowerBound(posting.slots, slot);
      posting.slots.splice(i, 1);
      posting.tfs.splice(i, 1);
      if (posting.slots.length === 0) this.postings[term] = undefined;
    }
    this.slots[slot] = undefined;
    this.slotOf.delete(id);
    this.totalLength -= doc.length;
  }

  /** Drops everything (lock). */
  clear(): void {
    this.slots.length = 0;
    this.slotOf.clear();
    this.dictionary.clear();
    this.postings.length = 0;
    this.sortedTerms = null;
    this.totalLength = 0;
    forgetJournalWords();
  }

  /** Sorts the term list now (once), so the first prefix query does not pay for it. */
  prepare(): void {
    this.sortedTerms ??= [...this.dictionary.terms].sort();
  }

  /** How many entries are indexed. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Ranked hits for `query` within `filters`; an empty query lists the filtered entries newest first. */
  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResults {
    const parsed = parseQuery(query);
    const passes = filterFn(filters);
    const best = new TopK(limit);
    let total = 0;
    const consider = (slot: number, score: number) => {
      const entry = this.slots[slot]!.entry;
      if (!passes(entry)) return;
      total++;
      best.offer(entry, score);
    };
    if (parsed.exact.length === 0 && parsed.prefix === null) {
      this.slots.forEach((s, slot) => s && consider(slot, 0));
    } else {
      this.score(parsed, consider);
    }
    const hits = best.sorted().map(({ entry, score }) => ({ id: entry.id, score, snippets: snippets(entry, parsed) }));
    return { total, hits };
  }

  /** Calls `each` with every slot holding every query word, and its BM25 score. */
  private score({ exact, prefix }: ParsedQuery, each: (slot: number, score: number) => void): void {
    const n = this.slotOf.size;
    const avg = n === 0 ? 1 : this.totalLength / n;
    const lists: Posting[] = [];
    for (const term of exact) {
      const posting = this.postingOf(term);
      if (!posting) return;
      lists.push(posting);
    }
    if (prefix !== null) {
      const union = this.prefixUnion(prefix, n, avg);
      if (union.slots.length === 0) return;
      lists.push(union);
    }
    lists.sort((a, b) => a.slots.length - b.slots.length);
    const idfs = lists.map((p) => idf(n, p.slots.length));
    const cursors = lists.map(() => 0);
    const [first, ...rest] = lists;
    outer: for (let i = 0; i < first!.slots.length; i++) {
      const slot = first!.slots[i]!;
      const norm = K1 * (1 - B + (B * this.slots[slot]!.length) / avg);
      let s = termScore(first!, 0, i, idfs, norm);
      for (let l = 0; l < rest.length; l++) {
        const list = rest[l]!;
        let c = cursors[l + 1]!;
        while (c < list.slots.length && list.slots[c]! < slot) c++;
        cursors[l + 1] = c;
        if (list.slots[c] !== slot) continue outer;
        s += termScore(list, l + 1, c, idfs, norm);
      }
      each(slot, s);
    }
  }

  /**
   * Every slot holding a word that starts with `prefix`, sorted, with its BM25 score. The prefix
   * is one query word, so it gets one IDF, from how many entries hold any of its words: were each
   * completion weighed by its own rarity, typing "repai" would rank a rare "repaired" in a body
   * above "repair" in a title, and the order would jump about while typing.
   */
  private prefixUnion(prefix: string, n: number, avg: number): Posting {
    this.prepare();
    const terms = this.sortedTerms!;
    const matched: Posting[] = [];
    for (let i = lowerBound(terms, prefix); i < terms.length && terms[i]!.startsWith(prefix); i++) {
      const posting = this.postingOf(terms[i]!);
      if (posting) matched.push(posting);
    }
    if (matched.length <= 1) return matched[0] ?? { slots: [], tfs: [] };
    if (this.scratch.length < this.slots.length) this.scratch = new Float64Array(this.slots.length * 2);
    const best = this.scratch; // all zero between calls
    const touched: number[] = [];
    for (const posting of matched) {
      for (let j = 0; j < posting.slots.length; j++) {
        const slot = posting.slots[j]!;
        const tf = posting.tfs[j]!;
        const s = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.slots[slot]!.length) / avg));
        if (best[slot] === 0) touched.push(slot);
        if (s > best[slot]!) best[slot] = s;
      }
    }
    const w = idf(n, touched.length);
    const sorted = Int32Array.from(touched).sort();
    const slots = Array.from(sorted);
    const scores = slots.map((slot) => w * best[slot]!);
    for (const slot of slots) best[slot] = 0;
    return { slots, tfs: [], scores };
  }
}

function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function termScore(p: Posting, l: number, i: number, idfs: number[], norm: number): number {
  if (p.scores) return p.scores[i]!;
  const tf = p.tfs[i]!;
  return (idfs[l]! * tf * (K1 + 1)) / (tf + norm);
}

function filterFn(f: SearchFilters): (e: Entry) => boolean {
  return (e) =>
    (f.theme === undefined || e.source?.theme === f.theme) &&
    (f.source === undefined || (e.source?.kind === f.source.kind && (f.source.id === undefined || e.source.id === f.source.id))) &&
    (f.tag === undefined || (e.tags ?? []).some((t) => t.toLocaleLowerCase() === f.tag!.toLocaleLowerCase())) &&
    (f.pinned === undefined || !!e.pinned === f.pinned) &&
    (f.from === undefined || e.created >= f.from) &&
    (f.to === undefined || e.created <= f.to);
}

function lowerBound<T>(sorted: T[], value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function growInt(a: Int32Array): Int32Array {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

function growFloat(a: Float64Array, index: number): Float64Array {
  const bigger = new Float64Array(Math.max(a.length * 2, index + 1));
  bigger.set(a);
  return bigger;
}

function insertSorted(sorted: string[], value: string): void {
  const i = lowerBound(sorted, value);
  if (sorted[i] !== value) sorted.splice(i, 0, value);
}
