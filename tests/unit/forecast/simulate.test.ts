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
    // A target scaled to 0 can never be short of trained people.
    const none = simulate(FIXTURE, {
      runs: 100,
      seed: 3,
      uncertain: { targetScale: { low: 0, mode: 0, high: 0 } }
    });
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
  });
});

describe('sensitivity', () => {
  it('swings each parameter low → high, the others at their mode, largest swing first', () => {
    const bars = sensitivity(FIXTURE, uncertain);
    expect(bars.map((b) => b.parameter).sort()).toEqual(Object.keys(uncertain).sort());
    for (let i = 1; i < bars.length; i++)
      expect(bars[i - 1].swing).toBeGreaterThanOrEqual(bars[i].swing);
    const base = project({
      ...FIXTURE,
      scenario: {
        ...FIXTURE.scenario,
        delayYears: 1,
        targetScale: 0.8,
        intakeScale: 1,
        attritionRate: 0.08,
        completionRate: 0.8,
        placementRate: 0.66
      }
    })
      .filter((r) => r.year === 2035)
      .reduce((s, r) => s + r.gap, 0);
    const target = bars.find((b) => b.parameter === 'targetScale')!;
    expect(target.baseGap).toBeCloseTo(base, 6);
    const atHigh = project({
      ...FIXTURE,
      scenario: {
        ...FIXTURE.scenario,
        delayYears: 1,
        targetScale: 1,
        intakeScale: 1,
        attritionRate: 0.08,
        completionRate: 0.8,
        placementRate: 0.66
      }
    })
      .filter((r) => r.year === 2035)
      .reduce((s, r) => s + r.gap, 0);
    expect(target.gapAtHigh).toBeCloseTo(atHigh, 6);
    expect(target.swing).toBeCloseTo(Math.abs(target.gapAtHigh - target.gapAtLow), 9);
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
