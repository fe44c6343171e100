/**
 * Anchoring a site's ramp on what happened (docs/model.md, "Demand").
 *
 * Time: model year t is the END of calendar year t, so a date in year Y at day-of-year f / n
 * sits at model time x = Y - 1 + f / n (1 January is the end of the year before).
 *
 * Hiring leads production: the ramp F rises from 5 % at a - L to 95 % at b (a the production
 * year, b full capacity). The lead L of the reference class is the mean, over the sites with
 * observed headcounts, of the L that best fits each site's observations (least squares, L on a
 * 0.01-year grid in [0, LEAD_MAX]) with the site's own a, b and announced N.
 *
 * A site with observations passes through them: before the first, the ramp's shape scaled to
 * reach y_1 at x_1; between observations, a straight line; after the last (x_n, y_n), the
 * scenario's ramp (its delay and target) closes the rest of the way:
 *   J(t) = N' - (N' - y_n) (1 - F(t)) / (1 - F(x_n)).
 *
 * @example
 *   modelTime('2026-01-21'); // 2025.0548: three weeks after the end of 2025
 *   fitLead({ productionStart: 2025, fullCapacity: 2027, targetJobs: 1200,
 *             observations: [{ date: '2025-12-11', jobs: 570 }] }); // ≈ 1.98
 */
import { LN19 } from './ramp.ts';
import type { RampShape, Site, SiteObservation } from './types.ts';

/** The largest lead searched, years. */
export const LEAD_MAX = 6;

/** Model time of an ISO date (YYYY-MM-DD): Y - 1 + day-of-year / days-in-year. */
export function modelTime(date: string): number {
  const y = Number(date.slice(0, 4));
  const t = Date.UTC(y, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86400000;
  return y - 1 + (t - start) / 86400000 / days;
}

/** F(t): the ramp's share of the target at time t, from 5 % at `start` to 95 % at `end`. */
export function rampShare(t: number, start: number, end: number, shape: RampShape): number {
  if (shape === 'linear') return t <= start ? 0 : t >= end ? 1 : (t - start) / (end - start);
  const k = (2 * LN19) / (end - start);
  return 1 / (1 + Math.exp(-k * (t - (start + end) / 2)));
}

/** The site's observations as (model time, jobs), sorted, same-day figures averaged. */
export function observationPoints(
  observations: readonly SiteObservation[] | undefined
): { x: number; jobs: number }[] {
  const byDate = new Map<string, number[]>();
  for (const o of observations ?? []) byDate.set(o.date, [...(byDate.get(o.date) ?? []), o.jobs]);
  return [...byDate]
    .map(([date, v]) => ({ x: modelTime(date), jobs: v.reduce((a, b) => a + b, 0) / v.length }))
    .sort((a, b) => a.x - b.x);
}

type RampSite = Pick<
  Site,
  'productionStart' | 'fullCapacity' | 'targetJobs' | 'observations' | 'existingJobs'
>;

/** The lead that best fits one site's observations (null without observations). */
export function fitLead(site: RampSite, shape: RampShape = 'logistic'): number | null {
  const points = observationPoints(site.observations);
  if (!points.length) return null;
  const E = site.existingJobs ?? 0;
  let best = 0;
  let bestErr = Infinity;
  for (let i = 0; i <= LEAD_MAX * 100; i++) {
    const L = i / 100;
    let err = 0;
    for (const p of points) {
      const J =
        E +
        (site.targetJobs - E) * rampShare(p.x, site.productionStart - L, site.fullCapacity, shape);
      err += (J - p.jobs) ** 2;
    }
    if (err < bestErr - 1e-9) {
      bestErr = err;
      best = L;
    }
  }
  return best;
}

/** One site of the reference class: its fitted lead. */
export interface LeadEvidence {
  siteId: string;
  lead: number;
  observations: number;
}

/** The fitted lead of every site with observations. */
export function leadEvidence(
  sites: readonly (RampSite & { id: string })[],
  shape: RampShape = 'logistic'
): LeadEvidence[] {
  const out: LeadEvidence[] = [];
  for (const s of sites) {
    const lead = fitLead(s, shape);
    if (lead !== null) out.push({ siteId: s.id, lead, observations: s.observations!.length });
  }
  return out;
}

/** L of the reference class: the mean fitted lead of the observed sites, 0 where there are none. */
export function referenceLead(
  sites: readonly (RampSite & { id: string })[],
  shape: RampShape = 'logistic'
): number {
  const ev = leadEvidence(sites, shape);
  return ev.length ? Math.round((ev.reduce((s, e) => s + e.lead, 0) / ev.length) * 100) / 100 : 0;
}

/** The part of a site's curve its observations fix, on the engine's years from - 1 … to. */
export interface Calibration {
  /** J at from - 1 + i where t ≤ x_n (NaN after the last observation). */
  fixed: Float64Array;
  lastX: number;
  lastJobs: number;
  points: { x: number; jobs: number }[];
}

/** The calibration of one site, or null without observations. */
export function calibrationFor(
  site: RampSite,
  opts: { from: number; to: number; lead: number; shape: RampShape }
): Calibration | null {
  const points = observationPoints(site.observations);
  if (!points.length) return null;
  const E = site.existingJobs ?? 0;
  const first = points[0];
  const last = points[points.length - 1];
  const F0 = (t: number) =>
    rampShare(t, site.productionStart - opts.lead, site.fullCapacity, opts.shape);
  const f1 = F0(first.x);
  const T1 = opts.to - opts.from + 2;
  const fixed = new Float64Array(T1).fill(NaN);
  for (let i = 0; i < T1; i++) {
    const t = opts.from - 1 + i;
    if (t > last.x) continue;
    if (t <= first.x) {
      // The ratio F0(t) / F0(x1) is ≤ 1 and exactly 1 at x1: J stays between E and y1 (never
      // below 0 by rounding) and meets y1 at the observation.
      fixed[i] =
        f1 > 1e-6
          ? E + (first.jobs - E) * (F0(t) / f1)
          : t <= first.x - 1
            ? E
            : E + (first.jobs - E) * (t - first.x + 1);
      continue;
    }
    let k = 1;
    while (points[k].x < t) k++;
    const p = points[k - 1];
    const q = points[k];
    fixed[i] = p.jobs + (q.jobs - p.jobs) * ((t - p.x) / (q.x - p.x)); // weight ≤ 1, as above
  }
  return { fixed, lastX: last.x, lastJobs: last.jobs, points };
}

/** The ramp's start and end (5 % and 95 % points) of a site under a lead L: [a - L, b]. */
export function siteRampShape(site: Pick<Site, 'productionStart' | 'fullCapacity'>, lead: number) {
  return { start: site.productionStart - lead, end: site.fullCapacity };
}
