/** One moment on the chart (one table row): when, how it is written, one value per series. */
export interface ChartRow {
  /** Position on the time axis (ms since epoch). */
  x: number;
  /** How the moment is written in the table, e.g. "3 Mar 2025". */
  label: string;
  /** One value per series, in series order; null = not answered (a gap, "—" in the table). */
  values: readonly (number | null)[];
}

/** A horizontal reference line, e.g. a band limit. */
export interface ChartGuide {
  y: number;
  label: string;
}

/** Props: the data and every word the chart needs; nothing else. */
export interface LineChartProps {
  /** Unique on the page: prefixes the ids that tie the title and description to the image. */
  id: string;
  /** The chart's name: the SVG's title and the table's caption. */
  title: string;
  /** What the chart shows, in a sentence or two, for people who cannot see it. */
  description: string;
  /** Series names, in the order of `ChartRow.values` (at most three are styled apart). */
  series: readonly string[];
  /** Oldest first. */
  rows: readonly ChartRow[];
  yMin: number;
  yMax: number;
  yTicks: readonly number[];
  yLabel: string;
  xLabel: string;
  guides?: readonly ChartGuide[];
  /** Short text for the time axis (defaults to the row's label). */
  tickLabel?: (row: ChartRow) => string;
  /** A table cell's text (defaults to the number). */
  formatValue?: (value: number, seriesIndex: number) => string;
  /** The words on the control that shows the table. */
  tableLabel?: string;
}

/** The drawing's coordinate space (the SVG scales to the width of its column). */
export const CHART = { width: 400, height: 240, left: 46, right: 12, top: 14, bottom: 46 } as const;

/** A plotted point: where it is drawn, and which row it came from. */
export interface PlotPoint {
  cx: number;
  cy: number;
  row: number;
}

/** The SVG y of a value (higher values are higher up). */
export function yPosition(value: number, yMin: number, yMax: number): number {
  const span = yMax - yMin || 1;
  const bottom = CHART.height - CHART.bottom;
  return bottom - ((value - yMin) / span) * (bottom - CHART.top);
}

/** The SVG x of each row: by time, or centred when all rows share one moment. */
export function xPositions(rows: readonly ChartRow[]): number[] {
  const left = CHART.left + 8;
  const right = CHART.width - CHART.right - 8;
  if (rows.length === 0) return [];
  const first = Math.min(...rows.map((r) => r.x));
  const span = Math.max(...rows.map((r) => r.x)) - first;
  return rows.map((r) => (span === 0 ? (left + right) / 2 : left + ((r.x - first) / span) * (right - left)));
}

/** The points of one series, skipping rows where it has no value. */
export function seriesPoints(props: Pick<LineChartProps, 'rows' | 'yMin' | 'yMax'>, series: number): PlotPoint[] {
  const xs = xPositions(props.rows);
  const points: PlotPoint[] = [];
  props.rows.forEach((row, i) => {
    const v = row.values[series];
    if (v !== null && v !== undefined) points.push({ cx: xs[i]!, cy: yPosition(v, props.yMin, props.yMax), row: i });
  });
  return points;
}

/** Which rows get a label on the time axis: first, last, and the middle one when there is room. */
export function tickRows(count: number): number[] {
  if (count === 0) return [];
  if (count === 1) return [0];
  if (count === 2) return [0, 1];
  return [0, Math.floor((count - 1) / 2), count - 1];
}

/** A marker shape per series, so the lines differ by more than colour. */
function Marker({ series, cx, cy }: { series: number; cx: number; cy: number }) {
  const cls = `chart-marker chart-s${series % 3}`;
  if (series % 3 === 1) return <rect class={cls} x={cx - 4} y={cy - 4} width={8} height={8} />;
  if (series % 3 === 2) return <polygon class={cls} points={`${cx},${cy - 5.5} ${cx + 5.5},${cy} ${cx},${cy + 5.5} ${cx - 5.5},${cy}`} />;
  return <circle class={cls} cx={cx} cy={cy} r={4.5} />;
}

/** The axes, the value grid and the guide lines. */
function Frame(props: LineChartProps) {
  const { yMin, yMax } = props;
  const bottom = CHART.height - CHART.bottom;
  const right = CHART.width - CHART.right;
  return (
    <g>
      {props.yTicks.map((t) => (
        <g key={`t${t}`}>
          <line class="chart-grid" x1={CHART.left} x2={right} y1={yPosition(t, yMin, yMax)} y2={yPosition(t, yMin, yMax)} />
          <text class="chart-tick" x={CHART.left - 6} y={yPosition(t, yMin, yMax) + 4} text-anchor="end">
            {t}
          </text>
        </g>
      ))}
      {(props.guides ?? []).map((g) => (
        <g key={`g${g.y}`}>
          <line class="chart-guide" x1={CHART.left} x2={right} y1={yPosition(g.y, yMin, yMax)} y2={yPosition(g.y, yMin, yMax)} />
          <text class="chart-guide-label" x={right - 2} y={yPosition(g.y, yMin, yMax) - 4} text-anchor="end">
            {g.label}
          </text>
        </g>
      ))}
      <line class="chart-axis" x1={CHART.left} x2={CHART.left} y1={CHART.top} y2={bottom} />
      <line class="chart-axis" x1={CHART.left} x2={right} y1={bottom} y2={bottom} />
      <text class="chart-axis-label" transform={`translate(14 ${(CHART.top + bottom) / 2}) rotate(-90)`} text-anchor="middle">
        {props.yLabel}
      </text>
      <text class="chart-axis-label" x={(CHART.left + right) / 2} y={CHART.height - 6} text-anchor="middle">
        {props.xLabel}
      </text>
    </g>
  );
}

