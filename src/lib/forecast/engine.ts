/**
 * The projection engine: `compilePlan` turns a validated input into flat typed arrays once
 * (occupation cells, pipeline lags, région pools, the calibrated part of each ramp, the stocks
 * built before the horizon), and `runPlan` evaluates the model for one set of scenario
 * parameters into reusable buffers. `project` runs it once; `sensitivity` and
 * `placesToCloseGap` run it many times without re-validating or re-allocating; `simulate` runs
 * its twin `runPlanPair` (engine-batch.ts), two runs per pass over the plan, thousands of times.
 *
 * Letters are those of docs/model.md: J jobs, H hires, W trained people in post, A trained
 * people available in a région (no post), ρ attrition, c completion, q placement, I intake,
 * D duration, d delay, σ target scale, L hiring lead.
 *
 * @example
 *   const plan = compilePlan({ sites, programs, scenario });
 *   const out = createBuffers(plan);
 *   runPlan(plan, resolveParams(plan, scenario), out);
 *   out.trained[cell * plan.T + j]; // W of cell `cell` at year plan.from + j
 */
import {
  DEFAULT_AFTER_FUNDED_END,
  DEFAULT_ATTRITION_RATE,
  DEFAULT_DELAY_YEARS,
  DEFAULT_INDIRECT_MULTIPLIER,
  DEFAULT_OCCUPATION_MIX,
  DEFAULT_RAMP_SHAPE,
  DEFAULT_SCALE,
  HISTORY_MAX_YEARS
} from './defaults.ts';
import { firstIntakeYear, graduationSplit } from './pipeline.ts';
import { LN19 } from './ramp.ts';
import { calibrationFor, referenceLead, siteRampShape, type Calibration } from './calibrate.ts';
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
  /** The région pool (région × occupation) of each cell. */
  cellGroup: Int32Array;
  /** W_o(from - 1): people in post at the start (earlier cohorts, initialTrained, brownfield). */
  cellW0: Float64Array;
  /** A(from - 1) per pool: people trained before the horizon who found no post. */
  groupA0: Float64Array;
  /** The input's programmes; `units` are their occupation parts (a mix splits a programme). */
  programs: readonly Program[];
  nUnits: number;
  /** The programme of each unit, its occupation and its share of the programme's graduates. */
  unitProgram: Int32Array;
  unitOcc: Int32Array;
  unitShare: Float64Array;
  /** The cell a site-targeted unit feeds, or -1; the pool a région-targeted unit feeds, or -1. */
  unitCell: Int32Array;
  unitGroup: Int32Array;
  /** Share of placed graduates going to the tracked sites (Program.targetShare), per unit. */
  unitTargetShare: Float64Array;
  /** Σ_y I(y) [cohort y graduates at t], per unit × year (c = 1, no scaling, × mix share). */
  progBase: Float64Array;
  /** Σ_{y active} [cohort y graduates at t] × mix share: graduates per extra yearly place. */
  progExtra: Float64Array;
  /** I(y) and the active-year indicator per programme × year, for the flow rows. */
  progIntake: Float64Array;
  progActive: Float64Array;
  /** Observed graduates and hires per unit × year (NaN where none): they replace the model's. */
  obsGraduates: Float64Array;
  obsHired: Float64Array;
  /** First year whose intake rests on the renewal assumption, per programme (Infinity: none). */
  progRenewedFrom: Float64Array;
  nGroups: number;
  groupRegion: Int32Array;
  groupOcc: Int32Array;
  /** CSR list of the cells of each pool: groupCells[groupStart[g] .. groupStart[g + 1]). */
  groupStart: Int32Array;
  groupCells: Int32Array;
  /** Position of each cell in `groupCells`; and per position (what `runPlan` reads, in the
   * order it reads it): the cell's share, the index of its site's first horizon year in
   * `siteJobs` (cellSite · (T + 1) + 1), its W at the start (cellW0), and the first index of
   * its rows in cell × year (cell · T) arrays. */
  cellPos: Int32Array;
  poolShare: Float64Array;
  poolJobs: Int32Array;
  poolW0: Float64Array;
  poolCellT: Int32Array;
  /** The pool position of the cell a site-targeted unit feeds, or -1 (a région's unit). */
  unitPos: Int32Array;
  /** 1 where the unit has an observed graduates or hires figure in the horizon. */
  unitObserved: Uint8Array;
  /** Cells and pools whose stocks can be non-zero (fed, or sharing a pool with a fed cell). */
  liveCells: Int32Array;
  liveGroups: Int32Array;
  /** CSR list of the units feeding each pool (directly, or through one of its cells). */
  groupUnitStart: Int32Array;
  groupUnits: Int32Array;
  /** L, the hiring lead used (years), and the calibration of each site on its observations. */
  hiringLeadYears: number;
  calibration: readonly (Calibration | null)[];
  /** The brownfield workforce of each site (E), not scaled by the scenario. */
  siteExisting: Float64Array;
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
  /** Logistic only: exp(-k (t - m0)) per site × year (m0 without any delay) and exp(k d) per
   * site, so F(t) = 1 / (1 + E0(t) exp(k d)) takes one exp per site, not per year. */
  siteExp0: Float64Array;
  siteShift: Float64Array;
  siteK: Float64Array;
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
  /** People newly in post this year, per cell × year. */
  placed: Float64Array;
  /** W: people in post, per cell × year (≤ J of the cell, except observed hires). */
  trained: Float64Array;
  /** A: trained people available in the pool, per pool × year. */
  available: Float64Array;
  /** Working arrays, per pool position: vacancies (room) and W of the year being built. */
  room: Float64Array;
  current: Float64Array;
  coefBase: Float64Array;
  coefExtra: Float64Array;
  /** Graduates placed per unit × year, without observations (q τ share c (s base + e extra)). */
  produced: Float64Array;
}

