/**
 * Forecast accuracy measures (Hyndman & Koehler 2006; Makridakis & Hibon 2000):
 *   MAE   = mean |y - f|
 *   MAPE  = 100 × mean |y - f| / |y|         (actuals equal to 0 are skipped)
 *   sMAPE = 200 × mean |y - f| / (|y| + |f|) (the M3 definition; 0/0 counts as 0)
 *   MASE  = MAE / mean |y(t) - y(t-1)| over the training series (the in-sample naive MAE)
 * Each returns null where it is undefined (no usable point, a zero scale), never NaN.
 *
 * @example
 *   mae([1, 2], [2, 2]);            // 0.5
 *   smape([100], [110]);            // 9.523809523809524
 *   mase([1, 2, 3], [4, 5], [5, 5]); // (|4-5| + 0) / 2 / 1 = 0.5
 */

export function mae(actual: readonly number[], forecast: readonly number[]): number | null {
  if (actual.length === 0) return null;
  let s = 0;
  for (let i = 0; i < actual.length; i++) s += Math.abs(actual[i] - forecast[i]);
  return s / actual.length;
}

export function mape(actual: readonly number[], forecast: readonly number[]): number | null {
  let s = 0;
  let n = 0;
  for (let i = 0; i < actual.length; i++) {
    if (actual[i] === 0) continue;
    s += Math.abs(actual[i] - forecast[i]) / Math.abs(actual[i]);
    n++;
  }
  return n ? (100 * s) / n : null;
}

export function smape(actual: readonly number[], forecast: readonly number[]): number | null {
  if (actual.length === 0) return null;
  let s = 0;
  for (let i = 0; i < actual.length; i++) {
    const d = Math.abs(actual[i]) + Math.abs(forecast[i]);
    if (d > 0) s += Math.abs(actual[i] - forecast[i]) / d;
  }
  return (200 * s) / actual.length;
}

/** Mean absolute one-step change of the training series: the scale of MASE. */
export function naiveScale(train: readonly number[]): number | null {
  if (train.length < 2) return null;
  let s = 0;
  for (let i = 1; i < train.length; i++) s += Math.abs(train[i] - train[i - 1]);
  const scale = s / (train.length - 1);
  return scale > 0 ? scale : null;
}

export function mase(
  train: readonly number[],
  actual: readonly number[],
  forecast: readonly number[]
): number | null {
  const scale = naiveScale(train);
  const m = mae(actual, forecast);
  return scale === null || m === null ? null : m / scale;
}
