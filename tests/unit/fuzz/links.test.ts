import { describe, expect, it } from 'vitest';
import { inconsistencies } from '../../fuzz/report.ts';
import { fuzz } from '../../fuzz/links.ts';

describe('fuzz: tampered links through the URL decoder and the dataset check', () => {
  it('reads 300 of them: every value bounded, every dropped parameter named', async () => {
    const report = await fuzz(20261203, 300);
    expect(inconsistencies(report, 300)).toEqual([]);
    expect(Object.keys(report.byCategory).length).toBe(14);
    expect(report.byCategory['valid link'].clear).toBe(0);
    expect(report.byCategory['prototype key'].clear).toBeGreaterThan(0);
  }, 30_000);
});
