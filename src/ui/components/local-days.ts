/**
 * Calendar days in the reader's local time, as plain `YYYY-MM-DD` keys. Pure: no clock, no
 * DOM. Day arithmetic goes through `new Date(y, m, d, 12)` (local noon), never through
 * adding 86,400,000 ms, because a local day is 23 or 25 hours long when the clocks change.
 */

/** One local calendar day, e.g. "2025-03-30": sorts and compares as a string. */
export type DayKey = string;

/** A year and a month (1-12). */
export interface YearMonth {
  year: number;
  month: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The key of a day from its parts (month 1-12). */
export function dayKeyOf(year: number, month: number, day: number): DayKey {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The local day a moment falls on. */
export function dayKey(ms: number): DayKey {
  const d = new Date(ms);
  return dayKeyOf(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** A key's parts (month 1-12). */
export function dayParts(key: DayKey): { year: number; month: number; day: number } {
  const [y, m, d] = key.split('-').map(Number);
  return { year: y!, month: m!, day: d! };
}

/**
 * The first moment of a day (local midnight, or the first minute that exists when a clock
 * change skips midnight), so "on this day" is the range [dayStart(d), dayStart(next day)).
 */
export function dayStart(key: DayKey): number {
  const { year, month, day } = dayParts(key);
  return new Date(year, month - 1, day).getTime();
}

/** Local noon of a day: a moment safely inside it whatever the clocks do. */
export function dayNoon(key: DayKey): number {
  const { year, month, day } = dayParts(key);
  return new Date(year, month - 1, day, 12).getTime();
}

/** The day `n` calendar days after (or before, if negative) `key`. */
export function addDays(key: DayKey, n: number): DayKey {
  const { year, month, day } = dayParts(key);
  return dayKey(new Date(year, month - 1, day + n, 12).getTime());
}

/** True in a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** How many days a month has (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

/** The day of the week, 0 = Sunday … 6 = Saturday (as `Date.getDay`). */
export function weekdayOf(key: DayKey): number {
  return new Date(dayNoon(key)).getDay();
}

/** The month `n` months after (or before) `ym`. */
export function addMonths(ym: YearMonth, n: number): YearMonth {
  const index = ym.year * 12 + (ym.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The month a day is in. */
export function monthOf(key: DayKey): YearMonth {
  const { year, month } = dayParts(key);
  return { year, month };
}

/** The first day of the week that contains `key`, for weeks starting on `firstDay` (0 = Sunday). */
export function weekStart(key: DayKey, firstDay: number): DayKey {
  return addDays(key, -((weekdayOf(key) - firstDay + 7) % 7));
}

/**
 * A month as weeks of seven cells, each a day of the month or null (padding before the 1st
 * and after the last day), weeks starting on `firstDay` (0 = Sunday, 1 = Monday…).
 */
export function monthGrid(ym: YearMonth, firstDay: number): (DayKey | null)[][] {
  const first = dayKeyOf(ym.year, ym.month, 1);
  const lead = (weekdayOf(first) - firstDay + 7) % 7;
  const cells: (DayKey | null)[] = Array<DayKey | null>(lead).fill(null);
  for (let d = 1; d <= daysInMonth(ym.year, ym.month); d++) cells.push(dayKeyOf(ym.year, ym.month, d));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (DayKey | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/**
 * The locale's first day of the week (0 = Sunday … 6 = Saturday), from `Intl.Locale`'s week
 * information where the browser has it; Monday (ISO 8601) where it does not.
 */
export function firstDayOfWeek(locale?: string): number {
  try {
    const tag = locale ?? new Intl.DateTimeFormat().resolvedOptions().locale;
    const loc = new Intl.Locale(tag) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = loc.getWeekInfo?.() ?? loc.weekInfo;
    // Intl counts 1 = Monday … 7 = Sunday.
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay % 7;
  } catch {
    // An odd locale string: fall through to Monday.
  }
  return 1;
}
