import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { utf8 } from './bytes';

/** HKDF-SHA256 (RFC 5869). `info` strings are our domain-separation labels, e.g. "tend/v1/entries". */
export function hkdfSha256(
  ikm: Uint8Array,
  salt: Uint8Array | undefined,
  info: string | Uint8Array,
  length = 32,
): Uint8Array {
  return hkdf(nobleSha256, ikm, salt, typeof info === 'string' ? utf8(info) : info, length);
}

/** SHA-256 of `data`. */
export function sha256(data: Uint8Array): Uint8Array {
  return nobleSha256(data);
}
