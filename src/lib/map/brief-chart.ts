/**
 * The brief's small chart, laid out as plain numbers and path strings (the component only draws
 * them): direct jobs and trained people in post by year, the gap between them shaded where
 * people are missing, and the year the gap peaks marked. Drawn in a viewBox, so it scales to the
 * screen and to the printed page alike.
 *
 * @example
 *   const c = briefChart(aggregateTotal(rows), { width: 640, height: 220 }, 'fr');
 *   c.jobs; // "M48,190L…"
 */
import { area, line, scaleLinear } from 'd3';
import { formatInt, type Lang } from '../i18n/format.ts';

export interface BriefChartRow {
  year: number;
  jobs: number;
  trained: number;
}

export interface BriefChartLayout {
  width: number;
  height: number;
  inner: { left: number; top: number; right: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  jobs: string;
  trained: string;
  /** The area between trained (below) and jobs (above) where jobs exceed trained. */
  shortage: string;
  peak: { x: number; y0: number; y1: number; year: number } | null;
}

export function briefChart(
  rows: readonly BriefChartRow[],
  size: { width: number; height: number },
  lang: Lang
): BriefChartLayout {
  const inner = { left: 52, top: 12, right: size.width - 22, bottom: size.height - 24 };
  const years = rows.map((r) => r.year);
  const x = scaleLinear()
    .domain([Math.min(...years), Math.max(...years)])
    .range([inner.left, inner.right]);
  const max = Math.max(1, ...rows.flatMap((r) => [r.jobs, r.trained]));
  const y = scaleLinear().domain([0, max]).nice(4).range([inner.bottom, inner.top]);
  const round = (v: number) => Math.round(v * 10) / 10;
  const jobs = line<BriefChartRow>()
    .x((r) => round(x(r.year)))
    .y((r) => round(y(r.jobs)));
  const trained = line<BriefChartRow>()
    .x((r) => round(x(r.year)))
    .y((r) => round(y(r.trained)));
  const shortage = area<BriefChartRow>()
    .x((r) => round(x(r.year)))
    .y0((r) => round(y(r.trained)))
    .y1((r) => round(y(Math.max(r.jobs, r.trained))));
  let peak: BriefChartLayout['peak'] = null;
  let best = 0;
  for (const r of rows) {
    if (r.jobs - r.trained > best) {
      best = r.jobs - r.trained;
      peak = { x: round(x(r.year)), y0: round(y(r.trained)), y1: round(y(r.jobs)), year: r.year };
    }
  }
  // Every year up to 12, else every other year counted back from the last (always labelled).
  const step = years.length > 12 ? 2 : 1;
  return {
    ...size,
    inner,
    xTicks: years
      .filter((_, i) => (years.length - 1 - i) % step === 0)
      .map((yr) => ({ x: round(x(yr)), label: String(yr) })),
    yTicks: y.ticks(4).map((v) => ({ y: round(y(v)), label: formatInt(v, lang) })),
    jobs: jobs(rows) ?? '',
    trained: trained(rows) ?? '',
    shortage: shortage(rows) ?? '',
    peak
  };
}
