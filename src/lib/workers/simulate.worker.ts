/// <reference lib="webworker" />
/**
 * The model off the main thread: the tasks of `tasks.ts` (a block of a Monte Carlo's runs, the
 * merge of the blocks, "what it takes", the tornado). Receives a `TaskRequest`, answers a
 * `TaskAnswer`: { id, value, ms } (ms: the time this worker spent on it) or { id, error }.
 * A block's part is copied, not transferred: a detached buffer would slow every typed-array
 * access of this worker.
 */
import { createTaskRunner, type TaskRequest } from './tasks.ts';

const run = createTaskRunner();

self.onmessage = (event: MessageEvent<TaskRequest>) => {
  self.postMessage(run(event.data));
};
