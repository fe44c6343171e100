/**
 * The page `npm run bench:browser` drives for the national Monte Carlo: the app's own
 * `runMonteCarlo` (src/lib/workers/monte-carlo.ts) with 1 or N workers on the synthetic
 * national input (input.json, written by `npm run data:national`), as the pages call it (sums).
 */
import { runMonteCarlo } from '../../src/lib/workers/monte-carlo.ts';
import type { ProjectionInput, Uncertain } from '../../src/lib/forecast/index.ts';

declare global {
  interface Window {
    benchMonteCarlo: (
      workers: number,
      uncertain: Uncertain,
      runs: number
    ) => Promise<{ ms: number; workers: number; fingerprint: string }>;
  }
}

const input: Promise<ProjectionInput> = fetch('./input.json').then((r) => r.json());

window.benchMonteCarlo = async (workers, uncertain, runs) => {
  const {
    result,
    ms,
    workers: used
  } = await runMonteCarlo(await input, { runs, seed: 1, uncertain, rows: false }, { workers });
  // The whole result, to check that N workers give what one gives.
  return { ms, workers: used, fingerprint: JSON.stringify(result) };
};
