/**
 * ProQOL 5 scoring (pure): reverse the five positively worded burnout items, sum each
 * subscale (10 items, 10-50), and place each sum in its band. Answers that are missing or
 * not a whole number from 1 to 5 are refused with a typed error, never scored: a partial
 * sum would look like a real, reassuringly low score.
 */
import { PROQOL_BANDS, PROQOL_ITEMS, PROQOL_REVERSE_SCORED, PROQOL_SUBSCALES, type SubscaleId } from './instrument';

/** Where a subscale sum falls. */
export type Band = 'low' | 'moderate' | 'high';

/** The three subscale sums, each 10-50. */
export type ProqolScores = Record<SubscaleId, number>;

/** Why a set of answers could not be scored; `items` are the 1-based item numbers at fault. */
export interface ProqolAnswerError {
  code: 'wrong-count' | 'missing' | 'out-of-range';
  items: number[];
}

/** Scores with their bands, or the reason there are none. */
export type ProqolScoreResult =
  | { ok: true; scores: ProqolScores; bands: Record<SubscaleId, Band> }
  | { ok: false; error: ProqolAnswerError };

/** A stored self-check: when, the 30 raw answers (1-5, form order), and the sums. */
export interface ProqolRecord {
  at: number;
  answers: number[];
  scores: ProqolScores;
}

/** The number of items on the form. */
export const PROQOL_ITEM_COUNT = PROQOL_ITEMS.length;

const SUBSCALE_IDS: readonly SubscaleId[] = ['cs', 'bo', 'sts'];

/** A valid answer: a whole number from 1 to 5. */
function isAnswer(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** The band of a subscale sum: low at or below 22, high at or above 42, moderate between. */
export function bandFor(sum: number): Band {
  if (sum <= PROQOL_BANDS.lowMax) return 'low';
  if (sum >= PROQOL_BANDS.highMin) return 'high';
  return 'moderate';
}

/** The value an answer contributes to its subscale (6 minus it for the reversed items). */
export function itemScore(itemNumber: number, answer: number): number {
  return PROQOL_REVERSE_SCORED.includes(itemNumber) ? 6 - answer : answer;
}

/** Item numbers (1-based) with no answer yet (null, undefined or a hole in the array). */
export function unansweredItems(answers: readonly unknown[]): number[] {
  const missing: number[] = [];
  for (let i = 0; i < PROQOL_ITEM_COUNT; i++) {
    if (answers[i] === null || answers[i] === undefined) missing.push(i + 1);
  }
  return missing;
}

/** The first reason these answers cannot be scored, or null when they can. */
export function checkAnswers(answers: readonly unknown[]): ProqolAnswerError | null {
  if (answers.length !== PROQOL_ITEM_COUNT) {
    return { code: 'wrong-count', items: [] };
  }
  const invalid: number[] = [];
  for (let i = 0; i < PROQOL_ITEM_COUNT; i++) {
    const a = answers[i];
    if (a !== null && a !== undefined && !isAnswer(a)) invalid.push(i + 1);
  }
  if (invalid.length > 0) return { code: 'out-of-range', items: invalid };
  const missing = unansweredItems(answers);
  return missing.length > 0 ? { code: 'missing', items: missing } : null;
}

/** Scores 30 answers (form order); refuses anything missing or out of range. */
export function scoreProqol(answers: readonly unknown[]): ProqolScoreResult {
  const error = checkAnswers(answers);
  if (error) return { ok: false, error };
  const values = answers as readonly number[];
  const scores = { cs: 0, bo: 0, sts: 0 };
  for (const id of SUBSCALE_IDS) {
    for (const n of PROQOL_SUBSCALES[id]) scores[id] += itemScore(n, values[n - 1]!);
  }
  const bands = { cs: bandFor(scores.cs), bo: bandFor(scores.bo), sts: bandFor(scores.sts) };
  return { ok: true, scores, bands };
}

/**
 * A stored result read back, or null when it is not one we can trust. The answers are
 * scored again and must agree with the stored sums, so a damaged or foreign document is
 * never charted as if it were a real result.
 */
export function parseProqolRecord(data: unknown): ProqolRecord | null {
  if (typeof data !== 'object' || data === null) return null;
  const { at, answers, scores } = data as Partial<Record<keyof ProqolRecord, unknown>>;
  if (typeof at !== 'number' || !Number.isFinite(at) || !Array.isArray(answers)) return null;
  const result = scoreProqol(answers);
  if (!result.ok || typeof scores !== 'object' || scores === null) return null;
  const stored = scores as Record<string, unknown>;
  if (SUBSCALE_IDS.some((id) => stored[id] !== result.scores[id])) return null;
  return { at, answers: [...(answers as number[])], scores: result.scores };
}
