import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { Decrypter, Encrypter, Stanza, type Identity, type Recipient } from 'age-encryption';
import { scrypt } from 'hash-wasm';
import { utf8 } from '../crypto/bytes';
import { randomBytes } from '../crypto/random';
import { base64NoPadDecode, base64NoPadEncode, readAgeHeader } from './age-header';
import { BackupError } from './errors';
import { MAX_READ_LOG_N, MIN_WRITE_LOG_N, WRITE_LOG_N } from './limits';
import { decryptStream } from './age-stream';

/**
 * age v1 with one scrypt passphrase stanza. age-encryption writes the header, its MAC and the
 * STREAM payload; the scrypt stanza is ours so that scrypt runs in WebAssembly (hash-wasm,
 * ~4x faster than pure JS at logN 18) and so that every refusal has its own code:
 *
 *   stanza = "-> scrypt " b64(salt) " " logN,  body = ChaCha20-Poly1305(key, nonce 0, file key)
 *   key    = scrypt(NFC(passphrase), "age-encryption.org/v1/scrypt" || salt, N = 2^logN, r 8, p 1, 32 B)
 *
 * Passphrases are NFC-normalised, as the vault does (docs/security.md).
 */

const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';
const SALT_BYTES = 16;
const FILE_KEY_BYTES = 16;
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
  const { key, logN } = await deriveWithFallback(passphraseBytes(passphrase), salt, opts);
  const recipient: Recipient = {
    wrapFileKey: (fileKey) => [new Stanza(['scrypt', base64NoPadEncode(salt), String(logN)], chacha20poly1305(key, ZERO_NONCE).encrypt(fileKey))],
  };
  const e = new Encrypter();
  e.addRecipient(recipient);
  try {
    return { file: await e.encrypt(plain), logN };
  } finally {
    key.fill(0);
  }
}

/** The identity side: checks the stanza exactly as age does, then tries the passphrase. */
class ScryptPassphrase implements Identity {
  wrongKey = false;
  constructor(private readonly password: Uint8Array, private readonly fn: ScryptFn) {}

  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    const s = stanzas[0];
    const salt = s && s.args.length === 3 ? base64NoPadDecode(s.args[1]!) : null;
    if (!s || stanzas.length !== 1 || s.args[0] !== 'scrypt' || !salt || salt.length !== SALT_BYTES || !/^[1-9][0-9]*$/.test(s.args[2]!)) {
      throw new BackupError('damaged', 'invalid scrypt stanza');
    }
    const logN = Number(s.args[2]);
    if (logN > MAX_READ_LOG_N) throw new BackupError('work-factor-too-high', `logN ${logN}`);
    if (s.body.length !== FILE_KEY_BYTES + 16) throw new BackupError('damaged', 'wrapped file key has the wrong size');
    const key = await this.fn(this.password, stanzaSalt(salt), logN);
    try {
      return chacha20poly1305(key, ZERO_NONCE).decrypt(s.body);
    } catch {
      this.wrongKey = true;
      return null;
    } finally {
      key.fill(0);
    }
  }
}

/** Progress of a decryption: scrypt first, then bytes of payload. */
export type OpenProgress = { phase: 'deriving' } | { phase: 'decrypting'; done: number; total: number };

/** Decrypt an age file made by `sealAge` (or by `age -p`); every failure is a BackupError. */
export async function openAge(file: Uint8Array, passphrase: string, opts: { scryptFn?: ScryptFn; onProgress?: (p: OpenProgress) => void } = {}): Promise<Uint8Array> {
  const { header, payload } = readAgeHeader(file);
  const identity = new ScryptPassphrase(passphraseBytes(passphrase), opts.scryptFn ?? scryptWasm);
  const d = new Decrypter();
  d.addIdentity(identity);
  opts.onProgress?.({ phase: 'deriving' });
  let fileKey: Uint8Array;
  try {
    fileKey = await d.decryptHeader(header);
  } catch (cause) {
    if (cause instanceof BackupError) throw cause;
    if (identity.wrongKey) throw new BackupError('wrong-passphrase', 'the passphrase does not unwrap the file key', { cause });
    throw new BackupError('damaged', 'the age header does not verify', { cause });
  }
  if (payload.length < 16) throw new BackupError('truncated', 'no payload nonce');
  const streamKey = hkdf(sha256, fileKey, payload.subarray(0, 16), utf8('payload'), 32);
  fileKey.fill(0);
  try {
    return decryptStream(streamKey, payload.subarray(16), (done, total) => opts.onProgress?.({ phase: 'decrypting', done, total }));
  } finally {
    streamKey.fill(0);
  }
}
