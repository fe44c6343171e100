/**
 * Total rows (and, once the Monte Carlo is back, their p10–p50–p90) → the "jobs vs trained"
 * chart's series and its data table. Pure: unit-tested, and the CSV export uses the same input.
 *
 * The chart draws the direct jobs, the trained people in post (never more than the jobs of a
 * cell), the unfilled jobs (jobs without a person trained by the tracked programmes, summed
 * over the cells, never netted) and the trained people with no post at the tracked sites (the
 * territory's surplus), with the p10–p90 bands of the jobs, the trained people and the unfilled
 * jobs, each with its legend entry (the surplus's band is in the tooltip and the CSV); the years
 * that rest on the renewal of programmes after their funded end are hatched.
 *
 * @example
 *   jobsVsTrained(territoryTotal(detail), sim?.total ?? null, 'fr', {
 *     renewal: earliestRenewal(detail.renewedFrom)
 *   });
 */
import type { AggregateRow, SimulationSumRow } from '../forecast/index.ts';
import { formatProjected, type Lang } from '../i18n/format.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import type { BandPoint, Shade, TimeSeriesInput } from './timeseries.ts';
import { PALETTE } from './kit.ts';

/** The series' colours: the kit's palette (Okabe–Ito), one definition. */
export const COLORS = {
  jobs: PALETTE.jobs,
  trained: PALETTE.trained,
  unfilled: PALETTE.unfilled,
  surplus: PALETTE.surplus,
  plan: PALETTE.plan,
  observed: PALETTE.observed,
  /** v1 name of the unfilled colour. */
  gap: PALETTE.unfilled
};

type Quantity = 'jobs' | 'trained' | 'unfilled' | 'surplus';

/**
 * The renewal shade of a chart: from the start of the first year that rests on the renewal
 * assumption (model time `from − 1`, the end of the year before: its intake is the first one
 * assumed) to the end of the axis. Null without a renewal.
 */
export function renewalShade(
  renewal: { from: number; note?: string } | null | undefined,
  lang: Lang
): Shade | null {
  if (!renewal) return null;
  return {
    id: 'renewal',
    label: MESSAGES[lang].chart.renewal,
    from: renewal.from - 1,
    note: renewal.note ?? fill(MESSAGES[lang].chart.renewalFrom, { year: renewal.from })
  };
}

export function jobsVsTrained(
  total: readonly AggregateRow[],
  quantiles: readonly SimulationSumRow[] | null,
  lang: Lang,
  options: { renewal?: { from: number; note?: string } | null } = {}
): { input: TimeSeriesInput; table: { columns: string[]; rows: (string | number)[][] } } {
  const c = MESSAGES[lang].chart;
  const q = new Map((quantiles ?? []).map((r) => [r.year, r]));
  const band = (key: Quantity): BandPoint[] | undefined =>
    quantiles
      ? total.map((r) => {
          const s = q.get(r.year)?.[key];
          return {
            x: r.year,
            low: s?.p10 ?? r[key],
            mid: s?.p50 ?? r[key],
            high: s?.p90 ?? r[key]
          };
        })
      : undefined;
  const values = (key: Quantity) => total.map((r) => ({ x: r.year, y: r[key] }));
  const shade = renewalShade(options.renewal, lang);
  const input: TimeSeriesInput = {
    series: [
      {
        id: 'jobs',
        label: c.jobs,
        color: COLORS.jobs,
        values: values('jobs'),
        band: band('jobs'),
        bandLabel: fill(c.bandOf, { what: c.jobsColumn })
      },
      {
        id: 'trained',
        label: c.trained,
        color: COLORS.trained,
        values: values('trained'),
        band: band('trained'),
        bandLabel: fill(c.bandOf, { what: c.trained }),
        dash: '6 3'
      },
      {
        id: 'unfilled',
        label: c.unfilled,
        color: COLORS.unfilled,
        values: values('unfilled'),
        band: band('unfilled'),
        bandLabel: fill(c.bandOf, { what: c.unfilledShort })
      },
      {
        id: 'surplus',
        label: c.surplus,
        color: COLORS.surplus,
        values: values('surplus'),
        band: band('surplus'),
        bandDrawn: false,
        dash: '2 3'
      }
    ],
    shades: shade ? [shade] : []
  };
  // Model outputs, rounded as the pages' figures (formatProjected); the CSV keeps them unrounded.
  const f = (v: number) => formatProjected(v, lang);
  const columns = [
    c.year,
    c.jobsColumn,
    c.trained,
    c.unfilled,
    c.surplus,
    ...(quantiles
      ? [fill(c.p10, { what: c.unfilledShort }), fill(c.p90, { what: c.unfilledShort })]
      : [])
  ];
  const rows = total.map((r) => {
    const u = q.get(r.year)?.unfilled;
    return [
      String(r.year),
      f(r.jobs),
      f(r.trained),
      f(r.unfilled),
      f(r.surplus),
      ...(quantiles && u ? [f(u.p10), f(u.p90)] : [])
    ];
  });
  return { input, table: { columns, rows } };
}
