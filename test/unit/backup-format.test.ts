import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Encrypter, generateIdentity, identityToRecipient } from 'age-encryption';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scryptWasm, sealAge, type ScryptFn } from '../../src/backup/age-file';
import { readBackup, writeBackup, writeVerifiedBackup } from '../../src/backup/backup-file';
import { paddedSize } from '../../src/backup/inner-format';
import { MAX_BACKUP_BYTES } from '../../src/backup/limits';
import { toHex } from '../../src/crypto/bytes';
import { sha256 } from '../../src/crypto/hkdf';
import type { Doc, Entry, ImportBatch } from '../../src/vault/types';
import { BACKUP_PASS, codeOf, sampleBatch, TEST_LOG_N, writeOpts } from '../support/backup-fixture';

const NOW = new Date('2025-03-04T05:06:07.000Z');
const enc = new TextEncoder();
const write = (batch: ImportBatch, pass = BACKUP_PASS) => writeBackup(batch, pass, 'tend 0.1.0', NOW, writeOpts);
const read = (file: Uint8Array, pass = BACKUP_PASS, scryptFn?: ScryptFn) => readBackup(file, pass, { scryptFn });

/** Build a plaintext from raw lines, with a correct (or overridden) trailer and padding. */
function plaintext(lines: string[], trailer?: (sha: string) => string, pad = 0x20): Uint8Array {
  const head = enc.encode(lines.map((l) => l + '\n').join(''));
  const sha = toHex(sha256(head));
  const tail = enc.encode((trailer ? trailer(sha) : JSON.stringify({ end: true, entries: lines.length - 1, docs: 0, sha256: sha })) + '\n');
  const out = new Uint8Array(paddedSize(head.length + tail.length)).fill(pad);
  out.set(head);
  out.set(tail, head.length);
  return out;
}
const manifest = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'tend-backup', v: 1, created: NOW.toISOString(), app: 'x', entries: 1, docs: 0, ...over });
const entryLine = (over: Record<string, unknown> = {}) => JSON.stringify({ entry: { id: 'e1', title: 't', body: 'b', created: 1, updated: 2, ...over } });
const sealPlain = async (plain: Uint8Array) => (await sealAge(plain, BACKUP_PASS, writeOpts)).file;

