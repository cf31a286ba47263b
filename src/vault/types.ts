/**
 * The vault's public shapes. The UI sees the vault only through these types (design §1:
 * ui/screens may import vault types, never vault code); app/ hands the real objects in.
 */

import type { SearchFilters, SearchResults } from './search-index';

export type { SearchFilters, SearchHit, SearchResults, SearchSnippet } from './search-index';

/** What an entry answers: a prompt, a template, a coping tool or a self-check. */
export interface EntrySource {
  kind: 'prompt' | 'custom-prompt' | 'template' | 'tool' | 'self-check';
  /** The content id (prompt id, template id, tool id…). */
  id: string;
  /** The content theme, for filtering (e.g. "boundaries"). */
  theme?: string;
  /** What was asked, as shown when the entry was written (content can change later). */
  label: string;
}

/** One filled-in section of a structured (template) entry. */
export interface EntrySection {
  id: string;
  label: string;
  text: string;
  /** For checklist sections: the ids of the items ticked. */
  checked?: string[];
}

/** A quick check-in attached to an entry: our own 1-5 items; null = not answered. */
export interface CheckIn {
  mood: number | null;
  energy: number | null;
  stress: number | null;
}

/** One journal entry as the user sees it. Everything here is encrypted at rest. */
export interface Entry {
  /** Random UUIDv4: reveals neither order nor time. */
  id: string;
  title: string;
  body: string;
  /** The date the entry is about (ms since epoch); editable later for backdating. */
  created: number;
  /** Last change (ms since epoch). */
  updated: number;
  source?: EntrySource;
  /** Template entries: the sections in template order. */
  sections?: EntrySection[];
  checkin?: CheckIn;
  /** When to offer a follow-up (e.g. "evaluate the outcome" of an ethics walk-through). */
  followUpAt?: number;
  /** Set on a conflict copy made by an import: the id of the entry it differs from. */
  conflictOf?: string;
  /** The user's own labels, normalised by `normalizeTags` (trimmed, unique ignoring case, sorted). */
  tags?: string[];
  /** Pinned (favourite) entries are listed first. */
  pinned?: boolean;
}

/** What the editor hands to `saveEntry`: no id means a new entry. */
export type EntryDraft = Omit<Entry, 'id' | 'created' | 'updated'> & {
  id?: string;
  created?: number;
  /**
   * The `updated` of the stored version this draft was written over (what the editor
   * loaded, then what its own last save returned). When another tab saved or deleted the
   * entry since, the draft is kept as a new entry instead of overwriting: see `SaveResult`.
   * Never stored.
   */
  baseUpdated?: number;
};

/**
 * Why a save went to a new entry: the entry was changed in another tab since the draft's
 * base version (the new entry is a conflict copy, `conflictOf` = the original), or deleted
 * there (the new entry simply carries on the text).
 */
export type SaveConflict = 'changed-elsewhere' | 'deleted-elsewhere';

/** A save's outcome: the stored entry (keep editing this id) and, if it is a new one, why. */
export interface SaveResult {
  entry: Entry;
  conflict: SaveConflict | null;
}

/** What the journal list shows: cheap to keep for every entry. */
export interface EntrySummary {
  id: string;
  /** The title, or the first line of the body when there is no title. */
  heading: string;
  /** A short excerpt of the body (first ~140 characters, single line), without the heading line. */
  preview: string;
  created: number;
  updated: number;
  source?: EntrySource;
  checkin?: CheckIn;
  followUpAt?: number;
  conflictOf?: string;
  tags?: string[];
  pinned?: boolean;
}

/** What an import brings: plain entries and documents, already checked by the backup reader. */
export interface ImportBatch {
  entries: Entry[];
  docs: Doc[];
}

/** What an import did: nothing is ever overwritten or deleted. */
export interface ImportSummary {
  added: number;
  unchanged: number;
  conflictCopies: number;
}

/**
 * A small encrypted document that is not a journal entry: preferences, coping-tool
 * ratings, self-check results. All share the clear record kind "doc"; the type is
 * inside the ciphertext, so storage does not reveal which features a user uses.
 */
export interface Doc<T = unknown> {
  id: string;
  type: string;
  data: T;
  updated: number;
}

/** Progress reported while unlocking, for the lock screen's progress bar. */
export type UnlockProgress =
  | { phase: 'deriving' }
  | { phase: 'opening' }
  | { phase: 'decrypting'; done: number; total: number };

/** Stable failure codes; app/ maps each to words a clinician understands. */
export type VaultErrorCode =
  | 'no-vault'
  | 'vault-exists'
  | 'locked'
  | 'wrong-passphrase'
  | 'wrong-recovery-key'
  | 'malformed-recovery-key'
  | 'weak-passphrase'
  | 'corrupt-record'
  | 'corrupt-header'
  | 'unsupported-version'
  | 'not-found'
  | 'storage-unavailable'
  | 'quota-exceeded'
  | 'storage-closed'
  | 'storage-failed';

