/**
 * `sensitivity`: one-at-a-time swings for a tornado chart (MODEL.md, "Uncertainty"). Each
 * uncertain parameter goes to its low and then its high value, the others staying at their
 * mode (the scenario's own value, which the range is around); the result is the unfilled jobs
 * at the horizon for each, largest swing first.
 *
 * @example
 *   sensitivity({ sites, programs, scenario }, {
 *     delayYears: { low: 0, mode: 1, high: 3 },
 *     intakeScale: { low: 0.8, mode: 1, high: 1.5 }
 *   });
 *   // [{ parameter: 'delayYears', low: 0, high: 3, gapAtLow: 5120, gapAtHigh: 1290,
 *   //    baseGap: 4010, swing: 3830 }, { parameter: 'intakeScale', … }]
 */
import {
  compilePlan,
  createBuffers,
  makeResolver,
  type Draw,
  runPlan,
  type Buffers,
  type Plan
} from './engine.ts';
import { relative, UNCERTAIN_ORDER } from './simulate.ts';
import type { ProjectionInput, Uncertain, UncertainParameter } from './types.ts';
import { validateUncertain } from './validate.ts';
import { InputError } from './errors.ts';

export interface SensitivityOptions {
  /** The year whose gap is reported (default: the horizon, `scenario.years[1]`). */
  year?: number;
  /** Only this site's gap (default: the total over all sites). */
  siteId?: string;
  /** Only this occupation's gap (default: all occupations). */
  occupation?: string;
}

export interface SensitivityBar {
  parameter: UncertainParameter;
  low: number;
  mode: number;
  high: number;
  /** Gap with this parameter at its low value, the others at their mode. */
  gapAtLow: number;
  gapAtHigh: number;
  /** Gap with every parameter at its mode. */
  baseGap: number;
  /** |gapAtHigh - gapAtLow|: the bar's length. */
  swing: number;
}

/** Σ max(0, J - W) over the selected cells at year index j: their unfilled jobs, never netted
 * against people in post beyond a cell's jobs (observed hires). */
function gapAt(plan: Plan, out: Buffers, j: number, cells: readonly number[]): number {
  const { T } = plan;
  let gap = 0;
  for (const c of cells) {
    const J = plan.cellShare[c] * out.siteJobs[plan.cellSite[c] * (T + 1) + 1 + j];
    const u = J - out.trained[c * T + j];
    if (u > 0) gap += u;
  }
  return gap;
}

export function sensitivity(
  input: ProjectionInput,
  uncertain: Uncertain,
  options: SensitivityOptions = {}
): SensitivityBar[] {
  validateUncertain(uncertain);
  const plan = compilePlan(input);
  const year = options.year ?? plan.to;
  if (!Number.isInteger(year) || year < plan.from || year > plan.to) {
    throw new InputError(
      'year',
      'sensitivity options',
      `must be a year of the horizon, got ${year}`
    );
  }
  if (options.siteId !== undefined && !plan.sites.some((s) => s.id === options.siteId)) {
    throw new InputError(
      'siteId',
      'sensitivity options',
      `names an unknown site "${options.siteId}"`
    );
  }
  const cells: number[] = [];
  for (let c = 0; c < plan.nCells; c++) {
    if (options.siteId !== undefined && plan.sites[plan.cellSite[c]].id !== options.siteId)
      continue;
    if (
      options.occupation !== undefined &&
      plan.occupations[plan.cellOcc[c]] !== options.occupation
    )
      continue;
    cells.push(c);
  }
  const j = year - plan.from;
  const out = createBuffers(plan);
  const resolve = makeResolver(plan, input.scenario);
  const base: Draw = {};
  const gapFor = (draw: Draw): number => {
    runPlan(plan, resolve(draw), out);
    return gapAt(plan, out, j, cells);
  };
  const baseGap = gapFor(base);
  const bars: SensitivityBar[] = [];
  for (const parameter of UNCERTAIN_ORDER) {
    const tri = uncertain[parameter];
    if (!tri) continue;
    // The swing moves every site together (a tornado asks "what if all slip by the high end").
    const gapAtLow = gapFor({ [parameter]: relative(parameter, tri.low, tri) });
    const gapAtHigh = gapFor({ [parameter]: relative(parameter, tri.high, tri) });
    bars.push({
      parameter,
      low: tri.low,
      mode: tri.mode,
      high: tri.high,
      gapAtLow,
      gapAtHigh,
      baseGap,
      swing: Math.abs(gapAtHigh - gapAtLow)
    });
  }
  // Stable sort: equal swings keep the fixed parameter order.
  return bars.sort((a, b) => b.swing - a.swing);
}
