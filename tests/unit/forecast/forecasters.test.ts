import { describe, expect, it } from 'vitest';
import {
  backtest,
  comb,
  damped,
  drift,
  fitEts,
  holt,
  InputError,
  naive,
  ses,
  theta
} from '../../../src/lib/forecast/index.ts';

describe('point forecasters', () => {
  it('naive repeats the last value', () => {
    expect(naive([3, 5, 4], 3)).toEqual([4, 4, 4]);
    expect(naive([3], 0)).toEqual([]);
  });

  it('drift continues the line through the first and last values', () => {
    expect(drift([1, 3, 5], 2)).toEqual([7, 9]);
    expect(drift([10, 4, 7, 1], 3)).toEqual([-2, -5, -8]);
    expect(drift([5], 2)).toEqual([5, 5]);
  });

  it('SES on a constant series returns the constant', () => {
    const f = ses([42, 42, 42, 42, 42, 42], 4);
    f.forEach((v) => expect(v).toBeCloseTo(42, 9));
  });

  it('SES follows the recursion ℓ(t) = ℓ(t-1) + α e(t) from its fitted ℓ0', () => {
    const y = [10, 12, 11, 13, 12, 14, 13];
    const fit = fitEts(y, 'none');
    let level = fit.level0;
    for (const v of y) level += fit.alpha * (v - level);
    expect(ses(y, 1)[0]).toBeCloseTo(level, 9);
    expect(fit.alpha).toBeGreaterThanOrEqual(1e-4);
    expect(fit.alpha).toBeLessThanOrEqual(0.9999);
  });

  it('Holt continues an exact line', () => {
    const f = holt([2, 4, 6, 8, 10, 12], 3);
    expect(f[0]).toBeCloseTo(14, 6);
    expect(f[1]).toBeCloseTo(16, 6);
    expect(f[2]).toBeCloseTo(18, 6);
  });

  it('damped trend bends an exact line towards a level: φ within [0.8, 0.98]', () => {
    const y = [2, 4, 6, 8, 10, 12];
    const fit = fitEts(y, 'damped');
    expect(fit.phi).toBeGreaterThanOrEqual(0.8);
    expect(fit.phi).toBeLessThanOrEqual(0.98);
    const f = damped(y, 3);
    expect(f[0]).toBeLessThan(14 + 1e-9);
    expect(f[2] - f[1]).toBeLessThan(f[1] - f[0] + 1e-9);
    const phi = fit.phi;
    expect(f[1]).toBeCloseTo(fit.level + (phi + phi * phi) * fit.slope, 9);
  });

  it('theta = SES level + b/2 ((h - 1) + (1 - (1 - α)^n) / α), b the regression slope', () => {
    const y = [5, 7, 6, 9, 8, 11, 10, 13];
    const fit = fitEts(y, 'none');
    const n = y.length;
    const tBar = (n - 1) / 2;
    const yBar = y.reduce((a, b) => a + b, 0) / n;
    const b =
      y.reduce((s, v, t) => s + (t - tBar) * (v - yBar), 0) /
      y.reduce((s, _, t) => s + (t - tBar) ** 2, 0);
    const start = (1 - (1 - fit.alpha) ** n) / fit.alpha;
    const f = theta(y, 3);
    [0, 1, 2].forEach((h) => expect(f[h]).toBeCloseTo(fit.level + (b / 2) * (h + start), 9));
  });

  it('comb is the mean of SES, Holt and damped', () => {
    const y = [3, 5, 4, 6, 8, 7, 9];
    const [a, b, c] = [ses(y, 4), holt(y, 4), damped(y, 4)];
    comb(y, 4).forEach((v, i) => expect(v).toBeCloseTo((a[i] + b[i] + c[i]) / 3, 12));
  });

  it('handle very short series and reject bad ones', () => {
    for (const f of [ses, holt, damped, theta, comb]) {
      expect(f([7], 2)).toEqual([7, 7]);
      f([7, 9], 2).forEach((v) => expect(Number.isFinite(v)).toBe(true));
    }
    expect(() => naive([], 1)).toThrow(InputError);
    expect(() => ses([1, Number.NaN], 1)).toThrow(/series\[1\]/);
    expect(() => holt([1, 2], -1)).toThrow(/horizon/);
  });
});

describe('backtest', () => {
  it('naive on [1, 2, 4, 7], horizon 1: hand-checked MAE, MAPE, MASE', () => {
    // Origins 2 and 3: forecasts 2 and 4 against 4 and 7; naive scales 1 and (1 + 2) / 2.
    const r = backtest([1, 2, 4, 7], naive, { horizon: 1 });
    expect(r.origins).toBe(2);
    expect(r.mae).toBe(2.5);
    expect(r.mape).toBeCloseTo((100 * (2 / 4 + 3 / 7)) / 2, 12);
    expect(r.mase).toBeCloseTo((2 / 1 + 3 / 1.5) / 2, 12);
    expect(r.relativeMae).toBe(1);
    expect(r.forecasts).toEqual([
      { origin: 2, forecast: [2], actual: [4] },
      { origin: 3, forecast: [4], actual: [7] }
    ]);
  });

  it('drift on the same series halves the naive error', () => {
    // Origin 2: 2 + 1 = 3 against 4; origin 3: 4 + 1.5 = 5.5 against 7.
    const r = backtest([1, 2, 4, 7], drift, { horizon: 1 });
    expect(r.mae).toBe(1.25);
    expect(r.mase).toBeCloseTo((1 / 1 + 1.5 / 1.5) / 2, 12);
    expect(r.naive.mae).toBe(2.5);
    expect(r.relativeMae).toBe(0.5);
  });

  it('horizon 2 with a longer first window, per-horizon accuracy', () => {
    // Origins 3 and 4 (= n - h) on [1, 2, 4, 7, 11, 16], naive:
    // origin 3: [4, 4] against [7, 11], errors 3 and 7, scale (1 + 2) / 2 = 1.5;
    // origin 4: [7, 7] against [11, 16], errors 4 and 9, scale (1 + 2 + 3) / 3 = 2.
    const r = backtest([1, 2, 4, 7, 11, 16], naive, { horizon: 2, initial: 3 });
    expect(r.origins).toBe(2);
    expect(r.mae).toBe(5.75);
    expect(r.mase).toBeCloseTo((3 / 1.5 + 7 / 1.5 + 4 / 2 + 9 / 2) / 4, 12);
    expect(r.byHorizon.map((h) => [h.h, h.mae])).toEqual([
      [1, 3.5],
      [2, 8]
    ]);
  });

  it('rejects a series too short for the horizon', () => {
    expect(() => backtest([1, 2, 3], naive, { horizon: 2 })).toThrow(/too short/);
  });
});
