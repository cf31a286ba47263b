import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { themeById } from '../../content/themes';
import type { ProqolRecord } from '../../content/proqol/scoring';
import type { EntrySummary } from '../../vault/types';
import { BarChart, type Bar } from '../components/BarChart';
import { entriesPerWeek, mostUsed, type Tally } from '../components/journal-stats';
import { dayNoon, type DayKey } from '../components/local-days';
import { Screen } from '../components/Screen';
import { BackButton, LockButton, Toolbar } from '../components/Toolbar';
import { CheckInTrend, EmptyCheckIns, latestCheckIns, type DatedCheckIn } from './CheckInTrend';
import { SelfCheckChart } from './SelfCheckChart';
import { StartWritingActions } from '../components/StartWritingActions';

/** The spans the entries-per-week chart offers, in weeks. */
export const WEEK_SPANS = [12, 26] as const;
/** How many themes and tags the ranked charts show. */
const TOP = 10;

/** Props: summaries and results from memory, today, the view state the app keeps, the actions. */
export interface InsightsScreenProps {
  entries: readonly EntrySummary[];
  proqol: readonly ProqolRecord[];
  fullyLoaded: boolean;
  today: DayKey;
  /** 0 = Sunday … 6 = Saturday. */
  firstDay: number;
  weeks: (typeof WEEK_SPANS)[number];
  onWeeks: (weeks: (typeof WEEK_SPANS)[number]) => void;
  onWrite: () => void;
  onPrompt: () => void;
  onSelfCheck: () => void;
  onBack: () => void;
  onLock: () => void;
}

const WEEK_SHORT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const WEEK_LONG = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** The check-ins on the entries, with each entry's date. */
export function checkInsOf(entries: readonly EntrySummary[]): DatedCheckIn[] {
  return entries.flatMap((e) => (e.checkin ? [{ at: e.created, checkin: e.checkin }] : []));
}

/** "supervision (4), sleep (2) and anger (1)". */
function listCounts(tallies: readonly Tally[]): string {
  const said = tallies.map((t) => `${t.label} (${t.count})`);
  return said.length > 1 ? `${said.slice(0, -1).join(', ')} and ${said[said.length - 1]}` : said.join('');
}

/** One titled part of the screen. */
function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="insight" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Entries per week, with a choice of 12 or 26 weeks. */
function WeeksChart(props: InsightsScreenProps) {
  const weeks = entriesPerWeek(props.entries, props.today, props.weeks, props.firstDay);
  const bars: Bar[] = weeks.map((w) => ({
    label: WEEK_LONG.format(new Date(dayNoon(w.start))),
    short: WEEK_SHORT.format(new Date(dayNoon(w.start))),
    value: w.count,
  }));
  const total = weeks.reduce((n, w) => n + w.count, 0);
  const most = Math.max(...weeks.map((w) => w.count));
  const description =
    total === 0
      ? `No entries in the last ${props.weeks} weeks.`
      : `Entries in each of the last ${props.weeks} weeks, from the week starting ${bars[0]!.label} to the week starting ${
          bars[bars.length - 1]!.label
        }: ${total} in all, at most ${most} in one week.`;
  return (
    <>
      <div class="segmented" role="group" aria-label="Weeks shown">
        {WEEK_SPANS.map((n) => (
          <button key={n} type="button" class="tool" aria-pressed={props.weeks === n} onClick={() => props.onWeeks(n)}>
            Last {n} weeks
          </button>
        ))}
      </div>
      <BarChart
        id="weeks-chart"
        title={`Entries per week, last ${props.weeks} weeks`}
        description={description}
        bars={bars}
        orientation="vertical"
        categoryLabel="Week starting"
        valueLabel="Entries"
        tableLabel="Show the weeks as a table"
      />
      {total === 0 && <p class="muted">Nothing in these weeks, and that is fine. The chart fills in whenever you write.</p>}
    </>
  );
}

