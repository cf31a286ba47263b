import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_PROMPTS, followUpFor, recheckStatus, SUBSCALE_GUIDANCE } from '../../src/content/proqol/guidance';
import {
  PROQOL_BANDS,
  PROQOL_COPYRIGHT,
  PROQOL_INSTRUCTIONS,
  PROQOL_ITEMS,
  PROQOL_REVERSE_SCORED,
  PROQOL_SCALE,
  PROQOL_SUBSCALES,
} from '../../src/content/proqol/instrument';
import { bandFor, checkAnswers, itemScore, parseProqolRecord, scoreProqol } from '../../src/content/proqol/scoring';
import { ALL_SOURCES } from '../../src/content/sources';
import { SELF_CHECK_SOURCES } from '../../src/content/sources/self-check';

/**
 * ProQOL 5: the text must be the instrument's, word for word (its terms allow no change but
 * the placeholder substitution), and scoring must match sums worked out by hand.
 */
interface SourceJson {
  instructions: string;
  copyright: string;
  scale: Record<string, string>;
  items: { n: number; text: string }[];
  subscales: { compassion_satisfaction: number[]; burnout: number[]; secondary_traumatic_stress: number[] };
  reverse_scored: number[];
  bands: { low_max: number; high_min: number };
}

const SOURCE_PATH = new URL('../../src/content/proqol/proqol5.source.json', import.meta.url);
const SHARED_PATH = '/work/shared/data/proqol5.json';
const source = JSON.parse(readFileSync(SOURCE_PATH, 'utf8')) as SourceJson;

/** The documented substitutions, done here independently of the app's code. */
function forTherapists(text: string): string {
  return text
    .replaceAll('[helper]', 'therapist')
    .replaceAll('[helping]', 'helping')
    .replaceAll('[helped]', 'helped')
    .replaceAll('[help]', 'help')
    .replaceAll('[work]', 'work');
}

