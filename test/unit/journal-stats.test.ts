import { afterEach, describe, expect, it } from 'vitest';
import {
  currentRun,
  daysWrittenIn,
  entriesOn,
  entriesPerWeek,
  mostUsed,
  onThisDay,
  summariseDays,
  type DatedEntry,
} from '../../src/ui/components/journal-stats';
import {
  addDays,
  addMonths,
  dayKey,
  dayKeyOf,
  daysInMonth,
  firstDayOfWeek,
  isLeapYear,
  monthGrid,
  weekStart,
} from '../../src/ui/components/local-days';

/**
 * Look back and Insights count local calendar days. Every case runs in a named time zone
 * (Node re-reads TZ when it is assigned) on fixed instants, so DST changes, year ends and
 * leap days are checked where they actually bite, whatever zone the test machine is in.
 */
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

/** Runs `fn` with the process in time zone `tz`. */
function inZone<T>(tz: string, fn: () => T): T {
  process.env.TZ = tz;
  return fn();
}

/** An entry at a local wall-clock time in the current zone (month 1-12). */
function at(y: number, m: number, d: number, h = 10, min = 0, mood: number | null = null): DatedEntry {
  return { created: new Date(y, m - 1, d, h, min).getTime(), checkin: { mood } };
}

describe('local days', () => {
  it('puts an instant on its local day, on both sides of a DST change and a year end', () => {
    inZone('Europe/London', () => {
      // Clocks go forward at 01:00 GMT on 30 March 2025: 23:30 UTC that evening is 00:30 BST on the 31st.
      expect(dayKey(Date.UTC(2025, 2, 29, 23, 30))).toBe('2025-03-29');
      expect(dayKey(Date.UTC(2025, 2, 30, 23, 30))).toBe('2025-03-31');
    });
    inZone('Pacific/Auckland', () => {
      // 11:30 UTC on 31 December is 00:30 on New Year's Day in Auckland (UTC+13).
      expect(dayKey(Date.UTC(2024, 11, 31, 11, 30))).toBe('2025-01-01');
    });
    inZone('America/New_York', () => {
      expect(dayKey(Date.UTC(2025, 0, 1, 3, 0))).toBe('2024-12-31');
    });
  });

  it('adds calendar days across DST changes (23- and 25-hour days) and year ends', () => {
    for (const tz of ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Auckland', 'UTC']) {
      inZone(tz, () => {
        expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
        expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
        expect(addDays('2025-10-26', 1)).toBe('2025-10-27');
        expect(addDays('2025-11-02', 1)).toBe('2025-11-03');
        expect(addDays('2025-04-06', -1)).toBe('2025-04-05');
        expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
        expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
        expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
        expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
        expect(addDays('2025-03-31', -35)).toBe('2025-02-24');
      });
    }
  });

  it('knows leap years, month lengths and month arithmetic', () => {
    expect([2024, 2025, 1900, 2000].map(isLeapYear)).toEqual([true, false, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(addMonths({ year: 2025, month: 12 }, 1)).toEqual({ year: 2026, month: 1 });
    expect(addMonths({ year: 2025, month: 1 }, -1)).toEqual({ year: 2024, month: 12 });
    expect(addMonths({ year: 2025, month: 3 }, -27)).toEqual({ year: 2022, month: 12 });
  });

  it('lays a month out in weeks from the locale’s first day', () => {
    inZone('America/New_York', () => {
      // 1 February 2026 is a Sunday: four full weeks when weeks start on Sunday, five from Monday.
      const sunday = monthGrid({ year: 2026, month: 2 }, 0);
      expect(sunday).toHaveLength(4);
      expect(sunday[0]![0]).toBe('2026-02-01');
      expect(sunday[3]![6]).toBe('2026-02-28');
      const monday = monthGrid({ year: 2026, month: 2 }, 1);
      expect(monday).toHaveLength(5);
      expect(monday[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
      expect(monday[4]).toEqual(['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', null]);
      // A leap February, weeks from Saturday.
      const leap = monthGrid({ year: 2024, month: 2 }, 6).flat().filter((d) => d !== null);
      expect(leap).toHaveLength(29);
      expect(leap.at(-1)).toBe('2024-02-29');
    });
    // March 2025 in London holds the DST change; every day appears exactly once.
    inZone('Europe/London', () => {
      const march = monthGrid({ year: 2025, month: 3 }, 1).flat().filter((d) => d !== null);
      expect(march).toEqual(Array.from({ length: 31 }, (_, i) => dayKeyOf(2025, 3, i + 1)));
    });
  });

  it('finds the start of a week', () => {
    inZone('Europe/London', () => {
      expect(weekStart('2025-03-30', 1)).toBe('2025-03-24'); // a Sunday, weeks from Monday
      expect(weekStart('2025-03-30', 0)).toBe('2025-03-30');
      expect(weekStart('2025-01-01', 1)).toBe('2024-12-30');
    });
  });

  it('reads the first day of the week from the locale, Monday when unknown', () => {
    expect(firstDayOfWeek('en-US')).toBe(0);
    expect(firstDayOfWeek('en-GB')).toBe(1);
    expect(firstDayOfWeek('not a locale!')).toBe(1);
  });
});

describe('journal counts', () => {
  it('summarises each local day: how many entries and their average mood', () => {
    inZone('Europe/London', () => {
      const days = summariseDays([at(2025, 3, 30, 0, 30, 4), at(2025, 3, 30, 23, 30, 3), at(2025, 3, 30, 12, 0), at(2025, 3, 31, 0, 10, 2)]);
      expect(days.get('2025-03-30')).toEqual({ count: 3, mood: 3.5 });
      expect(days.get('2025-03-31')).toEqual({ count: 1, mood: 2 });
      expect(summariseDays([at(2025, 1, 2)]).get('2025-01-02')).toEqual({ count: 1, mood: null });
      const one = [at(2025, 3, 30, 0, 30, 4), at(2025, 3, 30, 23, 30, 3), at(2025, 3, 31, 0, 10, 2)];
      expect(entriesOn(one, '2025-03-30')).toEqual(one.slice(0, 2));
    });
  });

  it('keeps each day whole where a clock change skips midnight (Santiago, 8 September 2024)', () => {
    inZone('America/Santiago', () => {
      // Clocks jump from 23:59:59 on the 7th to 01:00 on the 8th: the 8th starts at 01:00.
      const lateSaturday = at(2024, 9, 7, 23, 30);
      const earlySunday = at(2024, 9, 8, 1, 5);
      const lateSunday = at(2024, 9, 8, 23, 59);
      const monday = at(2024, 9, 9, 0, 0);
      const all = [lateSaturday, earlySunday, lateSunday, monday];
      expect(entriesOn(all, '2024-09-07')).toEqual([lateSaturday]);
      expect(entriesOn(all, '2024-09-08')).toEqual([earlySunday, lateSunday]);
      expect(entriesOn(all, '2024-09-09')).toEqual([monday]);
      expect([...summariseDays(all).keys()]).toEqual(['2024-09-07', '2024-09-08', '2024-09-09']);
      // Weeks from Monday: the 7th and 8th close the week of 2 September, the 9th opens the next.
      expect(entriesPerWeek(all, '2024-09-10', 2, 1)).toEqual([
        { start: '2024-09-02', count: 3 },
        { start: '2024-09-09', count: 1 },
      ]);
      expect(onThisDay(all, '2025-09-08')).toEqual([lateSunday, earlySunday]);
    });
  });

  it('counts the days written in a month, not the entries', () => {
    inZone('America/New_York', () => {
      const days = summariseDays([at(2025, 1, 31, 23, 59), at(2025, 2, 1, 0, 0), at(2025, 2, 1, 9), at(2025, 2, 28), at(2026, 2, 3)]);
      expect(daysWrittenIn(days, { year: 2025, month: 2 })).toBe(2);
      expect(daysWrittenIn(days, { year: 2025, month: 1 })).toBe(1);
      expect(daysWrittenIn(days, { year: 2025, month: 3 })).toBe(0);
    });
  });

  it('counts the current run up to today, or up to yesterday while today is still open', () => {
    inZone('Europe/London', () => {
      // 29, 30 (DST) and 31 March: three days in a row.
      const days = summariseDays([at(2025, 3, 29, 22), at(2025, 3, 30, 1, 30), at(2025, 3, 31, 7), at(2025, 3, 27)]);
      expect(currentRun(days, '2025-03-31')).toEqual({ days: 3, includesToday: true });
      expect(currentRun(days, '2025-04-01')).toEqual({ days: 3, includesToday: false });
      expect(currentRun(days, '2025-04-02')).toEqual({ days: 0, includesToday: false });
      expect(currentRun(new Map(), '2025-04-02')).toEqual({ days: 0, includesToday: false });
    });
    inZone('Pacific/Auckland', () => {
      const days = summariseDays([at(2024, 12, 30), at(2024, 12, 31, 23, 50), at(2025, 1, 1, 0, 5)]);
      expect(currentRun(days, '2025-01-01')).toEqual({ days: 3, includesToday: true });
    });
  });

  it('finds "on this day" in earlier years only, newest first, with 29 February on the 28th of other years', () => {
    inZone('America/New_York', () => {
      const lastYear = at(2024, 11, 26, 8);
      const twoYears = at(2023, 11, 26, 23, 59);
      const sameDayThisYear = at(2025, 11, 26, 7);
      const dayBefore = at(2024, 11, 25, 23, 59);
      expect(onThisDay([twoYears, sameDayThisYear, dayBefore, lastYear], '2025-11-26')).toEqual([lastYear, twoYears]);

      const leapDay = at(2024, 2, 29);
      const feb28 = at(2024, 2, 28);
      const march1 = at(2024, 3, 1);
      const all = [leapDay, feb28, march1];
      // 2025 has no 29th: its 28th shows both the 28th and the 29th of 2024.
      expect(onThisDay(all, '2025-02-28')).toEqual([leapDay, feb28]);
      expect(onThisDay(all, '2025-03-01')).toEqual([march1]);
      // 2028 has a 29th: the leap day waits for it.
      expect(onThisDay(all, '2028-02-28')).toEqual([feb28]);
      expect(onThisDay(all, '2028-02-29')).toEqual([leapDay]);
    });
    inZone('Pacific/Auckland', () => {
      // 20:30 UTC on 31 Dec 2023 is New Year's Day 2024 in Auckland.
      const newYear = { created: Date.UTC(2023, 11, 31, 20, 30) };
      expect(onThisDay([newYear], '2025-01-01')).toEqual([newYear]);
      expect(onThisDay([newYear], '2024-12-31')).toEqual([]);
    });
  });

  it('counts entries per week over the last weeks, oldest first, with empty weeks as 0', () => {
    inZone('Europe/London', () => {
      const entries = [
        at(2025, 3, 24, 9), // Monday of the week with the DST change
        at(2025, 3, 30, 23, 30), // its Sunday, after the change
        at(2025, 3, 31, 0, 15), // the next Monday
        at(2025, 3, 10), // three weeks back: outside a 3-week window
        at(2025, 4, 7), // after today: not counted
      ];
      expect(entriesPerWeek(entries, '2025-04-02', 3, 1)).toEqual([
        { start: '2025-03-17', count: 0 },
        { start: '2025-03-24', count: 2 },
        { start: '2025-03-31', count: 1 },
      ]);
      // Weeks from Sunday: the 30th starts a new week.
      expect(entriesPerWeek(entries, '2025-04-02', 2, 0)).toEqual([
        { start: '2025-03-23', count: 1 },
        { start: '2025-03-30', count: 2 },
      ]);
    });
    inZone('America/New_York', () => {
      const weeks = entriesPerWeek([at(2024, 12, 31), at(2025, 1, 1), at(2024, 12, 29)], '2025-01-02', 2, 1);
      expect(weeks).toEqual([
        { start: '2024-12-23', count: 1 },
        { start: '2024-12-30', count: 2 },
      ]);
      expect(entriesPerWeek([], '2025-01-02', 12, 1)).toHaveLength(12);
      expect(addDays(entriesPerWeek([], '2025-01-02', 12, 1)[0]!.start, 77)).toBe('2024-12-30');
    });
  });

  it('ranks the most used labels, case-insensitively under the most used spelling, ties alphabetically, up to a limit', () => {
    expect(mostUsed(['Supervision', 'Sleep', 'sleep', 'anger', 'supervision', 'supervision', 'boundaries'], 3)).toEqual([
      { label: 'supervision', count: 3 },
      { label: 'Sleep', count: 2 },
      { label: 'anger', count: 1 },
    ]);
    expect(mostUsed([], 5)).toEqual([]);
  });
});
