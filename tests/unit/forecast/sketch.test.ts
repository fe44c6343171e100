/**
 * The histograms `simulate` keeps for the series it does not store in full (sketch.ts): exact
 * merges, and type-7 quantiles within the stated rank-error bound of the exact ones.
 */
import { describe, expect, it } from 'vitest';
import {
  addToSketch,
  createSketch,
  mergeSketch,
  setSketchRange,
  sketchQuantiles
} from '../../../src/lib/forecast/sketch.ts';
import { quantileSorted } from '../../../src/lib/forecast/quantile.ts';
import { mulberry32 } from '../../../src/lib/forecast/random.ts';

const PS = [0.1, 0.5, 0.9];

/** Values of four shapes: normal, skewed, a point mass at 0 with a tail, two modes. */
function samples(n: number, seed: number): Float64Array[] {
  const rand = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  return [
    Float64Array.from({ length: n }, () => 100 + 15 * normal()),
    Float64Array.from({ length: n }, () => Math.exp(normal())),
    Float64Array.from({ length: n }, () => (rand() < 0.7 ? 0 : 50 * rand())),
    Float64Array.from({ length: n }, () => (rand() < 0.5 ? -20 : 20) + normal())
  ];
}

/** Rank (share of values below) of x among the sorted values, as an interval [below, ≤]. */
function rankOf(sorted: Float64Array, x: number): [number, number] {
  let lt = 0;
  let le = 0;
  for (const v of sorted) {
    if (v < x) lt++;
    if (v <= x) le++;
  }
  return [lt / sorted.length, le / sorted.length];
}

describe('sketchQuantiles', () => {
  it('is within its stated rank-error bound of the exact type-7 quantiles', () => {
    const n = 10_000;
    const data = samples(n, 3);
    const sk = createSketch(data.length, 128);
    data.forEach((a, s) => {
      setSketchRange(sk, s, a, 0, 64); // the pilot: the first 64 values
      addToSketch(sk, s, a, 0, n);
    });
    data.forEach((a, s) => {
      const sorted = Float64Array.from(a).sort();
      const { values, rankError } = sketchQuantiles(sk, s, PS);
      expect(rankError).toBeLessThan(0.1);
      PS.forEach((p, k) => {
        const [lt, le] = rankOf(sorted, values[k]);
        // The estimate's rank is within the bound of p (plus one value for interpolation).
        expect(lt).toBeLessThanOrEqual(p + rankError + 1 / n);
        expect(le).toBeGreaterThanOrEqual(p - rankError - 1 / n);
        const spread = quantileSorted(sorted, 0.9) - quantileSorted(sorted, 0.1);
        expect(Math.abs(values[k] - quantileSorted(sorted, p))).toBeLessThan(0.02 * spread);
      });
    });
    // The point mass at 0 is exact.
    expect(sketchQuantiles(sk, 2, [0.1, 0.5]).values).toEqual([0, 0]);
  });

  it('merges blocks into exactly the histogram of all the values', () => {
    const a = samples(5000, 9)[1];
    const whole = createSketch(1, 64);
    const parts = [createSketch(1, 64), createSketch(1, 64), createSketch(1, 64)];
    for (const sk of [whole, ...parts]) setSketchRange(sk, 0, a, 0, 64);
    addToSketch(whole, 0, a, 0, 5000);
    addToSketch(parts[0], 0, a, 0, 1234);
    addToSketch(parts[1], 0, a, 1234, 2000);
    addToSketch(parts[2], 0, a, 3234, 1766);
    mergeSketch(parts[0], parts[1]);
    mergeSketch(parts[0], parts[2]);
    expect(parts[0].counts).toEqual(whole.counts);
    expect(sketchQuantiles(parts[0], 0, PS)).toEqual(sketchQuantiles(whole, 0, PS));
  });

  it('reads a series laid out with a stride as it reads the same values side by side', () => {
    // simulate's tiles are run-major: a series' values are `count` apart (here 7).
    const values = samples(640, 5)[3];
    const count = 7;
    const strided = new Float32Array(values.length * count).fill(NaN);
    values.forEach((x, k) => (strided[3 + k * count] = x));
    const side = Float32Array.from(values);
    const a = createSketch(1, 32);
    const b = createSketch(1, 32);
    setSketchRange(a, 0, side, 0, 64);
    setSketchRange(b, 0, strided, 3, 64, count);
    addToSketch(a, 0, side, 0, 640);
    addToSketch(b, 0, strided, 3, 640, count);
    expect(b.lo[0]).toBe(a.lo[0]);
    expect(b.width[0]).toBe(a.width[0]);
    expect(Array.from(b.counts)).toEqual(Array.from(a.counts));
    expect([b.min[0], b.max[0]]).toEqual([Math.min(...side), Math.max(...side)]);
    // No NaN between the strided values was read: every value counted once.
    expect(b.counts.reduce((x, y) => x + y, 0)).toBe(640);
  });

  it('gives a constant series exactly', () => {
    const sk = createSketch(1, 16);
    const a = new Float64Array(300).fill(4.5);
    setSketchRange(sk, 0, a, 0, 64);
    addToSketch(sk, 0, a, 0, 300);
    expect(sketchQuantiles(sk, 0, PS)).toEqual({ values: [4.5, 4.5, 4.5], rankError: 0 });
  });
});

describe('mulberry32 skip', () => {
  it('starts where the stream would be after that many draws', () => {
    const one = mulberry32(7);
    const first = Array.from({ length: 1000 }, () => one());
    const jumped = mulberry32(7, 600);
    expect(Array.from({ length: 400 }, () => jumped())).toEqual(first.slice(600));
    expect(mulberry32(7, 0)()).toBe(first[0]);
  });
});
