/**
 * The rules model v2 added (docs/model.md), one by one, on hand-checkable inputs: observed
 * headcounts and the hiring lead, programme mixes and target shares, stocks from before the
 * horizon, brownfield sites, renewal after the funded end, région pools, simulate's draws around
 * the scenario, and the errors of the new fields.
 */
import { describe, expect, it } from 'vitest';
import {
  fitLead,
  InputError,
  leadEvidence,
  modelTime,
  placesToCloseGap,
  project,
  projectDetailed,
  quantileSorted,
  rampShare,
  referenceLead,
  sensitivity,
  simulate,
  type ProjectionInput,
  type Site,
  type Uncertain
} from '../../../src/lib/forecast/index.ts';
import type { Draw } from '../../../src/lib/forecast/engine.ts';
import { mulberry32 } from '../../../src/lib/forecast/random.ts';
import { makeDrawer } from '../../../src/lib/forecast/simulate.ts';
import { FIXTURE } from './fixture.ts';
import { program, rowOf, site } from './helpers.ts';

const LN19 = Math.log(19);
/** A site well into its ramp: J(2025) = 1000 / (1 + 19^-1.5) ≈ 988, vacancies never bind. */
const started = { productionStart: 2020, fullCapacity: 2024 };
const jobsOf = (input: ProjectionInput, siteId = 's1') =>
  project(input)
    .filter((r) => r.siteId === siteId)
    .reduce((m, r) => m.set(r.year, (m.get(r.year) ?? 0) + r.jobs), new Map<number, number>());

