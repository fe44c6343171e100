/**
 * `runPlanPair`: `runPlan` for two runs at once, for `simulate` (issue 14, France-wide scale).
 * The model is the one of `runPlan` (docs/model.md), evaluated for two sets of parameters in one
 * pass over the plan, the state laid out run-minor (value x of run r at 2x + r): each cell's
 * constants (share, site, position) are read once for both runs, and the two runs are
 * independent chains of arithmetic the processor overlaps. Every run's arithmetic is
 * `runPlan`'s, operation for operation and in the same order, so each run of a pair is bit for
 * bit the single run with its parameters (tests/unit/forecast/engine-batch.test.ts).
 *
 * Outputs, for what `simulate` reads: J per site (siteJobs), Σ W per site (siteTrained), A per
 * pool (available) and, with `withTrained`, W per cell (trained). Hires and the yearly
 * placements are not computed.
 *
 * @example
 *   const out = createBatchBuffers(plan, 2, false);
 *   runPlanPair(plan, params0, params1, out, false);  // two resolved scenarios (makeResolver)
 *   out.siteTrained[(s * (plan.T + 1) + 1 + j) * 2 + 1]; // Σ W of site s at from + j, run 1
 */
import { siteJobsInto, type Params, type Plan } from './engine.ts';

export interface BatchBuffers {
  /** The largest batch these buffers hold. */
  capacity: number;
  /** J per site × (T + 1) years × run; year index 0 is from − 1. */
  siteJobs: Float64Array;
  /** Σ W of each site's cells, per site × (T + 1) years × run, indexed as `siteJobs` (year
   * index 0, from − 1, is 0). */
  siteTrained: Float64Array;
  /** W per cell × year × run (only with `withTrained`). */
  trained: Float64Array;
  /** A per pool × year × run. */
  available: Float64Array;
  /** Per pool position: W of the year being built for each run, then the vacancies for each
   * run (position i's at i · 2K … i · 2K + 2K − 1: one cache line holds a cell's state). */
  state: Float64Array;
  /** Graduates placed per unit × year × run (q τ share c (s base + e extra)). */
  produced: Float64Array;
}

export function createBatchBuffers(
  plan: Plan,
  capacity: number,
  withTrained: boolean
): BatchBuffers {
  const { T } = plan;
  const K = capacity;
  return {
    capacity,
    siteJobs: new Float64Array(plan.sites.length * (T + 1) * K),
    siteTrained: new Float64Array(plan.sites.length * (T + 1) * K),
    trained: new Float64Array(withTrained ? plan.nCells * T * K : 0),
    available: new Float64Array(plan.nGroups * T * K),
    state: new Float64Array(plan.nCells * 2 * K),
    produced: new Float64Array(plan.nUnits * T * K)
  };
}

/**
 * Evaluates the model for two sets of parameters, p0 and p1, into `out` (capacity 2): run r's
 * values at x · 2 + r. Per pool and year: the last year's W made final (W = w + f · room:
 * `runPlan`'s step 3, applied by the next pass), then 1. who keeps a post; 2. the units'
 * graduates, a site's own first; 3. the pool's share f. Each run's state that `runPlan` keeps in
 * locals (the pool's people, f, Σ vacancies, 1 − ρ) is kept in locals here too, one per run: the
 * two runs are two independent chains over the same loads of the plan (×1.4 on the cells' pass
 * over a loop over K runs, which keeps them in arrays; docs/forecast.md).
 */
