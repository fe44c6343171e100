/**
 * `runPlanPair` evaluates two runs in one pass (simulate's fast path): each of its runs must be,
 * bit for bit, `runPlan`'s single run with the same parameters — J per site, Σ W per site, W per
 * cell and the pools' available people — on inputs that take every branch of the engine: people
 * in post beyond the jobs (kept > J), observed hires and graduates, calibrated ramps, the linear
 * ramp, région programmes with no site, and a pair whose two runs differ in every parameter.
 */
import { describe, expect, it } from 'vitest';
import {
  compilePlan,
  createBuffers,
  makeResolver,
  runPlan,
  type Draw,
  type Params,
  type Plan
} from '../../../src/lib/forecast/engine.ts';
import { createBatchBuffers, runPlanPair } from '../../../src/lib/forecast/engine-batch.ts';
import type { ProjectionInput } from '../../../src/lib/forecast/index.ts';
import { FIXTURE } from './fixture.ts';
import { program, site } from './helpers.ts';

const EDGES: ProjectionInput = {
  sites: [
    ...FIXTURE.sites,
    // Observed hires into a site with hardly any jobs yet: W > J.
    site({ id: 'obs-site', region: '32', productionStart: 2031, fullCapacity: 2034 }),
    // People in post long before the jobs: kept > J, the excess joins the pool.
    site({
      id: 'early',
      region: '44',
      productionStart: 2031,
      fullCapacity: 2034,
      initialTrained: 400
    }),
    // A calibrated ramp (observed headcounts).
    site({
      id: 'calibrated',
      region: '44',
      productionStart: 2023,
      fullCapacity: 2028,
      targetJobs: 900,
      observations: [
        { date: '2024-06-30', jobs: 150 },
        { date: '2025-06-30', jobs: 320 }
      ]
    })
  ],
  programs: [
    ...FIXTURE.programs,
    program({
      id: 'obs-prog',
      target: { site: 'obs-site' },
      startYear: 2028,
      observed: { hired: { 2026: 25 }, graduates: { 2027: 30 } }
    }),
    program({ id: 'early-prog', target: { site: 'early' }, startYear: 2024, intake: 60 }),
    // A région without any site: its graduates stay available.
    program({ id: 'no-site', target: { region: '76' }, startYear: 2024, intake: 40 })
  ],
  scenario: FIXTURE.scenario
};

const MOVED: Draw = {
  delayYears: 0.7,
  attritionRate: 0.03,
  intakeScale: 1.2,
  completionRate: -0.1,
  placementRate: 0.05
};

function single(plan: Plan, params: Params) {
  const out = createBuffers(plan);
  runPlan(plan, params, out);
  return out;
}

/** Σ W of each site's live cells, site × year, in the order the pair adds them: pool by pool,
 * position by position. */
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

/** Run r of the pair's x · 2 + r values. */
const runOf = (a: Float64Array, r: number): number[] => Array.from(a).filter((_, i) => i % 2 === r);

describe('runPlanPair', () => {
  it.each([
    ['the fixture', FIXTURE],
    ['every branch of the engine', EDGES],
    ['the linear ramp', { ...EDGES, scenario: { ...EDGES.scenario, rampShape: 'linear' } }]
  ] as [string, ProjectionInput][])('gives each run of %s bit for bit', (_, input) => {
    const plan = compilePlan(input);
    const resolve = makeResolver(plan, input.scenario);
    const nS = plan.sites.length;
    const siteDelay = Float64Array.from({ length: nS }, (_, s) => (s % 3) - 0.5);
    const siteScale = Float64Array.from({ length: nS }, (_, s) => 0.8 + 0.05 * s);
    const params = [resolve({}), resolve({ ...MOVED, siteDelay, siteScale })];
    const pair = createBatchBuffers(plan, 2, true);
    runPlanPair(plan, params[0], params[1], pair, true);
    const { T } = plan;
    for (const r of [0, 1]) {
      const one = single(plan, params[r]);
      expect(runOf(pair.siteJobs, r)).toEqual(Array.from(one.siteJobs));
      // Σ W per site, indexed as siteJobs (year index 0, from − 1, left at 0).
      const sums = runOf(pair.siteTrained, r);
      const expected = siteSums(plan, one.trained);
      for (let s = 0; s < nS; s++) {
        expect(sums[s * (T + 1)]).toBe(0);
        expect(sums.slice(s * (T + 1) + 1, (s + 1) * (T + 1))).toEqual(
          Array.from(expected.subarray(s * T, (s + 1) * T))
        );
      }
      const trained = runOf(pair.trained, r);
      for (const c of plan.liveCells)
        expect(trained.slice(c * T, (c + 1) * T)).toEqual(
          Array.from(one.trained.subarray(c * T, (c + 1) * T))
        );
      const available = runOf(pair.available, r);
      for (const g of plan.liveGroups)
        expect(available.slice(g * T, (g + 1) * T)).toEqual(
          Array.from(one.available.subarray(g * T, (g + 1) * T))
        );
    }
    // The two runs differ (the test would not see a run copied into the other).
    expect(runOf(pair.siteTrained, 0)).not.toEqual(runOf(pair.siteTrained, 1));
  });

  it('takes the branches it is meant to cover', () => {
    const plan = compilePlan(EDGES);
    const out = single(plan, makeResolver(plan, EDGES.scenario)({}));
    const { T } = plan;
    const at = (id: string) => plan.sites.findIndex((s) => s.id === id);
    // 'early': 400 in post in 2024 but only a few jobs, so most of them join the pool.
    const early = at('early');
    expect(siteSums(plan, out.trained)[early * T]).toBeLessThan(50);
    expect(out.siteJobs[early * (T + 1) + 1]).toBeLessThan(50);
    // The région without a site keeps its graduates available.
    const g = Array.from(plan.groupRegion).findIndex((r) => plan.regions[r] === '76');
    expect(out.available[g * T + T - 1]).toBeGreaterThan(0);
    // A calibrated ramp, and units with observed figures.
    expect(plan.calibration[at('calibrated')]).not.toBeNull();
    expect(plan.unitObserved.some((x) => x === 1)).toBe(true);
  });

  it('refuses buffers that cannot hold the outputs', () => {
    const plan = compilePlan(FIXTURE);
    const p = makeResolver(plan, FIXTURE.scenario)({});
    expect(() => runPlanPair(plan, p, p, createBatchBuffers(plan, 1, false), false)).toThrow(
      RangeError
    );
    expect(() => runPlanPair(plan, p, p, createBatchBuffers(plan, 2, false), true)).toThrow(
      /trained/
    );
  });
});
