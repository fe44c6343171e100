/**
 * Total rows (and, once the Monte Carlo is back, their p10–p90) → the "jobs vs trained" chart's
 * series and its data table. Pure: unit-tested, and the CSV export uses the same rows.
 */
import type { AggregateRow, SimulationSumRow } from '../forecast/index.ts';
import { formatInt, type Lang } from '../i18n/format.ts';
import type { TimeSeriesInput } from './timeseries.ts';

export const COLORS = { jobs: '#0072b2', trained: '#009e73', gap: '#d55e00', observed: '#000000' };

export function jobsVsTrained(
  total: readonly AggregateRow[],
  quantiles: readonly SimulationSumRow[] | null,
  labels: { lang: Lang; jobs: string; trained: string; band: string }
): { input: TimeSeriesInput; table: { columns: string[]; rows: (string | number)[][] } } {
  const q = new Map((quantiles ?? []).map((r) => [r.year, r]));
  const band = (key: 'jobs' | 'trained') =>
    quantiles
      ? total.map((r) => ({
          x: r.year,
          low: q.get(r.year)?.[key].p10 ?? r[key],
          high: q.get(r.year)?.[key].p90 ?? r[key]
        }))
      : undefined;
  const input: TimeSeriesInput = {
    series: [
      {
        id: 'jobs',
        label: labels.jobs,
        color: COLORS.jobs,
        values: total.map((r) => ({ x: r.year, y: r.jobs })),
        band: band('jobs'),
        bandLabel: quantiles ? `${labels.band}` : undefined
      },
      {
        id: 'trained',
        label: labels.trained,
        color: COLORS.trained,
        values: total.map((r) => ({ x: r.year, y: r.trained })),
        band: band('trained'),
        dash: '6 3'
      }
    ]
  };
  const f = (v: number) => formatInt(v, labels.lang);
  const columns =
    labels.lang === 'fr'
      ? [
          'Année',
          'Emplois directs',
          'Personnes formées',
          'Écart',
          ...(quantiles ? ['Écart p10', 'Écart p90'] : [])
        ]
      : [
          'Year',
          'Direct jobs',
          'Trained people',
          'Gap',
          ...(quantiles ? ['Gap p10', 'Gap p90'] : [])
        ];
  const rows = total.map((r) => {
    const g = q.get(r.year)?.gap;
    return [
      String(r.year),
      f(r.jobs),
      f(r.trained),
      f(r.gap),
      ...(quantiles && g ? [f(g.p10), f(g.p90)] : [])
    ];
  });
  return { input, table: { columns, rows } };
}
