import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ATTRITION_RATE,
  DEFAULT_INDIRECT_MULTIPLIER,
  DEFAULT_OCCUPATION_MIX,
  graduationSplit,
  pipelineGraduates,
  project,
  projectDetailed
} from '../../../src/lib/forecast/index.ts';
import { program, rowOf, site } from './helpers.ts';

const noAttrition = { attritionRate: 0 };
/** A site well into its ramp: J(2025) = 1000 / (1 + 19^-1.5) ≈ 988 (m = 2022, k = ln 19 / 2), so
 * vacancies never bind in the tests that use it. */
const started = { productionStart: 2020, fullCapacity: 2024 };

describe('one cohort through the pipeline', () => {
  it('graduates D years later: placed = q c I, then the stock keeps it (ρ = 0)', () => {
    const rows = project({
      sites: [site()],
      programs: [program({ intake: { 2025: 100 }, completionRate: 0.8, placementRate: 0.5 })],
      scenario: { years: [2025, 2028], ...noAttrition }
    });
    expect(rows.map((r) => r.placed)).toEqual([0, 40, 0, 0]);
    expect(rows.map((r) => r.trained)).toEqual([0, 40, 40, 40]);
  });

  it('the stock decays by (1 - ρ) a year: 40, 36, 32.4', () => {
    const rows = project({
      sites: [site()],
      programs: [program({ intake: { 2025: 100 }, completionRate: 0.8, placementRate: 0.5 })],
      scenario: { years: [2026, 2028], attritionRate: 0.1 }
    });
    expect(rows[0].trained).toBeCloseTo(40, 12);
    expect(rows[1].trained).toBeCloseTo(36, 12);
    expect(rows[2].trained).toBeCloseTo(32.4, 12);
  });

  it("a number intake runs from startYear to endYear with afterFundedEnd 'stop'", () => {
    const rows = project({
      sites: [site()],
      programs: [program({ intake: 10, startYear: 2025, endYear: 2026, durationYears: 0 })],
      scenario: { years: [2024, 2028], ...noAttrition, afterFundedEnd: 'stop' }
    });
    expect(rows.map((r) => r.placed)).toEqual([0, 10, 10, 0, 0]);
  });

  it("by default ('renew') the intake goes on after endYear, and the years it rests on are listed", () => {
    const detail = projectDetailed({
      sites: [site()],
      programs: [program({ intake: 10, startYear: 2025, endYear: 2026, durationYears: 0 })],
      scenario: { years: [2024, 2028], ...noAttrition }
    });
    // J(2024) = 1000 / (1 + 19^1.5) ≈ 11.9 ≥ 0 and J grows: the 10 a year always find a post.
    expect(detail.rows.map((r) => r.placed)).toEqual([0, 10, 10, 10, 10]);
    expect(detail.renewedFrom).toEqual({ p1: 2027 });
    expect(detail.programs.map((f) => f.intake)).toEqual([0, 10, 10, 10, 10]);
  });

  it('cohorts started before the horizon graduate inside it', () => {
    const rows = project({
      sites: [site(started)],
      programs: [program({ intake: { 2023: 100 }, durationYears: 2 })],
      scenario: { years: [2025, 2026], ...noAttrition }
    });
    expect(rows.map((r) => r.placed)).toEqual([100, 0]);
  });

  it('graduates beyond the vacancies are available, and take the next vacancies', () => {
    // J(2025) = 50 (5 % of 1 000 at a = 2025, L = 0), J(2026) = 1000 / (1 + √19) ≈ 186.6, ρ = 0.
    // 2025: 100 graduates, room 50 → 50 in post, 50 available.
    // 2026: kept 50, room 136.6; the pool's 50 (× (1 − ρ) = 1) take 50 of it.
    const detail = projectDetailed({
      sites: [site()],
      programs: [program({ intake: { 2023: 100 }, durationYears: 2 })],
      scenario: { years: [2025, 2026], ...noAttrition }
    });
    const close = (x: number) => expect.closeTo(x, 9);
    expect(detail.rows.map((r) => r.placed)).toEqual([close(50), close(50)]);
    expect(detail.rows.map((r) => r.trained)).toEqual([close(50), close(100)]);
    expect(detail.rows.map((r) => r.unfilled)).toEqual([
      close(0),
      close(1000 / (1 + Math.sqrt(19)) - 100)
    ]);
    expect(detail.unplaced).toEqual([
      {
        region: '32',
        occupation: 'operator',
        year: 2025,
        unplaced: close(50),
        available: close(50)
      }
    ]);
  });
});

