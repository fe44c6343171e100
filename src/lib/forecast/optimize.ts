/**
 * Derivative-free minimisers used to fit the smoothing parameters and the ramp: golden-section
 * search (1-D, Kiefer 1953) and Nelder–Mead (n-D, Nelder & Mead 1965, with the standard
 * coefficients 1, 2, 0.5, 0.5), each started from the best point of a coarse grid by the caller.
 *
 * @example
 *   goldenSection((x) => (x - 2) ** 2, 0, 5).x; // ≈ 2
 *   nelderMead(([x, y]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]).x; // ≈ [1, -2]
 */

/** Minimises f on [lo, hi] (f unimodal there). */
export function goldenSection(
  f: (x: number) => number,
  lo: number,
  hi: number,
  tol = 1e-8,
  maxIter = 200
): { x: number; fx: number } {
  const g = (Math.sqrt(5) - 1) / 2;
  let a = lo;
  let b = hi;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < maxIter && b - a > tol; i++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = f(d);
    }
  }
  return fc < fd ? { x: c, fx: fc } : { x: d, fx: fd };
}

export interface NelderMeadOptions {
  /** Initial simplex step per coordinate (default 0.1 or 10 % of |x0|). */
  step?: number | number[];
  maxIter?: number;
  /** Stop when the simplex's function values span less than this. */
  tol?: number;
}

/** Minimises f over R^n from x0. */
export function nelderMead(
  f: (x: number[]) => number,
  x0: readonly number[],
  options: NelderMeadOptions = {}
): { x: number[]; fx: number; iterations: number } {
  const n = x0.length;
  const maxIter = options.maxIter ?? 200 * n;
  const tol = options.tol ?? 1e-10;
  const steps = Array.isArray(options.step)
    ? options.step
    : x0.map((v) => (options.step as number | undefined) ?? (v !== 0 ? 0.1 * Math.abs(v) : 0.1));
  const simplex: number[][] = [x0.slice()];
  for (let i = 0; i < n; i++) {
    const p = x0.slice();
    p[i] += steps[i];
    simplex.push(p);
  }
  let values = simplex.map((p) => f(p));
  let iter = 0;
  for (; iter < maxIter; iter++) {
    const order = values.map((_, i) => i).sort((i, j) => values[i] - values[j]);
    const s = order.map((i) => simplex[i]);
    const v = order.map((i) => values[i]);
    simplex.splice(0, simplex.length, ...s);
    values = v;
    if (Math.abs(values[n] - values[0]) <= tol * (Math.abs(values[0]) + tol)) break;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += simplex[i][j] / n;
    const towards = (coef: number): number[] =>
      centroid.map((c, j) => c + coef * (simplex[n][j] - c));
    const xr = towards(-1);
    const fr = f(xr);
    if (fr < values[0]) {
      const xe = towards(-2);
      const fe = f(xe);
      if (fe < fr) {
        simplex[n] = xe;
        values[n] = fe;
      } else {
        simplex[n] = xr;
        values[n] = fr;
      }
    } else if (fr < values[n - 1]) {
      simplex[n] = xr;
      values[n] = fr;
    } else {
      const outside = fr < values[n];
      const xc = towards(outside ? -0.5 : 0.5);
      const fc = f(xc);
      if (fc < (outside ? fr : values[n])) {
        simplex[n] = xc;
        values[n] = fc;
      } else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = simplex[i].map((x, j) => simplex[0][j] + 0.5 * (x - simplex[0][j]));
          values[i] = f(simplex[i]);
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i <= n; i++) if (values[i] < values[best]) best = i;
  return { x: simplex[best], fx: values[best], iterations: iter };
}

/** Maps an unbounded number into (lo, hi) and back: the optimisers search in unbounded space. */
export function toBounded(z: number, lo: number, hi: number): number {
  return lo + (hi - lo) / (1 + Math.exp(-z));
}

export function fromBounded(x: number, lo: number, hi: number): number {
  const u = Math.min(Math.max((x - lo) / (hi - lo), 1e-9), 1 - 1e-9);
  return Math.log(u / (1 - u));
}
