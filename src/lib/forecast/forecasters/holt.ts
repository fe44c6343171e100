/**
 * Holt's linear trend and the damped trend (Gardner & McKenzie 1985), FPP 3rd ed., §8.2:
 *   holt:   ŷ(n+h|n) = ℓ(n) + h b(n)
 *   damped: ŷ(n+h|n) = ℓ(n) + (φ + φ² + … + φ^h) b(n),  0.8 ≤ φ ≤ 0.98
 * α, β, φ and the initial states are fitted as `forecast::holt` fits ETS(A,A,N) and
 * ETS(A,Ad,N) (see ets.ts).
 *
 * @example
 *   holt([2, 4, 6, 8, 10], 2);   // [12, 14]  (an exact line is continued)
 *   damped([2, 4, 6, 8, 10], 2); // the trend fades by φ each year, below [12, 14]
 */
import { fitEts } from './ets.ts';
import { checkSeries } from './series.ts';
import { forecastSmoothing } from './smoothing.ts';

export function holt(series: number[], horizon: number): number[] {
  checkSeries(series, horizon, 'holt');
  return forecastSmoothing(fitEts(series, 'linear'), horizon);
}

export function damped(series: number[], horizon: number): number[] {
  checkSeries(series, horizon, 'damped');
  return forecastSmoothing(fitEts(series, 'damped'), horizon);
}
