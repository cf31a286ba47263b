import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answeredAgo,
  answeredRecently,
  cycleOrder,
  dailyPrompt,
  dayNumber,
  daysBetween,
  lastAnswered,
  localDateKey,
  mulberry32,
  RECENT_DAYS,
  shufflePrompt,
  type DailyInput,
} from '../../src/content/daily-prompt';
import type { Prompt, ThemeId } from '../../src/content/types';

/**
 * The daily rotation against a small library of our own (the real one is tested for its
 * content elsewhere). Dates are built as LOCAL Date objects in a zone far from UTC, so a
 * rotation that used UTC dates would fail here rather than only near midnight in production.
 */
const THEMES: ThemeId[] = ['boundaries', 'ethics', 'self-awareness'];
const LIBRARY: Prompt[] = Array.from({ length: 12 }, (_, i) => ({
  id: `t-${String(i).padStart(2, '0')}`,
  theme: THEMES[i % THEMES.length] as ThemeId,
  text: `Test prompt number ${i}`,
}));
const N = LIBRARY.length;
const SEED = 0x5eed1234;

let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  // UTC+13 in January, +12 in July: local midnight is the previous day in UTC.
  process.env.TZ = 'Pacific/Auckland';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

/** Local noon on the given local calendar day (months 0-based, days may overflow). */
function local(y: number, m: number, d: number, h = 12, min = 0): Date {
  return new Date(y, m, d, h, min);
}

function input(now: Date, answered: Map<string, number> = new Map(), seed = SEED): DailyInput {
  return { prompts: LIBRARY, seed, now, answered };
}

/** A local date (noon) whose day number starts a cycle of the test library. */
function cycleStartDate(): Date {
  for (let d = 1; ; d++) {
    const date = local(2025, 0, d);
    if (dayNumber(localDateKey(date)) % N === 0) return date;
  }
}

/** The ids of N consecutive days' prompts starting at `start`. */
function daysOfPrompts(start: Date, count: number, seed = SEED): string[] {
  return Array.from({ length: count }, (_, k) => {
    const day = local(start.getFullYear(), start.getMonth(), start.getDate() + k);
    return dailyPrompt(input(day, new Map(), seed))?.id ?? 'none';
  });
}

describe('local dates', () => {
  it('uses the local calendar, not UTC', () => {
    const justAfterMidnight = local(2025, 2, 10, 0, 5);
    expect(justAfterMidnight.toISOString().slice(0, 10)).toBe('2025-03-09'); // the zone really is ahead of UTC
    expect(localDateKey(justAfterMidnight)).toBe('2025-03-10');
  });

  it('counts calendar days, across a daylight-saving change too', () => {
    expect(dayNumber('2024-01-01')).toBe(0);
    expect(dayNumber('2024-03-01')).toBe(60); // 2024 is a leap year
    // Auckland leaves DST on 6 April 2025: a 25-hour day in between.
    expect(daysBetween(local(2025, 3, 5, 23, 30).getTime(), local(2025, 3, 7, 0, 30).getTime())).toBe(2);
    expect(daysBetween(local(2025, 3, 5, 0, 1).getTime(), local(2025, 3, 5, 23, 59).getTime())).toBe(0);
  });
});

describe('the daily prompt', () => {
  it('is the same all day on the same local date', () => {
    const morning = dailyPrompt(input(local(2025, 4, 20, 0, 1)));
    const evening = dailyPrompt(input(local(2025, 4, 20, 23, 59)));
    expect(morning).toBeDefined();
    expect(evening?.id).toBe(morning?.id);
  });

  it('changes at local midnight: a time just after midnight gets the new day’s prompt', () => {
    const start = cycleStartDate();
    const [y, m, d] = [start.getFullYear(), start.getMonth(), start.getDate()];
    const lateEvening = dailyPrompt(input(local(y, m, d + 3, 23, 59)));
    const justAfter = dailyPrompt(input(local(y, m, d + 4, 0, 1)));
    const nextNoon = dailyPrompt(input(local(y, m, d + 4, 12)));
    expect(justAfter?.id).toBe(nextNoon?.id);
    expect(justAfter?.id).not.toBe(lateEvening?.id);
  });

  it('visits every prompt exactly once over a cycle, then again in a different order', () => {
    const start = cycleStartDate();
    const both = daysOfPrompts(start, 2 * N);
    const first = both.slice(0, N);
    const second = both.slice(N);
    expect([...first].sort()).toEqual(LIBRARY.map((p) => p.id));
    expect([...second].sort()).toEqual(LIBRARY.map((p) => p.id));
    expect(second).not.toEqual(first);
  });

  it('walks a different order for a different vault seed', () => {
    const start = cycleStartDate();
    const mine = daysOfPrompts(start, N, 1);
    const theirs = daysOfPrompts(start, N, 2);
    expect([...theirs].sort()).toEqual([...mine].sort());
    expect(theirs).not.toEqual(mine);
  });

  it('does not depend on the order of the library file', () => {
    const reversed = [...LIBRARY].reverse();
    expect(cycleOrder(reversed, SEED, 7).map((p) => p.id)).toEqual(cycleOrder(LIBRARY, SEED, 7).map((p) => p.id));
  });

  it('skips a prompt answered 30 days ago, not one answered 31 days ago, nor today', () => {
    const start = cycleStartDate();
    const [y, m, d] = [start.getFullYear(), start.getMonth(), start.getDate()];
    const today = local(y, m, d + 5, 9);
    const plain = dailyPrompt(input(today));
    const following = dailyPrompt(input(local(y, m, d + 6)));
    if (!plain || !following) throw new Error('empty library');
    const at = (days: number) => new Map([[plain.id, local(y, m, d + 5 - days, 20).getTime()]]);
    expect(dailyPrompt(input(today, at(RECENT_DAYS)))?.id).toBe(following.id);
    expect(dailyPrompt(input(today, at(1)))?.id).toBe(following.id);
    expect(dailyPrompt(input(today, at(RECENT_DAYS + 1)))?.id).toBe(plain.id);
    expect(dailyPrompt(input(today, at(0)))?.id).toBe(plain.id);
  });

  it('offers the prompt answered longest ago when every prompt was answered recently', () => {
    const today = local(2025, 6, 15);
    const answered = new Map(LIBRARY.map((p, i) => [p.id, local(2025, 6, 14 - (i % 10)).getTime()] as const));
    // t-09 was answered 10 days ago, the oldest of all (t-10 and t-11 repeat 1 and 2 days ago).
    expect(dailyPrompt(input(today, answered))?.id).toBe('t-09');
  });

  it('gives nothing for an empty library', () => {
    expect(dailyPrompt({ prompts: [], seed: 1, now: new Date(), answered: new Map() })).toBeUndefined();
  });
});

