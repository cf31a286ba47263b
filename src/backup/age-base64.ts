/**
 * The two base64 dialects of age v1 (C2SP age spec, "Conventions" and "ASCII armor"):
 * - the header uses standard base64 WITHOUT `=` padding; the spec requires encoders to write
 *   canonical base64 and decoders to reject anything else;
 * - the armor uses standard base64 WITH padding, and age's reader is just as strict.
 *
 * Security: a decoder that accepted two spellings of the same bytes would make a file
 * malleable (the header MAC covers the text, not the decoded bytes), so both decoders accept
 * exactly one spelling: the alphabet only (no whitespace, which atob would quietly skip), a
 * length that can be the encoding of whole bytes, and zero bits in the unused tail.
 */

const UNPADDED = /^[A-Za-z0-9+/]*$/;
const PADDED = /^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function fromBinaryString(bin: string): Uint8Array {
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBinaryString(bytes: Uint8Array): string {
  let bin = '';
  // In slices: String.fromCharCode with a huge spread would overflow the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return bin;
}

/** True when the last quantum has no stray bits (RFC 4648 §3.5), i.e. it re-encodes to itself. */
function lastQuantumIsCanonical(padded: string): boolean {
  const tail = padded.slice(-4);
  return tail === '' || btoa(atob(tail)) === tail;
}

/** Canonical unpadded base64 (header arguments, stanza bodies, the MAC); null for anything else. */
export function decodeBase64NoPad(text: string): Uint8Array | null {
  if (!UNPADDED.test(text) || text.length % 4 === 1) return null;
  const padded = text + '='.repeat((4 - (text.length % 4)) % 4);
  return lastQuantumIsCanonical(padded) ? fromBinaryString(atob(padded)) : null;
}

/** Canonical padded base64 (one armor line, or several joined); null for anything else. */
export function decodeBase64Padded(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !PADDED.test(text)) return null;
  return lastQuantumIsCanonical(text) ? fromBinaryString(atob(text)) : null;
}

/** Unpadded base64, as every part of an age header is written. */
export function encodeBase64NoPad(bytes: Uint8Array): string {
  return btoa(toBinaryString(bytes)).replace(/=+$/, '');
}
