/**
 * Combinations of the point forecasters.
 *
 * - `comb`: Comb S-H-D, the M3 competition's benchmark (Makridakis & Hibon 2000), the mean of
 *   the SES, Holt and damped-trend forecasts.
 * - `combMedian`: the median of the naive, damped-trend and drift forecasts. It was chosen on a
 *   held-out split — each M3 yearly series' own last six training years, never the test
 *   horizon — as the best of the means and medians of every subset of the library's methods
 *   (`npm run bench:accuracy` prints that selection). A median of three keeps the middle
 *   forecast: whichever of "no change", "the recent trend, fading" and "the whole history's
 *   trend" is the most moderate at each horizon (robust combinations: Jose & Winkler 2008,
 *   *Simple robust averages of forecasts*, International Journal of Forecasting 24(1)).
 *
 * @example
 *   comb([2, 4, 6, 8, 10], 1);       // mean of ses, holt and damped one step ahead
 *   combMedian([2, 4, 6, 8, 10], 1); // the middle one of naive (10), damped and drift (12)
 */
import { damped, holt } from './holt.ts';
import { drift, naive } from './naive.ts';
import { checkSeries } from './series.ts';
import { ses } from './ses.ts';

export function comb(series: number[], horizon: number): number[] {
  checkSeries(series, horizon, 'comb');
  const a = ses(series, horizon);
  const b = holt(series, horizon);
  const c = damped(series, horizon);
  return a.map((v, i) => (v + b[i] + c[i]) / 3);
}

/** The middle value of three. */
export function median3(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}

export function combMedian(series: number[], horizon: number): number[] {
  checkSeries(series, horizon, 'combMedian');
  const a = naive(series, horizon);
  const b = damped(series, horizon);
  const c = drift(series, horizon);
  return a.map((v, i) => median3(v, b[i], c[i]));
}
