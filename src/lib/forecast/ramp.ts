/**
 * Demand: the ramp-up of a site's direct jobs (MODEL.md, "Demand: jobs at a site").
 *
 *   a' = a + d,  b' = b + d,  N' = σ N
 *   logistic: J(t) = N' / (1 + exp(-k (t - m))),  m = (a' + b') / 2,  k = 2 ln(19) / (b' - a')
 *   linear:   J(t) = 0 (t ≤ a'),  N' (t - a') / (b' - a') (a' < t < b'),  N' (t ≥ b')
 *
 * @example
 *   const site = { productionStart: 2025, fullCapacity: 2029, targetJobs: 1000 };
 *   rampUp(2025, site); // 50  (5 % of N at a)
 *   rampUp(2027, site); // 500 (half-way at m)
 *   rampUp(2029, site); // 950 (95 % of N at b)
 *   rampUp(2027, site, { rampShape: 'linear', delayYears: 1 }); // 250
 */
import { DEFAULT_RAMP_SHAPE, RAMP_ANCHOR_SHARE } from './defaults.ts';
import type { RampShape } from './types.ts';

export interface RampInput {
  /** a */
  productionStart: number;
  /** b */
  fullCapacity: number;
  /** N */
  targetJobs: number;
}

export interface RampOptions {
  /** d */
  delayYears?: number;
  /** σ */
  targetScale?: number;
  rampShape?: RampShape;
}

/** ln(19): the logistic reaches 5 % of N at m - ln(19)/k and 95 % at m + ln(19)/k. */
export const LN19 = Math.log((1 - RAMP_ANCHOR_SHARE) / RAMP_ANCHOR_SHARE);

/** The logistic's midpoint m and steepness k for a ramp from a to b (b > a). */
export function logisticParams(a: number, b: number): { m: number; k: number } {
  return { m: (a + b) / 2, k: (2 * LN19) / (b - a) };
}

/** J(t) = N / (1 + exp(-k (t - m))). Never NaN for finite inputs: exp overflow gives J = 0. */
export function logistic(t: number, m: number, k: number, N: number): number {
  return N / (1 + Math.exp(-k * (t - m)));
}

/** The linear ramp from 0 at a to N at b. */
export function linearRamp(t: number, a: number, b: number, N: number): number {
  if (t <= a) return 0;
  if (t >= b) return N;
  return (N * (t - a)) / (b - a);
}

/** MODEL.md's letters, accepted as well as the Site field names. */
export interface RampLetters {
  a: number;
  b: number;
  N: number;
}

function fields(site: RampInput | RampLetters): RampInput {
  return 'productionStart' in site
    ? site
    : { productionStart: site.a, fullCapacity: site.b, targetJobs: site.N };
}

/**
 * Direct jobs J(t) at the end of year t for a site under a scenario's delay, scale and shape.
 * The site may be a `Site` (or any object with its ramp fields) or MODEL.md's `{ a, b, N }`;
 * `rampUp(site, t)` is accepted too. Options may be a whole `Scenario`.
 */
export function rampUp(t: number, site: RampInput | RampLetters, options?: RampOptions): number;
export function rampUp(site: RampInput | RampLetters, t: number, options?: RampOptions): number;
export function rampUp(
  first: number | RampInput | RampLetters,
  second: number | RampInput | RampLetters,
  options: RampOptions = {}
): number {
  const t = typeof first === 'number' ? first : (second as number);
  const site = fields(typeof first === 'number' ? (second as RampInput | RampLetters) : first);
  const d = options.delayYears ?? 0;
  const a = site.productionStart + d;
  const b = site.fullCapacity + d;
  const N = site.targetJobs * (options.targetScale ?? 1);
  if ((options.rampShape ?? DEFAULT_RAMP_SHAPE) === 'linear') return linearRamp(t, a, b, N);
  const { m, k } = logisticParams(a, b);
  return logistic(t, m, k, N);
}
