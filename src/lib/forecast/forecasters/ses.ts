/**
 * Simple exponential smoothing (FPP 3rd ed., §8.1): ŷ(n+h|n) = ℓ(n), with α and ℓ0 fitted by
 * least squares on the one-step errors (see smoothing.ts).
 *
 * @example
 *   ses([5, 5, 5, 5], 3); // [5, 5, 5]
 */
import { checkSeries } from './series.ts';
import { fitSmoothing, forecastSmoothing } from './smoothing.ts';

export function ses(series: number[], horizon: number): number[] {
  checkSeries(series, horizon, 'ses');
  return forecastSmoothing(fitSmoothing(series, 'none'), horizon);
}
