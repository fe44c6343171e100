/**
 * The map's figures: the projection's rows summed per site, per département, per région and in
 * total, for every year of the horizon — computed once per scenario, so moving the year slider
 * only picks another year's table and recolours (MODEL.md: territory rows are sums of site rows,
 * coverage recomputed from the sums, never averaged).
 *
 * @example
 *   const years = mapFigures(project(input), dataset.sites);
 *   years.get(2030)?.regions['32']; // { jobs, trained, gap, coverage, indirectJobs, siteCount }
 */
import type { ProjectionRow } from '../forecast/index.ts';

export interface Figure {
  jobs: number;
  trained: number;
  /** jobs − trained: > 0 people missing. */
  gap: number;
  /** trained ÷ jobs, null without jobs. */
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
  return { jobs: 0, trained: 0, gap: 0, coverage: null, indirectJobs: 0, siteCount: 0 };
}

function add(into: Figure, from: Figure): void {
  into.jobs += from.jobs;
  into.trained += from.trained;
  into.gap += from.gap;
  into.indirectJobs += from.indirectJobs;
  into.siteCount += from.siteCount;
}

/** W / J where J > 0 (as the model's `coverageOf`). */
export function coverage(trained: number, jobs: number): number | null {
  if (!(jobs > 0)) return null;
  const c = trained / jobs;
  return Number.isFinite(c) ? c : null;
}

/** Every year's figures, by year. Rows of sites missing from `sites` are left out. */
export function mapFigures(
  rows: readonly ProjectionRow[],
  sites: readonly SiteLocation[]
): Map<number, YearFigures> {
  const where = new Map(sites.map((s) => [s.id, s]));
  const years = new Map<number, YearFigures>();
  // Sites first: sum each site's occupations.
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
    f.gap += r.gap;
    f.indirectJobs += r.indirectJobs;
  }
  // Then territories and the total, as sums of sites.
  for (const y of years.values()) {
    for (const [id, f] of Object.entries(y.sites)) {
      const s = where.get(id)!;
      f.coverage = coverage(f.trained, f.jobs);
      add((y.regions[s.region] ??= empty()), f);
      add((y.departements[s.departement] ??= empty()), f);
      add(y.total, f);
    }
    for (const f of [...Object.values(y.regions), ...Object.values(y.departements), y.total]) {
      f.coverage = coverage(f.trained, f.jobs);
    }
  }
  return new Map([...years].sort(([a], [b]) => a - b));
}

/** The year a territory's (or site's) gap is largest, if it is ever a shortage. */
export function peakOf(
  years: Map<number, YearFigures>,
  pick: (y: YearFigures) => Figure | undefined
): { year: number; gap: number } | null {
  let best: { year: number; gap: number } | null = null;
  for (const y of years.values()) {
    const f = pick(y);
    if (f && f.gap > 0 && (!best || f.gap > best.gap)) best = { year: y.year, gap: f.gap };
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
