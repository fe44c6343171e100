/**
 * The page's side of the Monte Carlo workers: as many workers as the device has cores
 * (`navigator.hardwareConcurrency`, at most `MAX_WORKERS`), started on first use, each running
 * a contiguous block of the runs (`splitRuns`). Run r draws from where one generator stream of
 * the seed would be at run r (mulberry32's jump-ahead), and the blocks' parts are merged by
 * `finishSimulation` in the first worker: the result is exactly that of one `simulate` call with
 * the same seed, whatever the number of workers (tests/unit/workers/monte-carlo.test.ts). A new request
 * supersedes the one before (its parts, if they still come, are dropped).
 */
import {
  DEFAULT_RUNS,
  type ProjectionInput,
  type SimulateOptions,
  type SimulationPart,
  type SimulationResult
} from '../forecast/index.ts';
import type { TaskAnswer, TaskRequest } from './tasks.ts';

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

/** Posts one task to a worker and waits for its answer (the request's id picks it out). */
function ask(w: Worker, request: TaskRequest, transfer: Transferable[] = []): Promise<TaskAnswer> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent<TaskAnswer>) => {
      if (event.data.id !== request.id) return;
      w.removeEventListener('message', onMessage);
      resolve(event.data);
    };
    w.addEventListener('message', onMessage);
    w.postMessage(request, transfer);
  });
}

/** The buffers of the parts, handed over to the merging worker (the page does not read them). */
const buffers = (parts: SimulationPart[]): Transferable[] => [
  ...new Set(
    parts.flatMap((p) =>
      [p.exact, p.counts, p.lo, p.width, p.min, p.max, p.shortSite, p.shortRegion].map(
        (a) => a.buffer as ArrayBuffer
      )
    )
  )
];

/**
 * Runs a simulation on the workers: each runs its block, then the first worker merges the parts
 * (the quantiles of every series: the heaviest step, kept off the page's main thread). The input
 * is validated and compiled in the workers; an invalid one rejects with the library's message.
 */
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
  const blocks = splitRuns(options.runs ?? DEFAULT_RUNS, count);
  return new Promise((resolve, reject) => {
    current = { id, reject };
    const live = () => current?.id === id;
    const fail = (error: Error) => {
      if (live()) current = null;
      reject(error);
    };
    Promise.all(
      blocks.map(([from, to], k) =>
        ask(worker(k), { kind: 'runs', id, input: plain, options, from, to })
      )
    )
      .then((answers) => {
        if (!live()) return null;
        const failed = answers.find((a) => 'error' in a);
        if (failed && 'error' in failed) throw new Error(failed.error);
        const parts = answers.map((a) => (a as { value: SimulationPart }).value);
        const workerMs = answers.map((a) => (a as { ms: number }).ms);
        const request = { kind: 'finish', id, input: plain, options, parts } as const;
        return ask(worker(0), request, buffers(parts)).then((answer) => {
          if ('error' in answer) throw new Error(answer.error);
          workerMs[0] += answer.ms;
          return { result: answer.value as SimulationResult, workerMs };
        });
      })
      .then((done) => {
        if (!done || !live()) return;
        current = null;
        resolve({ ...done, ms: performance.now() - t0, workers: blocks.length });
      })
      .catch(fail);
  });
}
