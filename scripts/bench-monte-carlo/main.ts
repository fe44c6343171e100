/**
 * The page `npm run bench:browser` drives for the national Monte Carlo: the app's own
 * `runMonteCarlo` (src/lib/workers/monte-carlo.ts) with 1 or N workers on the synthetic
 * national input (input.json, written by `npm run data:national`), as the pages call it (sums,
 * every site's shortage probability, no site's own bands: `monteCarloJob` outside a site page).
 */
import { runMonteCarlo } from '../../src/lib/workers/monte-carlo.ts';
import type { ProjectionInput, Uncertain } from '../../src/lib/forecast/index.ts';

declare global {
  interface Window {
    benchMonteCarlo: (
      workers: number,
      uncertain: Uncertain,
      runs: number
    ) => Promise<{ ms: number; workers: number; workerMs: number[]; fingerprint: string }>;
    benchSpin: (workers: number, steps: number) => Promise<number>;
  }
}

const input: Promise<ProjectionInput> = fetch('./input.json').then((r) => r.json());

window.benchMonteCarlo = async (workers, uncertain, runs) => {
  const {
    result,
    ms,
    workers: used,
    workerMs
  } = await runMonteCarlo(
    await input,
    { runs, seed: 1, uncertain, rows: false, sites: [] },
    { workers }
  );
  // The whole result, to check that N workers give what one gives.
  return { ms, workers: used, workerMs, fingerprint: JSON.stringify(result) };
};

const spinners: Worker[] = [];
/** The control: `steps` loop steps shared by `workers` workers; the wall time, ms. */
window.benchSpin = async (workers, steps) => {
  while (spinners.length < workers) {
    spinners.push(new Worker(new URL('./spin.worker.ts', import.meta.url), { type: 'module' }));
  }
  const t0 = performance.now();
  await Promise.all(
    spinners.slice(0, workers).map(
      (w) =>
        new Promise((resolve) => {
          w.onmessage = resolve;
          w.postMessage(Math.round(steps / workers));
        })
    )
  );
  return performance.now() - t0;
};
