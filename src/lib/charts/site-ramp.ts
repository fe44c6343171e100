/**
 * A site's ramp-up chart: announced plan points (ranges), observed headcounts (points), the
 * logistic curve fitted to the observations, and the scenario's jobs with their p10–p90 band.
 */
import {
  fitRampUp,
  rampUp,
  type AggregateRow,
  type RampFit,
  type SimulationSumRow
} from '../forecast/index.ts';
import type { ObservationRecord, SitePlanRecord, SiteRecord } from '../data/queries.ts';
import { formatDate, formatInYear, formatInt, type Lang } from '../i18n/format.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { MAP_MESSAGES } from '../i18n/messages-map.ts';
import type { TimeSeriesInput } from './timeseries.ts';
import { COLORS } from './jobs-vs-trained.ts';

/**
 * An observation dated within year Y, on the model's scale where "year t" is the end of year t:
 * 1 June 2025 → 2024 + 151/365 ≈ 2024.41.
 */
export function yearPosition(isoDate: string): number {
  const [y, mo, d] = isoDate.split('-').map(Number);
  const start = Date.UTC(y, 0, 1);
  const next = Date.UTC(y + 1, 0, 1);
  return y - 1 + (Date.UTC(y, mo - 1, d) - start) / (next - start);
}

/**
 * The calendar year, with its fraction, of a position on the model's scale (the inverse of
 * yearPosition): 2024.41 → 2025.41, early June 2025.
 */
export function calendarYear(position: number): number {
  return position + 1;
}

/** Parameters fitSite fits: the midpoint m and the steepness k (N is the announced target). */
export const FIT_PARAMETERS = 2;

/**
 * The fitted curve in words, its dates as parts of calendar years (never "2 022,3"): where it
 * reaches 5 % and 95 % of the target, and its root-mean-square error — or, with as many
 * observations as parameters, that it passes exactly through them, which measures no error.
 *
 * @example fitSentence(fit, 'en');
 *   // "Logistic curve passing exactly through the 2 observed headcounts (2 points, 2 parameters:
 *   //  no measurable error; …): 5% reached in early 2023, 95% in late 2026."
 */
export function fitSentence(fit: RampFit, lang: Lang): string {
  const m = MESSAGES[lang].site;
  const values = {
    n: fit.n,
    p: FIT_PARAMETERS,
    a: formatInYear(calendarYear(fit.productionStart), lang),
    b: formatInYear(calendarYear(fit.fullCapacity), lang),
    rmse: formatInt(fit.rmse, lang)
  };
  return fill(fit.n <= FIT_PARAMETERS ? m.fitExact : m.fitNote, values);
}

/** Fits the logistic ramp to a site's observed headcounts, N fixed at the announced target. */
export function fitSite(
  site: SiteRecord,
  observations: readonly ObservationRecord[]
): RampFit | null {
  const points = observations
    .filter((o) => o.subjectId === site.id && o.metric === 'headcount')
    .map((o) => ({ year: yearPosition(o.date), jobs: o.value }));
  if (points.length < 2) return null;
  try {
    return fitRampUp(points, { targetJobs: site.jobsDirectHigh });
  } catch {
    return null;
  }
}

export interface SiteRampLabels {
  lang: Lang;
  plan: string;
  observed: string;
  fitted: string;
  scenario: string;
  trained: string;
  band: string;
}

export function siteRamp(
  site: SiteRecord,
  plans: readonly SitePlanRecord[],
  observations: readonly ObservationRecord[],
  projected: readonly AggregateRow[],
  quantiles: readonly SimulationSumRow[] | null,
  labels: SiteRampLabels
): { input: TimeSeriesInput; fit: RampFit | null; table: { columns: string[]; rows: string[][] } } {
  const years = projected.map((r) => r.year);
  const fit = fitSite(site, observations);
  const q = new Map((quantiles ?? []).map((r) => [r.year, r]));
  const obs = observations.filter((o) => o.subjectId === site.id && o.metric === 'headcount');
  const f = (v: number) => formatInt(v, labels.lang);
  const colon = MAP_MESSAGES[labels.lang].colon;
  const input: TimeSeriesInput = {
    series: [
      {
        id: 'scenario',
        label: labels.scenario,
        color: COLORS.jobs,
        values: projected.map((r) => ({ x: r.year, y: r.jobs })),
        band: quantiles
          ? projected.map((r) => ({
              x: r.year,
              low: q.get(r.year)?.jobs.p10 ?? r.jobs,
              high: q.get(r.year)?.jobs.p90 ?? r.jobs
            }))
          : undefined,
        bandLabel: quantiles ? labels.band : undefined
      },
      {
        id: 'trained',
        label: labels.trained,
        color: COLORS.trained,
        values: projected.map((r) => ({ x: r.year, y: r.trained })),
        dash: '6 3'
      },
      ...(fit
        ? [
            {
              id: 'fitted',
              label: labels.fitted,
              color: '#7a7a7a',
              dash: '2 3',
              values: years.map((t) => ({
                x: t,
                y: rampUp(t, {
                  productionStart: fit.productionStart,
                  fullCapacity: fit.fullCapacity,
                  targetJobs: fit.N
                })
              }))
            }
          ]
        : [])
    ],
    markers: [
      {
        id: 'plan',
        label: labels.plan,
        color: COLORS.gap,
        points: [],
        ranges: plans
          .filter((p) => p.siteId === site.id)
          .map((p) => ({
            x: p.year,
            low: p.jobsLow,
            high: p.jobsHigh,
            note: `${labels.plan} ${p.year} (${p.sourceDate.slice(0, 4)})${colon}${f(p.jobsLow)}–${f(p.jobsHigh)}`
          }))
      },
      {
        id: 'observed',
        label: labels.observed,
        color: COLORS.observed,
        points: obs.map((o) => ({
          x: yearPosition(o.date),
          y: o.value,
          note: `${labels.observed} ${formatDate(o.date, labels.lang)}${colon}${f(o.value)}`
        }))
      }
    ]
  };
  const columns =
    labels.lang === 'fr'
      ? ['Année', labels.scenario, 'p10', 'p90', labels.trained, ...(fit ? [labels.fitted] : [])]
      : ['Year', labels.scenario, 'p10', 'p90', labels.trained, ...(fit ? [labels.fitted] : [])];
  const rows = projected.map((r) => [
    String(r.year),
    f(r.jobs),
    q.get(r.year) ? f(q.get(r.year)!.jobs.p10) : '—',
    q.get(r.year) ? f(q.get(r.year)!.jobs.p90) : '—',
    f(r.trained),
    ...(fit
      ? [
          f(
            rampUp(r.year, {
              productionStart: fit.productionStart,
              fullCapacity: fit.fullCapacity,
              targetJobs: fit.N
            })
          )
        ]
      : [])
  ]);
  return { input, fit, table: { columns, rows } };
}
