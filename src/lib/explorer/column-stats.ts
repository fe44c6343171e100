/**
 * Descriptive statistics of one numeric result column, with simple-statistics: count, mean,
 * median, quartiles (type-7 linear interpolation, as R, NumPy and DuckDB's quantile_cont), the
 * sample standard deviation (n − 1), and a histogram of equal-width bins.
 *
 * @example
 *   describeColumn([1, 2, 3, 4, 100], 2)
 *   // { count: 5, mean: 22, median: 3, q1: 2, q3: 4, min: 1, max: 100, sd: 43.6…,
 *   //   bins: [{ from: 1, to: 50.5, count: 4 }, { from: 50.5, to: 100, count: 1 }] }
 */
import {
  equalIntervalBreaks,
  mean,
  quantileSorted,
  sampleStandardDeviation
} from 'simple-statistics';

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

export interface ColumnStats {
  count: number;
  mean: number;
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
  /** Sample standard deviation; null for a single value. */
  sd: number | null;
  bins: HistogramBin[];
}

/** Bins of the explorer's histogram. */
export const HISTOGRAM_BINS = 12;

/**
 * Statistics of the finite values (NaN and infinities are left out by the caller's count). Null
 * when there is no value.
 */
export function describeColumn(
  values: Float64Array | number[],
  bins = HISTOGRAM_BINS
): ColumnStats | null {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (!n) return null;
  const list = sorted as unknown as number[];
  const min = sorted[0];
  const max = sorted[n - 1];
  return {
    count: n,
    mean: mean(list),
    median: quantileSorted(list, 0.5),
    q1: quantileSorted(list, 0.25),
    q3: quantileSorted(list, 0.75),
    min,
    max,
    sd: n > 1 ? sampleStandardDeviation(list) : null,
    bins: histogram(sorted, min, max, min === max ? 1 : bins)
  };
}

/** Equal-width bins from min to max (the last bin includes max), counted over sorted values. */
function histogram(sorted: Float64Array, min: number, max: number, k: number): HistogramBin[] {
  const breaks = min === max ? [min, max] : equalIntervalBreaks([min, max], k).slice(0, k + 1);
  breaks[breaks.length - 1] = max;
  const out: HistogramBin[] = [];
  let i = 0;
  for (let b = 0; b < breaks.length - 1; b++) {
    const to = breaks[b + 1];
    const last = b === breaks.length - 2;
    let count = 0;
    while (i < sorted.length && (last || sorted[i] < to)) {
      count++;
      i++;
    }
    out.push({ from: breaks[b], to, count });
  }
  return out;
}