describe('time and observed headcounts', () => {
  it('modelTime: a date in year Y at day f of n is Y − 1 + f / n', () => {
    expect(modelTime('2026-01-21')).toBe(2025 + 20 / 365); // three weeks after the end of 2025
    expect(modelTime('2024-01-01')).toBe(2023);
    expect(modelTime('2024-12-31')).toBe(2023 + 365 / 366); // 2024 is a leap year
  });

  // a = 2025, b = 2029, N = 1000, L = 2: F0 from 5 % at 2023 to 95 % at 2029, m = 2026,
  // k = 2 ln 19 / 6 = ln 19 / 3. Observations on 1 January sit at whole model years.
  const observed = site({
    observations: [
      { date: '2024-01-01', jobs: 100 }, // x = 2023
      { date: '2026-01-01', jobs: 500 }, // x = 2025
      { date: '2027-01-01', jobs: 600 } // x = 2026
    ]
  });
  const input = (scenario: object = {}): ProjectionInput => ({
    sites: [observed],
    programs: [],
    scenario: { years: [2021, 2030], hiringLeadYears: 2, ...scenario }
  });

  it('the curve passes exactly through the observations, straight between them', () => {
    const J = jobsOf(input());
    expect(J.get(2023)).toBe(100);
    expect(J.get(2025)).toBe(500);
    expect(J.get(2026)).toBe(600);
    expect(J.get(2024)).toBeCloseTo(300, 9); // half-way from (2023, 100) to (2025, 500)
    // Before the first: y1 F0(t) / F0(x1), F0(2023) = 5 %, F0(2022) = 1 / (1 + 19^(4/3)).
    expect(J.get(2022)).toBeCloseTo(100 / (1 + 19 ** (4 / 3)) / 0.05, 9);
    // After the last: N − (N − 600)(1 − F(t)) / (1 − F(2026)), F(2026) = 0.5,
    // 1 − F(2027) = 1 / (1 + 19^(1/3)): J(2027) = 1000 − 800 / (1 + 19^(1/3)) ≈ 781.9.
    expect(J.get(2027)).toBeCloseTo(1000 - 800 / (1 + 19 ** (1 / 3)), 9);
  });

  it('passes through an observation at a fractional model time', () => {
    // One headcount, 900 on 21 January 2026 (x1 = 2025 + 20/365); a = 2025, b = 2027, L = 2:
    // start 2023, m = 2025, k = ln 19 / 2, N = 1200.
    const x1 = 2025 + 20 / 365;
    const k = LN19 / 2;
    const F = (t: number) => 1 / (1 + Math.exp(-k * (t - 2025)));
    const J = jobsOf({
      sites: [
        site({
          productionStart: 2025,
          fullCapacity: 2027,
          targetJobs: 1200,
          observations: [{ date: '2026-01-21', jobs: 900 }]
        })
      ],
      programs: [],
      scenario: { years: [2024, 2027], hiringLeadYears: 2 }
    });
    // Before: 900 F(2025) / F(x1) = 450 / F(x1); after: 1200 − 300 (1 − F(t)) / (1 − F(x1)).
    expect(J.get(2025)).toBeCloseTo((900 * 0.5) / F(x1), 9);
    expect(J.get(2026)).toBeCloseTo(1200 - (300 * (1 - F(2026))) / (1 - F(x1)), 9);
    // Both sides meet at the observation: the two formulas give 900 at x1.
    expect((900 * F(x1)) / F(x1)).toBe(900);
    expect(1200 - (300 * (1 - F(x1))) / (1 - F(x1))).toBe(900);
  });

  it('a scenario delay changes nothing up to the last observation and slows what comes after', () => {
    const base = jobsOf(input());
    const late = jobsOf(input({ delayYears: 1 }));
    for (let t = 2021; t <= 2026; t++) expect(late.get(t)).toBe(base.get(t));
    // d = 1: F_d from 5 % at 2024 to 95 % at 2030, m = 2027: F_d(2026) = 1 / (1 + 19^(1/3)),
    // F_d(2027) = 0.5: J(2027) = 1000 − 400 × 0.5 / (1 − F_d(2026)) = 1000 − 200 (1 + 19^(-1/3)).
    expect(late.get(2027)).toBeCloseTo(1000 - 200 * (1 + 19 ** (-1 / 3)), 9);
    for (let t = 2027; t <= 2030; t++) expect(late.get(t)!).toBeLessThan(base.get(t)!);
    // A smaller target lowers where the curve ends, from the same observed start.
    const cut = jobsOf(input({ targetScale: 0.8 }));
    expect(cut.get(2026)).toBe(600);
    // N' = 800: J(2027) = 800 − 200 (1 − F(2027)) / 0.5 = 800 − 400 / (1 + 19^(1/3))
    expect(cut.get(2027)).toBeCloseTo(800 - 400 / (1 + 19 ** (1 / 3)), 9);
  });

  it('meets an observation of 0 exactly, never below 0 by rounding (found by properties.test)', () => {
    // Before the first observation J = E + (y1 − E) F0(t) / F0(x1): at t = x1 the ratio is 1, so
    // J = E + (0 − E) = 0 — v2 first computed (y1 − E) F0(t) / F0(x1) and got −ε E.
    const before = project({
      sites: [
        site({
          productionStart: 2029,
          fullCapacity: 2029.5,
          targetJobs: 0,
          existingJobs: 6.86169147591516e-231,
          observations: [{ date: '2030-01-01', jobs: 0 }]
        })
      ],
      programs: [],
      scenario: { years: [2028, 2029], attritionRate: 0 }
    });
    expect(before[1].jobs).toBe(0);
    expect(before.every((r) => r.jobs >= 0 && r.trained >= 0)).toBe(true);
    // Between observations, the straight line's weight is 1 at the second one.
    const between = project({
      sites: [
        site({
          productionStart: 2018,
          fullCapacity: 2018.5,
          targetJobs: 0,
          observations: [
            { date: '2025-10-22', jobs: 6.22564415131132e-21 },
            { date: '2026-01-01', jobs: 0 }
          ]
        })
      ],
      programs: [],
      scenario: { years: [2024, 2025] }
    });
    expect(between[1].jobs).toBe(0);
  });

  it('fitLead recovers the lead of points drawn from a ramp with a known lead', () => {
    const dates = ['2023-03-01', '2024-01-15', '2024-09-30', '2025-06-30', '2026-01-21'];
    const ramp = (lead: number, a = 2025, b = 2027, N = 1200) =>
      dates.map((date) => ({
        date,
        jobs: N * rampShare(modelTime(date), a - lead, b, 'logistic')
      }));
    for (const lead of [0, 1.37, 2.6, 4.05]) {
      const fitted = fitLead({
        productionStart: 2025,
        fullCapacity: 2027,
        targetJobs: 1200,
        observations: ramp(lead)
      });
      expect(Math.abs(fitted! - lead)).toBeLessThanOrEqual(0.01);
    }
    expect(fitLead({ productionStart: 2025, fullCapacity: 2027, targetJobs: 1200 })).toBeNull();
    // The reference class: the mean fitted lead of the observed sites (1.2 and 2.6 → 1.9); a
    // site without observations does not count. It is the default L of a projection.
    const sites: Site[] = [
      site({
        id: 'a',
        productionStart: 2025,
        fullCapacity: 2027,
        targetJobs: 1200,
        observations: ramp(1.2)
      }),
      site({
        id: 'b',
        productionStart: 2026,
        fullCapacity: 2030,
        targetJobs: 2000,
        observations: ramp(2.6, 2026, 2030, 2000)
      }),
      site({ id: 'c' })
    ];
    expect(leadEvidence(sites).map((e) => [e.siteId, e.lead, e.observations])).toEqual([
      ['a', 1.2, 5],
      ['b', 2.6, 5]
    ]);
    expect(referenceLead(sites)).toBe(1.9);
    expect(
      projectDetailed({ sites, programs: [], scenario: { years: [2025, 2026] } }).hiringLeadYears
    ).toBe(1.9);
    expect(
      projectDetailed({
        sites,
        programs: [],
        scenario: { years: [2025, 2026], hiringLeadYears: 3 }
      }).hiringLeadYears
    ).toBe(3);
    expect(referenceLead([site()])).toBe(0);
  });

  it('the lead moves the 5 % point L years before production, 95 % staying at b', () => {
    // No observation: J = N F, F from 5 % at a − L to 95 % at b. a = 2025, b = 2029, L = 2.
    const J = jobsOf({
      sites: [site()],
      programs: [],
      scenario: { years: [2023, 2029], hiringLeadYears: 2 }
    });
    expect(J.get(2023)).toBeCloseTo(50, 9);
    expect(J.get(2026)).toBeCloseTo(500, 9); // m = (2023 + 2029) / 2
    expect(J.get(2029)).toBeCloseTo(950, 9);
    // Linear: 0 at a − L, N at b: J(2026) = 1000 × 3 / 6.
    const lin = jobsOf({
      sites: [site()],
      programs: [],
      scenario: { years: [2023, 2029], hiringLeadYears: 2, rampShape: 'linear' }
    });
    expect(lin.get(2023)).toBe(0);
    expect(lin.get(2026)).toBeCloseTo(500, 9);
  });
});

