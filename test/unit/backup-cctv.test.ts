import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import * as vectors from 'cctv-age';
import { describe, expect, it } from 'vitest';
import { openAge } from '../../src/backup/age-file';
import { BackupError, type BackupErrorCode } from '../../src/backup/errors';

/**
 * Every vector of the C2SP CCTV age test kit (npm cctv-age) through our reader, which takes a
 * passphrase and accepts exactly one scrypt stanza with logN <= 20:
 * - scrypt success vectors (binary and armored) decrypt to the payload whose SHA-256 they give;
 * - success vectors for X25519 / hybrid recipients are refused as `other-recipient` (by design:
 *   a Tend backup is passphrase-only), and so is every vector whose header is well formed enough
 *   to show another recipient type;
 * - every other vector is refused with a typed BackupError; the scrypt ones with the code below.
 *   scrypt_work_factor_23 is above our ceiling of 20 and refused before any derivation.
 * Our reader releases no plaintext on failure, so "payload failure" vectors have nothing to hash.
 */

interface Vector {
  name: string;
  expect: string;
  passphrase?: string;
  payload?: string;
  file: Uint8Array;
}

function parse(name: string, raw: Uint8Array): Vector {
  const buf = Buffer.from(raw);
  const split = buf.indexOf('\n\n');
  const meta = new Map<string, string>();
  for (const line of buf.subarray(0, split).toString('utf8').split('\n')) {
    const at = line.indexOf(': ');
    meta.set(line.slice(0, at), line.slice(at + 2));
  }
  let file: Uint8Array = buf.subarray(split + 2);
  if (meta.get('compressed') === 'zlib') file = inflateSync(file);
  return { name, expect: meta.get('expect')!, passphrase: meta.get('passphrase'), payload: meta.get('payload'), file: new Uint8Array(file) };
}

const ALL = Object.entries(vectors as Record<string, Uint8Array>).map(([n, raw]) => parse(n, raw));

const SCRYPT_CODES: Record<string, BackupErrorCode> = {
  scrypt_and_x25519: 'other-recipient',
  scrypt_double: 'other-recipient',
  scrypt_uppercase: 'other-recipient',
  scrypt_work_factor_23: 'work-factor-too-high',
  scrypt_work_factor_overflow: 'work-factor-too-high',
  scrypt_bad_tag: 'wrong-passphrase',
  scrypt_no_match: 'wrong-passphrase',
  scrypt_work_factor_wrong: 'wrong-passphrase',
};

async function outcome(v: Vector): Promise<{ ok: true; sha: string } | { ok: false; code: BackupErrorCode }> {
  try {
    const plain = await openAge(v.file, v.passphrase ?? 'not a passphrase of any vector');
    return { ok: true, sha: createHash('sha256').update(plain).digest('hex') };
  } catch (err) {
    if (err instanceof BackupError) return { ok: false, code: err.code };
    throw err;
  }
}

describe('CCTV age test kit', () => {
  it('has the vectors we expect to run', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(140);
    expect(ALL.filter((v) => v.passphrase && v.expect === 'success').map((v) => v.name).sort()).toEqual(['armor_scrypt', 'scrypt']);
  });

  it.each(ALL.map((v) => [v.name, v] as const))('%s', async (_name, v) => {
    const got = await outcome(v);
    if (v.expect === 'success' && v.passphrase) {
      expect(got).toEqual({ ok: true, sha: v.payload });
    } else if (v.expect === 'success') {
      expect(got).toEqual({ ok: false, code: 'other-recipient' });
    } else {
      expect(got.ok, 'refused').toBe(false);
      if (SCRYPT_CODES[v.name]) expect(got).toEqual({ ok: false, code: SCRYPT_CODES[v.name] });
      else if (v.name.startsWith('scrypt')) expect(got).toEqual({ ok: false, code: 'damaged' });
    }
  });
});
