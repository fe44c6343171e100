/**
 * `simulate`: seeded Monte Carlo AROUND the scenario (docs/model.md, "Uncertainty"). Each run
 * draws how far the scenario's own values may be off — a delay added to each site's, a factor
 * on each site's target, on every intake, completion and placement rate, a change of the
 * attrition rate — from triangular ranges whose mode is "as the scenario says", runs the
 * projection, and keeps jobs, people in post, unfilled jobs and available people; each row
 * then gets p10, p50 and p90 of the runs. Every preset and every lever thus moves its band.
 *
 * Delays and targets are drawn for each site on its own, correlated between sites through a
 * Gaussian copula (correlation `siteCorrelation`, default `DEFAULT_SITE_CORRELATION`): factories
 * do not all slip together. The draws come in a fixed order from one mulberry32 stream, so a
 * seed gives the same numbers in Node and in the browser.
 *
 * @example
 *   const sim = simulate({ sites, programs, scenario }, {
 *     runs: 10000, seed: 7,
 *     uncertain: { delayYears: { low: -0.5, mode: 0, high: 1.5 },
 *                  completionScale: { low: 0.85, mode: 1, high: 1.15 } }
 *   });
 *   sim.total.at(-1)!.unfilled;       // { p10, p50, p90 } of the unfilled jobs at the horizon
 *   sim.shortageProbability.total;    // P(unfilled > 10 % of the jobs at the horizon)
 */
import {
  DEFAULT_RUNS,
  DEFAULT_SEED,
  DEFAULT_SHORTAGE_SHARE,
  DEFAULT_SITE_CORRELATION
} from './defaults.ts';
import { ADDITIVE, compilePlan, makeResolver, type Draw, type Plan } from './engine.ts';
import { createBatchBuffers, runPlanPair, type BatchBuffers } from './engine-batch.ts';
import { InputError } from './errors.ts';
import { quantiles10_50_90, quantilesOfChunks } from './quantile.ts';
import {
  addToSketch,
  createSketch,
  mergeSketch,
  setSketchRange,
  sketchQuantiles
} from './sketch.ts';
import { mulberry32, standardNormalCdf, triangularQuantile } from './random.ts';
import type {
  ProjectionInput,
  Quantiles,
  Scenario,
  Triangular,
  Uncertain,
  UncertainParameter
} from './types.ts';
import { validateUncertain } from './validate.ts';

export interface SimulateOptions {
  /** Number of runs (default 1 000). */
  runs?: number;
  /** Seed of the generator (default 1): the same seed gives the same result everywhere. */
  seed?: number;
  uncertain?: Uncertain;
  /** Extra sums to report, by id: the sites each sums (e.g. a département's). */
  groups?: Record<string, readonly string[]>;
  /**
   * The sites whose rows `sites` (and, with `rows`, `rows`) reports, by id (default every site).
   * The others still count in the régions, groups and total and in
   * `shortageProbability.bySite`; their series are neither stored nor sketched. A page that
   * shows the sites of one territory names those: at France-wide scale the histograms of the
   * ≈ 18 000 series of 505 sites are about a quarter of the time (docs/forecast.md).
   */
  sites?: readonly string[];
  /** A shortage is more than this share of the horizon's jobs unfilled (default 0.1). */
  shortageShare?: number;
  /**
   * Quantiles for every site × occupation row (default true). Pages and the command line read
   * only sums (sites, régions, groups, total) and pass false: storing a series per row is most
   * of the memory and of the time.
   */
  rows?: boolean;
  /**
   * Memory for the runs kept in full, in bytes (default `EXACT_BUDGET_BYTES`, 64 MiB). Series
   * are kept in full by level — the total, then the régions, the groups, the sites and the rows
   * — while the next level fits; their quantiles are exact. The other levels' quantiles come
   * from a fixed-bin histogram per series (`sketch.ts`, error bound in `approximation`), so the
   * memory is bounded whatever the number of runs. The default dataset fits whole at 10 000 runs.
   */
  exactBudgetBytes?: number;
}

/** Default `exactBudgetBytes`: 64 MiB (the default dataset's 1 440 series × 10 000 runs fit). */
export const EXACT_BUDGET_BYTES = 64 * 1024 * 1024;
/** Bins of the histograms of the series not kept in full. */
export const SKETCH_BINS = 128;

export interface SimulationRow {
  siteId: string;
  region: string;
  occupation: string;
  year: number;
  jobs: Quantiles;
  trained: Quantiles;
  /** max(0, J − W) of the cell: its unfilled jobs (J − W itself, since W ≤ J in a cell except
   * where observed hires exceed the jobs). */
  gap: Quantiles;
  unfilled: Quantiles;
}

/** Quantiles of a sum over rows (a site's occupations, a région, a group or everything). */
export interface SimulationSumRow {
  /** null in région, group and total rows. */
  siteId: string | null;
  region: string | null;
  year: number;
  jobs: Quantiles;
  trained: Quantiles;
  /** Σ of the cells' max(0, J − W): their unfilled jobs (never netted against a surplus). */
  gap: Quantiles;
  unfilled: Quantiles;
  /** Σ of the cells' max(0, W − J) (people in post beyond the jobs: observed hires only), plus,
   * in région and total rows, the trained people available with no post. */
  surplus: Quantiles;
}

export interface SimulationGroupRow extends Omit<SimulationSumRow, 'surplus'> {
  id: string;
}

