import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { scrypt } from 'hash-wasm';
import { utf8 } from '../crypto/bytes';
import { hkdfSha256 } from '../crypto/hkdf';
import { randomBytes } from '../crypto/random';
import { decodeBase64NoPad, encodeBase64NoPad } from './age-base64';
import { parseAgeFile, verifyHeaderMac, writeAgeHeader, type AgeStanza } from './age-header';
import { decryptStream, encryptStreamInto, sealedStreamLength } from './age-stream';
import { BackupError } from './errors';
import { MAX_READ_LOG_N, MIN_WRITE_LOG_N, WRITE_LOG_N } from './limits';

/**
 * age v1 (C2SP age spec) with one scrypt passphrase stanza, all of it ours: the header and its
 * MAC (age-header.ts), the armor (age-armor.ts), the STREAM payload (age-stream.ts) and the
 * stanza here. scrypt runs in WebAssembly (hash-wasm, ~4x faster than pure JS at logN 18):
 *
 *   stanza = "-> scrypt " b64(salt) " " logN,  body = ChaCha20-Poly1305(key, nonce 0, file key)
 *   key    = scrypt(NFC(passphrase), "age-encryption.org/v1/scrypt" || salt, N = 2^logN, r 8, p 1, 32 B)
 *   file   = header || nonce (16 B) || STREAM(HKDF-SHA-256(file key, nonce, "payload"), plaintext)
 *
 * The age-encryption package used to write the header and payload; it is now a test oracle
 * only (docs/decisions.md): every file we write must open with it and with the age CLI, and
 * theirs with us. Passphrases are NFC-normalised, as the vault does (docs/security.md).
 */

const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';
const SALT_BYTES = 16;
const FILE_KEY_BYTES = 16;
const NONCE_BYTES = 16;
const ZERO_NONCE = new Uint8Array(12);

/** scrypt as the age stanza uses it; injectable so tests can simulate a device out of memory. */
export type ScryptFn = (password: Uint8Array, salt: Uint8Array, logN: number) => Promise<Uint8Array>;

/** scrypt in WebAssembly. */
export const scryptWasm: ScryptFn = (password, salt, logN) =>
  scrypt({ password, salt, costFactor: 2 ** logN, blockSize: 8, parallelism: 1, hashLength: 32, outputType: 'binary' });

function stanzaSalt(salt: Uint8Array): Uint8Array {
  const out = new Uint8Array(SCRYPT_LABEL.length + salt.length);
  out.set(utf8(SCRYPT_LABEL));
  out.set(salt, SCRYPT_LABEL.length);
  return out;
}

/** The passphrase as scrypt takes it; the caller zero-fills this copy once scrypt has run. */
const passphraseBytes = (passphrase: string) => utf8(passphrase.normalize('NFC'));

/** Options of the writer; `logN` below 17 is for test fixtures only and must say so. */
export interface SealOptions {
  scryptFn?: ScryptFn;
  /** Test fixtures only: a small work factor so each fuzz case is fast. */
  unsafeTestLogN?: number;
}

async function deriveWithFallback(password: Uint8Array, salt: Uint8Array, opts: SealOptions): Promise<{ key: Uint8Array; logN: number }> {
  const fn = opts.scryptFn ?? scryptWasm;
  if (opts.unsafeTestLogN !== undefined) return { key: await fn(password, stanzaSalt(salt), opts.unsafeTestLogN), logN: opts.unsafeTestLogN };
  for (let logN = WRITE_LOG_N; logN >= MIN_WRITE_LOG_N; logN--) {
    try {
      return { key: await fn(password, stanzaSalt(salt), logN), logN };
    } catch (cause) {
      // Most likely the device could not allocate 128 * 8 * 2^logN bytes: try once with half.
      if (logN === MIN_WRITE_LOG_N) throw new BackupError('write-failed', 'scrypt failed', { cause });
    }
  }
  throw new BackupError('write-failed', 'unreachable');
}

