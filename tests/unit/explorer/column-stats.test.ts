/**
 * Descriptive statistics of a result column (simple-statistics), checked against values worked
 * out by hand and against DuckDB's own aggregates' definitions (type-7 quartiles, n − 1).
 */
import { describe, expect, it } from 'vitest';
import { describeColumn } from '../../../src/lib/explorer/column-stats.ts';

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

describe('readColumnValues', () => {
  it('reads the finite values, counts the missing ones, and samples a large column with a fixed seed', async () => {
    const { nodeEngine } = await import('../research/helpers.ts');
    const { readColumnValues } = await import('../../../src/lib/explorer/column-values.ts');
    const { runExplorerSql } = await import('../../../src/lib/data/explorer-run.ts');
    const { RESULT_TABLE } = await import('../../../src/lib/data/explorer-sql.ts');
    const db = await nodeEngine();
    await runExplorerSql(
      db,
      `SELECT CASE WHEN i = 0 THEN NULL WHEN i = 1 THEN 'nan'::DOUBLE WHEN i = 2 THEN 'inf'::DOUBLE
              ELSE i::DOUBLE END AS v FROM range(1000) t(i)`
    );
    const all = await readColumnValues(db, RESULT_TABLE, 'v');
    expect([all.rows, all.missing, all.values.length, all.sampled]).toEqual([1000, 3, 997, false]);
    expect(describeColumn(all.values)!.mean).toBe((3 + 999) / 2);
    const sample = await readColumnValues(db, RESULT_TABLE, 'v', 100);
    expect([sample.rows, sample.missing, sample.values.length, sample.sampled]).toEqual([
      1000,
      3,
      100,
      true
    ]);
    expect(sample.values.every((v) => v >= 3 && v <= 999)).toBe(true);
    const again = await readColumnValues(db, RESULT_TABLE, 'v', 100);
    expect([...again.values]).toEqual([...sample.values]);
  });
});
