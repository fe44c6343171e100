/**
 * `project`: the skills-gap projection per site × occupation × year (MODEL.md).
 *
 *   gap(t) = J(t) - W(t),  coverage(t) = W(t) / J(t) (null where J = 0),
 *   hiresGap(t) = H(t) - placed(t),  indirectJobs(t) = multiplier × J(t)
 *
 * @example
 *   const rows = project({
 *     sites: [{ id: 'aesc-douai', name: 'AESC', region: '32', productionStart: 2025,
 *               fullCapacity: 2027, targetJobs: 1200, occupationMix: { operator: 1 } }],
 *     programs: [{ id: 'pre-hire', name: 'Pre-hire course', occupation: 'operator', intake: 300,
 *                  startYear: 2025, durationYears: 0.5, completionRate: 0.9, placementRate: 0.8,
 *                  target: { site: 'aesc-douai' } }],
 *     scenario: { years: [2025, 2030] }
 *   });
 *   rows[0]; // { siteId: 'aesc-douai', occupation: 'operator', year: 2025, jobs: 60, … }
 */
import {
  compilePlan,
  createBuffers,
  resolveParams,
  runPlan,
  zeroDeadCells,
  type Buffers,
  type Plan
} from './engine.ts';
import type { ProgramFlowRow, ProjectionInput, ProjectionRow, UnplacedRow } from './types.ts';

export interface ProjectionDetail {
  rows: ProjectionRow[];
  /** Trained people available in each région × occupation pool, per year (only > 0 rows). */
  unplaced: UnplacedRow[];
  /** Per programme, the first year whose intake rests on the renewal assumption (none: absent). */
  renewedFrom: Record<string, number>;
  /** The hiring lead L used, years. */
  hiringLeadYears: number;
  /** The pipeline per programme × year: intake, graduates, placed (before région sharing). */
  programs: ProgramFlowRow[];
}

/** Coverage W / J; null where J = 0 (and where a vanishing J would overflow the ratio). */
export function coverageOf(trained: number, jobs: number): number | null {
  if (!(jobs > 0)) return null;
  const c = trained / jobs;
  return Number.isFinite(c) ? c : null;
}

/** Turns the engine's buffers into rows (site order, then the site's occupations, then years). */
export function rowsFromBuffers(plan: Plan, indirect: number, out: Buffers): ProjectionRow[] {
  const { T, from, nCells } = plan;
  const rows = new Array<ProjectionRow>(nCells * T);
  for (let c = 0; c < nCells; c++) {
    const s = plan.cellSite[c];
    const site = plan.sites[s];
    const occupation = plan.occupations[plan.cellOcc[c]];
    const share = plan.cellShare[c];
    const jBase = s * (T + 1) + 1;
    for (let j = 0; j < T; j++) {
      const i = c * T + j;
      const jobs = share * out.siteJobs[jBase + j];
      const trained = out.trained[i];
      const gap = jobs - trained;
      rows[i] = {
        siteId: site.id,
        region: site.region,
        occupation,
        year: from + j,
        jobs,
        hires: out.hires[i],
        placed: out.placed[i],
        trained,
        gap,
        unfilled: gap > 0 ? gap : 0,
        surplus: gap < 0 ? -gap : 0,
        coverage: coverageOf(Math.min(trained, jobs), jobs),
        hiresGap: out.hires[i] - out.placed[i],
        indirectJobs: indirect * jobs
      };
    }
  }
  return rows;
}

/** Projects jobs, hires, placed graduates, trained stock and gap per site × occupation × year. */
export function project(input: ProjectionInput): ProjectionRow[] {
  const plan = compilePlan(input);
  const params = resolveParams(plan, input.scenario);
  const out = createBuffers(plan);
  runPlan(plan, params, out);
  zeroDeadCells(plan, out);
  return rowsFromBuffers(plan, params.indirect, out);
}

/** `project` plus the available pools, the per-programme pipeline flows and the renewals. */
export function projectDetailed(input: ProjectionInput): ProjectionDetail {
  const plan = compilePlan(input);
  const params = resolveParams(plan, input.scenario);
  const out = createBuffers(plan);
  runPlan(plan, params, out);
  zeroDeadCells(plan, out);
  const { T, from } = plan;
  const unplaced: UnplacedRow[] = [];
  for (let g = 0; g < plan.nGroups; g++) {
    for (let j = 0; j < T; j++) {
      const a = out.available[g * T + j];
      if (a > 0) {
        unplaced.push({
          region: plan.regions[plan.groupRegion[g]],
          occupation: plan.occupations[plan.groupOcc[g]],
          year: from + j,
          unplaced: a,
          available: a
        });
      }
    }
  }
  const programs: ProgramFlowRow[] = [];
  const renewedFrom: Record<string, number> = {};
  plan.programs.forEach((p, i) => {
    if (Number.isFinite(plan.progRenewedFrom[i])) renewedFrom[p.id] = plan.progRenewedFrom[i];
    const s = params.progScale[i];
    const e = params.progExtraIntake[i];
    const c = params.progC[i];
    const q = params.progQ[i];
    for (let j = 0; j < T; j++) {
      let graduates = 0;
      for (let u = 0; u < plan.nUnits; u++) {
        if (plan.unitProgram[u] !== i) continue;
        const k = u * T + j;
        const obs = plan.obsGraduates[k];
        graduates += obs === obs ? obs : c * (s * plan.progBase[k] + e * plan.progExtra[k]);
      }
      const k = i * T + j;
      programs.push({
        programId: p.id,
        occupation: p.occupation,
        year: from + j,
        intake: s * plan.progIntake[k] + e * plan.progActive[k],
        graduates,
        placed: q * graduates
      });
    }
  });
  return {
    rows: rowsFromBuffers(plan, params.indirect, out),
    unplaced,
    programs,
    renewedFrom,
    hiringLeadYears: plan.hiringLeadYears
  };
}
