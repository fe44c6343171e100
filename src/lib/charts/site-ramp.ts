/**
 * A site's ramp-up chart: announced plan points (ranges), observed headcounts (points, at their
 * dates on the model's axis), the logistic curve fitted to the observations, the scenario's
 * jobs with their p10–p90 band — a curve that passes through the observed headcounts
 * (docs/model.md, "Demand") — the trained people in post and the unfilled jobs; the years that
 * rest on the renewal of the site's programmes after their funded end are hatched.
 */
import {
  fitRampUp,
  modelTime,
  rampUp,
  type AggregateRow,
  type RampFit,
  type SimulationSumRow
} from '../forecast/index.ts';
import type { ObservationRecord, SitePlanRecord, SiteRecord } from '../data/queries.ts';
import { formatDate, formatInYear, formatInt, formatProjected, type Lang } from '../i18n/format.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { LOCALES } from '../i18n/lang.ts';
import type { TimeSeriesInput } from './timeseries.ts';
import { COLORS, renewalShade } from './jobs-vs-trained.ts';
import { PALETTE } from './kit.ts';

/**
 * An observation dated within year Y, on the model's scale where "year t" is the end of year t:
 * 1 June 2025 → 2024 + 151/365 ≈ 2024.41 (the library's `modelTime`, one definition).
 */
export function yearPosition(isoDate: string): number {
  return modelTime(isoDate);
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

/** A site's observed headcounts, oldest first. */
export function headcounts(
  site: Pick<SiteRecord, 'id'>,
  observations: readonly ObservationRecord[]
): ObservationRecord[] {
  return observations
    .filter((o) => o.subjectId === site.id && o.subjectType === 'site' && o.metric === 'headcount')
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The projection checked against the observed headcounts, in words: the observations, and the
 * scenario's jobs at the end of the years that lie between the first and the last of them (or,
 * without one, at the first year-end of the horizon after the last), where the curve is fixed by
 * the observations. Null without observations.
 *
 * @example rampCheck(aesc, observations, perYear, 'fr');
 *   // "Le scénario passe par les effectifs observés (650 le 3 juin 2025 et 900 le 21 janvier
 *   //  2026) : 880 emplois fin 2025."
 */
export function rampCheck(
  site: Pick<SiteRecord, 'id'>,
  observations: readonly ObservationRecord[],
  projected: readonly AggregateRow[],
  lang: Lang
): string | null {
  const obs = headcounts(site, observations);
  if (!obs.length) return null;
  const first = yearPosition(obs[0].date);
  const last = yearPosition(obs.at(-1)!.date);
  let years = projected.filter((r) => r.year > first && r.year < last);
  if (!years.length) years = projected.filter((r) => r.year >= last).slice(0, 1);
  const m = MESSAGES[lang].site;
  const list = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' });
  const observed = list.format(
    obs.map((o) =>
      fill(m.observedAt, {
        value: `${o.approximate ? '≈ ' : ''}${formatInt(o.value, lang)}`,
        date: formatDate(o.date, lang)
      })
    )
  );
  if (!years.length) return fill(m.rampCheckNone, { observed });
  const jobs = list.format(
    years.map((r) =>
      fill(m.jobsAtEnd, { jobs: formatProjected(r.jobs, lang), year: String(r.year) })
    )
  );
  return fill(m.rampCheck, { observed, jobs });
}

export function siteRamp(
  site: SiteRecord,
  plans: readonly SitePlanRecord[],
  observations: readonly ObservationRecord[],
  projected: readonly AggregateRow[],
  quantiles: readonly SimulationSumRow[] | null,
  lang: Lang,
  options: { renewal?: { from: number; note?: string } | null } = {}
): { input: TimeSeriesInput; fit: RampFit | null; table: { columns: string[]; rows: string[][] } } {
  const labels = MESSAGES[lang].site;
  const c = MESSAGES[lang].chart;
  const years = projected.map((r) => r.year);
  const fit = fitSite(site, observations);
  const q = new Map((quantiles ?? []).map((r) => [r.year, r]));
  const obs = headcounts(site, observations);
  const f = (v: number) => formatInt(v, lang);
  const colon = MESSAGES[lang].colon;
  const fitted = (t: number) =>
    rampUp(t, {
      productionStart: fit!.productionStart,
      fullCapacity: fit!.fullCapacity,
      targetJobs: fit!.N
    });
  const shade = renewalShade(options.renewal, lang);
  const input: TimeSeriesInput = {
    series: [
      {
        id: 'scenario',
        label: labels.scenario,
        color: COLORS.jobs,
        values: projected.map((r) => ({ x: r.year, y: r.jobs })),
        band: quantiles
          ? projected.map((r) => {
              const s = q.get(r.year)?.jobs;
              return {
                x: r.year,
                low: s?.p10 ?? r.jobs,
                mid: s?.p50 ?? r.jobs,
                high: s?.p90 ?? r.jobs
              };
            })
          : undefined,
        bandLabel: fill(c.bandOf, { what: labels.scenario })
      },
      {
        id: 'trained',
        label: c.trained,
        color: COLORS.trained,
        values: projected.map((r) => ({ x: r.year, y: r.trained })),
        dash: '6 3'
      },
      {
        id: 'unfilled',
        label: c.unfilled,
        color: COLORS.unfilled,
        values: projected.map((r) => ({ x: r.year, y: r.unfilled })),
        band: quantiles
          ? projected.map((r) => {
              const s = q.get(r.year)?.unfilled;
              return {
                x: r.year,
                low: s?.p10 ?? r.unfilled,
                mid: s?.p50 ?? r.unfilled,
                high: s?.p90 ?? r.unfilled
              };
            })
          : undefined,
        bandDrawn: false
      },
      ...(fit
        ? [
            {
              id: 'fitted',
              label: labels.fitted,
              color: PALETTE.fitted,
              dash: '2 3',
              values: years.map((t) => ({ x: t, y: fitted(t) }))
            }
          ]
        : [])
    ],
    markers: [
      {
        id: 'plan',
        label: labels.plan,
        color: COLORS.plan,
        points: [],
        ranges: plans
          .filter((p) => p.siteId === site.id)
          .map((p) => ({
            x: p.year,
            low: p.jobsLow,
            high: p.jobsHigh,
            note: `${labels.plan} ${p.year} (${p.sourceDate.slice(0, 4)})${colon} ${f(p.jobsLow)}–${f(p.jobsHigh)}`
          }))
      },
      {
        id: 'observed',
        label: labels.observed,
        color: COLORS.observed,
        points: obs.map((o) => ({
          x: yearPosition(o.date),
          y: o.value,
          note: `${labels.observed} ${formatDate(o.date, lang)}${colon} ${f(o.value)}`
        }))
      }
    ],
    shades: shade ? [shade] : []
  };
  const columns = [
    c.year,
    labels.scenario,
    'p10',
    'p90',
    c.trained,
    c.unfilled,
    ...(fit ? [labels.fitted] : [])
  ];
  // Model outputs, rounded as the page's figures; announced and observed figures stay exact.
  const p = (v: number) => formatProjected(v, lang);
  const rows = projected.map((r) => [
    String(r.year),
    p(r.jobs),
    q.get(r.year) ? p(q.get(r.year)!.jobs.p10) : '—',
    q.get(r.year) ? p(q.get(r.year)!.jobs.p90) : '—',
    p(r.trained),
    p(r.unfilled),
    ...(fit ? [p(fitted(r.year))] : [])
  ]);
  return { input, fit, table: { columns, rows } };
}
