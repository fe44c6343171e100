/// <reference lib="webworker" />
/**
 * Monte Carlo off the main thread: one block of the runs [from, to) of a simulation, so that
 * several workers share the runs (monte-carlo.ts merges their parts). Receives
 * { id, input, options, from, to }, answers { id, part, ms } (ms: the time this worker spent on
 * it) or { id, error }. The part is copied,
 * not transferred: a detached buffer would slow every typed-array access of this worker.
 */
import {
  prepareSimulation,
  simulateRuns,
  type ProjectionInput,
  type SimulateOptions
} from '../forecast/index.ts';

interface Request {
  id: number;
  input: ProjectionInput;
  options: SimulateOptions;
  from: number;
  to: number;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, input, options, from, to } = event.data;
  try {
    const t0 = performance.now();
    const prep = prepareSimulation(input, options);
    const part = simulateRuns(prep, from, to);
    self.postMessage({ id, part, ms: performance.now() - t0 });
  } catch (error) {
    self.postMessage({ id, error: (error as Error).message });
  }
};
