/**
 * `runPlan`, the single run behind `project`, `sensitivity` and `placesToCloseGap` (simulate's
 * two-run pass is checked against it in engine-batch.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  compilePlan,
  createBuffers,
  resolveParams,
  runPlan,
  type Buffers,
  type Plan
} from '../../../src/lib/forecast/engine.ts';
import type { ProjectionInput } from '../../../src/lib/forecast/index.ts';
import { FIXTURE } from './fixture.ts';
import { program, site } from './helpers.ts';

function run(input: ProjectionInput): { plan: Plan; out: Buffers } {
  const plan = compilePlan(input);
  const out = createBuffers(plan);
  // NaN everywhere first: a value left unwritten shows.
  for (const a of Object.values(out)) (a as Float64Array).fill(NaN);
  runPlan(plan, resolveParams(plan, input.scenario), out);
  return { plan, out };
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

describe('runPlan', () => {
  it('writes every output of every live cell and pool', () => {
    const { plan, out } = run(OBSERVED);
    const { T } = plan;
    for (const c of plan.liveCells) {
      for (const a of [out.trained, out.placed, out.hires])
        expect(Array.from(a.subarray(c * T, (c + 1) * T)).every(Number.isFinite)).toBe(true);
    }
    for (const g of plan.liveGroups)
      expect(Array.from(out.available.subarray(g * T, (g + 1) * T)).every(Number.isFinite)).toBe(
        true
      );
  });

  it('puts the observed hires in post in their year', () => {
    const { plan, out } = run(OBSERVED);
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
