/**
 * afterFirstPaintIdle (src/lib/data/after-paint.ts): DuckDB-WASM's start waits for a frame, the
 * task after it, then an idle period (or its time-out) — never less. The browser's scheduling
 * functions are replaced by recorders so each step can be let through by hand.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaintIdle, IDLE_TIMEOUT_MS } from '../../../src/lib/data/after-paint.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Lets pending promise callbacks run. */
const flush = () => new Promise<void>((r) => queueMicrotask(r));

describe('afterFirstPaintIdle', () => {
  it('resolves only after a frame, the task after it, and an idle callback', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const frames: (() => void)[] = [];
    const idles: { run: () => void; timeout: number | undefined }[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    vi.stubGlobal('requestIdleCallback', (run: () => void, o?: { timeout?: number }) =>
      idles.push({ run, timeout: o?.timeout })
    );
    let done = false;
    void afterFirstPaintIdle().then(() => (done = true));
    await flush();
    expect([frames.length, idles.length, done]).toEqual([1, 0, false]);
    frames[0](); // the frame is drawn
    await flush();
    expect([idles.length, done]).toEqual([0, false]);
    vi.runAllTimers(); // the task after the frame
    expect(idles).toHaveLength(1);
    expect(idles[0].timeout).toBe(IDLE_TIMEOUT_MS);
    await flush();
    expect(done).toBe(false);
    idles[0].run(); // the main thread is idle
    await flush();
    expect(done).toBe(true);
  });

  it('passes its time-out on, and without requestIdleCallback resolves in the task after the frame', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const frames: (() => void)[] = [];
    const timeouts: (number | undefined)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    vi.stubGlobal('requestIdleCallback', (run: () => void, o?: { timeout?: number }) => {
      timeouts.push(o?.timeout);
      run();
    });
    await Promise.resolve().then(() => {
      const p = afterFirstPaintIdle(500);
      frames[0]();
      vi.runAllTimers();
      return p;
    });
    expect(timeouts).toEqual([500]);

    vi.stubGlobal('requestIdleCallback', undefined);
    let done = false;
    void afterFirstPaintIdle().then(() => (done = true));
    frames[1]();
    await flush();
    expect(done).toBe(false);
    vi.runAllTimers();
    await flush();
    expect(done).toBe(true);
  });
});
