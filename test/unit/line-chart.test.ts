import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { CHART, LineChart, seriesPoints, tickRows, xPositions, yPosition, type LineChartProps } from '../../src/ui/components/LineChart';

/**
 * The chart is a pure function of its props (no hooks), so its element tree can be checked
 * in node without a DOM: the accessible parts (role, title, description, table) and the
 * geometry (values upward, time left to right, gaps for unanswered values).
 */
interface El {
  type: string;
  props: Record<string, unknown>;
  children: (El | string)[];
}

/** Expands function components and flattens children into a plain tree of host elements. */
function tree(node: unknown): (El | string)[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  if (Array.isArray(node)) return node.flatMap(tree);
  const v = node as VNode<Record<string, unknown>>;
  if (typeof v.type === 'function') return tree((v.type as (p: unknown) => unknown)(v.props));
  const { children, ...props } = v.props as Record<string, unknown> & { children?: unknown };
  return [{ type: v.type as string, props, children: tree(children) }];
}

function all(root: (El | string)[], type: string): El[] {
  const found: El[] = [];
  const walk = (n: El | string) => {
    if (typeof n === 'string') return;
    if (n.type === type) found.push(n);
    n.children.forEach(walk);
  };
  root.forEach(walk);
  return found;
}

function text(n: El | string): string {
  return typeof n === 'string' ? n : n.children.map(text).join('');
}

const PROPS: LineChartProps = {
  id: 'c',
  title: 'Scores over time',
  description: 'Two results.',
  series: ['A', 'B', 'C'],
  rows: [
    { x: 1000, label: 'first', values: [30, null, 12] },
    { x: 3000, label: 'second', values: [45, 20, 12] },
    { x: 2000, label: 'middle', values: [null, 25, 40] },
  ],
  yMin: 10,
  yMax: 50,
  yTicks: [10, 30, 50],
  yLabel: 'Score',
  xLabel: 'Date',
  guides: [
    { y: 22, label: 'low' },
    { y: 42, label: 'high' },
  ],
  formatValue: (v) => `${v}!`,
};

describe('LineChart', () => {
  const root = tree(LineChart(PROPS));

  it('is an SVG image named by its title and description', () => {
    const [svg] = all(root, 'svg').filter((s) => s.props.role === 'img');
    expect(svg).toBeDefined();
    const [title] = all([svg!], 'title');
    const [desc] = all([svg!], 'desc');
    expect(text(title!)).toBe('Scores over time');
    expect(text(desc!)).toBe('Two results.');
    expect(svg!.props['aria-labelledby']).toBe(`${title!.props.id} ${desc!.props.id}`);
    expect(all([svg!], 'text').map(text)).toEqual(expect.arrayContaining(['Score', 'Date', 'low', 'high', '10', '30', '50']));
  });

  it('has the same data as a table with a caption, a header per series and a row per moment', () => {
    const [table] = all(root, 'table');
    expect(text(all([table!], 'caption')[0]!)).toBe('Scores over time');
    expect(all(all([table!], 'thead'), 'th').map(text)).toEqual(['Date', 'A', 'B', 'C']);
    const rows = all(all([table!], 'tbody'), 'tr').map((tr) => tr.children.map(text));
    expect(rows).toEqual([
      ['first', '30!', '—', '12!'],
      ['second', '45!', '20!', '12!'],
      ['middle', '—', '25!', '40!'],
    ]);
    expect(all(all([table!], 'tbody'), 'th').every((th) => th.props.scope === 'row')).toBe(true);
  });

  it('draws guide lines at their values and a line only for series with two or more points', () => {
    const guides = all(root, 'line').filter((l) => l.props.class === 'chart-guide');
    expect(guides.map((g) => g.props.y1)).toEqual([yPosition(22, 10, 50), yPosition(42, 10, 50)]);
    const lines = all(root, 'polyline').filter((p) => String(p.props.class).startsWith('chart-line'));
    expect(lines).toHaveLength(3);
  });

  it('puts higher values higher up, within the plot', () => {
    expect(yPosition(50, 10, 50)).toBe(CHART.top);
    expect(yPosition(10, 10, 50)).toBe(CHART.height - CHART.bottom);
    expect(yPosition(42, 10, 50)).toBeLessThan(yPosition(22, 10, 50));
  });

  it('places rows by time, and a lone row in the middle', () => {
    const xs = xPositions(PROPS.rows);
    expect(xs[0]).toBeLessThan(xs[2]!);
    expect(xs[2]).toBeLessThan(xs[1]!);
    expect(xs[2]! - xs[0]!).toBeCloseTo(xs[1]! - xs[2]!);
    const [only] = xPositions([{ x: 5, label: 'x', values: [1] }]);
    expect(only).toBeCloseTo((CHART.left + CHART.width - CHART.right) / 2);
  });

  it('skips unanswered values instead of drawing them as zero', () => {
    expect(seriesPoints(PROPS, 0).map((p) => p.row)).toEqual([0, 1]);
    expect(seriesPoints(PROPS, 1).map((p) => p.row)).toEqual([1, 2]);
    expect(seriesPoints(PROPS, 2)).toHaveLength(3);
  });

  it('labels the first, middle and last moment on the time axis', () => {
    expect(tickRows(0)).toEqual([]);
    expect(tickRows(1)).toEqual([0]);
    expect(tickRows(2)).toEqual([0, 1]);
    expect(tickRows(7)).toEqual([0, 3, 6]);
  });

  it('never repeats a date on the time axis: points all on one day share one centred label', () => {
    const ticks = (labels: string[]) => {
      const rows = labels.map((label, i) => ({ x: i * 1000, label, values: [20, null, null] }));
      return all(tree(LineChart({ ...PROPS, rows })), 'text').filter((t) => t.props.class === 'chart-tick' && !PROPS.yTicks.map(String).includes(text(t)));
    };
    const sameDay = ticks(['Nov 26', 'Nov 26', 'Nov 26']);
    expect(sameDay.map(text)).toEqual(['Nov 26']);
    expect(sameDay[0]!.props['text-anchor']).toBe('middle');
    const xs = xPositions([{ x: 0, label: '', values: [] }, { x: 2000, label: '', values: [] }]);
    expect(sameDay[0]!.props.x).toBeCloseTo((xs[0]! + xs[1]!) / 2);
    // The first and last differ, the middle repeats the first: two labels, at the ends.
    const twoDays = ticks(['Nov 26', 'Nov 26', 'Nov 26', 'Nov 26', 'Nov 27']);
    expect(twoDays.map(text)).toEqual(['Nov 26', 'Nov 27']);
    expect(twoDays.map((t) => t.props['text-anchor'])).toEqual(['start', 'end']);
  });
});
