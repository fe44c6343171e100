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
import { greatest, rollup, sum } from 'd3';
import type { ProjectionRow, UnplacedRow } from '../forecast/index.ts';
import { coverageOf } from '../forecast/project.ts';

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

/** The summed fields of a figure (coverage is recomputed from the sums, never summed). */
const SUMMED = ['jobs', 'trained', 'unfilled', 'surplus', 'indirectJobs'] as const;

/** Σ of each summed field over `parts`, the coverage of the sums, and the sites summed. */
function sumOf(parts: readonly Pick<Figure, (typeof SUMMED)[number]>[], siteCount: number): Figure {
  const [jobs, trained, unfilled, surplus, indirectJobs] = SUMMED.map((k) =>
    sum(parts, (p) => p[k])
  );
  return withCoverage({
    jobs,
    trained,
    unfilled,
    surplus,
    coverage: null,
    indirectJobs,
    siteCount
  });
}

/** Σ min(J, W) / Σ J from the sums: (jobs − unfilled) / jobs, null without jobs. */
function withCoverage(f: Figure): Figure {
  f.coverage = coverageOf(f.jobs - f.unfilled, f.jobs);
  return f;
}

/** Territories' figures: the sums of their sites' figures. */
function byTerritory(
  sites: Record<string, Figure>,
  key: (id: string) => string
): Record<string, Figure> {
  const ids = Object.keys(sites);
  const groups = rollup(
    ids,
    (g) =>
      sumOf(
        g.map((id) => sites[id]),
        sum(g, (id) => sites[id].siteCount)
      ),
    key
  );
  return Object.fromEntries(groups);
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
  // Sites first: each site's cells (its occupations) summed, per year.
  const bySiteYear = rollup(
    rows.filter((r) => where.has(r.siteId)),
    (cells) => sumOf(cells, 1),
    (r) => r.year,
    (r) => r.siteId
  );
  // The pools' available people per year and région: a région's, never a département's or a
  // site's; the total counts every pool, a région without a tracked site too (as aggregateTotal
  // and simulate do).
  const pools = rollup(
    available.filter((a) => a.available > 0),
    (g) => sum(g, (a) => a.available),
    (a) => a.year,
    (a) => a.region
  );
  const years = new Map<number, YearFigures>();
  for (const year of [...bySiteYear.keys()].sort((a, b) => a - b)) {
    const siteFigures = Object.fromEntries(bySiteYear.get(year)!);
    const regions = byTerritory(siteFigures, (id) => where.get(id)!.region);
    const departements = byTerritory(siteFigures, (id) => where.get(id)!.departement);
    const total = sumOf(Object.values(siteFigures), Object.keys(siteFigures).length);
    for (const [region, people] of pools.get(year) ?? []) {
      if (regions[region]) regions[region].surplus += people;
      total.surplus += people;
    }
    years.set(year, { year, total, sites: siteFigures, regions, departements });
  }
  return years;
}

/** The year a territory's (or site's) unfilled jobs are largest, if it ever has any. */
export function peakOf(
  years: Map<number, YearFigures>,
  pick: (y: YearFigures) => Figure | undefined
): { year: number; unfilled: number } | null {
  const short = [...years.values()]
    .map((y) => ({ year: y.year, unfilled: pick(y)?.unfilled ?? 0 }))
    .filter((p) => p.unfilled > 0);
  return greatest(short, (p) => p.unfilled) ?? null;
}

/** Each site's largest jobs figure over the years (its largest symbol: the placement's size). */
export function maxJobsBySite(years: Map<number, YearFigures>): Record<string, number> {
  const max: Record<string, number> = {};
  for (const y of years.values())
    for (const [id, f] of Object.entries(y.sites)) max[id] = Math.max(max[id] ?? 0, f.jobs);
  return max;
}
