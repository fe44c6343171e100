/**
 * The two random-walk benchmarks (Hyndman & Athanasopoulos, FPP 3rd ed., §5.2).
 *   naive: ŷ(n+h) = y(n)
 *   drift: ŷ(n+h) = y(n) + h (y(n) - y(1)) / (n - 1)
 *
 * @example
 *   naive([3, 5, 4], 2); // [4, 4]
 *   drift([1, 3, 5], 2); // [7, 9]
 */
import { checkSeries } from './series.ts';

export function naive(series: number[], horizon: number): number[] {
  checkSeries(series, horizon, 'naive');
  return new Array<number>(horizon).fill(series[series.length - 1]);
}

export function drift(series: number[], horizon: number): number[] {
  checkSeries(series, horizon, 'drift');
  const n = series.length;
  const last = series[n - 1];
  const slope = n > 1 ? (last - series[0]) / (n - 1) : 0;
  return Array.from({ length: horizon }, (_, i) => last + (i + 1) * slope);
}
