/** Search: the session's in-memory index against a naive scan, over generated entries. */
import { randomUuid } from '../../src/crypto/random';
import { SearchIndex } from '../../src/vault/search-index';
import type { Entry } from '../../src/vault/types';
import { DAY, makeText, makeTitle, prng } from './text';

/** Realistic queries: one word, two words, a word being typed (prefix), a rare pair, accents. */
const SEARCH_QUERIES = ['grief', 'tired supervision', 'bound', 'rupture repair', 'cafe', 'countertrans', 'slowly care'];

/**
 * Search over `entries` generated entries (the seed's text), in memory: the SearchIndex the
 * session uses (build once, then every query `rounds` times, timed one by one). The floor, in
 * the same run: a naive scan, lower-casing each query word and testing `includes` on every
 * entry's pre-lower-cased title + body (no ranking, no highlights, no accent folding).
 */
export function search(entries: number, textBytes: number, rounds: number) {
  const random = prng(entries + 7);
  const list: Entry[] = [];
  for (let i = 0; i < entries; i++) {
    const created = Date.now() - Math.floor(random() * 5 * 365 * DAY);
    list.push({ id: randomUuid(), title: makeTitle(random), body: makeText(random, textBytes), created, updated: created });
  }
  let t = performance.now();
  const index = new SearchIndex();
  index.putMany(list);
  index.prepare();
  const buildMs = performance.now() - t;
  const lowered = list.map((e) => `${e.title}\n${e.body}`.toLowerCase());
  const appMs: number[] = [];
  const floorMs: number[] = [];
  const totals: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    for (const q of SEARCH_QUERIES) {
      t = performance.now();
      totals[q] = index.search(q).total;
      appMs.push(performance.now() - t);
      t = performance.now();
      const words = q.toLowerCase().split(' ');
      let found = 0;
      for (const text of lowered) if (words.every((w) => text.includes(w))) found++;
      floorMs.push(performance.now() - t);
      if (found < 0) throw new Error('unreachable'); // keeps the scan from being optimised away
    }
  }
  return { appMs, floorMs, buildMs, totals, queries: SEARCH_QUERIES };
}
