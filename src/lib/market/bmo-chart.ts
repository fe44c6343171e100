/**
 * Rows in, chart props out, for the BMO projection (`BmoProjection.svelte` only draws): the
 * observed survey years as a line with dots, the projection as a dashed line from the newest
 * survey year, and its 95 % and 80 % intervals as two bands. The table under the chart is built
 * from the same rows: what is listed is what is drawn.
 *
 * @example
 *   const c = bmoChart(projection, { width: 560, height: 200 });
 *   c.observedPath; // "M…" the survey years
 *   c.rows;         // [{ year: 2026, mean: 2430000, low80, high80, low95, high95 }, …]
 */
import { area, line, scaleLinear } from 'd3';
import type { BmoProjection } from './bmo-projection.ts';

type Projected = Extract<BmoProjection, { status: 'projected' }>;

export interface BmoChartRow {
  year: number;
  mean: number;
  low80: number;
  high80: number;
  low95: number;
  high95: number;
}

export interface BmoChart {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  observedPath: string;
  observedDots: { x: number; y: number; year: number; value: number }[];
  projectedPath: string;
  band80Path: string;
  band95Path: string;
  xTicks: { x: number; year: number }[];
  yTicks: { y: number; value: number }[];
  rows: BmoChartRow[];
}

export function bmoChart(p: Projected, size: { width: number; height: number }): BmoChart {
  const margin = { top: 10, right: 22, bottom: 24, left: 76 };
  const [i80, i95] = p.forecast.intervals;
  const rows: BmoChartRow[] = p.projectionYears.map((year, i) => ({
    year,
    mean: p.forecast.mean[i],
    low80: i80.lower[i],
    high80: i80.upper[i],
    low95: i95.lower[i],
    high95: i95.upper[i]
  }));
  const lastYear = p.years.at(-1)!;
  const lastValue = p.values.at(-1)!;
  // The bands start at the newest survey year, where the projection has no width yet.
  const anchor: BmoChartRow = {
    year: lastYear,
    mean: lastValue,
    low80: lastValue,
    high80: lastValue,
    low95: lastValue,
    high95: lastValue
  };
  const all = [anchor, ...rows];
  const finite = (v: number): boolean => Number.isFinite(v);
  const lows = [
    ...p.values,
    ...rows.map((r) => r.low95).filter(finite),
    ...rows.map((r) => r.mean)
  ];
  const highs = [...p.values, ...rows.map((r) => r.high95).filter(finite)];
  const x = scaleLinear()
    .domain([p.years[0], p.projectionYears.at(-1)!])
    .range([margin.left, size.width - margin.right]);
  const y = scaleLinear()
    .domain([Math.min(0, ...lows), Math.max(...highs)])
    .nice()
    .range([size.height - margin.bottom, margin.top]);
  const band = (lo: keyof BmoChartRow, hi: keyof BmoChartRow): string =>
    area<BmoChartRow>()
      .defined((r) => finite(r[lo]) && finite(r[hi]))
      .x((r) => x(r.year))
      .y0((r) => y(r[lo]))
      .y1((r) => y(r[hi]))(all) ?? '';
  const observed = p.years.map((year, i) => ({ year, value: p.values[i] }));
  return {
    width: size.width,
    height: size.height,
    margin,
    observedPath:
      line<{ year: number; value: number }>()
        .x((d) => x(d.year))
        .y((d) => y(d.value))(observed) ?? '',
    observedDots: observed.map((d) => ({ ...d, x: x(d.year), y: y(d.value) })),
    projectedPath:
      line<BmoChartRow>()
        .x((r) => x(r.year))
        .y((r) => y(r.mean))(all) ?? '',
    band80Path: band('low80', 'high80'),
    band95Path: band('low95', 'high95'),
    xTicks: [...p.years, ...p.projectionYears].map((year) => ({ x: x(year), year })),
    yTicks: y.ticks(4).map((value) => ({ y: y(value), value })),
    rows
  };
}
