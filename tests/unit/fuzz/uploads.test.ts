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

  it('ends and restarts the engine on a file that keeps it busy, then answers the next case', async () => {
    // Case 656449694 is a corrupt Parquet file that keeps DuckDB inside one long step; the next
    // cases of that run must still be answered by the new engine.
    const report = await fuzz(656449694, 3, { limitMs: 4000 });
    expect(report.restarts).toEqual([656449694]);
    expect(report.byCategory['corrupt parquet'].restarted).toBe(1);
    expect(inconsistencies(report, 3)).toEqual([]);
    const answered = Object.values(report.byCategory).reduce((n, c) => n + c.clear + c.accepted, 0);
    expect(answered).toBe(2);
  }, 60_000);
});
