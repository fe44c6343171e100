/**
 * The forecasters on three M3 yearly series (Makridakis & Hibon 2000; N0001, N0100 and N0500,
 * training parts, as in ../shared/bench/m3-yearly.csv), each checked against its definition
 * computed a second way here: by hand, by a plain recursion, or by the method's own
 * construction (the theta lines for DOTM).
 */
import { describe, expect, it } from 'vitest';
import {
  comb,
  combMedian,
  damped,
  dotm,
  drift,
  etsInitialStates,
  etsVarianceFactors,
  fitDotm,
  fitEts,
  forecastDotm,
  forecastWithIntervals,
  holt,
  INTERVAL_METHODS,
  naive,
  normalQuantile,
  ses,
  theta
} from '../../../src/lib/forecast/index.ts';
import { nashNelderMead } from '../../../src/lib/forecast/optimize.ts';

const N0001 = [
  940.66, 1084.86, 1244.98, 1445.02, 1683.17, 2038.15, 2342.52, 2602.45, 2927.87, 3103.96, 3360.27,
  3807.63, 4387.88, 4936.99
];
const N0100 = [
  1424.7, 1546.5, 1615.7, 1868.7, 2041.5, 2303.3, 2615.0, 2123.0, 2295.0, 2515.0, 2011.0, 2166.0,
  2210.0, 2540.0
];
const N0500 = [
  3247.35, 3826.2, 4273.1, 4625.9, 5266.45, 6009.6, 6772.35, 7298.5, 7009.0, 6377.5, 5925.0,
  5703.75, 5590.25, 5443.75, 5520.9, 5891.6, 6034.9, 6533.6, 6976.15
];
const M3 = { N0001, N0100, N0500 };

/** One-step squared errors of the recursion, written out plainly. */
function sse(y: number[], a: number, b: number, phi: number, l0: number, b0: number): number {
  let level = l0;
  let slope = b0;
  let total = 0;
  for (const v of y) {
    const e = v - (level + phi * slope);
    total += e * e;
    level = level + phi * slope + a * e;
    slope = phi * slope + b * e;
  }
  return total;
}

