import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mulberry32,
  quantileSorted,
  quantiles10_50_90,
  quantilesOfChunks,
  triangular,
  triangularQuantile
} from '../../../src/lib/forecast/index.ts';

describe('quantiles (type 7)', () => {
  it('interpolates between order statistics', () => {
    expect(quantileSorted([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4, 12);
    expect(quantiles10_50_90(Float64Array.from([5, 1, 4, 2, 3]))).toEqual({
      p10: 1.4,
      p50: 3,
      p90: 4.6
    });
    expect(quantiles10_50_90(Float64Array.from([7]))).toEqual({ p10: 7, p50: 7, p90: 7 });
  });

  it('matches sorting on small and large arrays, with ties, without reordering them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.constantFrom(0, 3, 1000),
        (n, seed, levels) => {
          const rand = mulberry32(seed);
          const a = Float32Array.from({ length: n }, () =>
            levels ? Math.floor(rand() * levels) : (rand() - 0.3) * 1000
          );
          const copy = a.slice();
          const sorted = Array.from(a).sort((x, y) => x - y);
          const q = quantiles10_50_90(a, 0, n - 1);
          const ok =
            Math.abs(q.p10 - quantileSorted(sorted, 0.1)) < 1e-9 &&
            Math.abs(q.p50 - quantileSorted(sorted, 0.5)) < 1e-9 &&
            Math.abs(q.p90 - quantileSorted(sorted, 0.9)) < 1e-9;
          return ok && a.every((v, i) => v === copy[i]);
        }
      ),
      { numRuns: 300 }
    );
  });

  it('reads a series laid out in chunks (a tile-major store) as sorting would', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.constantFrom(0, 2, 50),
        (n, chunk, seed, levels) => {
          const rand = mulberry32(seed);
          const series = 3; // the others' chunks sit in between
          const tiles = Math.ceil(n / chunk);
          const store = new Float32Array(tiles * series * chunk).fill(NaN);
          const values: number[] = [];
          for (let r = 0; r < n; r++) {
            // Values on a coarse grid pile up exactly on the brackets' ends.
            const v = levels ? Math.floor(rand() * levels) / 8 : (rand() - 0.5) * 1e4;
            values.push(Math.fround(v));
            store[(Math.floor(r / chunk) * series + 1) * chunk + (r % chunk)] = v;
          }
          const sorted = values.sort((x, y) => x - y);
          const q = quantilesOfChunks(store, chunk, series * chunk, chunk, n);
          return (
            Math.abs(q.p10 - quantileSorted(sorted, 0.1)) < 1e-9 &&
            Math.abs(q.p50 - quantileSorted(sorted, 0.5)) < 1e-9 &&
            Math.abs(q.p90 - quantileSorted(sorted, 0.9)) < 1e-9
          );
        }
      ),
      { numRuns: 300 }
    );
  });

  it('works on a sub-range', () => {
    const a = Float64Array.from([100, 1, 2, 3, 4, 5, -100]);
    expect(quantiles10_50_90(a, 1, 5)).toEqual({ p10: 1.4, p50: 3, p90: 4.6 });
  });
});

describe('random draws', () => {
  it('mulberry32 gives the same stream for a seed (Node and browser use the same integer maths)', () => {
    const r = mulberry32(42);
    expect([r(), r(), r()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });

  it('triangular: the inverse CDF hits low, mode and high', () => {
    const tri = { low: 0, mode: 1, high: 3 };
    expect(triangularQuantile(0, tri)).toBe(0);
    expect(triangularQuantile(1 / 3, tri)).toBeCloseTo(1, 12); // F(mode) = (1 - 0) / (3 - 0)
    expect(triangularQuantile(1, tri)).toBe(3);
    expect(triangularQuantile(0.5, { low: 2, mode: 2, high: 2 })).toBe(2);
  });

  it('triangular draws have mean (low + mode + high) / 3', () => {
    const rand = mulberry32(9);
    let s = 0;
    for (let i = 0; i < 20000; i++) s += triangular(rand, { low: 0, mode: 1, high: 3 });
    expect(s / 20000).toBeCloseTo(4 / 3, 1);
  });
});
