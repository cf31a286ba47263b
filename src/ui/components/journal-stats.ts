/**
 * What Look back and Insights count, as pure functions of the entries' summaries (already
 * decrypted, in memory) and "today" passed in: days written, runs of days, "on this day",
 * entries per week, and the most used themes and tags. Every day is a local calendar day
 * (see local-days.ts), so an entry written at 23:30 counts on the day it was written.
 */
import { addDays, dayKey, dayKeyOf, dayParts, dayStart, isLeapYear, weekStart, type DayKey, type YearMonth } from './local-days';

/** The little of an entry these counts need (an EntrySummary fits). */
export interface DatedEntry {
  created: number;
  checkin?: { mood: number | null };
}

/** One day's entries, as the calendar shows them. */
export interface DaySummary {
  count: number;
  /** The average mood of the day's check-ins that answered it, to one decimal; null: none did. */
  mood: number | null;
}

/** Every day that has entries, with how many and their average mood. */
export function summariseDays(entries: readonly DatedEntry[]): Map<DayKey, DaySummary> {
  // Keyed by the number yyyymmdd while counting (cheaper than a string per entry).
  const sums = new Map<number, { count: number; moodSum: number; moods: number }>();
  for (const e of entries) {
    const d = new Date(e.created);
    const key = d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
    const s = sums.get(key) ?? { count: 0, moodSum: 0, moods: 0 };
    s.count++;
    const mood = e.checkin?.mood;
    if (typeof mood === 'number') {
      s.moodSum += mood;
      s.moods++;
    }
    sums.set(key, s);
  }
  const days = new Map<DayKey, DaySummary>();
  for (const [key, s] of sums) {
    days.set(dayKeyOf(Math.floor(key / 10000), Math.floor(key / 100) % 100, key % 100), { count: s.count, mood: s.moods === 0 ? null : Math.round((s.moodSum / s.moods) * 10) / 10 });
  }
  return days;
}

/** The entries of one local day, in the order given (compared as a time range: no date per entry). */
export function entriesOn<T extends DatedEntry>(entries: readonly T[], day: DayKey): T[] {
  const start = dayStart(day);
  const end = dayStart(addDays(day, 1));
  return entries.filter((e) => e.created >= start && e.created < end);
}

/** How many different days of a month have at least one entry. */
export function daysWrittenIn(days: ReadonlyMap<DayKey, unknown>, ym: YearMonth): number {
  const prefix = dayKeyOf(ym.year, ym.month, 1).slice(0, 8);
  let n = 0;
  for (const key of days.keys()) if (key.startsWith(prefix)) n++;
  return n;
}

/** A run of consecutive days with entries that is still going: it ends today, or yesterday. */
export interface CurrentRun {
  days: number;
  /** True when today has an entry (else the run ends yesterday and today can still join it). */
  includesToday: boolean;
}

/**
 * The run of consecutive written days up to today. A day without an entry yet does not end
 * the run until it is over, so at breakfast yesterday's run still counts. Zero when neither
 * today nor yesterday has an entry (and then the app says nothing about runs at all).
 */
export function currentRun(days: ReadonlyMap<DayKey, unknown>, today: DayKey): CurrentRun {
  const includesToday = days.has(today);
  let day = includesToday ? today : addDays(today, -1);
  let n = 0;
  while (days.has(day)) {
    n++;
    day = addDays(day, -1);
  }
  return { days: n, includesToday: includesToday && n > 0 };
}

/**
 * Entries written on today's month and day in earlier years, newest first. On 28 February of
 * a year without a 29th, entries from 29 February of leap years are included, so they still
 * come round every year; on a 29th they appear on that day.
 */
export function onThisDay<T extends DatedEntry>(entries: readonly T[], today: DayKey): T[] {
  const { year, month, day } = dayParts(today);
  const leapDayToo = month === 2 && day === 28 && !isLeapYear(year);
  const found = entries.filter((e) => {
    const d = new Date(e.created);
    if (d.getMonth() + 1 !== month || d.getFullYear() >= year) return false;
    return d.getDate() === day || (leapDayToo && d.getDate() === 29);
  });
  return found.sort((a, b) => b.created - a.created);
}

/** One week's count: the week's first day and how many entries fall in it. */
export interface WeekCount {
  start: DayKey;
  count: number;
}

/**
 * Entries per week for the `weeks` weeks up to and including today's, oldest first, weeks
 * starting on `firstDay` (0 = Sunday). Weeks with nothing are there with 0, so gaps show.
 */
export function entriesPerWeek(entries: readonly DatedEntry[], today: DayKey, weeks: number, firstDay: number): WeekCount[] {
  const thisWeek = weekStart(today, firstDay);
  const starts: DayKey[] = [];
  for (let i = weeks - 1; i >= 0; i--) starts.push(addDays(thisWeek, -7 * i));
  // Each week as a time range (its first moment up to the next week's): no date per entry.
  const bounds = [...starts, addDays(thisWeek, 7)].map(dayStart);
  const counts = starts.map(() => 0);
  for (const e of entries) {
    if (e.created < bounds[0]! || e.created >= bounds[bounds.length - 1]!) continue;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bounds[mid]! <= e.created) lo = mid;
      else hi = mid - 1;
    }
    counts[lo]!++;
  }
  return starts.map((start, i) => ({ start, count: counts[i]! }));
}

/** A label and how often it occurs. */
export interface Tally {
  label: string;
  count: number;
}

/**
 * The most frequent labels, most used first (ties alphabetically), at most `limit`. Labels
 * differing only in case count as one, shown in their most used spelling (the first seen on a tie).
 */
export function mostUsed(labels: Iterable<string>, limit: number): Tally[] {
  const byKey = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const label of labels) {
    const key = label.toLocaleLowerCase();
    const t = byKey.get(key) ?? { count: 0, spellings: new Map<string, number>() };
    t.count++;
    t.spellings.set(label, (t.spellings.get(label) ?? 0) + 1);
    byKey.set(key, t);
  }
  const tallies = [...byKey.values()].map(({ count, spellings }) => {
    let label = '';
    let best = 0;
    for (const [spelling, n] of spellings) if (n > best) [label, best] = [spelling, n];
    return { label, count };
  });
  return tallies.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, limit);
}
