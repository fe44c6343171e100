/**
 * What the model workers do, as one plain function over messages, so that every path a page
 * sends off the main thread is testable in Node without a Worker (tests/unit/workers/tasks.test.ts).
 *
 * - `runs`: one block [from, to) of a Monte Carlo (`simulateRuns`);
 * - `finish`: the merge of every block into the result (`finishSimulation`: the quantiles of
 *   10 000 runs, ≈ 350 ms of a phone's main thread on the overview, measured in Chromium with a
 *   4× CPU slowdown: it ran on the page before, now in the first worker);
 * - `closing`: the places and euros that close the gap (`placesToCloseGap`);
 * - `sensitivity`: the tornado's bars (`sensitivity`).
 *
 * The answer of a task is exactly that of the library function on the same input: the worker only
 * moves where it runs.
 *
 * @example
 *   const run = createTaskRunner();
 *   run({ kind: 'closing', id: 1, input, options: { byYear: 2030 } });
 *   // → { id: 1, value: { totalExtraPlaces: …, … }, ms: 12 }
 */
import {
  finishSimulation,
  placesToCloseGap,
  prepareSimulation,
  sensitivity,
  simulateRuns,
  type PlacesToCloseGapOptions,
  type ProjectionInput,
  type SensitivityOptions,
  type SimulateOptions,
  type SimulationPart,
  type Uncertain
} from '../forecast/index.ts';

export type TaskRequest =
  | {
      kind: 'runs';
      id: number;
      input: ProjectionInput;
      options: SimulateOptions;
      from: number;
      to: number;
    }
  | {
      kind: 'finish';
      id: number;
      input: ProjectionInput;
      options: SimulateOptions;
      parts: SimulationPart[];
    }
  | { kind: 'closing'; id: number; input: ProjectionInput; options: PlacesToCloseGapOptions }
  | {
      kind: 'sensitivity';
      id: number;
      input: ProjectionInput;
      uncertain: Uncertain;
      options: SensitivityOptions;
    };

/** The task's value and the time this worker spent on it (ms), or the error's message. */
export type TaskAnswer = { id: number; value: unknown; ms: number } | { id: number; error: string };

/**
 * A worker's task runner. It keeps the simulation it prepared for its last `runs` block, so that
 * the `finish` of the same request (same id) does not compile the input a second time.
 */
export function createTaskRunner(): (request: TaskRequest) => TaskAnswer {
  let prepared: { id: number; prep: ReturnType<typeof prepareSimulation> } | null = null;
  const prepare = (id: number, input: ProjectionInput, options: SimulateOptions) => {
    if (prepared?.id !== id) prepared = { id, prep: prepareSimulation(input, options) };
    return prepared.prep;
  };
  return (request) => {
    const t0 = performance.now();
    try {
      let value: unknown;
      switch (request.kind) {
        case 'runs':
          value = simulateRuns(
            prepare(request.id, request.input, request.options),
            request.from,
            request.to
          );
          break;
        case 'finish':
          value = finishSimulation(
            prepare(request.id, request.input, request.options),
            request.parts
          );
          prepared = null;
          break;
        case 'closing':
          value = placesToCloseGap(request.input, request.options);
          break;
        case 'sensitivity':
          value = sensitivity(request.input, request.uncertain, request.options);
          break;
        default:
          throw new Error(`unknown task ${JSON.stringify((request as { kind?: unknown }).kind)}`);
      }
      return { id: request.id, value, ms: performance.now() - t0 };
    } catch (error) {
      return { id: request.id, error: (error as Error).message };
    }
  };
}
