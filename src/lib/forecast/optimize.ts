/**
 * Derivative-free minimisers: Nelder–Mead (Nelder & Mead 1965, with the standard coefficients
 * 1, 2, 0.5, 0.5), started from the best point of a coarse grid by the caller, fits the ramp
 * and DOTM; Nash's variant (`nashNelderMead`, below) fits the exponential smoothing models as
 * R does.
 *
 * @example
 *   nelderMead(([x, y]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]).x; // ≈ [1, -2]
 */

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

export interface NashNelderMeadOptions {
  /** Relative tolerance on the function values (default √ε ≈ 1.49e-8, as R's `optim`). */
  reltol?: number;
  /** Maximum number of function evaluations (default 2 000, as `forecast::ets`). */
  maxEvaluations?: number;
  /** The function's value where it is not finite (default 1e35). */
  big?: number;
}

/**
 * Nelder–Mead as J. C. Nash wrote it (Compact Numerical Methods for Computers, 2nd ed., 1990,
 * Algorithm 19), the variant behind R's `optim(method = "Nelder-Mead")` and `forecast::ets`:
 * one initial step for every coordinate (a tenth of the largest |x0[i]|), reflection 1,
 * contraction 0.5, expansion 2, stop when the simplex's values span less than
 * reltol × (|f(x0)| + reltol) or after maxEvaluations. A point where f is not finite counts as
 * `big`, so a bounded problem can simply return Infinity outside its bounds.
 *
 * It is a local search and, started where `ets` starts, stops where `ets` stops: that is its
 * purpose here (the damped trend's parameters as R fits them), not the global minimum.
 *
 * @example
 *   nashNelderMead(([x, y]) => (x - 1) ** 2 + (y + 2) ** 2, [0.5, 0.5]).x; // ≈ [1, -2]
 */
export function nashNelderMead(
  f: (x: number[]) => number,
  x0: readonly number[],
  options: NashNelderMeadOptions = {}
): { x: number[]; fx: number; evaluations: number } {
  const n = x0.length;
  const reltol = options.reltol ?? Math.sqrt(Number.EPSILON);
  const maxEvaluations = options.maxEvaluations ?? 2000;
  const big = options.big ?? 1e35;
  let evaluations = 0;
  const value = (x: number[]): number => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : big;
  };
  const f0 = f(x0.slice());
  evaluations = 1;
  if (!Number.isFinite(f0)) throw new RangeError('nashNelderMead: f is not finite at x0');
  const tolerance = reltol * (Math.abs(f0) + reltol);

  let step = 0;
  for (const v of x0) step = Math.max(step, 0.1 * Math.abs(v));
  if (step === 0) step = 0.1;
  const points: number[][] = [x0.slice()];
  const values: number[] = [f0];
  let size = 0;
  for (let i = 0; i < n; i++) {
    const p = x0.slice();
    let trial = step;
    // A step too small to change the coordinate is grown tenfold until it does.
    while (p[i] === x0[i]) {
      p[i] = x0[i] + trial;
      trial *= 10;
    }
    size += trial;
    points.push(p);
    values.push(value(p));
  }
  let oldSize = size;
  let low = 0;
  while (evaluations <= maxEvaluations) {
    let high = low;
    for (let j = 0; j <= n; j++) {
      if (values[j] < values[low]) low = j;
      if (values[j] > values[high]) high = j;
    }
    if (values[high] <= values[low] + tolerance) break;

    const centroid = new Array<number>(n).fill(0);
    for (let j = 0; j <= n; j++) {
      if (j === high) continue;
      for (let i = 0; i < n; i++) centroid[i] += points[j][i] / n;
    }
    const worst = values[high];
    const reflected = centroid.map((c, i) => 2 * c - points[high][i]);
    const fr = value(reflected);
    if (fr < values[low]) {
      const expanded = centroid.map((c, i) => 2 * reflected[i] - c);
      const fe = value(expanded);
      if (fe < fr) {
        points[high] = expanded;
        values[high] = fe;
      } else {
        points[high] = reflected;
        values[high] = fr;
      }
      continue;
    }
    if (fr < values[high]) {
      points[high] = reflected;
      values[high] = fr;
    }
    const contracted = centroid.map((c, i) => 0.5 * points[high][i] + 0.5 * c);
    const fc = value(contracted);
    if (fc < values[high]) {
      points[high] = contracted;
      values[high] = fc;
    } else if (fr >= worst) {
      // Shrink towards the best point; give up if the simplex no longer gets smaller.
      size = 0;
      for (let j = 0; j <= n; j++) {
        if (j === low) continue;
        for (let i = 0; i < n; i++) {
          points[j][i] = 0.5 * (points[j][i] - points[low][i]) + points[low][i];
          size += Math.abs(points[j][i] - points[low][i]);
        }
      }
      if (size >= oldSize) break;
      oldSize = size;
      for (let j = 0; j <= n; j++) if (j !== low) values[j] = value(points[j]);
    }
  }
  // The best vertex of the last comparison, as Nash's algorithm returns it.
  return { x: points[low], fx: values[low], evaluations };
}
