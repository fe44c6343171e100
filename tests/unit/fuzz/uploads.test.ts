import { describe, expect, it } from 'vitest';
import { inconsistencies } from '../../fuzz/report.ts';
import { fuzz } from '../../fuzz/uploads.ts';

describe('fuzz: malformed uploads through the explorer’s entry point', () => {
  it('answers 240 files, each refused with a clear message or accepted within bounds', async () => {
    const report = await fuzz(20261203, 240);
    expect(inconsistencies(report, 240)).toEqual([]);
    expect(Object.keys(report.byCategory).length).toBeGreaterThanOrEqual(18);
    expect(report.byCategory['quote in header'].clear).toBeGreaterThan(0);
    expect(report.byCategory['huge numbers'].accepted).toBe(0);
  }, 60_000);
});
