import { describe, expect, it } from 'vitest';
import { inconsistencies } from '../../fuzz/report.ts';
import { fuzz } from '../../fuzz/requests.ts';

describe('fuzz: hostile request lines against the static server', () => {
  it('answers 240 of them, serves nothing outside its folder and keeps serving', async () => {
    const report = await fuzz(20261203, 240);
    expect(inconsistencies(report, 240)).toEqual([]);
    // Every category is exercised, and the hostile targets are refused, not served.
    expect(Object.keys(report.byCategory).length).toBe(6);
    expect(report.byCategory['hostile target'].clear).toBeGreaterThan(0);
  }, 60_000);
});
