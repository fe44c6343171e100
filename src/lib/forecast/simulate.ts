/**
 * `simulate`: seeded Monte Carlo over triangular ranges (MODEL.md, "Uncertainty"). Each run draws
 * the uncertain scenario parameters — in a fixed order, from one mulberry32 stream — runs the
 * projection, and keeps jobs, trained and gap; each row then gets p10, p50 and p90 of the runs.
 * A drawn parameter replaces the scenario's value; per-site and per-programme overrides still
 * apply on top (a site's own delay adds to the drawn delay).
 *
 * @example
 *   const sim = simulate({ sites, programs, scenario }, {
 *     runs: 1000, seed: 7,
 *     uncertain: { delayYears: { low: 0, mode: 1, high: 3 },
 *                  completionRate: { low: 0.6, mode: 0.8, high: 0.9 } }
 *   });
 *   sim.rows[0].gap;                 // { p10, p50, p90 } for the first site × occupation × year
 *   sim.shortageProbability.total;   // P(total gap at the horizon > 0), e.g. 0.93
 */
import { DEFAULT_RUNS, DEFAULT_SEED } from './defaults.ts';
import {
  compilePlan,
  createBuffers,
  makeResolver,
  runPlan,
  type CellSubset,
  type Draw,
  type Buffers,
  type Plan
} from './engine.ts';
import { InputError } from './errors.ts';
import { quantilesOfChunks } from './quantile.ts';
import { mulberry32, triangular } from './random.ts';
import type {
  ProjectionInput,
  Quantiles,
  Scenario,
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
}

export interface SimulationRow {
  siteId: string;
  region: string;
  occupation: string;
  year: number;
  jobs: Quantiles;
  trained: Quantiles;
  gap: Quantiles;
}

/** Quantiles of a sum over rows (a site's occupations, or everything), per year. */
export interface SimulationSumRow {
  /** null in the total rows. */
  siteId: string | null;
  region: string | null;
  year: number;
  jobs: Quantiles;
  trained: Quantiles;
  gap: Quantiles;
}

export interface SimulationResult {
  runs: number;
  seed: number;
  /** One row per site × occupation × year, in `project`'s order. */
  rows: SimulationRow[];
  /** One row per site × year: quantiles of the site's total over occupations. */
  sites: SimulationSumRow[];
  /** One row per year: quantiles of the total over all sites. */
  total: SimulationSumRow[];
  /** Share of runs whose gap at the horizon (last year) is > 0: a shortage. */
  shortageProbability: { total: number; bySite: Record<string, number> };
}

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

/** The scenario with every uncertain parameter at its mode (the "central" run). */
export function modeScenario(scenario: Scenario, uncertain: Uncertain): Scenario {
  const s: Scenario = { ...scenario };
  for (const key of UNCERTAIN_ORDER) {
    const tri = uncertain[key];
    if (tri) s[key] = tri.mode;
  }
  return s;
}

/**
 * The series kept per run. A cell that no programme feeds and that starts with no one trained
 * has W ≡ 0 in every run: its trained quantiles are 0 and its gap's are share × the site's jobs
 * quantiles, so it is not stored (in the default dataset, 31 of 41 cells). Likewise a site all
 * of whose cells are so has trained 0 and gap = Σ share × jobs. Index -1: not stored.
 */
interface Layout {
  /** Series index of J per site × year. */
  siteJobs: number;
  /** The cells stored (fed by a programme, or with an initial stock), and their series. */
  liveCells: Int32Array;
  cellTrained: Int32Array; // per cell × year, or -1
  cellGap: Int32Array; // per cell × year, or -1
  siteTrained: Int32Array; // per site × year, or -1
  siteGap: Int32Array; // per site × year, or -1
  totalJobs: number;
  totalTrained: number;
  totalGap: number;
  /** Σ of the site's occupation shares (1 within 1e-6): site gap = Σ share × J − Σ W. */
  siteShareSum: Float64Array;
  count: number;
}

