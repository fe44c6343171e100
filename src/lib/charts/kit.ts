/**
 * The chart kit: what every chart of Relève shares — the palette, the linear scales with their
 * ticks and grid, the year axis and the legend entries. The time-series chart, the tornado, the
 * brief's chart and the map's legends read their colours and ticks here, so a colour or a tick
 * rule is defined once (STYLE.md: "a palette in CSS and in hex" is what to stop doing).
 *
 * The palette is the one source of the colours: the app's CSS variables (`--c-jobs`, …) are
 * written from it (`paletteCss`, in the root layout), and the SVG marks carry the hex values so
 * that an exported file keeps its colours without the page's CSS.
 *
 * @example
 *   const y = linearScale([0, 1234], [280, 24]);
 *   valueTicks(y, 5, 'fr'); // [{ value: 0, at: 280, label: "0" }, …, { value: 1400, …, label: "1 400" }]
 */
import { scaleLinear, ticks as d3Ticks, type ScaleLinear } from 'd3';
import { formatInt, type Lang } from '../i18n/format.ts';

/**
 * Okabe & Ito's colour-blind-safe palette ("Color Universal Design", 2008,
 * https://jfly.uni-koeln.de/color/), with the app's neutral greys.
 */
export const PALETTE = {
  jobs: '#0072b2',
  trained: '#009e73',
  unfilled: '#d55e00',
  /** The unfilled colour darkened for text on white (4.5:1). */
  unfilledText: '#a63d00',
  surplus: '#cc79a7',
  plan: '#e69f00',
  observed: '#000000',
  /** The logistic curve fitted to a site's observed headcounts. */
  fitted: '#7a7a7a',
  /** The tornado's "low value" bars; the map's bands. */
  low: '#56b4e9',
  high: '#d55e00',
  ink: '#1b1f24',
  /** Shades and their hatch: a neutral grey, so no series' colour is borrowed. */
  shade: '#8a919c',
  grid: '#e6e9ee',
  axisText: '#3d4450',
  /** The brief's renewal years behind the curves. */
  renewed: '#e9ecf0'
} as const;

export type PaletteKey = keyof typeof PALETTE;

/** The CSS custom properties the pages' stylesheets use, each from one palette entry. */
export const CSS_VARIABLES: Record<string, PaletteKey> = {
  '--c-jobs': 'jobs',
  '--c-trained': 'trained',
  '--c-gap': 'unfilled',
  '--c-gap-text': 'unfilledText',
  '--c-band': 'low',
  '--c-other': 'surplus',
  '--c-yellow': 'plan',
  '--c-grid': 'grid',
  '--c-shade': 'shade',
  '--c-renewed': 'renewed',
  '--c-axis-text': 'axisText'
};

/** `:root { --c-jobs: #0072b2; … }`, written once by the root layout. */
export function paletteCss(): string {
  const vars = Object.entries(CSS_VARIABLES).map(([name, key]) => `${name}:${PALETTE[key]}`);
  return `:root{${vars.join(';')}}`;
}

/** Opacity of a band (p10–p90) over its series' colour, on screen, in the legend and in files. */
export const BAND_OPACITY = 0.2;

/** A linear scale; `nice` rounds the domain to round ticks (d3-scale). */
export function linearScale(
  domain: [number, number],
  range: [number, number],
  nice: number | null = 5
): ScaleLinear<number, number> {
  const [a, b] = domain;
  const s = scaleLinear()
    .domain([a, b === a ? a + 1 : b])
    .range(range);
  return nice === null ? s : s.nice(nice);
}

export interface Tick {
  value: number;
  /** Position on the screen, px (rounded to 0.1). */
  at: number;
  label: string;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** About `count` round ticks of a value axis, labelled as whole numbers (« 1 400 »). */
export function valueTicks(scale: ScaleLinear<number, number>, count: number, lang: Lang): Tick[] {
  return scale.ticks(count).map((t) => ({ value: t, at: r1(scale(t)), label: formatInt(t, lang) }));
}

/**
 * Ticks of a year axis: whole years only (d3-array's ticks over the domain), about one per
 * `spacing` px of the axis, at most 12.
 */
export function yearTicks(scale: ScaleLinear<number, number>, spacing = 55): Tick[] {
  const [x0, x1] = scale.range();
  const [d0, d1] = scale.domain();
  const count = Math.min(12, Math.max(2, Math.floor(Math.abs(x1 - x0) / spacing)));
  return d3Ticks(d0, d1, count)
    .filter((t) => Number.isInteger(t))
    .map((t) => ({ value: t, at: r1(scale(t)), label: String(t) }));
}

/** A legend entry: every mark a chart draws has one (on screen and in exported files). */
export interface LegendEntry {
  id: string;
  label: string;
  color: string;
  kind: 'line' | 'band' | 'point' | 'hatch' | 'bar';
  dash?: string;
}
