/**
 * The browser's Monte Carlo on several workers: each worker runs one block of `splitRuns`, and
 * the merged parts are exactly one `simulate` call of the same seed, for any number of workers
 * (what `runMonteCarlo` does, without the Worker transport: parts cross it as plain copies).
 */
import { describe, expect, it } from 'vitest';
import {
  finishSimulation,
  prepareSimulation,
  simulate,
  simulateRuns,
  type SimulationPart
} from '../../../src/lib/forecast/index.ts';
import { splitRuns, MIN_RUNS_PER_WORKER } from '../../../src/lib/workers/monte-carlo.ts';
import { FIXTURE, WIDE_UNCERTAIN } from '../forecast/fixture.ts';

/** What a part is after postMessage: a structured clone. */
const cloned = (p: SimulationPart): SimulationPart => structuredClone(p);

describe('splitRuns', () => {
  it('cuts the runs into contiguous, even blocks, one per worker', () => {
    expect(splitRuns(10_000, 4)).toEqual([
      [0, 2500],
      [2500, 5000],
      [5000, 7500],
      [7500, 10_000]
    ]);
    expect(splitRuns(10_001, 3)).toEqual([
      [0, 3333],
      [3333, 6667],
      [6667, 10_001]
    ]);
    // No block under MIN_RUNS_PER_WORKER runs; one block for a small simulation.
    expect(splitRuns(1200, 8)).toHaveLength(Math.floor(1200 / MIN_RUNS_PER_WORKER));
    expect(splitRuns(100, 8)).toEqual([[0, 100]]);
  });
});

describe('the merged result of N workers', () => {
  const options = {
    runs: 4000,
    seed: 11,
    uncertain: WIDE_UNCERTAIN,
    rows: false,
    groups: { nord: ['acc-douvrin', 'aesc-douai', 'verkor-dunkerque'] }
  };
  const one = simulate(FIXTURE, options);

  it.each([1, 2, 3, 4, 8])('equals the single-worker result with %i worker(s)', (n) => {
    const prep = prepareSimulation(FIXTURE, options);
    const parts = splitRuns(options.runs, n).map(([from, to]) =>
      cloned(simulateRuns(prepareSimulation(FIXTURE, options), from, to))
    );
    expect(parts).toHaveLength(n);
    expect(finishSimulation(prep, parts)).toEqual(one);
  });

  it('equals it where some levels are histograms', () => {
    const small = { ...options, exactBudgetBytes: 1_000_000 };
    const whole = simulate(FIXTURE, small);
    expect(whole.approximation.sketched).toBeGreaterThan(0);
    const prep = prepareSimulation(FIXTURE, small);
    const parts = splitRuns(small.runs, 3).map(([from, to]) =>
      cloned(simulateRuns(prep, from, to))
    );
    expect(finishSimulation(prep, parts)).toEqual(whole);
  });
});
