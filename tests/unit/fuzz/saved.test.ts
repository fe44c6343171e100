import { describe, expect, it } from 'vitest';
import { fuzz } from '../../fuzz/saved.ts';

describe('fuzz: corrupted lists of saved scenarios in the browser storage', () => {
  it('loads 120 of them: every valid entry listed, every bad one kept aside and named', async () => {
    const report = await fuzz(20261203, 120);
    expect(report.failures).toEqual([]);
    const counts = Object.values(report.byCategory);
    expect(counts.reduce((s, c) => s + c.tried, 0)).toBe(120);
    for (const c of counts) expect(c.clear + c.accepted + c.crash + c.hang).toBe(c.tried);
    expect(Object.keys(report.byCategory).length).toBe(10);
    expect(report.byCategory['bad date'].clear).toBeGreaterThan(0);
  }, 30_000);
});
