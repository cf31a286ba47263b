/** Failure codes of the storage layer. */
export type StorageErrorCode =
  | 'unavailable'
  | 'quota-exceeded'
  | 'closed'
  | 'version-too-new'
  | 'already-exists'
  | 'failed';

/** The one error type of src/storage; the original Dexie/DOM error is the `cause`. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    message: string = code,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Classify anything Dexie or IndexedDB threw. */
export function toStorageError(err: unknown): StorageError {
  if (err instanceof StorageError) return err;
  const names = errorNames(err);
  const has = (...n: string[]) => n.some((x) => names.includes(x));
  let code: StorageErrorCode = 'failed';
  if (has('QuotaExceededError')) code = 'quota-exceeded';
  else if (has('VersionError')) code = 'version-too-new';
  else if (has('MissingAPIError', 'SecurityError', 'InvalidAccessError')) code = 'unavailable';
  else if (has('DatabaseClosedError')) code = 'closed';
  else if (has('ConstraintError')) code = 'already-exists';
  const message = err instanceof Error ? err.message : String(err);
  return new StorageError(code, message, { cause: err });
}

/**
 * Classify a failure to OPEN the database. Besides the usual codes, the errors browsers
 * give when IndexedDB exists but may not be used here (InvalidStateError in some private
 * modes, UnknownError for a profile whose storage is broken) mean `unavailable` at open
 * time, while the same names during a transaction mean something else.
 */
export function toOpenError(err: unknown): StorageError {
  const classified = toStorageError(err);
  if (classified.code !== 'failed') return classified;
  const names = errorNames(err);
  if (names.some((n) => n === 'InvalidStateError' || n === 'UnknownError' || n === 'NotAllowedError')) {
    return new StorageError('unavailable', classified.message, { cause: err });
  }
  return classified;
}

// Dexie wraps DOM errors (OpenFailedError -> inner, AbortError -> inner); look through all.
function errorNames(err: unknown, depth = 0): string[] {
  if (!err || typeof err !== 'object' || depth > 4) return [];
  const e = err as { name?: unknown; inner?: unknown; cause?: unknown };
  const own = typeof e.name === 'string' ? [e.name] : [];
  return [...own, ...errorNames(e.inner, depth + 1), ...errorNames(e.cause, depth + 1)];
}