describe('fractional durations', () => {
  it('D = 1.5: half the cohort at y + 1, half at y + 2', () => {
    expect(graduationSplit(1.5)).toEqual([
      { lag: 1, share: 0.5 },
      { lag: 2, share: 0.5 }
    ]);
    const rows = project({
      sites: [site()],
      programs: [program({ intake: { 2025: 100 }, durationYears: 1.5 })],
      scenario: { years: [2025, 2028], ...noAttrition }
    });
    expect(rows.map((r) => r.placed)).toEqual([0, 50, 50, 0]);
  });

  it('D = 0.25: 75 % the same year, 25 % the next', () => {
    expect(
      pipelineGraduates(program({ intake: { 2025: 100 }, durationYears: 0.25 }), [2025, 2027])
    ).toEqual([75, 25, 0]);
  });

  it('a steady intake with D = 1.5 at c = 0.8 gives 0, 40, 80, 80', () => {
    expect(
      pipelineGraduates(
        { intake: 100, startYear: 2025, durationYears: 1.5, completionRate: 0.8 },
        [2025, 2028]
      )
    ).toEqual([0, 40, 80, 80]);
  });
});

describe('région programmes', () => {
  // Linear ramps, ρ = 0: H(2025) = J(2025) - J(2024) = 50 for s1 and 150 for s2.
  const sites = [
    site({ id: 's1', productionStart: 2024, fullCapacity: 2026, targetJobs: 100 }),
    site({ id: 's2', productionStart: 2024, fullCapacity: 2026, targetJobs: 300 })
  ];
  const scenario = {
    years: [2025, 2026] as [number, number],
    rampShape: 'linear' as const,
    attritionRate: 0
  };

  // v2: the pool fills vacancies (room = J − W(t−1)(1 − ρ)) in proportion to them; here, with
  // nobody in post and ρ = 0, the rooms are the hires: 50 and 150 (tests/unit/forecast/v2.test.ts
  // has a case where they differ).
  it('fill vacancies in proportion: 40 → 10 and 30 (rooms 50 and 150)', () => {
    const rows = project({
      sites,
      programs: [program({ intake: { 2024: 40 }, target: { region: '32' } })],
      scenario
    });
    expect(rowOf(rows, 's1', 'operator', 2025).hires).toBe(50);
    expect(rowOf(rows, 's2', 'operator', 2025).hires).toBe(150);
    expect(rowOf(rows, 's1', 'operator', 2025).placed).toBeCloseTo(10, 12);
    expect(rowOf(rows, 's2', 'operator', 2025).placed).toBeCloseTo(30, 12);
  });

  it('stay available (and are reported) where no cell of the région has a vacancy', () => {
    // v1 placed région graduates by hires needed; v2 by vacancies. Both sites are full from 2026
    // (J = 100 and 300) and their initialTrained hold every post (ρ = 0): room 0 in 2027, so the
    // 40 graduates of 2027 stay available.
    const detail = projectDetailed({
      sites: [
        { ...sites[0], initialTrained: 100 },
        { ...sites[1], initialTrained: 300 }
      ],
      programs: [program({ intake: { 2026: 40 }, target: { region: '32' } })],
      scenario: { ...scenario, years: [2026, 2027] }
    });
    expect(rowOf(detail.rows, 's1', 'operator', 2027).hires).toBe(0);
    expect(rowOf(detail.rows, 's1', 'operator', 2027).placed).toBe(0);
    expect(rowOf(detail.rows, 's2', 'operator', 2027).placed).toBe(0);
    expect(rowOf(detail.rows, 's2', 'operator', 2027).trained).toBe(300);
    expect(detail.unplaced).toEqual([
      { region: '32', occupation: 'operator', year: 2027, unplaced: 40, available: 40 }
    ]);
  });

  it('targeting an INSEE région with no site in the input: all available, kept at 1 − ρ', () => {
    const detail = projectDetailed({
      sites,
      programs: [program({ intake: { 2024: 40 }, target: { region: '44' } })],
      scenario
    });
    expect(detail.rows.every((r) => r.placed === 0)).toBe(true);
    expect(detail.unplaced).toEqual([
      { region: '44', occupation: 'operator', year: 2025, unplaced: 40, available: 40 },
      // ρ = 0: the pool keeps them (nobody in région 44 to hire them).
      { region: '44', occupation: 'operator', year: 2026, unplaced: 40, available: 40 }
    ]);
  });

  it('only reach sites of that région and occupation', () => {
    const rows = project({
      sites: [
        ...sites,
        site({ id: 's3', region: '11', productionStart: 2024, fullCapacity: 2026 })
      ],
      programs: [program({ intake: { 2024: 40 }, target: { region: '11' } })],
      scenario
    });
    expect(rowOf(rows, 's3', 'operator', 2025).placed).toBe(40);
    expect(rowOf(rows, 's1', 'operator', 2025).placed).toBe(0);
  });
});