export interface SimulationResult {
  runs: number;
  seed: number;
  /** One row per site × occupation × year, in `project`'s order. */
  rows: SimulationRow[];
  /** One row per site × year: quantiles of the site's total over occupations. */
  sites: SimulationSumRow[];
  /** One row per région (of a site) × year. */
  regions: SimulationSumRow[];
  /** One row per requested group × year. */
  groups: SimulationGroupRow[];
  /** One row per year: quantiles of the total over all sites. */
  total: SimulationSumRow[];
  /**
   * Share of runs in which more than `threshold` of the jobs of the horizon (last year) are
   * unfilled: for the total, each site and each région.
   */
  shortageProbability: {
    total: number;
    bySite: Record<string, number>;
    byRegion: Record<string, number>;
    threshold: number;
  };
  /**
   * Which quantiles are exact: the levels kept in full (`exact`), the others from histograms
   * (`sketched` series, `bins` bins each), with the largest rank-error bound of their quantiles
   * (`maxRankError`, a share of the runs: each estimate lies in a bin that holds the exact
   * order statistic, and this bound is that bin's share of the runs). 0 sketched: all exact.
   */
  approximation: {
    exact: ExactLevel[];
    sketched: number;
    bins: number;
    maxRankError: number;
  };
}

/** The levels of series, in the order they are kept in full. */
export type ExactLevel = 'total' | 'regions' | 'groups' | 'sites' | 'rows';

/** The order in which parameters are drawn: part of the reproducibility contract. */
export const UNCERTAIN_ORDER: readonly UncertainParameter[] = [
  'delayYears',
  'targetScale',
  'intakeScale',
  'attritionRate',
  'completionRate',
  'placementRate',
  'completionScale',
  'placementScale'
];

/** Parameters drawn for each site on its own. */
export const PER_SITE: ReadonlySet<UncertainParameter> = new Set(['delayYears', 'targetScale']);

/** How far a value of a parameter moves the scenario: an offset (value − mode) or a factor. */
export function relative(key: UncertainParameter, value: number, tri: Triangular): number {
  if (ADDITIVE.has(key)) return value - tri.mode;
  return tri.mode === 0 ? 0 : value / tri.mode;
}

/**
 * The scenario a draw describes, as plain fields (for a reference implementation or a
 * researcher's check): per-site delays and targets in `sites`, the rest on the scenario.
 */
export function drawnScenario(
  scenario: Scenario,
  draw: Draw,
  siteIds: readonly string[],
  programs: readonly { id: string; completionRate: number; placementRate: number }[]
): Scenario {
  const s: Scenario = {
    ...scenario,
    sites: { ...scenario.sites },
    programs: { ...scenario.programs }
  };
  siteIds.forEach((id, i) => {
    const o = { ...(s.sites![id] ?? {}) };
    o.delayYears = (o.delayYears ?? 0) + (draw.delayYears ?? 0) + (draw.siteDelay?.[i] ?? 0);
    o.targetScale = (o.targetScale ?? 1) * (draw.targetScale ?? 1) * (draw.siteScale?.[i] ?? 1);
    s.sites![id] = o;
  });
  s.intakeScale = (scenario.intakeScale ?? 1) * (draw.intakeScale ?? 1);
  if (draw.attritionRate !== undefined) {
    const r = (scenario.attritionRate ?? 0.08) + draw.attritionRate;
    s.attritionRate = Math.min(1, Math.max(0, r));
  }
  const moveRates =
    draw.completionRate !== undefined ||
    draw.placementRate !== undefined ||
    draw.completionScale !== undefined ||
    draw.placementScale !== undefined;
  if (moveRates) {
    const clamp = (x: number) => Math.min(1, Math.max(0, x));
    for (const p of programs) {
      const o = { ...(s.programs![p.id] ?? {}) };
      const c0 = clamp(
        (o.completionRate ?? scenario.completionRate ?? p.completionRate) *
          (scenario.completionScale ?? 1)
      );
      const q0 = clamp(
        (o.placementRate ?? scenario.placementRate ?? p.placementRate) *
          (scenario.placementScale ?? 1)
      );
      o.completionRate = clamp(c0 * (draw.completionScale ?? 1) + (draw.completionRate ?? 0));
      o.placementRate = clamp(q0 * (draw.placementScale ?? 1) + (draw.placementRate ?? 0));
      s.programs![p.id] = o;
    }
    s.completionScale = 1;
    s.placementScale = 1;
  }
  return s;
}

/** The scenario with every uncertain parameter at its mode: the scenario itself (v1 name). */
export function modeScenario(scenario: Scenario, uncertain: Uncertain): Scenario {
  void uncertain;
  return { ...scenario };
}

/** The draw with every parameter at its mode: no move at all. */
export function modeDraw(uncertain: Uncertain): Draw {
  void uncertain;
  return {};
}

/**
 * The draws of one run, into `draw` (reused): global parameters from one uniform each; per-site
 * ones from a common and an own standard normal, z = √r z0 + √(1 − r) z_s, then u = Φ(z).
 */
