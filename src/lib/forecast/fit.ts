/**
 * `fitRampUp`: least-squares fit of the logistic ramp J(t) = N / (1 + exp(-k (t - m))) to
 * observed headcounts (MODEL.md, "Fitting to observed headcounts").
 *
 * Where N is not given it is profiled out: for fixed (m, k) the best N is Σ J f / Σ f² with
 * f(t) = 1 / (1 + exp(-k (t - m))) (clamped at ≥ 0), so the search is over (m, ln k) only — a
 * grid, then Nelder–Mead, then a restart from the optimum. The fitted ramp is also given as the
 * model's site fields: a = m - ln(19)/k (5 % of N) and b = m + ln(19)/k (95 % of N).
 *
 * @example
 *   fitRampUp([{ year: 2023, jobs: 450 }, { year: 2024, jobs: 800 }, { year: 2025, jobs: 1250 },
 *              { year: 2026, jobs: 1600 }], { targetJobs: 2000 });
 *   // { m: 2024.8…, k: 0.8…, N: 2000, productionStart: 2021.1…, fullCapacity: 2028.4…, rmse: … }
 */
import { InputError } from './errors.ts';
import { nelderMead } from './optimize.ts';
import { LN19 } from './ramp.ts';

export interface RampObservation {
  year: number;
  jobs: number;
}

export interface FitRampOptions {
  /** N, when known (e.g. the announced target): then only m and k are fitted. */
  targetJobs?: number;
}

export interface RampFit {
  m: number;
  k: number;
  N: number;
  /** The fitted ramp as a Site's fields: N, */
  targetJobs: number;
  /** a = m - ln(19)/k: where the fitted ramp is at 5 % of N. */
  productionStart: number;
  /** b = m + ln(19)/k: where it is at 95 % of N. */
  fullCapacity: number;
  /** √(Σ residual² / n) */
  rmse: number;
  /** observed - fitted, in the order of the observations. */
  residuals: number[];
  n: number;
}

export function fitRampUp(observations: RampObservation[], options: FitRampOptions = {}): RampFit {
  const rec = 'fitRampUp()';
  if (!Array.isArray(observations))
    throw new InputError('observations', rec, 'must be an array of { year, jobs }');
  observations.forEach((o, i) => {
    if (!o || !Number.isFinite(o.year))
      throw new InputError(`observations[${i}].year`, rec, 'must be a finite number');
    if (!Number.isFinite(o.jobs) || o.jobs < 0) {
      throw new InputError(`observations[${i}].jobs`, rec, `must be a number ≥ 0, got ${o?.jobs}`);
    }
  });
  const fixedN = options.targetJobs;
  if (fixedN !== undefined && (!Number.isFinite(fixedN) || fixedN <= 0)) {
    throw new InputError('targetJobs', rec, `must be a number > 0, got ${fixedN}`);
  }
  const years = observations.map((o) => o.year);
  const jobs = observations.map((o) => o.jobs);
  const distinct = new Set(years).size;
  const needed = fixedN === undefined ? 3 : 2;
  if (distinct < needed) {
    throw new InputError(
      'observations',
      rec,
      `need at least ${needed} distinct years, got ${distinct}`
    );
  }
  const n = years.length;
  const maxJobs = Math.max(...jobs);

  // For (m, k): f(t), the best N (or the fixed one) and the SSE.
  const evaluate = (m: number, k: number): { N: number; sse: number } => {
    let sff = 0;
    let sfy = 0;
    const f = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      f[i] = 1 / (1 + Math.exp(-k * (years[i] - m)));
      sff += f[i] * f[i];
      sfy += f[i] * jobs[i];
    }
    const N = fixedN ?? (sff > 0 ? Math.max(0, sfy / sff) : maxJobs);
    let sse = 0;
    for (let i = 0; i < n; i++) sse += (jobs[i] - N * f[i]) ** 2;
    return { N, sse };
  };
  const objective = ([m, lk]: number[]): number => {
    const r = evaluate(m, Math.exp(lk));
    return Number.isFinite(r.sse) ? r.sse : Number.MAX_VALUE;
  };

  const y0 = Math.min(...years);
  const y1 = Math.max(...years);
  const span = Math.max(1, y1 - y0);
  let best = { x: [(y0 + y1) / 2, 0], f: Infinity };
  for (let i = 0; i <= 24; i++) {
    const m = y0 - span + (3 * span * i) / 24;
    for (let j = 0; j <= 20; j++) {
      const lk = Math.log(0.05) + ((Math.log(10) - Math.log(0.05)) * j) / 20;
      const f = objective([m, lk]);
      if (f < best.f) best = { x: [m, lk], f };
    }
  }
  let x = best.x;
  for (let restart = 0; restart < 3; restart++) {
    const r = nelderMead(objective, x, { step: [span / 8, 0.3], tol: 1e-16, maxIter: 2000 });
    x = r.x;
  }
  const m = x[0];
  const k = Math.exp(x[1]);
  const { N } = evaluate(m, k);
  const residuals = years.map((t, i) => jobs[i] - N / (1 + Math.exp(-k * (t - m))));
  const rmse = Math.sqrt(residuals.reduce((s, r) => s + r * r, 0) / n);
  return {
    m,
    k,
    N,
    targetJobs: N,
    productionStart: m - LN19 / k,
    fullCapacity: m + LN19 / k,
    rmse,
    residuals,
    n
  };
}
