/**
 * A territory's slice of the model: its sites, the programmes that feed them, and the figures
 * the overview shows (per site and in total at a year).
 */
import { ascending, greatest } from 'd3';
import {
  aggregateBySite,
  aggregateTotal,
  projectDetailed,
  type AggregateRow,
  type PlacesToCloseGapResult,
  type ProjectionDetail,
  type ProjectionInput,
  type ProjectionRow
} from '../forecast/index.ts';
import { dataLang, newestSourceDate } from '../data/provenance.ts';
import type { Dataset, ObservationRecord, ProgrammeRecord, SiteRecord } from '../data/queries.ts';
import { mapFigures, type YearFigures } from '../map/figures.ts';
import { defaultState, type AppState, type PresetId } from '../state/app-state.ts';
import { buildModelInput, closingCosts } from './build.ts';

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
    .sort((a, b) => (a === '32' ? -1 : b === '32' ? 1 : ascending(a, b)))
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
      .sort((a, b) => ascending(a.date, b.date))
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

/** The year the net gap is largest, with its value (null when there is never a shortage). Pages
 * quote `peakUnfilled`; this one stays for the net gap column. */
export function peakGap(total: readonly AggregateRow[]): { year: number; gap: number } | null {
  const best = greatest(
    total.filter((r) => r.gap > 0),
    (r) => r.gap
  );
  return best ? { year: best.year, gap: best.gap } : null;
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
  const best = greatest(
    total.filter((r) => r.unfilled > 0.5),
    (r) => r.unfilled
  );
  return best ? { year: best.year, unfilled: best.unfilled } : null;
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
    .sort((a, b) => a.from - b.from || ascending(a.id, b.id));
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

/** A renewal with its programmes' names (and their language where it differs), for a chart. */
export function renewalNames(
  renewal: ReturnType<typeof earliestRenewal>,
  programmes: readonly ProgrammeRecord[],
  lang: 'fr' | 'en'
): { from: number; programmes: { name: string; from: number; lang?: string }[] } | null {
  if (!renewal) return null;
  return {
    from: renewal.from,
    programmes: renewal.programmes.map(({ id, from }) => {
      const p = programmes.find((x) => x.id === id);
      return { name: p?.name ?? id, from, lang: p ? dataLang(lang, p) : undefined };
    })
  };
}

export type TerritoryScope =
  | { level: 'region'; region: string }
  | { level: 'departement'; region: string; code: string }
  | { level: 'site'; region: string; siteId: string };

/** "What it takes" as every page quotes it. */
export interface ClosingFigures {
  byYear: number;
  from: number;
  /** The unfilled jobs the places fill: Σ of the occupations' unfilled jobs at byYear. */
  unfilled: number;
  /** Extra places a year; null when an occupation cannot be closed by then. */
  places: number | null;
  /** Euros a year of the places whose cost is known; null when none is. */
  euros: number | null;
  /** Occupations whose cost per place is unknown (named, never counted as 0). */
  unknownCosts: string[];
}

/**
 * The map's figures: the whole country's projection under a scenario, per site, département,
 * région and year (each région's figures are those of its own TerritoryModel: pools never cross
 * régions).
 */
export function nationalFigures(
  dataset: Dataset,
  scenario: Pick<AppState, 'preset' | 'years' | 'levers' | 'region'>
): Map<number, YearFigures> {
  const state: AppState = { ...defaultState(), ...scenario };
  const detail = projectDetailed(buildModelInput(state, dataset));
  return mapFigures(detail.rows, dataset.sites, detail.unplaced);
}

/** The sites of a scope. */
export function scopeSites(sites: readonly SiteRecord[], scope: TerritoryScope): SiteRecord[] {
  if (scope.level === 'site') return sites.filter((s) => s.id === scope.siteId);
  if (scope.level === 'departement') return sites.filter((s) => s.departement === scope.code);
  return sites.filter((s) => s.region === scope.region);
}

/** The ids of some sites, for lookups. */
export function idsOf(sites: readonly { id: string }[]): ReadonlySet<string> {
  return new Set(sites.map((s) => s.id));
}

/**
 * The date of a territory's figures: the newest source date among its sites, their plans and
 * observations, and the programmes that feed it.
 */
export function territoryDataDate(
  dataset: Pick<Dataset, 'sitePlans' | 'observations'>,
  sites: readonly SiteRecord[],
  programmes: readonly ProgrammeRecord[]
): string {
  const ids = idsOf(sites);
  return newestSourceDate(
    sites,
    dataset.sitePlans.filter((p) => ids.has(p.siteId)),
    dataset.observations.filter((o) => o.subjectType === 'site' && ids.has(o.subjectId)),
    programmes
  );
}

/** The région's model input under the state's scenario (or another preset's). */
export function regionModelInput(
  dataset: Dataset,
  state: AppState,
  region: string,
  preset?: PresetId
): ProjectionInput {
  return restrictToRegion(buildModelInput(state, dataset, preset), region);
}

/** The quoted figures of a "what it takes" answer, from its costs (closingCosts). */
export function closingFigures(
  closing: PlacesToCloseGapResult,
  costs: Pick<ReturnType<typeof closingCosts>, 'knownEurosPerYear' | 'unknown'>
): ClosingFigures {
  return {
    byYear: closing.byYear,
    from: closing.fromYear,
    unfilled: closing.byOccupation.reduce((s, o) => s + Math.max(0, o.gapBefore), 0),
    places: closing.totalExtraPlaces,
    euros: costs.knownEurosPerYear > 0 ? costs.knownEurosPerYear : null,
    unknownCosts: costs.unknown
  };
}

/**
 * A scope's rows and totals in its région's projection: the sites' cells (all of them for the
 * whole région, whose surplus also counts its pools' available people).
 */
export function scopeTotals(
  detail: Pick<ProjectionDetail, 'rows' | 'unplaced'>,
  siteIds: ReadonlySet<string> | null,
  options: { byOccupation?: boolean } = {}
): { rows: ProjectionRow[]; total: AggregateRow[] } {
  const rows = siteIds ? detail.rows.filter((r) => siteIds.has(r.siteId)) : detail.rows;
  return {
    rows,
    total: aggregateTotal(rows, siteIds ? options : { available: detail.unplaced, ...options })
  };
}