/** An unlocked vault. Dropped (and its keys zero-filled) by `lock()`. */
export interface VaultSession {
  /** Entries newest first (by `created`, then `updated`). Synchronous: served from memory. */
  listEntries(): EntrySummary[];
  /** How many stored entries could not be opened (damaged): kept, never deleted, never shown as garbage. */
  damagedCount(): number;
  /**
   * How many stored records were written by a NEWER Tend (a record format this version does
   * not know): not damaged, just unreadable here. Kept exactly as stored, never rewritten or
   * deleted; opening Tend's newest version on this device shows them again.
   */
  newerVersionCount(): number;
  /** True once every record is decrypted; before that the list may show only the newest page. */
  isFullyLoaded(): boolean;
  /**
   * Why reading everything after the first page failed (then `isFullyLoaded()` stays
   * false until `retryLoad()` succeeds), or null. Nothing is lost: the records are stored.
   */
  loadFailure(): VaultErrorCode | null;
  /** Reads and decrypts every record again after a failed load. */
  retryLoad(): Promise<void>;
  /** One whole entry (decrypts on demand if the background load has not reached it). */
  getEntry(id: string): Promise<Entry>;
  /** Encrypts and writes; returns the stored entry (with its id and timestamps). */
  saveEntry(draft: EntryDraft): Promise<Entry>;
  /**
   * `saveEntry`, saying whether the draft had to become a new entry because its base
   * version is stale (another tab saved or deleted the entry meanwhile). The stored
   * original is never overwritten then: two tabs editing one entry never lose text.
   */
  saveEntryChecked(draft: EntryDraft): Promise<SaveResult>;
  /** Deletes; returns the removed entry so the UI can offer undo via `restoreEntry`. */
  deleteEntry(id: string): Promise<Entry>;
  /** Puts back an entry removed by `deleteEntry` (same id, same content). */
  restoreEntry(entry: Entry): Promise<void>;
  /** Re-wraps the master key under a new passphrase; entry bytes are untouched. */
  changePassphrase(current: string, next: string): Promise<void>;
  /** Replaces the recovery slot; returns the new key to show once. */
  regenerateRecoveryKey(): Promise<string>;
  /** Every document of a type (after `isFullyLoaded()`; before that, those loaded so far). */
  docs<T>(type: string): Doc<T>[];
  /** Encrypt and write a document; no id = a new one. Returns the stored document. */
  putDoc<T>(type: string, data: T, id?: string): Promise<Doc<T>>;
  /**
   * Change a document on its freshest stored version: `change` gets the data as stored now
   * (undefined when there is none; no id = a new document), and the result is written only
   * if no other tab wrote the document meanwhile, else it is applied again on top of theirs.
   * So two tabs adding to one document (an own prompt each) both keep their addition.
   */
  updateDoc<T>(type: string, id: string | undefined, change: (current: unknown) => T): Promise<Doc<T>>;
  deleteDoc(id: string): Promise<void>;
  /** Everything decrypted, for a backup or an export (waits for the background load). */
  exportAll(): Promise<ImportBatch>;
  /**
   * Merge an import: new ids are added, identical ones skipped, the same id with other
   * content becomes a conflict copy. Everything is encrypted first, then written in ONE
   * transaction: all or nothing.
   */
  mergeImport(batch: ImportBatch): Promise<ImportSummary>;
  /**
   * Full-text search over the decrypted entries in memory, best first (an empty query lists
   * the filtered entries newest first). Covers the entries loaded so far until `isFullyLoaded()`.
   */
  search(query: string, filters?: SearchFilters, limit?: number): SearchResults;
  /** Subscribe to list changes (saves, deletes, background load finishing). Returns unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Zero-fills the keys, forgets decrypted entries; the session is unusable afterwards. */
  lock(): void;
}

/** The locked side: what exists before any key is in memory. */
export interface VaultGate {
  /** 'none' on first run, 'locked' when a vault header exists; 'unsupported-version' when a newer Tend wrote it. */
  status(): Promise<'none' | 'locked'>;
  /** Creates a vault; the recovery key is returned exactly once and never stored. */
  create(passphrase: string): Promise<{ session: VaultSession; recoveryKey: string }>;
  unlockWithPassphrase(
    passphrase: string,
    onProgress?: (p: UnlockProgress) => void,
  ): Promise<VaultSession>;
  unlockWithRecoveryKey(
    recoveryKey: string,
    onProgress?: (p: UnlockProgress) => void,
  ): Promise<VaultSession>;
  /**
   * Called when the database connection was closed under us (another tab is upgrading
   * Tend). Later writes fail with 'storage-closed'; the app keeps the draft on screen
   * and asks the user to reload. Returns unsubscribe.
   */
  onStorageClosed(listener: () => void): () => void;
  /**
   * Runs `save` when another tab asks to upgrade the database, BEFORE this tab's
   * connection closes, so drafts are saved while saving still works. Returns unsubscribe.
   */
  beforeStorageCloses(save: () => Promise<unknown>): () => void;
}
