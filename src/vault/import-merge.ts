import { canonicalJson } from './canonical-json';
import { entryBody, parseDoc, parseEntry, tidyEntry } from './entry-schema';
import type { Doc, Entry, ImportBatch, ImportSummary } from './types';

/** What to write for an import, decided before anything is encrypted or written. */
export interface MergePlan {
  entries: Entry[];
  docs: Doc[];
  summary: ImportSummary;
}

/**
 * Merge rules (issue #5): a new id is added; the same id with the same content is
 * skipped; the same id with different content is added as a conflict copy (a new id,
 * `conflictOf` naming the original). Nothing is ever overwritten or deleted. Re-importing
 * the same file is a no-op, because an identical conflict copy counts as unchanged.
 * Every incoming record is re-parsed with the vault's strict schema first, which also
 * drops unknown keys (no `__proto__` or extra fields reach storage).
 *
 * `unreadable` are ids stored here that this version cannot open (damaged, or written by a
 * newer Tend): their content is unknown, so an incoming record with such an id is never
 * written over it but added as a copy under a new id, and the stored record stays as it is.
 */
export function planMerge(
  existingEntries: Iterable<Entry>,
  existingDocs: Iterable<Doc>,
  batch: ImportBatch,
  newId: () => string,
  unreadable: ReadonlySet<string> = new Set(),
): MergePlan {
  const entries = mergeById(
    [...existingEntries],
    batch.entries.map((e) => parseEntry(e.id, entryBody(tidyEntry(e)))),
    (e) => canonicalJson({ ...entryBody(e), conflictOf: undefined }),
    (e) => ({ ...e, id: newId(), conflictOf: e.id }),
    (e) => e.conflictOf,
    unreadable,
  );
  const docs = mergeById(
    [...existingDocs],
    batch.docs.map((d) => parseDoc(d.id, { type: d.type, data: d.data, updated: d.updated })),
    (d) => canonicalJson({ type: d.type, data: d.data, updated: d.updated }),
    (d) => ({ ...d, id: newId() }),
    () => undefined,
    unreadable,
  );
  return {
    entries: entries.write,
    docs: docs.write,
    summary: {
      added: entries.added + docs.added,
      unchanged: entries.unchanged + docs.unchanged,
      conflictCopies: entries.conflicts + docs.conflicts,
    },
  };
}

function mergeById<T extends { id: string }>(
  existing: T[],
  incoming: T[],
  content: (x: T) => string,
  conflictCopy: (x: T) => T,
  copyOf: (x: T) => string | undefined,
  unreadable: ReadonlySet<string>,
) {
  const byId = new Map(existing.map((x) => [x.id, content(x)]));
  // Stored but unreadable: taken, with content that matches nothing incoming.
  for (const id of unreadable) if (!byId.has(id)) byId.set(id, '\0unreadable');
  const copies = new Map<string, Set<string>>();
  for (const x of existing) {
    const of = copyOf(x);
    if (of !== undefined) copies.set(of, (copies.get(of) ?? new Set()).add(content(x)));
  }
  const write: T[] = [];
  let added = 0;
  let unchanged = 0;
  let conflicts = 0;
  for (const x of incoming) {
    const mine = byId.get(x.id);
    const theirs = content(x);
    if (mine === undefined) {
      byId.set(x.id, theirs);
      write.push(x);
      added++;
    } else if (mine === theirs || copies.get(x.id)?.has(theirs)) {
      unchanged++;
    } else {
      copies.set(x.id, (copies.get(x.id) ?? new Set()).add(theirs));
      write.push(conflictCopy(x));
      conflicts++;
    }
  }
  return { write, added, unchanged, conflicts };
}