describe('stock, hires, gap, coverage, indirect jobs', () => {
  it('splits initialTrained by the mix and lets it decay by ρ', () => {
    // J(2025) ≈ 988: operators 0.6 × 988 ≈ 593 ≥ 54, so every kept person keeps a post.
    const rows = project({
      sites: [
        site({ ...started, occupationMix: { operator: 0.6, technician: 0.4 }, initialTrained: 100 })
      ],
      programs: [],
      scenario: { years: [2025, 2026], attritionRate: 0.1 }
    });
    expect(rowOf(rows, 's1', 'operator', 2025).trained).toBeCloseTo(54, 12); // 100 × 0.6 × 0.9
    expect(rowOf(rows, 's1', 'technician', 2025).trained).toBeCloseTo(36, 12); // 100 × 0.4 × 0.9
    expect(rowOf(rows, 's1', 'operator', 2026).trained).toBeCloseTo(48.6, 12); // 54 × 0.9
  });

  it('people in post beyond a cell’s jobs lose the post and are available in the région', () => {
    // J(2025) = 50: operators 30, technicians 20; kept 54 and 36 → 30 and 20 in post, 24 and 16
    // available. J(2026) = 1000 / (1 + √19) ≈ 186.6: operators 111.96, kept 30 × 0.9 = 27, and
    // the pool's 24 × 0.9 = 21.6 fill part of the room 84.96 → 48.6; technicians 74.64, kept
    // 18 + 16 × 0.9 = 14.4 → 32.4. Nobody is left available in 2026.
    const detail = projectDetailed({
      sites: [site({ occupationMix: { operator: 0.6, technician: 0.4 }, initialTrained: 100 })],
      programs: [],
      scenario: { years: [2025, 2026], attritionRate: 0.1 }
    });
    const at = (occ: string, year: number) => rowOf(detail.rows, 's1', occ, year);
    expect(at('operator', 2025).trained).toBeCloseTo(30, 12);
    expect(at('technician', 2025).trained).toBeCloseTo(20, 12);
    expect(at('operator', 2025).surplus).toBe(0);
    expect(at('operator', 2026).trained).toBeCloseTo(48.6, 12);
    expect(at('technician', 2026).trained).toBeCloseTo(32.4, 12);
    expect(detail.unplaced.map((u) => [u.occupation, u.year, u.available])).toEqual([
      ['operator', 2025, expect.closeTo(24, 12)],
      ['technician', 2025, expect.closeTo(16, 12)]
    ]);
  });

  it('H = max(0, J(t) - J(t-1)) + ρ J(t-1), with J(t-1) from the curve in the first year', () => {
    const rows = project({
      sites: [site({ occupationMix: { operator: 0.75, technician: 0.25 } })],
      programs: [],
      scenario: { years: [2027, 2027], attritionRate: 0.1 }
    });
    const J2026 = 1000 / (1 + Math.sqrt(19));
    const r = rowOf(rows, 's1', 'operator', 2027);
    expect(r.jobs).toBeCloseTo(375, 9);
    expect(r.hires).toBeCloseTo(0.75 * (500 - J2026) + 0.1 * 0.75 * J2026, 9);
  });

  it('a shrinking workforce needs replacement hires only', () => {
    const rows = project({
      sites: [site()],
      programs: [],
      scenario: { years: [2027, 2027], attritionRate: 0.1, targetScale: 1 }
    });
    expect(rows[0].hires).toBeGreaterThan(0);
    const shrinking = project({
      sites: [site()],
      programs: [],
      scenario: {
        years: [2027, 2027],
        attritionRate: 0.1,
        sites: { s1: { delayYears: 0 } },
        targetScale: 0
      }
    });
    expect(shrinking[0].hires).toBe(0);
  });

  it('gap = J - W, hiresGap = H - placed, indirect = multiplier × J', () => {
    const rows = project({
      sites: [site({ initialTrained: 30 })],
      programs: [program({ intake: 20 })],
      scenario: { years: [2025, 2030], indirectMultiplier: 3 }
    });
    for (const r of rows) {
      expect(r.gap).toBe(r.jobs - r.trained);
      expect(r.unfilled).toBe(Math.max(0, r.gap));
      expect(r.surplus).toBe(0); // nobody in post without a post
      expect(r.trained).toBeLessThanOrEqual(r.jobs);
      expect(r.hiresGap).toBe(r.hires - r.placed);
      expect(r.indirectJobs).toBe(3 * r.jobs);
    }
    expect(rows[2].indirectJobs).toBeCloseTo(1500, 9); // J(2027) = 500
  });

  it('coverage is min(W, J) / J, null where J = 0; nobody is in post before there are posts', () => {
    // Linear ramp from a = 2025 (L = 0): J = 0 in 2024 and 2025, 250 in 2026. The 10 trained
    // people wait in the région's pool (ρ = 0) and take posts in 2026.
    const detail = projectDetailed({
      sites: [site({ initialTrained: 10 })],
      programs: [],
      scenario: { years: [2024, 2027], rampShape: 'linear', attritionRate: 0 }
    });
    const rows = detail.rows;
    expect(rows[0].jobs).toBe(0);
    expect(rows[0].coverage).toBeNull();
    expect(rows[0]).toMatchObject({ trained: 0, gap: 0, unfilled: 0, surplus: 0 });
    expect(rows[2].trained).toBe(10);
    expect(rows[2].unfilled).toBe(240);
    expect(rows[2].coverage).toBeCloseTo(10 / 250, 12);
    expect(detail.unplaced.map((u) => [u.year, u.available])).toEqual([
      [2024, 10],
      [2025, 10]
    ]);
  });

  it('applies the documented defaults: ρ, multiplier, default mix', () => {
    const rows = project({
      sites: [site({ occupationMix: undefined, initialTrained: 100 })],
      programs: [],
      scenario: { years: [2027, 2027] }
    });
    expect(rows.map((r) => r.occupation)).toEqual(Object.keys(DEFAULT_OCCUPATION_MIX));
    const op = rowOf(rows, 's1', 'operator', 2027);
    expect(op.jobs).toBeCloseTo(500 * DEFAULT_OCCUPATION_MIX.operator, 9);
    expect(op.trained).toBeCloseTo(
      100 * DEFAULT_OCCUPATION_MIX.operator * (1 - DEFAULT_ATTRITION_RATE),
      9
    );
    expect(op.indirectJobs).toBeCloseTo(DEFAULT_INDIRECT_MULTIPLIER * op.jobs, 9);
  });

  it('a programme bringing an occupation outside the site mix gets its own row (jobs 0)', () => {
    // The row has no post (share 0): its 10 graduates join the région's welder pool.
    const detail = projectDetailed({
      sites: [site()],
      programs: [program({ occupation: 'welder', intake: { 2025: 10 }, durationYears: 0 })],
      scenario: { years: [2025, 2025], attritionRate: 0 }
    });
    const w = rowOf(detail.rows, 's1', 'welder', 2025);
    expect(w).toMatchObject({
      jobs: 0,
      placed: 0,
      trained: 0,
      gap: 0,
      unfilled: 0,
      surplus: 0,
      coverage: null
    });
    expect(detail.unplaced).toEqual([
      { region: '32', occupation: 'welder', year: 2025, unplaced: 10, available: 10 }
    ]);
  });
});

