import { fromUtf8, toHex, utf8 } from '../crypto/bytes';
import { sha256 } from '../crypto/hkdf';
import { padme } from '../crypto/padding';
import type { Doc, Entry, ImportBatch } from '../vault/types';
import { BackupError } from './errors';
import { FORMAT_NAME, FORMAT_VERSION, PAD_FLOOR_BYTES } from './limits';
import { assertNoForbiddenKeys, parseBackupDoc, parseBackupEntry, parseJsonStrict } from './record-schema';

/**
 * The plaintext inside the age file (design §5), UTF-8 JSON Lines, every line ending in 0x0A:
 *
 *   {"format":"tend-backup","v":1,"created":"<ISO 8601>","app":"<app name and version>","entries":N,"docs":M}
 *   {"entry":{"id":…,"title":…,"body":…,"created":ms,"updated":ms,…optional fields}}   N lines
 *   {"doc":{"id":…,"type":…,"data":<any JSON>,"updated":ms}}                           M lines
 *   {"end":true,"entries":N,"docs":M,"sha256":"<hex SHA-256 of every byte before this line>"}
 *   0x20 … (spaces) up to a total of max(4096, padme(L)) bytes, L = length through the trailer's 0x0A
 *
 * Entries come before documents. JSON.stringify escapes every control character, so a record
 * never spans lines. Reading is strict: exact keys, counts, checksum and padded size.
 */

/** Line 1 of a backup. */
export interface Manifest {
  format: typeof FORMAT_NAME;
  v: typeof FORMAT_VERSION;
  created: string;
  app: string;
  entries: number;
  docs: number;
}

/** What a backup holds once read and checked. */
export interface BackupContents extends ImportBatch {
  manifest: Manifest;
}

const NEWLINE = 0x0a;
const SPACE = 0x20;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/** The padded size of a plaintext whose meaningful part is `length` bytes. */
export function paddedSize(length: number): number {
  return Math.max(PAD_FLOOR_BYTES, padme(length));
}

/** True when `size` can be the plaintext size of a backup we wrote. */
export function isPaddedSize(size: number): boolean {
  return size >= PAD_FLOOR_BYTES && padme(size) === size;
}

/** Serialise a batch to the padded JSON Lines plaintext above. */
export function encodeBackup(batch: ImportBatch, app: string, created: Date): Uint8Array {
  const manifest: Manifest = { format: FORMAT_NAME, v: FORMAT_VERSION, created: created.toISOString(), app, entries: batch.entries.length, docs: batch.docs.length };
  const lines = [JSON.stringify(manifest)];
  for (const entry of batch.entries) {
    assertNoForbiddenKeys(entry);
    lines.push(JSON.stringify({ entry }));
  }
  for (const doc of batch.docs) {
    assertNoForbiddenKeys(doc);
    lines.push(JSON.stringify({ doc }));
  }
  const head = utf8(lines.join('\n') + '\n');
  const trailer = utf8(JSON.stringify({ end: true, entries: manifest.entries, docs: manifest.docs, sha256: toHex(sha256(head)) }) + '\n');
  const out = new Uint8Array(paddedSize(head.length + trailer.length)).fill(SPACE);
  out.set(head, 0);
  out.set(trailer, head.length);
  return out;
}

function parseManifest(line: string): Manifest {
  let m: Record<string, unknown>;
  try {
    m = parseJsonStrict(line) as Record<string, unknown>;
  } catch {
    throw new BackupError('not-tend-backup', 'line 1 is not JSON');
  }
  if (m === null || typeof m !== 'object' || m.format !== FORMAT_NAME) throw new BackupError('not-tend-backup', 'no tend-backup manifest');
  if (Number.isInteger(m.v) && (m.v as number) > FORMAT_VERSION) throw new BackupError('newer-version', `format v${String(m.v)}`);
  const keys = Object.keys(m).sort().join(',');
  const count = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;
  if (
    keys !== 'app,created,docs,entries,format,v' || m.v !== FORMAT_VERSION ||
    typeof m.created !== 'string' || !ISO_DATE.test(m.created) || typeof m.app !== 'string' ||
    !count(m.entries) || !count(m.docs)
  ) {
    throw new BackupError('malformed-record', 'manifest fields');
  }
  return m as unknown as Manifest;
}

