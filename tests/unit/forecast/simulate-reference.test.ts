/**
 * `simulate` against a plain reference. The reference takes the same draws (`makeDrawer` on one
 * mulberry32 stream: parameters in UNCERTAIN_ORDER, per-site delays and targets through the
 * Gaussian copula), turns each run's draw into a plain scenario with `drawnScenario`, runs
 * `projectDetailed()` on it, sums the rows (unfilled and surplus of the cells, plus the pools'
 * available people for régions and the total; simulate's `gap` is its unfilled jobs, never
 * netted), and reads every series with a sort and the type-7 quantile. The fast path (compiled plan, draws applied to resolved arrays, float32 store of
 * differences from the scenario's run, rows without anyone in post derived from the jobs,
 * selection instead of sorting, shortage counted in the run loop) must give the same numbers.
 *
 * History: the stocks built before the horizon are run once at the scenario's own values and are
 * not drawn (docs/model.md, "Uncertainty"), while `project()` of a drawn scenario rebuilds them
 * with the drawn values. The two agree only where no draw can move the history, so every input
 * here has either no cohort graduating before the horizon, or a history that no draw can move
 * (observed hires into sites with no jobs yet); `v2.test.ts` checks that simulate holds a
 * movable history fixed.
 */
import { describe, expect, it } from 'vitest';
import {
  projectDetailed,
  quantileSorted,
  simulate,
  type ProjectionInput,
  type Quantiles,
  type Uncertain
} from '../../../src/lib/forecast/index.ts';
import type { Draw } from '../../../src/lib/forecast/engine.ts';
import { mulberry32 } from '../../../src/lib/forecast/random.ts';
import { drawnScenario, makeDrawer } from '../../../src/lib/forecast/simulate.ts';
import { FIXTURE, WIDE_UNCERTAIN } from './fixture.ts';
import { program, site } from './helpers.ts';

/** The quantiles, and the largest |value|: simulate keeps float32 differences from the central
 * run, exact to about 1e-7 of the values' size, so that is the scale of the tolerance. */
type Expected = Quantiles & { size: number };

function quantiles(values: number[]): Expected {
  const s = [...values].sort((a, b) => a - b);
  return {
    p10: quantileSorted(s, 0.1),
    p50: quantileSorted(s, 0.5),
    p90: quantileSorted(s, 0.9),
    size: Math.max(Math.abs(s[0]), Math.abs(s[s.length - 1]))
  };
}

type Series = { jobs: number[]; trained: number[]; gap: number[]; unfilled: number[] };
type SumSeries = Series & { surplus: number[] };
const KEYS = ['jobs', 'trained', 'gap', 'unfilled'] as const;

interface Options {
  groups?: Record<string, readonly string[]>;
  shortageShare?: number;
}