describe('numerical edge cases', () => {
  it('a very steep ramp moved far back stays exact (no Inf × 0 in the shifted curve)', () => {
    // k = 2 ln 19 / 0.01 ≈ 589: exp(-k (t - m)) overflows before the shift, and the shift
    // exp(k d) underflows for d = -10.
    const rows = project({
      sites: [site({ productionStart: 2030, fullCapacity: 2030.01, targetJobs: 500 })],
      programs: [],
      scenario: { years: [2024, 2026], delayYears: -10 }
    });
    expect(rows.map((r) => r.jobs)).toEqual([500, 500, 500]);
    const ahead = project({
      sites: [site({ productionStart: 2030, fullCapacity: 2030.01, targetJobs: 500 })],
      programs: [],
      scenario: { years: [2024, 2026], delayYears: 10 }
    });
    expect(ahead.map((r) => r.jobs)).toEqual([0, 0, 0]);
  });
});

describe('scenario options', () => {
  const base = {
    sites: [site({ id: 'a' }), site({ id: 'b' })],
    programs: [
      program({
        id: 'p',
        target: { site: 'a' },
        completionRate: 0.5,
        placementRate: 0.5,
        durationYears: 0
      })
    ]
  };

  it('per-site overrides add to the global delay and multiply the global scale', () => {
    const rows = project({
      ...base,
      scenario: {
        years: [2027, 2027],
        delayYears: 1,
        targetScale: 2,
        sites: { a: { delayYears: 1, targetScale: 0.5 } }
      }
    });
    expect(rowOf(rows, 'a', 'operator', 2027).jobs).toBeCloseTo(50, 9); // a' = 2027, N' = 1000
    expect(rowOf(rows, 'b', 'operator', 2027).jobs).toBeCloseTo(2000 / (1 + Math.sqrt(19)), 9);
  });

  it('per-programme overrides: intake scale, extra intake, rates', () => {
    const scenario = {
      years: [2025, 2025] as [number, number],
      intakeScale: 2,
      programs: {
        p: { intakeScale: 1.5, extraIntake: 10, completionRate: 1, placementRate: 0.8 }
      }
    };
    const rows = project({
      ...base,
      sites: [site({ id: 'a', ...started }), base.sites[1]],
      scenario
    });
    // (100 × 2 × 1.5 + 10) × 1 × 0.8 = 248 ≤ J(2025) ≈ 988
    expect(rowOf(rows, 'a', 'operator', 2025).placed).toBeCloseTo(248, 9);
    // At the base site J(2025) = 50: 50 take a post, 248 − 50 = 198 join the région's pool, of
    // whom 50 fill b's vacancies (J = 50, nobody in post) and 148 stay available.
    const small = projectDetailed({ ...base, scenario });
    expect(rowOf(small.rows, 'a', 'operator', 2025).placed).toBeCloseTo(50, 9);
    expect(rowOf(small.rows, 'b', 'operator', 2025).placed).toBeCloseTo(50, 9);
    expect(small.unplaced).toEqual([
      {
        region: '32',
        occupation: 'operator',
        year: 2025,
        unplaced: expect.closeTo(148, 9),
        available: expect.closeTo(148, 9)
      }
    ]);
  });

  it('global completion / placement: rate replaces, scale multiplies (capped at 1)', () => {
    const at = (scenario: object): number =>
      rowOf(
        project({
          ...base,
          sites: [site({ id: 'a', ...started }), base.sites[1]],
          scenario: { years: [2025, 2025], ...scenario }
        }),
        'a',
        'operator',
        2025
      ).placed;
    expect(at({})).toBeCloseTo(25, 9); // 100 × 0.5 × 0.5
    expect(at({ completionRate: 1 })).toBeCloseTo(50, 9); // 100 × 1 × 0.5
    expect(at({ placementScale: 1.5 })).toBeCloseTo(37.5, 9); // 100 × 0.5 × 0.75
    expect(at({ completionScale: 3 })).toBeCloseTo(50, 9); // c = min(1, 1.5): 100 × 1 × 0.5
  });
});