describe('ProQOL 5 instrument text', () => {
  it('the vendored source is the shared data file, byte for byte (when the shared copy is present)', () => {
    if (existsSync(SHARED_PATH)) expect(readFileSync(SOURCE_PATH, 'utf8')).toBe(readFileSync(SHARED_PATH, 'utf8'));
    expect(source.items).toHaveLength(30);
  });

  it('has exactly 30 items, numbered 1-30 in order', () => {
    expect(PROQOL_ITEMS).toHaveLength(30);
    expect(PROQOL_ITEMS.map((i) => i.n)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('each item is the source text with only the documented placeholder substitutions', () => {
    source.items.forEach((item, i) => {
      expect(PROQOL_ITEMS[i]!.text, `item ${item.n}`).toBe(forTherapists(item.text));
    });
  });

  it('spot-checks the substitutions: [helper] becomes "therapist", other brackets lose only the brackets', () => {
    expect(PROQOL_ITEMS[9]!.text).toBe('I feel trapped by my job as a therapist.');
    expect(PROQOL_ITEMS[13]!.text).toBe('I feel as though I am experiencing the trauma of someone I have helped.');
    expect(PROQOL_ITEMS[20]!.text).toBe('I feel overwhelmed because my case work load seems endless.');
    expect(PROQOL_ITEMS[10]!.text).toBe('Because of my helping, I have felt "on edge" about various things.');
    for (const item of PROQOL_ITEMS) expect(item.text).not.toMatch(/[[\]]/);
  });

  it('instructions, scale and copyright line are as on the form', () => {
    expect(PROQOL_INSTRUCTIONS).toBe(forTherapists(source.instructions));
    expect(PROQOL_INSTRUCTIONS).toContain('as a therapist');
    expect(PROQOL_COPYRIGHT).toBe(source.copyright);
    expect(PROQOL_COPYRIGHT).toContain('www.proqol.org');
    expect(PROQOL_SCALE.map((p) => [String(p.value), p.label])).toEqual(Object.entries(source.scale));
  });

  it('the scoring key matches the source: subscales, reversed items, band limits', () => {
    expect(PROQOL_SUBSCALES.cs).toEqual(source.subscales.compassion_satisfaction);
    expect(PROQOL_SUBSCALES.bo).toEqual(source.subscales.burnout);
    expect(PROQOL_SUBSCALES.sts).toEqual(source.subscales.secondary_traumatic_stress);
    expect([...PROQOL_SUBSCALES.cs, ...PROQOL_SUBSCALES.bo, ...PROQOL_SUBSCALES.sts].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
    expect(PROQOL_REVERSE_SCORED).toEqual([1, 4, 15, 17, 29]);
    expect(PROQOL_REVERSE_SCORED).toEqual(source.reverse_scored);
    expect([PROQOL_BANDS.lowMax, PROQOL_BANDS.highMin]).toEqual([source.bands.low_max, source.bands.high_min]);
  });
});

/** 30 answers from a map of item number -> answer. */
function answersFrom(byItem: Record<number, number>): number[] {
  return Array.from({ length: 30 }, (_, i) => byItem[i + 1]!);
}

// Mixed set, worked out by hand:
//  CS  items 3,6,12,16,18,20,22,24,27,30 answered 4,4,5,4,3,4,5,4,3,5 = 41 (moderate, upper edge)
//  BO  items 1,4,8,10,15,17,19,21,26,29 answered 4,5,1,2,4,3,3,4,3,5;
//      reversed 1,4,15,17,29 -> 2,1,2,3,1; sum 2+1+1+2+2+3+3+4+3+1 = 22 (low, upper edge)
//  STS items 2,5,7,9,11,13,14,23,25,28 answered 2,1,3,2,2,1,2,1,1,2 = 17 (low)
const MIXED = answersFrom({
  3: 4, 6: 4, 12: 5, 16: 4, 18: 3, 20: 4, 22: 5, 24: 4, 27: 3, 30: 5,
  1: 4, 4: 5, 8: 1, 10: 2, 15: 4, 17: 3, 19: 3, 21: 4, 26: 3, 29: 5,
  2: 2, 5: 1, 7: 3, 9: 2, 11: 2, 13: 1, 14: 2, 23: 1, 25: 1, 28: 2,
});
// Second mixed set:
//  CS  all ten answered 4 = 40 (moderate)
//  BO  1:2->4, 4:2->4, 8:4, 10:4, 15:2->4, 17:2->4, 19:5, 21:5, 26:5, 29:4->2 = 41 (moderate)
//  STS 2:5, 5:4, 7:5, 9:5, 11:4, 13:4, 14:4, 23:4, 25:4, 28:3 = 42 (high, lower edge)
const STRAINED = answersFrom({
  3: 4, 6: 4, 12: 4, 16: 4, 18: 4, 20: 4, 22: 4, 24: 4, 27: 4, 30: 4,
  1: 2, 4: 2, 8: 4, 10: 4, 15: 2, 17: 2, 19: 5, 21: 5, 26: 5, 29: 4,
  2: 5, 5: 4, 7: 5, 9: 5, 11: 4, 13: 4, 14: 4, 23: 4, 25: 4, 28: 3,
});

const HAND_COMPUTED: { name: string; answers: number[]; cs: number; bo: number; sts: number; bands: [string, string, string] }[] = [
  // All 1s: CS 10; BO = five reversed items at 6-1=5 (25) + five plain at 1 (5) = 30; STS 10.
  { name: 'all 1s', answers: Array(30).fill(1), cs: 10, bo: 30, sts: 10, bands: ['low', 'moderate', 'low'] },
  // All 5s: CS 50; BO = five reversed at 6-5=1 (5) + five plain at 5 (25) = 30; STS 50.
  { name: 'all 5s', answers: Array(30).fill(5), cs: 50, bo: 30, sts: 50, bands: ['high', 'moderate', 'high'] },
  // All 3s: 3 reverses to 3, so every subscale is 30.
  { name: 'all 3s', answers: Array(30).fill(3), cs: 30, bo: 30, sts: 30, bands: ['moderate', 'moderate', 'moderate'] },
  { name: 'mixed', answers: MIXED, cs: 41, bo: 22, sts: 17, bands: ['moderate', 'low', 'low'] },
  { name: 'strained', answers: STRAINED, cs: 40, bo: 41, sts: 42, bands: ['moderate', 'moderate', 'high'] },
];

describe('ProQOL 5 scoring', () => {
  it.each(HAND_COMPUTED)('$name: sums and bands match the hand-computed table', ({ answers, cs, bo, sts, bands }) => {
    const result = scoreProqol(answers);
    expect(result).toEqual({ ok: true, scores: { cs, bo, sts }, bands: { cs: bands[0], bo: bands[1], sts: bands[2] } });
  });

  it('reverses items 1, 4, 15, 17 and 29 (6 minus the answer), and only those', () => {
    for (const n of [1, 4, 15, 17, 29]) {
      expect([1, 2, 3, 4, 5].map((a) => itemScore(n, a))).toEqual([5, 4, 3, 2, 1]);
    }
    for (const n of [2, 3, 8, 10, 19, 21, 26, 30]) {
      expect([1, 2, 3, 4, 5].map((a) => itemScore(n, a))).toEqual([1, 2, 3, 4, 5]);
    }
    // Changing only item 1 from 3 to 5 (reversed: 3 to 1) lowers burnout by 2 and touches nothing else.
    const base = Array(30).fill(3);
    const changed = [...base];
    changed[0] = 5;
    const a = scoreProqol(base);
    const b = scoreProqol(changed);
    if (!a.ok || !b.ok) throw new Error('both sets are complete');
    expect(b.scores).toEqual({ cs: a.scores.cs, bo: a.scores.bo - 2, sts: a.scores.sts });
  });

  it('bands at the limits: 22 low, 23 moderate, 41 moderate, 42 high', () => {
    expect([10, 22, 23, 41, 42, 50].map(bandFor)).toEqual(['low', 'low', 'moderate', 'moderate', 'high', 'high']);
  });

  it('refuses missing answers and says which items', () => {
    const withGaps: (number | null | undefined)[] = Array(30).fill(3);
    withGaps[3] = null;
    withGaps[16] = undefined;
    expect(scoreProqol(withGaps)).toEqual({ ok: false, error: { code: 'missing', items: [4, 17] } });
    expect(scoreProqol(Array(30).fill(null))).toMatchObject({ ok: false, error: { code: 'missing' } });
    // A sparse array: holes are missing answers too.
    const sparse = new Array<number>(30);
    sparse[0] = 2;
    const result = scoreProqol(sparse);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.items).toEqual(Array.from({ length: 29 }, (_, i) => i + 2));
  });

  it('refuses out-of-range answers and the wrong number of answers', () => {
    for (const bad of [0, 6, 2.5, Number.NaN, -1, '3', true]) {
      const answers: unknown[] = Array(30).fill(3);
      answers[29] = bad;
      expect(scoreProqol(answers), String(bad)).toEqual({ ok: false, error: { code: 'out-of-range', items: [30] } });
    }
    expect(scoreProqol(Array(29).fill(3))).toEqual({ ok: false, error: { code: 'wrong-count', items: [] } });
    expect(scoreProqol(Array(31).fill(3))).toEqual({ ok: false, error: { code: 'wrong-count', items: [] } });
    expect(checkAnswers(MIXED)).toBeNull();
  });

  it('reads back a stored result only when its sums agree with its answers', () => {
    const good = { at: 1_700_000_000_000, answers: MIXED, scores: { cs: 41, bo: 22, sts: 17 } };
    expect(parseProqolRecord(good)).toEqual(good);
    expect(parseProqolRecord({ ...good, scores: { cs: 41, bo: 23, sts: 17 } })).toBeNull();
    expect(parseProqolRecord({ ...good, answers: MIXED.slice(1) })).toBeNull();
    expect(parseProqolRecord({ ...good, at: 'yesterday' })).toBeNull();
    expect(parseProqolRecord(null)).toBeNull();
    expect(parseProqolRecord('x')).toBeNull();
  });
});

describe('ProQOL guidance', () => {
  it('chooses the follow-up prompt from the result, most pressing first', () => {
    expect(followUpFor({ cs: 40, bo: 41, sts: 42 }).id).toBe('proqol-followup-sts-high');
    expect(followUpFor({ cs: 15, bo: 45, sts: 42 }).id).toBe('proqol-followup-sts-high');
    expect(followUpFor({ cs: 15, bo: 42, sts: 30 }).id).toBe('proqol-followup-bo-high');
    expect(followUpFor({ cs: 22, bo: 30, sts: 30 }).id).toBe('proqol-followup-cs-low');
    expect(followUpFor({ cs: 42, bo: 20, sts: 20 }).id).toBe('proqol-followup-sustaining');
    expect(followUpFor({ cs: 41, bo: 22, sts: 17 }).id).toBe('proqol-followup-balance');
    expect(followUpFor({ cs: 40, bo: 41, sts: 42 }).theme).toBe('vicarious-trauma');
  });

  it('every prompt has a unique stable id, a theme, text and follow-up questions', () => {
    const ids = FOLLOW_UP_PROMPTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of FOLLOW_UP_PROMPTS) {
      expect(p.id).toMatch(/^proqol-followup-[a-z-]+$/);
      expect(p.text.length).toBeGreaterThan(40);
      expect(p.followUps.length).toBeGreaterThan(0);
    }
    for (const g of Object.values(SUBSCALE_GUIDANCE)) {
      expect(Object.keys(g.bands).sort()).toEqual(['high', 'low', 'moderate']);
      // Never diagnostic.
      expect(JSON.stringify(g)).not.toMatch(/diagnos|disorder/i);
    }
  });

  it('reminds when never taken or over 30 days ago', () => {
    const day = 24 * 60 * 60 * 1000;
    const now = Date.UTC(2025, 5, 15, 12);
    expect(recheckStatus(null, now)).toEqual({ kind: 'never' });
    expect(recheckStatus(now - 2 * 60 * 60 * 1000, now)).toEqual({ kind: 'recent', days: 0 });
    expect(recheckStatus(now - 30 * day, now)).toEqual({ kind: 'recent', days: 30 });
    expect(recheckStatus(now - 31 * day, now)).toEqual({ kind: 'due', days: 31 });
    expect(recheckStatus(now - 41 * day - 3600_000, now)).toEqual({ kind: 'due', days: 41 });
  });
});

describe('self-check sources', () => {
  it('cite the instrument and its manual, and a work other areas cite has the same id and details', () => {
    const ids = SELF_CHECK_SOURCES.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['stamm-2009-proqol5', 'stamm-2010-proqol-manual']));
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of SELF_CHECK_SOURCES) {
      for (const o of ALL_SOURCES.filter((x) => x.id === c.id)) expect(o, c.id).toEqual(c);
    }
  });
});