export function makeDrawer(
  uncertain: Uncertain,
  nSites: number,
  rand: () => number
): (draw: Draw) => void {
  const keys = UNCERTAIN_ORDER.filter((k) => uncertain[k] !== undefined);
  const r = uncertain.siteCorrelation ?? DEFAULT_SITE_CORRELATION;
  const a = Math.sqrt(r);
  const b = Math.sqrt(1 - r);
  const normal = (): number => {
    // Box–Muller; 1 − u keeps the logarithm finite.
    const u1 = 1 - rand();
    const u2 = rand();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };
  // Per parameter, once: its range, whether it is drawn per site, an offset or a factor (as
  // `relative`), so the run loop reads no set and no object key.
  const plans = keys.map((key) => {
    const tri = uncertain[key]!;
    const span = tri.high - tri.low;
    return {
      key,
      tri,
      perSite: PER_SITE.has(key),
      delay: key === 'delayYears',
      additive: ADDITIVE.has(key),
      mode: tri.mode,
      low: tri.low,
      high: tri.high,
      span,
      // triangularQuantile's F(mode) and its factors (its order of operations is kept).
      f: (tri.mode - tri.low) / span,
      below: tri.mode - tri.low,
      above: tri.high - tri.mode
    };
  });
  return (draw: Draw) => {
    for (const p of plans) {
      if (p.perSite) {
        const arr = p.delay ? draw.siteDelay! : draw.siteScale!;
        const z0 = normal();
        const { additive, mode, low, high, span, f, below, above } = p;
        for (let s = 0; s < nSites; s++) {
          const u = standardNormalCdf(a * z0 + b * normal());
          // triangularQuantile(u, tri), then relative(key, value, tri), inlined.
          const x =
            span <= 0
              ? mode
              : u < f
                ? low + Math.sqrt(u * span * below)
                : high - Math.sqrt((1 - u) * span * above);
          arr[s] = additive ? x - mode : mode === 0 ? 0 : x / mode;
        }
      } else {
        draw[p.key] = relative(p.key, triangularQuantile(rand(), p.tri), p.tri);
      }
    }
  };
}

/** Series offsets of the run store. -1: not stored (always 0 in trained, = J in unfilled). */
export interface Layout {
  /** Per site, its first jobs series (T of them), or -1 where its rows are not reported. */
  siteJobs: Int32Array;
  /** 1 where the site's rows are reported (`SimulateOptions.sites`). */
  reported: Uint8Array;
  cellTrained: Int32Array; // first series of the cell (T of them), or -1
  cellGap: Int32Array;
  siteTrained: Int32Array; // per site, or -1
  siteGap: Int32Array;
  /** Per région: jobs, trained, gap, surplus (T each). */
  region: Int32Array;
  /** Per group: jobs, trained, gap. */
  group: Int32Array;
  total: number; // jobs, trained, gap, surplus
  siteShareSum: Float64Array;
  /** Per site, the cells' surplus Σ max(0, W − J), or -1 where it is always 0: W exceeds J only
   * where observed hires are in post whatever the vacancies. */
  siteSurplus: Int32Array;
  withRows: boolean;
  /** Live cells of the sites where W may exceed J (with a `siteSurplus` series if reported). */
  surplusCells: Int32Array;
  count: number;
}

function layout(
  plan: Plan,
  nGroups: number,
  withRows = true,
  reported = new Uint8Array(plan.sites.length).fill(1)
): Layout {
  const nS = plan.sites.length;
  const { T, nCells } = plan;
  let o = 0;
  const next = (n: number): number => ((o += n), o - n);
  const siteJobs = new Int32Array(nS).fill(-1);
  for (let s = 0; s < nS; s++) if (reported[s]) siteJobs[s] = next(T);
  const cellTrained = new Int32Array(nCells).fill(-1);
  const cellGap = new Int32Array(nCells).fill(-1);
  const siteTrained = new Int32Array(nS).fill(-1);
  const siteGap = new Int32Array(nS).fill(-1);
  const siteShareSum = new Float64Array(nS);
  for (let c = 0; c < nCells; c++) siteShareSum[plan.cellSite[c]] += plan.cellShare[c];
  for (const c of plan.liveCells) {
    if (!reported[plan.cellSite[c]]) continue;
    if (withRows) {
      cellTrained[c] = next(T);
      cellGap[c] = next(T);
    }
    siteTrained[plan.cellSite[c]] = -2; // marked; allocated below, in site order
  }
  for (let s = 0; s < nS; s++) {
    if (siteTrained[s] === -2) {
      siteTrained[s] = next(T);
      siteGap[s] = next(T);
    }
  }
  const region = new Int32Array(plan.regions.length);
  for (let r = 0; r < plan.regions.length; r++) region[r] = next(4 * T);
  const group = new Int32Array(nGroups);
  for (let g = 0; g < nGroups; g++) group[g] = next(3 * T);
  const total = next(4 * T);
  const siteSurplus = new Int32Array(nS).fill(-1);
  const canExceed = new Uint8Array(nS);
  for (let u = 0; u < plan.nUnits; u++) {
    const c = plan.unitCell[u];
    if (c < 0 || canExceed[plan.cellSite[c]]) continue;
    for (let j = 0; j < T; j++) {
      if (!Number.isNaN(plan.obsHired[u * T + j])) {
        canExceed[plan.cellSite[c]] = 1;
        if (reported[plan.cellSite[c]]) siteSurplus[plan.cellSite[c]] = next(T);
        break;
      }
    }
  }
  return {
    siteJobs,
    reported,
    cellTrained,
    cellGap,
    siteTrained,
    siteGap,
    region,
    group,
    total,
    siteShareSum,
    siteSurplus,
    withRows,
    surplusCells: Int32Array.from(
      Array.from(plan.liveCells).filter((c) => canExceed[plan.cellSite[c]])
    ),
    count: o
  };
}

/** How many series `simulate` stores per run for this input (the others are derived), with or
 * without the per-row quantiles. */
export function storedSeriesCount(input: ProjectionInput, rows = true): number {
  return layout(compilePlan(input), 0, rows).count;
}

/** Working sums of a pair of runs, in float64, run-minor (x · 2 + r). */
export interface Sums {
  /** Per site × (T + 1) years, indexed as `BatchBuffers.siteJobs` (rows only: added from the
   * cells; otherwise the engine's `siteTrained` is read). */
  siteW: Float64Array;
  /** Σ max(0, W − J) of the site's cells, indexed as siteW. */
  siteS: Float64Array;
  regJ: Float64Array; // per région × year
  regW: Float64Array;
  regA: Float64Array;
  /** Σ share × J − W + surplus of the région's sites: its unfilled jobs. */
  regU: Float64Array;
}