describe('programmes: mixes, target shares, observed figures', () => {
  const mixSite = site({ ...started, occupationMix: { operator: 0.6, technician: 0.4 } });

  it('a programme mix splits its graduates by share', () => {
    // 100 graduates in 2025 (D = 0, c = q = 1): 75 operators, 25 technicians.
    const d = projectDetailed({
      sites: [mixSite],
      programs: [
        program({
          intake: { 2025: 100 },
          durationYears: 0,
          occupationMix: { operator: 0.75, technician: 0.25 }
        })
      ],
      scenario: { years: [2025, 2025], attritionRate: 0 }
    });
    expect(rowOf(d.rows, 's1', 'operator', 2025).placed).toBeCloseTo(75, 9);
    expect(rowOf(d.rows, 's1', 'technician', 2025).placed).toBeCloseTo(25, 9);
    expect(d.programs[0]).toMatchObject({ intake: 100, graduates: 100, placed: 100 });
  });

  it('targetShare scales the placements at the tracked sites', () => {
    // τ = 0.4: 0.4 × 75 = 30 operators and 0.4 × 25 = 10 technicians; the other 60 work elsewhere
    // in the sector, so they are not available either.
    const d = projectDetailed({
      sites: [mixSite],
      programs: [
        program({
          intake: { 2025: 100 },
          durationYears: 0,
          occupationMix: { operator: 0.75, technician: 0.25 },
          targetShare: 0.4
        })
      ],
      scenario: { years: [2025, 2025], attritionRate: 0 }
    });
    expect(rowOf(d.rows, 's1', 'operator', 2025).placed).toBeCloseTo(30, 9);
    expect(rowOf(d.rows, 's1', 'technician', 2025).placed).toBeCloseTo(10, 9);
    expect(d.unplaced).toEqual([]);
    // A région programme: τ of its placed graduates join the pool.
    const r = projectDetailed({
      sites: [site(started)],
      programs: [
        program({
          intake: { 2025: 100 },
          durationYears: 0,
          targetShare: 0.25,
          target: { region: '32' }
        })
      ],
      scenario: { years: [2025, 2025], attritionRate: 0 }
    });
    expect(r.rows[0].placed).toBeCloseTo(25, 9);
  });

  it('observed graduates replace the modelled ones, observed hires replace the placements', () => {
    // 2025: 100 starters, c = 0.9, q = 0.5 would place 45; 20 observed graduates place 0.5 × 20.
    const d = projectDetailed({
      sites: [site(started)],
      programs: [
        program({
          intake: 100,
          durationYears: 0,
          completionRate: 0.9,
          placementRate: 0.5,
          observed: { graduates: { 2025: 20 }, hired: { 2026: 7 } }
        })
      ],
      scenario: { years: [2025, 2027], attritionRate: 0, afterFundedEnd: 'stop' }
    });
    expect(d.rows.map((r) => r.placed)).toEqual([
      expect.closeTo(10, 9),
      expect.closeTo(7, 9), // observed hires
      expect.closeTo(45, 9) // modelled: 100 × 0.9 × 0.5
    ]);
    expect(d.programs.map((f) => f.graduates)).toEqual([
      20,
      expect.closeTo(90, 9),
      expect.closeTo(90, 9)
    ]);
  });

  it('observed hires are in post whatever the vacancies', () => {
    // J(2025) = 50 (a = 2025, L = 0); 80 observed hires: all in post, 30 above the jobs.
    const rows = project({
      sites: [site()],
      programs: [program({ intake: 0, observed: { hired: { 2025: 80 } } })],
      scenario: { years: [2025, 2025], attritionRate: 0 }
    });
    expect(rows[0]).toMatchObject({ jobs: expect.closeTo(50, 9), trained: 80, unfilled: 0 });
    expect(rows[0].surplus).toBeCloseTo(30, 9);
  });
});

