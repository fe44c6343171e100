/**
 * The brief's small chart, laid out as plain numbers and path strings (the component only draws
 * them): direct jobs and trained people in post by year, the jobs without a trained person
 * shaded (from Σ min(J, W) = jobs − unfilled up to the jobs: the cells' unfilled jobs, never
 * netted), the year they are most numerous marked, and the years that rest on the renewal of
 * programmes after their funded end (`renewedFrom`, docs/model.md) shaded in grey behind. Drawn
 * in a viewBox, so it scales to the screen and to the printed page alike.
 *
 * @example
 *   const c = briefChart(aggregateTotal(rows), { width: 640, height: 220 }, 'fr', 2028);
 *   c.jobs; // "M48,190L…"
 *   c.renewed; // { x0: …, x1: … }: from halfway between 2027 and 2028 to the right edge
 */
import { area, line, max as d3Max, min as d3Min } from 'd3';
import { formatProjected, type Lang } from '../i18n/format.ts';
import { linearScale, PALETTE, valueTicks } from '../charts/kit.ts';
import type { HoverValue, HoverYear } from '../charts/timeseries.ts';

export interface BriefChartRow {
  year: number;
  jobs: number;
  trained: number;
  /** Σ max(0, J − W) of the cells. */
  unfilled: number;
}

export interface BriefChartLayout {
  width: number;
  height: number;
  inner: { left: number; top: number; right: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  jobs: string;
  trained: string;
  /** The unfilled jobs: the area from jobs − unfilled (below) up to the jobs. */
  shortage: string;
  peak: { x: number; y0: number; y1: number; year: number } | null;
  /** The years resting on the renewal assumption: from halfway before the first to the edge. */
  renewed: { x0: number; x1: number } | null;
  /** The years a pointer or the keyboard can point at, with the two lines' dots there. */
  hover: HoverYear[];
}

export function briefChart(
  rows: readonly BriefChartRow[],
  size: { width: number; height: number },
  lang: Lang,
  renewedFrom: number | null = null
): BriefChartLayout {
  const inner = { left: 52, top: 12, right: size.width - 22, bottom: size.height - 24 };
  const years = rows.map((r) => r.year);
  const x = linearScale([d3Min(years) ?? 0, d3Max(years) ?? 1], [inner.left, inner.right], null);
  const max = Math.max(1, d3Max(rows, (r) => Math.max(r.jobs, r.trained)) ?? 0);
  const y = linearScale([0, max], [inner.bottom, inner.top], 4);
  const round = (v: number) => Math.round(v * 10) / 10;
  const jobs = line<BriefChartRow>()
    .x((r) => round(x(r.year)))
    .y((r) => round(y(r.jobs)));
  const trained = line<BriefChartRow>()
    .x((r) => round(x(r.year)))
    .y((r) => round(y(r.trained)));
  const shortage = area<BriefChartRow>()
    .x((r) => round(x(r.year)))
    .y0((r) => round(y(Math.max(0, r.jobs - r.unfilled))))
    .y1((r) => round(y(r.jobs)));
  let peak: BriefChartLayout['peak'] = null;
  let best = 0.5;
  for (const r of rows) {
    if (r.unfilled > best) {
      best = r.unfilled;
      peak = {
        x: round(x(r.year)),
        y0: round(y(r.jobs - r.unfilled)),
        y1: round(y(r.jobs)),
        year: r.year
      };
    }
  }
  const first = Math.min(...years);
  const last = Math.max(...years);
  const renewed =
    renewedFrom === null || renewedFrom > last
      ? null
      : {
          x0: round(renewedFrom <= first ? inner.left : x(renewedFrom - 0.5)),
          x1: round(inner.right)
        };
  // Every year up to 12, else every other year counted back from the last (always labelled).
  const step = years.length > 12 ? 2 : 1;
  return {
    ...size,
    inner,
    xTicks: years
      .filter((_, i) => (years.length - 1 - i) % step === 0)
      .map((yr) => ({ x: round(x(yr)), label: String(yr) })),
    yTicks: valueTicks(y, 4, lang).map((t) => ({ y: t.at, label: t.label })),
    jobs: jobs(rows) ?? '',
    trained: trained(rows) ?? '',
    shortage: shortage(rows) ?? '',
    peak,
    renewed,
    hover: rows.map((r) => ({
      year: r.year,
      x: round(x(r.year)),
      dots: [
        { id: 'jobs', y: round(y(r.jobs)), color: PALETTE.jobs },
        { id: 'trained', y: round(y(r.trained)), color: PALETTE.trained }
      ]
    }))
  };
}

/**
 * What the brief's chart shows at a year, as its tooltip says it: the jobs, the trained people
 * in post and the jobs without a trained person, model outputs rounded as every page rounds them
 * (`formatProjected`, as the key figures and the chart's table). Empty for a year not drawn.
 *
 * @example briefValuesAtYear(rows, 2030, labels, 'fr')[0]; // { id: 'jobs', label: 'Emplois directs', value: '5 370', … }
 */
export function briefValuesAtYear(
  rows: readonly BriefChartRow[],
  year: number,
  labels: { jobs: string; trained: string; gap: string },
  lang: Lang
): HoverValue[] {
  const r = rows.find((row) => row.year === year);
  if (!r) return [];
  const f = (v: number) => formatProjected(v, lang);
  return [
    { id: 'jobs', label: labels.jobs, color: PALETTE.jobs, value: f(r.jobs) },
    { id: 'trained', label: labels.trained, color: PALETTE.trained, value: f(r.trained) },
    { id: 'unfilled', label: labels.gap, color: PALETTE.unfilled, value: f(r.unfilled) }
  ];
}