function parseRecord(line: string, entries: Entry[], docs: Doc[]): void {
  const rec = parseJsonStrict(line);
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) throw new BackupError('malformed-record', 'record is not an object');
  const keys = Object.keys(rec);
  if (keys.length !== 1) throw new BackupError('malformed-record', 'record must have one key');
  const r = rec as Record<string, unknown>;
  if (keys[0] === 'entry') {
    if (docs.length > 0) throw new BackupError('malformed-record', 'entry after a document');
    entries.push(parseBackupEntry(r.entry));
  } else if (keys[0] === 'doc') docs.push(parseBackupDoc(r.doc));
  else throw new BackupError('malformed-record', 'unknown record type');
}

function checkTrailer(line: string, head: Uint8Array, manifest: Manifest, entries: number, docs: number): void {
  const t = parseJsonStrict(line) as Record<string, unknown>;
  if (t === null || typeof t !== 'object' || t.end !== true) throw new BackupError('malformed-record', 'no trailer');
  if (Object.keys(t).sort().join(',') !== 'docs,end,entries,sha256' || typeof t.sha256 !== 'string') {
    throw new BackupError('malformed-record', 'trailer fields');
  }
  if (t.entries !== manifest.entries || t.docs !== manifest.docs || entries !== manifest.entries || docs !== manifest.docs) {
    throw new BackupError('count-mismatch', `manifest ${manifest.entries}/${manifest.docs}, trailer ${String(t.entries)}/${String(t.docs)}, found ${entries}/${docs}`);
  }
  if (t.sha256 !== toHex(sha256(head))) throw new BackupError('checksum-mismatch', 'SHA-256 of the records differs');
}

/** Where the trailer line starts, or -1: the last line before the padding. */
function findTrailer(plain: Uint8Array): { start: number; end: number } {
  let end = plain.length;
  while (end > 0 && plain[end - 1] === SPACE) end--;
  if (end === 0 || plain[end - 1] !== NEWLINE) throw new BackupError('bad-padding', 'no newline before the padding');
  const start = plain.lastIndexOf(NEWLINE, end - 2) + 1;
  if (plain.length !== paddedSize(end)) throw new BackupError('bad-padding', `size ${plain.length} is not the padded size of ${end}`);
  return { start, end };
}

/** Parse and check the plaintext; `onRecord` reports progress every few hundred records. */
export function decodeBackup(plain: Uint8Array, onRecord?: (done: number, total: number) => void): BackupContents {
  const firstNewline = plain.indexOf(NEWLINE);
  if (firstNewline < 0) throw new BackupError('not-tend-backup', 'no manifest line');
  const decode = (bytes: Uint8Array) => {
    try {
      return fromUtf8(bytes);
    } catch {
      throw new BackupError('malformed-record', 'not UTF-8');
    }
  };
  const manifest = parseManifest(decode(plain.subarray(0, firstNewline)));
  const { start, end } = findTrailer(plain);
  if (start <= firstNewline) throw new BackupError('malformed-record', 'no trailer');
  const text = decode(plain.subarray(firstNewline + 1, start - 1));
  const lines = start - 1 > firstNewline ? text.split('\n') : [];
  const entries: Entry[] = [];
  const docs: Doc[] = [];
  const total = lines.length;
  if (total !== manifest.entries + manifest.docs) throw new BackupError('count-mismatch', `manifest says ${manifest.entries + manifest.docs} records, found ${total}`);
  for (let i = 0; i < total; i++) {
    parseRecord(lines[i]!, entries, docs);
    if (onRecord && i % 500 === 0) onRecord(i, total);
  }
  checkTrailer(decode(plain.subarray(start, end - 1)), plain.subarray(0, start), manifest, entries.length, docs.length);
  return { manifest, entries, docs };
}
