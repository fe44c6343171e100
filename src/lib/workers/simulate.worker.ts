/// <reference lib="webworker" />
/**
 * Monte Carlo off the main thread: the page never blocks while 10 000 projections run.
 * Receives { id, input, options }, answers { id, result } or { id, error }.
 */
import { simulate, type ProjectionInput, type SimulateOptions } from '../forecast/index.ts';

interface Request {
  id: number;
  input: ProjectionInput;
  options: SimulateOptions;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, input, options } = event.data;
  const t0 = performance.now();
  try {
    const result = simulate(input, options);
    // Per-occupation rows are not drawn by the pages: leave them in the worker.
    self.postMessage({ id, result: { ...result, rows: [] }, ms: performance.now() - t0 });
  } catch (error) {
    self.postMessage({ id, error: (error as Error).message });
  }
};
