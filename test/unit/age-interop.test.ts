import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decrypter, Encrypter, armor } from 'age-encryption';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { openAge, sealAge } from '../../src/backup/age-file';
import { TEST_LOG_N } from '../support/backup-fixture';

/**
 * Our age v1 code against two independent implementations:
 * - the `age-encryption` npm package (a devDependency, kept as a test oracle since the app no
 *   longer ships it): files we write open with its Decrypter, files its Encrypter writes open
 *   with ours, binary and armored;
 * - the stock `age` command-line tool (Go, the reference implementation): `age -p` files,
 *   binary and armored, open with ours (our files opening with `age -d` is checked in
 *   backup-format.test.ts with a real logN 18 backup).
 * Sizes cover the STREAM's edges: empty, one byte, and one chunk (64 KiB) give or take one.
 */

const PASS = 'juniper ledger overcast 47';
const CHUNK = 64 * 1024;
const EDGE_SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 1];
const opts = { unsafeTestLogN: TEST_LOG_N };
const bytes = (n: number, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed * 7) & 0xff);
const latin1 = new TextEncoder();

async function theirDecrypt(file: Uint8Array, pass = PASS): Promise<Uint8Array> {
  const d = new Decrypter();
  d.addPassphrase(pass);
  return d.decrypt(file);
}

async function theirEncrypt(plain: Uint8Array, pass = PASS): Promise<Uint8Array> {
  const e = new Encrypter();
  e.setPassphrase(pass);
  e.setScryptWorkFactor(TEST_LOG_N);
  return e.encrypt(plain);
}

// Generous time limits: age-encryption's scrypt and STREAM are pure JS, and this machine is shared.
vi.setConfig({ testTimeout: 120_000 });

describe('age-encryption opens what we write', () => {
  it.each(EDGE_SIZES)('%i bytes', async (n) => {
    const plain = bytes(n);
    const { file, logN } = await sealAge(plain, PASS, opts);
    expect(logN).toBe(TEST_LOG_N);
    // header + nonce + plaintext + one tag per chunk (the empty plaintext is one empty chunk)
    const headerEnd = Buffer.from(file).indexOf('\n', Buffer.from(file).indexOf('\n--- ') + 1) + 1;
    expect(file.length - headerEnd).toBe(16 + n + 16 * Math.max(1, Math.ceil(n / CHUNK)));
    expect(await theirDecrypt(file)).toEqual(plain);
    await expect(theirDecrypt(file, 'another passphrase')).rejects.toThrow();
  });

  it('and so does its armor: our file armored by age-encryption opens with our reader', async () => {
    // 47, 48 and 49 payload-ish sizes move the armor's last line from short to full.
    for (const n of [0, 1, 47, 48, 49, 100, CHUNK + 1]) {
      const plain = bytes(n, 3);
      const { file } = await sealAge(plain, PASS, opts);
      expect(await openAge(latin1.encode(armor.encode(file)), PASS)).toEqual(plain);
    }
  });
});

describe('we open what age-encryption writes', () => {
  it.each(EDGE_SIZES)('%i bytes, binary and armored', async (n) => {
    const plain = bytes(n, 2);
    const file = await theirEncrypt(plain);
    expect(await openAge(file, PASS)).toEqual(plain);
    expect(await openAge(latin1.encode(armor.encode(file)), PASS)).toEqual(plain);
    await expect(openAge(file, 'another passphrase')).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });
});

describe('round trip (fast-check)', () => {
  it('any size and passphrase: ours -> ours and ours -> age-encryption give the plaintext back', async () => {
    const size = fc.oneof(fc.constantFrom(...EDGE_SIZES), fc.integer({ min: 0, max: 2 * CHUNK + 5 }));
    // NFC: we normalise passphrases (docs/security.md), age-encryption takes them as given.
    const pass = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((s) => s.normalize('NFC'));
    await fc.assert(
      fc.asyncProperty(size, pass, fc.integer({ min: 0, max: 255 }), async (n, p, seed) => {
        const plain = bytes(n, seed);
        const { file } = await sealAge(plain, p, opts);
        expect(await openAge(file, p)).toEqual(plain);
        expect(await theirDecrypt(file, p)).toEqual(plain);
      }),
      { numRuns: 15 },
    );
  }, 300_000);

  it('every file gets a fresh salt, file key and nonce: the same input never gives the same bytes', async () => {
    const a = (await sealAge(bytes(10), PASS, opts)).file;
    const b = (await sealAge(bytes(10), PASS, opts)).file;
    expect(a.length).toBe(b.length);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});

describe('the stock age CLI (age -p) writes files we open', () => {
  const hasAge = spawnSync('age', ['--version']).status === 0;
  if (!hasAge && process.env.CI) throw new Error('the age CLI must be installed in CI (.ci/run installs it)');

  /** age reads passphrases from a terminal only; `script` (util-linux) gives it one. */
  function ageEncrypt(plain: Uint8Array, armored: boolean): Uint8Array {
    const dir = mkdtempSync(join(tmpdir(), 'tend-age-p-'));
    writeFileSync(join(dir, 'in'), plain);
    const cmd = `age -p ${armored ? '-a ' : ''}-o ${join(dir, 'out')} ${join(dir, 'in')}`;
    execFileSync('script', ['-qec', cmd, '/dev/null'], { input: `${PASS}\n${PASS}\n`, timeout: 60_000 });
    return new Uint8Array(readFileSync(join(dir, 'out')));
  }

  it.runIf(hasAge)('binary and armored, empty and over one chunk (logN 18, as age writes it)', async () => {
    for (const [n, armored] of [[0, false], [CHUNK + 1, false], [100, true]] as const) {
      const plain = bytes(n, 5);
      const file = ageEncrypt(plain, armored);
      expect(Buffer.from(file.subarray(0, 80)).toString('latin1')).toMatch(armored ? /^-----BEGIN AGE ENCRYPTED FILE-----\n/ : /^age-encryption\.org\/v1\n-> scrypt \S{22} 18\n/);
      expect(await openAge(file, PASS), `${n} bytes${armored ? ', armored' : ''}`).toEqual(plain);
    }
  }, 120_000);
});
