/**
 * The workers' tasks (src/lib/workers/tasks.ts), without the Worker transport: what the page
 * gets back is exactly what the library gives on the main thread, for the Monte Carlo merged in
 * the first worker, "what it takes" and the tornado; a bad input comes back as its message.
 */
import { describe, expect, it } from 'vitest';
import {
  placesToCloseGap,
  sensitivity,
  simulate,
  type SimulationPart
} from '../../../src/lib/forecast/index.ts';
import { splitRuns } from '../../../src/lib/workers/monte-carlo.ts';
import { createTaskRunner, type TaskAnswer } from '../../../src/lib/workers/tasks.ts';
import { FIXTURE, WIDE_UNCERTAIN } from '../forecast/fixture.ts';

/** What crosses postMessage: a structured clone. */
const cloned = <T>(x: T): T => structuredClone(x);
const valueOf = (a: TaskAnswer) => {
  if ('error' in a) throw new Error(a.error);
  expect(a.ms).toBeGreaterThanOrEqual(0);
  return a.value;
};

describe('the Monte Carlo merged in the first worker', () => {
  const options = { runs: 3000, seed: 7, uncertain: WIDE_UNCERTAIN, rows: false };
  const one = simulate(FIXTURE, options);

  it.each([1, 2, 3])('equals one simulate call with %i worker(s)', (n) => {
    const runners = Array.from({ length: n }, () => createTaskRunner());
    const parts = splitRuns(options.runs, n).map(
      ([from, to], k) =>
        cloned(
          valueOf(runners[k]({ kind: 'runs', id: 5, input: FIXTURE, options, from, to }))
        ) as SimulationPart
    );
    const merged = valueOf(
      runners[0]({ kind: 'finish', id: 5, input: FIXTURE, options, parts: cloned(parts) })
    );
    expect(merged).toEqual(one);
    expect((merged as typeof one).shortageProbability.total).toBe(one.shortageProbability.total);
  });

  it('merges in a worker that did not run a block of the request (it prepares it itself)', () => {
    const worker = createTaskRunner();
    const parts = splitRuns(options.runs, 2).map(
      ([from, to]) =>
        valueOf(
          createTaskRunner()({ kind: 'runs', id: 9, input: FIXTURE, options, from, to })
        ) as SimulationPart
    );
    expect(valueOf(worker({ kind: 'finish', id: 9, input: FIXTURE, options, parts }))).toEqual(one);
  });

  it('answers a bad request with the library’s message, naming the field', () => {
    const run = createTaskRunner();
    const bad = { ...options, runs: -3 };
    expect(run({ kind: 'runs', id: 1, input: FIXTURE, options: bad, from: 0, to: 1 })).toEqual({
      id: 1,
      error: expect.stringMatching(/runs.*whole number ≥ 1, got -3/)
    });
    const missing = valueOf(
      run({ kind: 'runs', id: 2, input: FIXTURE, options, from: 0, to: 1000 })
    ) as SimulationPart;
    expect(run({ kind: 'finish', id: 2, input: FIXTURE, options, parts: [missing] })).toMatchObject(
      { id: 2, error: expect.stringMatching(/runs to 3000 expected/) }
    );
  });
});

describe('the slow answers of the workbench', () => {
  it('gives the places that close the gap, as placesToCloseGap on the page did', () => {
    const options = { byYear: 2030, fromYear: 2026 };
    const value = valueOf(
      createTaskRunner()({ kind: 'closing', id: 3, input: cloned(FIXTURE), options })
    ) as ReturnType<typeof placesToCloseGap>;
    const expected = placesToCloseGap(FIXTURE, options);
    expect(value).toEqual(expected);
    expect(value.byYear).toBe(2030);
    expect(value.totalExtraPlaces).toBe(expected.totalExtraPlaces);
  });

  it('gives the tornado’s bars, as sensitivity on the page did', () => {
    const value = valueOf(
      createTaskRunner()({
        kind: 'sensitivity',
        id: 4,
        input: cloned(FIXTURE),
        uncertain: WIDE_UNCERTAIN,
        options: { year: 2030 }
      })
    ) as ReturnType<typeof sensitivity>;
    const expected = sensitivity(FIXTURE, WIDE_UNCERTAIN, { year: 2030 });
    expect(value.length).toBeGreaterThan(0);
    expect(value).toEqual(expected);
  });

  it('names an unknown task and a closing year outside the scenario', () => {
    const run = createTaskRunner();
    expect(run({ kind: 'nope', id: 6 } as never)).toEqual({ id: 6, error: 'unknown task "nope"' });
    expect(
      run({ kind: 'closing', id: 7, input: FIXTURE, options: { byYear: 2050 } })
    ).toMatchObject({ id: 7, error: expect.stringMatching(/byYear/) });
  });
});