const key2 = (a: number | string, b: string): string => `${a}\u0000${b}`;

/** Validates the input and lays it out as typed arrays. */
export function compilePlan(input: ProjectionInput): Plan {
  validateInput(input);
  return compileValid(input, true);
}

function compileValid(input: ProjectionInput, withHistory: boolean): Plan {
  const { sites, programs, scenario } = input;
  const [from, to] = scenario.years;
  const T = to - from + 1;

  const regions: string[] = [];
  const regionIndex = new Map<string, number>();
  const siteRegion = new Int32Array(sites.length);
  const siteIndex = new Map<string, number>();
  const regionOf = (code: string): number => {
    let r = regionIndex.get(code);
    if (r === undefined) {
      r = regions.length;
      regionIndex.set(code, r);
      regions.push(code);
    }
    return r;
  };
  sites.forEach((s, i) => {
    siteIndex.set(s.id, i);
    siteRegion[i] = regionOf(s.region);
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

  // Units: a programme with an occupation mix splits into one unit per occupation.
  const unitProgram: number[] = [];
  const unitOccCode: string[] = [];
  const unitShare: number[] = [];
  programs.forEach((p, i) => {
    const mix = p.occupationMix ?? { [p.occupation]: 1 };
    for (const [code, share] of Object.entries(mix)) {
      if (share === 0) continue;
      unitProgram.push(i);
      unitOccCode.push(code);
      unitShare.push(share);
    }
  });
  const nUnits = unitProgram.length;

  // Cells: the site's mix, then occupations that only a programme targeting the site brings
  // (share 0: no jobs, so their graduates go to the région's pool).
  const cellSite: number[] = [];
  const cellOcc: number[] = [];
  const cellShare: number[] = [];
  const cellW0: number[] = [];
  const cellIndex = new Map<string, number>();
  const siteExisting = new Float64Array(sites.length);
  sites.forEach((site, s) => {
    const mix = site.occupationMix ?? DEFAULT_OCCUPATION_MIX;
    const extra: string[] = [];
    for (let u = 0; u < nUnits; u++) {
      const t = programs[unitProgram[u]].target;
      if ('site' in t && t.site === site.id && !(unitOccCode[u] in mix)) extra.push(unitOccCode[u]);
    }
    siteExisting[s] = site.existingJobs ?? 0;
    const inPost = (site.initialTrained ?? 0) + siteExisting[s] - (site.reconversionJobs ?? 0);
    for (const code of [...Object.keys(mix), ...new Set(extra)]) {
      const share = mix[code] ?? 0;
      cellIndex.set(key2(s, code), cellSite.length);
      cellSite.push(s);
      cellOcc.push(occOf(code));
      cellShare.push(share);
      cellW0.push(inPost * share);
    }
  });
  const nCells = cellSite.length;

  // Pools: one per région × occupation of a cell or of a région-targeted unit.
  const groupKey = new Map<string, number>();
  const groupRegion: number[] = [];
  const groupOcc: number[] = [];
  const groupOf = (region: number, occ: number): number => {
    const k = key2(region, String(occ));
    let g = groupKey.get(k);
    if (g === undefined) {
      g = groupRegion.length;
      groupKey.set(k, g);
      groupRegion.push(region);
      groupOcc.push(occ);
    }
    return g;
  };
  const cellGroup = new Int32Array(nCells);
  for (let c = 0; c < nCells; c++) cellGroup[c] = groupOf(siteRegion[cellSite[c]], cellOcc[c]);
  const unitCell = new Int32Array(nUnits).fill(-1);
  const unitGroup = new Int32Array(nUnits).fill(-1);
  const unitOcc = new Int32Array(nUnits);
  const unitTargetShare = new Float64Array(nUnits);
  for (let u = 0; u < nUnits; u++) {
    const p = programs[unitProgram[u]];
    unitOcc[u] = occOf(unitOccCode[u]);
    unitTargetShare[u] = p.targetShare ?? 1;
    if ('site' in p.target) {
      unitCell[u] = cellIndex.get(key2(siteIndex.get(p.target.site)!, unitOccCode[u]))!;
    } else {
      // A région with no site gets a pool too: it has no cells, so its people stay available.
      unitGroup[u] = groupOf(regionOf(p.target.region), unitOcc[u]);
    }
  }
  const nGroups = groupRegion.length;
  const groupStart = new Int32Array(nGroups + 1);
  const members: number[] = [];
  {
    const lists: number[][] = Array.from({ length: nGroups }, () => []);
    for (let c = 0; c < nCells; c++) lists[cellGroup[c]].push(c);
    for (let g = 0; g < nGroups; g++) {
      groupStart[g] = members.length;
      members.push(...lists[g]);
    }
    groupStart[nGroups] = members.length;
  }

  // Pipeline: graduates per year from the base intake and from one extra place a year. After a
  // programme's announced end, 'renew' keeps its intake (the scenario's stated assumption).
  const renew = (scenario.afterFundedEnd ?? DEFAULT_AFTER_FUNDED_END) === 'renew';
  const nP = programs.length;
  const progIntake = new Float64Array(nP * T);
  const progActive = new Float64Array(nP * T);
  const progRenewedFrom = new Float64Array(nP).fill(Infinity);
  const progBase = new Float64Array(nUnits * T);
  const progExtra = new Float64Array(nUnits * T);
  const intakeOf = (p: Program, y: number): { I: number; active: number } => {
    if (typeof p.intake !== 'number') return { I: p.intake[y] ?? 0, active: 0 };
    const end = renew ? to : (p.endYear ?? to);
    const on = y >= p.startYear && y <= end;
    return { I: on ? p.intake : 0, active: on && y <= (p.endYear ?? to) ? 1 : 0 };
  };
  programs.forEach((p, i) => {
    if (renew && typeof p.intake === 'number' && p.endYear !== undefined && p.endYear < to) {
      progRenewedFrom[i] = p.endYear + 1;
    }
    for (let y = from; y <= to; y++) {
      const { I, active } = intakeOf(p, y);
      progIntake[i * T + y - from] = I;
      progActive[i * T + y - from] = active;
    }
  });
  for (let u = 0; u < nUnits; u++) {
    const p = programs[unitProgram[u]];
    const split = graduationSplit(p.durationYears);
    const maxLag = split[split.length - 1].lag;
    const first = Math.min(firstIntakeYear(p), p.startYear);
    for (let y = Math.max(first, from - maxLag); y <= to; y++) {
      const { I, active } = intakeOf(p, y);
      if (I === 0 && active === 0) continue;
      for (const { lag, share } of split) {
        const t = y + lag;
        if (t < from || t > to) continue;
        progBase[u * T + t - from] += I * share * unitShare[u];
        progExtra[u * T + t - from] += active * share * unitShare[u];
      }
    }
  }
  const obsGraduates = new Float64Array(nUnits * T).fill(NaN);
  const obsHired = new Float64Array(nUnits * T).fill(NaN);
  for (let u = 0; u < nUnits; u++) {
    const o = programs[unitProgram[u]].observed;
    for (const [kind, into] of [
      ['graduates', obsGraduates],
      ['hired', obsHired]
    ] as const) {
      for (const [year, n] of Object.entries(o?.[kind] ?? {})) {
        const j = Number(year) - from;
        if (j >= 0 && j < T) into[u * T + j] = n * unitShare[u];
      }
    }
  }

  // Live cells: fed by a unit, starting with people, or sharing a pool with one of those.
  const liveGroup = new Uint8Array(nGroups);
  for (let u = 0; u < nUnits; u++) {
    if (unitCell[u] >= 0) liveGroup[cellGroup[unitCell[u]]] = 1;
    if (unitGroup[u] >= 0) liveGroup[unitGroup[u]] = 1;
  }
  for (let c = 0; c < nCells; c++) if (cellW0[c] !== 0) liveGroup[cellGroup[c]] = 1;

  const hiringLeadYears = scenario.hiringLeadYears ?? referenceLead(sites);
  const shape = scenario.rampShape ?? DEFAULT_RAMP_SHAPE;
  const calibration = sites.map((site) =>
    calibrationFor(site, { from, to, lead: hiringLeadYears, shape })
  );

  const plan: Plan = {
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
    cellGroup,
    cellW0: Float64Array.from(cellW0),
    groupA0: new Float64Array(nGroups),
    programs,
    nUnits,
    unitProgram: Int32Array.from(unitProgram),
    unitOcc,
    unitShare: Float64Array.from(unitShare),
    unitCell,
    unitGroup,
    unitTargetShare,
    progBase,
    progExtra,
    progIntake,
    progActive,
    obsGraduates,
    obsHired,
    progRenewedFrom,
    nGroups,
    groupRegion: Int32Array.from(groupRegion),
    groupOcc: Int32Array.from(groupOcc),
    groupStart,
    groupCells: Int32Array.from(members),
    cellPos: new Int32Array(nCells),
    poolShare: new Float64Array(nCells),
    poolJobs: new Int32Array(nCells),
    poolW0: new Float64Array(nCells),
    poolCellT: new Int32Array(nCells),
    unitPos: new Int32Array(nUnits).fill(-1),
    unitObserved: new Uint8Array(nUnits),
    liveCells: new Int32Array(0),
    liveGroups: new Int32Array(0),
    groupUnitStart: new Int32Array(nGroups + 1),
    groupUnits: new Int32Array(0),
    hiringLeadYears,
    calibration,
    siteExisting
  };

  // Stocks before the horizon: the cohorts that graduated before `from` (and their observed
  // hires) are run as history, with the scenario's own values (history is not drawn).
  if (withHistory) {
    const historyFrom = Math.max(
      from - HISTORY_MAX_YEARS,
      Math.min(from, ...programs.map((p) => firstIntakeYear(p)))
    );
    if (historyFrom < from) {
      const history = compileValid(
        {
          sites: sites.map((s) => ({
            ...s,
            initialTrained: 0,
            existingJobs: 0,
            reconversionJobs: 0
          })),
          programs,
          scenario: { ...scenario, years: [historyFrom, from - 1], hiringLeadYears }
        },
        false
      );
      const out = createBuffers(history);
      runPlan(history, resolveParams(history, scenario), out);
      const last = history.T - 1;
      for (let c = 0; c < nCells; c++) plan.cellW0[c] += out.trained[c * history.T + last];
      for (let g = 0; g < nGroups; g++) plan.groupA0[g] = out.available[g * history.T + last];
      for (let g = 0; g < nGroups; g++) if (plan.groupA0[g] > 0) liveGroup[g] = 1;
      for (let c = 0; c < nCells; c++) if (plan.cellW0[c] !== 0) liveGroup[cellGroup[c]] = 1;
    }
  }
  for (let i = 0; i < members.length; i++) {
    const c = members[i];
    plan.cellPos[c] = i;
    plan.poolShare[i] = plan.cellShare[c];
    plan.poolJobs[i] = plan.cellSite[c] * (T + 1) + 1;
    plan.poolW0[i] = plan.cellW0[c];
    plan.poolCellT[i] = c * T;
  }
  for (let u = 0; u < nUnits; u++) {
    if (unitCell[u] >= 0) plan.unitPos[u] = plan.cellPos[unitCell[u]];
    for (let k = u * T; k < (u + 1) * T; k++) {
      if (obsGraduates[k] === obsGraduates[k] || obsHired[k] === obsHired[k])
        plan.unitObserved[u] = 1;
    }
  }
  const live: number[] = [];
  for (let c = 0; c < nCells; c++) if (liveGroup[cellGroup[c]]) live.push(c);
  const liveG: number[] = [];
  for (let g = 0; g < nGroups; g++) if (liveGroup[g]) liveG.push(g);
  plan.liveCells = Int32Array.from(live);
  plan.liveGroups = Int32Array.from(liveG);
  const byGroup: number[][] = Array.from({ length: nGroups }, () => []);
  for (let u = 0; u < nUnits; u++)
    byGroup[unitCell[u] >= 0 ? cellGroup[unitCell[u]] : unitGroup[u]].push(u);
  const units: number[] = [];
  for (let g = 0; g < nGroups; g++) {
    plan.groupUnitStart[g] = units.length;
    units.push(...byGroup[g]);
  }
  plan.groupUnitStart[nGroups] = units.length;
  plan.groupUnits = Int32Array.from(units);
  return plan;
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * A Monte Carlo run's or a tornado swing's departure from the scenario, RELATIVE to the
 * scenario's own values: delays are added (years), scales multiply, rates are moved (added,
 * then kept in [0, 1]). `siteDelay` and `siteScale` (one per site, in site order) apply on top.
 * The empty draw is the scenario itself.
 */
export type Draw = Partial<Record<UncertainParameter, number>> & {
  siteDelay?: Float64Array;
  siteScale?: Float64Array;
};

/** Which uncertain parameters are offsets (added) rather than multipliers. */
export const ADDITIVE: ReadonlySet<UncertainParameter> = new Set<UncertainParameter>([
  'delayYears',
  'attritionRate',
  'completionRate',
  'placementRate'
]);

/**
 * Prepares the per-site and per-programme overrides of a scenario once, and returns a function
 * that fills `Params` for the scenario moved by a draw. Monte Carlo runs call it thousands of
 * times: it reads no object keys, only arrays.
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
  const d0 = scenario.delayYears ?? DEFAULT_DELAY_YEARS;
  const sigma0 = scenario.targetScale ?? DEFAULT_SCALE;
  plan.sites.forEach((site, s) => {
    const o = scenario.sites?.[site.id];
    siteA0[s] = site.productionStart + (o?.delayYears ?? 0) + d0;
    siteB0[s] = site.fullCapacity + (o?.delayYears ?? 0) + d0;
    siteN0[s] = site.targetJobs * (o?.targetScale ?? 1) * sigma0;
  });
  const progScale0 = new Float64Array(nP);
  const progExtra = new Float64Array(nP);
  const baseC = new Float64Array(nP);
  const baseQ = new Float64Array(nP);
  plan.programs.forEach((prog, i) => {
    const o = scenario.programs?.[prog.id];
    progScale0[i] = (o?.intakeScale ?? 1) * (scenario.intakeScale ?? DEFAULT_SCALE);
    progExtra[i] = o?.extraIntake ?? 0;
    // A programme's own override wins over the scenario-wide rate, which wins over its own.
    const c = o?.completionRate ?? scenario.completionRate ?? prog.completionRate;
    const q = o?.placementRate ?? scenario.placementRate ?? prog.placementRate;
    baseC[i] = clamp01(c * (scenario.completionScale ?? 1));
    baseQ[i] = clamp01(q * (scenario.placementScale ?? 1));
  });
  const rho0 = scenario.attritionRate ?? DEFAULT_ATTRITION_RATE;
  const linear = (scenario.rampShape ?? DEFAULT_RAMP_SHAPE) === 'linear';
  const indirect = scenario.indirectMultiplier ?? DEFAULT_INDIRECT_MULTIPLIER;
  const L = plan.hiringLeadYears;
  const T1 = plan.T + 1;
  const siteK = new Float64Array(nS);
  const siteExp0 = new Float64Array(linear ? 0 : nS * T1);
  for (let s = 0; s < nS; s++) {
    // The ramp runs from 5 % at a' - L to 95 % at b': k = 2 ln 19 / (b' - a' + L).
    siteK[s] = (2 * LN19) / (siteB0[s] - siteA0[s] + L);
    const m0 = (siteA0[s] - L + siteB0[s]) / 2;
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
      siteK,
      progScale: new Float64Array(nP),
      progExtraIntake: new Float64Array(nP),
      progC: new Float64Array(nP),
      progQ: new Float64Array(nP)
    };
    p.rho = clamp01(rho0 + (draw.attritionRate ?? 0));
    const dAll = draw.delayYears ?? 0;
    const sAll = draw.targetScale ?? 1;
    const sd = draw.siteDelay;
    const ss = draw.siteScale;
    for (let s = 0; s < nS; s++) {
      const d = dAll + (sd ? sd[s] : 0);
      p.siteA[s] = siteA0[s] + d;
      p.siteB[s] = siteB0[s] + d;
      p.siteN[s] = siteN0[s] * sAll * (ss ? ss[s] : 1);
      p.siteShift[s] = Math.exp(siteK[s] * d);
    }
    const intake = draw.intakeScale ?? 1;
    const cMul = draw.completionScale ?? 1;
    const qMul = draw.placementScale ?? 1;
    const cAdd = draw.completionRate ?? 0;
    const qAdd = draw.placementRate ?? 0;
    for (let i = 0; i < nP; i++) {
      p.progScale[i] = intake * progScale0[i];
      p.progExtraIntake[i] = progExtra[i];
      p.progC[i] = clamp01(baseC[i] * cMul + cAdd);
      p.progQ[i] = clamp01(baseQ[i] * qMul + qAdd);
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
    available: new Float64Array(plan.nGroups * T),
    room: new Float64Array(plan.nCells),
    current: new Float64Array(plan.nCells),
    coefBase: new Float64Array(plan.nUnits),
    coefExtra: new Float64Array(plan.nUnits),
    produced: new Float64Array(plan.nUnits * T)
  };
}

/**
 * J(t) for t = from - 1 … to, per site: the scenario's ramp F (5 % at a' - L, 95 % at b'),
 * J = E + (N' - E) F without observations; with them, the calibrated values up to the last
 * observation x_n (fixed, whatever the scenario), then N' - (N' - y_n)(1 - F(t)) / (1 - F(x_n)).
 * Written at siteJobs[(s · (T + 1) + i) · K + r]: run r of a batch of K (`runPlanBatch`).
 */
export function siteJobsInto(
  plan: Plan,
  params: Params,
  siteJobs: Float64Array,
  K = 1,
  r = 0
): void {
  const { T, from } = plan;
  const T1 = T + 1;
  const L = plan.hiringLeadYears;
  const linear = params.linear;
  const E0 = params.siteExp0;
  for (let s = 0; s < plan.sites.length; s++) {
    const a = params.siteA[s] - L;
    const b = params.siteB[s];
    const N = params.siteN[s];
    const base = s * T1;
    const cal = plan.calibration[s];
    const k = params.siteK[s];
    const shift = params.siteShift[s];
    const m = (a + b) / 2;
    const E = cal ? 0 : plan.siteExisting[s];
    const fixed = cal ? cal.fixed : null;
    let rest = 1;
    let y0 = E;
    if (cal) {
      const x = cal.lastX;
      rest =
        1 -
        (linear ? (x <= a ? 0 : x >= b ? 1 : (x - a) / (b - a)) : 1 / (1 + Math.exp(-k * (x - m))));
      y0 = cal.lastJobs;
    }
    for (let i = 0; i < T1; i++) {
      const at = (base + i) * K + r;
      if (fixed !== null && fixed[i] === fixed[i]) {
        siteJobs[at] = fixed[i];
        continue;
      }
      const t = from - 1 + i;
      let F: number;
      if (linear) F = t <= a ? 0 : t >= b ? 1 : (t - a) / (b - a);
      else {
        // exp(-k (t - m0 - d)) = E0(t) exp(k d); where that is Inf × 0 (absurd delays), direct.
        const e = E0[base + i] * shift;
        F = e === e ? 1 / (1 + e) : 1 / (1 + Math.exp(-k * (t - m)));
      }
      siteJobs[at] = cal ? (rest > 1e-12 ? N - ((N - y0) * (1 - F)) / rest : N) : E + (N - E) * F;
    }
  }
}

/**
 * Evaluates the model once (docs/model.md). Per year, in order: people in post keep their
 * post at 1 - ρ (beyond the cell's jobs they lose it and join the pool); the vacancies
 * (room = J - kept) take the site's own programmes' graduates first, the overflow joins the
 * région's pool; each pool (A kept at 1 - ρ, plus its inflow) fills the vacancies of its
 * cells, in proportion to them; what is left stays available.
 */
export function runPlan(plan: Plan, params: Params, out: Buffers): void {
  const { T, nCells } = plan;
  const T1 = T + 1;
  const { siteJobs, hires, placed, trained, available, room } = out;
  const rho = params.rho;
  siteJobsInto(plan, params, siteJobs);

  // H_o(t) = max(0, J_o(t) - J_o(t-1)) + ρ J_o(t-1)
  for (let c = 0; c < nCells; c++) {
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

  const keep = 1 - rho;
  const liveG = plan.liveGroups;
  const nLiveG = liveG.length;
  const { groupStart, unitPos, poolShare, poolJobs, poolW0, poolCellT } = plan;
  const { progBase, progExtra, obsGraduates, obsHired, groupA0 } = plan;
  const nU = plan.nUnits;
  // Per unit: placed = q · τ · share · c · (s · base + e · extra), the factors taken once per run.
  const coefBase = out.coefBase;
  const coefExtra = out.coefExtra;
  // and the graduates placed per unit × year (where no observation replaces them).
  const produced = out.produced;
  for (let u = 0; u < nU; u++) {
    const p = plan.unitProgram[u];
    const qc = params.progQ[p] * plan.unitTargetShare[u] * params.progC[p];
    const cb = (coefBase[u] = qc * params.progScale[p]);
    const ce = (coefExtra[u] = qc * params.progExtraIntake[p]);
    for (let j = 0, k = u * T; j < T; j++, k++) produced[k] = cb * progBase[k] + ce * progExtra[k];
  }
  const unitObserved = plan.unitObserved;
  // Pools do not interact: each is run on its own, year by year, over its cells (positions
  // groupStart[g] … groupStart[g + 1] − 1, see `Plan.poolShare`) and the units that feed it.
  // `w` holds each position's W of the year being built and `room` its vacancies; step 3 (the
  // pool fills the vacancies, a share f of each) is applied by the next year's pass over the
  // cells, which reads the final W = w + f · room, writes it out (W, the people newly in post)
  // and goes on with step 1: one pass over the cells per year, not three.
  const { groupUnitStart, groupUnits } = plan;
  const w = out.current;
  for (let n = 0; n < nLiveG; n++) {
    const g = liveG[n];
    const g0 = groupStart[g];
    const g1 = groupStart[g + 1];
    const u0 = groupUnitStart[g];
    const u1 = groupUnitStart[g + 1];
    let pool = groupA0[g];
    let f = 0;
    for (let i = g0; i < g1; i++) w[i] = poolW0[i];
    for (let j = 0; j < T; j++) {
      // Last year's W made final (w + f · room) and written out; then 1. who keeps a post;
      // the vacancies (R: their sum over the pool's cells).
      pool *= keep;
      let R = 0;
      const prev = j - 1;
      for (let i = g0; i < g1; i++) {
        const W = f > 0 ? w[i] + f * room[i] : w[i];
        if (j > 0) {
          trained[poolCellT[i] + prev] = W;
          placed[poolCellT[i] + prev] = W - placed[poolCellT[i] + prev];
        }
        const J = poolShare[i] * siteJobs[poolJobs[i] + j];
        let kept = W * keep;
        if (kept > J) {
          pool += kept - J;
          kept = J;
        }
        w[i] = kept;
        room[i] = J - kept;
        R += J - kept;
        placed[poolCellT[i] + j] = kept;
      }
      // 2. Graduates of the units: a site's own first, the overflow and the région's to the pool.
      for (let v = u0; v < u1; v++) {
        const u = groupUnits[v];
        const k = u * T + j;
        // The unit's cell as a pool position, or -1 (a région's unit).
        const at = unitPos[u];
        let P = produced[k];
        if (unitObserved[u]) {
          const hired = obsHired[k];
          if (hired === hired) {
            // Observed hires are in post, whatever the modelled vacancies.
            if (at >= 0) {
              w[at] += hired;
              const r = room[at] > hired ? hired : room[at];
              room[at] -= r;
              R -= r;
            } else pool += hired;
            continue;
          }
          const observed = obsGraduates[k];
          if (observed === observed)
            P = params.progQ[plan.unitProgram[u]] * plan.unitTargetShare[u] * observed;
        }
        if (at < 0) {
          pool += P;
        } else {
          const r = room[at];
          if (P <= r) {
            w[at] += P;
            room[at] = r - P;
            R -= P;
          } else {
            w[at] += r;
            room[at] = 0;
            R -= r;
            pool += P - r;
          }
        }
      }
      // 3. The pool fills its cells' vacancies, in proportion to them (f of each, applied by the
      // next pass); the rest is available.
      f = 0;
      if (pool > 0 && R > 1e-12 * pool) {
        f = R <= pool ? 1 : pool / R;
        pool = R <= pool ? pool - R : 0;
      }
      available[g * T + j] = pool;
    }
    // The last year's W.
    const last = T - 1;
    for (let i = g0; i < g1; i++) {
      const W = f > 0 ? w[i] + f * room[i] : w[i];
      trained[poolCellT[i] + last] = W;
      placed[poolCellT[i] + last] = W - placed[poolCellT[i] + last];
    }
  }
}

/** The cells that are not live: no one in post ever (W ≡ 0), written once for `project`. */
export function zeroDeadCells(plan: Plan, out: Buffers): void {
  const live = new Uint8Array(plan.nCells);
  for (const c of plan.liveCells) live[c] = 1;
  const { T } = plan;
  for (let c = 0; c < plan.nCells; c++) {
    if (live[c]) continue;
    out.trained.fill(0, c * T, c * T + T);
    out.placed.fill(0, c * T, c * T + T);
  }
  const liveG = new Uint8Array(plan.nGroups);
  for (const g of plan.liveGroups) liveG[g] = 1;
  for (let g = 0; g < plan.nGroups; g++) if (!liveG[g]) out.available.fill(0, g * T, g * T + T);
}

export { siteRampShape };