/** The least room (in chart units) between two time labels, so they never overlap. */
const MIN_TICK_GAP = 80;

/** Date labels under the time axis. */
function TimeTicks(props: LineChartProps) {
  const xs = xPositions(props.rows);
  const label = (i: number) => (props.tickLabel ?? ((r: ChartRow) => r.label))(props.rows[i]!);
  // The middle label only when it has room between the first and the last (dates can cluster).
  const spaced = tickRows(props.rows.length).filter(
    (i, k, all) => k === 0 || k === all.length - 1 || (xs[i]! - xs[all[0]!]! >= MIN_TICK_GAP && xs[all[all.length - 1]!]! - xs[i]! >= MIN_TICK_GAP),
  );
  // A label is never repeated (several check-ins on one day read "Nov 26" once, not three times).
  const ticks = spaced.filter((i, k) => !spaced.slice(0, k).some((j) => label(j) === label(i)));
  const last = props.rows.length - 1;
  // One label for several points (all on one day): centred under them, as it names them all.
  if (ticks.length === 1 && last > 0) {
    return (
      <g>
        <text class="chart-tick" x={(xs[0]! + xs[last]!) / 2} y={CHART.height - CHART.bottom + 18} text-anchor="middle">
          {label(0)}
        </text>
      </g>
    );
  }
  const anchor = (i: number) => (last === 0 ? 'middle' : i === 0 ? 'start' : i === last ? 'end' : 'middle');
  return (
    <g>
      {ticks.map((i) => (
        <text key={`x${i}`} class="chart-tick" x={xs[i]} y={CHART.height - CHART.bottom + 18} text-anchor={anchor(i)}>
          {label(i)}
        </text>
      ))}
    </g>
  );
}

/** The lines and their markers. */
function Lines(props: LineChartProps) {
  return (
    <g>
      {props.series.map((name, s) => {
        const pts = seriesPoints(props, s);
        return (
          <g key={name} class="chart-series">
            {pts.length > 1 && <polyline class={`chart-line chart-s${s % 3}`} points={pts.map((p) => `${p.cx},${p.cy}`).join(' ')} />}
            {pts.map((p) => (
              <Marker key={p.row} series={s} cx={p.cx} cy={p.cy} />
            ))}
          </g>
        );
      })}
    </g>
  );
}

/** The same numbers as a table: the accessible (and copyable) alternative to the drawing. */
function DataTable(props: LineChartProps) {
  const cell = props.formatValue ?? ((v: number) => String(v));
  return (
    <details class="chart-details">
      <summary>{props.tableLabel ?? 'Show the numbers as a table'}</summary>
      {/* Focusable so a keyboard can scroll it sideways on a narrow screen. */}
      <div class="chart-table-wrap" tabIndex={0} role="region" aria-labelledby={`${props.id}-caption`}>
        <table class="chart-table">
          <caption id={`${props.id}-caption`}>{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{props.xLabel}</th>
              {props.series.map((name) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row, i) => (
              <tr key={`${row.x}-${i}`}>
                <th scope="row">{row.label}</th>
                {props.series.map((name, s) => {
                  const v = row.values[s];
                  return <td key={name}>{v === null || v === undefined ? '—' : cell(v, s)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/**
 * An accessible line chart: an SVG image named by its title and described in words, a
 * legend that tells the lines apart by shape and dash as well as colour, and the same data
 * as a real table. Colours come from CSS custom properties, so dark mode needs no props.
 */
export function LineChart(props: LineChartProps) {
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  return (
    <figure class="chart">
      <svg class="chart-svg" role="img" aria-labelledby={`${titleId} ${descId}`} viewBox={`0 0 ${CHART.width} ${CHART.height}`}>
        <title id={titleId}>{props.title}</title>
        <desc id={descId}>{props.description}</desc>
        <Frame {...props} />
        <TimeTicks {...props} />
        <Lines {...props} />
      </svg>
      <ul class="chart-legend">
        {props.series.map((name, s) => (
          <li key={name}>
            <svg class="chart-key" viewBox="0 0 28 12" width="28" height="12" aria-hidden="true">
              <line class={`chart-line chart-s${s % 3}`} x1={0} x2={28} y1={6} y2={6} />
              <Marker series={s} cx={14} cy={6} />
            </svg>
            {name}
          </li>
        ))}
      </ul>
      <DataTable {...props} />
    </figure>
  );
}
