import { describe, expect, it } from 'vitest';
import { logisticParams, rampUp } from '../../../src/lib/forecast/index.ts';

const site = { productionStart: 2025, fullCapacity: 2029, targetJobs: 1000 };

describe('rampUp, logistic (the default)', () => {
  it('is at 5 % of N at a, half at m = (a + b) / 2 and 95 % at b', () => {
    expect(rampUp(2025, site)).toBeCloseTo(50, 9);
    expect(rampUp(2027, site)).toBeCloseTo(500, 9);
    expect(rampUp(2029, site)).toBeCloseTo(950, 9);
  });

  it('uses k = 2 ln(19) / (b - a)', () => {
    expect(logisticParams(2025, 2029)).toEqual({ m: 2027, k: Math.log(19) / 2 });
    // One year before m: N / (1 + exp(k)) = 1000 / (1 + √19)
    expect(rampUp(2026, site)).toBeCloseTo(1000 / (1 + Math.sqrt(19)), 9);
  });

  it('shifts a and b by the delay and scales N by the target scale', () => {
    expect(rampUp(2027, site, { delayYears: 2 })).toBeCloseTo(50, 9);
    expect(rampUp(2031, site, { delayYears: 2, targetScale: 0.5 })).toBeCloseTo(475, 9);
    expect(rampUp(2026.5, site, { delayYears: -0.5 })).toBeCloseTo(500, 9);
  });

  it("accepts MODEL.md's letters { a, b, N } and the site first", () => {
    expect(rampUp(2027, { a: 2025, b: 2029, N: 1000 })).toBeCloseTo(500, 9);
    expect(rampUp(site, 2029)).toBeCloseTo(950, 9);
    expect(rampUp(2026, site, { years: [2024, 2030], rampShape: 'linear' } as never)).toBe(250);
  });

  it('stays finite far from the ramp', () => {
    expect(rampUp(1000, site)).toBe(0);
    expect(rampUp(5000, site)).toBe(1000);
  });
});

describe('rampUp, linear', () => {
  const linear = { rampShape: 'linear' as const };
  it('is 0 up to a, N (t - a) / (b - a) between, N from b', () => {
    expect(rampUp(2024, site, linear)).toBe(0);
    expect(rampUp(2025, site, linear)).toBe(0);
    expect(rampUp(2026, site, linear)).toBe(250);
    expect(rampUp(2028, site, linear)).toBe(750);
    expect(rampUp(2029, site, linear)).toBe(1000);
    expect(rampUp(2040, site, linear)).toBe(1000);
  });

  it('applies delay and scale', () => {
    expect(rampUp(2027, site, { ...linear, delayYears: 1 })).toBe(250);
    expect(rampUp(2027, site, { ...linear, targetScale: 2 })).toBe(1000);
  });
});