describe('stocks at the start', () => {
  it('observed hires of a year before the horizon are in the first year’s stock, × (1 − ρ)', () => {
    // AESC's 38 technicians hired in 2023: the 2023 cohort (50 graduates, c = q = 1) is run as
    // history, its observed hires replacing its placements; in post at the end of 2023: 38.
    const input = (observed?: { hired: Record<number, number> }) => ({
      sites: [site(started)],
      programs: [program({ intake: { 2023: 50 }, startYear: 2023, durationYears: 0, observed })],
      scenario: { years: [2024, 2025] as [number, number], attritionRate: 0.1 }
    });
    const rows = project(input({ hired: { 2023: 38 } }));
    expect(rows[0].trained).toBeCloseTo(38 * 0.9, 9); // 34.2
    expect(rows[1].trained).toBeCloseTo(38 * 0.9 * 0.9, 9); // 30.78
    expect(rows[0].placed).toBe(0);
    // Without the observation, the modelled 50.
    expect(project(input()).map((r) => r.trained)).toEqual([
      expect.closeTo(45, 9),
      expect.closeTo(40.5, 9)
    ]);
  });

  it('cohorts that graduated before the horizon and found no post are available at the start', () => {
    // J(2023) = 1000 / (1 + 19^2) ≈ 2.76 (a = 2025, m = 2027, k = ln 19 / 2): of the 100
    // graduates of 2023, 2.76 take a post; ρ = 0. In 2024, J = 1000 / (1 + 19^1.5) ≈ 11.93: the
    // pool fills the room, the rest (100 − 11.93) is still available.
    const J2024 = 1000 / (1 + 19 ** 1.5);
    const d = projectDetailed({
      sites: [site()],
      programs: [program({ intake: { 2023: 100 }, startYear: 2023, durationYears: 0 })],
      scenario: { years: [2024, 2024], attritionRate: 0 }
    });
    expect(d.rows[0].trained).toBeCloseTo(J2024, 9);
    expect(d.rows[0].placed).toBeCloseTo(J2024 - 1000 / (1 + 19 ** 2), 9);
    expect(d.unplaced[0].available).toBeCloseTo(100 - J2024, 9);
  });

  it('a brownfield site: J = E + (N′ − E) F, with existingJobs − reconversionJobs in post', () => {
    // Flins-like: E = 1 938 employed, 1 744 of whose posts need retraining: 194 in post.
    const brown = site({ targetJobs: 3000, existingJobs: 1938, reconversionJobs: 1744 });
    const rows = project({
      sites: [brown],
      programs: [],
      scenario: { years: [2025, 2027], attritionRate: 0 }
    });
    // 2025: F = 5 %: 1938 + 1062 × 0.05 = 1991.1; 2027: F = 0.5: 1938 + 531 = 2469.
    expect(rows[0].jobs).toBeCloseTo(1991.1, 9);
    expect(rows[2].jobs).toBeCloseTo(2469, 9);
    expect(rows.map((r) => r.trained)).toEqual([194, 194, 194]);
    expect(rows[2].unfilled).toBeCloseTo(2275, 9);
    // ρ = 0.1: 194 in post at the end of the year before, 174.6 kept in the first year.
    const decay = project({
      sites: [brown],
      programs: [],
      scenario: { years: [2027, 2027], attritionRate: 0.1 }
    });
    expect(decay[0].trained).toBeCloseTo(174.6, 9);
    // A scenario's target scale moves N, not the existing jobs: N' = 1 500 < E, J falls to it.
    const cut = project({
      sites: [brown],
      programs: [],
      scenario: { years: [2027, 2027], targetScale: 0.5 }
    });
    expect(cut[0].jobs).toBeCloseTo(1938 + (1500 - 1938) * 0.5, 9);
  });
});

