/**
 * A territory's slice of the model: its sites, the programmes that feed them, and the figures
 * the overview shows (per site and in total at a year).
 */
import {
  aggregateBySite,
  aggregateTotal,
  type AggregateRow,
  type ProjectionInput,
  type ProjectionRow
} from '../forecast/index.ts';
import type { ObservationRecord, SiteRecord } from '../data/queries.ts';

/** Only the sites of `region` and the programmes that target them or the région. */
export function restrictToRegion(input: ProjectionInput, region: string): ProjectionInput {
  const sites = input.sites.filter((s) => s.region === region);
  const ids = new Set(sites.map((s) => s.id));
  const programs = input.programs.filter((p) =>
    'site' in p.target ? ids.has(p.target.site) : p.target.region === region
  );
  const keep = <T>(o: Record<string, T> | undefined, ok: (id: string) => boolean) =>
    o ? Object.fromEntries(Object.entries(o).filter(([id]) => ok(id))) : undefined;
  const programIds = new Set(programs.map((p) => p.id));
  return {
    sites,
    programs,
    scenario: {
      ...input.scenario,
      sites: keep(input.scenario.sites, (id) => ids.has(id)),
      programs: keep(input.scenario.programs, (id) => programIds.has(id))
    }
  };
}

export interface SiteSummary {
  site: SiteRecord;
  /** Latest observed headcount, if any. */
  observed: ObservationRecord | null;
  /** Projected figures at the chosen year (summed over occupations). */
  at: AggregateRow | null;
}

export function latestHeadcount(
  observations: readonly ObservationRecord[],
  siteId: string
): ObservationRecord | null {
  return (
    observations
      .filter((o) => o.subjectType === 'site' && o.subjectId === siteId && o.metric === 'headcount')
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1) ?? null
  );
}

export function siteSummaries(
  rows: readonly ProjectionRow[],
  sites: readonly SiteRecord[],
  observations: readonly ObservationRecord[],
  year: number
): SiteSummary[] {
  const bySite = aggregateBySite(rows.filter((r) => r.year === year));
  return sites.map((site) => ({
    site,
    observed: latestHeadcount(observations, site.id),
    at: bySite.find((r) => r.siteId === site.id) ?? null
  }));
}

/** Total over the territory's sites at each year. */
export function totals(rows: readonly ProjectionRow[]): AggregateRow[] {
  return aggregateTotal(rows);
}

/** The year the gap is largest, with its value (null when there is never a shortage). */
export function peakGap(total: readonly AggregateRow[]): { year: number; gap: number } | null {
  let best: { year: number; gap: number } | null = null;
  for (const r of total)
    if (r.gap > 0 && (!best || r.gap > best.gap)) best = { year: r.year, gap: r.gap };
  return best;
}
