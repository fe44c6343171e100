/**
 * The projection engine: `compilePlan` turns a validated input into flat typed arrays once
 * (occupation cells, pipeline lags, région groups), and `runPlan` evaluates the model for one
 * set of scenario parameters into reusable buffers. `project` runs it once; `simulate` and
 * `sensitivity` run it thousands of times without re-validating or re-allocating.
 *
 * Letters are those of MODEL.md: J jobs, H hires, W trained stock, ρ attrition, c completion,
 * q placement, I intake, D duration, d delay, σ target scale.
 *
 * @example
 *   const plan = compilePlan({ sites, programs, scenario });
 *   const out = createBuffers(plan);
 *   runPlan(plan, resolveParams(plan, scenario), out);
 *   // many runs: const resolve = makeResolver(plan, scenario); resolve({ delayYears: 2 }, params)
 *   out.trained[cell * plan.T + j]; // W of cell `cell` at year plan.from + j
 */
import {
  DEFAULT_ATTRITION_RATE,
  DEFAULT_DELAY_YEARS,
  DEFAULT_INDIRECT_MULTIPLIER,
  DEFAULT_OCCUPATION_MIX,
  DEFAULT_RAMP_SHAPE,
  DEFAULT_SCALE
} from './defaults.ts';
import { firstIntakeYear, graduationSplit, intakeAt, isActiveYear } from './pipeline.ts';
import { LN19 } from './ramp.ts';
import type { Program, ProjectionInput, Scenario, Site, UncertainParameter } from './types.ts';
import { validateInput } from './validate.ts';

export interface Plan {
  from: number;
  to: number;
  /** Number of years in the horizon. */
  T: number;
  sites: readonly Site[];
  regions: string[];
  siteRegion: Int32Array;
  occupations: string[];
  /** A cell is one site × occupation; cells of a site are contiguous, in site order. */
  nCells: number;
  cellSite: Int32Array;
  cellOcc: Int32Array;
  cellShare: Float64Array;
  /** W_o(from - 1) = initialTrained × share_o. */
  cellW0: Float64Array;
  programs: readonly Program[];
  /** The cell a site-targeted programme feeds, or -1. */
  progCell: Int32Array;
  /** The région × occupation group a région-targeted programme feeds, or -1. */
  progGroup: Int32Array;
  /** Σ_y I(y) [cohort y graduates at t], per programme × year (c = 1, no scaling). */
  progBase: Float64Array;
  /** Σ_{y active} [cohort y graduates at t]: graduates per unit of extra yearly intake. */
  progExtra: Float64Array;
  /** I(y) and the active-year indicator per programme × year, for the flow rows. */
  progIntake: Float64Array;
  progActive: Float64Array;
  nGroups: number;
  groupRegion: Int32Array;
  groupOcc: Int32Array;
  /** CSR list of the cells of each group: groupCells[groupStart[g] .. groupStart[g + 1]). */
  groupStart: Int32Array;
  groupCells: Int32Array;
}

/** The scenario resolved to numbers per site and per programme. */
export interface Params {
  /** ρ */
  rho: number;
  linear: boolean;
  indirect: number;
  /** a', b', N' per site. */
  siteA: Float64Array;
  siteB: Float64Array;
  siteN: Float64Array;
  /** Logistic only: exp(-k (t - m0)) per site × year (m0 without the scenario-wide delay), and
   * exp(k d) per site, so J(t) = N' / (1 + E0(t) exp(k d)) takes one exp per site, not per year. */
  siteExp0: Float64Array;
  siteShift: Float64Array;
  /** Effective intake scale, extra intake, c and q per programme. */
  progScale: Float64Array;
  progExtraIntake: Float64Array;
  progC: Float64Array;
  progQ: Float64Array;
}

