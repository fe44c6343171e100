/**
 * "What it takes": the extra yearly training places that bring the gap to zero by a chosen year.
 *
 * For each occupation o with a shortage at `byYear` (Σ over sites of J_o - W_o > 0), the solver
 * adds a new région-targeted programme of occupation o in every région whose sites employ o,
 * taking trainees every year from `fromYear` (default: the horizon's first year; a planner
 * passes the first intake still to come), x places a year in total, shared
 * between régions by their jobs in o at `byYear`. The new programmes take the intake-weighted
 * duration, completion and placement of the existing programmes of o (or `DEFAULT_NEW_PROGRAM`
 * where there are none). x is found by bisection: the gap at `byYear` falls as x grows.
 * Occupations do not interact, so the total is the sum over occupations.
 *
 * With `sites` (a département's sites, say), the unfilled jobs to close are those of these sites
 * only, and the new programmes target each of them, x shared by their jobs in o at `byYear`.
 * They run inside the whole input's model: in it (docs/model.md, "Supply") the graduates of
 * région programmes and every site's overflow meet in one pool per région and occupation, so the
 * sites cannot be cut out of their région without changing their figures, and places opened for
 * the région would mostly go to its other sites. What a site cannot take joins the région's pool,
 * as any site programme's graduates do.
 *
 * @example
 *   placesToCloseGap({ sites, programs, scenario }, { byYear: 2030 });
 *   // { byYear: 2030, totalExtraPlaces: 412.5, byOccupation: [{ occupation: 'operator',
 *   //   extraPlacesPerYear: 310.2, gapBefore: 1480.1, gapAfter: 0.0, feasible: true }, …] }
 */
import { DEFAULT_NEW_PROGRAM } from './defaults.ts';
import { compilePlan, createBuffers, resolveParams, runPlan } from './engine.ts';
import { InputError } from './errors.ts';
import type { Program, ProjectionInput, Scenario } from './types.ts';

export interface PlacesToCloseGapOptions {
  /** The year by which the gap must be closed (within the scenario's years). */
  byYear: number;
  /** First intake of the extra places (default: the scenario's first year); ≤ byYear. */
  fromYear?: number;
  /** Occupations to solve for (default: all those with jobs). */
  occupations?: string[];
  /** Upper limit of the search, places per year (default 1 000 000). */
  maxPlaces?: number;
  /** Close the unfilled jobs of these sites only, with places at these sites (see above). */
  sites?: readonly string[];
}

export interface OccupationPlaces {
  occupation: string;
  /** Extra places a year; 0 where there is no shortage; null where no number closes it. */
  extraPlacesPerYear: number | null;
  /** Gap at byYear, summed over sites, before and after the extra places. */
  gapBefore: number;
  gapAfter: number;
  feasible: boolean;
}

export interface PlacesToCloseGapResult {
  byYear: number;
  fromYear: number;
  /** Sum of the occupations' extra places; null if one of them cannot be closed. */
  totalExtraPlaces: number | null;
  byOccupation: OccupationPlaces[];
}

const EXTRA_PREFIX = 'extra-places-';

