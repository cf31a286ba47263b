import type { CheckIn } from '../../vault/types';
import { LineChart, type ChartRow } from '../components/LineChart';

/** How many of the latest check-ins the chart shows (a readable chart, a short table). */
export const TRENDS_LIMIT = 60;

/** One check-in with the moment of the entry it belongs to. */
export interface DatedCheckIn {
  at: number;
  checkin: CheckIn;
}

const SERIES = ['Mood', 'Energy', 'Stress'] as const;
const KEYS: readonly (keyof CheckIn)[] = ['mood', 'energy', 'stress'];
const DATE_TIME = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });
const SHORT_DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const MONTH_YEAR = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
/** Past about ten months, the time axis says month and year rather than day and month. */
const YEARISH = 300 * 24 * 60 * 60 * 1000;

/** The latest check-ins with at least one answer, oldest first. */
export function latestCheckIns(all: readonly DatedCheckIn[], limit = TRENDS_LIMIT): DatedCheckIn[] {
  const answered = all.filter(({ checkin }) => KEYS.some((k) => checkin[k] !== null));
  return answered.sort((a, b) => a.at - b.at).slice(-limit);
}

/** The average of one item over the check-ins that answered it, to one decimal (null: none did). */
export function average(checkins: readonly DatedCheckIn[], key: keyof CheckIn): number | null {
  const values = checkins.map((c) => c.checkin[key]).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

/** "Mood averages 3.4, energy 2.9 and stress 3.7." from the check-ins shown. */
function summary(shown: readonly DatedCheckIn[]): string {
  const parts = KEYS.map((k, i) => ({ name: SERIES[i]!.toLowerCase(), avg: average(shown, k) })).filter((p) => p.avg !== null);
  const said = parts.map((p) => `${p.name} ${p.avg}`);
  const list = said.length > 1 ? `${said.slice(0, -1).join(', ')} and ${said[said.length - 1]}` : said.join('');
  return `On average (1 to 5): ${list}.`;
}

/** For people who have not answered a check-in yet: where to find it. */
export function EmptyCheckIns({ onWrite }: { onWrite: () => void }) {
  return (
    <div class="empty">
      <p>No check-ins yet.</p>
      <p>
        Under every entry there is a quick check-in: mood, energy and stress, each from 1 to 5. It is optional and
        takes a few seconds. Once you have answered it on a few entries, you can see here how they move over time.
      </p>
      <p>
        <button type="button" class="primary" onClick={onWrite}>
          Write an entry
        </button>
      </p>
    </div>
  );
}

/** Quick check-ins over time: mood, energy and stress as a chart and a table (the latest 60). */
export function CheckInTrend({ checkins }: { checkins: readonly DatedCheckIn[] }) {
  const answered = latestCheckIns(checkins, Infinity);
  const shown = answered.slice(-TRENDS_LIMIT);
  const rows: ChartRow[] = shown.map(({ at, checkin }) => ({
    x: at,
    label: DATE_TIME.format(new Date(at)),
    values: KEYS.map((k) => checkin[k]),
  }));
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return null;
  return (
    <>
      <p>
        {shown.length === 1 ? 'One check-in' : `${shown.length} check-ins`}
        {answered.length > shown.length ? ` (your latest ${TRENDS_LIMIT})` : ''}. {summary(shown)}
      </p>
      <LineChart
        id="checkin-trend"
        title="Your check-ins over time"
        description={`Mood (1 very low to 5 very good), energy (1 drained to 5 full of energy) and stress (1 calm to 5 very stressed) from ${
          rows.length === 1 ? `one check-in on ${first.label}` : `${rows.length} check-ins between ${first.label} and ${last.label}`
        }. ${summary(shown)}`}
        series={SERIES}
        rows={rows}
        yMin={1}
        yMax={5}
        yTicks={[1, 2, 3, 4, 5]}
        yLabel="1 to 5"
        xLabel="Date"
        tickLabel={(row) => (last.x - first.x > YEARISH ? MONTH_YEAR : SHORT_DATE).format(new Date(row.x))}
        tableLabel="Show the check-ins as a table"
      />
      <p class="hint">Stress runs the other way: 1 is calm, 5 is very stressed.</p>
    </>
  );
}
