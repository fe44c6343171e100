/**
 * The page's side of the Monte Carlo worker: one worker, started on first use; a new request
 * supersedes the one before (its answer, if it still comes, is dropped).
 */
import type { ProjectionInput, SimulateOptions, SimulationResult } from '../forecast/index.ts';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (r: MonteCarloAnswer) => void; reject: (e: Error) => void }
>();

export interface MonteCarloAnswer {
  result: SimulationResult;
  /** Time spent in the worker, ms. */
  ms: number;
}

export class Superseded extends Error {
  constructor() {
    super('superseded by a newer request');
    this.name = 'Superseded';
  }
}

function start(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./simulate.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent) => {
    const { id, result, error, ms } = event.data;
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (error) p.reject(new Error(error));
    else p.resolve({ result, ms });
  };
  return worker;
}

export function runMonteCarlo(
  input: ProjectionInput,
  options: SimulateOptions
): Promise<MonteCarloAnswer> {
  const w = start();
  for (const [id, p] of pending) {
    p.reject(new Superseded());
    pending.delete(id);
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // Plain data only: structured clone of the input.
    w.postMessage({ id, input: JSON.parse(JSON.stringify(input)), options });
  });
}