describe('Nash Nelder–Mead', () => {
  it('finds the minimum of the Rosenbrock function from (-1.2, 1)', () => {
    const r = nashNelderMead(([x, y]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2, [-1.2, 1]);
    expect(r.x[0]).toBeCloseTo(1, 1);
    expect(r.x[1]).toBeCloseTo(1, 1);
    expect(r.evaluations).toBeLessThanOrEqual(2001 + 3);
  });

  it('treats +∞ as outside the bounds: x ≤ 1 with the unconstrained minimum at 2', () => {
    const r = nashNelderMead(([x]) => (x <= 1 ? (x - 2) ** 2 : Infinity), [0.5]);
    expect(r.x[0]).toBeLessThanOrEqual(1);
    expect(r.x[0]).toBeGreaterThan(0.99);
  });

  it('refuses a start where the function is not finite', () => {
    expect(() => nashNelderMead(() => Infinity, [1])).toThrow(/not finite at x0/);
  });
});

describe('ETS fits as forecast::ets starts and bounds them', () => {
  it('starts ℓ0, b0 from the least-squares line through the first ten values', () => {
    const y = N0001.slice(0, 10);
    const t = y.map((_, i) => i + 1);
    const tm = t.reduce((a, b) => a + b) / 10;
    const ym = y.reduce((a, b) => a + b) / 10;
    const slope =
      t.reduce((s, ti, i) => s + (ti - tm) * (y[i] - ym), 0) /
      t.reduce((s, ti) => s + (ti - tm) ** 2, 0);
    const [l0, b0] = etsInitialStates(N0001, true);
    expect(b0).toBeCloseTo(slope, 9);
    expect(l0).toBeCloseTo(ym - slope * tm, 9);
    expect(etsInitialStates(N0001, false)[0]).toBeCloseTo(ym, 9);
  });

  for (const [name, y] of Object.entries(M3)) {
    it(`${name}: damped fit within the bounds, better than its start, forecasts by the recursion`, () => {
      const fit = fitEts(y, 'damped');
      expect(fit.phi).toBeGreaterThanOrEqual(0.8);
      expect(fit.phi).toBeLessThanOrEqual(0.98);
      expect(fit.alpha).toBeGreaterThanOrEqual(1e-4);
      expect(fit.alpha).toBeLessThanOrEqual(0.9999);
      expect(fit.beta).toBeGreaterThanOrEqual(1e-4);
      expect(fit.beta).toBeLessThanOrEqual(fit.alpha);
      const [l0, b0] = etsInitialStates(y, true);
      // R's initparam: α at 0.2 of its range, β at 0.1 of [1e-4, α], φ at 0.99 of its range.
      const alpha0 = 1e-4 + 0.2 * (0.9999 - 1e-4);
      const start = sse(y, alpha0, 1e-4 + 0.1 * (alpha0 - 1e-4), 0.8 + 0.99 * 0.18, l0, b0);
      const fitted = sse(y, fit.alpha, fit.beta, fit.phi, fit.level0, fit.trend0);
      expect(fitted).toBeCloseTo(fit.sse, 6);
      expect(fitted).toBeLessThan(start);
      expect(fit.sigma2).toBeCloseTo(fit.sse / (y.length - 5), 9);

      let level = fit.level0;
      let slope = fit.trend0;
      for (const v of y) {
        const e = v - (level + fit.phi * slope);
        level += fit.phi * slope + fit.alpha * e;
        slope = fit.phi * slope + fit.beta * e;
      }
      const f = damped(y, 3);
      const p = fit.phi;
      expect(f[0]).toBeCloseTo(level + p * slope, 6);
      expect(f[2]).toBeCloseTo(level + (p + p * p + p * p * p) * slope, 6);
    });
  }

  it('N0001, a steady climb: Holt goes on climbing, damped bends, SES stays flat', () => {
    const [h, d, s] = [holt(N0001, 6), damped(N0001, 6), ses(N0001, 6)];
    expect(h[5] - h[4]).toBeCloseTo(h[1] - h[0], 6);
    expect(d[5] - d[4]).toBeLessThan(d[1] - d[0]);
    expect(d[0]).toBeGreaterThan(N0001.at(-1)!);
    expect(s[5]).toBeCloseTo(s[0], 9);
  });

  it('the likelihood criterion is the one ets() uses by default, and fits differently', () => {
    const mse = fitEts(N0100, 'damped');
    const lik = fitEts(N0100, 'damped', 'likelihood');
    expect(lik.phi).toBeGreaterThanOrEqual(0.8);
    expect([lik.alpha, lik.beta, lik.phi]).not.toEqual([mse.alpha, mse.beta, mse.phi]);
  });
});

describe('DOTM (Fiorucci et al. 2016)', () => {
  for (const [name, y] of Object.entries(M3)) {
    it(`${name}: the forecast is the theta lines' combination, built explicitly`, () => {
      const fit = fitDotm(y);
      expect(fit.theta).toBeGreaterThanOrEqual(1);
      expect(fit.alpha).toBeGreaterThan(0);
      // Line through all n observations, θ-line Z = θ y + (1 - θ)(A + B t), SES of Z started at
      // θ ℓ0, then (1/θ) SES(Z) + (1 - 1/θ) line.
      const n = y.length;
      const t = y.map((_, i) => i + 1);
      const tm = (n + 1) / 2;
      const ym = y.reduce((a, b) => a + b) / n;
      const B =
        t.reduce((s, ti, i) => s + (ti - tm) * (y[i] - ym), 0) /
        t.reduce((s, ti) => s + (ti - tm) ** 2, 0);
      const A = ym - B * tm;
      let z = fit.theta * fit.level0;
      for (let s = 1; s <= n; s++) {
        const zs = fit.theta * y[s - 1] + (1 - fit.theta) * (A + B * s);
        z += fit.alpha * (zs - z);
      }
      const f = forecastDotm(fit, 6);
      for (let h = 1; h <= 6; h++) {
        const byLines = z / fit.theta + (1 - 1 / fit.theta) * (A + B * (n + h));
        expect(f[h - 1]).toBeCloseTo(byLines, 6);
      }
      expect(dotm(y, 6)).toEqual(f);
    });
  }
});

describe('combinations', () => {
  it('combMedian takes the middle of naive, damped and drift at each horizon', () => {
    const [a, b, c] = [naive(N0500, 6), damped(N0500, 6), drift(N0500, 6)];
    combMedian(N0500, 6).forEach((v, i) => {
      const sorted = [a[i], b[i], c[i]].sort((x, y) => x - y);
      expect(v).toBe(sorted[1]);
    });
  });
});

describe('prediction intervals', () => {
  const z80 = normalQuantile(0.9);
  const z95 = normalQuantile(0.975);

  it('normal quantiles of 80 % and 95 %', () => {
    expect(z80).toBeCloseTo(1.281552, 5);
    expect(z95).toBeCloseTo(1.959964, 5);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });

  it('naive by hand: σ² the mean squared change, σ(h) = σ √h', () => {
    const f = forecastWithIntervals('naive', [10, 12, 11, 13], 2);
    // Changes 2, -1, 2: σ² = 9 / 3 = 3.
    expect(f.mean).toEqual([13, 13]);
    expect(f.intervals[0].upper[0]).toBeCloseTo(13 + z80 * Math.sqrt(3), 9);
    expect(f.intervals[1].lower[1]).toBeCloseTo(13 - z95 * Math.sqrt(6), 9);
  });

  it('drift by hand: σ(h) = σ √(h (1 + h / (n - 1)))', () => {
    const f = forecastWithIntervals('drift', [10, 12, 11, 13], 2);
    // c = 1; residual changes 1, -2, 1: σ² = 6 / 2 = 3.
    expect(f.mean).toEqual([14, 15]);
    expect(f.intervals[0].upper[1]).toBeCloseTo(15 + z80 * Math.sqrt(3 * 2 * (1 + 2 / 3)), 9);
  });

  it('ETS class-1 variance factors by hand (α 0.5, β 0.1, φ 0.9)', () => {
    const fit = { ...fitEts(N0001, 'damped'), alpha: 0.5, beta: 0.1, phi: 0.9 };
    const k = etsVarianceFactors(fit, 3);
    expect(k[0]).toBe(1);
    expect(k[1]).toBeCloseTo(1 + 0.59 ** 2, 12);
    expect(k[2]).toBeCloseTo(1 + 0.59 ** 2 + (0.5 + 0.1 * (0.9 + 0.81)) ** 2, 12);
  });

  it("theta's interval is SES's, centred on the Theta forecast", () => {
    const t = forecastWithIntervals('theta', N0001, 4);
    const s = forecastWithIntervals('ses', N0001, 4);
    for (let h = 0; h < 4; h++) {
      const halfT = t.intervals[1].upper[h] - t.mean[h];
      const halfS = s.intervals[1].upper[h] - s.mean[h];
      expect(halfT).toBeCloseTo(halfS, 6);
    }
  });

  it('comb averages its members bounds; widths grow with h; 95 % holds 80 %', () => {
    const f = forecastWithIntervals('comb', N0100, 6);
    const members = (['ses', 'holt', 'damped'] as const).map((m) =>
      forecastWithIntervals(m, N0100, 6)
    );
    for (let h = 0; h < 6; h++) {
      const avg = members.reduce((s, m) => s + m.intervals[0].lower[h], 0) / 3;
      expect(f.intervals[0].lower[h]).toBeCloseTo(avg, 9);
      expect(f.intervals[1].lower[h]).toBeLessThan(f.intervals[0].lower[h]);
      expect(f.intervals[1].upper[h]).toBeGreaterThan(f.intervals[0].upper[h]);
    }
    const width = (h: number): number => f.intervals[1].upper[h] - f.intervals[1].lower[h];
    expect(width(5)).toBeGreaterThan(width(0));
  });

  it('the mean of every method is its point forecast', () => {
    const points = { naive, drift, ses, holt, damped, theta, dotm, comb, combMedian };
    for (const method of INTERVAL_METHODS) {
      expect(forecastWithIntervals(method, N0500, 6).mean).toEqual(points[method](N0500, 6));
    }
  });

  it('too short to estimate σ: NaN bounds, never a made-up width; bad arguments named', () => {
    const f = forecastWithIntervals('drift', [5, 6], 2);
    expect(f.mean).toEqual([7, 8]);
    expect(f.intervals[0].lower.every(Number.isNaN)).toBe(true);
    expect(() => forecastWithIntervals('naive', [1, 2], 2, [100])).toThrow(/level/);
    expect(() => forecastWithIntervals('arima' as unknown as 'naive', [1, 2], 2)).toThrow(
      /unknown method "arima"/
    );
  });
});
