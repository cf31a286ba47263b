import { randomUuid } from '../crypto/random';
import type { ExpectedRecord, VaultStore } from '../storage/vault-store';
import type { EntryIndex } from './entry-index';
import { KIND_DOC, parseDoc } from './entry-schema';
import { VaultError } from './errors';
import { decodeRecord, encodeRecord } from './record-codec';
import { storageCall } from './storage-errors';
import type { Doc } from './types';

/**
 * Read-modify-write of a document (preferences, settings) on its FRESHEST stored version,
 * so two tabs changing one document both keep their change: each reads the stored record,
 * applies its change to what it read, and writes only if the record is still that version
 * (checked by nonce inside the one readwrite transaction that writes it, as
 * versioned-writes.ts does for entries). If another tab wrote in between, nothing is
 * written: it reads again and applies the change on top of the other tab's version.
 *
 * A document this version cannot open (damaged, or saved by a newer Tend) is never written
 * over: the error goes to the caller and the stored record stays as it is.
 */

/**
 * Conditional writes tried before giving up. Each failed try means another tab's write to
 * this document succeeded, so this only runs out while other tabs keep changing it nonstop.
 */
const MAX_ATTEMPTS = 20;

/** What these writes need from the session. */
export interface DocWriteContext {
  readonly index: EntryIndex;
  readonly store: VaultStore;
  ek(): Uint8Array;
  now(): number;
  /** Tell the lists (after a write is committed). */
  emit(): void;
}

/**
 * Apply `change` to the stored data of document `id` (undefined when there is none yet, or
 * when `id` is undefined: a new document) and store the result. Returns the stored document.
 */
export async function updateStoredDoc<T>(
  ctx: DocWriteContext,
  type: string,
  id: string | undefined,
  change: (current: unknown) => T,
): Promise<Doc<T>> {
  const docId = id ?? randomUuid();
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const record = id === undefined ? undefined : await storageCall(() => ctx.store.readRecord(docId));
    let current: Doc | undefined;
    if (record) {
      if (record.kind !== KIND_DOC) throw new VaultError('not-found', 'that id is not a document');
      current = parseDoc(docId, decodeRecord(ctx.ek(), record));
      if (current.type !== type) throw new VaultError('not-found', 'that document is of another type');
    }
    // `updated` only ever grows, so the newest of several documents stays the newest.
    const doc: Doc<T> = { id: docId, type, data: change(current?.data), updated: Math.max(ctx.now(), (current?.updated ?? 0) + 1) };
    const sealed = encodeRecord(ctx.ek(), KIND_DOC, docId, { type, data: doc.data, updated: doc.updated });
    const expected: ExpectedRecord = record ? { id: docId, n: record.n } : { id: docId };
    if ((await storageCall(() => ctx.store.writeRecords([sealed], [], [expected]))) !== false) {
      ctx.index.putDoc(doc);
      ctx.emit();
      return doc;
    }
    // Another tab wrote this document between the read and the write: read it again.
  }
  throw new VaultError('storage-failed', 'the document kept changing in another tab');
}
