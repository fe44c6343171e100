/**
 * When a page may start work it does not need for its first paint (DuckDB-WASM's download and
 * first reads): after the next paint — a frame, then a task, so the frame is on screen — and then
 * once the main thread is idle, or `timeoutMs` later at most. Where `requestIdleCallback` is
 * missing (Safari), the task after the paint.
 *
 * @example
 *   afterFirstPaintIdle().then(() => import('./live.ts'));
 */

/** The longest the work waits for an idle main thread after the paint, ms. */
export const IDLE_TIMEOUT_MS = 3000;

export function afterFirstPaintIdle(timeoutMs = IDLE_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve) => {
    const idle = () =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(() => resolve(), { timeout: timeoutMs })
        : resolve();
    requestAnimationFrame(() => setTimeout(idle, 0));
  });
}
