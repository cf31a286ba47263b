import { randomUuid } from '../crypto/random';
import type { ExpectedRecord, VaultStore } from '../storage/vault-store';
import type { EntryIndex } from './entry-index';
import { KIND_ENTRY, parseEntry, tidyEntry } from './entry-schema';
import { VaultError } from './errors';
import { decodeRecord } from './record-codec';
import { storageCall } from './storage-errors';
import { draftFields, entryForStaleDraft, sameContent } from './tab-sync';
import type { Entry, EntryDraft, SaveConflict, SaveResult } from './types';

/**
 * Writes that must not overwrite what another tab wrote meanwhile (issue #7, item 2): each
 * reads the stored record, then writes only if that record is still the version read,
 * checked again inside the write transaction (by nonce), and otherwise reads again.
 */

/** Conditional writes tried before giving up (each retry follows another tab's write). */
const MAX_ATTEMPTS = 5;

/** What these writes need from the session. */
export interface WriteContext {
  readonly index: EntryIndex;
  readonly store: VaultStore;
  ek(): Uint8Array;
  now(): number;
  /** Encrypt and write (plus the summary record); false when `expected` no longer held. */
  write(put: Entry[], remove: string[], change: { put?: Entry; remove?: string }, expected?: ExpectedRecord[]): Promise<boolean>;
  /** Take a write into the index and tell the list. */
  commit(entry: Entry): void;
  commitRemove(id: string): void;
}

/**
 * An edit made over version `base`: write over the stored entry only if it is still `base`.
 * A stale base never overwrites: the draft becomes a new entry (see `entryForStaleDraft`).
 */
export async function saveOverBase(ctx: WriteContext, draft: EntryDraft, id: string, base: number): Promise<SaveResult> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const record = await storageCall(() => ctx.store.readRecord(id));
    if (record?.kind !== KIND_ENTRY) return saveAsNew(ctx, draft, undefined, 'deleted-elsewhere');
    const stored = parseEntry(id, decodeRecord(ctx.ek(), record));
    // `updated` only ever grows, so equal timestamps in two tabs cannot hide a change.
    const updated = Math.max(ctx.now(), stored.updated + 1);
    const entry: Entry = tidyEntry({ ...stored, ...draftFields(draft), id, created: draft.created ?? stored.created, updated });
    if (stored.updated !== base) {
      if (!sameContent(entry, stored)) return saveAsNew(ctx, draft, stored, 'changed-elsewhere');
      ctx.commit(stored); // the stored version already says what the draft says: nothing to write
      return { entry: stored, conflict: null };
    }
    if (await ctx.write([entry], [], { put: entry }, [{ id, n: record.n }])) {
      ctx.commit(entry);
      return { entry, conflict: null };
    }
    // Another tab wrote between this read and this write: read again.
  }
  throw new VaultError('storage-failed', 'the entry kept changing in another tab');
}

/** The draft as a new entry; the stored original (if any) is left exactly as it is. */
async function saveAsNew(ctx: WriteContext, draft: EntryDraft, stored: Entry | undefined, conflict: SaveConflict): Promise<SaveResult> {
  if (stored) ctx.index.put(stored); // show the other tab's version too
  else if (draft.id !== undefined && ctx.index.has(draft.id)) ctx.index.remove(draft.id);
  const entry = entryForStaleDraft(draft, stored, conflict, randomUuid(), ctx.now());
  await ctx.write([entry], [], { put: entry });
  ctx.commit(entry);
  return { entry, conflict };
}

/** Delete the stored version (not this tab's copy), so Undo brings back exactly what was deleted. */
export async function deleteStored(ctx: WriteContext, id: string): Promise<Entry> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const record = await storageCall(() => ctx.store.readRecord(id));
    if (record?.kind !== KIND_ENTRY) {
      if (ctx.index.has(id)) ctx.commitRemove(id);
      throw new VaultError('not-found', 'no such entry');
    }
    const entry = parseEntry(id, decodeRecord(ctx.ek(), record));
    if (await ctx.write([], [id], { remove: id }, [{ id, n: record.n }])) {
      ctx.commitRemove(id);
      return entry;
    }
  }
  throw new VaultError('storage-failed', 'the entry kept changing in another tab');
}

/** Put a deleted entry back under its id; if the id is taken again meanwhile, keep both. */
export async function restoreOrCopy(ctx: WriteContext, entry: Entry): Promise<void> {
  if (await ctx.write([entry], [], { put: entry }, [{ id: entry.id }])) return ctx.commit(entry);
  const copy: Entry = { ...entry, id: randomUuid(), conflictOf: entry.id };
  await ctx.write([copy], [], { put: copy });
  ctx.commit(copy);
}

/** Run `attempt` until it returns a result (not undefined): for writes planned against a changing database. */
export async function retrying<T>(attempt: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const result = await attempt();
    if (result !== undefined) return result;
  }
  throw new VaultError('storage-failed', 'the journal kept changing in another tab');
}
