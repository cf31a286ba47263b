import { describe, expect, it } from 'vitest';
import { AEAD_NONCE_BYTES, open, seal } from '../../src/crypto/aead';
import { fromHex, toHex, utf8 } from '../../src/crypto/bytes';
import { CryptoError } from '../../src/crypto/errors';
import { hkdfSha256 } from '../../src/crypto/hkdf';
import { PAD_FLOOR, pad, padme, unpad } from '../../src/crypto/padding';
import { randomUuid } from '../../src/crypto/random';
import {
  formatRecoveryKey, generateRecoveryKey, normalizeRecoveryKey, RECOVERY_KEY_ALPHABET, RECOVERY_KEY_LENGTH,
} from '../../src/crypto/recovery-key';

describe('XChaCha20-Poly1305', () => {
  // draft-irtf-cfrg-xchacha-03, appendix A.3.1
  const key = fromHex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
  const nonce = fromHex('404142434445464748494a4b4c4d4e4f5051525354555657');
  const aad = fromHex('50515253c0c1c2c3c4c5c6c7');
  const plaintext = utf8(
    "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
  );
  const expected =
    'bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb' +
    '731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452' +
    '2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9' +
    '21f9664c97637da9768812f615c68b13b52e' +
    'c0875924c1c7987947deafd8780acf49';

  it('matches the draft-irtf-cfrg-xchacha A.3.1 vector', () => {
    expect(toHex(seal(key, plaintext, aad, nonce).ciphertext)).toBe(expected);
    expect(open(key, nonce, fromHex(expected), aad)).toEqual(plaintext);
  });

  it('uses a fresh random 24-byte nonce for every seal', () => {
    const a = seal(key, plaintext, aad);
    const b = seal(key, plaintext, aad);
    expect(a.nonce).toHaveLength(AEAD_NONCE_BYTES);
    expect(toHex(a.nonce)).not.toBe(toHex(b.nonce));
    expect(toHex(a.ciphertext)).not.toBe(toHex(b.ciphertext));
  });

  it('rejects any flipped bit, wrong aad and wrong key with a typed error', () => {
    const ct = fromHex(expected);
    for (let i = 0; i < ct.length; i++) {
      const bad = ct.slice();
      bad[i]! ^= 1 << i % 8;
      expect(() => open(key, nonce, bad, aad)).toThrowError(expect.objectContaining({ code: 'decrypt-failed' }));
    }
    expect(() => open(key, nonce, ct, utf8('other'))).toThrow(CryptoError);
    const otherKey = key.slice();
    otherKey[0]! ^= 1;
    expect(() => open(otherKey, nonce, ct, aad)).toThrow(CryptoError);
  });
});

describe('HKDF-SHA256', () => {
  it('matches RFC 5869 test case 1', () => {
    const okm = hkdfSha256(
      fromHex('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b'),
      fromHex('000102030405060708090a0b0c'),
      fromHex('f0f1f2f3f4f5f6f7f8f9'),
      42,
    );
    expect(toHex(okm)).toBe('3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');
  });
});

describe('Padmé padding', () => {
  it('rounds like the PURBs paper (at most ~12% overhead, low mantissa bits zero)', () => {
    expect(padme(0)).toBe(0);
    expect(padme(1)).toBe(1);
    expect(padme(100)).toBe(104); // E = 6, S = 3: the 3 low bits are rounded up
    expect([9, 10, 11, 12, 13].map(padme)).toEqual([10, 10, 12, 12, 14]);
    expect(padme(1000)).toBe(1024);
    expect(padme(1_000_000)).toBe(1_015_808);
    for (let n = 2; n < 5000; n++) {
      const p = padme(n);
      expect(p).toBeGreaterThanOrEqual(n);
      expect(p / n).toBeLessThanOrEqual(1.125);
    }
  });

  it('pads to the 512-byte floor, round-trips, and refuses malformed padding', () => {
    expect(pad(new Uint8Array(0))).toHaveLength(PAD_FLOOR);
    expect(pad(new Uint8Array(508))).toHaveLength(PAD_FLOOR);
    expect(pad(new Uint8Array(509)).length).toBe(padme(513));
    for (const n of [0, 1, 100, 508, 509, 4000, 70_000]) {
      const body = new Uint8Array(n).map((_, i) => (i * 7 + 1) & 0xff);
      expect(unpad(pad(body))).toEqual(body);
    }
    const good = pad(utf8('hello'));
    const nonZero = good.slice();
    nonZero[100] = 1;
    expect(() => unpad(nonZero)).toThrowError(expect.objectContaining({ code: 'bad-padding' }));
    const tooLong = good.slice();
    tooLong[2] = 0x02; // declares 517 bytes in a 512-byte buffer
    expect(() => unpad(tooLong)).toThrowError(expect.objectContaining({ code: 'bad-padding' }));
    expect(() => unpad(good.subarray(0, 511))).toThrowError(expect.objectContaining({ code: 'bad-padding' }));
  });
});

describe('recovery keys', () => {
  it('are 26 symbols of the 31-symbol alphabet (about 128 bits)', () => {
    expect(RECOVERY_KEY_ALPHABET).toHaveLength(31);
    expect(RECOVERY_KEY_ALPHABET).not.toMatch(/[01IOU]/);
    expect(RECOVERY_KEY_LENGTH * Math.log2(31)).toBeGreaterThan(128);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const key = generateRecoveryKey();
      expect(key).toMatch(/^[2-9A-HJ-NP-TV-Z]{26}$/);
      seen.add(key);
    }
    expect(seen.size).toBe(200);
  });

  it('uses every symbol roughly uniformly (no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) for (const ch of generateRecoveryKey()) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(31);
    const expectedEach = (2000 * 26) / 31;
    for (const n of counts.values()) expect(Math.abs(n - expectedEach) / expectedEach).toBeLessThan(0.15);
  });

  it('formats in groups and normalises what people type', () => {
    const key = 'ABCDEFGHJKLMNPQRSTVWXYZ234';
    const shown = formatRecoveryKey(key);
    expect(shown).toBe('ABCDE-FGHJK-LMNPQ-RSTVW-XYZ234');
    expect(normalizeRecoveryKey(shown)).toBe(key);
    expect(normalizeRecoveryKey(' abcde fghjk lmnpq rstvw xyz234 ')).toBe(key);
    expect(normalizeRecoveryKey('ABCDE-FGHJK-LMNPQ-RSTVW-XYZ23')).toBeNull();
    expect(normalizeRecoveryKey('0BCDE-FGHJK-LMNPQ-RSTVW-XYZ234')).toBeNull();
  });
});

describe('record ids', () => {
  it('are random UUIDv4', () => {
    const ids = new Set(Array.from({ length: 500 }, randomUuid));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
