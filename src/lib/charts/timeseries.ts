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
  /** A band (e.g. p10–p90, with its p50 as `mid`) drawn under the line. */
  band?: BandPoint[];
  bandLabel?: string;
  /** false: the band is only listed (data table, CSV), not drawn (default true). */
  bandDrawn?: boolean;
}

export interface BandPoint {
  x: number;
  low: number;
  high: number;
  /** The middle of the band (a p50), exported with it. */
  mid?: number;
}

/**
 * A stretch of the x axis marked with a light hatch, e.g. the years that rest on an assumption.
 * It covers model time `from` to `to` (default: the end of the axis) and does not widen the axis.
 */
export interface Shade {
  id: string;
  label: string;
  from: number;
  to?: number;
  /** What the shade stands for in the CSV (e.g. the first year it concerns). */
  note?: string;
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
  shades?: Shade[];
  /** Force the y axis to start at zero (default true: counts of people). */
  zero?: boolean;
}

export interface Size {
  width: number;
  height: number;
}

// The top margin leaves room for the unit label above the highest tick label.
export const MARGIN = { top: 24, right: 16, bottom: 42, left: 60 };

export interface TimeSeriesLayout {
  width: number;
  height: number;
  inner: { left: number; top: number; right: number; bottom: number };
  xTicks: { value: number; x: number; label: string }[];
  yTicks: { value: number; y: number; label: string }[];
  lines: { id: string; d: string; color: string; dash?: string }[];
  bands: { id: string; d: string; color: string }[];
  shades: {
    id: string;
    label: string;
    x: number;
    y: number;
    width: number;
    height: number;
    /** Hatch strokes "/" inside the shade, 8 px apart. */
    hatch: { x1: number; y1: number; x2: number; y2: number }[];
  }[];
  points: { id: string; x: number; y: number; color: string; label: string }[];
  ranges: { id: string; x: number; y1: number; y2: number; color: string; label: string }[];
  legend: {
    id: string;
    label: string;
    color: string;
    kind: 'line' | 'band' | 'point' | 'hatch';
    dash?: string;
  }[];
  xDomain: [number, number];
  yDomain: [number, number];
}

/** Colour of shades and their hatch (a neutral grey, so no series' colour is borrowed). */
export const SHADE_COLOR = '#8a919c';
const HATCH_SPACING = 8;

/**
 * Strokes of slope "/" (x + y = c on the screen, c every `spacing` px) clipped to the rectangle
 * [x0, x1] × [y0, y1]: a hatch without an SVG pattern, so that an exported file draws it alike.
 */
export function hatchLines(x0: number, y0: number, x1: number, y1: number, spacing: number) {
  const out: { x1: number; y1: number; x2: number; y2: number }[] = [];
  const r = (n: number) => Math.round(n * 10) / 10;
  for (let c = x0 + y0 + spacing; c < x1 + y1; c += spacing) {
    const xa = Math.max(x0, c - y1);
    const xb = Math.min(x1, c - y0);
    if (xb > xa) out.push({ x1: r(xa), y1: r(c - xa), x2: r(xb), y2: r(c - xb) });
  }
  return out;
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
      ...(s.bandDrawn === false ? [] : (s.band ?? [])).flatMap((b) => [b.low, b.high])
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
  const areaGen = area<BandPoint>()
    .x((b) => x(b.x))
    .y0((b) => y(b.low))
    .y1((b) => y(b.high));

  const r1 = (n: number) => Math.round(n * 10) / 10;
  const legend: TimeSeriesLayout['legend'] = [];
  for (const s of input.series) {
    legend.push({ id: s.id, label: s.label, color: s.color, kind: 'line', dash: s.dash });
    if (s.band?.length && s.bandLabel && s.bandDrawn !== false) {
      legend.push({ id: `${s.id}-band`, label: s.bandLabel, color: s.color, kind: 'band' });
    }
  }
  // A marker series with nothing to draw (a site without observations) has no legend entry.
  for (const m of markers)
    if (m.points.length || m.ranges?.length)
      legend.push({ id: m.id, label: m.label, color: m.color, kind: 'point' });

  const shades: TimeSeriesLayout['shades'] = [];
  for (const sh of input.shades ?? []) {
    const x0 = Math.max(left, x(Math.max(sh.from, xDomain[0])));
    const x1 = Math.min(right, x(Math.min(sh.to ?? xDomain[1], xDomain[1])));
    if (!(x1 > x0)) continue;
    shades.push({
      id: sh.id,
      label: sh.label,
      x: r1(x0),
      y: top,
      width: r1(x1 - x0),
      height: bottom - top,
      hatch: hatchLines(r1(x0), top, r1(x1), bottom, HATCH_SPACING)
    });
    legend.push({ id: sh.id, label: sh.label, color: SHADE_COLOR, kind: 'hatch' });
  }

  return {
    width,
    height,
    inner: { left, top, right, bottom },
    xTicks,
    yTicks,
    lines: input.series
      .filter((s) => s.values.length)
      .map((s) => ({ id: s.id, d: lineGen(s.values) ?? '', color: s.color, dash: s.dash })),
    shades,
    bands: input.series
      .filter((s) => s.band?.length && s.bandDrawn !== false)
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
