/**
 * The dynamic optimised Theta model, DOTM (Fiorucci, Pellegrini, Louzada, Petropoulos & Koehler
 * 2016, *Models for optimising the theta method and their relationship to state space models*,
 * International Journal of Forecasting 32(4), 1151–1161).
 *
 * The Theta method combines two "theta lines": the least-squares line A + B t (θ = 0), and the
 * series with its curvature multiplied by θ, Z(t) = θ y(t) + (1 - θ)(A + B t), forecast by SES,
 * with weights 1 - 1/θ and 1/θ. The classical method fixes θ = 2 (theta.ts); DOTM fits θ ≥ 1
 * together with α and ℓ0, and recomputes A and B at every origin from the observations up to
 * it, so each in-sample error is a true one-step-ahead error. SES being linear, the forecast
 * from origin t is
 *
 *   ŷ(t+h|t) = ℓ(t) + (1 - 1/θ) [A(t) + B(t)(t + h) - S(t)],
 *   S(t) = A(t)(1 - q^t) + B(t) [t - q (1 - q^t) / α],  q = 1 - α,
 *
 * where ℓ(t) is the SES level of y (ℓ(t) = ℓ(t-1) + α (y(t) - ℓ(t-1))) and S(t) the SES level,
 * started at 0, of the line itself. With θ = 2 and A, B fixed this is the Hyndman–Billah form
 * of theta.ts up to terms in q^t.
 *
 * Fitting minimises the sum of squared one-step errors from the fourth observation on (a line
 * through fewer points is too unstable to count): ℓ0 exactly (the errors are affine in it), α in
 * [0.01, 0.99] and θ in [1, 10] by a coarse grid polished with Nelder–Mead. Prediction
 * intervals are those of the equivalent state-space model, SES-like: var(h) = σ² (1 + (h-1) α²).
 *
 * @example
 *   dotm([5, 7, 6, 9, 8, 11, 10, 13, 15, 14, 18, 17], 2); // ≈ [18.5, 19.5]
 *   dotm([4, 6], 2); // [6, 6]: too short to fit, the last value
 */
import { fromBounded, nelderMead, toBounded } from '../optimize.ts';
import { checkSeries } from './series.ts';

export interface DotmFit {
  alpha: number;
  theta: number;
  level0: number;
  /** ℓ(n), A(n), B(n): the SES level and the line through all the observations. */
  level: number;
  intercept: number;
  slope: number;
  sse: number;
  /** Number of one-step errors counted in sse. */
  counted: number;
  n: number;
  /** sse / (counted - 3): the variance of the one-step errors. */
  sigma2: number;
}

const ALPHA: [number, number] = [0.01, 0.99];
const THETA: [number, number] = [1, 10];
/** One-step errors are counted from this observation on (1-based). */
const FIRST_COUNTED = 4;

/** A(t), B(t) of the least-squares line of y(1 … t) on 1 … t, for t = 1 … n (index t - 1). */
export function expandingLines(y: readonly number[]): { a: Float64Array; b: Float64Array } {
  const n = y.length;
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  let sy = 0;
  let sty = 0;
  for (let t = 1; t <= n; t++) {
    sy += y[t - 1];
    sty += t * y[t - 1];
    if (t === 1) {
      a[0] = y[0];
      continue;
    }
    // Σ s = t(t+1)/2 and Σ (s - s̄)² = t(t² - 1)/12 over s = 1 … t.
    const sMean = (t + 1) / 2;
    const slope = (sty - sMean * sy) / ((t * (t * t - 1)) / 12);
    b[t - 1] = slope;
    a[t - 1] = sy / t - slope * sMean;
  }
  return { a, b };
}

/** S(t): SES (from 0) of the line A + B s, s = 1 … t. */
function smoothedLine(a: number, b: number, t: number, alpha: number): number {
  const q = 1 - alpha;
  const qt = q ** t;
  return a * (1 - qt) + b * (t - (q * (1 - qt)) / alpha);
}

/** Errors e(t) = r(t) - u(t) ℓ0 for given α and θ; ℓ0 by least squares. */
function fitGiven(
  y: readonly number[],
  lines: { a: Float64Array; b: Float64Array },
  alpha: number,
  theta: number
): { sse: number; level0: number; level: number; counted: number } {
  const n = y.length;
  const w = 1 - 1 / theta;
  const q = 1 - alpha;
  // ℓ(t-1) = u ℓ0 + r, tracked as the two parts.
  let r = 0;
  let u = 1;
  let suu = 0;
  let sue = 0;
  let see = 0;
  let counted = 0;
  for (let t = 1; t <= n; t++) {
    let correction = 0;
    if (t - 1 >= 2) {
      const a = lines.a[t - 2];
      const b = lines.b[t - 2];
      correction = w * (a + b * t - smoothedLine(a, b, t - 1, alpha));
    }
    const e0 = y[t - 1] - r - correction;
    if (t >= FIRST_COUNTED) {
      suu += u * u;
      sue += u * e0;
      see += e0 * e0;
      counted++;
    }
    r = q * r + alpha * y[t - 1];
    u *= q;
  }
  const level0 = suu > 0 ? sue / suu : y[0];
  const sse = Math.max(0, see - 2 * level0 * sue + level0 * level0 * suu);
  return { sse, level0, level: r + u * level0, counted };
}

export function fitDotm(y: readonly number[]): DotmFit {
  const n = y.length;
  const lines = expandingLines(y);
  // Too short to fit: θ = 1 is SES, and the level is the last value (the naive forecast).
  let alpha = 0.5;
  let theta = 1;
  if (n > FIRST_COUNTED) {
    const params = (z: readonly number[]): [number, number] => [
      toBounded(z[0], ...ALPHA),
      toBounded(z[1], ...THETA)
    ];
    const f = (z: number[]): number => fitGiven(y, lines, ...params(z)).sse;
    let best = { z: [0, 0], value: Infinity };
    for (const a of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      for (const t of [1.2, 2, 3, 5]) {
        const z = [fromBounded(a, ...ALPHA), fromBounded(t, ...THETA)];
        const value = f(z);
        if (value < best.value) best = { z, value };
      }
    }
    const nm = nelderMead(f, best.z, { step: 0.5, tol: 1e-10, maxIter: 300 });
    [alpha, theta] = params(nm.fx < best.value ? nm.x : best.z);
  }
  const fit = fitGiven(y, lines, alpha, theta);
  return {
    alpha,
    theta,
    level0: fit.level0,
    level: n > FIRST_COUNTED ? fit.level : y[n - 1],
    intercept: lines.a[n - 1],
    slope: lines.b[n - 1],
    sse: fit.sse,
    counted: fit.counted,
    n,
    sigma2: fit.counted > 3 ? fit.sse / (fit.counted - 3) : NaN
  };
}

/** ŷ(n+h|n) = ℓ(n) + (1 - 1/θ) [A(n) + B(n)(n + h) - S(n)], h = 1 … horizon. */
export function forecastDotm(fit: DotmFit, horizon: number): number[] {
  const w = 1 - 1 / fit.theta;
  const s = smoothedLine(fit.intercept, fit.slope, fit.n, fit.alpha);
  return Array.from(
    { length: horizon },
    (_, i) => fit.level + w * (fit.intercept + fit.slope * (fit.n + i + 1) - s)
  );
}

export function dotm(series: number[], horizon: number): number[] {
  checkSeries(series, horizon, 'dotm');
  return forecastDotm(fitDotm(series), horizon);
}
