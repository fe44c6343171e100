/**
 * A small seeded generator and the triangular draw. Integer arithmetic (Math.imul, >>>) gives the
 * same stream in every JavaScript engine, so a seed reproduces a simulation in Node and in the
 * browser.
 *
 * @example
 *   const rand = mulberry32(42);
 *   rand(); // 0.6011037519201636, then 0.44829055899754167, …
 *   triangular(rand, { low: 0, mode: 1, high: 3 }); // a draw in [0, 3]
 */
import type { Triangular } from './types.ts';

/**
 * Mulberry32 (Tommy Ettinger, 2017): 32-bit state, period 2^32, uniform in [0, 1). The state
 * moves by a constant (0x6d2b79f5) per draw, so `skip` draws are jumped over at once:
 * mulberry32(seed, n) gives the stream of mulberry32(seed) after its first n draws (n mod 2^32),
 * which lets blocks of Monte Carlo runs start where one stream would be.
 */
export function mulberry32(seed: number, skip = 0): () => number {
  let a = (seedToUint32(seed) + Math.imul(skip >>> 0, 0x6d2b79f5)) | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Any finite number to a 32-bit seed: integers map to themselves (mod 2^32). */
function seedToUint32(seed: number): number {
  if (Number.isInteger(seed)) return seed >>> 0;
  // Non-integers: fold the fraction in so 1.5 and 1 give different streams.
  return (Math.floor(seed) ^ Math.imul(Math.round((seed % 1) * 4294967296) | 0, 0x9e3779b1)) >>> 0;
}

/**
 * Inverse-CDF draw from a triangular distribution {low, mode, high}:
 *   F(mode) = (mode - low) / (high - low);  x = low + √(u (high - low)(mode - low)) for u < F(mode),
 *   x = high - √((1 - u)(high - low)(high - mode)) otherwise.
 */
export function triangularQuantile(u: number, { low, mode, high }: Triangular): number {
  const span = high - low;
  if (span <= 0) return mode;
  const f = (mode - low) / span;
  return u < f
    ? low + Math.sqrt(u * span * (mode - low))
    : high - Math.sqrt((1 - u) * span * (high - mode));
}

export function triangular(rand: () => number, tri: Triangular): number {
  return triangularQuantile(rand(), tri);
}

/**
 * Φ(z), the standard normal CDF, from the error function by Abramowitz & Stegun, *Handbook of
 * Mathematical Functions* (1964), formula 7.1.26 (|error of erf| < 1.5e-7):
 *   erf(x) ≈ 1 − (a1 t + a2 t² + a3 t³ + a4 t⁴ + a5 t⁵) e^(−x²),  t = 1 / (1 + p x),  x ≥ 0.
 */
export function standardNormalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}
