/**
 * "After input settles": slow work (writing the address bar, the solver of "what it takes", the
 * Monte Carlo) follows a slider a moment after it stops, so a drag across 20 values costs one
 * run, not 20. One delay for every layer, so they follow together.
 *
 * @example
 *   const write = settle(() => writeUrl());
 *   write.schedule(); write.schedule(); // one call of writeUrl, SETTLE_MS after the last
 */

/** How long input must rest before slow work follows it, ms: below the ≈ 150 ms where a
 * reader starts to notice a lag, above the ≈ 16–60 ms between two input events of a drag. */
export const SETTLE_MS = 120;

export interface Settle {
  /** (Re)starts the wait: `run` is called once input has rested `ms`. */
  schedule(): void;
  /** Forgets a pending call. */
  cancel(): void;
  /** Whether a call is pending. */
  readonly pending: boolean;
}

/** Calls `run` once input has rested `ms` (0: on the next task) since the last `schedule`. */
export function settle(run: () => void, ms: number = SETTLE_MS): Settle {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    schedule() {
      cancel();
      timer = setTimeout(() => {
        timer = null;
        run();
      }, ms);
    },
    cancel,
    get pending() {
      return timer !== null;
    }
  };
}
