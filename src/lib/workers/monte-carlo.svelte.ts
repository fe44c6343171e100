/**
 * A page's Monte Carlo: runs in the worker whenever the job changes (a lever, the preset, the
 * territory), never for a change that leaves the job as it was (e.g. the year shown), and
 * exposes the answer only while it still matches the current job.
 * Create it during component initialisation: `const mc = new MonteCarlo(() => ({ … }))`.
 */
import { untrack } from 'svelte';
import type { ProjectionInput, SimulationResult, Uncertain } from '../forecast/index.ts';

export interface MonteCarloJob {
  input: ProjectionInput;
  uncertain: Uncertain;
  runs: number;
  seed?: number;
  /** The sites whose own rows the page reads (default every site). */
  sites?: readonly string[];
  /** Wait this long after the last change before starting (slider drags), ms. */
  delayMs?: number;
}

export class MonteCarlo {
  #job: () => MonteCarloJob | null;
  #answer = $state<{ result: SimulationResult; key: string; ms: number } | null>(null);
  #key = $derived.by(() => {
    const job = this.#job();
    return job && job.input.sites.length
      ? JSON.stringify([job.input, job.uncertain, job.runs, job.seed ?? 1, job.sites ?? null])
      : null;
  });

  constructor(job: () => MonteCarloJob | null) {
    this.#job = job;
    $effect(() => {
      const key = this.#key;
      if (!key || untrack(() => this.#answer?.key) === key) return;
      const job = untrack(() => $state.snapshot(this.#job()) as MonteCarloJob);
      const timer = setTimeout(() => {
        import('./monte-carlo.ts')
          .then(({ runMonteCarlo }) =>
            runMonteCarlo(job.input, {
              runs: job.runs,
              seed: job.seed ?? 1,
              uncertain: job.uncertain,
              sites: job.sites,
              // Pages read sums only (sites, régions, total): no per-row quantiles.
              rows: false
            })
          )
          .then(({ result, ms }) => (this.#answer = { result, key, ms }))
          .catch((e: Error) => {
            if (e.name !== 'Superseded') console.warn(e.message);
          });
      }, job.delayMs ?? 0);
      return () => clearTimeout(timer);
    });
  }

  /** The simulation of the current job, or null while it runs. */
  get result(): SimulationResult | null {
    return this.#answer && this.#answer.key === this.#key ? this.#answer.result : null;
  }

  /** Time from the request to the merged result of the workers, ms. */
  get ms(): number | null {
    return this.result ? this.#answer!.ms : null;
  }
}
