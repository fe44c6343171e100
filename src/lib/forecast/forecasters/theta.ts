/**
 * The Theta method (Assimakopoulos & Nikolopoulos 2000) in the form of Hyndman & Billah (2003):
 * SES with a drift equal to half the slope b of the least-squares line through the series,
 * as in `forecast::thetaf`:
 *
 *   ŷ(n+h|n) = ℓ(n) + (b / 2) ((h - 1) + (1 - (1 - α)^n) / α)
 *
 * where ℓ(n) and α come from the SES fit (`ses`, fitted as in ets.ts).
 *
 * @example
 *   theta([1, 2, 3, 4, 5, 6], 2); // ≈ [6.5, 7]: SES follows the line (α → 1), plus b/2 per step
 */
import { checkSeries } from './series.ts';
import { fitEts } from './ets.ts';
import type { SmoothingFit } from './smoothing.ts';

/** Slope of the least-squares line of y on t = 0 … n - 1. */
export function regressionSlope(y: readonly number[]): number {
  const n = y.length;
  if (n < 2) return 0;
  const tMean = (n - 1) / 2;
  let yMean = 0;
  for (const v of y) yMean += v / n;
  let sty = 0;
  let stt = 0;
  for (let t = 0; t < n; t++) {
    sty += (t - tMean) * (y[t] - yMean);
    stt += (t - tMean) ** 2;
  }
  return sty / stt;
}

/** The Theta forecast from the series' SES fit. */
export function thetaFromFit(
  series: readonly number[],
  fit: SmoothingFit,
  horizon: number
): number[] {
  const n = series.length;
  const drift = regressionSlope(series) / 2;
  const alpha = Math.max(fit.alpha, 1e-10);
  const start = (1 - (1 - alpha) ** n) / alpha;
  return Array.from({ length: horizon }, (_, i) => fit.level + drift * (i + start));
}

export function theta(series: number[], horizon: number): number[] {
  checkSeries(series, horizon, 'theta');
  return thetaFromFit(series, fitEts(series, 'none'), horizon);
}