/**
 * Writes the series of a pair of runs (`runPlanPair`'s output) into `dst`, as differences from
 * `central` (zeros: the values themselves): run 0's series i at dst[base + i · step] and, with
 * `both`, run 1's at dst[base + 1 + i · step]. Each run's sums are those of a single run, added
 * in the same order; `sums` holds them run-minor (x · 2 + r).
 */
function collectPair(
  plan: Plan,
  L: Layout,
  out: BatchBuffers,
  groupSites: readonly Int32Array[],
  central: Float64Array,
  dst: Float32Array | Float64Array,
  base: number,
  step: number,
  both: boolean,
  sums: Sums
): void {
  const { T } = plan;
  const T1 = T + 1;
  const nS = plan.sites.length;
  const nR = plan.regions.length;
  const { siteS, regJ, regW, regA, regU } = sums;
  const siteJobs = out.siteJobs;
  const trained = out.trained;
  const b1 = both ? base + 1 : -1;
  siteS.fill(0);
  regJ.fill(0);
  regW.fill(0);
  regA.fill(0);
  regU.fill(0);
  // Σ W per site (indexed as siteJobs): the engine's, or (rows) added here from the cells.
  const siteW = L.withRows ? sums.siteW : out.siteTrained;
  if (L.withRows) {
    siteW.fill(0);
    const live = plan.liveCells;
    for (let n = 0; n < live.length; n++) {
      const c = live[n];
      const s = plan.cellSite[c];
      const iW = L.cellTrained[c];
      const iG = L.cellGap[c];
      const share = plan.cellShare[c];
      for (let j = 0; j < T; j++) {
        const a = 2 * (c * T + j);
        const b = 2 * (s * T1 + 1 + j);
        const W0 = trained[a];
        const W1 = trained[a + 1];
        // Unfilled: max(0, J − W); W > J only where observed hires exceed the jobs (a surplus).
        const g0 = share * siteJobs[b] - W0;
        const g1 = share * siteJobs[b + 1] - W1;
        if (iW >= 0) {
          const cW = central[iW + j];
          const cG = central[iG + j];
          dst[base + (iW + j) * step] = W0 - cW;
          dst[base + (iG + j) * step] = (g0 > 0 ? g0 : 0) - cG;
          if (both) {
            dst[b1 + (iW + j) * step] = W1 - cW;
            dst[b1 + (iG + j) * step] = (g1 > 0 ? g1 : 0) - cG;
          }
        }
        if (g0 < 0) siteS[b] -= g0;
        if (g1 < 0) siteS[b + 1] -= g1;
        siteW[b] += W0;
        siteW[b + 1] += W1;
      }
    }
  } else {
    // A surplus W > J is possible only in the cells of sites with observed hires.
    for (const c of L.surplusCells) {
      const s = plan.cellSite[c];
      const share = plan.cellShare[c];
      for (let j = 0; j < T; j++) {
        const a = 2 * (c * T + j);
        const b = 2 * (s * T1 + 1 + j);
        const g0 = share * siteJobs[b] - trained[a];
        const g1 = share * siteJobs[b + 1] - trained[a + 1];
        if (g0 < 0) siteS[b] -= g0;
        if (g1 < 0) siteS[b + 1] -= g1;
      }
    }
  }
  const liveG = plan.liveGroups;
  for (let n = 0; n < liveG.length; n++) {
    const g = liveG[n];
    const rr = 2 * plan.groupRegion[g] * T;
    const ga = 2 * g * T;
    for (let x = 0; x < 2 * T; x++) regA[rr + x] += out.available[ga + x];
  }
  for (let s = 0; s < nS; s++) {
    const iJ = L.siteJobs[s];
    const iW = L.siteTrained[s];
    const iG = L.siteGap[s];
    const iS = L.siteSurplus[s];
    const shareSum = L.siteShareSum[s];
    const rr = 2 * plan.siteRegion[s] * T;
    for (let j = 0; j < T; j++) {
      const b = 2 * (s * T1 + 1 + j);
      const J0 = siteJobs[b];
      const J1 = siteJobs[b + 1];
      const W0 = siteW[b];
      const W1 = siteW[b + 1];
      const S0 = siteS[b];
      const S1 = siteS[b + 1];
      const U0 = shareSum * J0 - W0 + S0; // Σ of the cells' max(0, J − W)
      const U1 = shareSum * J1 - W1 + S1;
      if (iJ >= 0) {
        const cJ = central[iJ + j];
        dst[base + (iJ + j) * step] = J0 - cJ;
        if (both) dst[b1 + (iJ + j) * step] = J1 - cJ;
      }
      if (iW >= 0) {
        const cW = central[iW + j];
        const cG = central[iG + j];
        dst[base + (iW + j) * step] = W0 - cW;
        dst[base + (iG + j) * step] = U0 - cG;
        if (both) {
          dst[b1 + (iW + j) * step] = W1 - cW;
          dst[b1 + (iG + j) * step] = U1 - cG;
        }
      }
      if (iS >= 0) {
        const cS = central[iS + j];
        dst[base + (iS + j) * step] = S0 - cS;
        if (both) dst[b1 + (iS + j) * step] = S1 - cS;
      }
      const i = rr + 2 * j;
      regJ[i] += J0;
      regJ[i + 1] += J1;
      regW[i] += W0;
      regW[i + 1] += W1;
      regU[i] += U0;
      regU[i + 1] += U1;
      regA[i] += S0;
      regA[i + 1] += S1;
    }
  }
  const runs = both ? 2 : 1;
  const t = L.total;
  for (let r = 0; r < runs; r++) {
    const at = base + r;
    for (let j = 0; j < T; j++) {
      let J = 0;
      let W = 0;
      let U = 0;
      let A = 0;
      for (let reg = 0; reg < nR; reg++) {
        const o = L.region[reg];
        const i = 2 * (reg * T + j) + r;
        dst[at + (o + j) * step] = regJ[i] - central[o + j];
        dst[at + (o + T + j) * step] = regW[i] - central[o + T + j];
        dst[at + (o + 2 * T + j) * step] = regU[i] - central[o + 2 * T + j];
        dst[at + (o + 3 * T + j) * step] = regA[i] - central[o + 3 * T + j];
        J += regJ[i];
        W += regW[i];
        U += regU[i];
        A += regA[i];
      }
      dst[at + (t + j) * step] = J - central[t + j];
      dst[at + (t + T + j) * step] = W - central[t + T + j];
      dst[at + (t + 2 * T + j) * step] = U - central[t + 2 * T + j];
      dst[at + (t + 3 * T + j) * step] = A - central[t + 3 * T + j];
    }
    for (let g = 0; g < groupSites.length; g++) {
      const members = groupSites[g];
      const o = L.group[g];
      for (let j = 0; j < T; j++) {
        let Jg = 0;
        let Wg = 0;
        let Ug = 0;
        for (let m = 0; m < members.length; m++) {
          const s = members[m];
          const b = 2 * (s * T1 + 1 + j) + r;
          const Js = siteJobs[b];
          Jg += Js;
          Wg += siteW[b];
          Ug += L.siteShareSum[s] * Js + siteS[b];
        }
        dst[at + (o + j) * step] = Jg - central[o + j];
        dst[at + (o + T + j) * step] = Wg - central[o + T + j];
        dst[at + (o + 2 * T + j) * step] = Ug - Wg - central[o + 2 * T + j];
      }
    }
  }
}

