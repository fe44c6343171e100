/**
 * Exponential smoothing without seasonality, in error-correction form (FPP 3rd ed., §8.1–8.2;
 * the ETS(A,N,N), ETS(A,A,N) and ETS(A,Ad,N) models):
 *
 *   ŷ(t|t-1) = ℓ(t-1) + φ b(t-1),   e(t) = y(t) - ŷ(t|t-1)
 *   ℓ(t) = ℓ(t-1) + φ b(t-1) + α e(t),   b(t) = φ b(t-1) + β e(t)   (β = α β*, 0 < β* < 1)
 *   ŷ(n+h|n) = ℓ(n) + (φ + φ² + … + φ^h) b(n)
 *
 * Fitting minimises the in-sample one-step squared error Σ e(t)², as `forecast::ets` does with
 * additive errors. For given (α, β, φ) the errors are affine in the initial states (ℓ0, b0), so
 * those come exactly from 2 × 2 normal equations; (α, β*, φ) are then searched over a grid and
 * polished with golden-section (SES) or Nelder–Mead (trend models), within the `ets` bounds
 * α, β* ∈ [1e-4, 0.9999], φ ∈ [0.8, 0.98] (Hyndman et al. 2008, §5.2).
 *
 * @example
 *   const fit = fitSmoothing([10, 12, 14, 16], 'linear');
 *   forecastSmoothing(fit, 2); // [18, 20]
 */
import { fromBounded, goldenSection, nelderMead, toBounded } from '../optimize.ts';

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

export const ALPHA_BOUNDS: [number, number] = [1e-4, 0.9999];
export const BETA_STAR_BOUNDS: [number, number] = [1e-4, 0.9999];
export const PHI_BOUNDS: [number, number] = [0.8, 0.98];

interface Concentrated {
  sse: number;
  level0: number;
  trend0: number;
}

/**
 * SSE minimised over (ℓ0, b0) for fixed (α, β, φ). The states are tracked together with their
 * derivatives in ℓ0 and b0, so e(t) = e⁰(t) - u(t) ℓ0 - v(t) b0 in one pass.
 */
export function concentratedSse(
  y: readonly number[],
  alpha: number,
  beta: number,
  phi: number,
  trend: boolean
): Concentrated {
  let L = 0;
  let B = 0;
  let Ll = 1;
  let Bl = 0;
  let Lb = 0;
  let Bb = 1;
  let suu = 0;
  let suv = 0;
  let svv = 0;
  let sue = 0;
  let sve = 0;
  let see = 0;
  for (let t = 0; t < y.length; t++) {
    const f = L + phi * B;
    const fl = Ll + phi * Bl;
    const fb = Lb + phi * Bb;
    const e = y[t] - f;
    suu += fl * fl;
    suv += fl * fb;
    svv += fb * fb;
    sue += fl * e;
    sve += fb * e;
    see += e * e;
    L = f + alpha * e;
    B = phi * B + beta * e;
    const nLl = (1 - alpha) * fl;
    Bl = phi * Bl - beta * fl;
    Ll = nLl;
    const nLb = (1 - alpha) * fb;
    Bb = phi * Bb - beta * fb;
    Lb = nLb;
  }
  let level0: number;
  let trend0 = 0;
  if (!trend) {
    level0 = suu > 0 ? sue / suu : 0;
  } else {
    // Tiny ridge keeps the 2 × 2 system solvable when u and v are nearly collinear.
    const ridge = 1e-12 * (suu + svv);
    const a = suu + ridge;
    const d = svv + ridge;
    const det = a * d - suv * suv;
    if (det > 0) {
      level0 = (d * sue - suv * sve) / det;
      trend0 = (a * sve - suv * sue) / det;
    } else {
      level0 = suu > 0 ? sue / suu : 0;
    }
  }
  const sse =
    see -
    2 * level0 * sue -
    2 * trend0 * sve +
    level0 * level0 * suu +
    2 * level0 * trend0 * suv +
    trend0 * trend0 * svv;
  return { sse: sse > 0 ? sse : 0, level0, trend0 };
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

const grid = (lo: number, hi: number, n: number): number[] =>
  Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

/** Fits α (and β*, φ) by least squares on one-step errors. */
export function fitSmoothing(y: readonly number[], trend: TrendKind): SmoothingFit {
  const n = y.length;
  const [aLo, aHi] = ALPHA_BOUNDS;
  const [bLo, bHi] = BETA_STAR_BOUNDS;
  const [pLo, pHi] = PHI_BOUNDS;
  let alpha: number;
  let betaStar = 0;
  let phi = trend === 'linear' ? 1 : trend === 'damped' ? pHi : 0;

  if (n < 2 || (trend !== 'none' && n < 3)) {
    // Too short to fit: the level follows the data, no trend (the naive forecast).
    alpha = aHi;
    if (trend !== 'none') phi = trend === 'linear' ? 1 : pHi;
  } else if (trend === 'none') {
    const f = (a: number): number => concentratedSse(y, a, 0, 0, false).sse;
    const alphas = grid(aLo, aHi, 21);
    let best = 0;
    const values = alphas.map(f);
    for (let i = 1; i < alphas.length; i++) if (values[i] < values[best]) best = i;
    const lo = alphas[Math.max(0, best - 1)];
    const hi = alphas[Math.min(alphas.length - 1, best + 1)];
    const g = goldenSection(f, lo, hi, 1e-7);
    alpha = g.fx < values[best] ? g.x : alphas[best];
  } else {
    const damped = trend === 'damped';
    const sseOf = (a: number, bs: number, p: number): number =>
      concentratedSse(y, a, a * bs, p, true).sse;
    let best = { a: aLo, bs: bLo, p: phi, f: Infinity };
    const phis = damped ? grid(pLo, pHi, 4) : [1];
    for (const a of grid(aLo, aHi, damped ? 8 : 12)) {
      for (const bs of grid(bLo, bHi, damped ? 6 : 10)) {
        for (const p of phis) {
          const f = sseOf(a, bs, p);
          if (f < best.f) best = { a, bs, p, f };
        }
      }
    }
    const toParams = (z: number[]): [number, number, number] => [
      toBounded(z[0], aLo, aHi),
      toBounded(z[1], bLo, bHi),
      damped ? toBounded(z[2], pLo, pHi) : 1
    ];
    const z0 = [fromBounded(best.a, aLo, aHi), fromBounded(best.bs, bLo, bHi)];
    if (damped) z0.push(fromBounded(best.p, pLo, pHi));
    const nm = nelderMead((z) => sseOf(...toParams(z)), z0, {
      step: 0.5,
      tol: 1e-10,
      maxIter: 400
    });
    if (nm.fx < best.f) [best.a, best.bs, best.p] = toParams(nm.x);
    alpha = best.a;
    betaStar = best.bs;
    phi = best.p;
  }

  const hasTrend = trend !== 'none';
  const beta = hasTrend ? alpha * betaStar : 0;
  let level0: number;
  let trend0: number;
  if (n < 2 || (hasTrend && n < 3)) {
    level0 = y[0];
    trend0 = 0;
  } else {
    ({ level0, trend0 } = concentratedSse(y, alpha, beta, phi, hasTrend));
  }
  const end = runSmoothing(y, alpha, beta, phi, level0, trend0);
  return {
    trend,
    alpha,
    beta,
    phi,
    level0,
    trend0,
    level: end.level,
    slope: end.slope,
    sse: end.sse,
    n
  };
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
