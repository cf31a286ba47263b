/** Failure codes of the crypto layer; the vault maps them onto its own codes. */
export type CryptoErrorCode =
  | 'decrypt-failed'
  | 'kdf-params-out-of-range'
  | 'kdf-failed'
  | 'bad-padding'
  | 'bad-input';

/** The one error type of src/crypto (style §5: typed errors, never strings). */
export class CryptoError extends Error {
  override readonly name = 'CryptoError';
  constructor(
    readonly code: CryptoErrorCode,
    message: string = code,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
