import type { StoredRecord } from '../storage/schema';
import { canonicalJson } from './canonical-json';
import { entryBody, KIND_DOC, KIND_ENTRY, parseDoc, parseEntry, tidyEntry } from './entry-schema';
import type { EntryIndex } from './entry-index';
import { VaultError } from './errors';
import { decodeRecord } from './record-codec';
import type { Entry, EntryDraft, SaveConflict } from './types';

/**
 * Several tabs over one journal (issue #7, item 2): what a save does when its base version
 * is stale, and how a tab takes in what another tab wrote. Pure over the index; the session
 * does the reading and writing.
 */

/** The draft's content: without its id and base version, which are not entry fields. */
export function draftFields(draft: EntryDraft): Omit<EntryDraft, 'id' | 'baseUpdated'> {
  const { id: _id, baseUpdated: _base, ...fields } = draft;
  return fields;
}

/** True when two versions of an entry say the same (everything but `updated`). */
export function sameContent(a: Entry, b: Entry): boolean {
  return canonicalJson({ ...entryBody(a), updated: 0 }) === canonicalJson({ ...entryBody(b), updated: 0 });
}

/**
 * The new entry a stale draft becomes, so neither text is lost. Changed elsewhere: a
 * conflict copy of the stored version (fields the draft leaves out, such as tags, come
 * from it) with `conflictOf` naming the original, which stays as the other tab left it.
 * Deleted elsewhere: the draft simply carries on as a new entry.
 */
export function entryForStaleDraft(
  draft: EntryDraft,
  stored: Entry | undefined,
  reason: SaveConflict,
  id: string,
  now: number,
): Entry {
  const entry: Entry = tidyEntry({
    ...stored,
    ...draftFields(draft),
    id,
    created: draft.created ?? stored?.created ?? now,
    updated: now,
  });
  if (reason === 'changed-elsewhere' && draft.id !== undefined) entry.conflictOf = draft.id;
  else delete entry.conflictOf;
  return entry;
}

/**
 * Bring the index in step with records just re-read from storage (another tab wrote or
 * deleted them): decrypt entries and documents, drop what is gone. A version older than the
 * one this tab already holds is ignored, and a record that does not open is left alone
 * (the next unlock counts it as damaged); one a newer Tend wrote is counted as such and
 * its old copy here is no longer shown. Returns true if the index changed.
 */
export function applyStoredRecords(index: EntryIndex, ek: Uint8Array, ids: string[], records: (StoredRecord | undefined)[]): boolean {
  let changed = false;
  ids.forEach((id, i) => {
    const record = records[i];
    if (!record) {
      if (index.has(id)) {
        index.remove(id);
        changed = true;
      }
      if (index.getDoc(id)) {
        index.removeDoc(id);
        changed = true;
      }
      return;
    }
    try {
      if (record.kind === KIND_ENTRY) {
        const entry = parseEntry(id, decodeRecord(ek, record));
        const known = index.get(id);
        if (known && (known.updated > entry.updated || (known.updated === entry.updated && sameContent(known, entry)))) return;
        index.put(entry);
        changed = true;
      } else if (record.kind === KIND_DOC) {
        const doc = parseDoc(id, decodeRecord(ek, record));
        const known = index.getDoc(id);
        if (known && known.updated > doc.updated) return;
        index.putDoc(doc);
        changed = true;
      }
    } catch (err) {
      if (!(err instanceof VaultError)) throw err;
      if (err.code === 'unsupported-version') {
        index.markNewer(id);
        changed = true;
      }
    }
  });
  return changed;
}
