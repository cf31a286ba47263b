import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/storage/schema';
import { canonicalJson } from '../../src/vault/canonical-json';
import { VaultError } from '../../src/vault/errors';
import { decodeRecord, encodeRecord } from '../../src/vault/record-codec';

/**
 * Mutation fuzzing of the record decoder (issue #7 item 8). Valid records (arbitrary
 * entries, unicode included) are mutated by bit flips, truncations, insertions, splices of
 * n/c from another valid record, and swapped id/kind/v/k fields. Every case either decodes
 * to exactly the original (only when the "mutation" left the record unchanged) or throws a
 * VaultError 'corrupt-record' / 'unsupported-version'; never another error, never another body.
 *
 * `npm test` runs 2,500 cases; `npm run fuzz` sets TEND_FUZZ_CASES (and optionally
 * TEND_FUZZ_SEED) for a long run.
 */
const CASES = Number(process.env.TEND_FUZZ_CASES ?? 2_500);
const SEED = Number(process.env.TEND_FUZZ_SEED ?? 20_251_125);

const KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + 3) & 0xff);
const KINDS = ['entry', 'doc', 'summary', 'prefs'];

const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 40 }));
const entryArb = fc.record({
  title: text,
  body: fc.oneof(text, fc.string({ unit: 'binary', minLength: 500, maxLength: 3000 })),
  created: fc.integer({ min: 0, max: 2 ** 42 }),
  updated: fc.integer({ min: 0, max: 2 ** 42 }),
  tags: fc.array(text, { maxLength: 4 }),
});
const validArb = fc.record({ id: fc.uuid(), kind: fc.constantFrom(...KINDS), body: entryArb });

type Field = 'n' | 'c';
const fieldArb = fc.constantFrom<Field>('n', 'c');
const strangeValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom<unknown>(0, 1, 2, -1, '1', 1n, null, undefined, true, NaN, Infinity, {}, [1]),
  fc.string({ maxLength: 8 }),
);

type Mutation =
  | { op: 'none' }
  | { op: 'bit flip'; field: Field; flips: { at: number; bit: number }[] }
  | { op: 'truncation'; field: Field; at: number }
  | { op: 'insertion'; field: Field; at: number; bytes: Uint8Array }
  | { op: 'splice'; field: Field; at: number; from: number; len: number }
  | { op: 'swap n/c'; which: 'n' | 'c' | 'both' }
  | { op: 'swap id/kind'; which: 'id' | 'kind' | 'both' | 'id<->kind' }
  | { op: 'set v/k'; field: 'v' | 'k'; value: unknown }
  | { op: 'retype'; field: Field; as: 'array' | 'buffer' | 'string' | 'missing' };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ op: 'none' as const }),
  fc.record({ op: fc.constant('bit flip' as const), field: fieldArb, flips: fc.array(fc.record({ at: fc.nat(), bit: fc.nat(7) }), { minLength: 1, maxLength: 4 }) }),
  fc.record({ op: fc.constant('truncation' as const), field: fieldArb, at: fc.nat() }),
  fc.record({ op: fc.constant('insertion' as const), field: fieldArb, at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 40 }) }),
  fc.record({ op: fc.constant('splice' as const), field: fieldArb, at: fc.nat(), from: fc.nat(), len: fc.integer({ min: 1, max: 600 }) }),
  fc.record({ op: fc.constant('swap n/c' as const), which: fc.constantFrom('n' as const, 'c' as const, 'both' as const) }),
  fc.record({ op: fc.constant('swap id/kind' as const), which: fc.constantFrom('id' as const, 'kind' as const, 'both' as const, 'id<->kind' as const) }),
  fc.record({ op: fc.constant('set v/k' as const), field: fc.constantFrom('v' as const, 'k' as const), value: strangeValue }),
  fc.record({ op: fc.constant('retype' as const), field: fieldArb, as: fc.constantFrom('array' as const, 'buffer' as const, 'string' as const, 'missing' as const) }),
);

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
};

