import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesEqual, concatBytes, utf8 } from '../crypto/bytes';
import { hkdfSha256 } from '../crypto/hkdf';
import { dearmorIfArmored } from './age-armor';
import { decodeBase64NoPad, encodeBase64NoPad } from './age-base64';
import { BackupError } from './errors';
import { MAX_BACKUP_BYTES } from './limits';

/**
 * The age v1 header (C2SP age spec, "Header"), written and read here to the letter of the
 * spec's ABNF, so that every file we accept is one the reference implementations accept too:
 *
 *   header     = "age-encryption.org/v1" LF 1*stanza "--- " 43base64char LF
 *   stanza     = "-> " argument *(SP argument) LF *full-line final-line
 *   argument   = 1*VCHAR (0x21-0x7E)
 *   full-line  = 64base64char LF        final-line = *63base64char LF (may be empty)
 *
 * The MAC line carries HMAC-SHA-256(HKDF-SHA-256(file key, salt empty, "header"), every byte
 * of the header up to and including "---"). Parsing is purely syntactic: which stanzas Tend
 * accepts (exactly one scrypt) is decided in age-file.ts, after this has passed.
 */

const MAGIC = 'age-encryption.org/v1\n';
const COLUMNS = 64;
/** A Tend header is ~150 bytes; this bound only keeps a hostile file from costing much. */
const MAX_HEADER_BYTES = 64 * 1024;
const LATIN1 = new TextDecoder('latin1');
const ARGUMENT = /^[\x21-\x7e]+$/;
const BODY_LINE = /^[A-Za-z0-9+/]{0,64}$/;
const MAC_LINE = /^--- ([A-Za-z0-9+/]{43})$/;

/** One recipient stanza: its arguments (the first names the type) and its decoded body. */
export interface AgeStanza {
  args: string[];
  body: Uint8Array;
}

/** A well-formed header, its MAC and the bytes it covers, and the payload after it. */
export interface ParsedAgeFile {
  stanzas: AgeStanza[];
  mac: Uint8Array;
  macInput: Uint8Array;
  payload: Uint8Array;
}

const damaged = (why: string) => new BackupError('damaged', `age header: ${why}`);

function startsWith(bytes: Uint8Array, text: string): boolean {
  if (bytes.length < text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Reads LF-terminated lines of the header; refuses a header that never ends. */
class LineReader {
  pos = MAGIC.length;
  constructor(private readonly file: Uint8Array) {}

  next(): string {
    const nl = this.file.indexOf(0x0a, this.pos);
    if (nl < 0 && this.file.length <= MAX_HEADER_BYTES) throw new BackupError('truncated', 'the age header ends early');
    if (nl < 0 || nl >= MAX_HEADER_BYTES) throw damaged('longer than 64 KiB');
    const line = LATIN1.decode(this.file.subarray(this.pos, nl));
    this.pos = nl + 1;
    // Security: age lines end in LF alone; a CR would be a second spelling of the same header.
    if (line.includes('\r')) throw damaged('CR in a line');
    return line;
  }
}

/** The body lines after an argument line: full 64-column lines, then one shorter line. */
function readBody(lines: LineReader): Uint8Array {
  let text = '';
  for (;;) {
    const line = lines.next();
    if (!BODY_LINE.test(line)) throw damaged('a stanza body line is not base64 of at most 64 columns');
    text += line;
    if (line.length < COLUMNS) break;
  }
  const body = decodeBase64NoPad(text);
  if (!body) throw damaged('a stanza body is not canonical base64');
  return body;
}

/**
 * Split an age file (binary or armored) into a well-formed header and its payload. Refuses,
 * with a code, anything that is not exactly the ABNF above; checks no MAC (that needs the key).
 */
export function parseAgeFile(input: Uint8Array): ParsedAgeFile {
  // The size is checked before a single byte is looked at.
  if (input.length > MAX_BACKUP_BYTES) throw new BackupError('too-large', `${input.length} bytes`);
  const file = dearmorIfArmored(input);
  if (!startsWith(file, MAGIC)) {
    // An age file whose line ends were turned into CRLF (a text editor, a mail client) was
    // changed after it was written: say so, rather than "not a backup".
    if (startsWith(file, MAGIC.replace('\n', '\r\n'))) throw damaged('CRLF line ends');
    throw new BackupError('not-age', 'no age-encryption.org/v1 line');
  }
  const lines = new LineReader(file);
  const stanzas: AgeStanza[] = [];
  for (;;) {
    const start = lines.pos;
    const line = lines.next();
    if (line.startsWith('-> ')) {
      const args = line.slice(3).split(' ');
      if (!args.every((a) => ARGUMENT.test(a))) throw damaged('a stanza argument is empty or not printable ASCII');
      stanzas.push({ args, body: readBody(lines) });
      continue;
    }
    if (line.startsWith('---')) {
      if (stanzas.length === 0) throw damaged('no recipient stanza');
      const match = MAC_LINE.exec(line);
      const mac = match ? decodeBase64NoPad(match[1]!) : null;
      if (!mac) throw damaged('the MAC line is not "--- " and 43 canonical base64 characters');
      return { stanzas, mac, macInput: file.subarray(0, start + 3), payload: file.subarray(lines.pos) };
    }
    throw damaged('a line is neither a stanza nor the MAC');
  }
}

/** HMAC-SHA-256 of the header under the key derived from the file key (the spec's header MAC). */
export function headerMac(fileKey: Uint8Array, macInput: Uint8Array): Uint8Array {
  // Salt empty, as the spec says (HKDF treats it as HashLen zero bytes).
  const key = hkdfSha256(fileKey, new Uint8Array(0), 'header');
  try {
    return hmac(sha256, key, macInput);
  } finally {
    key.fill(0);
  }
}

/** True when `parsed` carries the MAC that `fileKey` gives; compared in constant time. */
export function verifyHeaderMac(fileKey: Uint8Array, parsed: ParsedAgeFile): boolean {
  return bytesEqual(headerMac(fileKey, parsed.macInput), parsed.mac);
}

/** A stanza as text: its argument line, then its body wrapped at 64 columns, ending short. */
function encodeStanza({ args, body }: AgeStanza): string {
  if (args.length === 0 || !args.every((a) => ARGUMENT.test(a))) throw new BackupError('write-failed', 'invalid stanza argument');
  const b64 = encodeBase64NoPad(body);
  let text = `-> ${args.join(' ')}\n`;
  let i = 0;
  for (; i + COLUMNS <= b64.length; i += COLUMNS) text += b64.slice(i, i + COLUMNS) + '\n';
  // The final line is shorter than 64 columns, and empty when the body fills its last line.
  return text + b64.slice(i) + '\n';
}

/** The complete header for `stanzas`, MAC line included (the payload follows it directly). */
export function writeAgeHeader(stanzas: AgeStanza[], fileKey: Uint8Array): Uint8Array {
  const macInput = utf8(MAGIC + stanzas.map(encodeStanza).join('') + '---');
  return concatBytes(macInput, utf8(` ${encodeBase64NoPad(headerMac(fileKey, macInput))}\n`));
}
