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
import type { AggregateRow, ProjectionRow } from './types.ts';

export interface AggregateOptions {
  /** Keep occupations apart (default false: sum over them). */
  byOccupation?: boolean;
}

type Key = 'siteId' | 'region' | 'occupation';

/** Sums rows sharing the given dimensions (and the year); other dimensions become null. */
export function aggregate(rows: readonly ProjectionRow[], keys: readonly Key[]): AggregateRow[] {
  const groups = new Map<string, AggregateRow>();
  for (const r of rows) {
    const key = keys.map((k) => r[k]).join('\u0000') + '\u0000' + r.year;
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
    g.hiresGap += r.hiresGap;
    g.indirectJobs += r.indirectJobs;
  }
  const out = [...groups.values()];
  for (const g of out) g.coverage = coverageOf(g.trained, g.jobs);
  return out;
}

/** One row per région × year (× occupation with `byOccupation`). */
export function aggregateByRegion(
  rows: readonly ProjectionRow[],
  options: AggregateOptions = {}
): AggregateRow[] {
  return aggregate(rows, options.byOccupation ? ['region', 'occupation'] : ['region']);
}

/** One row per year (× occupation with `byOccupation`): every site summed. */
export function aggregateTotal(
  rows: readonly ProjectionRow[],
  options: AggregateOptions = {}
): AggregateRow[] {
  return aggregate(rows, options.byOccupation ? ['occupation'] : []);
}

/** One row per site × year: the site's occupations summed. */
export function aggregateBySite(rows: readonly ProjectionRow[]): AggregateRow[] {
  return aggregate(rows, ['siteId']);
}
