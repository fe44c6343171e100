import { describe, expect, it } from 'vitest';
import {
  InputError,
  project,
  sensitivity,
  simulate,
  type Uncertain
} from '../../../src/lib/forecast/index.ts';
import { FIXTURE } from './fixture.ts';

const uncertain: Uncertain = {
  delayYears: { low: 0, mode: 1, high: 3 },
  targetScale: { low: 0.5, mode: 0.8, high: 1 },
  intakeScale: { low: 0.8, mode: 1, high: 1.5 },
  attritionRate: { low: 0.05, mode: 0.08, high: 0.12 },
  completionRate: { low: 0.6, mode: 0.8, high: 0.9 },
  placementRate: { low: 0.5, mode: 0.66, high: 0.75 }
};

describe('simulate', () => {
  it('gives identical output for one seed, and different output for another', () => {
    const a = simulate(FIXTURE, { runs: 300, seed: 42, uncertain });
    const b = simulate(FIXTURE, { runs: 300, seed: 42, uncertain });
    const c = simulate(FIXTURE, { runs: 300, seed: 43, uncertain });
    expect(b).toEqual(a);
    expect(c.rows).not.toEqual(a.rows);
    expect(c.total.at(-1)!.gap.p50).not.toBe(a.total.at(-1)!.gap.p50);
  });

  it('keeps p10 ≤ p50 ≤ p90 in every row and sum row', () => {
    const sim = simulate(FIXTURE, { runs: 2000, seed: 7, uncertain });
    expect(sim.rows).toHaveLength(project(FIXTURE).length);
    for (const r of [...sim.rows, ...sim.sites, ...sim.total]) {
      for (const q of [r.jobs, r.trained, r.gap]) {
        expect(q.p10).toBeLessThanOrEqual(q.p50);
        expect(q.p50).toBeLessThanOrEqual(q.p90);
        expect(Number.isFinite(q.p10) && Number.isFinite(q.p90)).toBe(true);
      }
    }
  });

  it('without uncertainty, every quantile is the projection', () => {
    const rows = project(FIXTURE);
    const sim = simulate(FIXTURE, { runs: 50, seed: 1 });
    sim.rows.forEach((r, i) => {
      expect(r).toMatchObject({
        siteId: rows[i].siteId,
        occupation: rows[i].occupation,
        year: rows[i].year
      });
      for (const q of ['p10', 'p50', 'p90'] as const) {
        expect(r.jobs[q]).toBeCloseTo(rows[i].jobs, 9);
        expect(r.trained[q]).toBeCloseTo(rows[i].trained, 9);
        expect(r.gap[q]).toBeCloseTo(rows[i].gap, 9);
      }
    });
  });

  it('reports the probability of a shortage at the horizon, per site and in total', () => {
    const sim = simulate(FIXTURE, { runs: 500, seed: 3, uncertain });
    const p = sim.shortageProbability;
    expect(Object.keys(p.bySite)).toEqual(FIXTURE.sites.map((s) => s.id));
    for (const v of [p.total, ...Object.values(p.bySite)]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(p.threshold).toBe(0.1);
    // A shortage is more than shortageShare of the horizon's jobs unfilled: the fixture's
    // scenario leaves some jobs unfilled in every run, none can have more than all of them.
    const strict = simulate(FIXTURE, { runs: 200, seed: 3, uncertain, shortageShare: 0 });
    const never = simulate(FIXTURE, { runs: 200, seed: 3, uncertain, shortageShare: 1 });
    expect(strict.shortageProbability.total).toBe(1);
    expect(strict.shortageProbability.threshold).toBe(0);
    expect(never.shortageProbability.total).toBe(0);
    expect(Object.values(never.shortageProbability.bySite).every((v) => v === 0)).toBe(true);
    // Draws multiply the scenario's target: one the scenario scales to 0 stays 0 in every run,
    // so there are no jobs and no shortage.
    const none = simulate(
      { ...FIXTURE, scenario: { ...FIXTURE.scenario, targetScale: 0 } },
      { runs: 100, seed: 3, uncertain: { targetScale: { low: 0.8, mode: 1, high: 1.2 } } }
    );
    expect(none.total.at(-1)!.jobs).toEqual({ p10: 0, p50: 0, p90: 0 });
    expect(none.shortageProbability.total).toBe(0);
  });

  it('checks its ranges', () => {
    expect(() =>
      simulate(FIXTURE, { uncertain: { attritionRate: { low: 0.1, mode: 0.05, high: 0.2 } } })
    ).toThrow(/attritionRate.*low ≤ mode ≤ high/);
    expect(() =>
      simulate(FIXTURE, { uncertain: { completionRate: { low: 0.5, mode: 0.9, high: 1.2 } } })
    ).toThrow(InputError);
    expect(() => simulate(FIXTURE, { runs: 0 })).toThrow(/runs/);
    expect(() => simulate(FIXTURE, { shortageShare: 1.5 })).toThrow(/shortageShare/);
    expect(() => simulate(FIXTURE, { groups: { nord: ['nowhere'] } })).toThrow(
      /groups\.nord.*"nowhere"/
    );
  });
});

describe('sensitivity', () => {
  it('swings each parameter low → high around the scenario, largest swing first', () => {
    const bars = sensitivity(FIXTURE, uncertain);
    expect(bars.map((b) => b.parameter).sort()).toEqual(Object.keys(uncertain).sort());
    for (let i = 1; i < bars.length; i++)
      expect(bars[i - 1].swing).toBeGreaterThanOrEqual(bars[i].swing);
    const unfilled2035 = (
      input: typeof FIXTURE,
      scenario: object,
      programs?: Record<string, object>
    ) =>
      project({
        ...input,
        scenario: { ...input.scenario, ...scenario, ...(programs ? { programs } : {}) }
      })
        .filter((r) => r.year === 2035)
        .reduce((s, r) => s + r.unfilled, 0);
    // v2: the modes mean "as the scenario says", so the base is the scenario's own run.
    const base = unfilled2035(FIXTURE, {});
    for (const b of bars) expect(b.baseGap).toBeCloseTo(base, 6);

    // A swing moves the scenario's values (offsets for delays and rates, factors for scales)
    // in the horizon; the stocks built before it stay at the scenario's values (as in
    // `simulate`, v2.test.ts). From 2023, the fixture's first intake, there is no history, so
    // each swing is `project` with the moved value.
    const input = { ...FIXTURE, scenario: { years: [2023, 2035] as [number, number] } };
    const swung = sensitivity(input, uncertain);
    const bar = (p: string) => swung.find((b) => b.parameter === p)!;
    // targetScale high 1, mode 0.8: the scenario's scale (1) × 1 / 0.8 = 1.25
    expect(bar('targetScale').gapAtHigh).toBeCloseTo(unfilled2035(input, { targetScale: 1.25 }), 6);
    // targetScale low 0.5: × 0.5 / 0.8 = 0.625
    expect(bar('targetScale').gapAtLow).toBeCloseTo(unfilled2035(input, { targetScale: 0.625 }), 6);
    // delayYears high 3, mode 1: the scenario's delay (0) + 2 years
    expect(bar('delayYears').gapAtHigh).toBeCloseTo(unfilled2035(input, { delayYears: 2 }), 6);
    // attritionRate low 0.05, mode 0.08: the scenario's ρ (0.08) − 0.03 = 0.05
    expect(bar('attritionRate').gapAtLow).toBeCloseTo(
      unfilled2035(input, { attritionRate: 0.05 }),
      6
    );
    // intakeScale high 1.5, mode 1: × 1.5
    expect(bar('intakeScale').gapAtHigh).toBeCloseTo(unfilled2035(input, { intakeScale: 1.5 }), 6);
    // completionRate low 0.6, mode 0.8: every programme's own rate − 0.2 (0.8 → 0.6, …)
    const completion = Object.fromEntries(
      FIXTURE.programs.map((p) => [p.id, { completionRate: p.completionRate - 0.2 }])
    );
    expect(bar('completionRate').gapAtLow).toBeCloseTo(unfilled2035(input, {}, completion), 6);
    // placementRate high 0.75, mode 0.66: each programme's rate + 0.09, ≤ 1 (AESC 0.95 → 1)
    const placement = Object.fromEntries(
      FIXTURE.programs.map((p) => [p.id, { placementRate: Math.min(1, p.placementRate + 0.09) }])
    );
    expect(bar('placementRate').gapAtHigh).toBeCloseTo(unfilled2035(input, {}, placement), 6);
    const target = bar('targetScale');
    expect(target.swing).toBeCloseTo(Math.abs(target.gapAtHigh - target.gapAtLow), 9);

    // A scenario that already scales the targets moves the base and the bars with it.
    const scaled = sensitivity(
      { ...input, scenario: { ...input.scenario, targetScale: 0.5 } },
      { targetScale: uncertain.targetScale }
    );
    expect(scaled[0].baseGap).toBeCloseTo(unfilled2035(input, { targetScale: 0.5 }), 6);
    // 0.5 × 1 / 0.8 = 0.625
    expect(scaled[0].gapAtHigh).toBeCloseTo(unfilled2035(input, { targetScale: 0.625 }), 6);
  });

  it('can focus on a site, an occupation and a year', () => {
    const [bar] = sensitivity(
      FIXTURE,
      { targetScale: { low: 0, mode: 1, high: 2 } },
      {
        siteId: 'aesc-douai',
        occupation: 'operator',
        year: 2030
      }
    );
    const rows = project(FIXTURE).filter(
      (r) => r.siteId === 'aesc-douai' && r.occupation === 'operator'
    );
    expect(bar.baseGap).toBeCloseTo(rows.find((r) => r.year === 2030)!.gap, 9);
  });
});