export function placesToCloseGap(
  input: ProjectionInput,
  options: PlacesToCloseGapOptions
): PlacesToCloseGapResult {
  const base = compilePlan(input);
  const byYear = options?.byYear;
  if (!Number.isInteger(byYear) || byYear < base.from || byYear > base.to) {
    throw new InputError(
      'byYear',
      'placesToCloseGap()',
      `must be a year of the scenario, got ${byYear}`
    );
  }
  const fromYear = options.fromYear ?? base.from;
  if (!Number.isInteger(fromYear) || fromYear < base.from || fromYear > byYear) {
    throw new InputError(
      'fromYear',
      'placesToCloseGap()',
      `must be a year from ${base.from} to byYear (${byYear}), got ${fromYear}`
    );
  }
  const maxPlaces = options.maxPlaces ?? 1e6;
  const j = byYear - base.from;
  const only = options.sites ? new Set(options.sites) : null;
  for (const id of only ?? []) {
    if (!base.sites.some((site) => site.id === id))
      throw new InputError('sites', 'placesToCloseGap()', `names an unknown site "${id}"`);
  }
  const inScope = (siteId: string): boolean => only === null || only.has(siteId);

  // Jobs per (place, occupation) at byYear decide where the new places go: the places are the
  // régions, or the chosen sites.
  const baseOut = createBuffers(base);
  runPlan(base, resolveParams(base, input.scenario), baseOut);
  const jobsAt = new Map<string, Map<string, number>>();
  for (let c = 0; c < base.nCells; c++) {
    const site = base.sites[base.cellSite[c]];
    if (!inScope(site.id)) continue;
    const occ = base.occupations[base.cellOcc[c]];
    const place = only ? site.id : site.region;
    const J = base.cellShare[c] * baseOut.siteJobs[base.cellSite[c] * (base.T + 1) + 1 + j];
    const m = jobsAt.get(occ) ?? new Map<string, number>();
    m.set(place, (m.get(place) ?? 0) + J);
    jobsAt.set(occ, m);
  }
  const wanted =
    options.occupations ??
    [...jobsAt].filter(([, m]) => [...m.values()].some((v) => v > 0)).map(([o]) => o);

  const byOccupation: OccupationPlaces[] = [];
  for (const occupation of wanted) {
    const places = jobsAt.get(occupation) ?? new Map<string, number>();
    const totalJobs = [...places.values()].reduce((a, b) => a + b, 0);
    const existing = input.programs.filter((p) => p.occupation === occupation);
    const weight = existing.reduce((s, p) => s + meanIntake(p), 0);
    const avg = (f: (p: Program) => number, fallback: number): number =>
      weight > 0 ? existing.reduce((s, p) => s + f(p) * meanIntake(p), 0) / weight : fallback;
    const template = {
      durationYears: avg((p) => p.durationYears, DEFAULT_NEW_PROGRAM.durationYears),
      completionRate: avg((p) => p.completionRate, DEFAULT_NEW_PROGRAM.completionRate),
      placementRate: avg((p) => p.placementRate, DEFAULT_NEW_PROGRAM.placementRate)
    };
    const extra: Program[] = [...places]
      .filter(([, J]) => J > 0 && totalJobs > 0)
      .map(([place, J]) => ({
        id: `${EXTRA_PREFIX}${occupation}-${place}`,
        name: `Extra places (${occupation}, ${place})`,
        occupation,
        intake: J / totalJobs, // × x through the intakeScale override
        startYear: fromYear,
        ...template,
        target: only ? { site: place } : { region: place }
      }));
    const plan = compilePlan({ ...input, programs: [...input.programs, ...extra] });
    const out = createBuffers(plan);
    const cells: number[] = [];
    for (let c = 0; c < plan.nCells; c++) {
      const ofOcc = plan.occupations[plan.cellOcc[c]] === occupation;
      if (ofOcc && inScope(plan.sites[plan.cellSite[c]].id)) cells.push(c);
    }
    const gapFor = (x: number): number => {
      // The new programmes' intake is x shares, whatever the scenario's intakeScale: their
      // override carries x as extra intake on a zero-scaled base of shares.
      const programs: NonNullable<Scenario['programs']> = { ...input.scenario.programs };
      for (const p of extra)
        programs[p.id] = { intakeScale: 0, extraIntake: x * (p.intake as number) };
      runPlan(plan, resolveParams(plan, { ...input.scenario, programs }), out);
      let gap = 0;
      for (const c of cells) {
        const J = plan.cellShare[c] * out.siteJobs[plan.cellSite[c] * (plan.T + 1) + 1 + j];
        const u = J - out.trained[c * plan.T + j];
        if (u > 0) gap += u; // unfilled, never netted against observed hires beyond the jobs
      }
      return gap;
    };
    // W ≤ J in every cell, so the gap is the unfilled jobs; it reaches 0 up to rounding.
    const tol = 1e-6 * Math.max(1, totalJobs);
    const short = (x: number) => gapFor(x) > tol;
    const gapBefore = gapFor(0);
    if (gapBefore <= tol || extra.length === 0) {
      byOccupation.push({
        occupation,
        extraPlacesPerYear: gapBefore <= tol ? 0 : null,
        gapBefore,
        gapAfter: gapBefore,
        feasible: gapBefore <= tol
      });
      continue;
    }
    let hi = 1;
    while (short(hi) && hi < maxPlaces) hi = Math.min(maxPlaces, hi * 2);
    if (short(hi)) {
      byOccupation.push({
        occupation,
        extraPlacesPerYear: null,
        gapBefore,
        gapAfter: gapFor(hi),
        feasible: false
      });
      continue;
    }
    let lo = 0;
    for (let i = 0; i < 60 && hi - lo > 1e-9 * Math.max(1, hi); i++) {
      const mid = (lo + hi) / 2;
      if (short(mid)) lo = mid;
      else hi = mid;
    }
    byOccupation.push({
      occupation,
      extraPlacesPerYear: hi,
      gapBefore,
      gapAfter: gapFor(hi),
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

/** A programme's typical yearly intake: the number, or the mean of the map's values. */
function meanIntake(p: Program): number {
  if (typeof p.intake === 'number') return p.intake;
  const values = Object.values(p.intake);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
