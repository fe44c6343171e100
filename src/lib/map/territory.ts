/**
 * Territories of the map and the briefs: their addresses and their slice of the model.
 *
 * Addresses: `/territoires/32` is the région Hauts-de-France and `/territoires/59` the
 * département du Nord. Région and département codes overlap (32 is also the Gers, 11 the Aude,
 * 75 Paris…), so a bare code means the région where one exists, and a département whose code is
 * also a région's is `departement-32`.
 *
 * A département's slice of the model: its sites, the programmes that target them, and the
 * région's programmes — which the model shares between all the région's sites in proportion to
 * their hires (MODEL.md) — cut to the part of their graduates the département's sites receive in
 * the région's projection. The brief's figures come from the région's projection itself; the
 * slice serves what needs a model input of its own (Monte Carlo, places to close the gap).
 *
 * @example
 *   territorySlug({ level: 'departement', code: '32' }, regionCodes); // 'departement-32'
 *   parseTerritorySlug('59', regionCodes, depCodes); // { level: 'departement', code: '59' }
 */
import {
  graduationSplit,
  intakeAt,
  projectDetailed,
  type Program,
  type ProgramOverride,
  type ProjectionInput
} from '../forecast/index.ts';
import { firstIntakeYear, isActiveYear } from '../forecast/pipeline.ts';

export type TerritoryLevel = 'region' | 'departement';

export interface TerritoryRef {
  level: TerritoryLevel;
  code: string;
}

export const DEPARTEMENT_PREFIX = 'departement-';

/** The address segment of a territory's brief. */
export function territorySlug(ref: TerritoryRef, regionCodes: ReadonlySet<string>): string {
  if (ref.level === 'region') return ref.code;
  return regionCodes.has(ref.code) ? `${DEPARTEMENT_PREFIX}${ref.code}` : ref.code;
}

/** The territory of an address segment, or null when it names none. */
export function parseTerritorySlug(
  slug: string,
  regionCodes: ReadonlySet<string>,
  departementCodes: ReadonlySet<string>
): TerritoryRef | null {
  if (slug.startsWith(DEPARTEMENT_PREFIX)) {
    const code = slug.slice(DEPARTEMENT_PREFIX.length).toUpperCase();
    // Only where the bare code is taken by a région: one address per territory.
    return departementCodes.has(code) && regionCodes.has(code)
      ? { level: 'departement', code }
      : null;
  }
  if (regionCodes.has(slug)) return { level: 'region', code: slug };
  const code = slug.toUpperCase();
  return departementCodes.has(code) ? { level: 'departement', code } : null;
}

export interface DepartementSlice {
  input: ProjectionInput;
  /** Per région programme kept: the share of its placed graduates the département receives. */
  shares: Record<string, number>;
}

/**
 * The model input of a département: `regionInput` (already restricted to the région, see
 * `restrictToRegion`) cut down to the sites `siteIds`. Each région programme keeps only the
 * cohorts' part that the model would send to those sites: the intake of cohort y is multiplied
 * by s(t) = H_here(t) / H_région(t) at its graduation year t (hires needed in its occupation, from
 * the région's projection), so the slice gives the région's figures for those sites (exactly for
 * whole-year durations, within rounding otherwise). Under Monte Carlo draws the shares stay those
 * of the central run.
 */
export function restrictToDepartement(
  regionInput: ProjectionInput,
  siteIds: ReadonlySet<string>
): DepartementSlice {
  const detail = projectDetailed(regionInput);
  const [from, to] = regionInput.scenario.years;
  // Hires needed per occupation and year: in the région, and at the département's sites.
  const hires = new Map<string, { all: number; here: number }>();
  for (const r of detail.rows) {
    const key = `${r.occupation}|${r.year}`;
    const h = hires.get(key) ?? { all: 0, here: 0 };
    h.all += r.hires;
    if (siteIds.has(r.siteId)) h.here += r.hires;
    hires.set(key, h);
  }
  const shareAt = (occupation: string, t: number) => {
    const h = hires.get(`${occupation}|${Math.min(to, Math.max(from, t))}`);
    return h && h.all > 0 ? h.here / h.all : 0;
  };

  // The share of each région programme's placed graduates that reaches the département.
  const shares: Record<string, number> = {};
  const regional = regionInput.programs.filter((p) => 'region' in p.target);
  for (const p of regional) {
    let all = 0;
    let here = 0;
    for (const f of detail.programs) {
      if (f.programId !== p.id) continue;
      all += f.placed;
      here += f.placed * shareAt(p.occupation, f.year);
    }
    if (all > 0 && here > 0) shares[p.id] = here / all;
  }

  const scenarioScale = regionInput.scenario.intakeScale ?? 1;
  const overrides: Record<string, ProgramOverride> = {};
  const programs: Program[] = [];
  for (const p of regionInput.programs) {
    const o: ProgramOverride = { ...(regionInput.scenario.programs?.[p.id] ?? {}) };
    if ('site' in p.target) {
      if (!siteIds.has(p.target.site)) continue;
      programs.push(p);
    } else {
      if (!(p.id in shares)) continue;
      // Extra places (the budget lever) go into the yearly intake, so they get shared too.
      const scale = scenarioScale * (o.intakeScale ?? 1);
      const extra = o.extraIntake && scale > 0 ? o.extraIntake / scale : 0;
      if (extra) delete o.extraIntake;
      else if (o.extraIntake) o.extraIntake *= shares[p.id];
      const split = graduationSplit(p.durationYears);
      const first = Math.max(
        Math.min(firstIntakeYear(p), p.startYear),
        from - split[split.length - 1].lag
      );
      const intake: Record<number, number> = {};
      for (let y = first; y <= to; y++) {
        const I = intakeAt(p, y, to) + (isActiveYear(p, y, to) ? extra : 0);
        const s = split.reduce(
          (sum, { lag, share }) => sum + share * shareAt(p.occupation, y + lag),
          0
        );
        if (I * s > 0) intake[y] = I * s;
      }
      programs.push({ ...p, intake });
    }
    if (Object.keys(o).length) overrides[p.id] = o;
  }
  const siteOverrides = Object.fromEntries(
    Object.entries(regionInput.scenario.sites ?? {}).filter(([id]) => siteIds.has(id))
  );
  return {
    input: {
      sites: regionInput.sites.filter((s) => siteIds.has(s.id)),
      programs,
      scenario: { ...regionInput.scenario, sites: siteOverrides, programs: overrides }
    },
    shares
  };
}

/** What the map's side panel shows: a site, a territory, or (null) France as a whole. */
export type MapSelection =
  { kind: 'site'; id: string } | { kind: 'region' | 'departement'; code: string };
