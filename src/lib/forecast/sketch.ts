/**
 * A fixed-bin histogram per series: the quantile summary `simulate` keeps for the series it does
 * not store in full (docs/forecast.md, "Uncertainty"). Its B bins of equal width are fixed
 * before the runs from a pilot (the first runs): [lo, lo + B w) with
 *   lo = min − span / 4,  w = (span + span / 2) / B,  span = max − min of the pilot,
 * plus an underflow and an overflow bin, an exact count of zeros (values are differences from
 * the scenario's own run, and a run that does not move a series gives exactly 0: a point mass
 * that bins would smear), and the exact min and max of every value. Counts of
 * the same bins add up, so the histograms of blocks of runs merge exactly: the merged counts
 * are those of one histogram over all the runs, whatever the blocks.
 *
 * Quantiles: the type-7 rank h = (n − 1) p (as `quantileSorted`); the order statistics x_(⌊h⌋)
 * and x_(⌊h⌋+1) are each placed in the bin that holds their rank (exact: counts are exact),
 * spread evenly within it, then interpolated. Error bound: the estimate lies in the bin(s) that
 * hold the exact order statistics, so its rank error is at most the count of those bins over n
 * (`rankError`, returned), and its value error at most their width.
 *
 * @example
 *   const s = createSketch(1, 128);
 *   setSketchRange(s, 0, Float64Array.from([1, 2, 3]), 0, 3);  // pilot: min 1, max 3
 *   addToSketch(s, 0, Float32Array.from([1, 2, 2.5, 3]), 0, 4);
 *   sketchQuantiles(s, 0, [0.5]).values[0];  // ≈ 2.25
 */

/** Histograms of `series` series, `bins` bins each (+ underflow at 0, overflow at bins + 1,
 * zeros at bins + 2). */
export interface Sketch {
  bins: number;
  series: number;
  /** series × (bins + 3) counts. */
  counts: Uint32Array;
  lo: Float64Array;
  width: Float64Array;
  min: Float64Array;
  max: Float64Array;
}

export function createSketch(series: number, bins: number): Sketch {
  return {
    bins,
    series,
    counts: new Uint32Array(series * (bins + 3)),
    lo: new Float64Array(series),
    width: new Float64Array(series),
    min: new Float64Array(series).fill(Infinity),
    max: new Float64Array(series).fill(-Infinity)
  };
}

/** Fixes series `s`'s bins from its n pilot values a[from + k · stride] (not counted here). */
export function setSketchRange(
  sk: Sketch,
  s: number,
  a: ArrayLike<number>,
  from: number,
  n: number,
  stride = 1
): void {
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0, i = from; k < n; k++, i += stride) {
    const x = a[i];
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const span = max - min;
  // A constant pilot still gets a small range: later runs may move.
  const pad = span > 0 ? span / 4 : Math.max(1e-3, 1e-6 * Math.abs(min));
  sk.lo[s] = min - pad;
  sk.width[s] = (span + 2 * pad) / sk.bins;
}

/** Counts the n values a[from + k · stride] into series `s`. */
export function addToSketch(
  sk: Sketch,
  s: number,
  a: ArrayLike<number>,
  from: number,
  n: number,
  stride = 1
): void {
  const B = sk.bins;
  const base = s * (B + 3);
  const lo = sk.lo[s];
  const inv = 1 / sk.width[s];
  const counts = sk.counts;
  let min = sk.min[s];
  let max = sk.max[s];
  for (let k = 0, i = from; k < n; k++, i += stride) {
    const x = a[i];
    if (x < min) min = x;
    if (x > max) max = x;
    // Bin 1 + ⌊(x − lo) / w⌋, kept in [0, B + 1] (under- and overflow); zeros apart. t is in
    // [0, B) before it is truncated, so t | 0 is ⌊t⌋ (and cheaper than Math.floor).
    const t = (x - lo) * inv;
    counts[base + (x === 0 ? B + 2 : t < 0 ? 0 : t < B ? (t | 0) + 1 : B + 1)]++;
  }
  sk.min[s] = min;
  sk.max[s] = max;
}

/** Adds `other`'s counts into `into` (same bins: the same pilot). */
export function mergeSketch(into: Sketch, other: Sketch): void {
  for (let i = 0; i < into.counts.length; i++) into.counts[i] += other.counts[i];
  for (let s = 0; s < into.series; s++) {
    if (other.min[s] < into.min[s]) into.min[s] = other.min[s];
    if (other.max[s] > into.max[s]) into.max[s] = other.max[s];
  }
}

/**
 * Type-7 quantiles of series `s` from its histogram, and their rank-error bound: the largest
 * share of the values in a bin that holds one of the order statistics used.
 */
export function sketchQuantiles(
  sk: Sketch,
  s: number,
  ps: readonly number[]
): { values: number[]; rankError: number } {
  const B = sk.bins;
  const base = s * (B + 3);
  const counts = sk.counts;
  let n = 0;
  for (let b = 0; b < B + 3; b++) n += counts[base + b];
  const min = sk.min[s];
  const max = sk.max[s];
  if (n === 0) return { values: ps.map(() => 0), rankError: 0 };
  if (min === max) return { values: ps.map(() => min), rankError: 0 };
  let rankError = 0;
  const lo = sk.lo[s];
  const w = sk.width[s];
  const zeros = counts[base + B + 2];
  // The bins in value order, the zeros placed where 0 falls (in bin `zeroBin`, before its values
  // above 0 — a bin's values are taken as spread evenly, so this is exact only for the zeros).
  const zeroBin = 0 < lo ? 0 : 0 >= lo + B * w ? B + 1 : Math.floor((0 - lo) / w) + 1;
  // x_(r), 0-based: the bin holding rank r, the values spread evenly within its range.
  const orderStatistic = (r: number): number => {
    let below = 0;
    for (let b = 0; b < B + 2; b++) {
      if (b === zeroBin) {
        if (r < below + zeros) return 0;
        below += zeros;
      }
      const c = counts[base + b];
      if (r < below + c) {
        rankError = Math.max(rankError, c / n);
        const from = b === 0 ? min : Math.max(min, lo + (b - 1) * w);
        const to = b === B + 1 ? max : Math.min(max, lo + b * w);
        return from + ((r - below + 0.5) / c) * (to - from);
      }
      below += c;
    }
    return max;
  };
  const values = ps.map((p) => {
    const h = (n - 1) * p;
    const r = Math.floor(h);
    const x = orderStatistic(r);
    return r + 1 < n && h > r ? x + (h - r) * (orderStatistic(r + 1) - x) : x;
  });
  return { values, rankError };
}