describe('after the funded end', () => {
  const programs = [
    program({ id: 'ends', intake: 10, startYear: 2025, endYear: 2026, durationYears: 0 }),
    program({ id: 'map', intake: { 2025: 10 }, durationYears: 0 }),
    program({ id: 'open', intake: 10, startYear: 2025, durationYears: 0 }),
    program({ id: 'later', intake: 10, startYear: 2025, endYear: 2030, durationYears: 0 })
  ];
  const input = (afterFundedEnd?: 'renew' | 'stop'): ProjectionInput => ({
    sites: [site(started)],
    programs,
    scenario: {
      years: [2025, 2028],
      attritionRate: 0,
      ...(afterFundedEnd ? { afterFundedEnd } : {})
    }
  });

  it("'renew' (the default) keeps a number intake after endYear and lists the first renewed year", () => {
    const d = projectDetailed(input());
    expect(d.renewedFrom).toEqual({ ends: 2027 }); // maps, open and later ends are not renewals
    const intake = (id: string) =>
      d.programs.filter((f) => f.programId === id).map((f) => f.intake);
    expect(intake('ends')).toEqual([10, 10, 10, 10]);
    expect(intake('map')).toEqual([10, 0, 0, 0]);
    expect(projectDetailed(input('renew'))).toEqual(d);
    // 2025: all four (40); then 'ends' (renewed), 'open' and 'later' (30).
    expect(d.rows.map((r) => r.placed)).toEqual([40, 30, 30, 30]);
  });

  it("'stop' takes no one after endYear, and nothing rests on a renewal", () => {
    const d = projectDetailed(input('stop'));
    expect(d.renewedFrom).toEqual({});
    expect(d.programs.filter((f) => f.programId === 'ends').map((f) => f.intake)).toEqual([
      10, 10, 0, 0
    ]);
    expect(d.rows.map((r) => r.placed)).toEqual([40, 30, 20, 20]); // 'ends' stops after 2026
  });
});

