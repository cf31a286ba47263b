import type { Entry } from './types';

/**
 * Full-text search over the decrypted journal, in memory only (design §9: <= 16 ms p95 over
 * 10,000 entries needs an index, not a scan). It lives in vault/ because it holds decrypted
 * words: nothing here is ever written anywhere, and `clear()` drops it on lock.
 *
 * Words are folded (NFKD, diacritics stripped, lower case) so "cafe" finds "Café"; the last
 * query word matches as a prefix while it is being typed; every word must match (AND).
 * Ranking is BM25 over a weighted term frequency (a title hit counts TITLE_WEIGHT times);
 * ties go to the newer entry. Highlights are [start, end) offsets into snippet text, so the
 * UI renders <mark> elements and never builds HTML from entry text.
 */

/** How much a title hit outweighs a hit in the body, a section or the prompt. */
const TITLE_WEIGHT = 3;
/** BM25 saturation and length normalisation (the usual defaults). */
const K1 = 1.2;
const B = 0.75;
/** Characters of context kept on each side of the first hit in a body or section snippet. */
const CONTEXT = 60;
/** Snippets returned per hit (title first, then the best other fields). */
const MAX_SNIPPETS = 3;

/** A run of letters, digits or combining marks: one word, in the original text. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;

/** Folds one word for matching: "Café" and "cafe" both give "cafe". */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** One word of a text: its folded form and where it sits in the original string. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** Splits text into folded words with their original offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const term = foldWord(m[0]);
    if (term !== '') out.push({ term, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Narrows a search; every field is optional and they combine with AND. */
export interface SearchFilters {
  /** Content theme id (`source.theme`). */
  theme?: string;
  /** What the entry answers: a kind, and optionally one template/tool/prompt id. */
  source?: { kind: string; id?: string };
  /** Inclusive range over `created` (ms since epoch). */
  from?: number;
  to?: number;
}

/** A piece of an entry with the matched words marked as [start, end) offsets into `text`. */
export interface SearchSnippet {
  field: 'title' | 'body' | 'section' | 'prompt';
  text: string;
  highlights: [number, number][];
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

interface Doc {
  entry: Entry;
  /** Weighted term frequencies. */
  terms: Map<string, number>;
  length: number;
}

/** A parsed query: whole words, and the last word as a prefix unless the query ends after it. */
export interface ParsedQuery {
  exact: string[];
  prefix: string | null;
}

/** Splits a query into folded words; the last is a prefix while it is still being typed. */
export function parseQuery(query: string): ParsedQuery {
  const words = [...new Set(tokenize(query).map((t) => t.term))];
  const typing = words.length > 0 && /[\p{L}\p{N}\p{M}]$/u.test(query);
  const prefix = typing ? words.pop()! : null;
  // A prefix already present as an exact word adds nothing.
  return { exact: words, prefix: prefix !== null && words.includes(prefix) ? null : prefix };
}

/** The texts of an entry, with the field each belongs to (title first). */
function fields(entry: Entry): { field: SearchSnippet['field']; text: string }[] {
  const out: { field: SearchSnippet['field']; text: string }[] = [{ field: 'title', text: entry.title }];
  out.push({ field: 'body', text: entry.body });
  for (const s of entry.sections ?? []) out.push({ field: 'section', text: s.text });
  if (entry.source) out.push({ field: 'prompt', text: entry.source.label });
  return out;
}

/** The in-memory inverted index; one per unlocked session. */
export class SearchIndex {
  private readonly docs = new Map<string, Doc>();
  private readonly postings = new Map<string, Map<string, number>>();
  /** Every term, sorted, for prefix ranges; may hold terms whose posting is gone (skipped). */
  private sortedTerms: string[] | null = null;
  private totalLength = 0;

  /** Adds or replaces one entry. */
  put(entry: Entry): void {
    this.remove(entry.id);
    const terms = new Map<string, number>();
    let length = 0;
    for (const { field, text } of fields(entry)) {
      const weight = field === 'title' ? TITLE_WEIGHT : 1;
      for (const t of tokenize(text)) {
        terms.set(t.term, (terms.get(t.term) ?? 0) + weight);
        length++;
      }
    }
    for (const [term, tf] of terms) {
      let posting = this.postings.get(term);
      if (!posting) {
        posting = new Map();
        this.postings.set(term, posting);
        if (this.sortedTerms) insertSorted(this.sortedTerms, term);
      }
      posting.set(entry.id, tf);
    }
    this.docs.set(entry.id, { entry, terms, length });
    this.totalLength += length;
  }

  /** Adds or replaces many entries (an import, the background load). */
  putMany(entries: Iterable<Entry>): void {
    for (const e of entries) this.put(e);
  }

  /** Forgets one entry. */
  remove(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    for (const term of doc.terms.keys()) {
      const posting = this.postings.get(term);
      posting?.delete(id);
      if (posting?.size === 0) this.postings.delete(term);
    }
    this.docs.delete(id);
    this.totalLength -= doc.length;
  }

  /** Drops everything (lock). */
  clear(): void {
    this.docs.clear();
    this.postings.clear();
    this.sortedTerms = null;
    this.totalLength = 0;
  }

  /** How many entries are indexed. */
  get size(): number {
    return this.docs.size;
  }

  /** Ranked hits for `query` within `filters`; an empty query lists the filtered entries newest first. */
  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResults {
    const parsed = parseQuery(query);
    const scores = this.score(parsed);
    const passes = filterFn(filters);
    const ranked: { doc: Doc; score: number }[] = [];
    if (scores === null) {
      for (const doc of this.docs.values()) if (passes(doc.entry)) ranked.push({ doc, score: 0 });
    } else {
      for (const [id, score] of scores) {
        const doc = this.docs.get(id)!;
        if (passes(doc.entry)) ranked.push({ doc, score });
      }
    }
    ranked.sort((a, b) => b.score - a.score || newerFirst(a.doc.entry, b.doc.entry));
    const hits = ranked.slice(0, limit).map(({ doc, score }) => ({
      id: doc.entry.id,
      score,
      snippets: snippets(doc.entry, parsed),
    }));
    return { total: ranked.length, hits };
  }

  /** Scores per entry id; null when the query has no words (no ranking, no restriction). */
  private score({ exact, prefix }: ParsedQuery): Map<string, number> | null {
    if (exact.length === 0 && prefix === null) return null;
    const n = this.docs.size;
    const avg = n === 0 ? 1 : this.totalLength / n;
    const lists: Map<string, number>[] = [];
    for (const term of exact) {
      const posting = this.postings.get(term);
      if (!posting) return new Map();
      lists.push(posting);
    }
    lists.sort((a, b) => a.size - b.size);
    const expansions = prefix === null ? [] : this.expand(prefix);
    if (prefix !== null && expansions.length === 0) return new Map();
    const bm25 = (tf: number, df: number, doc: Doc): number => {
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      return (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.length) / avg));
    };
    const out = new Map<string, number>();
    const prefixScore = (id: string, doc: Doc): number => {
      let best = 0;
      for (const p of expansions) {
        const tf = p.get(id);
        if (tf !== undefined) best = Math.max(best, bm25(tf, p.size, doc));
      }
      return best;
    };
    if (lists.length === 0) {
      // A single word being typed: every entry holding any expansion.
      for (const p of expansions) {
        for (const [id, tf] of p) {
          const s = bm25(tf, p.size, this.docs.get(id)!);
          if (s > (out.get(id) ?? -1)) out.set(id, s);
        }
      }
      return out;
    }
    outer: for (const [id, tf0] of lists[0]!) {
      const doc = this.docs.get(id)!;
      let s = bm25(tf0, lists[0]!.size, doc);
      for (let i = 1; i < lists.length; i++) {
        const tf = lists[i]!.get(id);
        if (tf === undefined) continue outer;
        s += bm25(tf, lists[i]!.size, doc);
      }
      if (prefix !== null) {
        const p = prefixScore(id, doc);
        if (p === 0) continue;
        s += p;
      }
      out.set(id, s);
    }
    return out;
  }

  /** The postings of every live term starting with `prefix`. */
  private expand(prefix: string): Map<string, number>[] {
    this.sortedTerms ??= [...this.postings.keys()].sort();
    const terms = this.sortedTerms;
    const out: Map<string, number>[] = [];
    for (let i = lowerBound(terms, prefix); i < terms.length && terms[i]!.startsWith(prefix); i++) {
      const posting = this.postings.get(terms[i]!);
      if (posting) out.push(posting);
    }
    return out;
  }
}

function newerFirst(a: Entry, b: Entry): number {
  return b.created - a.created || b.updated - a.updated;
}

function filterFn(f: SearchFilters): (e: Entry) => boolean {
  return (e) =>
    (f.theme === undefined || e.source?.theme === f.theme) &&
    (f.source === undefined || (e.source?.kind === f.source.kind && (f.source.id === undefined || e.source.id === f.source.id))) &&
    (f.from === undefined || e.created >= f.from) &&
    (f.to === undefined || e.created <= f.to);
}

function lowerBound(sorted: string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(sorted: string[], value: string): void {
  const i = lowerBound(sorted, value);
  if (sorted[i] !== value) sorted.splice(i, 0, value);
}

/** Whether a folded word matches the query. */
function matches(term: string, q: ParsedQuery): boolean {
  return q.exact.includes(term) || (q.prefix !== null && term.startsWith(q.prefix));
}

/** The title (always, when it matches) and up to MAX_SNIPPETS-1 other fields around their first hit. */
function snippets(entry: Entry, q: ParsedQuery): SearchSnippet[] {
  const out: SearchSnippet[] = [];
  if (q.exact.length === 0 && q.prefix === null) return out;
  for (const { field, text } of fields(entry)) {
    if (out.length >= MAX_SNIPPETS) break;
    const hits = tokenize(text).filter((t) => matches(t.term, q));
    if (hits.length === 0) continue;
    out.push(field === 'title' ? { field, text, highlights: hits.map((h) => [h.start, h.end]) } : around(field, text, hits));
  }
  return out;
}

/** A window of `text` around its first hit, on word boundaries, with "…" where cut. */
function around(field: SearchSnippet['field'], text: string, hits: Token[]): SearchSnippet {
  let from = Math.max(0, hits[0]!.start - CONTEXT);
  let to = Math.min(text.length, hits[0]!.end + CONTEXT * 2);
  if (from > 0) from = Math.max(from, text.indexOf(' ', from) + 1 || from);
  if (from > hits[0]!.start) from = hits[0]!.start;
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > hits[0]!.end) to = space;
  }
  const lead = from > 0 ? '…' : '';
  const raw = text.slice(from, to).replace(/\s/g, ' ');
  const body = lead + raw + (to < text.length ? '…' : '');
  const shift = lead.length - from;
  const highlights: [number, number][] = hits
    .filter((h) => h.start >= from && h.end <= to)
    .map((h) => [h.start + shift, h.end + shift]);
  return { field, text: body, highlights };
}
