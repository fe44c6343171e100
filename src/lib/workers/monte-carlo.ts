/**
 * The page's side of the Monte Carlo workers: as many workers as the device has cores
 * (`navigator.hardwareConcurrency`, at most `MAX_WORKERS`), started on first use, each running
 * a contiguous block of the runs (`splitRuns`). Run r draws from where one generator stream of
 * the seed would be at run r (mulberry32's jump-ahead), and the blocks' parts are merged by
 * `finishSimulation`: the result is exactly that of one `simulate` call with the same seed,
 * whatever the number of workers (tests/unit/workers/monte-carlo.test.ts). A new request
 * supersedes the one before (its parts, if they still come, are dropped).
 */
import {
  finishSimulation,
  prepareSimulation,
  type ProjectionInput,
  type SimulateOptions,
  type SimulationPart,
  type SimulationResult
} from '../forecast/index.ts';

/** Most workers started (beyond 8, merging and copying cost more than the runs save). */
export const MAX_WORKERS = 8;
/** Fewest runs a worker gets: below this a block costs more to start than it runs. */
export const MIN_RUNS_PER_WORKER = 500;

export interface MonteCarloAnswer {
  result: SimulationResult;
  /** Time from the request to the merged result, ms. */
  ms: number;
  /** Workers that ran a block. */
  workers: number;
  /** Time each worker spent on its block (prepare + runs), ms, in block order. */
  workerMs: number[];
}

export class Superseded extends Error {
  constructor() {
    super('superseded by a newer request');
    this.name = 'Superseded';
  }
}

/** Contiguous blocks [from, to) of the runs, as even as whole runs allow, one per worker. */
export function splitRuns(runs: number, workers: number): [number, number][] {
  const n = Math.max(1, Math.min(workers, Math.floor(runs / MIN_RUNS_PER_WORKER) || 1));
  return Array.from({ length: n }, (_, k) => [
    Math.floor((k * runs) / n),
    Math.floor(((k + 1) * runs) / n)
  ]);
}

/** The device's cores, capped. */
export function defaultWorkerCount(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(MAX_WORKERS, cores));
}

const workers: Worker[] = [];
let nextId = 1;
let current: { id: number; reject: (e: Error) => void } | null = null;

function worker(k: number): Worker {
  while (workers.length <= k) {
    workers.push(new Worker(new URL('./simulate.worker.ts', import.meta.url), { type: 'module' }));
  }
  return workers[k];
}

export function runMonteCarlo(
  input: ProjectionInput,
  options: SimulateOptions,
  { workers: count = defaultWorkerCount() }: { workers?: number } = {}
): Promise<MonteCarloAnswer> {
  current?.reject(new Superseded());
  const id = nextId++;
  const t0 = performance.now();
  // Plain data only: structured clone of the input.
  const plain = JSON.parse(JSON.stringify(input)) as ProjectionInput;
  return new Promise((resolve, reject) => {
    current = { id, reject };
    let prep: ReturnType<typeof prepareSimulation>;
    try {
      prep = prepareSimulation(plain, options);
    } catch (error) {
      reject(error as Error);
      return;
    }
    const blocks = splitRuns(prep.runs, count);
    const parts: SimulationPart[] = [];
    const workerMs = new Array<number>(blocks.length).fill(0);
    let failed = false;
    blocks.forEach(([from, to], k) => {
      const w = worker(k);
      const onMessage = (event: MessageEvent) => {
        if (event.data.id !== id) return;
        w.removeEventListener('message', onMessage);
        if (failed || current?.id !== id) return;
        if (event.data.error) {
          failed = true;
          reject(new Error(event.data.error));
          return;
        }
        parts.push(event.data.part as SimulationPart);
        workerMs[k] = event.data.ms as number;
        if (parts.length < blocks.length) return;
        current = null;
        try {
          const result = finishSimulation(prep, parts);
          resolve({ result, ms: performance.now() - t0, workers: blocks.length, workerMs });
        } catch (error) {
          reject(error as Error);
        }
      };
      w.addEventListener('message', onMessage);
      w.postMessage({ id, input: plain, options, from, to });
    });
  });
}
