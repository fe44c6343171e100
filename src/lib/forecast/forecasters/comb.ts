/**
 * Comb S-H-D, the M3 competition's benchmark (Makridakis & Hibon 2000): the mean of the SES,
 * Holt and damped-trend forecasts.
 *
 * @example
 *   comb([2, 4, 6, 8, 10], 1); // mean of ses, holt and damped one step ahead
 */
import { damped, holt } from './holt.ts';
import { checkSeries } from './series.ts';
import { ses } from './ses.ts';

export function comb(series: number[], horizon: number): number[] {
  checkSeries(series, horizon, 'comb');
  const a = ses(series, horizon);
  const b = holt(series, horizon);
  const c = damped(series, horizon);
  return a.map((v, i) => (v + b[i] + c[i]) / 3);
}