/** Per row, per site, région, group and in total: the values of every run, then quantiles. */
function reference(
  input: ProjectionInput,
  runs: number,
  seed: number,
  uncertain: Uncertain,
  options: Options = {}
) {
  const nS = input.sites.length;
  const siteIds = input.sites.map((s) => s.id);
  const regionOf = new Map(input.sites.map((s) => [s.id, s.region]));
  const drawInto = makeDrawer(uncertain, nS, mulberry32(seed));
  const draw: Draw = { siteDelay: new Float64Array(nS), siteScale: new Float64Array(nS).fill(1) };
  const share = options.shortageShare ?? 0.1;
  const last = input.scenario.years[1];
  const rowRuns: Series[] = [];
  const sums = new Map<string, SumSeries>();
  const add = (key: string, r: number, v: Record<keyof SumSeries, number>): void => {
    let s = sums.get(key);
    if (!s) sums.set(key, (s = { jobs: [], trained: [], gap: [], unfilled: [], surplus: [] }));
    for (const k of [...KEYS, 'surplus'] as const) s[k][r] = (s[k][r] ?? 0) + v[k];
  };
  // Every sum simulate reports: sites, the régions of sites and of région targets, groups, total.
  const regions = new Set([
    ...input.sites.map((s) => s.region),
    ...input.programs.flatMap((p) => ('region' in p.target ? [p.target.region] : []))
  ]);
  const keys: string[] = [];
  for (let year = input.scenario.years[0]; year <= last; year++) {
    for (const id of siteIds) keys.push(`site ${id} ${year}`);
    for (const code of regions) keys.push(`region ${code} ${year}`);
    for (const id of Object.keys(options.groups ?? {})) keys.push(`group ${id} ${year}`);
    keys.push(`total  ${year}`);
  }
  const zero = { jobs: 0, trained: 0, gap: 0, unfilled: 0, surplus: 0 };
  const short = new Map<string, number>();
  for (let r = 0; r < runs; r++) {
    drawInto(draw);
    const scenario = drawnScenario(input.scenario, draw, siteIds, input.programs);
    const detail = projectDetailed({ ...input, scenario });
    for (const key of keys) add(key, r, zero);
    detail.rows.forEach((row, i) => {
      rowRuns[i] ??= { jobs: [], trained: [], gap: [], unfilled: [] };
      for (const k of KEYS) rowRuns[i][k].push(row[k]);
      const v = { ...row, surplus: row.surplus };
      add(`site ${row.siteId} ${row.year}`, r, v);
      add(`region ${row.region} ${row.year}`, r, v);
      add(`total  ${row.year}`, r, v);
      for (const [id, members] of Object.entries(options.groups ?? {}))
        if (members.includes(row.siteId)) add(`group ${id} ${row.year}`, r, v);
    });
    // The pools' available people: surplus of their région and of the total.
    const pool = { jobs: 0, trained: 0, gap: 0, unfilled: 0 };
    for (const a of detail.unplaced) {
      add(`region ${a.region} ${a.year}`, r, { ...pool, surplus: a.available });
      add(`total  ${a.year}`, r, { ...pool, surplus: a.available });
    }
    for (const [key, s] of sums) {
      const [, , year] = key.split(' ');
      if (Number(year) === last && s.unfilled[r] > share * s.jobs[r])
        short.set(key, (short.get(key) ?? 0) + 1);
    }
  }
  const q = (s: Series | SumSeries) =>
    Object.fromEntries(Object.entries(s).map(([k, v]) => [k, quantiles(v)])) as Record<
      keyof SumSeries,
      Expected
    >;
  return {
    rows: rowRuns.map(q),
    sum: (key: string) => {
      const s = sums.get(key);
      if (!s) throw new Error(`the reference has no ${key}`);
      return q(s);
    },
    short: (kind: string, id: string) => (short.get(`${kind} ${id} ${last}`) ?? 0) / runs,
    regionOf
  };
}

function expectClose(actual: Quantiles, expected: Expected, what: string): void {
  for (const p of ['p10', 'p50', 'p90'] as const) {
    const tolerance = 1e-6 * Math.max(1, expected.size);
    if (!(Math.abs(actual[p] - expected[p]) <= tolerance)) {
      throw new Error(`${what} ${p}: simulate gives ${actual[p]}, the reference ${expected[p]}`);
    }
  }
}