/**
 * The run store is kept between calls: a fresh 40 MB array costs more in page faults (first
 * touch) than the simulation itself. Only the largest size asked for so far is retained.
 */
let storeCache = new Float32Array(0);
function storeFor(size: number): Float32Array {
  if (storeCache.length < size) storeCache = new Float32Array(size);
  return storeCache.subarray(0, size);
}

/** Frees the run store kept between `simulate` calls (e.g. after a one-off 100 000-run study). */
export function clearSimulationCache(): void {
  storeCache = new Float32Array(0);
}

/**
 * Runs are stored tile-major: the TILE runs of one tile sit together for each series kept in
 * full (series e, run t · TILE + k at (t · nExact + e) · TILE + k), so each series is read back
 * as contiguous chunks of TILE values. A batch of runs (`BATCH`) writes each series' values as
 * one contiguous stretch. The sketched series of a tile are gathered the same way, series-major,
 * and counted into their histograms once per tile; the first tile is also the pilot that fixes
 * the histograms' bins.
 */
const TILE = 64;

/** simulate reads W per cell only for the rows and for the cells that can hold more people
 * than jobs (`Layout.surplusCells`). */
function needsTrained(L: Layout): boolean {
  return L.withRows || L.surplusCells.length > 0;
}

/**
 * What every block of runs shares: the compiled input, the layout of the series, the scenario's
 * own run, which series are kept in full. Built once per simulation (and in each worker).
 */
export interface PreparedSimulation {
  runs: number;
  seed: number;
  uncertain: Uncertain;
  threshold: number;
  scenario: Scenario;
  plan: Plan;
  layout: Layout;
  groupIds: string[];
  groupSites: Int32Array[];
  /** The scenario's own run, per series (values are stored as float32 differences from it). */
  central: Float64Array;
  /** Per series: its place among the series kept in full, or −1; among the sketched, or −1. */
  exactIndex: Int32Array;
  sketchIndex: Int32Array;
  nExact: number;
  nSketch: number;
  exactLevels: ExactLevel[];
  /** Uniform draws per run (a fixed number): a block starting at run r skips r × this. */
  drawsPerRun: number;
}

/** One block of runs [from, to): plain typed arrays, so it crosses to and from a worker. */
export interface SimulationPart {
  from: number;
  to: number;
  /** The series kept in full, tile-major over them: run from + t·TILE + k of series e at
   * (t · nExact + e) · TILE + k. */
  exact: Float32Array;
  /** The other series' histograms (`Sketch` fields). */
  counts: Uint32Array;
  lo: Float64Array;
  width: Float64Array;
  min: Float64Array;
  max: Float64Array;
  shortSite: Float64Array;
  shortRegion: Float64Array;
  shortTotal: number;
}

