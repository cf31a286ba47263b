import { decodeBase64Padded } from './age-base64';
import { BackupError } from './errors';

/**
 * The ASCII-armored form of an age file (C2SP age spec, "ASCII armor"): strict PEM (RFC 7468
 * §3) with the label "AGE ENCRYPTED FILE", padded base64 in lines of exactly 64 columns but
 * the last (1 to 64), no PEM headers. Tend never writes it; the reader accepts it because
 * `age -a` makes it and a clinician may have one.
 *
 * Security: armor is not covered by the header MAC, so the spec asks readers to refuse every
 * non-canonical spelling; only what it allows is allowed: blank lines (at most 1 KiB) before
 * and after the block, and CRLF line ends.
 */

const BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
const END = '-----END AGE ENCRYPTED FILE-----';
const COLUMNS = 64;
const MAX_WHITESPACE = 1024;
const FULL_LINE = /^[A-Za-z0-9+/]{64}$/;
const LATIN1 = new TextDecoder('latin1');
const isBlank = (text: string) => /^[ \t\r\n\v\f]*$/.test(text);

/** Where the BEGIN line starts after blank lines, or -1 when `input` is not armored. */
function armorStart(input: Uint8Array): number {
  const lead = LATIN1.decode(input.subarray(0, MAX_WHITESPACE + BEGIN.length));
  let pos = 0;
  for (;;) {
    const nl = lead.indexOf('\n', pos);
    const line = nl < 0 ? lead.slice(pos) : lead.slice(pos, nl);
    if (!isBlank(line) || nl < 0) break;
    pos = nl + 1;
  }
  return pos <= MAX_WHITESPACE && lead.startsWith(BEGIN, pos) ? pos : -1;
}

const damaged = (why: string) => new BackupError('damaged', `armor: ${why}`);

/** The lines of the armored block, without their LF or CRLF. */
function splitLines(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** The binary age file inside an armored one; `input` itself when it is not armored. */
export function dearmorIfArmored(input: Uint8Array): Uint8Array {
  const start = armorStart(input);
  if (start < 0) return input;
  const lines = splitLines(LATIN1.decode(input.subarray(start)));
  if (lines[0] !== BEGIN) throw damaged('the BEGIN line has extra characters');
  const end = lines.indexOf(END, 1);
  if (end < 0) {
    // No END line: cut short, unless an END line is there but misspelt.
    if (lines.some((l, i) => i > 0 && l.startsWith('-----'))) throw damaged('the END line has extra characters');
    throw new BackupError('truncated', 'armor: no END line');
  }
  const data = lines.slice(1, end);
  const trailing = lines.slice(end + 1).join('\n');
  if (!isBlank(trailing) || trailing.length >= MAX_WHITESPACE) throw damaged('data after the END line');
  for (let i = 0; i < data.length - 1; i++) {
    if (!FULL_LINE.test(data[i]!)) throw damaged(`line ${i + 2} is not 64 base64 columns`);
  }
  const last = data[data.length - 1];
  if (last !== undefined && (last.length === 0 || last.length > COLUMNS)) throw damaged('the last line is empty or too long');
  // Full lines hold whole quanta without padding, so the block decodes as one string;
  // decodeBase64Padded refuses padding anywhere but at the very end, and stray bits.
  const bytes = decodeBase64Padded(data.join(''));
  if (!bytes) throw damaged('invalid or non-canonical base64');
  return bytes;
}
