import type { Doc } from '../vault/types';

/**
 * "When did I last make a backup that is known to restore?" kept as an encrypted document
 * (type `backup-status`) so even that date is not visible in storage.
 */

/** The document type of the status. */
export const BACKUP_STATUS_TYPE = 'backup-status';
/** Nudge after this many days without a verified backup... */
export const NUDGE_AFTER_DAYS = 14;
/** ...or after this many new entries. */
export const NUDGE_AFTER_ENTRIES = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The status document's data. */
export interface BackupStatus {
  /** When the verified backup was made (ms since the epoch). */
  at: number;
  /** How many entries it held. */
  entries: number;
}

function isStatus(x: unknown): x is BackupStatus {
  const s = x as BackupStatus;
  return !!s && typeof s === 'object' && Number.isFinite(s.at) && Number.isSafeInteger(s.entries);
}

/** The newest status among the documents (imports can bring older ones), or null. */
export function latestBackup(docs: readonly Doc[]): { doc: Doc; status: BackupStatus } | null {
  let best: { doc: Doc; status: BackupStatus } | null = null;
  for (const doc of docs) {
    if (doc.type === BACKUP_STATUS_TYPE && isStatus(doc.data) && (!best || doc.data.at > best.status.at)) best = { doc, status: doc.data };
  }
  return best;
}

/** Whole days since `at` (0 today). */
export function daysSince(at: number, now: number): number {
  return Math.max(0, Math.floor((now - at) / DAY_MS));
}

/**
 * True when the journal list should suggest a backup: 14 days or 20 new entries since the
 * last verified one; with none ever, once the oldest entry is 14 days old or there are 20.
 */
export function needsBackupNudge(status: BackupStatus | null, entryCount: number, oldestCreated: number | null, now: number): boolean {
  if (entryCount === 0) return false;
  if (!status) return entryCount >= NUDGE_AFTER_ENTRIES || (oldestCreated !== null && daysSince(oldestCreated, now) >= NUDGE_AFTER_DAYS);
  return daysSince(status.at, now) >= NUDGE_AFTER_DAYS || entryCount - status.entries >= NUDGE_AFTER_ENTRIES;
}

/** `tend-backup-YYYY-MM-DD.age`, in local time (the day the user sees). */
export function backupFileName(now: Date, ext = 'age'): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `tend-backup-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}.${ext}`;
}