/** Validates the options, compiles the input, runs the scenario's own run. */
export function prepareSimulation(
  input: ProjectionInput,
  options: SimulateOptions = {}
): PreparedSimulation {
  const runs = options.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? DEFAULT_SEED;
  const uncertain = options.uncertain ?? {};
  const threshold = options.shortageShare ?? DEFAULT_SHORTAGE_SHARE;
  if (!Number.isInteger(runs) || runs < 1) {
    throw new InputError('runs', 'simulate options', `must be a whole number ≥ 1, got ${runs}`);
  }
  if (!Number.isFinite(seed))
    throw new InputError('seed', 'simulate options', `must be a finite number, got ${seed}`);
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new InputError(
      'shortageShare',
      'simulate options',
      `must be in [0, 1], got ${threshold}`
    );
  }
  const budget = options.exactBudgetBytes ?? EXACT_BUDGET_BYTES;
  if (!(budget >= 0)) {
    throw new InputError('exactBudgetBytes', 'simulate options', `must be ≥ 0, got ${budget}`);
  }
  validateUncertain(uncertain);

  const plan = compilePlan(input);
  const siteIndex = new Map(plan.sites.map((s, i) => [s.id, i]));
  const groupIds = Object.keys(options.groups ?? {});
  const groupSites = groupIds.map((id) =>
    Int32Array.from(
      (options.groups![id] ?? []).map((siteId) => {
        const i = siteIndex.get(siteId);
        if (i === undefined)
          throw new InputError(
            `groups.${id}`,
            'simulate options',
            `names an unknown site "${siteId}"`
          );
        return i;
      })
    )
  );
  const withRows = options.rows ?? true;
  const reported = new Uint8Array(plan.sites.length).fill(options.sites ? 0 : 1);
  for (const siteId of options.sites ?? []) {
    const i = siteIndex.get(siteId);
    if (i === undefined)
      throw new InputError('sites', 'simulate options', `names an unknown site "${siteId}"`);
    reported[i] = 1;
  }
  const L = layout(plan, groupIds.length, withRows, reported);
  // The scenario's own run (as run 0 of a pair, run 1 its copy).
  const out = createBatchBuffers(plan, 2, needsTrained(L));
  const resolve = makeResolver(plan, input.scenario);
  const own = resolve({});
  runPlanPair(plan, own, own, out, needsTrained(L));
  const central = new Float64Array(L.count);
  collectPair(
    plan,
    L,
    out,
    groupSites,
    new Float64Array(L.count),
    central,
    0,
    1,
    false,
    newSums(plan)
  );

  // Series kept in full, level by level while the next level fits in the budget.
  const level = levelsOf(plan, L, groupIds.length);
  const exactIndex = new Int32Array(L.count).fill(-1);
  const sketchIndex = new Int32Array(L.count).fill(-1);
  const exactLevels: ExactLevel[] = [];
  let room = Math.floor(budget / (4 * TILE * Math.ceil(runs / TILE)));
  for (const name of LEVELS) {
    const size = level[name].length;
    if (size > room) break;
    room -= size;
    exactLevels.push(name);
  }
  let nExact = 0;
  let nSketch = 0;
  const kept = new Uint8Array(L.count);
  for (const name of exactLevels) for (const i of level[name]) kept[i] = 1;
  for (let i = 0; i < L.count; i++) {
    if (kept[i]) exactIndex[i] = nExact++;
    else sketchIndex[i] = nSketch++;
  }
  let drawsPerRun = 0;
  for (const key of UNCERTAIN_ORDER) {
    if (uncertain[key] === undefined) continue;
    drawsPerRun += PER_SITE.has(key) ? 2 * (1 + plan.sites.length) : 1;
  }
  return {
    runs,
    seed,
    uncertain,
    threshold,
    scenario: input.scenario,
    plan,
    layout: L,
    groupIds,
    groupSites,
    central,
    exactIndex,
    sketchIndex,
    nExact,
    nSketch,
    exactLevels,
    drawsPerRun
  };
}

const LEVELS: readonly ExactLevel[] = ['total', 'regions', 'groups', 'sites', 'rows'];

/** The series of each level (indices into the run store). */
function levelsOf(plan: Plan, L: Layout, nGroups: number): Record<ExactLevel, number[]> {
  const { T } = plan;
  const range = (o: number, n: number) => Array.from({ length: n }, (_, k) => o + k);
  const sites: number[] = [];
  for (let s = 0; s < plan.sites.length; s++) {
    if (L.siteJobs[s] >= 0) sites.push(...range(L.siteJobs[s], T));
    if (L.siteTrained[s] >= 0) sites.push(...range(L.siteTrained[s], T), ...range(L.siteGap[s], T));
    if (L.siteSurplus[s] >= 0) sites.push(...range(L.siteSurplus[s], T));
  }
  const rows: number[] = [];
  for (let c = 0; c < plan.nCells; c++) {
    if (L.cellTrained[c] >= 0) rows.push(...range(L.cellTrained[c], T), ...range(L.cellGap[c], T));
  }
  return {
    total: range(L.total, 4 * T),
    regions: Array.from(L.region).flatMap((o) => range(o, 4 * T)),
    groups: Array.from(L.group.subarray(0, nGroups)).flatMap((o) => range(o, 3 * T)),
    sites,
    rows
  };
}

function newSums(plan: Plan): Sums {
  const nS = plan.sites.length;
  const nR = plan.regions.length;
  const { T } = plan;
  return {
    siteW: new Float64Array(2 * nS * (T + 1)),
    siteS: new Float64Array(2 * nS * (T + 1)),
    regJ: new Float64Array(2 * nR * T),
    regW: new Float64Array(2 * nR * T),
    regA: new Float64Array(2 * nR * T),
    regU: new Float64Array(2 * nR * T)
  };
}

/**
 * Runs [from, to) of the simulation: run r draws from the generator where one stream of the
 * seed would be at run r, so any split into blocks gives the same runs. `reuseStore` lets the
 * single-block `simulate` keep its run store between calls.
 *
 * Runs are evaluated two at a time (`runPlanPair`) and written into a tile of TILE runs,
 * series-major; from each tile, the series kept in full are copied to the store and the others
 * counted into their histograms (where every series is kept, the tiles are the store itself).
 */