function compare(
  input: ProjectionInput,
  runs: number,
  seed: number,
  uncertain: Uncertain,
  options: Options = {}
): void {
  const sim = simulate(input, { runs, seed, uncertain, ...options });
  const ref = reference(input, runs, seed, uncertain, options);
  expect(sim.rows).toHaveLength(ref.rows.length);
  sim.rows.forEach((row, i) => {
    const what = `${row.siteId} ${row.occupation} ${row.year}`;
    expectClose(row.jobs, ref.rows[i].jobs, `${what} jobs`);
    expectClose(row.trained, ref.rows[i].trained, `${what} trained`);
    // simulate's gap is the unfilled jobs, never netted: max(0, J − W) (a cell's J − W is
    // negative only where observed hires exceed the jobs).
    expectClose(row.gap, ref.rows[i].unfilled, `${what} gap`);
    expectClose(row.unfilled, ref.rows[i].unfilled, `${what} unfilled`);
  });
  const check = (key: string, row: (typeof sim.total)[number], surplus: boolean) => {
    const expected = ref.sum(key);
    expectClose(row.jobs, expected.jobs, `${key} jobs`);
    expectClose(row.trained, expected.trained, `${key} trained`);
    expectClose(row.gap, expected.unfilled, `${key} gap`);
    expectClose(row.unfilled, expected.unfilled, `${key} unfilled`);
    if (surplus) expectClose(row.surplus, expected.surplus, `${key} surplus`);
  };
  expect(sim.sites).toHaveLength(
    input.sites.length * (input.scenario.years[1] - input.scenario.years[0] + 1)
  );
  for (const row of sim.sites) {
    check(`site ${row.siteId} ${row.year}`, row, true);
    expect(row.region).toBe(ref.regionOf.get(row.siteId!));
  }
  for (const row of sim.regions) check(`region ${row.region} ${row.year}`, row, true);
  for (const row of sim.total) check(`total  ${row.year}`, row, true);
  for (const row of sim.groups)
    check(`group ${row.id} ${row.year}`, { ...row, surplus: row.unfilled }, false);
  expect(new Set(sim.groups.map((g) => g.id))).toEqual(new Set(Object.keys(options.groups ?? {})));
  const p = sim.shortageProbability;
  expect(p.threshold).toBe(options.shortageShare ?? 0.1);
  expect(p.total).toBe(ref.short('total', ''));
  for (const s of input.sites) expect(p.bySite[s.id], s.id).toBe(ref.short('site', s.id));
  for (const code of new Set(sim.regions.map((r) => r.region!)))
    expect(p.byRegion[code], code).toBe(ref.short('region', code));
}

const wide = WIDE_UNCERTAIN;
/** The fixture from 2023, its programmes' first intake: no cohort graduates before the horizon. */
const FROM_2023: ProjectionInput = {
  ...FIXTURE,
  scenario: { ...FIXTURE.scenario, years: [2023, 2035] }
};
const GROUPS = {
  'nord-dunkerque': ['verkor-dunkerque', 'prologium-dunkerque', 'neomat-gravelines'],
  flins: ['refactory-flins'],
  empty: []
};

/** The fixture with v2's fields: observed headcounts (a default lead from the reference class),
 * a brownfield site, a programme mix, a target share, observed graduates and hires, programmes
 * stopped at their funded end, per-site delays and targets in the scenario. */
const V2_FIXTURE: ProjectionInput = {
  sites: FIXTURE.sites.map((s) =>
    s.id === 'aesc-douai'
      ? {
          ...s,
          observations: [
            { date: '2024-06-30', jobs: 400 },
            { date: '2025-06-30', jobs: 650 },
            { date: '2026-01-21', jobs: 900 }
          ]
        }
      : s.id === 'acc-douvrin'
        ? { ...s, observations: [{ date: '2024-12-31', jobs: 1000 }] }
        : s.id === 'refactory-flins'
          ? { ...s, existingJobs: 400, reconversionJobs: 300 }
          : s
  ),
  programs: FIXTURE.programs.map((p) =>
    p.id === 'electromob-technicians'
      ? { ...p, occupationMix: { technician: 0.7, engineer: 0.3 } }
      : p.id === 'icm-flins'
        ? { ...p, targetShare: 0.35 }
        : p.id === 'aesc-operators'
          ? { ...p, observed: { graduates: { 2025: 200 }, hired: { 2026: 150 } } }
          : p
  ),
  scenario: {
    years: [2023, 2035],
    afterFundedEnd: 'stop',
    delayYears: 0.5,
    targetScale: 0.9,
    sites: { 'verkor-dunkerque': { delayYears: 1, targetScale: 0.8 } }
  }
};