/** Encrypt `plain` to an age file under `passphrase`; returns the file and its work factor. */
export async function sealAge(plain: Uint8Array, passphrase: string, opts: SealOptions = {}): Promise<{ file: Uint8Array; logN: number }> {
  const salt = randomBytes(SALT_BYTES);
  const password = passphraseBytes(passphrase);
  const { key, logN } = await deriveWithFallback(password, salt, opts).finally(() => password.fill(0));
  // A fresh random file key and payload nonce for every file, as the spec requires.
  const fileKey = randomBytes(FILE_KEY_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const payloadKey = hkdfSha256(fileKey, nonce, 'payload');
  try {
    const stanza: AgeStanza = { args: ['scrypt', encodeBase64NoPad(salt), String(logN)], body: chacha20poly1305(key, ZERO_NONCE).encrypt(fileKey) };
    const header = writeAgeHeader([stanza], fileKey);
    const file = new Uint8Array(header.length + NONCE_BYTES + sealedStreamLength(plain.length));
    file.set(header);
    file.set(nonce, header.length);
    encryptStreamInto(payloadKey, plain, file.subarray(header.length + NONCE_BYTES));
    return { file, logN };
  } finally {
    key.fill(0);
    fileKey.fill(0);
    payloadKey.fill(0);
  }
}

/**
 * The file key from the one scrypt stanza, checked as the spec asks of an scrypt identity:
 * exactly three arguments, a canonical 16-byte salt, a decimal work factor without leading
 * zeroes and at most our ceiling, a 32-byte body; only then is scrypt run.
 */
async function unwrapFileKey(stanzas: AgeStanza[], password: Uint8Array, fn: ScryptFn): Promise<Uint8Array> {
  // Security: scrypt must be the only stanza (the spec's rule: a passphrase file is
  // authenticated by its passphrase, so nobody else may be able to open it); anything else
  // was made for another kind of recipient and is not a Tend backup.
  const s = stanzas[0]!;
  if (stanzas.length !== 1 || s.args[0] !== 'scrypt') {
    throw new BackupError('other-recipient', `stanzas: ${stanzas.map((x) => x.args[0]).join(', ')}`);
  }
  const salt = s.args.length === 3 ? decodeBase64NoPad(s.args[1]!) : null;
  if (!salt || salt.length !== SALT_BYTES || !/^[1-9][0-9]*$/.test(s.args[2]!)) throw new BackupError('damaged', 'invalid scrypt stanza');
  const logN = Number(s.args[2]);
  // Security: the work factor is attacker-chosen; above the ceiling nothing is derived.
  if (logN > MAX_READ_LOG_N) throw new BackupError('work-factor-too-high', `logN ${s.args[2]}`);
  // Security: the body length is checked before decrypting (the spec's partitioning-oracle rule).
  if (s.body.length !== FILE_KEY_BYTES + 16) throw new BackupError('damaged', 'wrapped file key has the wrong size');
  let key: Uint8Array;
  try {
    key = await fn(password, stanzaSalt(salt), logN);
  } catch (cause) {
    // As before the rewrite: a derivation that fails (out of memory) is reported as `damaged`.
    throw new BackupError('damaged', 'scrypt failed', { cause });
  }
  try {
    return chacha20poly1305(key, ZERO_NONCE).decrypt(s.body);
  } catch (cause) {
    throw new BackupError('wrong-passphrase', 'the passphrase does not unwrap the file key', { cause });
  } finally {
    key.fill(0);
  }
}

/** Progress of a decryption: scrypt first, then bytes of payload. */
export type OpenProgress = { phase: 'deriving' } | { phase: 'decrypting'; done: number; total: number };

/** Decrypt an age file made by `sealAge` (or by `age -p`, armored or not); every failure is a BackupError. */
export async function openAge(file: Uint8Array, passphrase: string, opts: { scryptFn?: ScryptFn; onProgress?: (p: OpenProgress) => void } = {}): Promise<Uint8Array> {
  const parsed = parseAgeFile(file);
  opts.onProgress?.({ phase: 'deriving' });
  const password = passphraseBytes(passphrase);
  const fileKey = await unwrapFileKey(parsed.stanzas, password, opts.scryptFn ?? scryptWasm).finally(() => password.fill(0));
  let payloadKey: Uint8Array;
  try {
    // Security: nothing of the payload is touched before the header MAC verifies.
    if (!verifyHeaderMac(fileKey, parsed)) throw new BackupError('damaged', 'the age header MAC does not verify');
    if (parsed.payload.length < NONCE_BYTES) throw new BackupError('truncated', 'no payload nonce');
    payloadKey = hkdfSha256(fileKey, parsed.payload.subarray(0, NONCE_BYTES), 'payload');
  } finally {
    fileKey.fill(0);
  }
  try {
    return decryptStream(payloadKey, parsed.payload.subarray(NONCE_BYTES), (done, total) => opts.onProgress?.({ phase: 'decrypting', done, total }));
  } finally {
    payloadKey.fill(0);
  }
}