export function simulateRuns(
  prep: PreparedSimulation,
  from = 0,
  to = prep.runs,
  reuseStore = false
): SimulationPart {
  const { plan, layout: L, central, groupSites, threshold, nExact, nSketch } = prep;
  const { T } = plan;
  const nS = plan.sites.length;
  const nR = plan.regions.length;
  const count = L.count;
  const n = to - from;
  const tiles = Math.ceil(n / TILE);
  const allExact = nSketch === 0;
  const exactSize = nExact * TILE * tiles;
  const exact = reuseStore ? storeFor(exactSize) : new Float32Array(exactSize);
  const sketch = createSketch(nSketch, SKETCH_BINS);
  // Series i of run k of the tile at i · TILE + k.
  const tile = allExact ? exact : new Float32Array(count * TILE);
  const trained = needsTrained(L);
  const out = createBatchBuffers(plan, 2, trained);
  const resolve = makeResolver(plan, prep.scenario);
  const params = [resolve({}), resolve({})];
  const sums = newSums(plan);
  const draw: Draw = { siteDelay: new Float64Array(nS), siteScale: new Float64Array(nS).fill(1) };
  const shortSite = new Float64Array(nS);
  const shortRegion = new Float64Array(nR);
  let shortTotal = 0;
  const last = T - 1;
  const T1 = T + 1;
  const exactOf = prep.exactIndex;
  const sketchOf = prep.sketchIndex;
  const exactSeries = new Int32Array(nExact);
  const sketchSeries = new Int32Array(nSketch);
  for (let i = 0; i < count; i++) {
    if (exactOf[i] >= 0) exactSeries[exactOf[i]] = i;
    else sketchSeries[sketchOf[i]] = i;
  }

  /** K (1 or 2) runs, drawn in turn and evaluated as a pair (a lone run with itself), into the
   * tile at dst[base + i · TILE] (run 0) and dst[base + 1 + i · TILE] (run 1). */
  const runPair = (drawInto: (d: Draw) => void, K: number, base: number, count_: boolean) => {
    for (let r = 0; r < K; r++) {
      drawInto(draw);
      resolve(draw, params[r]);
    }
    runPlanPair(plan, params[0], params[K - 1], out, trained);
    collectPair(plan, L, out, groupSites, central, tile, base, TILE, K === 2, sums);
    if (!count_) return;
    // Unfilled share of the horizon's jobs, in float64.
    const siteW = L.withRows ? sums.siteW : out.siteTrained;
    for (let r = 0; r < K; r++) {
      let J = 0;
      let U = 0;
      for (let i = 0; i < nR; i++) {
        const Ur = sums.regU[2 * (i * T + last) + r];
        const Jr = sums.regJ[2 * (i * T + last) + r];
        if (Ur > threshold * Jr) shortRegion[i]++;
        J += Jr;
        U += Ur;
      }
      if (U > threshold * J) shortTotal++;
      for (let s = 0; s < nS; s++) {
        const b = 2 * (s * T1 + 1 + last) + r;
        const Js = out.siteJobs[b];
        const Us = L.siteShareSum[s] * Js - siteW[b] + sums.siteS[b];
        if (Us > threshold * Js) shortSite[s]++;
      }
    }
  };

  // The pilot (runs 0 … TILE − 1 of the whole simulation) fixes the histograms' bins.
  if (!allExact) {
    const pilot = Math.min(TILE, prep.runs);
    const drawInto = makeDrawer(prep.uncertain, nS, mulberry32(prep.seed));
    for (let k = 0; k < pilot; k += 2) runPair(drawInto, Math.min(2, pilot - k), k, false);
    for (let e = 0; e < nSketch; e++)
      setSketchRange(sketch, e, tile, sketchSeries[e] * TILE, pilot);
  }

  const drawInto = makeDrawer(
    prep.uncertain,
    nS,
    mulberry32(prep.seed, Math.imul(from, prep.drawsPerRun))
  );
  for (let t = 0; t < tiles; t++) {
    const m = Math.min(TILE, n - t * TILE);
    const at = allExact ? t * count * TILE : 0;
    for (let k = 0; k < m; k += 2) runPair(drawInto, Math.min(2, m - k), at + k, true);
    if (allExact) continue;
    // The series kept in full to the store (tile-major), the others into their histograms.
    for (let e = 0; e < nExact; e++) {
      const i = exactSeries[e] * TILE;
      exact.set(tile.subarray(i, i + m), (t * nExact + e) * TILE);
    }
    for (let e = 0; e < nSketch; e++) addToSketch(sketch, e, tile, sketchSeries[e] * TILE, m);
  }
  return {
    from,
    to,
    exact,
    counts: sketch.counts,
    lo: sketch.lo,
    width: sketch.width,
    min: sketch.min,
    max: sketch.max,
    shortSite,
    shortRegion,
    shortTotal
  };
}

/**
 * The result of blocks of runs that together are runs 0 … runs − 1 (in any order): exact
 * quantiles from the series kept in full, histogram quantiles from the merged counts. The same
 * for any split into blocks as for one block.
 */
