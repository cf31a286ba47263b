import { PROQOL_BANDS, SUBSCALE_NAMES, type SubscaleId } from '../../content/proqol/instrument';
import { bandFor, type ProqolRecord } from '../../content/proqol/scoring';
import { LineChart, type ChartRow } from '../components/LineChart';
import { formatEntryDate } from '../components/format-date';

const IDS: readonly SubscaleId[] = ['cs', 'bo', 'sts'];
const SHORT_DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** "compassion satisfaction 38 (moderate), burnout 22 (low), …" */
function describeScores(record: ProqolRecord): string {
  return IDS.map((id) => `${SUBSCALE_NAMES[id].toLowerCase()} ${record.scores[id]} (${bandFor(record.scores[id])})`).join(', ');
}

/** The chart's description in words: how many, over what period, the latest scores. */
export function selfCheckChartDescription(records: readonly ProqolRecord[]): string {
  const first = records[0];
  const last = records[records.length - 1];
  if (!first || !last) return 'No self-check results yet.';
  const when =
    records.length === 1
      ? `One self-check, on ${formatEntryDate(first.at)}.`
      : `${records.length} self-checks from ${formatEntryDate(first.at)} to ${formatEntryDate(last.at)}.`;
  return `${when} Latest: ${describeScores(last)}. Scores run from 10 to 50; guide lines mark the band limits at ${PROQOL_BANDS.lowMax} and ${PROQOL_BANDS.highMin}.`;
}

/** Props: every result, oldest first. */
export interface SelfCheckChartProps {
  records: readonly ProqolRecord[];
}

/** The three ProQOL scores over time, as a chart and a table. */
export function SelfCheckChart({ records }: SelfCheckChartProps) {
  const rows: ChartRow[] = records.map((r) => ({
    x: r.at,
    label: formatEntryDate(r.at),
    values: IDS.map((id) => r.scores[id]),
  }));
  return (
    <LineChart
      id="proqol-trend"
      title="Your ProQOL scores over time"
      description={selfCheckChartDescription(records)}
      series={IDS.map((id) => SUBSCALE_NAMES[id])}
      rows={rows}
      yMin={10}
      yMax={50}
      yTicks={[10, 20, 30, 40, 50]}
      yLabel="Score"
      xLabel="Date"
      guides={[
        { y: PROQOL_BANDS.lowMax, label: `low ≤ ${PROQOL_BANDS.lowMax}` },
        { y: PROQOL_BANDS.highMin, label: `high ≥ ${PROQOL_BANDS.highMin}` },
      ]}
      tickLabel={(row) => SHORT_DATE.format(new Date(row.x))}
      formatValue={(v) => `${v} (${bandFor(v)})`}
      tableLabel="Show the scores as a table"
    />
  );
}
