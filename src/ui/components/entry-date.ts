/**
 * The entry date as a `<input type="datetime-local">` value, and the checks on what is typed
 * there (backdating). Local time throughout: the person means the clock on their wall.
 */

/** The earliest date accepted: nothing in a clinician's journal predates this. */
export const EARLIEST_ENTRY_DATE = new Date(1900, 0, 1).getTime();

/** What a typed date means: the time to store, or why it cannot be used. */
export type DateCheck = { ok: true; ms: number } | { ok: false; message: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ms since epoch -> "YYYY-MM-DDTHH:mm" in local time (the input's own format). */
export function toDateTimeInput(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The last minute of the day `now` falls in: an entry may be dated today, not later. */
export function latestEntryDate(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 59).getTime();
}

/**
 * Checks a datetime-local value. The browser gives '' while the field is incomplete or holds
 * an impossible date (31 February), so '' gets its own message; the format is checked again
 * here rather than trusted, and the fields must name a real moment (no rollover).
 */
export function checkDateTimeInput(value: string, now: number): DateCheck {
  if (value === '') return { ok: false, message: 'Enter a complete date and time, for example 14 March 2025, 09:30.' };
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/.exec(value);
  if (!m) return { ok: false, message: 'That isn’t a date and time Tend can read. Use the calendar button to pick one.' };
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  if (year < 1900) return { ok: false, message: 'The date must be in 1900 or later.' };
  const d = new Date(year, month - 1, day, hour, minute);
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) {
    return { ok: false, message: 'That date doesn’t exist. Check the day and month.' };
  }
  if (d.getHours() !== hour || d.getMinutes() !== minute) {
    return { ok: false, message: 'That time didn’t exist on that day: the clocks changed. Choose another time.' };
  }
  const ms = d.getTime();
  if (ms < EARLIEST_ENTRY_DATE) return { ok: false, message: 'The date must be in 1900 or later.' };
  if (ms > latestEntryDate(now)) return { ok: false, message: 'The date can’t be later than today.' };
  return { ok: true, ms };
}
