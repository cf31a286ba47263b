import { BackupError, type BackupErrorCode } from '../backup/errors';
import type { VaultSession } from '../vault/types';

/**
 * Words for every backup failure (the error-messages.ts pattern: the backup layer throws
 * codes, the app chooses the words). Each refusal says that nothing was imported or changed.
 */
export const BACKUP_MESSAGES: Readonly<Record<BackupErrorCode, string>> = {
  'too-large': 'That file is larger than 256 MB, far larger than any Tend backup. Check that you picked the right file. Nothing was imported.',
  'not-age': 'That file isn’t a Tend backup. Tend backups are encrypted files named like tend-backup-2025-03-04.age. Nothing was imported.',
  'other-recipient': 'That file is encrypted for a key rather than with a passphrase, so it isn’t a Tend backup. Nothing was imported.',
  'work-factor-too-high': 'That file asks for far more work to open than any Tend backup, so Tend did not try. Nothing was imported.',
  'wrong-passphrase': 'That passphrase didn’t open the backup. Use the backup passphrase chosen when it was saved (it may differ from your journal passphrase). Nothing was imported.',
  damaged: 'That backup has been changed or damaged since it was saved, so Tend won’t use it. Nothing was imported. Try another copy.',
  truncated: 'That backup is incomplete: the file was cut short, perhaps by an interrupted download or copy. Nothing was imported. Try another copy.',
  'trailing-data': 'That backup has extra data after its end, so Tend won’t trust it. Nothing was imported. Try another copy.',
  'not-tend-backup': 'That file opened, but it isn’t a Tend backup. Nothing was imported.',
  'newer-version': 'That backup was saved by a newer version of Tend. Reload the page to get the latest version, then try again. Nothing was imported.',
  'count-mismatch': 'That backup doesn’t hold the number of entries it says it does, so Tend won’t use it. Nothing was imported.',
  'checksum-mismatch': 'That backup’s contents don’t match its checksum, so Tend won’t use it. Nothing was imported.',
  'bad-padding': 'That backup has unexpected data at its end, so Tend won’t use it. Nothing was imported.',
  'malformed-record': 'Part of that backup isn’t in the form Tend expects, so nothing was imported.',
  'write-failed': 'Tend couldn’t make the backup on this device; it may be short of memory. Nothing was saved. Close other tabs or apps and try again.',
};

/** Words for a backup failure; vault failures (e.g. storage full) keep their own words. */
export function backupMessageFor(err: unknown, fallback: (err: unknown) => string): string {
  return err instanceof BackupError ? BACKUP_MESSAGES[err.code] : fallback(err);
}

/**
 * This version cannot read what a newer Tend saved, so it cannot put it in a backup: say so
 * rather than let the person think the file holds everything.
 */
export function newerLeftOut(session: Pick<VaultSession, 'newerVersionCount'>): string {
  const count = session.newerVersionCount();
  if (count === 0) return '';
  const what = count === 1 ? '1 entry saved by a newer version of Tend is' : `${count} entries saved by a newer version of Tend are`;
  return ` ${what} not in it: update Tend on this device, then back up again.`;
}
