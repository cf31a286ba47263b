import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openAge } from '../../src/backup/age-file';
import { BackupError, type BackupErrorCode } from '../../src/backup/errors';
import { CCTV, type Vector } from '../support/cctv';

/**
 * Every vector of the C2SP CCTV age test kit (npm cctv-age) through our reader, which takes a
 * passphrase and accepts exactly one scrypt stanza with logN <= 20. Each vector has ONE
 * expected outcome, derived below from its kind:
 * - the scrypt success vectors (binary and armored) decrypt to the payload whose SHA-256 they give;
 * - a header that breaks the spec's syntax (stanza lines, MAC line, canonical base64, CR) or
 *   an armor that breaks strict PEM is `damaged`, whoever it was made for: syntax is checked
 *   before recipients;
 * - a well-formed header for any other recipient type (X25519, hybrid, grease, several
 *   stanzas, scrypt mixed with others) is `other-recipient` (a Tend backup is passphrase-only),
 *   even when the vector's own fault lies deeper (their MAC, payload or recipient arguments);
 * - the scrypt failures get the codes of SCRYPT_CODES, or `damaged`.
 * scrypt_work_factor_23 is above our ceiling of 20 and refused before any derivation. Our
 * reader releases no plaintext on failure, so "payload failure" vectors have nothing to hash.
 */

type Outcome = { ok: true; sha: string } | { ok: false; code: BackupErrorCode };

const SCRYPT_CODES: Record<string, BackupErrorCode> = {
  scrypt_and_x25519: 'other-recipient',
  scrypt_double: 'other-recipient',
  scrypt_uppercase: 'other-recipient', // "Scrypt" is another (unknown) recipient type
  scrypt_work_factor_23: 'work-factor-too-high',
  scrypt_work_factor_overflow: 'work-factor-too-high',
  scrypt_bad_tag: 'wrong-passphrase',
  scrypt_no_match: 'wrong-passphrase',
  scrypt_work_factor_wrong: 'wrong-passphrase',
};

/** Not recognisably age at all: no v1 line, or no "-----BEGIN AGE ENCRYPTED FILE-----" line. */
const NOT_AGE = new Set(['empty', 'version_unsupported', 'armor_empty', 'armor_garbage_leading', 'armor_lowercase', 'armor_whitespace_begin', 'armor_wrong_type']);

/** Header syntax faults, which the reader finds before it looks at recipient types. */
function isHeaderSyntaxFault(v: Vector): boolean {
  if (v.expect !== 'header failure') return false;
  return /^(stanza|hmac)_/.test(v.name) || /_not_canonical_body$/.test(v.name) || /(^|_)header_crlf$/.test(v.name);
}

function expected(v: Vector): Outcome {
  if (v.expect === 'success' && v.passphrase) return { ok: true, sha: v.payload! };
  if (NOT_AGE.has(v.name)) return { ok: false, code: 'not-age' };
  if (v.name === 'armor_no_end_line') return { ok: false, code: 'truncated' };
  if (v.expect === 'armor failure' || isHeaderSyntaxFault(v)) return { ok: false, code: 'damaged' };
  if (v.passphrase) return { ok: false, code: SCRYPT_CODES[v.name] ?? 'damaged' };
  return { ok: false, code: 'other-recipient' };
}

async function outcome(v: Vector): Promise<Outcome> {
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
    expect(CCTV.length).toBeGreaterThanOrEqual(140);
    expect(CCTV.filter((v) => v.passphrase && v.expect === 'success').map((v) => v.name).sort()).toEqual(['armor_scrypt', 'scrypt']);
    // Every set of names above still names vectors (a renamed vector must not slip to a default).
    for (const name of [...NOT_AGE, ...Object.keys(SCRYPT_CODES), 'armor_no_end_line']) expect(CCTV.map((v) => v.name)).toContain(name);
    expect(CCTV.filter(isHeaderSyntaxFault).length).toBeGreaterThanOrEqual(20);
  });

  it.each(CCTV.map((v) => [v.name, v] as const))('%s', async (_name, v) => {
    expect(await outcome(v)).toEqual(expected(v));
  });
});
