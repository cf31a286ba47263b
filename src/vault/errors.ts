import type { VaultErrorCode } from './types';

/**
 * The one error type the vault throws. `code` is stable and machine-readable; the
 * message is for developers. app/ turns codes into words for the user (style §5).
 */
export class VaultError extends Error {
  override readonly name = 'VaultError';
  constructor(
    readonly code: VaultErrorCode,
    message: string = code,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True when `err` is a VaultError with one of the given codes. */
export function isVaultError(err: unknown, ...codes: VaultErrorCode[]): err is VaultError {
  return err instanceof VaultError && (codes.length === 0 || codes.includes(err.code));
}