export interface Buffers {
  /** J per site × (T + 1) years; index 0 is from - 1 (for H at the first year). */
  siteJobs: Float64Array;
  hires: Float64Array;
  placed: Float64Array;
  trained: Float64Array;
  groupPlaced: Float64Array;
  unplaced: Float64Array;
}

/** Validates the input and lays it out as typed arrays. */
export function compilePlan(input: ProjectionInput): Plan {
  validateInput(input);
  const { sites, programs, scenario } = input;
  const [from, to] = scenario.years;
  const T = to - from + 1;

  const regions: string[] = [];
  const regionIndex = new Map<string, number>();
  const siteRegion = new Int32Array(sites.length);
  const siteIndex = new Map<string, number>();
  sites.forEach((s, i) => {
    siteIndex.set(s.id, i);
    if (!regionIndex.has(s.region)) {
      regionIndex.set(s.region, regions.length);
      regions.push(s.region);
    }
    siteRegion[i] = regionIndex.get(s.region)!;
  });

  const occupations: string[] = [];
  const occIndex = new Map<string, number>();
  const occOf = (code: string): number => {
    let i = occIndex.get(code);
    if (i === undefined) {
      i = occupations.length;
      occIndex.set(code, i);
      occupations.push(code);
    }
    return i;
  };

  // Cells: the site's mix, then occupations that only a programme targeting the site brings
  // (share 0: jobs 0, but their placed graduates are counted).
  const cellSite: number[] = [];
  const cellOcc: number[] = [];
  const cellShare: number[] = [];
  const cellW0: number[] = [];
  const cellIndex = new Map<string, number>();
  sites.forEach((site, s) => {
    const mix = site.occupationMix ?? DEFAULT_OCCUPATION_MIX;
    const extra = programs
      .filter((p) => 'site' in p.target && p.target.site === site.id && !(p.occupation in mix))
      .map((p) => p.occupation);
    const codes = [...Object.keys(mix), ...new Set(extra)];
    for (const code of codes) {
      const share = mix[code] ?? 0;
      cellIndex.set(`${s}\u0000${code}`, cellSite.length);
      cellSite.push(s);
      cellOcc.push(occOf(code));
      cellShare.push(share);
      cellW0.push((site.initialTrained ?? 0) * share);
    }
  });
  const nCells = cellSite.length;

  // Région × occupation groups fed by région-targeted programmes.
  const groupKey = new Map<string, number>();
  const groupRegion: number[] = [];
  const groupOcc: number[] = [];
  const progCell = new Int32Array(programs.length).fill(-1);
  const progGroup = new Int32Array(programs.length).fill(-1);
  programs.forEach((p, i) => {
    if ('site' in p.target) {
      progCell[i] = cellIndex.get(`${siteIndex.get(p.target.site)}\u0000${p.occupation}`)!;
    } else {
      const key = `${p.target.region}\u0000${p.occupation}`;
      let g = groupKey.get(key);
      if (g === undefined) {
        g = groupRegion.length;
        groupKey.set(key, g);
        // A région with no site gets an index too: its group has no cells, so all unplaced.
        if (!regionIndex.has(p.target.region)) {
          regionIndex.set(p.target.region, regions.length);
          regions.push(p.target.region);
        }
        groupRegion.push(regionIndex.get(p.target.region)!);
        groupOcc.push(occOf(p.occupation));
      }
      progGroup[i] = g;
    }
  });
  const nGroups = groupRegion.length;
  const groupStart = new Int32Array(nGroups + 1);
  const members: number[] = [];
  for (let g = 0; g < nGroups; g++) {
    groupStart[g] = members.length;
    for (let c = 0; c < nCells; c++) {
      if (siteRegion[cellSite[c]] === groupRegion[g] && cellOcc[c] === groupOcc[g]) members.push(c);
    }
  }
  groupStart[nGroups] = members.length;

  // Pipeline lags: graduates per year from the base intake and from one extra place a year.
  const nP = programs.length;
  const progBase = new Float64Array(nP * T);
  const progExtra = new Float64Array(nP * T);
  const progIntake = new Float64Array(nP * T);
  const progActive = new Float64Array(nP * T);
  programs.forEach((p, i) => {
    const split = graduationSplit(p.durationYears);
    const maxLag = split[split.length - 1].lag;
    const first = Math.min(firstIntakeYear(p), p.startYear);
    for (let y = Math.max(first, from - maxLag); y <= to; y++) {
      const I = intakeAt(p, y, to);
      const active = isActiveYear(p, y, to) ? 1 : 0;
      if (y >= from) {
        progIntake[i * T + y - from] = I;
        progActive[i * T + y - from] = active;
      }
      if (I === 0 && active === 0) continue;
      for (const { lag, share } of split) {
        const t = y + lag;
        if (t < from || t > to) continue;
        progBase[i * T + t - from] += I * share;
        progExtra[i * T + t - from] += active * share;
      }
    }
  });

  return {
    from,
    to,
    T,
    sites,
    regions,
    siteRegion,
    occupations,
    nCells,
    cellSite: Int32Array.from(cellSite),
    cellOcc: Int32Array.from(cellOcc),
    cellShare: Float64Array.from(cellShare),
    cellW0: Float64Array.from(cellW0),
    programs,
    progCell,
    progGroup,
    progBase,
    progExtra,
    progIntake,
    progActive,
    nGroups,
    groupRegion: Int32Array.from(groupRegion),
    groupOcc: Int32Array.from(groupOcc),
    groupStart,
    groupCells: Int32Array.from(members)
  };
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Scenario values a Monte Carlo run or a tornado swing replaces (see `Uncertain`). */
export type Draw = Partial<Record<UncertainParameter, number>>;

/**
 * Prepares the per-site and per-programme overrides of a scenario once, and returns a function
 * that fills `Params` for the scenario with some global values replaced (`draw`). Monte Carlo
 * runs call it thousands of times: it reads no object keys, only arrays.
 */
export function makeResolver(
  plan: Plan,
  scenario: Scenario
): (draw?: Draw, into?: Params) => Params {
  const nS = plan.sites.length;
  const nP = plan.programs.length;
  const siteA0 = new Float64Array(nS);
  const siteB0 = new Float64Array(nS);
  const siteN0 = new Float64Array(nS);
  plan.sites.forEach((site, s) => {
    const o = scenario.sites?.[site.id];
    siteA0[s] = site.productionStart + (o?.delayYears ?? 0);
    siteB0[s] = site.fullCapacity + (o?.delayYears ?? 0);
    siteN0[s] = site.targetJobs * (o?.targetScale ?? 1);
  });
  const progScale0 = new Float64Array(nP);
  const progExtra = new Float64Array(nP);
  // NaN marks "no per-programme override": the global or the programme's own rate applies.
  const progC0 = new Float64Array(nP);
  const progQ0 = new Float64Array(nP);
  const ownC = new Float64Array(nP);
  const ownQ = new Float64Array(nP);
  plan.programs.forEach((prog, i) => {
    const o = scenario.programs?.[prog.id];
    progScale0[i] = o?.intakeScale ?? 1;
    progExtra[i] = o?.extraIntake ?? 0;
    progC0[i] = o?.completionRate ?? NaN;
    progQ0[i] = o?.placementRate ?? NaN;
    ownC[i] = prog.completionRate;
    ownQ[i] = prog.placementRate;
  });
  const linear = (scenario.rampShape ?? DEFAULT_RAMP_SHAPE) === 'linear';
  const indirect = scenario.indirectMultiplier ?? DEFAULT_INDIRECT_MULTIPLIER;
  const T1 = plan.T + 1;
  const siteK = new Float64Array(nS);
  const siteExp0 = new Float64Array(linear ? 0 : nS * T1);
  for (let s = 0; s < nS; s++) {
    siteK[s] = (2 * LN19) / (siteB0[s] - siteA0[s]);
    const m0 = (siteA0[s] + siteB0[s]) / 2;
    if (!linear) {
      for (let i = 0; i < T1; i++)
        siteExp0[s * T1 + i] = Math.exp(-siteK[s] * (plan.from - 1 + i - m0));
    }
  }

  return (draw: Draw = {}, into?: Params): Params => {
    const p: Params = into ?? {
      rho: 0,
      linear,
      indirect,
      siteA: new Float64Array(nS),
      siteB: new Float64Array(nS),
      siteN: new Float64Array(nS),
      siteExp0,
      siteShift: new Float64Array(nS),
      progScale: new Float64Array(nP),
      progExtraIntake: new Float64Array(nP),
      progC: new Float64Array(nP),
      progQ: new Float64Array(nP)
    };
    p.rho = draw.attritionRate ?? scenario.attritionRate ?? DEFAULT_ATTRITION_RATE;
    const d = draw.delayYears ?? scenario.delayYears ?? DEFAULT_DELAY_YEARS;
    const sigma = draw.targetScale ?? scenario.targetScale ?? DEFAULT_SCALE;
    for (let s = 0; s < nS; s++) {
      p.siteA[s] = siteA0[s] + d;
      p.siteB[s] = siteB0[s] + d;
      p.siteN[s] = siteN0[s] * sigma;
      p.siteShift[s] = Math.exp(siteK[s] * d);
    }
    const intakeScale = draw.intakeScale ?? scenario.intakeScale ?? DEFAULT_SCALE;
    const cScale = draw.completionScale ?? scenario.completionScale ?? 1;
    const qScale = draw.placementScale ?? scenario.placementScale ?? 1;
    const cAll = draw.completionRate ?? scenario.completionRate;
    const qAll = draw.placementRate ?? scenario.placementRate;
    for (let i = 0; i < nP; i++) {
      p.progScale[i] = intakeScale * progScale0[i];
      p.progExtraIntake[i] = progExtra[i];
      const c = progC0[i] === progC0[i] ? progC0[i] : (cAll ?? ownC[i]);
      const q = progQ0[i] === progQ0[i] ? progQ0[i] : (qAll ?? ownQ[i]);
      p.progC[i] = clamp01(c * cScale);
      p.progQ[i] = clamp01(q * qScale);
    }
    return p;
  };
}

/** The scenario resolved to numbers per site and per programme. */
export function resolveParams(plan: Plan, scenario: Scenario): Params {
  return makeResolver(plan, scenario)();
}

export function createBuffers(plan: Plan): Buffers {
  const { T } = plan;
  return {
    siteJobs: new Float64Array(plan.sites.length * (T + 1)),
    hires: new Float64Array(plan.nCells * T),
    placed: new Float64Array(plan.nCells * T),
    trained: new Float64Array(plan.nCells * T),
    groupPlaced: new Float64Array(plan.nGroups * T),
    unplaced: new Float64Array(plan.nGroups * T)
  };
}

/**
 * The cells a caller reads: hires are needed for the cells of région groups (they share the
 * région's graduates) and trained stocks for the cells read. `simulate` reads only the trained
 * stock of cells a programme feeds or that start with people; other entries are left untouched.
 */
export interface CellSubset {
  hires: Int32Array;
  trained: Int32Array;
}

/**
 * Evaluates the model once. Jobs of a cell are cellShare × siteJobs (not stored twice). With
 * `subset`, hires and trained stocks are evaluated only for the cells it lists.
 */
export function runPlan(plan: Plan, params: Params, out: Buffers, subset?: CellSubset): void {
  const { T, from, nCells } = plan;
  const T1 = T + 1;
  const { siteJobs, hires, placed, trained, groupPlaced, unplaced } = out;
  const rho = params.rho;

  // Demand: J(t) for t = from - 1 … to, per site.
  for (let s = 0; s < plan.sites.length; s++) {
    const a = params.siteA[s];
    const b = params.siteB[s];
    const N = params.siteN[s];
    const base = s * T1;
    if (params.linear) {
      const span = b - a;
      for (let i = 0; i < T1; i++) {
        const t = from - 1 + i;
        siteJobs[base + i] = t <= a ? 0 : t >= b ? N : (N * (t - a)) / span;
      }
    } else {
      // exp(-k (t - m0 - d)) = E0(t) exp(k d); where that product is Inf × 0 (absurd delays),
      // fall back to the direct formula.
      const E0 = params.siteExp0;
      const shift = params.siteShift[s];
      for (let i = 0; i < T1; i++) {
        const e = E0[base + i] * shift;
        siteJobs[base + i] =
          e === e
            ? N / (1 + e)
            : N / (1 + Math.exp((-(2 * LN19) / (b - a)) * (from - 1 + i - (a + b) / 2)));
      }
    }
  }

  // H_o(t) = max(0, J_o(t) - J_o(t-1)) + ρ J_o(t-1)
  const hiresCells = subset?.hires;
  const nH = hiresCells ? hiresCells.length : nCells;
  for (let n = 0; n < nH; n++) {
    const c = hiresCells ? hiresCells[n] : n;
    const share = plan.cellShare[c];
    const base = plan.cellSite[c] * T1;
    const row = c * T;
    let prev = share * siteJobs[base];
    for (let j = 0; j < T; j++) {
      const J = share * siteJobs[base + j + 1];
      const growth = J - prev;
      hires[row + j] = (growth > 0 ? growth : 0) + rho * prev;
      prev = J;
    }
  }

  // placed(t) = q c (s Σ_y I(y)[…] + e Σ_{y active}[…])
  placed.fill(0);
  groupPlaced.fill(0);
  const { progBase, progExtra, progCell, progGroup } = plan;
  for (let p = 0; p < plan.programs.length; p++) {
    const qc = params.progQ[p] * params.progC[p];
    if (qc === 0) continue;
    const s = params.progScale[p];
    const e = params.progExtraIntake[p];
    const cell = progCell[p];
    const target = cell >= 0 ? placed : groupPlaced;
    const row = (cell >= 0 ? cell : progGroup[p]) * T;
    const src = p * T;
    if (e === 0) {
      for (let j = 0; j < T; j++) target[row + j] += qc * s * progBase[src + j];
    } else {
      for (let j = 0; j < T; j++)
        target[row + j] += qc * (s * progBase[src + j] + e * progExtra[src + j]);
    }
  }

  // Région graduates shared by hires needed H_o(t); unplaced where no site needs any.
  unplaced.fill(0);
  const { groupStart, groupCells } = plan;
  for (let g = 0; g < plan.nGroups; g++) {
    const g0 = groupStart[g];
    const g1 = groupStart[g + 1];
    for (let j = 0; j < T; j++) {
      const P = groupPlaced[g * T + j];
      if (P === 0) continue;
      let totalH = 0;
      for (let i = g0; i < g1; i++) totalH += hires[groupCells[i] * T + j];
      if (totalH > 0) {
        for (let i = g0; i < g1; i++) {
          const c = groupCells[i];
          placed[c * T + j] += P * (hires[c * T + j] / totalH); // ratio first: no underflow
        }
      } else {
        unplaced[g * T + j] = P;
      }
    }
  }

  // W_o(t) = W_o(t-1) (1 - ρ) + placed_o(t)
  const keep = 1 - rho;
  const trainedCells = subset?.trained;
  const nW = trainedCells ? trainedCells.length : nCells;
  for (let n = 0; n < nW; n++) {
    const c = trainedCells ? trainedCells[n] : n;
    const row = c * T;
    let W = plan.cellW0[c];
    for (let j = 0; j < T; j++) {
      W = W * keep + placed[row + j];
      trained[row + j] = W;
    }
  }
}
