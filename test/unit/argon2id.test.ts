import { argon2id as nobleArgon2id } from '@noble/hashes/argon2.js';
import { describe, expect, it } from 'vitest';
import { argon2idBest, argon2idJs, argon2idWasm, type Argon2idImpl } from '../../src/crypto/argon2id';
import { fromHex, toHex, utf8 } from '../../src/crypto/bytes';
import { deriveKeyInline } from '../../src/crypto/kdf';
import {
  ARGON2ID_CEILING, ARGON2ID_DEFAULT, ARGON2ID_FLOOR, assertKdfParams, canonicalKdfParams,
} from '../../src/crypto/kdf-params';

/**
 * Reference vector from the Argon2 reference implementation (phc-winner-argon2,
 * src/test.c): argon2id v=0x13, m=65536, t=2, p=1, password "password", salt "somesalt",
 * $argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc
 */
const REFERENCE = {
  password: utf8('password'),
  salt: utf8('somesalt'),
  params: { memoryKiB: 65536, iterations: 2, parallelism: 1 },
  tag: '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7',
};

const implementations: [string, Argon2idImpl][] = [
  ['hash-wasm (WebAssembly)', argon2idWasm],
  ['@noble/hashes (pure JS)', argon2idJs],
  ['argon2idBest (what the worker runs)', argon2idBest],
];

describe('Argon2id known answers', () => {
  it('the reference tag is the base64 in the PHC string', () => {
    expect(Buffer.from(REFERENCE.tag, 'hex').toString('base64').replace(/=+$/, '')).toBe(
      'CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc',
    );
  });

  it.each(implementations)('%s matches the reference implementation vector', async (_name, impl) => {
    const tag = await impl(REFERENCE.password, REFERENCE.salt, REFERENCE.params, 32);
    expect(toHex(tag)).toBe(REFERENCE.tag);
  });

  it.each(implementations)('%s agrees with the others at the floor parameters (19 MiB, t = 2)', async (_name, impl) => {
    const salt = fromHex('000102030405060708090a0b0c0d0e0f');
    const tag = await impl(utf8('four unrelated words here'), salt, ARGON2ID_FLOOR, 32);
    const reference = await argon2idWasm(utf8('four unrelated words here'), salt, ARGON2ID_FLOOR, 32);
    expect(toHex(tag)).toBe(toHex(reference));
  });

  it('RFC 9106 section 5.3 (secret and associated data; only @noble/hashes exposes them)', () => {
    const tag = nobleArgon2id(new Uint8Array(32).fill(1), new Uint8Array(16).fill(2), {
      t: 3,
      m: 32,
      p: 4,
      key: new Uint8Array(8).fill(3),
      personalization: new Uint8Array(12).fill(4),
      dkLen: 32,
    });
    expect(toHex(tag)).toBe('0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659');
  });
});

describe('KDF parameter floor and ceiling', () => {
  const salt = new Uint8Array(16);

  it('accepts the default, the floor and the ceiling', () => {
    expect(() => assertKdfParams(ARGON2ID_DEFAULT, salt)).not.toThrow();
    expect(() => assertKdfParams(ARGON2ID_FLOOR, salt)).not.toThrow();
    expect(() => assertKdfParams(ARGON2ID_CEILING, salt)).not.toThrow();
    expect(ARGON2ID_DEFAULT).toEqual({ memoryKiB: 65536, iterations: 3, parallelism: 1 });
  });

  it.each([
    ['memory below 19 MiB', { ...ARGON2ID_DEFAULT, memoryKiB: 19 * 1024 - 1 }, salt],
    ['memory above 1 GiB', { ...ARGON2ID_DEFAULT, memoryKiB: 1024 * 1024 + 1 }, salt],
    ['t below 2', { ...ARGON2ID_DEFAULT, iterations: 1 }, salt],
    ['t above 10', { ...ARGON2ID_DEFAULT, iterations: 11 }, salt],
    ['p = 0', { ...ARGON2ID_DEFAULT, parallelism: 0 }, salt],
    ['fractional memory', { ...ARGON2ID_DEFAULT, memoryKiB: 65536.5 }, salt],
    ['non-number', { ...ARGON2ID_DEFAULT, iterations: '3' as unknown as number }, salt],
    ['15-byte salt', ARGON2ID_DEFAULT, new Uint8Array(15)],
    ['17-byte salt', ARGON2ID_DEFAULT, new Uint8Array(17)],
  ])('refuses %s before deriving anything', async (_name, params, s) => {
    expect(() => assertKdfParams(params, s)).toThrowError(expect.objectContaining({ code: 'kdf-params-out-of-range' }));
    // deriveKeyInline must refuse up front: a 2^40 KiB request would otherwise hang or crash.
    const huge = { ...params, memoryKiB: params.memoryKiB > ARGON2ID_CEILING.memoryKiB ? 2 ** 40 : params.memoryKiB };
    await expect(deriveKeyInline(utf8('x'), s, huge)).rejects.toMatchObject({ code: 'kdf-params-out-of-range' });
  });

  it('has one canonical text for the parameters (bound into the slot AAD)', () => {
    expect(canonicalKdfParams(ARGON2ID_DEFAULT)).toBe('argon2id$v=19$m=65536,t=3,p=1');
  });
});
