import type { Entry } from './types';

/**
 * The text side of search: splitting into words, folding them (NFKD, diacritics stripped,
 * lower case, so "cafe" finds "Café"), reading a query, and cutting snippets whose highlights
 * are [start, end) offsets into the snippet text (the UI renders <mark> elements from them,
 * never HTML). Pure functions; the words they see are decrypted and stay in memory.
 */

/** Characters of context kept before the first hit in a body or section snippet. */
const CONTEXT = 60;
/** Snippets returned per hit (title first, then the other fields in order). */
const MAX_SNIPPETS = 3;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const MARKS = /\p{M}/gu;
/** ASCII letters and digits, by char code. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));
/** Folded forms of non-ASCII words seen so far (words repeat a lot; normalize() is slow). */
const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX = 50_000;

/**
 * Forgets what the journal's text left in this module's caches: the folded words (words of the
 * journal in the clear) and which characters have been looked at (a hint of its languages).
 * The search index calls this on lock with its own clear (locking.test.ts checks the heap).
 */
export function forgetJournalWords(): void {
  foldCache.clear();
  BMP_WORD.fill(0);
}

/** Folds one word for matching: "Café" and "cafe" both give "cafe". */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** Per BMP code point: 0 not looked at yet, 1 a word character, 2 not (the regex test allocates a string). */
const BMP_WORD = new Uint8Array(0x10000);

/** Whether a code point belongs to a word (a letter, a digit or a combining mark). */
export function isWordCodePoint(cp: number): boolean {
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp));
  let known = BMP_WORD[cp]!;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
    BMP_WORD[cp] = known;
  }
  return known === 1;
}

function foldFast(word: string, ascii: boolean, lowered: boolean): string {
  if (ascii) return lowered ? word : word.toLowerCase();
  let folded = foldCache.get(word);
  if (folded === undefined) {
    if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
    folded = foldWord(word);
    foldCache.set(word, folded);
  }
  return folded;
}

/**
 * Calls `each` for every word (a run of letters, digits and combining marks) with its folded
 * form and its [start, end) in `text`. A hand-written scan: the index reads megabytes of text.
 * `lowered`: the caller already lower-cased the whole text. `each` returns true to stop early.
 */
export function scanWords(
  text: string,
  each: (term: string, start: number, end: number) => boolean | void,
  lowered = false,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let start = -1;
    let ascii = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      let width = 1;
      let isWord: boolean;
      if (c < 128) isWord = ASCII_WORD[c] === 1;
      else {
        const cp = text.codePointAt(i)!;
        width = cp > 0xffff ? 2 : 1;
        isWord = isWordCodePoint(cp);
      }
      if (isWord) {
        if (start < 0) start = i;
        if (c >= 128) ascii = false;
      } else if (start >= 0) break;
      i += width;
    }
    if (start >= 0) {
      const term = foldFast(text.slice(start, i), ascii, lowered);
      if (term !== '' && each(term, start, i) === true) return;
    }
  }
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
  scanWords(text, (term, start, end) => {
    out.push({ term, start, end });
  });
  return out;
}

/** A parsed query: whole words, and the last word as a prefix unless the query ends after it. */
export interface ParsedQuery {
  exact: string[];
  prefix: string | null;
}

/** Splits a query into folded words; the last is a prefix while it is still being typed. */
export function parseQuery(query: string): ParsedQuery {
  const words = [...new Set(tokenize(query).map((t) => t.term))];
  const typing = words.length > 0 && WORD_CHAR.test(query.slice(-1));
  const prefix = typing ? words.pop()! : null;
  // A prefix already present as an exact word adds nothing.
  return { exact: words, prefix: prefix !== null && words.includes(prefix) ? null : prefix };
}

/** A piece of an entry with the matched words marked as [start, end) offsets into `text`. */
export interface SearchSnippet {
  field: 'title' | 'body' | 'section' | 'prompt' | 'tags';
  text: string;
  highlights: [number, number][];
}

/** The texts of an entry, with the field each belongs to (title first). */
export function entryFields(entry: Entry): { field: SearchSnippet['field']; text: string }[] {
  const out: { field: SearchSnippet['field']; text: string }[] = [{ field: 'title', text: entry.title }];
  out.push({ field: 'body', text: entry.body });
  for (const s of entry.sections ?? []) out.push({ field: 'section', text: s.text });
  if (entry.source) out.push({ field: 'prompt', text: entry.source.label });
  if (entry.tags?.length) out.push({ field: 'tags', text: entry.tags.join(', ') });
  return out;
}

/** Whether a folded word matches the query. */
function matches(term: string, q: ParsedQuery): boolean {
  return q.exact.includes(term) || (q.prefix !== null && term.startsWith(q.prefix));
}

/** The title (whole) and other fields (around their first hit) that match, up to MAX_SNIPPETS. */
export function snippets(entry: Entry, q: ParsedQuery): SearchSnippet[] {
  const out: SearchSnippet[] = [];
  if (q.exact.length === 0 && q.prefix === null) return out;
  for (const { field, text } of entryFields(entry)) {
    if (out.length >= MAX_SNIPPETS) break;
    const hits = findHits(text, q, field === 'title' ? Infinity : CONTEXT * 3);
    if (hits.length === 0) continue;
    out.push(field === 'title' ? { field, text, highlights: hits.map((h) => [h.start, h.end]) } : around(field, text, hits));
  }
  return out;
}

/** The matching words of `text`, stopping `reach` characters after the first (a snippet shows no more). */
function findHits(text: string, q: ParsedQuery, reach: number): Token[] {
  // Lower-casing once is much cheaper than per word; offsets hold when the length does (nearly always).
  const lower = text.toLowerCase();
  const same = lower.length === text.length;
  const hits: Token[] = [];
  let stop = Infinity;
  scanWords(
    same ? lower : text,
    (term, start, end) => {
      if (start > stop) return true;
      if (!matches(term, q)) return;
      hits.push({ term, start, end });
      if (hits.length === 1) stop = end + reach;
    },
    same,
  );
  return hits;
}

/** A window of `text` around its first hit, on word boundaries, with "…" where cut. */
function around(field: SearchSnippet['field'], text: string, hits: Token[]): SearchSnippet {
  const first = hits[0]!;
  let from = Math.max(0, first.start - CONTEXT);
  let to = Math.min(text.length, first.end + CONTEXT * 2);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < first.start ? space + 1 : first.start;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > first.end) to = space;
  }
  const lead = from > 0 ? '…' : '';
  const body = lead + text.slice(from, to).replace(/\s/g, ' ') + (to < text.length ? '…' : '');
  const shift = lead.length - from;
  const highlights: [number, number][] = hits
    .filter((h) => h.start >= from && h.end <= to)
    .map((h) => [h.start + shift, h.end + shift]);
  return { field, text: body, highlights };
}