describe('backup format: round trips', () => {
  it('writes the manifest, records, trailer and padding of design §5 and reads them back exactly', async () => {
    const batch = sampleBatch();
    const { file, logN } = await write(batch);
    expect(logN).toBe(TEST_LOG_N);
    const back = await read(file);
    expect(back.entries).toEqual(batch.entries);
    expect(back.docs).toEqual(batch.docs);
    expect(back.manifest).toEqual({ format: 'tend-backup', v: 1, created: NOW.toISOString(), app: 'tend 0.1.0', entries: 5, docs: 1 });
  });

  it('round-trips arbitrary entries and documents (fast-check), unicode included', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 200 });
    const time = fc.integer({ min: -8.64e15, max: 8.64e15 });
    const entryArb = fc.record(
      {
        id: fc.uuid(), title: text, body: text, created: time, updated: time,
        source: fc.record({ kind: fc.constantFrom('prompt', 'custom-prompt', 'template', 'tool', 'self-check'), id: text, label: text, theme: text }, { requiredKeys: ['kind', 'id', 'label'] }),
        sections: fc.array(fc.record({ id: text, label: text, text, checked: fc.array(text) }, { requiredKeys: ['id', 'label', 'text'] }), { maxLength: 3 }),
        checkin: fc.record({ mood: fc.option(fc.integer({ min: 1, max: 5 })), energy: fc.option(fc.integer({ min: 1, max: 5 })), stress: fc.option(fc.integer({ min: 1, max: 5 })) }),
        followUpAt: time, conflictOf: fc.uuid(),
      },
      { requiredKeys: ['id', 'title', 'body', 'created', 'updated'] },
    ) as fc.Arbitrary<Entry>;
    const clean = (v: unknown) => !JSON.stringify(v).match(/"(__proto__|constructor|prototype)":/);
    const docArb = fc.record({ id: fc.uuid(), type: fc.string({ minLength: 1 }), data: fc.jsonValue().filter(clean).map((v) => JSON.parse(JSON.stringify(v)) as unknown), updated: time }) as fc.Arbitrary<Doc>;
    await fc.assert(
      fc.asyncProperty(fc.array(entryArb, { maxLength: 6 }), fc.array(docArb, { maxLength: 3 }), async (entries, docs) => {
        const back = await read((await write({ entries, docs })).file);
        expect(back.entries).toEqual(entries);
        expect(back.docs).toEqual(docs);
      }),
      { numRuns: 60 },
    );
  });

  it('round-trips an empty journal and a 1 MiB entry; the padded size hides small differences', async () => {
    const empty = await write({ entries: [], docs: [] });
    expect(await read(empty.file)).toMatchObject({ entries: [], docs: [] });
    const small = await write(sampleBatch(1));
    expect(small.file.length).toBe(empty.file.length); // both padded to the 4096-byte floor
    const big: Entry = { id: 'big', title: 'Big', body: 'é'.repeat(512 * 1024), created: 1, updated: 1 };
    const back = await read((await write({ entries: [big], docs: [] })).file);
    expect(back.entries[0]!.body).toBe(big.body);
  });

  it('writes logN 18 by default, falls back to 17 when 18 cannot be allocated, never lower', async () => {
    const asked: number[] = [];
    const failing18: ScryptFn = async (p, s, logN) => {
      asked.push(logN);
      if (logN === 18) throw new RangeError('WebAssembly.Memory(): could not allocate memory');
      return new Uint8Array(32).fill(logN);
    };
    expect((await sealAge(enc.encode('x'), 'p', { scryptFn: failing18 })).logN).toBe(17);
    expect(asked).toEqual([18, 17]);
    asked.length = 0;
    const alwaysFails: ScryptFn = async (p, s, logN) => {
      asked.push(logN);
      throw new RangeError('no memory');
    };
    expect(await codeOf(sealAge(enc.encode('x'), 'p', { scryptFn: alwaysFails }))).toBe('write-failed');
    expect(asked).toEqual([18, 17]);
  });

  it('verifies after writing: a real logN 18 backup that the stock age CLI decrypts to the same JSON Lines', async () => {
    const batch = sampleBatch(3);
    const written = await writeVerifiedBackup(batch, BACKUP_PASS, 'tend 0.1.0', NOW);
    expect(written.logN).toBe(18);
    const header = new TextDecoder().decode(written.file.subarray(0, 120));
    expect(header).toMatch(/^age-encryption\.org\/v1\n-> scrypt [A-Za-z0-9+/]{22} 18\n/);
    const age = spawnSync('age', ['--version']);
    if (age.status !== 0) {
      if (process.env.CI) throw new Error('the age CLI must be installed in CI (.ci/run installs it)');
      console.warn('age CLI not installed: interop check skipped');
      return;
    }
    // age reads passphrases from the terminal only; `script` (util-linux) gives it a pty whose
    // input is our stdin. The plaintext goes to a file (-o), so the pty's echo never mixes in.
    const dir = mkdtempSync(join(tmpdir(), 'tend-age-'));
    writeFileSync(join(dir, 'b.age'), written.file);
    execFileSync('script', ['-qec', `age -d -o ${join(dir, 'out.jsonl')} ${join(dir, 'b.age')}`, '/dev/null'], { input: BACKUP_PASS + '\n', timeout: 30_000 });
    const lines = readFileSync(join(dir, 'out.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ format: 'tend-backup', v: 1, entries: 3, docs: 1 });
    expect(lines.slice(1, 4).map((l) => l.entry)).toEqual(batch.entries);
    expect(lines[4]!.doc).toEqual(batch.docs[0]);
    expect(lines[5]).toMatchObject({ end: true, entries: 3, docs: 1 });
  });
});

