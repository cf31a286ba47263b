import { useId, useMemo, useRef } from 'preact/hooks';
import type { EntrySummary } from '../../vault/types';
import { formatEntryDate, isoDate } from '../components/format-date';
import { onThisDay } from '../components/journal-stats';
import { dayKey, dayParts, type DayKey } from '../components/local-days';

/** Props: the entries from this date in earlier years (newest first) and what opening one does. */
export interface OnThisDayProps {
  entries: readonly EntrySummary[];
  today: DayKey;
  onOpen: (id: string) => void;
  /** Show at most this many; the rest are counted and reached through `onMore`. */
  limit?: number;
  /** Opens Look back (where all of them are listed). */
  onMore?: () => void;
}

/** "1 year ago", "3 years ago". */
export function yearsAgo(created: number, today: DayKey): string {
  const n = dayParts(today).year - dayParts(dayKey(created)).year;
  return n === 1 ? '1 year ago' : `${n} years ago`;
}

/** The list itself: each entry's heading opens it; the date says how long ago. */
export function OnThisDayList({ entries, today, onOpen, limit = Infinity, label }: OnThisDayProps & { label: string }) {
  return (
    <ul class="day-entries" aria-label={label}>
      {entries.slice(0, limit).map((e) => (
        <li key={e.id} class="day-entry">
          <button type="button" class="link day-entry-open" onClick={() => onOpen(e.id)}>
            {e.heading.trim() === '' ? 'Untitled entry' : e.heading}
          </button>
          <span class="day-entry-when">
            {yearsAgo(e.created, today)} · <time dateTime={isoDate(e.created)}>{formatEntryDate(e.created)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Props of the journal's card: the whole journal (newest first; the card finds the matches) and "Not today". */
export type OnThisDayCardProps = Omit<OnThisDayProps, 'entries'> & {
  journal: readonly EntrySummary[];
  /** Puts the card away for today: old entries can be heavy, and seeing them is a choice. */
  onDismiss?: () => void;
};

/**
 * A gentle card on the journal list when entries exist from today's date in earlier years.
 * Nothing at all when there are none: no empty card, no nudge.
 */
export function OnThisDayCard({ journal, onDismiss, ...props }: OnThisDayCardProps) {
  const headingId = useId();
  const card = useRef<HTMLElement>(null);
  // The journal array is the session's cached list: recomputed only when an entry changes.
  const entries = useMemo(() => onThisDay(journal, props.today), [journal, props.today]);
  const limit = props.limit ?? 3;
  if (entries.length === 0) return null;
  const more = entries.length - limit;
  return (
    <section class="on-this-day card" aria-labelledby={headingId} ref={card}>
      <h2 id={headingId}>On this day</h2>
      <p class="muted">What you wrote on this date in earlier years.</p>
      <OnThisDayList {...props} entries={entries} limit={limit} label="Entries from this date in earlier years" />
      <p class="on-this-day-actions">
        {props.onMore && (
          <button type="button" class="link" onClick={props.onMore}>
            {more > 0 ? `${more} more in Look back` : 'Open Look back'}
          </button>
        )}
        {onDismiss && (
          <button
            type="button"
            class="link"
            onClick={() => {
              // The card goes away: hand the focus to the screen's heading rather than lose it.
              card.current?.closest('main')?.querySelector<HTMLElement>('h1')?.focus();
              onDismiss();
            }}
          >
            Not today
          </button>
        )}
      </p>
    </section>
  );
}
