import { useId, useMemo } from 'preact/hooks';
import type { EntrySummary } from '../../vault/types';
import { dayLabel, moodWords, monthName, MonthCalendar } from '../components/MonthCalendar';
import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';
import { currentRun, daysWrittenIn, entriesOn, onThisDay, summariseDays, type DaySummary } from '../components/journal-stats';
import { dayNoon, monthOf, type DayKey, type YearMonth } from '../components/local-days';
import { OnThisDayList } from './OnThisDay';
import { StartWritingActions } from '../components/StartWritingActions';

/** Props: every entry (newest first), today, the view state the app keeps, and the actions. */
export interface LookBackScreenProps {
  entries: readonly EntrySummary[];
  fullyLoaded: boolean;
  today: DayKey;
  /** 0 = Sunday … 6 = Saturday. */
  firstDay: number;
  month: YearMonth;
  selected: DayKey | null;
  onMonth: (month: YearMonth) => void;
  onSelect: (day: DayKey) => void;
  onOpen: (id: string) => void;
  onWrite: () => void;
  onPrompt: () => void;
  onBack: () => void;
  onLock: () => void;
}

const LONG_DAY = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const TIME = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** The kind counts: days written in the month shown, and a run still going. Silent when zero. */
function Rhythm({ days, month, today }: { days: ReadonlyMap<DayKey, DaySummary>; month: YearMonth; today: DayKey }) {
  const written = daysWrittenIn(days, month);
  const run = currentRun(days, today);
  const thisMonth = monthOf(today);
  const isThisMonth = thisMonth.year === month.year && thisMonth.month === month.month;
  return (
    <ul class="rhythm" aria-label="Your writing days">
      {written > 0 && (
        <li>
          Days written in {monthName(month)}: <strong>{written}</strong>
        </li>
      )}
      {written === 0 && !isThisMonth && <li>No entries in {monthName(month)}.</li>}
      {run.days >= 2 && (
        <li>
          Current run: <strong>{run.days} days</strong> in a row{run.includesToday ? ', including today' : ', up to yesterday'}
        </li>
      )}
      {run.days === 1 && run.includesToday && <li>You wrote today.</li>}
    </ul>
  );
}

/** The chosen day: its entries (each opens), or a quiet note when there are none. */
function DayPanel(props: { day: DayKey; entries: readonly EntrySummary[]; info: DaySummary | undefined; today: DayKey; onOpen: (id: string) => void; onWrite: () => void }) {
  const headingId = useId();
  const { day, entries, info } = props;
  return (
    <section class="day-panel card" aria-labelledby={headingId}>
      <h2 id={headingId}>{LONG_DAY.format(new Date(dayNoon(day)))}</h2>
      {info ? (
        <>
          <p class="muted">
            {info.count === 1 ? '1 entry' : `${info.count} entries`}
            {info.mood !== null && ` · average mood ${moodWords(info.mood)}`}
          </p>
          <ul class="day-entries" aria-label={`Entries on ${dayLabel(day, undefined, '')}`}>
            {entries.map((e) => (
              <li key={e.id} class="day-entry">
                <button type="button" class="link day-entry-open" onClick={() => props.onOpen(e.id)}>
                  {e.heading.trim() === '' ? 'Untitled entry' : e.heading}
                </button>
                <span class="day-entry-when">
                  {TIME.format(new Date(e.created))}
                  {e.checkin?.mood != null && ` · mood ${moodWords(e.checkin.mood)}`}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>Nothing written on this day.</p>
          {day === props.today && (
            <p>
              <button type="button" class="primary" onClick={props.onWrite}>
                Write an entry
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** The colour key: what each dot colour means, with the number written beside it. */
function MoodKey() {
  return (
    <div class="mood-key">
      <p class="muted" id="mood-key-label">
        Dot colour: the day’s average mood, 1 (very low) to 5 (very good).
      </p>
      <ul class="mood-key-list" aria-labelledby="mood-key-label">
        {[1, 2, 3, 4, 5].map((n) => (
          <li key={n}>
            <span class={`calendar-dot mood-${n}`} aria-hidden="true" /> {n}
          </li>
        ))}
        <li>
          <span class="calendar-dot no-mood" aria-hidden="true" /> no mood given
        </li>
      </ul>
    </div>
  );
}

/** For a journal with no entries yet: what will appear here, and two ways to start. */
function EmptyLookBack({ onWrite, onPrompt }: { onWrite: () => void; onPrompt: () => void }) {
  return (
    <div class="empty">
      <p>Your calendar fills in as you write.</p>
      <p>Each day you write gets a dot, coloured by the mood you give it in the quick check-in, if you give one.</p>
      <StartWritingActions onWrite={onWrite} onPrompt={onPrompt} />
    </div>
  );
}

/**
 * Look back: a month calendar of the days written (with their mood), the chosen day's
 * entries, a kind count of writing days, and "on this day" from earlier years.
 */
export function LookBackScreen(props: LookBackScreenProps) {
  const { entries, today } = props;
  const days = useMemo(() => summariseDays(entries), [entries]);
  const past = useMemo(() => onThisDay(entries, today), [entries, today]);
  const toolbar = <Toolbar start={<BackButton onClick={props.onBack} />} end={<LockButton onClick={props.onLock} />} />;
  const empty = entries.length === 0 && props.fullyLoaded;
  return (
    <Screen title="Look back" toolbar={toolbar}>
      {!props.fullyLoaded && <p class="muted">Still opening older entries…</p>}
      {empty ? <EmptyLookBack onWrite={props.onWrite} onPrompt={props.onPrompt} /> : <Rhythm days={days} month={props.month} today={today} />}
      <MonthCalendar
        month={props.month}
        today={today}
        selected={props.selected}
        days={days}
        firstDay={props.firstDay}
        onSelect={props.onSelect}
        onMonth={props.onMonth}
      />
      {!empty && <MoodKey />}
      {props.selected && (
        <DayPanel
          day={props.selected}
          entries={entriesOn(entries, props.selected).sort((a, b) => a.created - b.created)}
          info={days.get(props.selected)}
          today={today}
          onOpen={props.onOpen}
          onWrite={props.onWrite}
        />
      )}
      <section class="on-this-day-section" aria-labelledby="on-this-day-heading">
        <h2 id="on-this-day-heading">On this day</h2>
        {past.length > 0 ? (
          <OnThisDayList entries={past} today={today} onOpen={props.onOpen} label="Entries from this date in earlier years" />
        ) : (
          <p class="muted">Entries you write today will come back here on this date next year.</p>
        )}
      </section>
    </Screen>
  );
}
