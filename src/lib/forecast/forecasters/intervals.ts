/**
 * Prediction intervals of the point forecasters, each as its textbook derives it, assuming
 * normal errors (Hyndman & Athanasopoulos, FPP 3rd ed., §5.5 and §8.7; Hyndman, Koehler, Ord &
 * Snyder 2008, §6.3): ŷ(n+h) ± z σ(h), z the normal quantile of the level.
 *
 *   naive       σ(h)² = σ² h,                  σ² = mean of the squared one-step changes
 *   drift       σ(h)² = σ² h (1 + h / (n - 1)), σ² = Σ (Δy - c)² / (n - 2), c the mean change
 *               (the second term is the error of c, a mean of n - 1 changes)
 *   ses, holt,  σ(h)² = σ² (1 + Σ_{j<h} c_j²),   c_j = α + β (φ + … + φ^j), the ETS class-1
 *   damped                                     variance (ets.ts), σ² = Σ e² / (n - k)
 *   theta       SES's interval around the Theta forecast, as `forecast::thetaf` draws it
 *   dotm        σ(h)² = σ² (1 + (h - 1) α²)    (dotm.ts)
 *   comb,       the members' bounds averaged (comb) or their median (combMedian): combining
 *   combMedian  quantiles, not probabilities (Lichtendahl, Grushka-Cockayne & Winkler 2013,
 *               *Is it better to average probabilities or quantiles?*, Management Science
 *               59(7)); a textbook variance does not exist for a combination.
 *
 * Where σ cannot be estimated (too short a series) the bounds are NaN, never a made-up width.
 *
 * @example
 *   const f = forecastWithIntervals('naive', [10, 12, 11, 13], 2);
 *   f.mean;                   // [13, 13]
 *   f.intervals[0].level;     // 80
 *   f.intervals[0].upper[0];  // 13 + 1.2816 × √(mean of 4, 1, 4) ≈ 15.28
 */
import { standardNormalCdf } from '../random.ts';
import { median3 } from './comb.ts';
import { fitDotm, forecastDotm } from './dotm.ts';
import { etsVarianceFactors, fitEts } from './ets.ts';
import { checkSeries } from './series.ts';
import { forecastSmoothing } from './smoothing.ts';
import { thetaFromFit } from './theta.ts';

export const INTERVAL_METHODS = [
  'naive',
  'drift',
  'ses',
  'holt',
  'damped',
  'theta',
  'dotm',
  'comb',
  'combMedian'
] as const;
export type IntervalMethod = (typeof INTERVAL_METHODS)[number];

export interface Interval {
  /** Coverage in percent, e.g. 80. */
  level: number;
  lower: number[];
  upper: number[];
}

export interface IntervalForecast {
  mean: number[];
  intervals: Interval[];
}

/** z such that Φ(z) = p, by bisection on Φ (enough for interval bounds: |error| < 1e-6). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (standardNormalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

interface Spread {
  mean: number[];
  /** σ(h), h = 1 … horizon (NaN where it cannot be estimated). */
  sd: number[];
}

const steps = (horizon: number): number[] => Array.from({ length: horizon }, (_, i) => i + 1);

function naiveSpread(y: readonly number[], horizon: number): Spread {
  const n = y.length;
  let s = 0;
  for (let t = 1; t < n; t++) s += (y[t] - y[t - 1]) ** 2;
  const sigma = n > 1 ? Math.sqrt(s / (n - 1)) : NaN;
  return {
    mean: steps(horizon).map(() => y[n - 1]),
    sd: steps(horizon).map((h) => sigma * Math.sqrt(h))
  };
}