describe('région pools', () => {
  // Linear ramps 2024 → 2026, ρ = 0: J(2025) = 50 at s1 (N = 100) and 150 at s2 (N = 300); both
  // need hires of 50 and 150, but s1 starts with 40 in post: rooms 10 and 150.
  const sites = [
    site({
      id: 's1',
      productionStart: 2024,
      fullCapacity: 2026,
      targetJobs: 100,
      initialTrained: 40
    }),
    site({ id: 's2', productionStart: 2024, fullCapacity: 2026, targetJobs: 300 })
  ];
  const scenario = {
    years: [2025, 2025] as [number, number],
    rampShape: 'linear' as const,
    attritionRate: 0
  };
  const regional = (n: number) =>
    program({ id: 'r', intake: { 2024: n }, durationYears: 1, target: { region: '32' } });

  it('fills the vacancies in proportion to them (not to the hires needed)', () => {
    // 80 for rooms of 10 and 150: f = 80 / 160 = 0.5 → 5 and 75 (by hires, 20 and 60).
    const d = projectDetailed({ sites, programs: [regional(80)], scenario });
    expect(rowOf(d.rows, 's1', 'operator', 2025).hires).toBe(50);
    expect(rowOf(d.rows, 's1', 'operator', 2025).placed).toBeCloseTo(5, 12);
    expect(rowOf(d.rows, 's2', 'operator', 2025).placed).toBeCloseTo(75, 12);
    expect(rowOf(d.rows, 's1', 'operator', 2025).trained).toBeCloseTo(45, 12);
    expect(d.unplaced).toEqual([]);
  });

  it('fills every vacancy when it can; the rest is available', () => {
    // 200 for rooms of 10 and 150: both full, 40 available.
    const d = projectDetailed({ sites, programs: [regional(200)], scenario });
    expect(rowOf(d.rows, 's1', 'operator', 2025).trained).toBe(50);
    expect(rowOf(d.rows, 's2', 'operator', 2025).trained).toBe(150);
    expect(d.unplaced.map((u) => u.available)).toEqual([40]);
  });

  it("a site's own programmes come first, their overflow joins the pool", () => {
    // s1's own 30 graduates: 10 fill its room, 20 join the pool with the région's 80; s1 has no
    // room left, so s2 takes all 100.
    const own = program({
      id: 'own',
      intake: { 2024: 30 },
      durationYears: 1,
      target: { site: 's1' }
    });
    const d = projectDetailed({ sites, programs: [own, regional(80)], scenario });
    expect(rowOf(d.rows, 's1', 'operator', 2025).placed).toBeCloseTo(10, 12);
    expect(rowOf(d.rows, 's2', 'operator', 2025).placed).toBeCloseTo(100, 12);
    expect(d.unplaced).toEqual([]);
  });
});

/** The fixture from 2023, its programmes' first intake: no cohort graduates before the horizon. */
const FROM_2023: ProjectionInput = { ...FIXTURE, scenario: { years: [2023, 2035] } };