describe('shuffle', () => {
  // Built inside each test: describe bodies run before beforeAll has set the time zone.
  const today = () => local(2025, 8, 1);

  it('never picks today’s prompt, an excluded one, or one answered in the last 30 days', () => {
    const recent = new Map([
      ['t-01', local(2025, 8, 1, 8).getTime()], // this morning
      ['t-02', local(2025, 7, 2).getTime()], // 30 days before
    ]);
    const old = local(2025, 7, 1).getTime(); // 31 days before
    recent.set('t-03', old);
    const todays = dailyPrompt(input(today(), recent))?.id;
    const random = mulberry32(99);
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const p = shufflePrompt({ ...input(today(), recent), exclude: ['t-04'], random });
      seen.add(p?.id ?? 'none');
    }
    expect(seen.has(todays ?? '')).toBe(false);
    for (const id of ['t-01', 't-02', 't-04', 'none']) expect(seen.has(id)).toBe(false);
    expect(seen.has('t-03')).toBe(true);
    const allowed = LIBRARY.map((p) => p.id).filter((id) => !['t-01', 't-02', 't-04', todays].includes(id));
    expect([...seen].sort()).toEqual(allowed);
  });

  it('falls back to any other prompt when all were answered recently', () => {
    const answered = new Map(LIBRARY.map((p) => [p.id, today().getTime()] as const));
    const todays = dailyPrompt(input(today(), answered))?.id;
    const picks = new Set([0, 0.3, 0.6, 0.99].map((r) => shufflePrompt({ ...input(today(), answered), random: () => r })?.id));
    expect(picks.has(undefined)).toBe(false);
    expect(picks.has(todays)).toBe(false);
    expect(picks.size).toBe(4);
  });

  it('gives nothing when the only prompt is today’s', () => {
    const one = LIBRARY.slice(0, 1);
    expect(shufflePrompt({ prompts: one, seed: 1, now: today(), answered: new Map() })).toBeUndefined();
  });
});

describe('answer history', () => {
  it('keeps the latest answer per prompt, of the right kind only', () => {
    const latest = lastAnswered([
      { created: 100, source: { kind: 'prompt', id: 'a' } },
      { created: 300, source: { kind: 'prompt', id: 'a' } },
      { created: 200, source: { kind: 'prompt', id: 'a' } },
      { created: 900, source: { kind: 'custom-prompt', id: 'a' } },
      { created: 500, source: { kind: 'template', id: 'b' } },
      { created: 700 },
    ]);
    expect([...latest]).toEqual([['a', 300]]);
    expect([...lastAnswered([{ created: 900, source: { kind: 'custom-prompt', id: 'a' } }], 'custom-prompt')]).toEqual([['a', 900]]);
  });

  it('words how long ago, and what counts as recent', () => {
    const now = local(2025, 9, 10, 8);
    expect(answeredAgo(local(2025, 9, 10, 7).getTime(), now)).toBe('today');
    expect(answeredAgo(local(2025, 9, 9, 23).getTime(), now)).toBe('yesterday');
    expect(answeredAgo(local(2025, 9, 3).getTime(), now)).toBe('7 days ago');
    expect(answeredRecently(local(2025, 8, 10).getTime(), now)).toBe(true); // 30 days
    expect(answeredRecently(local(2025, 8, 9).getTime(), now)).toBe(false); // 31 days
    expect(answeredRecently(undefined, now)).toBe(false);
  });

  it('mulberry32 is deterministic and spreads over [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.filter((x) => x < 0.5).length).toBeGreaterThan(400);
    expect(xs.filter((x) => x < 0.5).length).toBeLessThan(600);
  });
});
