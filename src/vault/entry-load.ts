import type { StoredRecord } from '../storage/schema';
import { compareNewestFirst, KIND_DOC, KIND_ENTRY, parseDoc, parseEntry } from './entry-schema';
import { VaultError } from './errors';
import { decodeRecord } from './record-codec';
import type { Doc, Entry, EntrySummary } from './types';
import { yieldToEventLoop } from './yield';

/*
 * The parts of EntryIndex that need none of its state: the decrypting phase of the full load,
 * and keeping the sorted list in order. Nothing here writes anything anywhere.
 */

/**
 * Longest stretch (ms) of the background load (decrypt, parse, index for search) before it
 * yields to the event loop, so a keystroke or a paint waits at most about this long.
 */
export const LOAD_SLICE_MS = 30;

/** What the decrypting phase found: entries and documents by id, and the ids it could not open. */
export interface DecryptedRecords {
  decrypted: Map<string, Entry>;
  docs: Map<string, Doc>;
  /** Written by a newer Tend (record format above ours): kept as they are, not damaged. */
  newer: string[];
  damaged: string[];
}

/**
 * Decrypts and parses every entry and document record in slices of LOAD_SLICE_MS, yielding in
 * between. The key is asked for again at each slice, never held across a yield. Null if
 * `cancelled()` turns true (a lock).
 */
export async function decryptRecords(
  ek: () => Uint8Array,
  records: StoredRecord[],
  cancelled: () => boolean,
  onProgress?: (done: number, total: number) => void,
): Promise<DecryptedRecords | null> {
  const wanted = records.filter((r) => r.kind === KIND_ENTRY || r.kind === KIND_DOC);
  const out: DecryptedRecords = { decrypted: new Map(), docs: new Map(), newer: [], damaged: [] };
  let i = 0;
  while (i < wanted.length) {
    if (cancelled()) return null;
    const key = ek();
    const start = performance.now();
    do {
      const record = wanted[i++]!;
      try {
        const body = decodeRecord(key, record);
        if (record.kind === KIND_ENTRY) out.decrypted.set(record.id, parseEntry(record.id, body));
        else out.docs.set(record.id, parseDoc(record.id, body));
      } catch (err) {
        if (!(err instanceof VaultError)) throw err;
        (err.code === 'unsupported-version' ? out.newer : out.damaged).push(record.id);
      }
    } while (i < wanted.length && performance.now() - start < LOAD_SLICE_MS);
    onProgress?.(i, wanted.length);
    if (i < wanted.length) await yieldToEventLoop();
  }
  return out;
}

/** A copy of sorted `list` with `id` removed and `summary` (if any) inserted in order. */
export function withChange(list: EntrySummary[], id: string, old?: EntrySummary, summary?: EntrySummary): EntrySummary[] {
  const out = list.slice();
  // The order is total (ids break ties), so the old summary's place is found by binary
  // search; a linear scan only if it is not where its fields say (never expected).
  // No old summary: the id is not in the list (the list is made from the summaries).
  let at = old ? insertionPoint(out, old) : -1;
  if (old && out[at]?.id !== id) at = out.findIndex((s) => s.id === id);
  if (at >= 0) out.splice(at, 1);
  if (summary) out.splice(insertionPoint(out, summary), 0, summary);
  return out;
}

/** First index whose summary does not sort before `summary`. */
function insertionPoint(list: EntrySummary[], summary: EntrySummary): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareNewestFirst(list[mid]!, summary) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
