import { CryptoError } from './errors';

/** Argon2id cost parameters (RFC 9106 names: m in KiB, t passes, p lanes). */
export interface Argon2idParams {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** Salt length for the passphrase KDF. */
export const KDF_SALT_BYTES = 16;
/** Output length: one XChaCha20-Poly1305 key. */
export const KDF_KEY_BYTES = 32;

/**
 * Defaults for new vaults: m = 64 MiB, t = 3, p = 1. RFC 9106 §4 second recommended
 * option (64 MiB, t = 3) — affordable on a phone, ~0.3-0.5 s here with WASM.
 */
export const ARGON2ID_DEFAULT: Readonly<Argon2idParams> = Object.freeze({
  memoryKiB: 64 * 1024,
  iterations: 3,
  parallelism: 1,
});

/**
 * Refused below this (OWASP's minimum for Argon2id is 19 MiB, t = 2). A stored header
 * asking for less is treated as a downgrade attempt, before any derivation.
 */
export const ARGON2ID_FLOOR: Readonly<Argon2idParams> = Object.freeze({
  memoryKiB: 19 * 1024,
  iterations: 2,
  parallelism: 1,
});

/**
 * Refused above this: a hostile header or backup must not make the device allocate
 * more than 1 GiB or spin for minutes.
 */
export const ARGON2ID_CEILING: Readonly<Argon2idParams> = Object.freeze({
  memoryKiB: 1024 * 1024,
  iterations: 10,
  parallelism: 4,
});

/** Throw `kdf-params-out-of-range` unless params and salt are within floor and ceiling. */
export function assertKdfParams(params: Argon2idParams, salt: Uint8Array): void {
  const ok =
    isIntIn(params.memoryKiB, ARGON2ID_FLOOR.memoryKiB, ARGON2ID_CEILING.memoryKiB) &&
    isIntIn(params.iterations, ARGON2ID_FLOOR.iterations, ARGON2ID_CEILING.iterations) &&
    isIntIn(params.parallelism, ARGON2ID_FLOOR.parallelism, ARGON2ID_CEILING.parallelism) &&
    params.memoryKiB >= 8 * params.parallelism &&
    salt.length === KDF_SALT_BYTES;
  if (!ok) {
    throw new CryptoError('kdf-params-out-of-range', `refusing Argon2id parameters ${canonicalKdfParams(params)}`);
  }
}

/** The one canonical text of the parameters, bound into the password slot's AAD. */
export function canonicalKdfParams(params: Argon2idParams): string {
  return `argon2id$v=19$m=${params.memoryKiB},t=${params.iterations},p=${params.parallelism}`;
}

function isIntIn(x: unknown, min: number, max: number): boolean {
  return typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;
}
