/**
 * Rows → a time-series chart's drawing: scales, ticks, line and band paths, points and legend.
 * Pure (d3 scales and shapes only, no DOM), so it is unit-tested; the Svelte component only
 * draws what this returns.
 *
 * @example
 *   const d = layoutTimeSeries({ series: [{ id: 'jobs', label: 'Emplois', color: '#0072b2',
 *     values: [{ x: 2025, y: 900 }, { x: 2026, y: 1200 }] }] }, { width: 600, height: 300 }, 'fr');
 *   d.lines[0].d; // "M56,…"
 */
import { area, line, scaleLinear } from 'd3';
import { formatInt } from '../i18n/format.ts';
import type { Lang } from '../i18n/format.ts';

export interface Point {
  x: number;
  y: number;
}

export interface LineSeries {
  id: string;
  label: string;
  color: string;
  values: Point[];
  dash?: string;
  /** A band (e.g. p10–p90) drawn under the line. */
  band?: { x: number; low: number; high: number }[];
  bandLabel?: string;
}

export interface PointSeries {
  id: string;
  label: string;
  color: string;
  points: (Point & { note?: string })[];
  /** Vertical ranges (e.g. announced low–high), drawn as error bars. */
  ranges?: { x: number; low: number; high: number; note?: string }[];
}

export interface TimeSeriesInput {
  series: LineSeries[];
  markers?: PointSeries[];
  /** Force the y axis to start at zero (default true: counts of people). */
  zero?: boolean;
}

export interface Size {
  width: number;
  height: number;
}

// The top margin leaves room for the unit label above the highest tick label.
export const MARGIN = { top: 24, right: 16, bottom: 34, left: 60 };

export interface TimeSeriesLayout {
  width: number;
  height: number;
  inner: { left: number; top: number; right: number; bottom: number };
  xTicks: { value: number; x: number; label: string }[];
  yTicks: { value: number; y: number; label: string }[];
  lines: { id: string; d: string; color: string; dash?: string }[];
  bands: { id: string; d: string; color: string }[];
  points: { id: string; x: number; y: number; color: string; label: string }[];
  ranges: { id: string; x: number; y1: number; y2: number; color: string; label: string }[];
  legend: {
    id: string;
    label: string;
    color: string;
    kind: 'line' | 'band' | 'point';
    dash?: string;
  }[];
  xDomain: [number, number];
  yDomain: [number, number];
}

function extent(values: number[], fallback: [number, number]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return fallback;
  return [Math.min(...finite), Math.max(...finite)];
}

export function layoutTimeSeries(input: TimeSeriesInput, size: Size, lang: Lang): TimeSeriesLayout {
  const { width, height } = size;
  const left = MARGIN.left;
  const right = Math.max(left + 10, width - MARGIN.right);
  const top = MARGIN.top;
  const bottom = Math.max(top + 10, height - MARGIN.bottom);
  const markers = input.markers ?? [];

  const xs = [
    ...input.series.flatMap((s) => s.values.map((v) => v.x)),
    ...markers.flatMap((m) => [...m.points.map((p) => p.x), ...(m.ranges ?? []).map((r) => r.x)])
  ];
  const ys = [
    ...input.series.flatMap((s) => [
      ...s.values.map((v) => v.y),
      ...(s.band ?? []).flatMap((b) => [b.low, b.high])
    ]),
    ...markers.flatMap((m) => [
      ...m.points.map((p) => p.y),
      ...(m.ranges ?? []).flatMap((r) => [r.low, r.high])
    ])
  ];
  const xDomain = extent(xs, [0, 1]);
  if (xDomain[0] === xDomain[1]) xDomain[1] = xDomain[0] + 1;
  const [yMin, yMax] = extent(ys, [0, 1]);
  const y0 = input.zero === false ? yMin : Math.min(0, yMin);
  const x = scaleLinear().domain(xDomain).range([left, right]);
  const y = scaleLinear()
    .domain([y0, yMax === y0 ? y0 + 1 : yMax])
    .range([bottom, top])
    .nice(5);

  const yearTicks = x.ticks(Math.min(12, Math.max(2, Math.floor((right - left) / 55))));
  const xTicks = yearTicks
    .filter((t) => Number.isInteger(t))
    .map((t) => ({ value: t, x: x(t), label: String(t) }));
  const yTicks = y.ticks(5).map((t) => ({ value: t, y: y(t), label: formatInt(t, lang) }));

  const lineGen = line<Point>()
    .x((p) => x(p.x))
    .y((p) => y(p.y));
  const areaGen = area<{ x: number; low: number; high: number }>()
    .x((b) => x(b.x))
    .y0((b) => y(b.low))
    .y1((b) => y(b.high));

  const r1 = (n: number) => Math.round(n * 10) / 10;
  const legend: TimeSeriesLayout['legend'] = [];
  for (const s of input.series) {
    legend.push({ id: s.id, label: s.label, color: s.color, kind: 'line', dash: s.dash });
    if (s.band?.length && s.bandLabel) {
      legend.push({ id: `${s.id}-band`, label: s.bandLabel, color: s.color, kind: 'band' });
    }
  }
  for (const m of markers) legend.push({ id: m.id, label: m.label, color: m.color, kind: 'point' });

  return {
    width,
    height,
    inner: { left, top, right, bottom },
    xTicks,
    yTicks,
    lines: input.series
      .filter((s) => s.values.length)
      .map((s) => ({ id: s.id, d: lineGen(s.values) ?? '', color: s.color, dash: s.dash })),
    bands: input.series
      .filter((s) => s.band?.length)
      .map((s) => ({ id: `${s.id}-band`, d: areaGen(s.band!) ?? '', color: s.color })),
    points: markers.flatMap((m) =>
      m.points.map((p) => ({
        id: m.id,
        x: r1(x(p.x)),
        y: r1(y(p.y)),
        color: m.color,
        label: p.note ?? `${m.label} ${p.x} : ${formatInt(p.y, lang)}`
      }))
    ),
    ranges: markers.flatMap((m) =>
      (m.ranges ?? []).map((r) => ({
        id: m.id,
        x: r1(x(r.x)),
        y1: r1(y(r.low)),
        y2: r1(y(r.high)),
        color: m.color,
        label: r.note ?? `${m.label} ${r.x} : ${formatInt(r.low, lang)}–${formatInt(r.high, lang)}`
      }))
    ),
    legend,
    xDomain,
    yDomain: y.domain() as [number, number]
  };
}