describe('simulate around the scenario', () => {
  const symmetric: Uncertain = {
    delayYears: { low: -1, mode: 0, high: 1 },
    targetScale: { low: 0.9, mode: 1, high: 1.1 },
    intakeScale: { low: 0.8, mode: 1, high: 1.2 },
    completionScale: { low: 0.9, mode: 1, high: 1.1 }
  };

  it("the band moves with the scenario's intake scale", () => {
    const at = (intakeScale: number) =>
      simulate(
        { ...FIXTURE, scenario: { ...FIXTURE.scenario, intakeScale } },
        { runs: 400, seed: 5, uncertain: symmetric, rows: false }
      ).total.find((t) => t.year === 2030)!;
    const base = at(1);
    const more = at(1.5);
    for (const q of ['p10', 'p50', 'p90'] as const) {
      expect(more.trained[q]).toBeGreaterThan(base.trained[q]);
      expect(more.unfilled[q]).toBeLessThan(base.unfilled[q]);
    }
    // The jobs do not depend on the intake.
    expect(more.jobs).toEqual(base.jobs);
  });

  it("the scenario's own run lies within its p10–p90 for a symmetric uncertainty", () => {
    for (const scenario of [
      FIXTURE.scenario,
      { ...FIXTURE.scenario, delayYears: 1, intakeScale: 1.3 }
    ]) {
      const input = { ...FIXTURE, scenario };
      const own = project(input).filter((r) => r.year === 2030);
      const sim = simulate(input, { runs: 500, seed: 2, uncertain: symmetric, rows: false });
      const t = sim.total.find((r) => r.year === 2030)!;
      const sum = (k: 'jobs' | 'trained' | 'unfilled') => own.reduce((s, r) => s + r[k], 0);
      for (const k of ['jobs', 'trained', 'unfilled'] as const) {
        expect(t[k].p10).toBeLessThanOrEqual(sum(k));
        expect(sum(k)).toBeLessThanOrEqual(t[k].p90);
      }
    }
  });

  it('per-site draws with siteCorrelation 1 are one common draw, with 0 each its own', () => {
    const nS = 4;
    const tri = { low: -1, mode: 0, high: 2 };
    const next = (r: number) => {
      const drawInto = makeDrawer(
        { delayYears: tri, targetScale: { low: 0.5, mode: 1, high: 1.2 }, siteCorrelation: r },
        nS,
        mulberry32(3)
      );
      const draw: Draw = { siteDelay: new Float64Array(nS), siteScale: new Float64Array(nS) };
      return () => (drawInto(draw), [...draw.siteDelay!, ...draw.siteScale!]);
    };
    const one = next(1);
    const own = next(0);
    for (let i = 0; i < 50; i++) {
      const [d0, d1, d2, d3, s0, s1, s2, s3] = one();
      expect([d1, d2, d3]).toEqual([d0, d0, d0]);
      expect([s1, s2, s3]).toEqual([s0, s0, s0]);
      expect(d0).toBeGreaterThanOrEqual(-1);
      expect(d0).toBeLessThanOrEqual(2);
      const o = own();
      expect(new Set(o.slice(0, 4)).size).toBe(4);
    }
    // simulate with correlation 1 = the scenario with one delay for every site, per run.
    const runs = 300;
    const uncertain: Uncertain = { delayYears: tri, siteCorrelation: 1 };
    const sim = simulate(FROM_2023, { runs, seed: 8, uncertain });
    const drawInto = makeDrawer(uncertain, FROM_2023.sites.length, mulberry32(8));
    const draw: Draw = {
      siteDelay: new Float64Array(FROM_2023.sites.length),
      siteScale: new Float64Array(FROM_2023.sites.length).fill(1)
    };
    const unfilled: number[] = [];
    for (let r = 0; r < runs; r++) {
      drawInto(draw);
      const rows = project({
        ...FROM_2023,
        scenario: { ...FROM_2023.scenario, delayYears: draw.siteDelay![0] }
      });
      unfilled.push(rows.filter((x) => x.year === 2035).reduce((s, x) => s + x.unfilled, 0));
    }
    unfilled.sort((a, b) => a - b);
    const t = sim.total.at(-1)!.unfilled;
    for (const [p, v] of [
      [0.1, t.p10],
      [0.5, t.p50],
      [0.9, t.p90]
    ] as const)
      expect(v).toBeCloseTo(quantileSorted(unfilled, p), 2);
  });

  it('holds the stocks built before the horizon at the scenario’s values (history is not drawn)', () => {
    // Only a 2022 cohort, graduating in 2023 before the horizon: no draw reaches the horizon's
    // pipeline, so the band has no width; the scenario's own intake scale does move it.
    const input = (intakeScale = 1): ProjectionInput => ({
      sites: [site(started)],
      programs: [
        program({ intake: { 2022: 100 }, startYear: 2022, durationYears: 1, completionRate: 0.8 })
      ],
      scenario: { years: [2024, 2030], intakeScale }
    });
    const draws: Uncertain = {
      intakeScale: { low: 0.5, mode: 1, high: 1.5 },
      completionScale: { low: 0.5, mode: 1, high: 1.2 }
    };
    const own = project(input());
    const sim = simulate(input(), { runs: 200, seed: 1, uncertain: draws });
    sim.rows.forEach((r, i) => {
      expect(r.trained.p10).toBeCloseTo(own[i].trained, 9);
      expect(r.trained.p90).toBeCloseTo(own[i].trained, 9);
    });
    // 80 graduates in 2023 at the scenario's values, × 0.92 a year: 73.6 at the end of 2024.
    expect(own[0].trained).toBeCloseTo(80 * 0.92, 9);
    expect(project(input(1.5))[0].trained).toBeCloseTo(120 * 0.92, 9);
    // Nor does a tornado swing move it.
    for (const bar of sensitivity(input(), draws)) expect(bar.swing).toBe(0);
  });
});

