/**
 * The quantile fast path (src/lib/forecast/quantile.ts) against an independent implementation:
 * simple-statistics. Its `quantile` is not R's type 7, but the two pick the same order statistic
 * where n = 10k + 1 (h = (n − 1)p is whole for p = 0.1, 0.5, 0.9, and ⌈np⌉ − 1 = h); its
 * `median` is type 7's p50 for every n; and type 7 at any n is read from its `quickselect`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, quantile, quickselect } from 'simple-statistics';
import {
  mulberry32,
  quantiles10_50_90,
  quantilesOfChunks
} from '../../../src/lib/forecast/index.ts';

/** Type 7 from simple-statistics' selection: x(⌊h⌋) + (h − ⌊h⌋)(x(⌊h⌋+1) − x(⌊h⌋)). */
function type7(values: readonly number[], p: number): number {
  const a = [...values];
  const h = (a.length - 1) * p;
  const lo = Math.floor(h);
  quickselect(a, lo);
  const x = a[lo];
  if (lo + 1 >= a.length || h === lo) return x;
  quickselect(a, lo + 1, lo + 1);
  return x + (h - lo) * (a[lo + 1] - x);
}

/** n values: continuous, or on a few levels (ties), as Monte Carlo draws of a row are. */
function draws(n: number, seed: number, levels: number): Float32Array {
  const rand = mulberry32(seed);
  return Float32Array.from({ length: n }, () =>
    levels ? Math.floor(rand() * levels) : (rand() - 0.3) * 1000
  );
}

describe('quantiles against simple-statistics', () => {
  it('equal simple-statistics’ quantile where n = 10k + 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.constantFrom(0, 3, 1000),
        (k, seed, levels) => {
          const a = draws(10 * k + 1, seed, levels);
          const q = quantiles10_50_90(a);
          const [p10, p50, p90] = quantile(Array.from(a), [0.1, 0.5, 0.9]);
          return q.p10 === p10 && q.p50 === p50 && q.p90 === p90;
        }
      ),
      { numRuns: 200 }
    );
  });

  it('give simple-statistics’ median as p50, and type 7 from its selection, for any n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6000 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.constantFrom(0, 2, 50),
        (n, seed, levels) => {
          const values = Array.from(draws(n, seed, levels));
          const q = quantiles10_50_90(Float32Array.from(values));
          const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * (1 + Math.abs(y));
          return (
            close(q.p50, median(values)) &&
            close(q.p10, type7(values, 0.1)) &&
            close(q.p90, type7(values, 0.9))
          );
        }
      ),
      { numRuns: 200 }
    );
  });

  it('read a chunked series (one tile-major store) as simple-statistics reads it flat', () => {
    // 10 001 draws in chunks of 256, each chunk followed by two other series' chunks.
    const n = 10_001;
    const chunk = 256;
    const values = Array.from(draws(n, 42, 0));
    const tiles = Math.ceil(n / chunk);
    const store = new Float32Array(tiles * 3 * chunk).fill(NaN);
    values.forEach((v, r) => (store[Math.floor(r / chunk) * 3 * chunk + (r % chunk)] = v));
    const q = quantilesOfChunks(store, 0, 3 * chunk, chunk, n);
    expect([q.p10, q.p50, q.p90]).toEqual(quantile(values, [0.1, 0.5, 0.9]));
    expect(q.p50).toBe(median(values));
  });
});
