import { describe, expect, it } from 'vitest';
import { inconsistencies } from '../../fuzz/report.ts';
import { fuzz } from '../../fuzz/saved.ts';

describe('fuzz: corrupted lists of saved scenarios in the browser storage', () => {
  it('loads 120 of them: every valid entry listed, every bad one kept aside and named', async () => {
    const report = await fuzz(20261203, 120);
    expect(inconsistencies(report, 120)).toEqual([]);
    expect(Object.keys(report.byCategory).length).toBe(10);
    expect(report.byCategory['bad date'].clear).toBeGreaterThan(0);
  }, 30_000);
});
