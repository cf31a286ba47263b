import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes, fromHex, toHex, utf8 } from '../../src/crypto/bytes';
import type { StoredRecord } from '../../src/storage/schema';
import { sha256 } from '../../src/crypto/hkdf';
import { canonicalJson } from '../../src/vault/canonical-json';
import { decodeRecord, encodeRecord, recordAad } from '../../src/vault/record-codec';

const KEY = fromHex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
const NONCE = fromHex('a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7');
const ID = '3f1d7c1e-9a4b-4c2d-8e6f-0a1b2c3d4e5f';
const BODY = { title: 'Après la séance', body: 'Line one\nLine two ✓', created: 1764000000000, updated: 1764000000001 };

/**
 * Golden vector: the first 32 bytes and the SHA-256 of the ciphertext for the fixed
 * key, nonce, id and body above. If this changes, the on-disk format changed: that needs
 * a new record version and a migration, never an edited constant.
 */
const GOLDEN = {
  prefix: '45ec0a70cc7fc6c305160fb3537ccaae5e8af042cf5aa495742eeec793d49116',
  sha256: '90438cc6cda6bc71835cfd42d1be66dd26e166cf8d4d3fe8c8c46c540ffb4449',
};

describe('record format v1', () => {
  it('builds the AAD exactly as documented', () => {
    expect(toHex(recordAad('entry', 'ab', 1, 1))).toBe(toHex(utf8('tend/v1/entry\u0000ab\u00001\u00001')));
  });

  it('builds the same AAD bytes on its ASCII fast path as the UTF-8 of the documented layout, for any kind and id', () => {
    const zero = new Uint8Array([0]);
    const reference = (kind: string, id: string, v: number, k: number) =>
      concatBytes(utf8(`tend/v1/${kind}`), zero, utf8(id), zero, utf8(String(v)), zero, utf8(String(k)));
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: 'binary' }), fc.nat(), fc.nat(), (kind, id, v, k) => {
        expect(toHex(recordAad(kind, id, v, k))).toBe(toHex(reference(kind, id, v, k)));
      }),
      { numRuns: 300 },
    );
    expect(toHex(recordAad('entry', 'é\u0000x', 1, 1))).toBe(toHex(reference('entry', 'é\u0000x', 1, 1)));
  });

  it('is canonical JSON, length-prefixed, Padmé-padded, sealed with the documented AAD (independent re-implementation)', () => {
    const record = encodeRecord(KEY, 'entry', ID, BODY, NONCE);
    const json = utf8('{"body":"Line one\\nLine two ✓","created":1764000000000,"title":"Après la séance","updated":1764000000001}');
    expect(utf8(canonicalJson(BODY))).toEqual(json);
    const plain = new Uint8Array(512);
    new DataView(plain.buffer).setUint32(0, json.length);
    plain.set(json, 4);
    const aad = concatBytes(utf8('tend/v1/entry'), new Uint8Array([0]), utf8(ID), new Uint8Array([0, 0x31, 0, 0x31]));
    const expected = xchacha20poly1305(KEY, NONCE, aad).encrypt(plain);
    expect(record).toMatchObject({ id: ID, kind: 'entry', v: 1, k: 1 });
    expect(toHex(record.n)).toBe(toHex(NONCE));
    expect(toHex(record.c)).toBe(toHex(expected));
    expect(record.c).toHaveLength(512 + 16);
  });

  it('matches the committed golden vector', () => {
    const record = encodeRecord(KEY, 'entry', ID, BODY, NONCE);
    expect(toHex(record.c).slice(0, 64)).toBe(GOLDEN.prefix);
    expect(toHex(sha256(record.c))).toBe(GOLDEN.sha256);
    expect(decodeRecord(KEY, record)).toEqual(BODY);
  });
});

describe('tampering', () => {
  const record = encodeRecord(KEY, 'entry', ID, BODY);
  const corrupt = { code: 'corrupt-record' };

  it('any flipped byte of nonce or ciphertext fails with corrupt-record', () => {
    for (const field of ['n', 'c'] as const) {
      for (let i = 0; i < record[field].length; i++) {
        const bytes = record[field].slice();
        bytes[i]! ^= 0x01 << i % 8;
        expect(() => decodeRecord(KEY, { ...record, [field]: bytes })).toThrowError(expect.objectContaining(corrupt));
      }
    }
  });

  it('a record moved under another id or kind fails', () => {
    expect(() => decodeRecord(KEY, { ...record, id: '00000000-0000-4000-8000-000000000000' })).toThrowError(
      expect.objectContaining(corrupt),
    );
    expect(() => decodeRecord(KEY, { ...record, kind: 'summary' })).toThrowError(expect.objectContaining(corrupt));
  });

  it('a NUL inside id or kind is refused (it could shift the AAD boundary)', () => {
    // kind "entry" + id "a\0b" and kind "entry\0a" + id "b" have the same AAD bytes; build
    // the first by hand (encodeRecord refuses it) and check the second does not decode.
    const plain = new Uint8Array(512);
    const json = utf8(canonicalJson(BODY));
    new DataView(plain.buffer).setUint32(0, json.length);
    plain.set(json, 4);
    const c = xchacha20poly1305(KEY, NONCE, recordAad('entry', 'a\0b', 1, 1)).encrypt(plain);
    expect(() => decodeRecord(KEY, { id: 'b', kind: 'entry\0a', v: 1, k: 1, n: NONCE, c })).toThrowError(
      expect.objectContaining(corrupt),
    );
    expect(() => encodeRecord(KEY, 'entry', 'a\0b', BODY)).toThrowError(expect.objectContaining(corrupt));
  });

  it('a wrong key fails', () => {
    const other = KEY.slice();
    other[31]! ^= 0x80;
    expect(() => decodeRecord(other, record)).toThrowError(expect.objectContaining(corrupt));
  });

  it('truncated or extended ciphertext fails; missing fields fail', () => {
    expect(() => decodeRecord(KEY, { ...record, c: record.c.subarray(0, 100) })).toThrowError(expect.objectContaining(corrupt));
    expect(() => decodeRecord(KEY, { ...record, c: concatBytes(record.c, new Uint8Array(1)) })).toThrowError(
      expect.objectContaining(corrupt),
    );
    expect(() => decodeRecord(KEY, { ...record, n: undefined } as unknown as StoredRecord)).toThrowError(
      expect.objectContaining(corrupt),
    );
    expect(() => decodeRecord(KEY, { ...record, k: 2 })).toThrowError(expect.objectContaining(corrupt));
  });

  it('a newer format version is unsupported, not corrupt', () => {
    expect(() => decodeRecord(KEY, { ...record, v: 2 })).toThrowError(expect.objectContaining({ code: 'unsupported-version' }));
  });
});
