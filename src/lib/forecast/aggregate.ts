/**
 * Région, site and total aggregates of projection rows (MODEL.md: "Region and total rows are sums
 * of site rows, coverage recomputed from the sums, not averaged").
 *
 * @example
 *   aggregateTotal(rows);                        // one row per year, all sites and occupations
 *   aggregateByRegion(rows);                     // one row per région × year
 *   aggregateByRegion(rows, { byOccupation: true }); // région × occupation × year
 *   aggregateBySite(rows);                       // site × year, summed over occupations
 */
import { coverageOf } from './project.ts';
import type { AggregateRow, ProjectionRow, UnplacedRow } from './types.ts';

export interface AggregateOptions {
  /** Keep occupations apart (default false: sum over them). */
  byOccupation?: boolean;
  /** The available pools (`projectDetailed(…).unplaced`): counted in région and total rows'
   * `surplus` (trained people with no post in the territory). Site rows have none. */
  available?: readonly UnplacedRow[];
}

type Key = 'siteId' | 'region' | 'occupation';

/** Sums rows sharing the given dimensions (and the year); other dimensions become null. */
export function aggregate(
  rows: readonly ProjectionRow[],
  keys: readonly Key[],
  options: Pick<AggregateOptions, 'available'> = {}
): AggregateRow[] {
  const groups = new Map<string, AggregateRow>();
  const keyOf = (r: Pick<ProjectionRow, Key | 'year'>) =>
    keys.map((k) => r[k]).join('\u0000') + '\u0000' + r.year;
  for (const r of rows) {
    const key = keyOf(r);
    let g = groups.get(key);
    if (!g) {
      g = {
        siteId: keys.includes('siteId') ? r.siteId : null,
        region: keys.includes('region') || keys.includes('siteId') ? r.region : null,
        occupation: keys.includes('occupation') ? r.occupation : null,
        year: r.year,
        jobs: 0,
        hires: 0,
        placed: 0,
        trained: 0,
        gap: 0,
        unfilled: 0,
        surplus: 0,
        coverage: null,
        hiresGap: 0,
        indirectJobs: 0
      };
      groups.set(key, g);
    }
    g.jobs += r.jobs;
    g.hires += r.hires;
    g.placed += r.placed;
    g.trained += r.trained;
    g.gap += r.gap;
    g.unfilled += r.unfilled;
    g.surplus += r.surplus;
    g.hiresGap += r.hiresGap;
    g.indirectJobs += r.indirectJobs;
  }
  // Pools belong to a région (and an occupation), not to a site: only région and total rows.
  // Pass the pools of the same projection as the rows; a pool belongs to a région, so it is
  // counted in its région's row, and in the total (even a région without a site, as `simulate`
  // counts it); a département's row must not be given them.
  if (options.available && !keys.includes('siteId')) {
    for (const a of options.available) {
      const g = groups.get(
        keyOf({ siteId: '', region: a.region, occupation: a.occupation, year: a.year })
      );
      if (g) g.surplus += a.available;
    }
  }
  const out = [...groups.values()];
  // Σ min(J, W) / Σ J: the in-post count of a cell never exceeds its jobs (so Σ W − surplus of cells).
  for (const g of out) g.coverage = coverageOf(g.jobs - g.unfilled, g.jobs);
  return out;
}

/** One row per région × year (× occupation with `byOccupation`). */
export function aggregateByRegion(
  rows: readonly ProjectionRow[],
  options: AggregateOptions = {}
): AggregateRow[] {
  return aggregate(rows, options.byOccupation ? ['region', 'occupation'] : ['region'], options);
}

/** One row per year (× occupation with `byOccupation`): every site summed. */
export function aggregateTotal(
  rows: readonly ProjectionRow[],
  options: AggregateOptions = {}
): AggregateRow[] {
  return aggregate(rows, options.byOccupation ? ['occupation'] : [], options);
}

/** One row per site × year: the site's occupations summed. */
export function aggregateBySite(rows: readonly ProjectionRow[]): AggregateRow[] {
  return aggregate(rows, ['siteId']);
}
