import { armor } from 'age-encryption';
import { BackupError } from './errors';
import { MAX_BACKUP_BYTES, MAX_READ_LOG_N } from './limits';

/**
 * A first, strict look at an age v1 file (C2SP age spec) before any key derivation, so each
 * refusal gets its own code and no attacker-chosen work factor is ever run:
 *
 *   "age-encryption.org/v1" 0A
 *   "-> scrypt " base64(salt, 16 B, no padding) " " decimal logN 0A   exactly one stanza
 *   base64(wrapped file key, 32 B) 0A                                  stanza body
 *   "--- " base64(HMAC-SHA256, 32 B) 0A                                header MAC
 *   nonce (16 B) || STREAM chunks (64 KiB + 16 B tag each, last one flagged)
 *
 * The ASCII-armored form ("-----BEGIN AGE ENCRYPTED FILE-----") is accepted and unwrapped.
 * age-encryption then parses the header again and checks the stanza and the MAC.
 */

const MAGIC = 'age-encryption.org/v1\n';
const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
const MAX_HEADER_BYTES = 64 * 1024;
const LATIN1 = new TextDecoder('latin1');

/** The header split from the payload, and the work factor it asks for. */
export interface AgeHeader {
  header: Uint8Array;
  payload: Uint8Array;
  logN: number;
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  if (bytes.length < text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

function dearmor(file: Uint8Array): Uint8Array {
  try {
    return armor.decode(LATIN1.decode(file));
  } catch (cause) {
    throw new BackupError('damaged', 'the armored text does not decode', { cause });
  }
}

/** Split and pre-check an age file (see the layout above). */
export function readAgeHeader(input: Uint8Array): AgeHeader {
  if (input.length > MAX_BACKUP_BYTES) throw new BackupError('too-large', `${input.length} bytes`);
  const lead = LATIN1.decode(input.subarray(0, 64)).trimStart();
  const file = lead.startsWith(ARMOR_BEGIN) ? dearmor(input) : input;
  if (!startsWith(file, MAGIC)) throw new BackupError('not-age', 'no age-encryption.org/v1 line');
  const stanzas: string[][] = [];
  let pos = MAGIC.length;
  for (;;) {
    const nl = file.indexOf(0x0a, pos);
    if (nl < 0 || nl > MAX_HEADER_BYTES) throw new BackupError(nl < 0 ? 'truncated' : 'damaged', 'no end of header');
    const line = LATIN1.decode(file.subarray(pos, nl));
    pos = nl + 1;
    if (line.startsWith('-> ')) stanzas.push(line.slice(3).split(' '));
    else if (line.startsWith('--- ')) break;
  }
  if (stanzas.length === 0) throw new BackupError('damaged', 'no recipient stanza');
  if (stanzas.length > 1 || stanzas.some((s) => s[0] !== 'scrypt')) {
    throw new BackupError('other-recipient', `stanzas: ${stanzas.map((s) => s[0]).join(', ')}`);
  }
  const args = stanzas[0]!;
  const logN = args.length === 3 && /^[1-9][0-9]*$/.test(args[2]!) ? Number(args[2]) : NaN;
  if (logN > MAX_READ_LOG_N) throw new BackupError('work-factor-too-high', `logN ${args[2]}`);
  if (!Number.isInteger(logN)) throw new BackupError('damaged', 'invalid scrypt stanza');
  return { header: file.subarray(0, pos), payload: file.subarray(pos), logN };
}

/** Canonical unpadded base64 (RFC 4648 §4), as age requires: anything else is refused. */
export function base64NoPadDecode(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*$/.test(text) || text.length % 4 === 1) return null;
  const bin = atob(text + '='.repeat((4 - (text.length % 4)) % 4));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return base64NoPadEncode(bytes) === text ? bytes : null;
}

/** Unpadded base64 for stanza arguments. */
export function base64NoPadEncode(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/=+$/, '');
}
