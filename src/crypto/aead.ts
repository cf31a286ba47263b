import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { CryptoError } from './errors';
import { randomBytes } from './random';

/** XChaCha20-Poly1305 sizes (draft-irtf-cfrg-xchacha). */
export const AEAD_KEY_BYTES = 32;
export const AEAD_NONCE_BYTES = 24;
export const AEAD_TAG_BYTES = 16;

/** A sealed message: the nonce travels beside the ciphertext (which ends in the tag). */
export interface Sealed {
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

/**
 * Encrypt and authenticate `plaintext`, binding `aad`. A fresh random 24-byte nonce per
 * call: XChaCha's 192-bit nonce makes random nonces safe for any number of messages.
 * `nonce` may be passed only by golden-vector tests.
 */
export function seal(
  key: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
  nonce: Uint8Array = randomBytes(AEAD_NONCE_BYTES),
): Sealed {
  checkKey(key);
  if (nonce.length !== AEAD_NONCE_BYTES) throw new CryptoError('bad-input', 'nonce must be 24 bytes');
  const ciphertext = xchacha20poly1305(key, nonce, aad).encrypt(plaintext);
  return { nonce, ciphertext };
}

/** Verify and decrypt; any tampering, wrong key or wrong aad throws `decrypt-failed`. */
export function open(key: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array, aad: Uint8Array): Uint8Array {
  checkKey(key);
  if (nonce.length !== AEAD_NONCE_BYTES || ciphertext.length < AEAD_TAG_BYTES) {
    throw new CryptoError('decrypt-failed', 'malformed nonce or ciphertext');
  }
  try {
    return xchacha20poly1305(key, nonce, aad).decrypt(ciphertext);
  } catch (cause) {
    throw new CryptoError('decrypt-failed', 'authentication failed', { cause });
  }
}

function checkKey(key: Uint8Array): void {
  if (key.length !== AEAD_KEY_BYTES) throw new CryptoError('bad-input', 'key must be 32 bytes');
}