/** A ranked chart of names (themes or tags), or a note on how they get there. */
function Ranked(props: { id: string; title: string; what: string; tallies: Tally[]; empty: ComponentChildren }) {
  if (props.tallies.length === 0) return <>{props.empty}</>;
  return (
    <BarChart
      id={props.id}
      title={props.title}
      description={`${props.what}, most used first: ${listCounts(props.tallies)}.`}
      bars={props.tallies.map((t) => ({ label: t.label, value: t.count }))}
      orientation="horizontal"
      categoryLabel={props.what}
      valueLabel="Entries"
      tableLabel={`Show the ${props.what.toLowerCase()} as a table`}
    />
  );
}

/** For a journal with nothing in it yet: what will grow here, and two ways to begin. */
function EmptyInsights({ onWrite, onPrompt }: { onWrite: () => void; onPrompt: () => void }) {
  return (
    <div class="empty">
      <p>Nothing to show yet.</p>
      <p>
        As you write, this page gathers the patterns: how mood, energy and stress move, how often you write, and which
        themes and tags come up. There is no right amount.
      </p>
      <StartWritingActions onWrite={onWrite} onPrompt={onPrompt} />
    </div>
  );
}

/**
 * Insights: patterns in the journal, worked out on the device from what is already in
 * memory. Every chart is an SVG with a title, a description and a table alternative.
 */
export function InsightsScreen(props: InsightsScreenProps) {
  const { entries } = props;
  const toolbar = <Toolbar start={<BackButton onClick={props.onBack} />} end={<LockButton onClick={props.onLock} />} />;
  // The entries array is the session's cached list: recounted only when an entry changes.
  const { checkins, themes, tags } = useMemo(
    () => ({
      checkins: checkInsOf(entries),
      themes: mostUsed(entries.flatMap((e) => (e.source?.theme ? [themeById(e.source.theme)?.name ?? e.source.theme] : [])), TOP),
      tags: mostUsed(entries.flatMap((e) => e.tags ?? []), TOP),
    }),
    [entries],
  );
  const nothing = entries.length === 0 && props.proqol.length === 0 && props.fullyLoaded;
  return (
    <Screen title="Insights" toolbar={toolbar}>
      <p>Patterns in your journal, worked out on this device from what you have written.</p>
      {!props.fullyLoaded && <p class="muted">Still opening older entries…</p>}
      {nothing ? (
        <EmptyInsights onWrite={props.onWrite} onPrompt={props.onPrompt} />
      ) : (
        <>
          <Section id="insight-checkins" title="Mood, energy and stress">
            {latestCheckIns(checkins, 1).length > 0 ? <CheckInTrend checkins={checkins} /> : props.fullyLoaded && <EmptyCheckIns onWrite={props.onWrite} />}
          </Section>
          <Section id="insight-weeks" title="Entries per week">
            <WeeksChart {...props} />
          </Section>
          <Section id="insight-themes" title="Themes you write about">
            <Ranked
              id="themes-chart"
              title="Most used themes"
              what="Themes"
              tallies={themes}
              empty={
                <p class="muted">
                  Entries that answer a prompt carry its theme.{' '}
                  <button type="button" class="link" onClick={props.onPrompt}>
                    See today’s prompt
                  </button>
                </p>
              }
            />
          </Section>
          <Section id="insight-tags" title="Your tags">
            <Ranked id="tags-chart" title="Most used tags" what="Tags" tallies={tags} empty={<p class="muted">Tags you add to entries are counted here.</p>} />
          </Section>
          <Section id="insight-proqol" title="ProQOL self-check">
            {props.proqol.length > 0 ? (
              <SelfCheckChart records={props.proqol} />
            ) : (
              <p class="muted">
                Your compassion satisfaction, burnout and secondary traumatic stress scores appear here once you take the
                self-check.{' '}
                <button type="button" class="link" onClick={props.onSelfCheck}>
                  Open the self-check
                </button>
              </p>
            )}
          </Section>
        </>
      )}
    </Screen>
  );
}
