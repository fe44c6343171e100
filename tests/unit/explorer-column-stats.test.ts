/**
 * Descriptive statistics of a result column (simple-statistics), checked against values worked
 * out by hand and against DuckDB's own aggregates' definitions (type-7 quartiles, n − 1).
 */
import { describe, expect, it } from 'vitest';
import { describeColumn } from '../../src/lib/explorer/column-stats.ts';

describe('describeColumn', () => {
  it('gives count, mean, median, quartiles, standard deviation and bins', () => {
    const s = describeColumn([4, 1, 100, 3, 2], 2)!;
    expect(s.count).toBe(5);
    expect(s.mean).toBe(22);
    expect(s.median).toBe(3);
    expect(s.q1).toBe(2);
    expect(s.q3).toBe(4);
    expect(s.min).toBe(1);
    expect(s.max).toBe(100);
    // sqrt(((4-22)^2 + (1-22)^2 + (100-22)^2 + (3-22)^2 + (2-22)^2) / 4) = sqrt(7610 / 4)
    expect(s.sd).toBeCloseTo(Math.sqrt(7610 / 4), 12);
    expect(s.bins).toEqual([
      { from: 1, to: 50.5, count: 4 },
      { from: 50.5, to: 100, count: 1 }
    ]);
  });

  it('interpolates quartiles between values (type 7) and counts every value in one bin', () => {
    const s = describeColumn([10, 20, 30, 40])!;
    expect([s.q1, s.median, s.q3]).toEqual([17.5, 25, 32.5]);
    expect(s.bins).toHaveLength(12);
    expect(s.bins.reduce((a, b) => a + b.count, 0)).toBe(4);
    expect(s.bins[0].from).toBe(10);
    expect(s.bins.at(-1)!.to).toBe(40);
    expect(s.bins.at(-1)!.count).toBe(1);
  });

  it('handles one value, equal values and no value', () => {
    expect(describeColumn([7])).toMatchObject({
      count: 1,
      mean: 7,
      sd: null,
      bins: [{ from: 7, to: 7, count: 1 }]
    });
    expect(describeColumn([2, 2, 2])!.bins).toEqual([{ from: 2, to: 2, count: 3 }]);
    expect(describeColumn([])).toBeNull();
  });
});
