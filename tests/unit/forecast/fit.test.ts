import { describe, expect, it } from 'vitest';
import { fitRampUp, InputError } from '../../../src/lib/forecast/index.ts';

const logistic = (t: number, m: number, k: number, N: number): number =>
  N / (1 + Math.exp(-k * (t - m)));

describe('fitRampUp', () => {
  it.each([
    {
      m: 2027,
      k: 0.9,
      N: 3000,
      years: [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032]
    },
    { m: 2026.4, k: 1.6, N: 1200, years: [2024, 2025, 2026, 2027, 2028] },
    { m: 2030, k: 0.5, N: 2000, years: [2023, 2025, 2027, 2029, 2031, 2033, 2035] }
  ])(
    'recovers m, k and N within 1 % from exact logistic points (m $m, k $k, N $N)',
    ({ m, k, N, years }) => {
      const fit = fitRampUp(years.map((year) => ({ year, jobs: logistic(year, m, k, N) })));
      expect(Math.abs(fit.m - m) / m).toBeLessThan(0.01);
      expect(Math.abs(fit.k - k) / k).toBeLessThan(0.01);
      expect(Math.abs(fit.N - N) / N).toBeLessThan(0.01);
      expect(fit.rmse).toBeLessThan(1e-3);
    }
  );

  it('fits m and k only when N is given, and reports a and b (5 % and 95 %)', () => {
    const fit = fitRampUp(
      [2024, 2025, 2026].map((year) => ({ year, jobs: logistic(year, 2027, 1, 2000) })),
      { targetJobs: 2000 }
    );
    expect(fit.N).toBe(2000);
    expect(fit.m).toBeCloseTo(2027, 4);
    expect(fit.k).toBeCloseTo(1, 4);
    expect(fit.productionStart).toBeCloseTo(2027 - Math.log(19), 3);
    expect(fit.fullCapacity).toBeCloseTo(2027 + Math.log(19), 3);
  });

  it('reports the residual error of noisy data', () => {
    const obs = [
      { year: 2023, jobs: 450 },
      { year: 2024, jobs: 800 },
      { year: 2025, jobs: 1250 },
      { year: 2026, jobs: 1600 }
    ];
    const fit = fitRampUp(obs, { targetJobs: 2000 });
    const rmse = Math.sqrt(fit.residuals.reduce((s, r) => s + r * r, 0) / obs.length);
    expect(fit.rmse).toBeCloseTo(rmse, 12);
    expect(fit.rmse).toBeLessThan(60);
    expect(fit.residuals).toHaveLength(4);
  });

  it('rejects too few points and bad values', () => {
    expect(() =>
      fitRampUp([
        { year: 2024, jobs: 1 },
        { year: 2025, jobs: 2 }
      ])
    ).toThrow(/at least 3/);
    expect(() => fitRampUp([{ year: 2024, jobs: -1 }])).toThrow(InputError);
  });
});
