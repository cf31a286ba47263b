/**
 * Tells the other tabs of Tend which records changed, so their journal lists stay fresh
 * without a reload.
 *
 * SECURITY: a message carries ONLY record ids and kinds, the two fields that are already in
 * the clear in IndexedDB (random UUIDs and `entry` / `doc` / `summary`): never content, a
 * title, a date or what changed. It is sent by the storage layer, which only ever holds
 * ciphertext, so there is no plaintext it could leak. A receiving tab that is unlocked
 * re-reads those records and decrypts them itself; a locked tab ignores the message.
 */

/** One changed (written or deleted) record. */
export interface RecordChange {
  id: string;
  kind: string;
}

/** Where changes go to, and come from, the other tabs. */
export interface ChangeFeed {
  announce(changes: RecordChange[]): void;
  /** `listener` hears other tabs' changes (never this feed's own). Returns unsubscribe. */
  listen(listener: (changes: RecordChange[]) => void): () => void;
  close(): void;
}

/** The message on the channel: a format version and the changes. Nothing else. */
interface ChangeMessage {
  v: 1;
  changes: RecordChange[];
}

/** A feed that goes nowhere (tests, or a browser without BroadcastChannel). */
export const SILENT_FEED: ChangeFeed = { announce: () => {}, listen: () => () => {}, close: () => {} };

/** The channel name: per database, so stores under other names never hear each other. */
export function changeChannelName(dbName: string): string {
  return `tend-changes:${dbName}`;
}

/** A BroadcastChannel feed for database `dbName`; inert where BroadcastChannel is missing. */
export function broadcastChangeFeed(dbName: string): ChangeFeed {
  if (typeof BroadcastChannel === 'undefined') return SILENT_FEED;
  const channel = new BroadcastChannel(changeChannelName(dbName));
  const listeners = new Set<(changes: RecordChange[]) => void>();
  channel.onmessage = (event: MessageEvent) => {
    const changes = parseChanges(event.data);
    if (changes) for (const listener of listeners) listener(changes);
  };
  return {
    announce(changes) {
      if (changes.length === 0) return;
      // Copy field by field: whatever else a caller's objects hold never reaches the channel.
      const message: ChangeMessage = { v: 1, changes: changes.map(({ id, kind }) => ({ id, kind })) };
      channel.postMessage(message);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => channel.close(),
  };
}

/** The changes in a message, or null for anything that is not exactly our shape. */
export function parseChanges(data: unknown): RecordChange[] | null {
  const m = data as Partial<ChangeMessage> | null;
  if (!m || typeof m !== 'object' || m.v !== 1 || !Array.isArray(m.changes)) return null;
  const out: RecordChange[] = [];
  for (const c of m.changes as unknown[]) {
    const { id, kind } = (c ?? {}) as Partial<RecordChange>;
    if (typeof id !== 'string' || typeof kind !== 'string') return null;
    out.push({ id, kind });
  }
  return out;
}
