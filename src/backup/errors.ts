/**
 * Stable failure codes of the backup reader and writer (issue #5, item 5). Each has its own
 * words in src/app/error-messages.ts; whatever the code, an import that fails changes nothing.
 */
export type BackupErrorCode =
  | 'too-large'
  | 'not-age'
  | 'other-recipient'
  | 'work-factor-too-high'
  | 'wrong-passphrase'
  | 'damaged'
  | 'truncated'
  | 'trailing-data'
  | 'not-tend-backup'
  | 'newer-version'
  | 'count-mismatch'
  | 'checksum-mismatch'
  | 'bad-padding'
  | 'malformed-record'
  | 'write-failed';

/** Every code, for exhaustive tests and the app's word table. */
export const BACKUP_ERROR_CODES: readonly BackupErrorCode[] = [
  'too-large', 'not-age', 'other-recipient', 'work-factor-too-high', 'wrong-passphrase', 'damaged',
  'truncated', 'trailing-data', 'not-tend-backup', 'newer-version', 'count-mismatch',
  'checksum-mismatch', 'bad-padding', 'malformed-record', 'write-failed',
];

/** The one error type of src/backup (style §5). */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    message: string = code,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True for a BackupError, also one rebuilt from a worker message. */
export function isBackupError(err: unknown): err is BackupError {
  return err instanceof BackupError;
}
