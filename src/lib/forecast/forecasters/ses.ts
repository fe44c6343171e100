/**
 * Simple exponential smoothing (FPP 3rd ed., §8.1): ŷ(n+h|n) = ℓ(n), with α and ℓ0 fitted as
 * `forecast::ses` fits them (ETS(A,N,N), mean squared error, see ets.ts).
 *
 * @example
 *   ses([5, 5, 5, 5], 3); // [5, 5, 5]
 */
import { fitEts } from './ets.ts';
import { checkSeries } from './series.ts';
import { forecastSmoothing } from './smoothing.ts';

export function ses(series: number[], horizon: number): number[] {
  checkSeries(series, horizon, 'ses');
  return forecastSmoothing(fitEts(series, 'none'), horizon);
}
