/**
 * `simulate` at France-wide scale (issue 14): blocks of runs (the browser's workers) give the
 * same result as one call, and where a level does not fit the exact budget its histogram
 * quantiles stay close to the exact ones (compared with an unbounded budget).
 */
import { describe, expect, it } from 'vitest';
import {
  finishSimulation,
  prepareSimulation,
  simulate,
  simulateRuns,
  type SimulationResult
} from '../../../src/lib/forecast/simulate.ts';
import {
  addToSketch,
  createSketch,
  setSketchRange,
  sketchQuantiles
} from '../../../src/lib/forecast/sketch.ts';
import { SKETCH_BINS } from '../../../src/lib/forecast/simulate.ts';
import { nationalInput } from '../../../scripts/lib/national.ts';
import { FIXTURE, WIDE_UNCERTAIN } from './fixture.ts';

const fixture = { ...FIXTURE, scenario: { years: [2024, 2035] as [number, number] } };

describe('simulate in blocks of runs', () => {
  it('gives exactly the one-call result, all series kept in full', () => {
    const options = {
      runs: 1000,
      seed: 5,
      uncertain: WIDE_UNCERTAIN,
      groups: { hdf: ['acc-douvrin', 'aesc-douai'] }
    };
    const one = simulate(fixture, options);
    expect(one.approximation).toMatchObject({ sketched: 0, maxRankError: 0 });
    const prep = prepareSimulation(fixture, options);
    const parts = [
      simulateRuns(prep, 700, 1000),
      simulateRuns(prep, 0, 333),
      simulateRuns(prep, 333, 700)
    ];
    expect(finishSimulation(prep, parts)).toEqual(one);
  });

  it('gives exactly the one-call result with histograms (a tiny exact budget)', () => {
    const options = { runs: 600, seed: 2, uncertain: WIDE_UNCERTAIN, exactBudgetBytes: 600_000 };
    const one = simulate(fixture, options);
    expect(one.approximation.exact).toEqual(['total', 'regions', 'groups']); // no groups asked
    expect(one.approximation.sketched).toBeGreaterThan(0);
    const prep = prepareSimulation(fixture, options);
    const split = finishSimulation(prep, [
      simulateRuns(prep, 0, 250),
      simulateRuns(prep, 250, 600)
    ]);
    expect(split).toEqual(one);
  });

  it('counts each sketched series as a histogram of its stored runs would, bit for bit', () => {
    // The reference: every series kept in full, each then counted into a histogram of its own
    // (its bins from its first 64 runs, as the pilot's). The sketched simulation counts its
    // series from its tiles of 64 runs as they are made: same values, same counts, so the same
    // quantiles to the last bit. 301 runs: a partial tile and a lone last run.
    const runs = 301;
    const options = { runs, seed: 3, uncertain: WIDE_UNCERTAIN, rows: true };
    const sketched = prepareSimulation(fixture, { ...options, exactBudgetBytes: 400_000 });
    const part = simulateRuns(sketched, 0, runs);
    expect(sketched.nSketch).toBeGreaterThan(100);
    const full = prepareSimulation(fixture, { ...options, exactBudgetBytes: 1e9 });
    const store = simulateRuns(full, 0, runs).exact;
    const values = (i: number) =>
      Float64Array.from({ length: runs }, (_, r) => {
        const at = ((r >> 6) * full.nExact + full.exactIndex[i]) * 64 + (r & 63);
        return store[at];
      });
    const sketch = { ...createSketch(sketched.nSketch, SKETCH_BINS), ...part };
    const bins = SKETCH_BINS + 3;
    let compared = 0;
    for (let i = 0; i < sketched.layout.count; i++) {
      const e = sketched.sketchIndex[i];
      if (e < 0) continue;
      const own = createSketch(1, SKETCH_BINS);
      const x = values(i);
      setSketchRange(own, 0, x, 0, 64);
      addToSketch(own, 0, x, 0, runs);
      expect([part.lo[e], part.width[e], part.min[e], part.max[e]]).toEqual([
        own.lo[0],
        own.width[0],
        own.min[0],
        own.max[0]
      ]);
      expect(part.counts.subarray(e * bins, (e + 1) * bins)).toEqual(own.counts);
      expect(sketchQuantiles(sketch, e, [0.1, 0.5, 0.9])).toEqual(
        sketchQuantiles(own, 0, [0.1, 0.5, 0.9])
      );
      compared++;
    }
    expect(compared).toBe(sketched.nSketch);
  });

  it('refuses blocks that miss runs', () => {
    const prep = prepareSimulation(fixture, { runs: 100 });
    expect(() => finishSimulation(prep, [simulateRuns(prep, 0, 50)])).toThrow(/runs to 100/);
  });
});

