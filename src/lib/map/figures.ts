/**
 * The map's figures: the projection's cells summed per site, per département, per région and
 * in total, for every year of the horizon — computed once per scenario, so moving the year
 * slider only picks another year's table and recolours.
 *
 * The rules are the model's (docs/model.md, "The gap, never netted"): a territory's `unfilled`
 * is the sum of its cells' max(0, J − W) and its `surplus` the sum of their max(0, W − J), never
 * one netted against the other; a région (and the total) also counts in `surplus` the trained
 * people available in its pools with no post at the tracked sites (`projectDetailed(…)
 * .unplaced`; the total counts every pool, a région without a tracked site too). Pools belong to
 * a région, so a département or a site has none. Coverage is
 * Σ min(J, W) / Σ J = (jobs − unfilled) / jobs, at most 100 %, recomputed from the sums.
 *
 * @example
 *   const d = projectDetailed(input);
 *   const years = mapFigures(d.rows, dataset.sites, d.unplaced);
 *   years.get(2030)?.regions['11']; // { jobs: 2377, trained: 994, unfilled: 1383, surplus: 810, … }
 */
import type { ProjectionRow, UnplacedRow } from '../forecast/index.ts';

export interface Figure {
  jobs: number;
  /** People in post trained by the tracked programmes (or already there): ≤ jobs per cell. */
  trained: number;
  /** Σ max(0, J − W) of the cells: jobs without a person trained by the tracked programmes. */
  unfilled: number;
  /** Σ max(0, W − J) of the cells, plus (régions and the total) the people available in the
   * région's pools: trained people with no post at the tracked sites. */
  surplus: number;
  /** Σ min(J, W) ÷ Σ J, null without jobs. */
  coverage: number | null;
  indirectJobs: number;
  /** Sites summed into this figure. */
  siteCount: number;
}

export interface YearFigures {
  year: number;
  total: Figure;
  sites: Record<string, Figure>;
  regions: Record<string, Figure>;
  departements: Record<string, Figure>;
}

export interface SiteLocation {
  id: string;
  region: string;
  departement: string;
}

function empty(): Figure {
  return {
    jobs: 0,
    trained: 0,
    unfilled: 0,
    surplus: 0,
    coverage: null,
    indirectJobs: 0,
    siteCount: 0
  };
}

function add(into: Figure, from: Figure): void {
  into.jobs += from.jobs;
  into.trained += from.trained;
  into.unfilled += from.unfilled;
  into.surplus += from.surplus;
  into.indirectJobs += from.indirectJobs;
  into.siteCount += from.siteCount;
}

/** Σ min(J, W) / Σ J from the sums: (jobs − unfilled) / jobs, null without jobs. */
export function coverage(jobs: number, unfilled: number): number | null {
  if (!(jobs > 0)) return null;
  const c = (jobs - unfilled) / jobs;
  return Number.isFinite(c) ? c : null;
}

/**
 * Every year's figures, by year. Rows of sites missing from `sites` are left out; `available`
 * (the pools) adds to the surplus of the régions that have a site, and every pool to the total.
 */
export function mapFigures(
  rows: readonly ProjectionRow[],
  sites: readonly SiteLocation[],
  available: readonly UnplacedRow[] = []
): Map<number, YearFigures> {
  const where = new Map(sites.map((s) => [s.id, s]));
  const years = new Map<number, YearFigures>();
  // Sites first: sum each site's cells (its occupations).
  for (const r of rows) {
    if (!where.has(r.siteId)) continue;
    let y = years.get(r.year);
    if (!y) {
      y = { year: r.year, total: empty(), sites: {}, regions: {}, departements: {} };
      years.set(r.year, y);
    }
    const f = (y.sites[r.siteId] ??= { ...empty(), siteCount: 1 });
    f.jobs += r.jobs;
    f.trained += r.trained;
    f.unfilled += r.unfilled;
    f.surplus += r.surplus;
    f.indirectJobs += r.indirectJobs;
  }
  // Then territories and the total, as sums of sites.
  for (const y of years.values()) {
    for (const [id, f] of Object.entries(y.sites)) {
      const s = where.get(id)!;
      f.coverage = coverage(f.jobs, f.unfilled);
      add((y.regions[s.region] ??= empty()), f);
      add((y.departements[s.departement] ??= empty()), f);
      add(y.total, f);
    }
  }
  // The pools' available people: a région's, never a département's or a site's; the total
  // counts every pool, a région without a tracked site too (as aggregateTotal and simulate do).
  for (const a of available) {
    const y = years.get(a.year);
    if (!y || !(a.available > 0)) continue;
    const region = y.regions[a.region];
    if (region) region.surplus += a.available;
    y.total.surplus += a.available;
  }
  for (const y of years.values()) {
    for (const f of [...Object.values(y.regions), ...Object.values(y.departements), y.total]) {
      f.coverage = coverage(f.jobs, f.unfilled);
    }
  }
  return new Map([...years].sort(([a], [b]) => a - b));
}

/** The year a territory's (or site's) unfilled jobs are largest, if it ever has any. */
export function peakOf(
  years: Map<number, YearFigures>,
  pick: (y: YearFigures) => Figure | undefined
): { year: number; unfilled: number } | null {
  let best: { year: number; unfilled: number } | null = null;
  for (const y of years.values()) {
    const f = pick(y);
    if (f && f.unfilled > 0 && (!best || f.unfilled > best.unfilled))
      best = { year: y.year, unfilled: f.unfilled };
  }
  return best;
}

/** Each site's largest jobs figure over the years (its largest symbol: the placement's size). */
export function maxJobsBySite(years: Map<number, YearFigures>): Record<string, number> {
  const max: Record<string, number> = {};
  for (const y of years.values())
    for (const [id, f] of Object.entries(y.sites)) max[id] = Math.max(max[id] ?? 0, f.jobs);
  return max;
}