function driftSpread(y: readonly number[], horizon: number): Spread {
  const n = y.length;
  const c = n > 1 ? (y[n - 1] - y[0]) / (n - 1) : 0;
  let s = 0;
  for (let t = 1; t < n; t++) s += (y[t] - y[t - 1] - c) ** 2;
  const sigma = n > 2 ? Math.sqrt(s / (n - 2)) : NaN;
  return {
    mean: steps(horizon).map((h) => y[n - 1] + h * c),
    sd: steps(horizon).map((h) => sigma * Math.sqrt(h * (1 + h / (n - 1))))
  };
}

function etsSpread(
  y: readonly number[],
  horizon: number,
  trend: 'none' | 'linear' | 'damped'
): Spread {
  const fit = fitEts(y, trend);
  return {
    mean: forecastSmoothing(fit, horizon),
    sd: etsVarianceFactors(fit, horizon).map((k) => Math.sqrt(fit.sigma2 * k))
  };
}

function thetaSpread(y: readonly number[], horizon: number): Spread {
  const fit = fitEts(y, 'none');
  return {
    mean: thetaFromFit(y, fit, horizon),
    sd: etsVarianceFactors(fit, horizon).map((k) => Math.sqrt(fit.sigma2 * k))
  };
}

function dotmSpread(y: readonly number[], horizon: number): Spread {
  const fit = fitDotm(y);
  return {
    mean: forecastDotm(fit, horizon),
    sd: steps(horizon).map((h) => Math.sqrt(fit.sigma2 * (1 + (h - 1) * fit.alpha ** 2)))
  };
}

const SPREADS: Record<
  Exclude<IntervalMethod, 'comb' | 'combMedian'>,
  (y: readonly number[], h: number) => Spread
> = {
  naive: naiveSpread,
  drift: driftSpread,
  ses: (y, h) => etsSpread(y, h, 'none'),
  holt: (y, h) => etsSpread(y, h, 'linear'),
  damped: (y, h) => etsSpread(y, h, 'damped'),
  theta: thetaSpread,
  dotm: dotmSpread
};

const MEMBERS = {
  comb: ['ses', 'holt', 'damped'],
  combMedian: ['naive', 'damped', 'drift']
} as const;

function bounds(s: Spread, z: number): { lower: number[]; upper: number[] } {
  return {
    lower: s.mean.map((m, i) => m - z * s.sd[i]),
    upper: s.mean.map((m, i) => m + z * s.sd[i])
  };
}

export function forecastWithIntervals(
  method: IntervalMethod,
  series: number[],
  horizon: number,
  levels: readonly number[] = [80, 95]
): IntervalForecast {
  checkSeries(series, horizon, `forecastWithIntervals('${String(method)}')`);
  if (!INTERVAL_METHODS.includes(method)) {
    throw new RangeError(
      `forecastWithIntervals: unknown method "${String(method)}" (one of ${INTERVAL_METHODS.join(', ')})`
    );
  }
  for (const level of levels) {
    if (!(level > 0 && level < 100)) {
      throw new RangeError(
        `forecastWithIntervals: a level is a percentage in (0, 100), got ${level}`
      );
    }
  }
  const zs = levels.map((level) => normalQuantile(0.5 + level / 200));
  if (method === 'comb' || method === 'combMedian') {
    const parts = MEMBERS[method].map((m) => SPREADS[m](series, horizon));
    const join =
      method === 'comb' ? (a: number, b: number, c: number): number => (a + b + c) / 3 : median3;
    const combine = (rows: number[][]): number[] =>
      rows[0].map((_, i) => join(rows[0][i], rows[1][i], rows[2][i]));
    return {
      mean: combine(parts.map((p) => p.mean)),
      intervals: levels.map((level, k) => {
        const each = parts.map((p) => bounds(p, zs[k]));
        return {
          level,
          lower: combine(each.map((e) => e.lower)),
          upper: combine(each.map((e) => e.upper))
        };
      })
    };
  }
  const spread = SPREADS[method](series, horizon);
  return {
    mean: spread.mean,
    intervals: levels.map((level, k) => ({ level, ...bounds(spread, zs[k]) }))
  };
}
