import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dearmorIfArmored } from '../../src/backup/age-armor';
import { openAge, scryptWasm, sealAge, type ScryptFn } from '../../src/backup/age-file';
import { decodeBase64NoPad, decodeBase64Padded, encodeBase64NoPad } from '../../src/backup/age-base64';
import { parseAgeFile, verifyHeaderMac, writeAgeHeader, type AgeStanza } from '../../src/backup/age-header';
import { decryptStream, encryptStreamInto, sealedStreamLength } from '../../src/backup/age-stream';
import { BackupError } from '../../src/backup/errors';
import { hkdfSha256 } from '../../src/crypto/hkdf';
import { TEST_LOG_N } from '../support/backup-fixture';
import { CCTV, type Vector } from '../support/cctv';

/**
 * The parts of our age v1 code one by one, judged by the CCTV vectors' own file keys, so the
 * header parser, the header MAC and the STREAM reader are checked on every vector, whatever
 * recipient type it was made for (the reader itself refuses non-scrypt files before that).
 */

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const HEADER_OK = new Set(['success', 'no match', 'HMAC failure', 'payload failure']);
const isSyntaxFault = (v: Vector) =>
  v.expect === 'armor failure' || (v.expect === 'header failure' && (/^(stanza|hmac)_/.test(v.name) || /(_not_canonical_body|header_crlf)$/.test(v.name)));
const parses = (v: Vector) => {
  try {
    return parseAgeFile(v.file);
  } catch (err) {
    if (err instanceof BackupError) return err;
    throw err;
  }
};
const plainFileKey = (v: Vector) => v.fileKey!;

describe('age header parser against every CCTV vector', () => {
  it.each(CCTV.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const got = parses(v);
    if (HEADER_OK.has(v.expect)) {
      // A header the reference implementation accepts, we parse; its MAC verifies with its
      // file key unless the vector is about a bad MAC; and it re-serialises byte for byte.
      expect(got).not.toBeInstanceOf(BackupError);
      const parsed = got as Exclude<typeof got, BackupError>;
      expect(verifyHeaderMac(plainFileKey(v), parsed)).toBe(v.expect !== 'HMAC failure');
      if (v.expect !== 'HMAC failure') {
        const rewritten = writeAgeHeader(parsed.stanzas, plainFileKey(v));
        const original = dearmorIfArmored(v.file).subarray(0, rewritten.length);
        expect(latin1(rewritten)).toBe(latin1(original));
      }
    } else if (isSyntaxFault(v)) {
      expect(got).toBeInstanceOf(BackupError);
    }
  });
});

describe('STREAM reader against every CCTV payload vector', () => {
  const payloadVectors = CCTV.filter((v) => v.expect === 'success' || v.expect === 'payload failure');
  it.each(payloadVectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const { payload } = parseAgeFile(v.file);
    const key = hkdfSha256(plainFileKey(v), payload.subarray(0, 16), 'payload');
    let result: string;
    try {
      result = sha(decryptStream(key, payload.subarray(16)));
    } catch (err) {
      expect(err).toBeInstanceOf(BackupError);
      result = 'refused';
    }
    expect(result).toBe(v.expect === 'success' ? v.payload : 'refused');
  });

  it('covers the long streams (257 and 258 chunks) and the empty payload', () => {
    expect(payloadVectors.map((v) => v.name)).toEqual(expect.arrayContaining(['stream_257_chunks_full', 'stream_258_chunks', 'stream_empty_payload', 'stream_last_chunk_empty']));
  });
});

describe('age header writer', () => {
  const fileKey = Uint8Array.from({ length: 16 }, (_, i) => i + 1);

  it.each([0, 1, 2, 3, 47, 48, 49, 95, 96, 97, 200])('wraps a %i-byte body at 64 columns and ends it with a shorter line', (n) => {
    const body = Uint8Array.from({ length: n }, (_, i) => (i * 37) & 0xff);
    const header = writeAgeHeader([{ args: ['test', 'a!~'], body }], fileKey);
    const lines = latin1(header).split('\n').slice(2, -2); // the body lines only
    expect(lines.slice(0, -1).every((l) => l.length === 64)).toBe(true);
    expect(lines.at(-1)!.length).toBeLessThan(64);
    expect(lines.join('')).toBe(encodeBase64NoPad(body));
    const parsed = parseAgeFile(header);
    expect(parsed.stanzas).toEqual([{ args: ['test', 'a!~'], body }]);
    expect(parsed.payload.length).toBe(0);
    expect(verifyHeaderMac(fileKey, parsed)).toBe(true);
    expect(verifyHeaderMac(new Uint8Array(16), parsed)).toBe(false);
  });

  it('refuses to write an argument the spec does not allow', () => {
    for (const args of [[], [''], ['a b'], ['é'], ['tab\t']]) {
      expect(() => writeAgeHeader([{ args, body: new Uint8Array(0) } as AgeStanza], fileKey)).toThrow(BackupError);
    }
  });
});