describe('simulate equals the reference (drawnScenario per run, project, sort, type-7 quantile)', () => {
  it('on the fixture: site and région programmes, initial stocks, 0-share occupations, groups', () => {
    // 1 500 runs: above the size where selection switches from copying to bracketing.
    compare(FROM_2023, 1500, 11, wide, { groups: GROUPS });
  });

  it("on the fixture with v2's fields: observations, brownfield, mixes, observed figures", () => {
    compare(V2_FIXTURE, 600, 4, { ...wide, siteCorrelation: 0.2 }, { groups: GROUPS });
  });

  it('with an odd number of runs, only some parameters drawn, and another shortage share', () => {
    compare(
      FROM_2023,
      777,
      5,
      {
        attritionRate: { low: 0.02, mode: 0.1, high: 0.2 },
        completionScale: { low: 0.7, mode: 0.9, high: 1 },
        placementScale: { low: 0.8, mode: 1, high: 1 }
      },
      { shortageShare: 0.25 }
    );
  });

  it('where nothing is drawn, or a site has no one trained at all', () => {
    const input: ProjectionInput = {
      sites: [
        site({ id: 'a', occupationMix: { operator: 0.7, technician: 0.3 } }),
        site({ id: 'b', region: '11', targetJobs: 400, initialTrained: 50 }),
        site({ id: 'c', region: '44', targetJobs: 900, productionStart: 2027, fullCapacity: 2031 })
      ],
      programs: [
        program({ target: { site: 'a' } }),
        program({ id: 'r', target: { region: '24' } })
      ],
      scenario: { years: [2024, 2032] }
    };
    compare(input, 300, 2, {});
    compare(input, 2000, 9, { delayYears: { low: -1, mode: 0, high: 2 } });
    // Every site slips by the same draw, or each on its own.
    compare(input, 500, 9, { delayYears: { low: -1, mode: 0, high: 2 }, siteCorrelation: 1 });
    compare(input, 500, 9, { targetScale: { low: 0.5, mode: 1, high: 1.2 }, siteCorrelation: 0 });
    compare(input, 2000, 9, { attritionRate: { low: 0, mode: 0.05, high: 0.3 } });
  });

  it('with stocks from before the horizon that no draw can move', () => {
    // Linear ramps whose 5 % … first jobs come after 2024 under every drawn delay (≥ −1 year):
    // the history year 2024 has no post, so what it leaves is its observed hires: 20 operators
    // in post at s1 (observed hires are in post whatever the vacancies) and 30 technicians
    // available in région 32. From 2025 the draws move everything.
    const input: ProjectionInput = {
      sites: [
        site({
          id: 's1',
          productionStart: 2026,
          fullCapacity: 2030,
          targetJobs: 500,
          occupationMix: { operator: 0.7, technician: 0.3 }
        }),
        site({ id: 's2', productionStart: 2027, fullCapacity: 2031, targetJobs: 800 })
      ],
      programs: [
        program({
          id: 'p1',
          intake: 60,
          startYear: 2024,
          durationYears: 0.5,
          target: { site: 's1' },
          observed: { hired: { 2024: 20 } }
        }),
        program({
          id: 'p2',
          occupation: 'technician',
          intake: 100,
          startYear: 2024,
          durationYears: 0,
          placementRate: 0.5,
          target: { region: '32' },
          observed: { hired: { 2024: 30 } }
        })
      ],
      scenario: { years: [2025, 2032], rampShape: 'linear' }
    };
    // The history is there. In 2025 s1 still has no post (a = 2026): its 20 × 0.92 = 18.4 kept
    // lose the post, and p1's 60 graduates of 2025 (half of the 2024 and half of the 2025
    // cohort) find none: 18.4 + 60 = 78.4 operators available; technicians 30 × 0.92 + 100 × 0.5
    // = 77.6.
    const detail = projectDetailed(input);
    expect(detail.rows.find((r) => r.siteId === 's1' && r.year === 2025)!.trained).toBe(0);
    const available2025 = (occ: string) =>
      detail.unplaced.find((u) => u.year === 2025 && u.occupation === occ)!.available;
    expect(available2025('operator')).toBeCloseTo(78.4, 9);
    expect(available2025('technician')).toBeCloseTo(77.6, 9);
    compare(input, 800, 3, {
      delayYears: { low: -1, mode: 0, high: 2 },
      targetScale: { low: 0.6, mode: 1, high: 1.1 },
      intakeScale: { low: 0.5, mode: 1, high: 1.5 },
      attritionRate: { low: 0.02, mode: 0.08, high: 0.2 },
      placementScale: { low: 0.6, mode: 1, high: 1.2 },
      siteCorrelation: 0.3
    });
  });
});
