import type { Entry } from './types';

/**
 * The best hits of a search without sorting every match: a bounded min-heap (split from
 * search-index.ts to keep it short). Ties on score go to the newer entry.
 */

/** Better first: higher score, then newer. */
function before(a: { entry: Entry; score: number }, b: { entry: Entry; score: number }): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.entry.created !== b.entry.created) return a.entry.created > b.entry.created;
  return a.entry.updated > b.entry.updated;
}

/** The best `k` offers, kept in a min-heap (the worst kept at the root), so no full sort. */
export class TopK {
  private readonly heap: { entry: Entry; score: number }[] = [];
  constructor(private readonly k: number) {}

  offer(entry: Entry, score: number): void {
    const h = this.heap;
    if (h.length < this.k) {
      h.push({ entry, score });
      let i = h.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!before(h[p]!, h[i]!)) break;
        [h[p], h[i]] = [h[i]!, h[p]!];
        i = p;
      }
    } else if (this.k > 0 && before({ entry, score }, h[0]!)) {
      h[0] = { entry, score };
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let worst = i;
        if (l < h.length && before(h[worst]!, h[l]!)) worst = l;
        if (r < h.length && before(h[worst]!, h[r]!)) worst = r;
        if (worst === i) break;
        [h[worst], h[i]] = [h[i]!, h[worst]!];
        i = worst;
      }
    }
  }

  sorted(): { entry: Entry; score: number }[] {
    return [...this.heap].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  }
}
