/**
 * A territory's slice of the model: its sites, the programmes that feed them, and the figures
 * the overview shows (per site and in total at a year).
 */
import {
  aggregateBySite,
  aggregateTotal,
  type AggregateRow,
  type ProjectionDetail,
  type ProjectionInput,
  type ProjectionRow
} from '../forecast/index.ts';
import type { Dataset, ObservationRecord, ProgrammeRecord, SiteRecord } from '../data/queries.ts';

/**
 * The régions a territory menu offers: those with a tracked site or a programme aimed at the
 * région, Hauts-de-France (the default) first, then by code; each with its name.
 */
export function trackedRegions(
  dataset: Pick<Dataset, 'sites' | 'programmes' | 'regions'>
): { code: string; name: string }[] {
  const codes = new Set([
    ...dataset.sites.map((s) => s.region),
    ...dataset.programmes.flatMap((p) => (p.targetRegion ? [p.targetRegion] : []))
  ]);
  return [...codes]
    .sort((a, b) => (a === '32' ? -1 : b === '32' ? 1 : a.localeCompare(b)))
    .map((code) => ({ code, name: dataset.regions.find((r) => r.code === code)?.name ?? code }));
}

/**
 * The training programmes that feed a territory: those aimed at one of its sites, or at its
 * région (a département's programmes include its région's, whose pool its sites share).
 */
export function feedingProgrammes(
  programmes: readonly ProgrammeRecord[],
  siteIds: ReadonlySet<string>,
  region: string
): ProgrammeRecord[] {
  return programmes.filter(
    (p) =>
      p.programmeType === 'training' &&
      ((p.targetSite !== null && siteIds.has(p.targetSite)) || p.targetRegion === region)
  );
}

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

/** The year the net gap is largest, with its value (null when there is never a shortage). Pages
 * quote `peakUnfilled`; this one stays for the net gap column. */
export function peakGap(total: readonly AggregateRow[]): { year: number; gap: number } | null {
  let best: { year: number; gap: number } | null = null;
  for (const r of total)
    if (r.gap > 0 && (!best || r.gap > best.gap)) best = { year: r.year, gap: r.gap };
  return best;
}

/**
 * A territory's total rows with its available people: unfilled jobs summed over the cells
 * (never netted), `surplus` = the trained people with no post at the tracked sites of its
 * régions (docs/model.md, "The gap, never netted"). The figures every page's headline quotes.
 *
 * @example territoryTotal(projectDetailed(input)).find((r) => r.year === 2030)!.unfilled;
 */
export function territoryTotal(
  detail: Pick<ProjectionDetail, 'rows' | 'unplaced'>,
  options: { byOccupation?: boolean } = {}
): AggregateRow[] {
  return aggregateTotal(detail.rows, { available: detail.unplaced, ...options });
}

/** The year the unfilled jobs are most numerous, with their number (null when there are none). */
export function peakUnfilled(
  total: readonly AggregateRow[]
): { year: number; unfilled: number } | null {
  let best: { year: number; unfilled: number } | null = null;
  for (const r of total)
    if (r.unfilled > 0.5 && (!best || r.unfilled > best.unfilled))
      best = { year: r.year, unfilled: r.unfilled };
  return best;
}

/**
 * The first year that rests on the renewal assumption among the given programmes (every one of
 * `renewedFrom` when `programIds` is absent), with the programmes renewed and their years,
 * earliest first; null when none is renewed (e.g. with afterFundedEnd 'stop').
 *
 * @example earliestRenewal(detail.renewedFrom);
 *   // { from: 2024, programmes: [{ id: 'aesc-tsmi', from: 2024 }, …, { id: 'electromob', from: 2031 }] }
 */
export function earliestRenewal(
  renewedFrom: Readonly<Record<string, number>>,
  programIds?: Iterable<string>
): { from: number; programmes: { id: string; from: number }[] } | null {
  const keep = programIds ? new Set(programIds) : null;
  const programmes = Object.entries(renewedFrom)
    .filter(([id]) => !keep || keep.has(id))
    .map(([id, from]) => ({ id, from }))
    .sort((a, b) => a.from - b.from || a.id.localeCompare(b.id));
  return programmes.length ? { from: programmes[0].from, programmes } : null;
}

/**
 * At one year, the occupations that lack trained people and those whose trained people have no
 * post, largest first: why a territory can show unfilled jobs and available people at once (they
 * are not the same occupations, or not the same régions), instead of netting one against the
 * other.
 */
export function occupationBalance(
  byOccupation: readonly AggregateRow[],
  year: number
): {
  unfilled: { occupation: string; value: number }[];
  surplus: { occupation: string; value: number }[];
} {
  const at = byOccupation.filter((r) => r.year === year && r.occupation !== null);
  const list = (key: 'unfilled' | 'surplus') =>
    at
      .filter((r) => r[key] > 0.5)
      .map((r) => ({ occupation: r.occupation!, value: r[key] }))
      .sort((a, b) => b.value - a.value);
  return { unfilled: list('unfilled'), surplus: list('surplus') };
}
