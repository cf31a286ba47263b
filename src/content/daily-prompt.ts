/**
 * The daily prompt: pure and deterministic, so the same person sees the same prompt all
 * day on every device state, and nothing about the choice needs storing.
 *
 * Rotation: days are counted on the LOCAL calendar (a therapist's "today" starts at their
 * midnight, not UTC's) from a fixed epoch. Day d of a library of n prompts is position
 * d mod n of cycle floor(d / n). Each cycle is a seeded permutation of the library (sorted by
 * id first, so the order of the source file does not matter), seeded by the cycle number and
 * a per-vault random seed, so every prompt comes once before any comes twice, each cycle
 * has a new order, and two people do not walk the library in step.
 *
 * Recency: a prompt answered (an entry with source.kind 'prompt' and its id) on any of the
 * 30 days before today is skipped; the next position of the same cycle is taken instead.
 * Answers written today do not count for today, so the prompt someone has just answered
 * stays "today's prompt" until midnight instead of jumping away under them. When every
 * prompt was answered recently, the one answered longest ago is offered.
 *
 * Adding prompts to the library changes n, which re-deals the rotation from that day on;
 * that is fine (nothing is stored about past days, and the recency rule still keeps
 * recently answered prompts away).
 */
import type { Prompt } from './types';

/** A prompt answered within this many days (before today) is skipped. */
export const RECENT_DAYS = 30;

/** Day 0 of the rotation, as a local calendar date. Changing it reshuffles everyone: never do. */
export const ROTATION_EPOCH = '2024-01-01';

const DAY_MS = 86_400_000;

/** The least an entry needs for the rotation to know what it answered and when. */
export interface AnsweredEntry {
  created: number;
  source?: { kind: string; id: string };
}

/** Today's date on the local calendar as `YYYY-MM-DD` (the key the rotation runs on). */
export function localDateKey(now: Date): string {
  const y = String(now.getFullYear()).padStart(4, '0');
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Whole calendar days from the epoch to a `YYYY-MM-DD` date (DST-proof: counted in UTC). */
export function dayNumber(dateKey: string): number {
  return Math.round((dateMs(dateKey) - dateMs(ROTATION_EPOCH)) / DAY_MS);
}

function dateMs(dateKey: string): number {
  const [y, m, d] = dateKey.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Calendar days between the local dates of two instants (0 = same local day). */
export function daysBetween(earlier: number, later: number): number {
  return dayNumber(localDateKey(new Date(later))) - dayNumber(localDateKey(new Date(earlier)));
}

/** mulberry32: a tiny, well-mixed 32-bit PRNG; enough for shuffling, never for secrets. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One 32-bit seed from the vault's seed and a cycle number (splitmix32 finaliser). */
function cycleSeed(vaultSeed: number, cycle: number): number {
  let z = (vaultSeed ^ Math.imul(cycle + 1, 0x9e3779b9)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** The library's order in one cycle: a Fisher-Yates shuffle seeded by vault seed and cycle. */
export function cycleOrder<T extends { id: string }>(prompts: readonly T[], vaultSeed: number, cycle: number): T[] {
  const order = [...prompts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const random = mulberry32(cycleSeed(vaultSeed, cycle));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as T, order[i] as T];
  }
  return order;
}

/** For each id answered (of the given source kind), the `created` time of its latest answer. */
export function lastAnswered(entries: readonly AnsweredEntry[], kind = 'prompt'): Map<string, number> {
  const latest = new Map<string, number>();
  for (const e of entries) {
    if (e.source?.kind !== kind) continue;
    const seen = latest.get(e.source.id);
    if (seen === undefined || e.created > seen) latest.set(e.source.id, e.created);
  }
  return latest;
}

/** What the daily choice depends on: the library, the vault's seed, now, and what was answered. */
export interface DailyInput {
  prompts: readonly Prompt[];
  seed: number;
  now: Date;
  /** From `lastAnswered(entries)`. */
  answered: ReadonlyMap<string, number>;
}

/** Answered on one of the RECENT_DAYS days before today (today's own answers excluded). */
function answeredBeforeToday(id: string, input: DailyInput): boolean {
  const at = input.answered.get(id);
  if (at === undefined) return false;
  const days = daysBetween(at, input.now.getTime());
  return days >= 1 && days <= RECENT_DAYS;
}

/** Today's prompt, or undefined for an empty library. Same inputs, same day: same prompt. */
export function dailyPrompt(input: DailyInput): Prompt | undefined {
  const n = input.prompts.length;
  if (n === 0) return undefined;
  const day = dayNumber(localDateKey(input.now));
  const cycle = Math.floor(day / n);
  const start = day - cycle * n;
  const order = cycleOrder(input.prompts, input.seed, cycle);
  const walk = order.map((_, k) => order[(start + k) % n] as Prompt);
  const fresh = walk.find((p) => !answeredBeforeToday(p.id, input));
  if (fresh) return fresh;
  // Everything was answered recently: the one answered longest ago (ties: rotation order).
  return walk.reduce((best, p) => ((input.answered.get(p.id) ?? 0) < (input.answered.get(best.id) ?? 0) ? p : best));
}

/** What a shuffle avoids besides recent answers: today's prompt and whatever is on screen. */
export interface ShuffleInput extends DailyInput {
  exclude?: readonly string[];
  /** Defaults to Math.random (a shuffle need not be reproducible). */
  random?: () => number;
}

/**
 * "Another prompt": a random one not answered in the last RECENT_DAYS days (today included),
 * never today's prompt nor an excluded one. Falls back to any other prompt when every
 * prompt was answered recently; undefined only when there is no other prompt at all.
 */
export function shufflePrompt(input: ShuffleInput): Prompt | undefined {
  const today = dailyPrompt(input);
  const skip = new Set([...(input.exclude ?? []), ...(today ? [today.id] : [])]);
  const others = input.prompts.filter((p) => !skip.has(p.id));
  const fresh = others.filter((p) => !answeredRecently(input.answered.get(p.id), input.now));
  const pool = fresh.length > 0 ? fresh : others;
  if (pool.length === 0) return undefined;
  const random = input.random ?? Math.random;
  return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))];
}

/** True when an answer at `at` is within RECENT_DAYS days of now (today included). */
export function answeredRecently(at: number | undefined, now: Date): boolean {
  return at !== undefined && daysBetween(at, now.getTime()) <= RECENT_DAYS;
}

/** "today", "yesterday", "N days ago": when a prompt was last answered, for its note. */
export function answeredAgo(at: number, now: Date): string {
  const days = daysBetween(at, now.getTime());
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}