function layout(plan: Plan): Layout {
  const nS = plan.sites.length;
  const { T, nCells } = plan;
  const fed = new Uint8Array(nCells);
  for (let p = 0; p < plan.programs.length; p++) {
    const cell = plan.progCell[p];
    if (cell >= 0) fed[cell] = 1;
    const g = plan.progGroup[p];
    if (g >= 0) {
      for (let i = plan.groupStart[g]; i < plan.groupStart[g + 1]; i++) fed[plan.groupCells[i]] = 1;
    }
  }
  const live: number[] = [];
  const siteLive = new Uint8Array(nS);
  const siteShareSum = new Float64Array(nS);
  for (let c = 0; c < nCells; c++) {
    siteShareSum[plan.cellSite[c]] += plan.cellShare[c];
    if (fed[c] || plan.cellW0[c] !== 0) {
      live.push(c);
      siteLive[plan.cellSite[c]] = 1;
    }
  }
  let o = 0;
  const next = (n: number): number => ((o += n), o - n);
  const siteJobs = next(nS * T);
  const cellTrained = new Int32Array(nCells * T).fill(-1);
  const cellGap = new Int32Array(nCells * T).fill(-1);
  for (const c of live) {
    const w = next(T);
    const g = next(T);
    for (let j = 0; j < T; j++) {
      cellTrained[c * T + j] = w + j;
      cellGap[c * T + j] = g + j;
    }
  }
  const siteTrained = new Int32Array(nS * T).fill(-1);
  const siteGap = new Int32Array(nS * T).fill(-1);
  for (let s = 0; s < nS; s++) {
    if (!siteLive[s]) continue;
    const w = next(T);
    const g = next(T);
    for (let j = 0; j < T; j++) {
      siteTrained[s * T + j] = w + j;
      siteGap[s * T + j] = g + j;
    }
  }
  return {
    siteJobs,
    liveCells: Int32Array.from(live),
    cellTrained,
    cellGap,
    siteTrained,
    siteGap,
    totalJobs: next(T),
    totalTrained: next(T),
    totalGap: next(T),
    siteShareSum,
    count: o
  };
}

/** How many series `simulate` stores per run for this input (the others are derived). */
export function storedSeriesCount(input: ProjectionInput): number {
  return layout(compilePlan(input)).count;
}

/**
 * Writes one run's series into `dst` at dst[base + i * step] (series i), as differences from
 * `central` (pass an array of zeros to write the values themselves). Sums are accumulated in
 * float64 in `sums` (site trained per site × year, then total trained per year) before rounding.
 */
function collectRun(
  plan: Plan,
  L: Layout,
  out: Buffers,
  central: Float64Array,
  dst: Float32Array | Float64Array,
  base: number,
  step: number,
  sums: Float64Array
): void {
  const { T } = plan;
  const nS = plan.sites.length;
  const totalW = nS * T;
  sums.fill(0);
  for (let n = 0; n < L.liveCells.length; n++) {
    const c = L.liveCells[n];
    const s = plan.cellSite[c];
    const share = plan.cellShare[c];
    const src = s * (T + 1) + 1;
    const iW = L.cellTrained[c * T];
    const iG = L.cellGap[c * T];
    for (let j = 0; j < T; j++) {
      const W = out.trained[c * T + j];
      dst[base + (iW + j) * step] = W - central[iW + j];
      dst[base + (iG + j) * step] = share * out.siteJobs[src + j] - W - central[iG + j];
      sums[s * T + j] += W;
      sums[totalW + j] += W;
    }
  }
  for (let s = 0; s < nS; s++) {
    const src = s * (T + 1) + 1;
    const shareSum = L.siteShareSum[s];
    const iJ = L.siteJobs + s * T;
    const iW = L.siteTrained[s * T];
    const iG = L.siteGap[s * T];
    for (let j = 0; j < T; j++) {
      const J = out.siteJobs[src + j];
      dst[base + (iJ + j) * step] = J - central[iJ + j];
      if (iW >= 0) {
        const W = sums[s * T + j];
        dst[base + (iW + j) * step] = W - central[iW + j];
        dst[base + (iG + j) * step] = shareSum * J - W - central[iG + j];
      }
    }
  }
  for (let j = 0; j < T; j++) {
    let J = 0;
    let gap = 0;
    for (let s = 0; s < nS; s++) {
      const Js = out.siteJobs[s * (T + 1) + 1 + j];
      J += Js;
      gap += L.siteShareSum[s] * Js;
    }
    const W = sums[totalW + j];
    gap -= W;
    dst[base + (L.totalJobs + j) * step] = J - central[L.totalJobs + j];
    dst[base + (L.totalTrained + j) * step] = W - central[L.totalTrained + j];
    dst[base + (L.totalGap + j) * step] = gap - central[L.totalGap + j];
  }
}

