import { foldWord, isWordCodePoint } from './search-text';

/** ASCII letters and digits, by char code (after lower-casing, a-z and 0-9). */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * The search index's words, each with a number, and the scan that turns a lower-cased text
 * into those numbers. Why not a Map<string, number> over `scanWords`: unlock indexes every
 * word of the journal (millions of them), and cutting each out as a string to hash it in a
 * Map made the index build cost as much as decrypting the records. Here an ASCII word is
 * hashed while it is scanned and found by comparing its characters in place; a string is made
 * only for a word never seen before, or one with non-ASCII letters (folded as `foldWord` does).
 *
 * The words it finds are exactly those of `scanWords(text, each, true)` (a unit test holds it
 * to that). Decrypted words, in memory only; `clear()` drops them on lock.
 */
export class TermDictionary {
  /** Term by id. */
  readonly terms: string[] = [];
  private hashes: Int32Array = new Int32Array(1024);
  /** Open addressing, linear probing: term id + 1, 0 for an empty bucket. */
  private table: Int32Array = new Int32Array(4096);
  /** Folded forms of non-ASCII words seen so far (words repeat a lot; normalize() is slow). */
  private readonly folded = new Map<string, string>();

  get size(): number {
    return this.terms.length;
  }

  /** The id of `term` (already folded), or undefined if no text had it. */
  idOf(term: string): number | undefined {
    const id = this.find(term, 0, term.length, hashOf(term, 0, term.length));
    return id < 0 ? undefined : id;
  }

  /** The id of `term` (already folded), added if new. */
  add(term: string): number {
    const hash = hashOf(term, 0, term.length);
    const id = this.find(term, 0, term.length, hash);
    return id >= 0 ? id : this.insert(term, hash);
  }

  /**
   * Calls `each` with the term id of every word of `lowered` (a lower-cased text), in order,
   * adding new terms. The words are those `scanWords` finds, folded the same way.
   */
  scan(lowered: string, each: (id: number) => void): void {
    const n = lowered.length;
    let i = 0;
    while (i < n) {
      // Skip to the next word character (ASCII fast; anything else by code point).
      let c = lowered.charCodeAt(i);
      if (c < 128) {
        if (ASCII_WORD[c] === 0) {
          i++;
          continue;
        }
      } else {
        const cp = lowered.codePointAt(i)!;
        if (!isWordCodePoint(cp)) {
          i += cp > 0xffff ? 2 : 1;
          continue;
        }
      }
      const start = i;
      let hash = HASH_SEED;
      let ascii = true;
      while (i < n) {
        c = lowered.charCodeAt(i);
        if (c < 128) {
          if (ASCII_WORD[c] === 0) break;
          hash = Math.imul(hash ^ c, HASH_PRIME);
          i++;
        } else {
          const cp = lowered.codePointAt(i)!;
          if (!isWordCodePoint(cp)) break;
          ascii = false;
          i += cp > 0xffff ? 2 : 1;
        }
      }
      if (ascii) {
        const id = this.find(lowered, start, i, hash);
        each(id >= 0 ? id : this.insert(lowered.slice(start, i), hash));
      } else {
        const term = this.fold(lowered.slice(start, i));
        if (term !== '') each(this.add(term));
      }
    }
  }

  /** Drops every term (lock). */
  clear(): void {
    this.terms.length = 0;
    this.table.fill(0);
    this.folded.clear();
  }

  private fold(word: string): string {
    let folded = this.folded.get(word);
    if (folded === undefined) {
      folded = foldWord(word);
      this.folded.set(word, folded);
    }
    return folded;
  }

  /** The id of the term equal to text[start, end) with this hash, or -1. */
  private find(text: string, start: number, end: number, hash: number): number {
    const table = this.table;
    const hashes = this.hashes;
    const mask = table.length - 1;
    const length = end - start;
    for (let b = hash & mask; ; b = (b + 1) & mask) {
      const slot = table[b]!;
      if (slot === 0) return -1;
      const id = slot - 1;
      if (hashes[id] !== hash) continue;
      const term = this.terms[id]!;
      if (term.length !== length) continue;
      let same = true;
      for (let k = 0; k < length; k++) {
        if (term.charCodeAt(k) !== text.charCodeAt(start + k)) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  }

  private insert(term: string, hash: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    if (id === this.hashes.length) {
      const bigger = new Int32Array(this.hashes.length * 2);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[id] = hash;
    if (this.terms.length * 2 > this.table.length) this.rehash(this.table.length * 2);
    else this.place(id, hash);
    return id;
  }

  private place(id: number, hash: number): void {
    const mask = this.table.length - 1;
    let b = hash & mask;
    while (this.table[b] !== 0) b = (b + 1) & mask;
    this.table[b] = id + 1;
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size);
    for (let id = 0; id < this.terms.length; id++) this.place(id, this.hashes[id]!);
  }
}

const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units, as `scan` computes it while reading a word. */
function hashOf(text: string, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), HASH_PRIME);
  return hash;
}
