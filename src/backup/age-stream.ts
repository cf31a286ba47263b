import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { BackupError } from './errors';
import { isPaddedSize } from './inner-format';

/**
 * age's STREAM payload (C2SP age spec, "Payload"), written and read here; reading gives each
 * way a payload can go wrong its own code:
 *
 *   chunk i = ChaCha20-Poly1305(stream key, nonce = u88be(i) || flag, 64 KiB of plaintext) (+16 B tag)
 *   flag = 0x01 on the last chunk only; only the last chunk may be shorter; it is empty only
 *   when it is also the first.
 *
 * - a full chunk that opens only as "not last" at the end of the file: the last chunk is missing
 *   (`truncated`);
 * - a chunk that opens only as "last" with bytes after it: `trailing-data` (a last chunk shorter
 *   than 64 KiB followed by junk is found by trying the few lengths a Tend backup can have);
 * - anything else that does not authenticate: `damaged`, or `truncated` when the size cannot
 *   be that of a backup we wrote.
 */

const CHUNK = 64 * 1024;
const TAG = 16;
const SEALED_CHUNK = CHUNK + TAG;

function nonceFor(index: number, last: boolean): Uint8Array {
  const nonce = new Uint8Array(12);
  let n = index;
  for (let i = 10; i >= 0 && n > 0; i--) {
    nonce[i] = n % 256;
    n = Math.floor(n / 256);
  }
  nonce[11] = last ? 1 : 0;
  return nonce;
}

function tryOpen(key: Uint8Array, index: number, last: boolean, sealed: Uint8Array): Uint8Array | null {
  if (sealed.length < TAG) return null;
  try {
    return chacha20poly1305(key, nonceFor(index, last)).decrypt(sealed);
  } catch {
    return null;
  }
}

/** True when a final chunk shorter than `piece` opens at a length a Tend backup can have. */
function endsEarly(key: Uint8Array, index: number, piece: Uint8Array): boolean {
  for (let k = TAG + 1; k < piece.length; k++) {
    if (isPaddedSize(index * CHUNK + k - TAG) && tryOpen(key, index, true, piece.subarray(0, k))) return true;
  }
  return false;
}

/** Why the last piece failed (see the list above). */
function classifyLast(key: Uint8Array, index: number, piece: Uint8Array): BackupError {
  if (piece.length === SEALED_CHUNK && tryOpen(key, index, false, piece)) return new BackupError('truncated', 'the final chunk is missing');
  if (endsEarly(key, index, piece)) return new BackupError('trailing-data', 'bytes after the final chunk');
  const before = index * CHUNK;
  const plainSize = before + Math.max(0, piece.length - TAG);
  return isPaddedSize(plainSize) ? new BackupError('damaged', `chunk ${index} does not authenticate`) : new BackupError('truncated', 'the file is cut short');
}

/** Bytes of the sealed STREAM for `plainLength` bytes: one tag per chunk, at least one chunk. */
export function sealedStreamLength(plainLength: number): number {
  return plainLength + Math.max(1, Math.ceil(plainLength / CHUNK)) * TAG;
}

/**
 * Encrypt `plain` as the STREAM after the nonce, into `out` (sealedStreamLength bytes), so a
 * large backup is never copied twice. The empty plaintext is one empty final chunk, as the
 * spec requires; otherwise the last chunk is the one that ends the plaintext, full or not,
 * and never an empty one after it.
 */
export function encryptStreamInto(key: Uint8Array, plain: Uint8Array, out: Uint8Array): void {
  if (out.length !== sealedStreamLength(plain.length)) throw new RangeError('STREAM output has the wrong size');
  const chunks = Math.max(1, Math.ceil(plain.length / CHUNK));
  for (let i = 0; i < chunks; i++) {
    const piece = plain.subarray(i * CHUNK, Math.min((i + 1) * CHUNK, plain.length));
    const at = i * SEALED_CHUNK;
    chacha20poly1305(key, nonceFor(i, i === chunks - 1)).encrypt(piece, out.subarray(at, at + piece.length + TAG));
  }
}

/** Decrypt the STREAM after the nonce; reports progress in ciphertext bytes. */
export function decryptStream(key: Uint8Array, sealed: Uint8Array, onProgress?: (done: number, total: number) => void): Uint8Array {
  if (sealed.length === 0) throw new BackupError('truncated', 'no payload');
  const chunks = Math.ceil(sealed.length / SEALED_CHUNK);
  // Sized from the last piece, which may be shorter than a tag (it then fails to open below).
  const lastPiece = sealed.length - (chunks - 1) * SEALED_CHUNK;
  const out = new Uint8Array((chunks - 1) * CHUNK + Math.max(0, lastPiece - TAG));
  let written = 0;
  for (let i = 0; i < chunks; i++) {
    const piece = sealed.subarray(i * SEALED_CHUNK, Math.min((i + 1) * SEALED_CHUNK, sealed.length));
    const last = i === chunks - 1;
    const plain = tryOpen(key, i, last, piece);
    if (!plain) {
      if (last) throw classifyLast(key, i, piece);
      throw tryOpen(key, i, true, piece) || endsEarly(key, i, piece)
        ? new BackupError('trailing-data', 'data after the final chunk')
        : new BackupError('damaged', `chunk ${i} does not authenticate`);
    }
    if (last && i > 0 && plain.length === 0) throw new BackupError('damaged', 'empty final chunk');
    out.set(plain, written);
    written += plain.length;
    if (onProgress && (i % 8 === 0 || last)) onProgress(i * SEALED_CHUNK + piece.length, sealed.length);
  }
  return out;
}