describe('backup format: every refusal has its own code', () => {
  it('wrong passphrase, not an age file, another recipient type, too large', async () => {
    const { file } = await write(sampleBatch());
    expect(await codeOf(read(file, 'not the passphrase'))).toBe('wrong-passphrase');
    expect(await codeOf(read(enc.encode('{"format":"tend-backup"}\n')))).toBe('not-age');
    expect(await codeOf(read(new Uint8Array(0)))).toBe('not-age');
    const e = new Encrypter();
    e.addRecipient(await identityToRecipient(await generateIdentity()));
    expect(await codeOf(read(await e.encrypt('hello')))).toBe('other-recipient');
    // The size is checked before a single byte is looked at (the UI also checks File.size first).
    const huge = { length: MAX_BACKUP_BYTES + 1 } as Uint8Array;
    expect(await codeOf(read(huge))).toBe('too-large');
  });

  it('refuses a work factor above 20 before deriving anything', async () => {
    const { file } = await write(sampleBatch());
    const text = new TextDecoder('latin1').decode(file);
    const calls: number[] = [];
    const spy: ScryptFn = async (p, s, n) => (calls.push(n), scryptWasm(p, s, n));
    for (const logN of ['21', '64', '99999999999999999999']) {
      const edited = Uint8Array.from(text.replace(/^(-> scrypt \S+ )4$/m, `$1${logN}`), (c) => c.charCodeAt(0));
      expect(await codeOf(read(edited, BACKUP_PASS, spy))).toBe('work-factor-too-high');
    }
    expect(calls).toEqual([]);
  });

  it('truncated (final chunk missing or cut short), trailing data, a flipped byte', async () => {
    const many = { entries: Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, title: '', body: 'x'.repeat(4000), created: i, updated: i })), docs: [] };
    const { file } = await write(many);
    const headerEnd = file.indexOf(0x0a, new TextDecoder('latin1').decode(file).indexOf('\n--- ') + 1) + 1;
    const payloadStart = headerEnd + 16;
    expect(file.length - payloadStart).toBeGreaterThan(2 * 65552); // at least three chunks
    expect(await codeOf(read(file.subarray(0, payloadStart + 2 * 65552)))).toBe('truncated'); // at a chunk boundary
    expect(await codeOf(read(file.subarray(0, file.length - 100)))).toBe('truncated');
    expect(await codeOf(read(file.subarray(0, headerEnd + 5)))).toBe('truncated');
    expect(await codeOf(read(file.subarray(0, 40)))).toBe('truncated');
    const small = (await write(sampleBatch())).file;
    for (const extra of [1, 17, 300, 70_000]) {
      const longer = new Uint8Array(small.length + extra);
      longer.set(small);
      expect(await codeOf(read(longer)), `${extra} extra bytes`).toBe('trailing-data');
    }
    for (const at of [payloadStart + 10, file.length - 1, headerEnd - 3]) {
      const flipped = file.slice();
      flipped[at]! ^= 0x04;
      expect(await codeOf(read(flipped)), `flip at ${at}`).toBe('damaged');
    }
  });

  it('a newer format version, not a Tend backup, count and SHA-256 mismatches, bad padding', async () => {
    const ok = [manifest(), entryLine()];
    expect((await read(await sealPlain(plaintext(ok)))).entries).toHaveLength(1);
    expect(await codeOf(read(await sealPlain(plaintext([manifest({ v: 2, extra: 'new' }), entryLine()]))))).toBe('newer-version');
    expect(await codeOf(read(await sealPlain(enc.encode('just some text in an age file\n'))))).toBe('not-tend-backup');
    expect(await codeOf(read(await sealPlain(plaintext([manifest({ format: 'other' }), entryLine()]))))).toBe('not-tend-backup');
    expect(await codeOf(read(await sealPlain(plaintext([manifest({ entries: 2 }), entryLine()]))))).toBe('count-mismatch');
    const lyingTrailer = (sha: string) => JSON.stringify({ end: true, entries: 2, docs: 0, sha256: sha });
    expect(await codeOf(read(await sealPlain(plaintext(ok, lyingTrailer))))).toBe('count-mismatch');
    const badSha = () => JSON.stringify({ end: true, entries: 1, docs: 0, sha256: '00'.repeat(32) });
    expect(await codeOf(read(await sealPlain(plaintext(ok, badSha))))).toBe('checksum-mismatch');
    expect(await codeOf(read(await sealPlain(plaintext(ok, undefined, 0x00))))).toBe('bad-padding');
    const short = plaintext(ok).subarray(0, 4000);
    expect(await codeOf(read(await sealPlain(short)))).toBe('bad-padding');
  });

  it('malformed records, and no prototype pollution from __proto__, constructor or prototype keys', async () => {
    const cases = [
      entryLine({ extra: 1 }),
      entryLine({ created: 'yesterday' }),
      entryLine({ checkin: { mood: 9, energy: null, stress: null } }),
      '{"entry":{"id":"e1","title":"t","body":"b","created":1,"updated":2,"__proto__":{"polluted":true}}}',
      '{"entry":{"id":"e1","title":"t","body":"b","created":1,"updated":2,"source":{"kind":"prompt","id":"p","label":"l","constructor":{"prototype":{"polluted":true}}}}}',
      '{"__proto__":{"polluted":true}}',
      '{"entry":{"id":"e1"',
      JSON.stringify({ entry: { id: 'e1', title: 't', body: 'b', created: 1, updated: 2 }, doc: {} }),
    ];
    for (const line of cases) expect(await codeOf(read(await sealPlain(plaintext([manifest(), line])))), line).toBe('malformed-record');
    const docLine = '{"doc":{"id":"d","type":"t","data":{"a":{"__proto__":{"polluted":true}}},"updated":1}}';
    expect(await codeOf(read(await sealPlain(plaintext([manifest({ entries: 0, docs: 1 }), docLine], (sha) => JSON.stringify({ end: true, entries: 0, docs: 1, sha256: sha })))))).toBe('malformed-record');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // The writer refuses such keys too, so verify-after-write can never be the first to notice.
    const hostile = JSON.parse('{"id":"d","type":"t","data":{"__proto__":1},"updated":1}') as Doc;
    expect(await codeOf(write({ entries: [], docs: [hostile] }))).toBe('malformed-record');
  });
});
