/**
 * One of the model's slow answers ("what it takes", the tornado) computed in a worker instead of
 * on the page: the same library function on the same input (`tasks.ts`), so the figures are the
 * same, but a lever's move no longer freezes the page while the solver runs.
 *
 * The answer follows the request: a new request is sent whenever the request object changes, and
 * the last answer stays shown until the new one arrives (as the inputs of a moment ago stay shown
 * while input settles). Create it during component initialisation.
 *
 * @example
 *   const closing = new ModelTask(() => ({ kind: 'closing', input, options: { byYear: 2030 } }));
 *   closing.value; // null until the worker's first answer
 */
import type { TaskAnswer, TaskRequest } from './tasks.ts';

type Request = TaskRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

let worker: Worker | null = null;
let nextId = 1;

/** The one worker of the slow answers, apart from the Monte Carlo's (they do not queue behind it). */
function taskWorker(): Worker {
  return (worker ??= new Worker(new URL('./simulate.worker.ts', import.meta.url), {
    type: 'module'
  }));
}

export class ModelTask<V> {
  #answer = $state.raw<{ value: V } | null>(null);
  #error = $state<string | null>(null);

  constructor(request: () => Request | null) {
    $effect(() => {
      const next = request();
      if (!next) {
        this.#answer = null;
        return;
      }
      const id = nextId++;
      let current = true;
      // Plain data only: structured clone of the input, as the Monte Carlo's.
      const message = { ...(JSON.parse(JSON.stringify(next)) as Request), id } as TaskRequest;
      const w = taskWorker();
      const onMessage = (event: MessageEvent<TaskAnswer>) => {
        if (event.data.id !== id) return;
        w.removeEventListener('message', onMessage);
        if (!current) return;
        if ('error' in event.data) {
          // As the Monte Carlo's: the library's message, named, and no figure rather than a stale one.
          console.warn(`${message.kind}: ${event.data.error}`);
          this.#error = event.data.error;
          this.#answer = null;
        } else {
          this.#error = null;
          this.#answer = { value: event.data.value as V };
        }
      };
      w.addEventListener('message', onMessage);
      w.postMessage(message);
      return () => {
        current = false;
      };
    });
  }

  /** The answer to the latest request answered, or null before the first one. */
  get value(): V | null {
    return this.#answer?.value ?? null;
  }

  /** The library's message when the latest request failed. */
  get error(): string | null {
    return this.#error;
  }
}
