/**
 * Exponential smoothing without seasonality, in error-correction form (FPP 3rd ed., §8.1–8.2;
 * the ETS(A,N,N), ETS(A,A,N) and ETS(A,Ad,N) models): the recursion and the forecast shared by
 * the fits (ets.ts fits the parameters as `forecast::ets` does).
 *
 *   ŷ(t|t-1) = ℓ(t-1) + φ b(t-1),   e(t) = y(t) - ŷ(t|t-1)
 *   ℓ(t) = ℓ(t-1) + φ b(t-1) + α e(t),   b(t) = φ b(t-1) + β e(t)
 *   ŷ(n+h|n) = ℓ(n) + (φ + φ² + … + φ^h) b(n)
 *
 * @example
 *   const end = runSmoothing([10, 12, 14], 0.5, 0.1, 1, 8, 2); // states after the last value
 */

export type TrendKind = 'none' | 'linear' | 'damped';

export interface SmoothingFit {
  trend: TrendKind;
  alpha: number;
  /** β in error-correction form (β = α β*); 0 without trend. */
  beta: number;
  /** φ: 1 for Holt, < 1 damped, 0 without trend. */
  phi: number;
  level0: number;
  trend0: number;
  /** ℓ(n), b(n): the states after the last observation. */
  level: number;
  slope: number;
  /** In-sample Σ e(t)². */
  sse: number;
  n: number;
}

/** Runs the recursion from given initial states; returns final states and the exact SSE. */
export function runSmoothing(
  y: readonly number[],
  alpha: number,
  beta: number,
  phi: number,
  level0: number,
  trend0: number
): { level: number; slope: number; sse: number } {
  let L = level0;
  let B = trend0;
  let sse = 0;
  for (let t = 0; t < y.length; t++) {
    const f = L + phi * B;
    const e = y[t] - f;
    sse += e * e;
    L = f + alpha * e;
    B = phi * B + beta * e;
  }
  return { level: L, slope: B, sse };
}

/** ŷ(n+h|n) = ℓ(n) + (φ + … + φ^h) b(n), h = 1 … horizon. */
export function forecastSmoothing(fit: SmoothingFit, horizon: number): number[] {
  const out: number[] = [];
  let damp = 0;
  let power = 1;
  for (let h = 1; h <= horizon; h++) {
    power *= fit.phi;
    damp += power;
    out.push(fit.level + (fit.trend === 'none' ? 0 : damp * fit.slope));
  }
  return out;
}