/** The draw with every uncertain parameter at its mode. */
export function modeDraw(uncertain: Uncertain): Draw {
  const draw: Draw = {};
  for (const key of UNCERTAIN_ORDER) {
    const tri = uncertain[key];
    if (tri) draw[key] = tri.mode;
  }
  return draw;
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
 * Runs are stored tile-major: the TILE runs of one tile sit together for each series (series i,
 * run t · TILE + k at (t · count + i) · TILE + k), so one run's writes stay within one tile
 * (in cache) and each series is read back as contiguous chunks of TILE values.
 */
const TILE = 64;

/** Runs the projection `runs` times with drawn parameters; returns per-row p10/p50/p90. */
export function simulate(input: ProjectionInput, options: SimulateOptions = {}): SimulationResult {
  const runs = options.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? DEFAULT_SEED;
  const uncertain = options.uncertain ?? {};
  if (!Number.isInteger(runs) || runs < 1) {
    throw new InputError('runs', 'simulate options', `must be a whole number ≥ 1, got ${runs}`);
  }
  if (!Number.isFinite(seed))
    throw new InputError('seed', 'simulate options', `must be a finite number, got ${seed}`);
  validateUncertain(uncertain);

  const plan = compilePlan(input);
  const { T } = plan;
  const nS = plan.sites.length;
  const L = layout(plan);
  const out = createBuffers(plan);
  const resolve = makeResolver(plan, input.scenario);

  // Central run (all parameters at their mode): values are stored as float32 differences from
  // it, halving memory while staying exact when a parameter has no spread.
  const count = L.count;
  const central = new Float64Array(count);
  const sums = new Float64Array((nS + 1) * T);
  const params = resolve(modeDraw(uncertain));
  runPlan(plan, params, out);
  collectRun(plan, L, out, new Float64Array(count), central, 0, 1, sums);

  const store = storeFor(count * TILE * Math.ceil(runs / TILE));
  const keys = UNCERTAIN_ORDER.filter((k) => uncertain[k] !== undefined);
  const rand = mulberry32(seed);
  const draw: Draw = {};
  const shortSite = new Float64Array(nS);
  let shortTotal = 0;
  const last = T - 1;

  const subset: CellSubset = {
    hires: Int32Array.from(new Set(plan.groupCells)),
    trained: L.liveCells
  };
  for (let r = 0; r < runs; r++) {
    for (const key of keys) draw[key] = triangular(rand, uncertain[key]!);
    resolve(draw, params);
    runPlan(plan, params, out, subset);
    const k = r % TILE;
    collectRun(plan, L, out, central, store, (r - k) * count + k, TILE, sums);
    // The gaps at the horizon, in float64: per site Σ share × J − Σ W, and their total.
    let totalGap = -sums[nS * T + last];
    for (let s = 0; s < nS; s++) {
      const demand = L.siteShareSum[s] * out.siteJobs[s * (T + 1) + 1 + last];
      totalGap += demand;
      if (demand - sums[s * T + last] > 0) shortSite[s]++;
    }
    if (totalGap > 0) shortTotal++;
  }

  const q = (series: number): Quantiles => {
    const { p10, p50, p90 } = quantilesOfChunks(store, series * TILE, count * TILE, TILE, runs);
    const c = central[series];
    // p10 ≤ p50 ≤ p90 holds for the differences; adding c keeps it (rounding is monotone).
    return { p10: c + p10, p50: c + p50, p90: c + p90 };
  };
  const scaled = (x: Quantiles, k: number): Quantiles => ({
    p10: k * x.p10,
    p50: k * x.p50,
    p90: k * x.p90
  });
  const ZERO: Quantiles = { p10: 0, p50: 0, p90: 0 };

  const siteJobsQ: Quantiles[] = [];
  for (let i = 0; i < nS * T; i++) siteJobsQ.push(q(L.siteJobs + i));

  const rows: SimulationRow[] = [];
  for (let c = 0; c < plan.nCells; c++) {
    const s = plan.cellSite[c];
    const site = plan.sites[s];
    for (let j = 0; j < T; j++) {
      const iW = L.cellTrained[c * T + j];
      // J_o = share × J: quantiles scale with a non-negative share; where W ≡ 0, so does the gap.
      const jobs = scaled(siteJobsQ[s * T + j], plan.cellShare[c]);
      rows.push({
        siteId: site.id,
        region: site.region,
        occupation: plan.occupations[plan.cellOcc[c]],
        year: plan.from + j,
        jobs,
        trained: iW >= 0 ? q(iW) : { ...ZERO },
        gap: iW >= 0 ? q(L.cellGap[c * T + j]) : { ...jobs }
      });
    }
  }
  const sites: SimulationSumRow[] = [];
  for (let s = 0; s < nS; s++) {
    for (let j = 0; j < T; j++) {
      const iW = L.siteTrained[s * T + j];
      sites.push({
        siteId: plan.sites[s].id,
        region: plan.sites[s].region,
        year: plan.from + j,
        jobs: siteJobsQ[s * T + j],
        trained: iW >= 0 ? q(iW) : { ...ZERO },
        gap: iW >= 0 ? q(L.siteGap[s * T + j]) : scaled(siteJobsQ[s * T + j], L.siteShareSum[s])
      });
    }
  }
  const total: SimulationSumRow[] = [];
  for (let j = 0; j < T; j++) {
    total.push({
      siteId: null,
      region: null,
      year: plan.from + j,
      jobs: q(L.totalJobs + j),
      trained: q(L.totalTrained + j),
      gap: q(L.totalGap + j)
    });
  }
  const bySite: Record<string, number> = {};
  plan.sites.forEach((site, s) => (bySite[site.id] = shortSite[s] / runs));
  return {
    runs,
    seed,
    rows,
    sites,
    total,
    shortageProbability: { total: shortTotal / runs, bySite }
  };
}
