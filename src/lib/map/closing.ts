/**
 * "What it takes" for a département: the extra training places a year, at the département's own
 * sites, that give every one of their jobs a trained person by a chosen year — exactly the
 * unfilled jobs its brief quotes, which are those of its sites in the région's projection.
 *
 * Why not `placesToCloseGap` on a cut-down input: in the model (docs/model.md, "Supply"), the
 * graduates of région programmes and the overflow of every site's programmes meet in one pool
 * per région and occupation, which fills the vacancies of all the région's sites in proportion
 * to them. A département's sites cannot be cut out of that pool without changing their figures,
 * and places opened for the whole région would mostly go to the other départements. So the
 * places here are programmes targeting the département's sites (shared between them by their
 * jobs in the occupation at `byYear`), run inside the région's model: what a site cannot take
 * joins the région's pool, as any site programme's graduates would.
 *
 * Per occupation o, the unfilled jobs of the département's cells of o at `byYear`,
 * u_o(x) = Σ max(0, J − W), fall as the yearly places x grow; x is the smallest (by bisection)
 * with u_o(x) ≤ 10⁻⁶ × the jobs of o there. The new courses take the duration, completion and
 * placement of the existing programmes of o weighted by intake (`DEFAULT_NEW_PROGRAM` where there
 * are none), the scenario's scales as every programme, and a first intake `fromYear`: the rules
 * of `placesToCloseGap`, which serves the région's brief.
 *
 * @example
 *   placesToFillSites(regionInput, new Set(['aesc-douai', 'verkor-dunkerque']), {
 *     byYear: 2030, fromYear: 2027 });
 *   // { byYear: 2030, fromYear: 2027, totalExtraPlaces: …, byOccupation: [{ occupation:
 *   //   'operator', extraPlacesPerYear: …, gapBefore: …, gapAfter: ≈ 0, feasible: true }, …] }
 */
import {
  DEFAULT_NEW_PROGRAM,
  project,
  type OccupationPlaces,
  type PlacesToCloseGapResult,
  type Program,
  type ProgramOverride,
  type ProjectionInput
} from '../forecast/index.ts';

export interface PlacesToFillSitesOptions {
  byYear: number;
  fromYear: number;
  /** Upper limit of the search, places per year (default 1 000 000). */
  maxPlaces?: number;
}

const EXTRA_PREFIX = 'extra-places-';

/** A programme's typical yearly intake: the number, or the mean of the map's values. */
function meanIntake(p: Program): number {
  if (typeof p.intake === 'number') return p.intake;
  const values = Object.values(p.intake);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

export function placesToFillSites(
  input: ProjectionInput,
  siteIds: ReadonlySet<string>,
  options: PlacesToFillSitesOptions
): PlacesToCloseGapResult {
  const { byYear, fromYear } = options;
  const maxPlaces = options.maxPlaces ?? 1e6;
  const base = project(input).filter((r) => r.year === byYear && siteIds.has(r.siteId));
  // Jobs of each occupation at byYear, per site of the département.
  const jobs = new Map<string, Map<string, number>>();
  for (const r of base) {
    if (!(r.jobs > 0)) continue;
    const m = jobs.get(r.occupation) ?? new Map<string, number>();
    m.set(r.siteId, (m.get(r.siteId) ?? 0) + r.jobs);
    jobs.set(r.occupation, m);
  }

  const byOccupation: OccupationPlaces[] = [];
  for (const [occupation, sites] of jobs) {
    const totalJobs = [...sites.values()].reduce((a, b) => a + b, 0);
    const existing = input.programs.filter((p) => p.occupation === occupation);
    const weight = existing.reduce((s, p) => s + meanIntake(p), 0);
    const avg = (f: (p: Program) => number, fallback: number): number =>
      weight > 0 ? existing.reduce((s, p) => s + f(p) * meanIntake(p), 0) / weight : fallback;
    const template = {
      durationYears: avg((p) => p.durationYears, DEFAULT_NEW_PROGRAM.durationYears),
      completionRate: avg((p) => p.completionRate, DEFAULT_NEW_PROGRAM.completionRate),
      placementRate: avg((p) => p.placementRate, DEFAULT_NEW_PROGRAM.placementRate)
    };
    const extra: Program[] = [...sites].map(([site, J]) => ({
      id: `${EXTRA_PREFIX}${occupation}-${site}`,
      name: `Extra places (${occupation}, ${site})`,
      occupation,
      intake: J / totalJobs,
      startYear: fromYear,
      ...template,
      target: { site }
    }));
    const unfilledWith = (x: number): number => {
      // x places a year in all, whatever the scenario's intakeScale (as placesToCloseGap).
      const programs: Record<string, ProgramOverride> = { ...input.scenario.programs };
      for (const p of extra)
        programs[p.id] = { intakeScale: 0, extraIntake: x * (p.intake as number) };
      const rows = project({
        ...input,
        programs: [...input.programs, ...extra],
        scenario: { ...input.scenario, programs }
      });
      let u = 0;
      for (const r of rows)
        if (r.year === byYear && r.occupation === occupation && siteIds.has(r.siteId))
          u += r.unfilled;
      return u;
    };
    const tol = 1e-6 * Math.max(1, totalJobs);
    const gapBefore = base
      .filter((r) => r.occupation === occupation)
      .reduce((s, r) => s + r.unfilled, 0);
    if (gapBefore <= tol) {
      byOccupation.push({
        occupation,
        extraPlacesPerYear: 0,
        gapBefore,
        gapAfter: gapBefore,
        feasible: true
      });
      continue;
    }
    let hi = 1;
    let atHi = unfilledWith(hi);
    while (atHi > tol && hi < maxPlaces) {
      hi = Math.min(maxPlaces, hi * 2);
      atHi = unfilledWith(hi);
    }
    if (atHi > tol) {
      byOccupation.push({
        occupation,
        extraPlacesPerYear: null,
        gapBefore,
        gapAfter: atHi,
        feasible: false
      });
      continue;
    }
    // Places are quoted to two significant digits: a thousandth of a place is more than enough.
    let lo = 0;
    while (hi - lo > 1e-3 * Math.max(1, hi)) {
      const mid = (lo + hi) / 2;
      const u = unfilledWith(mid);
      if (u > tol) lo = mid;
      else {
        hi = mid;
        atHi = u;
      }
    }
    byOccupation.push({
      occupation,
      extraPlacesPerYear: hi,
      gapBefore,
      gapAfter: atHi,
      feasible: true
    });
  }
  const feasible = byOccupation.every((o) => o.extraPlacesPerYear !== null);
  return {
    byYear,
    fromYear,
    totalExtraPlaces: feasible
      ? byOccupation.reduce((s, o) => s + (o.extraPlacesPerYear ?? 0), 0)
      : null,
    byOccupation
  };
}
