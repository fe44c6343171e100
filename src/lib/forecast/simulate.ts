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
  type Draw,
  type Buffers,
  type Plan
} from './engine.ts';
import { InputError } from './errors.ts';
import { quantiles10_50_90 } from './quantile.ts';
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

/** The series kept per run, laid out series-major: value of series i in run r at i * runs + r. */
interface Layout {
  siteJobs: number; // nSites × T
  cellTrained: number; // nCells × T
  cellGap: number; // nCells × T
  siteTrained: number; // nSites × T
  siteGap: number; // nSites × T
  totalJobs: number; // T
  totalTrained: number; // T
  totalGap: number; // T
  count: number;
}

function layout(plan: Plan): Layout {
  const nS = plan.sites.length;
  const { T, nCells } = plan;
  let o = 0;
  const next = (n: number): number => ((o += n), o - n);
  return {
    siteJobs: next(nS * T),
    cellTrained: next(nCells * T),
    cellGap: next(nCells * T),
    siteTrained: next(nS * T),
    siteGap: next(nS * T),
    totalJobs: next(T),
    totalTrained: next(T),
    totalGap: next(T),
    count: o
  };
}

/** Writes one run's series values into `values`, in the layout's order (the central run). */
function collect(plan: Plan, L: Layout, out: Buffers, values: Float64Array): void {
  const { T, nCells } = plan;
  const nS = plan.sites.length;
  values.fill(0, L.siteTrained, L.count);
  for (let s = 0; s < nS; s++) {
    const src = s * (T + 1) + 1;
    for (let j = 0; j < T; j++) {
      const J = out.siteJobs[src + j];
      values[L.siteJobs + s * T + j] = J;
      values[L.totalJobs + j] += J;
    }
  }
  for (let c = 0; c < nCells; c++) {
    const s = plan.cellSite[c];
    const share = plan.cellShare[c];
    const src = s * (T + 1) + 1;
    for (let j = 0; j < T; j++) {
      const W = out.trained[c * T + j];
      const gap = share * out.siteJobs[src + j] - W;
      values[L.cellTrained + c * T + j] = W;
      values[L.cellGap + c * T + j] = gap;
      values[L.siteTrained + s * T + j] += W;
      values[L.siteGap + s * T + j] += gap;
      values[L.totalTrained + j] += W;
      values[L.totalGap + j] += gap;
    }
  }
}

/**
 * Writes one run into column k of a series-major tile (series i at i * TILE + k), as the
 * difference from the central run. Sums are accumulated in float64 (`sums`) before rounding.
 * Returns nothing; `sums` keeps the run's site and total values for the shortage counts.
 */
function collectTile(
  plan: Plan,
  L: Layout,
  out: Buffers,
  central: Float64Array,
  tile: Float32Array,
  k: number,
  sums: Float64Array
): void {
  const { T, nCells } = plan;
  const nS = plan.sites.length;
  const base = L.siteTrained; // sums cover siteTrained … totalGap
  sums.fill(0);
  for (let s = 0; s < nS; s++) {
    const src = s * (T + 1) + 1;
    for (let j = 0; j < T; j++) {
      const J = out.siteJobs[src + j];
      const i = L.siteJobs + s * T + j;
      tile[i * TILE + k] = J - central[i];
      sums[L.totalJobs - base + j] += J;
    }
  }
  for (let c = 0; c < nCells; c++) {
    const s = plan.cellSite[c];
    const share = plan.cellShare[c];
    const src = s * (T + 1) + 1;
    for (let j = 0; j < T; j++) {
      const W = out.trained[c * T + j];
      const gap = share * out.siteJobs[src + j] - W;
      const iW = L.cellTrained + c * T + j;
      const iG = L.cellGap + c * T + j;
      tile[iW * TILE + k] = W - central[iW];
      tile[iG * TILE + k] = gap - central[iG];
      sums[L.siteTrained - base + s * T + j] += W;
      sums[L.siteGap - base + s * T + j] += gap;
      sums[L.totalTrained - base + j] += W;
      sums[L.totalGap - base + j] += gap;
    }
  }
  for (let i = base; i < L.count; i++) tile[i * TILE + k] = sums[i - base] - central[i];
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

/** Runs are evaluated in tiles of this many, then copied into the series-major store. */
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
  const central = new Float64Array(L.count);
  const params = resolve(modeDraw(uncertain));
  runPlan(plan, params, out);
  collect(plan, L, out, central);

  const store = storeFor(L.count * runs);
  const count = L.count;
  const tile = new Float32Array(count * TILE);
  const sums = new Float64Array(count - L.siteTrained);
  const keys = UNCERTAIN_ORDER.filter((k) => uncertain[k] !== undefined);
  const rand = mulberry32(seed);
  const draw: Draw = {};
  const shortSite = new Float64Array(nS);
  let shortTotal = 0;
  const last = T - 1;
  const siteGapAt = L.siteGap - L.siteTrained;
  const totalGapAt = L.totalGap - L.siteTrained;

  for (let r0 = 0; r0 < runs; r0 += TILE) {
    const m = Math.min(TILE, runs - r0);
    for (let k = 0; k < m; k++) {
      for (const key of keys) draw[key] = triangular(rand, uncertain[key]!);
      resolve(draw, params);
      runPlan(plan, params, out);
      collectTile(plan, L, out, central, tile, k, sums);
      for (let s = 0; s < nS; s++) if (sums[siteGapAt + s * T + last] > 0) shortSite[s]++;
      if (sums[totalGapAt + last] > 0) shortTotal++;
    }
    // The tile is series-major already: each series' m runs are copied to the store as a block.
    for (let i = 0; i < count; i++) {
      const src = i * TILE;
      const dst = i * runs + r0;
      for (let k = 0; k < m; k++) store[dst + k] = tile[src + k];
    }
  }

  const q = (series: number): Quantiles => {
    const { p10, p50, p90 } = quantiles10_50_90(store, series * runs, series * runs + runs - 1);
    const c = central[series];
    // p10 ≤ p50 ≤ p90 holds for the differences; adding c keeps it (rounding is monotone).
    return { p10: c + p10, p50: c + p50, p90: c + p90 };
  };
  const scaled = (x: Quantiles, k: number): Quantiles => ({
    p10: k * x.p10,
    p50: k * x.p50,
    p90: k * x.p90
  });

  const siteJobsQ: Quantiles[] = [];
  for (let i = 0; i < nS * T; i++) siteJobsQ.push(q(L.siteJobs + i));

  const rows: SimulationRow[] = [];
  for (let c = 0; c < plan.nCells; c++) {
    const s = plan.cellSite[c];
    const site = plan.sites[s];
    for (let j = 0; j < T; j++) {
      rows.push({
        siteId: site.id,
        region: site.region,
        occupation: plan.occupations[plan.cellOcc[c]],
        year: plan.from + j,
        // J_o = share × J: quantiles scale with a non-negative share.
        jobs: scaled(siteJobsQ[s * T + j], plan.cellShare[c]),
        trained: q(L.cellTrained + c * T + j),
        gap: q(L.cellGap + c * T + j)
      });
    }
  }
  const sites: SimulationSumRow[] = [];
  for (let s = 0; s < nS; s++) {
    for (let j = 0; j < T; j++) {
      sites.push({
        siteId: plan.sites[s].id,
        region: plan.sites[s].region,
        year: plan.from + j,
        jobs: siteJobsQ[s * T + j],
        trained: q(L.siteTrained + s * T + j),
        gap: q(L.siteGap + s * T + j)
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