export function runPlanPair(
  plan: Plan,
  p0: Params,
  p1: Params,
  out: BatchBuffers,
  withTrained: boolean
): void {
  if (out.capacity !== 2) throw new RangeError(`buffers for ${out.capacity} runs, not 2`);
  if (withTrained && out.trained.length === 0) throw new RangeError('buffers without `trained`');
  const { T } = plan;
  const { siteJobs, siteTrained, trained, available, state, produced } = out;
  siteJobsInto(plan, p0, siteJobs, 2, 0);
  siteJobsInto(plan, p1, siteJobs, 2, 1);

  const { unitProgram, unitTargetShare, progBase, progExtra } = plan;
  const nU = plan.nUnits;
  for (let r = 0; r < 2; r++) {
    const p = r === 0 ? p0 : p1;
    for (let u = 0; u < nU; u++) {
      const prog = unitProgram[u];
      const qc = p.progQ[prog] * unitTargetShare[u] * p.progC[prog];
      const cb = qc * p.progScale[prog];
      const ce = qc * p.progExtraIntake[prog];
      for (let j = 0, k = u * T; j < T; j++, k++)
        produced[2 * k + r] = cb * progBase[k] + ce * progExtra[k];
    }
  }
  const keep0 = 1 - p0.rho;
  const keep1 = 1 - p1.rho;

  const { groupStart, groupUnitStart, groupUnits, unitPos, unitObserved } = plan;
  const { poolShare, poolJobs, poolW0, poolCellT, groupA0 } = plan;
  const { obsGraduates, obsHired } = plan;
  const liveG = plan.liveGroups;
  siteTrained.fill(0);

  for (let n = 0; n < liveG.length; n++) {
    const g = liveG[n];
    const g0 = groupStart[g];
    const g1 = groupStart[g + 1];
    const u0 = groupUnitStart[g];
    const u1 = groupUnitStart[g + 1];
    let pool0 = groupA0[g];
    let pool1 = pool0;
    let f0 = 0;
    let f1 = 0;
    for (let i = g0; i < g1; i++) {
      state[4 * i] = state[4 * i + 1] = poolW0[i];
      state[4 * i + 2] = state[4 * i + 3] = 0;
    }
    for (let j = 0; j <= T; j++) {
      pool0 *= keep0;
      pool1 *= keep1;
      let R0 = 0;
      let R1 = 0;
      for (let i = g0; i < g1; i++) {
        const a = 4 * i;
        // Last year's W made final (f = 0 gives w itself, exactly) and written out.
        const W0 = state[a] + f0 * state[a + 2];
        const W1 = state[a + 1] + f1 * state[a + 3];
        // J and Σ W of the cell's site share an index: site · (T + 1) + 1 + year.
        const b = 2 * (poolJobs[i] + j);
        if (j > 0) {
          siteTrained[b - 2] += W0;
          siteTrained[b - 1] += W1;
          if (withTrained) {
            const ct = 2 * (poolCellT[i] + j - 1);
            trained[ct] = W0;
            trained[ct + 1] = W1;
          }
        }
        if (j === T) continue;
        // 1. Who keeps a post (beyond the cell's jobs, to the pool); the vacancies.
        const share = poolShare[i];
        const J0 = share * siteJobs[b];
        const J1 = share * siteJobs[b + 1];
        let kept0 = W0 * keep0;
        if (kept0 > J0) {
          pool0 += kept0 - J0;
          kept0 = J0;
        }
        let kept1 = W1 * keep1;
        if (kept1 > J1) {
          pool1 += kept1 - J1;
          kept1 = J1;
        }
        state[a] = kept0;
        state[a + 1] = kept1;
        state[a + 2] = J0 - kept0;
        state[a + 3] = J1 - kept1;
        R0 += J0 - kept0;
        R1 += J1 - kept1;
      }
      if (j === T) break;
      // 2. Graduates of the units: a site's own first, the overflow and the région's to the pool.
      for (let v = u0; v < u1; v++) {
        const u = groupUnits[v];
        const k = u * T + j;
        const at = unitPos[u];
        const a = 4 * at;
        let P0 = produced[2 * k];
        let P1 = produced[2 * k + 1];
        if (unitObserved[u]) {
          const hired = obsHired[k];
          if (hired === hired) {
            // Observed hires are in post, whatever the modelled vacancies.
            if (at >= 0) {
              state[a] += hired;
              state[a + 1] += hired;
              const t0 = state[a + 2] > hired ? hired : state[a + 2];
              const t1 = state[a + 3] > hired ? hired : state[a + 3];
              state[a + 2] -= t0;
              state[a + 3] -= t1;
              R0 -= t0;
              R1 -= t1;
            } else {
              pool0 += hired;
              pool1 += hired;
            }
            continue;
          }
          const observed = obsGraduates[k];
          if (observed === observed) {
            P0 = p0.progQ[unitProgram[u]] * unitTargetShare[u] * observed;
            P1 = p1.progQ[unitProgram[u]] * unitTargetShare[u] * observed;
          }
        }
        if (at < 0) {
          pool0 += P0;
          pool1 += P1;
          continue;
        }
        const r0 = state[a + 2];
        if (P0 <= r0) {
          state[a] += P0;
          state[a + 2] = r0 - P0;
          R0 -= P0;
        } else {
          state[a] += r0;
          state[a + 2] = 0;
          R0 -= r0;
          pool0 += P0 - r0;
        }
        const r1 = state[a + 3];
        if (P1 <= r1) {
          state[a + 1] += P1;
          state[a + 3] = r1 - P1;
          R1 -= P1;
        } else {
          state[a + 1] += r1;
          state[a + 3] = 0;
          R1 -= r1;
          pool1 += P1 - r1;
        }
      }
      // 3. The pool fills its cells' vacancies, f of each (applied by the next pass); the rest
      // is available.
      f0 = 0;
      if (pool0 > 0 && R0 > 1e-12 * pool0) {
        f0 = R0 <= pool0 ? 1 : pool0 / R0;
        pool0 = R0 <= pool0 ? pool0 - R0 : 0;
      }
      f1 = 0;
      if (pool1 > 0 && R1 > 1e-12 * pool1) {
        f1 = R1 <= pool1 ? 1 : pool1 / R1;
        pool1 = R1 <= pool1 ? pool1 - R1 : 0;
      }
      const ga = 2 * (g * T + j);
      available[ga] = pool0;
      available[ga + 1] = pool1;
    }
  }
}
