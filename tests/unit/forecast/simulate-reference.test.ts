/**
 * `simulate` against a plain reference: the same draws (one mulberry32 stream, parameters in
 * UNCERTAIN_ORDER), each run through `project()` with the drawn values in the scenario, every
 * row's values sorted and read with the type-7 quantile. The fast path (compiled plan, float32
 * store of differences from the central run, rows without trained people derived from the jobs,
 * selection instead of sorting) must give the same numbers.
 */
import { describe, expect, it } from 'vitest';
import {
  project,
  quantileSorted,
  simulate,
  type ProjectionInput,
  type Quantiles,
  type Uncertain
} from '../../../src/lib/forecast/index.ts';
import { mulberry32, triangular } from '../../../src/lib/forecast/random.ts';
import { UNCERTAIN_ORDER } from '../../../src/lib/forecast/simulate.ts';
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

/** Per row, per site × year and per year: the values of every run, then their quantiles. */
function reference(input: ProjectionInput, runs: number, seed: number, uncertain: Uncertain) {
  const rand = mulberry32(seed);
  const keys = UNCERTAIN_ORDER.filter((k) => uncertain[k] !== undefined);
  const rowRuns: { jobs: number[]; trained: number[]; gap: number[] }[] = [];
  const sums = new Map<string, { jobs: number[]; trained: number[]; gap: number[] }>();
  const sum = (key: string, r: number, jobs: number, trained: number, gap: number): void => {
    let s = sums.get(key);
    if (!s) sums.set(key, (s = { jobs: [], trained: [], gap: [] }));
    s.jobs[r] = (s.jobs[r] ?? 0) + jobs;
    s.trained[r] = (s.trained[r] ?? 0) + trained;
    s.gap[r] = (s.gap[r] ?? 0) + gap;
  };
  const last = input.scenario.years[1];
  const short = new Map<string, number>();
  for (let r = 0; r < runs; r++) {
    const scenario = { ...input.scenario };
    for (const k of keys) scenario[k] = triangular(rand, uncertain[k]!);
    const rows = project({ ...input, scenario });
    rows.forEach((row, i) => {
      rowRuns[i] ??= { jobs: [], trained: [], gap: [] };
      rowRuns[i].jobs.push(row.jobs);
      rowRuns[i].trained.push(row.trained);
      rowRuns[i].gap.push(row.gap);
      sum(`${row.siteId} ${row.year}`, r, row.jobs, row.trained, row.gap);
      sum(`total ${row.year}`, r, row.jobs, row.trained, row.gap);
    });
    for (const [key, s] of sums) {
      const [id, year] = key.split(' ');
      if (Number(year) === last && s.gap[r] > 0) short.set(id, (short.get(id) ?? 0) + 1);
    }
  }
  const q = (s: { jobs: number[]; trained: number[]; gap: number[] }) => ({
    jobs: quantiles(s.jobs),
    trained: quantiles(s.trained),
    gap: quantiles(s.gap)
  });
  return {
    rows: rowRuns.map(q),
    sums: new Map([...sums].map(([k, s]) => [k, q(s)])),
    short: (id: string) => (short.get(id) ?? 0) / runs
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

function compare(input: ProjectionInput, runs: number, seed: number, uncertain: Uncertain): void {
  const sim = simulate(input, { runs, seed, uncertain });
  const ref = reference(input, runs, seed, uncertain);
  expect(sim.rows).toHaveLength(ref.rows.length);
  sim.rows.forEach((row, i) => {
    const what = `${row.siteId} ${row.occupation} ${row.year}`;
    expectClose(row.jobs, ref.rows[i].jobs, `${what} jobs`);
    expectClose(row.trained, ref.rows[i].trained, `${what} trained`);
    expectClose(row.gap, ref.rows[i].gap, `${what} gap`);
  });
  for (const row of [...sim.sites, ...sim.total]) {
    const key = `${row.siteId ?? 'total'} ${row.year}`;
    const expected = ref.sums.get(key)!;
    expectClose(row.jobs, expected.jobs, `${key} jobs`);
    expectClose(row.trained, expected.trained, `${key} trained`);
    expectClose(row.gap, expected.gap, `${key} gap`);
  }
  expect(sim.shortageProbability.total).toBe(ref.short('total'));
  for (const s of input.sites) expect(sim.shortageProbability.bySite[s.id]).toBe(ref.short(s.id));
}

const wide = WIDE_UNCERTAIN;

describe('simulate equals the reference (project per run, sort, type-7 quantile)', () => {
  it('on the fixture: site and région programmes, initial stocks, 0-share occupations', () => {
    // 1 500 runs: above the size where selection switches from copying to bracketing.
    compare(FIXTURE, 1500, 11, wide);
  });

  it('with an odd number of runs and only some parameters drawn', () => {
    compare(FIXTURE, 777, 5, {
      attritionRate: { low: 0.02, mode: 0.1, high: 0.2 },
      completionScale: { low: 0.7, mode: 0.9, high: 1 },
      placementScale: { low: 0.8, mode: 1, high: 1 }
    });
  });

  it('where nothing is drawn, or a site has no one trained at all', () => {
    const input: ProjectionInput = {
      sites: [
        site({ id: 'a', occupationMix: { operator: 0.7, technician: 0.3 } }),
        site({ id: 'b', region: '11', targetJobs: 400, initialTrained: 50 }),
        site({ id: 'c', region: '44', targetJobs: 900, productionStart: 2027, fullCapacity: 2031 })
      ],
      programs: [program({ target: { site: 'a' } })],
      scenario: { years: [2024, 2032] }
    };
    compare(input, 300, 2, {});
    compare(input, 2000, 9, { delayYears: { low: -1, mode: 0, high: 2 } });
    compare(input, 2000, 9, { attritionRate: { low: 0, mode: 0.05, high: 0.3 } });
  });
});