describe('STREAM writer', () => {
  const key = new Uint8Array(32).fill(7);
  const seal = (plain: Uint8Array) => {
    const out = new Uint8Array(sealedStreamLength(plain.length));
    encryptStreamInto(key, plain, out);
    return out;
  };

  it.each([0, 1, 65535, 65536, 65537, 3 * 65536])('%i bytes: one tag per 64 KiB chunk, the last one flagged, and back', (n) => {
    const plain = Uint8Array.from({ length: n }, (_, i) => i & 0xff);
    const sealed = seal(plain);
    expect(sealed.length).toBe(n + Math.max(1, Math.ceil(n / 65536)) * 16);
    expect(decryptStream(key, sealed)).toEqual(plain);
  });

  it('a stream cut less than a tag after a chunk boundary is refused with a code (was a RangeError)', () => {
    const sealed = seal(new Uint8Array(3 * 65536 - 100));
    for (let k = 1; k <= 16; k++) {
      for (const boundary of [65552, 2 * 65552]) {
        expect(() => decryptStream(key, sealed.subarray(0, boundary + k)), `${boundary} + ${k}`).toThrow(BackupError);
      }
    }
  });

  it('refuses an output buffer of the wrong size', () => {
    expect(() => encryptStreamInto(key, new Uint8Array(5), new Uint8Array(20))).toThrow(RangeError);
  });
});

describe('base64 as age uses it', () => {
  it('decodes only canonical unpadded base64', () => {
    expect(decodeBase64NoPad('')).toEqual(new Uint8Array(0));
    expect(decodeBase64NoPad('AA')).toEqual(new Uint8Array([0]));
    expect(decodeBase64NoPad('/w')).toEqual(new Uint8Array([255]));
    for (const bad of ['AB', 'AA==', 'A', 'AA A', 'AA\n', 'AA\r', '-_', 'AAA=', 'é']) expect(decodeBase64NoPad(bad), bad).toBeNull();
  });

  it('decodes only canonical padded base64', () => {
    expect(decodeBase64Padded('AA==')).toEqual(new Uint8Array([0]));
    expect(decodeBase64Padded('AAAA')).toEqual(new Uint8Array(3));
    for (const bad of ['AA', 'AB==', 'AA=A', 'A===', 'AA==AAAA', ' AA=', 'AAA']) expect(decodeBase64Padded(bad), bad).toBeNull();
  });

  it('encodes without padding, also past the spread limit of String.fromCharCode', () => {
    const big = Uint8Array.from({ length: 100_001 }, (_, i) => (i * 7) & 0xff);
    expect(encodeBase64NoPad(big)).toBe(Buffer.from(big).toString('base64').replace(/=+$/, ''));
    expect(decodeBase64NoPad(encodeBase64NoPad(big))).toEqual(big);
  });
});

describe('reader order and key hygiene', () => {
  const PASS = 'order of checks';
  const opts = { unsafeTestLogN: TEST_LOG_N };

  it('decrypts nothing of the payload before the header MAC verifies', async () => {
    const { file } = await sealAge(new Uint8Array(70_000), PASS, opts);
    const text = latin1(file);
    const at = text.indexOf('\n--- ') + 5; // first MAC character: swap it for another letter
    const tampered = file.slice();
    tampered[at] = tampered[at] === 0x41 ? 0x42 : 0x41;
    const phases: string[] = [];
    await expect(openAge(tampered, PASS, { onProgress: (p) => phases.push(p.phase) })).rejects.toMatchObject({ code: 'damaged' });
    expect(phases).toEqual(['deriving']);
    phases.length = 0;
    expect((await openAge(file, PASS, { onProgress: (p) => phases.push(p.phase) })).length).toBe(70_000);
    expect(phases).toContain('decrypting');
  });

  it('zero-fills the scrypt wrap key and the passphrase bytes after writing and reading, also on a wrong passphrase', async () => {
    const keys: Uint8Array[] = [];
    const passwords: Uint8Array[] = [];
    const keeping: ScryptFn = async (p, s, n) => {
      const k = await scryptWasm(p, s, n);
      expect(p.some((b) => b !== 0)).toBe(true);
      passwords.push(p);
      keys.push(k);
      return k;
    };
    const { file } = await sealAge(new Uint8Array(10), PASS, { ...opts, scryptFn: keeping });
    await openAge(file, PASS, { scryptFn: keeping });
    await expect(openAge(file, 'wrong', { scryptFn: keeping })).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(keys).toHaveLength(3);
    for (const k of [...keys, ...passwords]) expect(k.every((b) => b === 0)).toBe(true);
  });
});
