/**
 * `runPlan`'s options skip outputs `simulate` does not read; the outputs they keep must be those
 * of the full run, bit for bit (simulate's results are compared with the plain reference in
 * simulate-reference.test.ts; here, the fast paths of the engine with each other).
 */
import { describe, expect, it } from 'vitest';
import {
  compilePlan,
  createBuffers,
  resolveParams,
  runPlan,
  type Buffers,
  type Plan,
  type RunOptions
} from '../../../src/lib/forecast/engine.ts';
import type { ProjectionInput } from '../../../src/lib/forecast/index.ts';
import { FIXTURE } from './fixture.ts';
import { program, site } from './helpers.ts';

function run(input: ProjectionInput, options: RunOptions): { plan: Plan; out: Buffers } {
  const plan = compilePlan(input);
  const out = createBuffers(plan);
  // NaN everywhere first: a value left unwritten shows.
  for (const a of Object.values(out)) (a as Float64Array).fill(NaN);
  runPlan(plan, resolveParams(plan, input.scenario), out, options);
  return { plan, out };
}

/** Σ W of each site's live cells, in the order the engine adds them (pool, then position). */
function siteSums(plan: Plan, trained: Float64Array): Float64Array {
  const { T } = plan;
  const sums = new Float64Array(plan.sites.length * T);
  for (const g of plan.liveGroups) {
    for (let j = 0; j < T; j++) {
      for (let i = plan.groupStart[g]; i < plan.groupStart[g + 1]; i++) {
        const c = plan.groupCells[i];
        sums[plan.cellSite[c] * T + j] += trained[c * T + j];
      }
    }
  }
  return sums;
}

// The fixture, plus observed hires and graduates inside the horizon (the units' observed path).
const OBSERVED: ProjectionInput = {
  ...FIXTURE,
  sites: [
    ...FIXTURE.sites,
    site({ id: 'obs-site', region: '32', productionStart: 2031, fullCapacity: 2034 })
  ],
  programs: [
    ...FIXTURE.programs,
    program({
      id: 'obs-prog',
      target: { site: 'obs-site' },
      // No graduate of its own before 2029: in 2026, only the observed hires are in post.
      startYear: 2028,
      observed: { hired: { 2026: 25 }, graduates: { 2027: 30 } }
    })
  ]
};

describe('runPlan options', () => {
  it.each([
    ['the fixture', FIXTURE],
    ['observed hires and graduates', OBSERVED]
  ])('keep W, the available people and Σ W per site of the full run (%s)', (_, input) => {
    const full = run(input, { sumSites: true });
    const sums = run(input, {
      skipHires: true,
      skipPlaced: true,
      skipTrained: true,
      sumSites: true
    });
    const { plan } = full;
    const live = new Set(plan.liveGroups);
    // Σ W per site: the sums-only pass gives exactly what the full pass gives.
    expect(Array.from(sums.out.siteTrained)).toEqual(Array.from(full.out.siteTrained));
    expect(Array.from(full.out.siteTrained)).toEqual(Array.from(siteSums(plan, full.out.trained)));
    // The pools' available people, for every live pool.
    for (let g = 0; g < plan.nGroups; g++) {
      if (!live.has(g)) continue;
      const a = full.out.available.subarray(g * plan.T, (g + 1) * plan.T);
      expect(Array.from(sums.out.available.subarray(g * plan.T, (g + 1) * plan.T))).toEqual(
        Array.from(a)
      );
    }
    // Skipped outputs are left alone; the live cells' W is written only by the full run.
    const c = plan.liveCells[0];
    expect(Number.isNaN(sums.out.trained[c * plan.T])).toBe(true);
    expect(Number.isNaN(sums.out.hires[c * plan.T])).toBe(true);
    expect(Number.isFinite(full.out.trained[c * plan.T])).toBe(true);
  });

  it('puts the observed hires in post in their year', () => {
    const { plan, out } = run(OBSERVED, {});
    const s = plan.sites.findIndex((x) => x.id === 'obs-site');
    const j = 2026 - plan.from;
    // The hires are in post although the ramp has almost no jobs yet (production from 2031).
    const cells = Array.from(plan.liveCells).filter((c) => plan.cellSite[c] === s);
    const inPost = cells.reduce((sum, c) => sum + out.trained[c * plan.T + j], 0);
    expect(out.siteJobs[s * (plan.T + 1) + 1 + j]).toBeLessThan(25);
    // 25, plus the few the région's pool puts in the ramp's first jobs (a fraction of a person).
    expect(inPost).toBeGreaterThanOrEqual(25);
    expect(inPost).toBeLessThan(25.01);
    // The year before, hardly anyone.
    expect(cells.reduce((sum, c) => sum + out.trained[c * plan.T + j - 1], 0)).toBeLessThan(0.01);
  });
});
