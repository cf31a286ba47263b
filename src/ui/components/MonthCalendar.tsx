import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DaySummary } from './journal-stats';
import { addDays, addMonths, dayKeyOf, daysInMonth, dayNoon, dayParts, monthGrid, monthOf, weekStart, type DayKey, type YearMonth } from './local-days';

/** Props: the month shown, the days with entries, and where choices go. */
export interface MonthCalendarProps {
  month: YearMonth;
  today: DayKey;
  /** The chosen day (its entries are listed beside the calendar), if any. */
  selected: DayKey | null;
  days: ReadonlyMap<DayKey, DaySummary>;
  /** 0 = Sunday … 6 = Saturday. */
  firstDay: number;
  onSelect: (day: DayKey) => void;
  onMonth: (month: YearMonth) => void;
}

const MONTH = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const DAY_NAME = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
const WEEKDAY_SHORT = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const WEEKDAY_LONG = new Intl.DateTimeFormat(undefined, { weekday: 'long' });

/** "March 2025" in the reader's language. */
export function monthName(ym: YearMonth): string {
  return MONTH.format(new Date(ym.year, ym.month - 1, 1, 12));
}

/** "4 of 5", "3.5 of 5". */
export function moodWords(mood: number): string {
  return `${mood} of 5`;
}

/** What a day says to a screen reader: "Sunday 30 March, 3 entries, mood 4 of 5". */
export function dayLabel(day: DayKey, info: DaySummary | undefined, today: DayKey): string {
  const parts = [DAY_NAME.format(new Date(dayNoon(day)))];
  if (day === today) parts.push('today');
  if (info) {
    parts.push(info.count === 1 ? '1 entry' : `${info.count} entries`);
    if (info.mood !== null) parts.push(`mood ${moodWords(info.mood)}`);
  }
  return parts.join(', ');
}

/** The colour step (1-5) of an average mood; the CSS maps each to a colour for light and dark. */
export function moodStep(mood: number): number {
  return Math.min(5, Math.max(1, Math.round(mood)));
}

/** Where an arrow key (or Home, End, Page Up, Page Down) moves the focus from `day`. */
export function dayAfterKey(key: string, day: DayKey, firstDay: number): DayKey | null {
  const shiftMonth = (n: number) => {
    const { day: d } = dayParts(day);
    const ym = addMonths(monthOf(day), n);
    return dayKeyOf(ym.year, ym.month, Math.min(d, daysInMonth(ym.year, ym.month)));
  };
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return weekStart(day, firstDay);
    case 'End':
      return addDays(weekStart(day, firstDay), 6);
    case 'PageUp':
      return shiftMonth(-1);
    case 'PageDown':
      return shiftMonth(1);
    default:
      return null;
  }
}

/** The day that takes the keyboard focus when the month is entered. */
function homeDay(props: MonthCalendarProps): DayKey {
  const inMonth = (d: DayKey | null) => d !== null && dayParts(d).year === props.month.year && dayParts(d).month === props.month.month;
  if (inMonth(props.selected)) return props.selected!;
  if (inMonth(props.today)) return props.today;
  return dayKeyOf(props.month.year, props.month.month, 1);
}

/**
 * A month as a real table: weekday column headers, one button per day. Days with entries
 * carry a dot in their mood's colour (hollow when no mood was given) and say the count and
 * mood in words, so colour is never the only cue. One day is in the Tab order at a time;
 * the arrow keys move between days (and into the next or previous month), Enter chooses.
 */
export function MonthCalendar(props: MonthCalendarProps) {
  const { month, days, firstDay } = props;
  const [focusDay, setFocusDay] = useState<DayKey>(() => homeDay(props));
  const grid = useRef<HTMLTableElement>(null);
  // The day the keyboard just moved to: focused once its button is on screen (after a month change too).
  const pending = useRef<DayKey | null>(null);
  const weeks = monthGrid(month, firstDay);
  const current = weeks.flat().includes(focusDay) ? focusDay : homeDay(props);

  useLayoutEffect(() => {
    const target = pending.current && grid.current?.querySelector<HTMLButtonElement>(`button[data-day="${pending.current}"]`);
    if (!target) return;
    pending.current = null;
    target.focus();
  });

  const onKeyDown = (e: KeyboardEvent) => {
    const next = dayAfterKey(e.key, current, firstDay);
    if (!next) return;
    e.preventDefault();
    pending.current = next;
    setFocusDay(next);
    const ym = monthOf(next);
    if (ym.year !== month.year || ym.month !== month.month) props.onMonth(ym);
  };
  const step = (n: number) => {
    const ym = addMonths(month, n);
    setFocusDay(dayKeyOf(ym.year, ym.month, 1));
    props.onMonth(ym);
  };
  const toToday = () => {
    setFocusDay(props.today);
    props.onMonth(monthOf(props.today));
    props.onSelect(props.today);
  };
  // Any week will do for the weekday names: the first day of the week containing 5 January 2025.
  const anyWeek = weekStart('2025-01-05', firstDay);
  const headers = [0, 1, 2, 3, 4, 5, 6].map((i) => {
    const d = new Date(dayNoon(addDays(anyWeek, i)));
    return { short: WEEKDAY_SHORT.format(d), long: WEEKDAY_LONG.format(d) };
  });
  const title = monthName(month);

  return (
    <div class="calendar">
      <div class="calendar-nav">
        <button type="button" class="tool" onClick={() => step(-1)} aria-label={`Previous month, ${monthName(addMonths(month, -1))}`}>
          <span aria-hidden="true">‹</span> Previous
        </button>
        <button type="button" class="tool" onClick={toToday}>
          Today
        </button>
        <button type="button" class="tool" onClick={() => step(1)} aria-label={`Next month, ${monthName(addMonths(month, 1))}`}>
          Next <span aria-hidden="true">›</span>
        </button>
      </div>
      <table class="calendar-grid" ref={grid} onKeyDown={onKeyDown}>
        <caption aria-live="polite">{title}</caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h.long} scope="col" abbr={h.long}>
                {h.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find((d) => d !== null)}>
              {week.map((day, i) => {
                if (day === null) return <td key={`pad-${i}`} class="calendar-pad" />;
                const info = days.get(day);
                const cls = ['calendar-day', info ? 'has-entries' : '', day === props.today ? 'is-today' : ''].filter(Boolean).join(' ');
                return (
                  <td key={day}>
                    <button
                      type="button"
                      class={cls}
                      data-day={day}
                      tabIndex={day === current ? 0 : -1}
                      aria-label={dayLabel(day, info, props.today)}
                      aria-pressed={day === props.selected}
                      aria-current={day === props.today ? 'date' : undefined}
                      onClick={() => {
                        setFocusDay(day);
                        props.onSelect(day);
                      }}
                    >
                      <span class="calendar-num">{dayParts(day).day}</span>
                      {info && (
                        <span
                          class={info.mood === null ? 'calendar-dot no-mood' : `calendar-dot mood-${moodStep(info.mood)}`}
                          aria-hidden="true"
                        />
                      )}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