describe('unfilled jobs are never netted against people in post beyond the jobs', () => {
  // Two operator sites with J(2025) = 50 each (a = 2025, L = 0): s1 has 80 observed hires (30 in
  // post beyond its jobs), s2 nobody. Unfilled: 0 + 50 = 50; the net gap is 100 − 80 = 20.
  const input: ProjectionInput = {
    sites: [site({ id: 's1' }), site({ id: 's2' })],
    programs: [program({ intake: 0, observed: { hired: { 2025: 80 } }, target: { site: 's1' } })],
    scenario: { years: [2025, 2026], attritionRate: 0 }
  };

  it('in project and simulate', () => {
    const rows = project(input).filter((r) => r.year === 2025);
    expect(rows.reduce((s, r) => s + r.unfilled, 0)).toBeCloseTo(50, 9);
    expect(rows.reduce((s, r) => s + r.gap, 0)).toBeCloseTo(20, 9);
    const sim = simulate(input, { runs: 20, seed: 1 });
    expect(sim.total[0].unfilled.p50).toBeCloseTo(50, 9);
    expect(sim.total[0].surplus.p50).toBeCloseTo(30, 9);
    expect(sim.sites[0].surplus.p50).toBeCloseTo(30, 9);
    expect(sim.rows[0].unfilled.p50).toBe(0);
  });

  it('in sensitivity and placesToCloseGap', () => {
    const [bar] = sensitivity(input, { targetScale: { low: 1, mode: 1, high: 1 } }, { year: 2025 });
    expect(bar.baseGap).toBeCloseTo(50, 9);
    const plan = placesToCloseGap(input, { byYear: 2025 });
    expect(plan.byOccupation[0].gapBefore).toBeCloseTo(50, 9);
  });
});

describe('errors of the new fields name the field and the record', () => {
  const valid = (): ProjectionInput => ({
    sites: [site({ id: 'aesc-douai' })],
    programs: [program({ id: 'btc', target: { site: 'aesc-douai' } })],
    scenario: { years: [2025, 2030] }
  });
  const errorOf = (change: (input: ProjectionInput) => void): InputError => {
    const input = valid();
    change(input);
    try {
      project(input);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return e as InputError;
    }
    throw new Error('project() did not throw');
  };

  type Case = { field: string; change: (i: ProjectionInput) => void; message: RegExp };
  const cases: Case[] = [
    {
      field: 'observations[0].date',
      change: (i) => (i.sites[0].observations = [{ date: '2025-02-30', jobs: 10 }]),
      message: /site "aesc-douai".*observations\[0\]\.date.*YYYY-MM-DD.*2025-02-30/
    },
    {
      field: 'observations[0].jobs',
      change: (i) => (i.sites[0].observations = [{ date: '2025-02-03', jobs: -1 }]),
      message: /site "aesc-douai".*observations\[0\]\.jobs/
    },
    {
      field: 'reconversionJobs',
      change: (i) => Object.assign(i.sites[0], { existingJobs: 100, reconversionJobs: 150 }),
      message: /site "aesc-douai".*reconversionJobs \(150\).*existingJobs \(100\)/
    },
    {
      field: 'existingJobs',
      change: (i) => (i.sites[0].existingJobs = -5),
      message: /site "aesc-douai".*existingJobs/
    },
    {
      field: 'hiringLeadYears',
      change: (i) => (i.scenario.hiringLeadYears = 12),
      message: /scenario.*hiringLeadYears.*\[0, 10\].*12/
    },
    {
      field: 'afterFundedEnd',
      change: (i) => (i.scenario.afterFundedEnd = 'maybe' as never),
      message: /scenario.*afterFundedEnd.*"maybe"/
    },
    {
      field: 'occupationMix',
      change: (i) => (i.programs[0].occupationMix = { operator: 0.6, technician: 0.3 }),
      message: /program "btc".*occupationMix.*0\.9/
    },
    {
      field: 'targetShare',
      change: (i) => (i.programs[0].targetShare = 1.5),
      message: /program "btc".*targetShare.*1\.5/
    },
    {
      field: 'observed.hired[2025]',
      change: (i) => (i.programs[0].observed = { hired: { 2025: -1 } }),
      message: /program "btc".*observed\.hired\[2025\]/
    },
    {
      field: 'observed.graduates[later]',
      change: (i) => (i.programs[0].observed = { graduates: { later: 3 } as never }),
      message: /program "btc".*observed\.graduates\[later\].*whole years/
    }
  ];
  it.each(cases)('$field', ({ field, change, message }) => {
    const e = errorOf(change);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(message);
  });

  it('of the uncertainty and simulate options', () => {
    expect(() => simulate(valid(), { uncertain: { siteCorrelation: 1.5 } })).toThrow(
      /uncertain.*siteCorrelation/
    );
    expect(() => simulate(valid(), { shortageShare: -0.1 })).toThrow(/shortageShare/);
  });
});
