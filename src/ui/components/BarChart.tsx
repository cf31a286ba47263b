/** One bar: its full name (table, description), a short axis label, and its value. */
export interface Bar {
  label: string;
  /** What the axis shows under a vertical bar (defaults to `label`). */
  short?: string;
  value: number;
}

/** Props: the data and every word the chart needs; nothing else. */
export interface BarChartProps {
  /** Unique on the page: prefixes the ids that tie the title and description to the image. */
  id: string;
  /** The chart's name: the SVG's title and the table's caption. */
  title: string;
  /** What the chart shows, in a sentence or two, for people who cannot see it. */
  description: string;
  bars: readonly Bar[];
  /** Vertical bars along a time axis (weeks), or horizontal bars for ranked names (themes, tags). */
  orientation: 'vertical' | 'horizontal';
  /** The table's column headers, e.g. "Week starting" and "Entries". */
  categoryLabel: string;
  valueLabel: string;
  /** The words on the control that shows the table. */
  tableLabel?: string;
}

const WIDTH = 400;
const V = { height: 220, left: 34, right: 8, top: 16, bottom: 30 } as const;
const H = { row: 40, top: 6, left: 4, valueRoom: 40 } as const;
/** The longest name drawn whole in the picture (the table always has it whole). */
const MAX_DRAWN = 44;

/** Whole-number gridlines from 0 to a round top at or above `max` (at most about five). */
export function valueTicks(max: number): number[] {
  if (max <= 5) return Array.from({ length: Math.max(1, max) + 1 }, (_, i) => i);
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

/** Which vertical bars get an axis label: about six, evenly spread, always the last one. */
export function labelledBars(count: number): Set<number> {
  const step = Math.max(1, Math.ceil(count / 6));
  const shown = new Set<number>();
  for (let i = count - 1; i >= 0; i -= step) shown.add(i);
  return shown;
}

/** An axis label centred under its bar, but kept inside the drawing at either end. */
function tickPlace(i: number, count: number, x: number, width: number): { x: number; 'text-anchor': string } {
  if (count > 1 && i === 0) return { x, 'text-anchor': 'start' };
  if (count > 1 && i === count - 1) return { x: x + width, 'text-anchor': 'end' };
  return { x: x + width / 2, 'text-anchor': 'middle' };
}

/** A name cut to fit the drawing, with an ellipsis; the table keeps it whole. */
function fit(label: string): string {
  return label.length > MAX_DRAWN ? `${label.slice(0, MAX_DRAWN - 1)}…` : label;
}

/** Bars standing on a value axis, one per moment (oldest left), each with its count on top. */
function VerticalBars({ bars }: { bars: readonly Bar[] }) {
  const ticks = valueTicks(Math.max(0, ...bars.map((b) => b.value)));
  const top = ticks[ticks.length - 1]!;
  const base = V.height - V.bottom;
  const y = (v: number) => base - (v / top) * (base - V.top);
  const slot = (WIDTH - V.left - V.right) / Math.max(1, bars.length);
  const barWidth = Math.max(4, slot * 0.7);
  const labelled = labelledBars(bars.length);
  return (
    <g>
      {ticks.map((t) => (
        <g key={`t${t}`}>
          <line class="chart-grid" x1={V.left} x2={WIDTH - V.right} y1={y(t)} y2={y(t)} />
          <text class="chart-tick" x={V.left - 6} y={y(t) + 4} text-anchor="end">
            {t}
          </text>
        </g>
      ))}
      {bars.map((b, i) => {
        const x = V.left + i * slot + (slot - barWidth) / 2;
        return (
          <g key={`b${i}`}>
            {b.value > 0 && <rect class="chart-bar" x={x} y={y(b.value)} width={barWidth} height={base - y(b.value)} rx={2} />}
            {b.value > 0 && slot >= 14 && (
              <text class="chart-bar-value" x={x + barWidth / 2} y={y(b.value) - 4} text-anchor="middle">
                {b.value}
              </text>
            )}
            {labelled.has(i) && (
              <text class="chart-tick" {...tickPlace(i, bars.length, x, barWidth)} y={base + 18}>
                {b.short ?? b.label}
              </text>
            )}
          </g>
        );
      })}
      <line class="chart-axis" x1={V.left} x2={WIDTH - V.right} y1={base} y2={base} />
    </g>
  );
}

/** Ranked bars, one row each: the name above its bar, the count at the bar's end. */
function HorizontalBars({ bars }: { bars: readonly Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const room = WIDTH - H.left - H.valueRoom;
  return (
    <g>
      {bars.map((b, i) => {
        const top = H.top + i * H.row;
        const width = Math.max(2, (b.value / max) * room);
        return (
          <g key={`b${i}`}>
            <text class="chart-bar-label" x={H.left} y={top + 13}>
              {fit(b.label)}
            </text>
            <rect class="chart-bar" x={H.left} y={top + 19} width={width} height={14} rx={2} />
            <text class="chart-bar-value" x={H.left + width + 6} y={top + 31}>
              {b.value}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * An accessible bar chart: an SVG image named by its title and described in words, counts
 * written on the bars (so nothing depends on reading lengths or colour), and the same data
 * as a real table. Colours come from CSS custom properties, so dark mode needs no props.
 */
export function BarChart(props: BarChartProps) {
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  const height = props.orientation === 'vertical' ? V.height : H.top * 2 + props.bars.length * H.row;
  return (
    <figure class="chart">
      <svg class="chart-svg" role="img" aria-labelledby={`${titleId} ${descId}`} viewBox={`0 0 ${WIDTH} ${height}`}>
        <title id={titleId}>{props.title}</title>
        <desc id={descId}>{props.description}</desc>
        {props.orientation === 'vertical' ? <VerticalBars bars={props.bars} /> : <HorizontalBars bars={props.bars} />}
      </svg>
      <details class="chart-details">
        <summary>{props.tableLabel ?? 'Show as a table'}</summary>
        {/* Focusable so a keyboard can scroll it sideways on a narrow screen. */}
        <div class="chart-table-wrap" tabIndex={0} role="region" aria-labelledby={`${props.id}-caption`}>
          <table class="chart-table">
            <caption id={`${props.id}-caption`}>{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">{props.categoryLabel}</th>
                <th scope="col">{props.valueLabel}</th>
              </tr>
            </thead>
            <tbody>
              {props.bars.map((b, i) => (
                <tr key={`r${i}`}>
                  <th scope="row">{b.label}</th>
                  <td>{b.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