export function finishSimulation(
  prep: PreparedSimulation,
  parts: readonly SimulationPart[]
): SimulationResult {
  const { plan, layout: L, central, runs, nExact, nSketch } = prep;
  const { T } = plan;
  const nS = plan.sites.length;
  const sorted = [...parts].sort((a, b) => a.from - b.from);
  let next = 0;
  for (const p of sorted) {
    if (p.from !== next) {
      throw new InputError('parts', 'finishSimulation', `runs from ${next} are missing`);
    }
    next = p.to;
  }
  if (next !== runs) throw new InputError('parts', 'finishSimulation', `runs to ${runs} expected`);
  const sketch = createSketch(nSketch, SKETCH_BINS);
  sketch.lo.set(sorted[0].lo);
  sketch.width.set(sorted[0].width);
  for (const p of sorted) {
    mergeSketch(sketch, {
      ...sketch,
      counts: p.counts,
      min: p.min,
      max: p.max
    });
  }
  let maxRankError = 0;
  const gathered = sorted.length > 1 ? new Float64Array(runs) : null;
  const q = (series: number): Quantiles => {
    const c = central[series];
    const e = prep.exactIndex[series];
    if (e < 0) {
      const { values, rankError } = sketchQuantiles(sketch, prep.sketchIndex[series], PS);
      if (rankError > maxRankError) maxRankError = rankError;
      return { p10: c + values[0], p50: c + values[1], p90: c + values[2] };
    }
    let r: Quantiles;
    if (!gathered) {
      r = quantilesOfChunks(sorted[0].exact, e * TILE, nExact * TILE, TILE, runs);
    } else {
      // Blocks: the series' values in run order, then the same exact quantiles.
      let at = 0;
      for (const p of sorted) {
        const n = p.to - p.from;
        for (let t = 0; t * TILE < n; t++) {
          const m = Math.min(TILE, n - t * TILE);
          const o = (t * nExact + e) * TILE;
          for (let k = 0; k < m; k++) gathered[at++] = p.exact[o + k];
        }
      }
      r = quantiles10_50_90(gathered);
    }
    return { p10: c + r.p10, p50: c + r.p50, p90: c + r.p90 };
  };
  const scaled = (x: Quantiles, k: number): Quantiles => ({
    p10: k * x.p10,
    p50: k * x.p50,
    p90: k * x.p90
  });
  const ZERO: Quantiles = { p10: 0, p50: 0, p90: 0 };

  // Jobs quantiles of the reported sites (the others' stay empty: no row reads them).
  const siteJobsQ: Quantiles[] = [];
  for (let s = 0; s < nS; s++) {
    for (let j = 0; j < T; j++) siteJobsQ.push(L.reported[s] ? q(L.siteJobs[s] + j) : ZERO);
  }

  const rows: SimulationRow[] = [];
  for (let c = 0; L.withRows && c < plan.nCells; c++) {
    const s = plan.cellSite[c];
    if (!L.reported[s]) continue;
    const site = plan.sites[s];
    const iW = L.cellTrained[c];
    for (let j = 0; j < T; j++) {
      // J_o = share × J: quantiles scale with a non-negative share; where W ≡ 0, unfilled = J_o.
      const jobs = scaled(siteJobsQ[s * T + j], plan.cellShare[c]);
      const gap = iW >= 0 ? q(L.cellGap[c] + j) : { ...jobs };
      rows.push({
        siteId: site.id,
        region: site.region,
        occupation: plan.occupations[plan.cellOcc[c]],
        year: plan.from + j,
        jobs,
        trained: iW >= 0 ? q(iW + j) : { ...ZERO },
        gap,
        unfilled: { ...gap }
      });
    }
  }
  const sites: SimulationSumRow[] = [];
  for (let s = 0; s < nS; s++) {
    if (!L.reported[s]) continue;
    for (let j = 0; j < T; j++) {
      const iW = L.siteTrained[s];
      const gap = iW >= 0 ? q(L.siteGap[s] + j) : scaled(siteJobsQ[s * T + j], L.siteShareSum[s]);
      sites.push({
        siteId: plan.sites[s].id,
        region: plan.sites[s].region,
        year: plan.from + j,
        jobs: siteJobsQ[s * T + j],
        trained: iW >= 0 ? q(iW + j) : { ...ZERO },
        gap,
        unfilled: { ...gap },
        surplus: L.siteSurplus[s] >= 0 ? q(L.siteSurplus[s] + j) : { ...ZERO }
      });
    }
  }
  const sumRow = (o: number, j: number, region: string | null): SimulationSumRow => {
    const gap = q(o + 2 * T + j);
    return {
      siteId: null,
      region,
      year: plan.from + j,
      jobs: q(o + j),
      trained: q(o + T + j),
      gap,
      unfilled: { ...gap },
      surplus: q(o + 3 * T + j)
    };
  };
  const regions: SimulationSumRow[] = [];
  plan.regions.forEach((code, r) => {
    for (let j = 0; j < T; j++) regions.push(sumRow(L.region[r], j, code));
  });
  const total: SimulationSumRow[] = [];
  for (let j = 0; j < T; j++) total.push(sumRow(L.total, j, null));
  const groups: SimulationGroupRow[] = [];
  prep.groupIds.forEach((id, g) => {
    for (let j = 0; j < T; j++) {
      const o = L.group[g];
      const gap = q(o + 2 * T + j);
      groups.push({
        id,
        siteId: null,
        region: null,
        year: plan.from + j,
        jobs: q(o + j),
        trained: q(o + T + j),
        gap,
        unfilled: { ...gap }
      });
    }
  });
  const shortSite = new Float64Array(nS);
  const shortRegion = new Float64Array(plan.regions.length);
  let shortTotal = 0;
  for (const p of sorted) {
    for (let s = 0; s < nS; s++) shortSite[s] += p.shortSite[s];
    for (let r = 0; r < shortRegion.length; r++) shortRegion[r] += p.shortRegion[r];
    shortTotal += p.shortTotal;
  }
  const bySite: Record<string, number> = {};
  plan.sites.forEach((site, s) => (bySite[site.id] = shortSite[s] / runs));
  const byRegion: Record<string, number> = {};
  plan.regions.forEach((code, r) => (byRegion[code] = shortRegion[r] / runs));
  return {
    runs,
    seed: prep.seed,
    rows,
    sites,
    regions,
    groups,
    total,
    shortageProbability: { total: shortTotal / runs, bySite, byRegion, threshold: prep.threshold },
    approximation: {
      exact: [...prep.exactLevels],
      sketched: nSketch,
      bins: SKETCH_BINS,
      maxRankError
    }
  };
}

const PS = [0.1, 0.5, 0.9];

/** Runs the projection `runs` times around the scenario; returns per-row p10/p50/p90. */
export function simulate(input: ProjectionInput, options: SimulateOptions = {}): SimulationResult {
  const prep = prepareSimulation(input, options);
  return finishSimulation(prep, [simulateRuns(prep, 0, prep.runs, true)]);
}