/** Applies `m` to `rec`; `other` is another valid record (other id, kind and body) to splice from. */
function mutate(rec: StoredRecord, other: StoredRecord, m: Mutation): StoredRecord {
  const out: StoredRecord = { ...rec, n: rec.n.slice(), c: rec.c.slice() };
  switch (m.op) {
    case 'none':
      return out;
    case 'bit flip':
      for (const f of m.flips) out[m.field][f.at % out[m.field].length]! ^= 1 << f.bit;
      return out;
    case 'truncation':
      out[m.field] = rec[m.field].slice(0, m.at % (rec[m.field].length + 1));
      return out;
    case 'insertion': {
      const at = m.at % (rec[m.field].length + 1);
      out[m.field] = concat(rec[m.field].subarray(0, at), m.bytes, rec[m.field].subarray(at));
      return out;
    }
    case 'splice': {
      const src = other[m.field];
      const at = m.at % (rec[m.field].length + 1);
      const from = m.from % src.length;
      out[m.field] = concat(rec[m.field].subarray(0, at), src.subarray(from, from + m.len), rec[m.field].subarray(Math.min(rec[m.field].length, at + m.len)));
      return out;
    }
    case 'swap n/c':
      if (m.which !== 'c') out.n = other.n.slice();
      if (m.which !== 'n') out.c = other.c.slice();
      return out;
    case 'swap id/kind':
      if (m.which === 'id<->kind') return { ...out, id: rec.kind, kind: rec.id };
      if (m.which !== 'kind') out.id = other.id;
      if (m.which !== 'id') out.kind = other.kind;
      return out;
    case 'set v/k':
      return { ...out, [m.field]: m.value } as StoredRecord;
    case 'retype': {
      const bytes = rec[m.field];
      const value = { array: Array.from(bytes), buffer: bytes.slice().buffer, string: String.fromCharCode(...bytes), missing: undefined }[m.as];
      return { ...out, [m.field]: value } as unknown as StoredRecord;
    }
  }
}

const sameBytes = (a: unknown, b: Uint8Array) =>
  a instanceof Uint8Array && a.length === b.length && a.every((x, i) => x === b[i]);
/** True when the mutation left every field exactly as it was (e.g. truncation at the very end). */
const unchanged = (m: StoredRecord, r: StoredRecord) =>
  m.id === r.id && m.kind === r.kind && Object.is(m.v, r.v) && Object.is(m.k, r.k) && sameBytes(m.n, r.n) && sameBytes(m.c, r.c);

interface Report {
  cases: number;
  decoded: number;
  codes: Record<string, number>;
  ops: Record<string, number>;
  failures: string[];
}

function runRecordFuzz(cases: number, seed: number): Report {
  const report: Report = { cases: 0, decoded: 0, codes: {}, ops: {}, failures: [] };
  const property = fc.property(validArb, validArb, mutationArb, (a, b, m) => {
    report.cases++;
    report.ops[m.op] = (report.ops[m.op] ?? 0) + 1;
    const rec = encodeRecord(KEY, a.kind, a.id, a.body);
    const other = encodeRecord(KEY, b.kind, b.id, b.body);
    const mutated = mutate(rec, other, m);
    const same = unchanged(mutated, rec);
    let back: unknown;
    try {
      back = decodeRecord(KEY, mutated);
    } catch (err) {
      if (err instanceof VaultError && (err.code === 'corrupt-record' || err.code === 'unsupported-version')) {
        report.codes[err.code] = (report.codes[err.code] ?? 0) + 1;
        if (same) report.failures.push(`${m.op}: an unchanged record was refused (${err.code})`);
        return !same;
      }
      report.failures.push(`${m.op}: untyped ${String(err)}`);
      return false;
    }
    report.decoded++;
    if (!same) {
      report.failures.push(`${m.op}: a mutated record decoded (${JSON.stringify(back).slice(0, 80)})`);
      return false;
    }
    if (canonicalJson(back) !== canonicalJson(a.body)) {
      report.failures.push(`${m.op}: decoded to a different body`);
      return false;
    }
    return true;
  });
  const details = fc.check(property, { numRuns: cases, seed, endOnFailure: true });
  if (details.failed) report.failures.push(`counterexample (seed ${seed}, path ${details.counterexample ? details.counterexample.length : '?'}): ${fc.stringify(details.counterexample)}`);
  return report;
}

describe('record decoder mutation fuzzing', () => {
  it(`${CASES} mutated records: each decodes to exactly the original (unchanged only) or fails with corrupt-record / unsupported-version`, () => {
    const report = runRecordFuzz(CASES, SEED);
    console.log(`record fuzz: ${report.cases} cases run, ${report.decoded} decoded exactly, ${report.failures.length} failures`, report.codes, report.ops);
    expect(report.failures).toEqual([]);
    expect(report.cases).toBeGreaterThanOrEqual(CASES);
    // Every kind of mutation was exercised, and both refusal codes were seen.
    expect(Object.keys(report.ops).sort()).toEqual(['bit flip', 'insertion', 'none', 'retype', 'set v/k', 'splice', 'swap id/kind', 'swap n/c', 'truncation']);
    expect(report.codes['corrupt-record']).toBeGreaterThan(0);
    expect(report.codes['unsupported-version']).toBeGreaterThan(0);
    expect(report.decoded).toBeGreaterThan(0);
  }, 600_000);
});
