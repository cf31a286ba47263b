import { open, seal } from '../crypto/aead';
import { concatBytes, fromUtf8, utf8 } from '../crypto/bytes';
import { CryptoError } from '../crypto/errors';
import { pad, unpad } from '../crypto/padding';
import type { StoredRecord } from '../storage/schema';
import { canonicalJson } from './canonical-json';
import { VaultError } from './errors';

/**
 * Record format v1 (design §4):
 *
 *   stored = { id, kind, v: 1, k: 1, n: 24-byte nonce, c: ciphertext || 16-byte tag }
 *   aad    = utf8("tend/v1/" + kind) 00 utf8(id) 00 utf8(decimal v) 00 utf8(decimal k)
 *   plain  = u32be(len(body)) || body || 00… to max(512, padme(len + 4))
 *   body   = canonical JSON (sorted keys, no whitespace) of the record's fields
 *
 * Binding kind, id, v and k into the AAD means a record copied under another id or
 * kind, or with any byte changed, fails to open ('corrupt-record'); never garbage.
 */
export const RECORD_VERSION = 1;
/** Key id 1: EK = HKDF-SHA256(MK, info "tend/v1/entries"). */
export const ENTRY_KEY_ID = 1;

/** The AAD that binds a record's clear fields to its ciphertext. */
export function recordAad(kind: string, id: string, v: number, k: number): Uint8Array {
  const text = `tend/v1/${kind}\0${id}\0${v}\0${k}`;
  // Ids and kinds are ASCII (UUIDs, fixed names): their UTF-8 is their char codes, built here
  // without four TextEncoder calls per record (the full load after unlock opens thousands).
  if (/^[\x00-\x7f]*$/.test(text)) {
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  }
  const zero = new Uint8Array([0]);
  return concatBytes(utf8(`tend/v1/${kind}`), zero, utf8(id), zero, utf8(String(v)), zero, utf8(String(k)));
}

/** Encrypt a record body. `nonce` only for golden-vector tests. */
export function encodeRecord(key: Uint8Array, kind: string, id: string, body: unknown, nonce?: Uint8Array): StoredRecord {
  if (kind.includes('\0') || id.includes('\0')) throw new VaultError('corrupt-record', 'a record id or kind may not contain a NUL');
  const plain = pad(utf8(canonicalJson(body)));
  const aad = recordAad(kind, id, RECORD_VERSION, ENTRY_KEY_ID);
  const sealed = seal(key, plain, aad, nonce);
  plain.fill(0);
  return { id, kind, v: RECORD_VERSION, k: ENTRY_KEY_ID, n: sealed.nonce, c: sealed.ciphertext };
}

/**
 * Decrypt and parse a record body. Throws VaultError 'unsupported-version' for a newer
 * format and 'corrupt-record' for anything that does not authenticate or parse.
 */
export function decodeRecord(key: Uint8Array, record: StoredRecord): unknown {
  if (typeof record.v === 'number' && record.v > RECORD_VERSION) {
    throw new VaultError('unsupported-version', `record format v${record.v} is newer than this app`);
  }
  if (!isWellFormed(record)) throw new VaultError('corrupt-record', 'record fields are malformed');
  try {
    const plain = open(key, record.n, record.c, recordAad(record.kind, record.id, record.v, record.k));
    return JSON.parse(fromUtf8(unpad(plain)));
  } catch (cause) {
    const why = cause instanceof CryptoError ? cause.code : 'parse-failed';
    throw new VaultError('corrupt-record', `record ${record.id} cannot be opened (${why})`, { cause });
  }
}

function isWellFormed(r: StoredRecord): boolean {
  return (
    typeof r === 'object' && r !== null &&
    // The AAD separates kind and id with 0x00: neither may contain one, or a record could
    // be shifted across that boundary and still authenticate.
    typeof r.id === 'string' && typeof r.kind === 'string' && !r.id.includes('\0') && !r.kind.includes('\0') &&
    r.v === RECORD_VERSION && r.k === ENTRY_KEY_ID &&
    r.n instanceof Uint8Array && r.c instanceof Uint8Array
  );
}
