import { CryptoError } from './errors';

/**
 * Length hiding for record plaintexts (design §4):
 *
 *   padded = u32be(len(body)) | body | 0x00 … up to max(PAD_FLOOR, padme(len + 4))
 *
 * Padmé (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and
 * Communication with PURBs", PETS 2019) rounds a length L up so that at most
 * O(log log L) bits of it leak, with overhead under 12%. The 512-byte floor makes
 * every short entry look the same size.
 */
export const PAD_FLOOR = 512;
const LENGTH_PREFIX = 4;

/** Padmé: the padded length for a payload of `length` bytes. */
export function padme(length: number): number {
  if (!Number.isSafeInteger(length) || length < 0) throw new CryptoError('bad-input', 'bad length');
  if (length < 2) return length;
  const e = Math.floor(Math.log2(length));
  const s = Math.floor(Math.log2(e)) + 1;
  const lastBits = e - s;
  const step = 2 ** lastBits;
  return Math.ceil(length / step) * step;
}

/** Prefix the body with its length and zero-pad it (see the layout above). */
export function pad(body: Uint8Array): Uint8Array {
  if (body.length > 0xffffffff - LENGTH_PREFIX) throw new CryptoError('bad-input', 'body too large');
  const total = Math.max(PAD_FLOOR, padme(body.length + LENGTH_PREFIX));
  const out = new Uint8Array(total);
  new DataView(out.buffer).setUint32(0, body.length);
  out.set(body, LENGTH_PREFIX);
  return out;
}

/**
 * Undo `pad`. Strict: the declared length must fit, the padding must be all zeros and
 * exactly as long as `pad` makes it, so no two byte strings decode to the same body.
 */
export function unpad(padded: Uint8Array): Uint8Array {
  if (padded.length < LENGTH_PREFIX) throw new CryptoError('bad-padding', 'too short');
  const length = new DataView(padded.buffer, padded.byteOffset, padded.byteLength).getUint32(0);
  if (length > padded.length - LENGTH_PREFIX) throw new CryptoError('bad-padding', 'length overflows');
  if (padded.length !== Math.max(PAD_FLOOR, padme(length + LENGTH_PREFIX))) {
    throw new CryptoError('bad-padding', 'unexpected padded size');
  }
  for (let i = LENGTH_PREFIX + length; i < padded.length; i++) {
    if (padded[i] !== 0) throw new CryptoError('bad-padding', 'non-zero padding');
  }
  return padded.subarray(LENGTH_PREFIX, LENGTH_PREFIX + length);
}
