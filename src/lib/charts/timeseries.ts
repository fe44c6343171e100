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
import { area, extent as d3Extent, line } from 'd3';
import { formatInt, formatProjected } from '../i18n/format.ts';
import type { Lang } from '../i18n/format.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { linearScale, PALETTE, valueTicks, yearTicks, type LegendEntry } from './kit.ts';

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
  /** Every drawn mark's entry: each line, each drawn band, each marker series, each shade. */
  legend: LegendEntry[];
  /** The years a pointer or the keyboard can point at, with the series' dots there. */
  hover: HoverYear[];
  xDomain: [number, number];
  yDomain: [number, number];
}

/** One pointed year: its x position and, per line drawn there, the dot on it. */
export interface HoverYear {
  year: number;
  x: number;
  dots: { id: string; y: number; color: string }[];
}

/** Colour of shades and their hatch (the kit's neutral grey). */
export const SHADE_COLOR = PALETTE.shade;
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
  const [lo, hi] = d3Extent(values.filter(Number.isFinite));
  return lo === undefined || hi === undefined ? fallback : [lo, hi];
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
  const x = linearScale(xDomain, [left, right], null);
  const y = linearScale([y0, yMax], [bottom, top], 5);

  const xTicks = yearTicks(x).map((t) => ({ value: t.value, x: t.at, label: t.label }));
  const yTicks = valueTicks(y, 5, lang).map((t) => ({ value: t.value, y: t.at, label: t.label }));

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
    // A drawn band always has its entry (its own label, else its series').
    if (s.band?.length && s.bandDrawn !== false) {
      legend.push({
        id: `${s.id}-band`,
        label: s.bandLabel ?? s.label,
        color: s.color,
        kind: 'band'
      });
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
    hover: hoverYears(input).map((year) => ({
      year,
      x: r1(x(year)),
      dots: input.series.flatMap((s) => {
        const v = s.values.find((p) => p.x === year);
        return v && Number.isFinite(v.y) ? [{ id: s.id, y: r1(y(v.y)), color: s.color }] : [];
      })
    })),
    xDomain,
    yDomain: y.domain() as [number, number]
  };
}

/** The whole years of the lines' values, in order: those a pointer or ←/→ can point at. */
export function hoverYears(input: TimeSeriesInput): number[] {
  const years = new Set<number>();
  for (const s of input.series) for (const v of s.values) if (Number.isInteger(v.x)) years.add(v.x);
  return [...years].sort((a, b) => a - b);
}

/** The year of `years` nearest to model time `t` (ties: the earlier year). */
export function nearestYear(years: readonly number[], t: number): number | null {
  let best: number | null = null;
  for (const yr of years) if (best === null || Math.abs(yr - t) < Math.abs(best - t)) best = yr;
  return best;
}

/** One line of a chart's tooltip: a series, its value at the year and its band there. */
export interface HoverValue {
  id: string;
  label: string;
  color: string;
  /** The value, formatted: model outputs rounded as on every page (formatProjected). */
  value: string;
  /** The band's p10–p90 at the year, formatted, when the series has one. */
  band?: string;
}

/**
 * What the chart shows at a year, as its tooltip and its screen-reader announcement say it:
 * each line's value (a model output, rounded as every page rounds it) with its p10–p90 band,
 * then each marker's observed or announced values within that year (exact: they are read in a
 * source). Values on the model's axis: year Y is the end of year Y, so an observation dated
 * within year Y (position in (Y − 1, Y]) belongs to it.
 *
 * @example valuesAtYear(input, 2030, 'fr')[0]; // { id: 'jobs', label: 'Emplois…', value: '5 370', band: '4 810–5 640' }
 */
export function valuesAtYear(input: TimeSeriesInput, year: number, lang: Lang): HoverValue[] {
  const f = (v: number) => formatProjected(v, lang);
  const out: HoverValue[] = [];
  for (const s of input.series) {
    const v = s.values.find((p) => p.x === year);
    if (!v || !Number.isFinite(v.y)) continue;
    const b = s.band?.find((p) => p.x === year);
    out.push({
      id: s.id,
      label: s.label,
      color: s.color,
      value: f(v.y),
      ...(b ? { band: b.low === b.high ? f(b.low) : `${f(b.low)}–${f(b.high)}` } : {})
    });
  }
  for (const m of input.markers ?? []) {
    const inYear = (px: number) => px > year - 1 && px <= year;
    const values = [
      ...m.points.filter((p) => inYear(p.x)).map((p) => formatInt(p.y, lang)),
      ...(m.ranges ?? [])
        .filter((r) => inYear(r.x))
        .map((r) =>
          r.low === r.high
            ? formatInt(r.low, lang)
            : `${formatInt(r.low, lang)}–${formatInt(r.high, lang)}`
        )
    ];
    if (values.length)
      out.push({ id: m.id, label: m.label, color: m.color, value: values.join(' · ') });
  }
  return out;
}

/**
 * The values at a year in one sentence, as the screen reader announces them:
 * "2030, au 31 décembre : Emplois directs (scénario) : 5 370 (intervalle 10 %–90 % : 4 810–5 640) ; …".
 */
export function hoverSentence(year: number, values: readonly HoverValue[], lang: Lang): string {
  const c = MESSAGES[lang].chart;
  const items = values.map(
    (v) =>
      fill(c.valueItem, { label: v.label, value: v.value }) +
      (v.band ? ` (${fill(c.bandRange, { range: v.band })})` : '')
  );
  return `${fill(c.valueItem, { label: fill(c.atYear, { year }), value: items.join(c.separator) })}.`;
}