describe('simulate on the national input', () => {
  const input = nationalInput();
  const options = { runs: 1000, seed: 1, uncertain: WIDE_UNCERTAIN, rows: false };
  let sketched: SimulationResult;
  let exact: SimulationResult;

  it('keeps the total and régions exact and sketches the sites past the budget', () => {
    // 5 MB at 1 000 runs: the total and régions fit (3.7 MB), the sites (74 MB) do not.
    sketched = simulate(input, { ...options, exactBudgetBytes: 5_000_000 });
    exact = simulate(input, { ...options, exactBudgetBytes: Infinity });
    expect(sketched.approximation.exact).toEqual(['total', 'regions', 'groups']);
    expect(exact.approximation.sketched).toBe(0);
    expect(sketched.total).toEqual(exact.total);
    expect(sketched.regions).toEqual(exact.regions);
    expect(sketched.shortageProbability).toEqual(exact.shortageProbability);
  }, 60_000);

  it('gives site quantiles within 3 % of the exact band (p90 − p10) + ½, half within 0.2 %', () => {
    const errors: number[] = [];
    sketched.sites.forEach((row, i) => {
      for (const k of ['jobs', 'trained', 'unfilled', 'surplus'] as const) {
        const e = exact.sites[i][k];
        const band = e.p90 - e.p10;
        for (const p of ['p10', 'p50', 'p90'] as const) {
          // Half a person: series with a point mass (a site not started in most runs).
          const err = Math.abs(row[k][p] - e[p]);
          expect(err).toBeLessThanOrEqual(0.03 * band + 0.5);
          if (band > 1) errors.push(err / band);
        }
      }
    });
    errors.sort((a, b) => a - b);
    expect(errors.length).toBeGreaterThan(10_000);
    expect(errors[errors.length >> 1]).toBeLessThan(0.002);
  });

  it('keeps the sites asked for in full: their quantiles are exact, none sketched', () => {
    // A région's sites (what a territory page shows). At 1 000 runs the default budget holds
    // 16 384 series: the total and régions (912) and a région's sites (36 series each) fit,
    // the 505 sites (18 180) do not. So the sites asked for are kept in full and their
    // quantiles are the exact ones to the last bit (error 0), with no histogram at all.
    const region = input.sites[0].region;
    const ids = input.sites.filter((s) => s.region === region).map((s) => s.id);
    expect(ids.length).toBeGreaterThan(10);
    const some = simulate(input, { ...options, sites: ids });
    expect(simulate(input, options).approximation.sketched).toBe(18_180);
    expect(some.approximation).toMatchObject({ sketched: 0, maxRankError: 0 });
    expect(some.approximation.exact).toContain('sites');
    expect(some.sites).toEqual(exact.sites.filter((r) => ids.includes(r.siteId!)));
    expect(some.sites.length).toBe(ids.length * 12);
    expect(some.total).toEqual(exact.total);
    expect(some.regions).toEqual(exact.regions);
    expect(some.shortageProbability).toEqual(exact.shortageProbability);
  }, 60_000);
});

describe('simulate with the sites a page reads', () => {
  const options = { runs: 400, seed: 4, uncertain: WIDE_UNCERTAIN };
  const full = simulate(fixture, options);
  const ids = ['acc-douvrin', 'aesc-douai'];

  it('reports only those sites, each row as in the full result; sums and shortages unchanged', () => {
    const some = simulate(fixture, { ...options, sites: ids });
    expect(new Set(some.sites.map((r) => r.siteId))).toEqual(new Set(ids));
    expect(some.sites).toEqual(full.sites.filter((r) => ids.includes(r.siteId!)));
    expect(some.rows.length).toBeGreaterThan(0);
    expect(some.rows).toEqual(full.rows.filter((r) => ids.includes(r.siteId)));
    expect(some.total).toEqual(full.total);
    expect(some.regions).toEqual(full.regions);
    expect(some.shortageProbability).toEqual(full.shortageProbability);
  });

  it('reports no site with an empty list, and names an unknown site', () => {
    const none = simulate(fixture, { ...options, sites: [] });
    expect(none.sites).toEqual([]);
    expect(none.rows).toEqual([]);
    expect(none.total).toEqual(full.total);
    expect(() => simulate(fixture, { ...options, sites: ['nowhere'] })).toThrow(
      /sites.*unknown site "nowhere"/
    );
  });
});
