import { beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../../src/lib/data/node.ts';
import { loadDataset, type Dataset } from '../../../src/lib/data/queries.ts';
import { realityCheck } from '../../../src/lib/scenario/reality-check.ts';

let dataset: Dataset;
beforeAll(async () => {
  const db = await NodeConnector.open('static');
  dataset = await loadDataset(db);
  await db.close();
});

describe('backtest against reality (what the model said at the end of 2023)', () => {
  it('uses only what was published by then and checks every later headcount', () => {
    const rc = realityCheck(dataset, { knownAt: '2023-12-31', preset: 'annonces', runs: 1000 });
    // Only ACC's two 2023 headcounts were known: the lead is ACC's own fit, not today's class.
    expect(rc.hiringLeadYears).toBeGreaterThan(2);
    expect(rc.rebuilt).toEqual(expect.arrayContaining(['aesc-douai', 'verkor-dunkerque']));
    expect(rc.rows.map((r) => `${r.siteId} ${r.date} ${r.observed}`)).toEqual([
      'aesc-douai 2025-06-03 650',
      'aesc-douai 2026-01-21 900',
      'verkor-dunkerque 2025-12-11 570'
    ]);
    for (const r of rc.rows) {
      expect(r.before.p10).toBeLessThanOrEqual(r.before.p90);
      expect(r.inside).toBe(r.before.p10 <= r.observed && r.observed <= r.after.p90);
    }
  });

  it('réaliste then applied the reference class to the plants not yet started, far below what they hired', () => {
    const annonces = realityCheck(dataset, {
      knownAt: '2023-12-31',
      preset: 'annonces',
      runs: 1000
    });
    const realiste = realityCheck(dataset, {
      knownAt: '2023-12-31',
      preset: 'realiste',
      runs: 1000
    });
    const verkor = (rc: typeof annonces) => rc.rows.find((r) => r.siteId === 'verkor-dunkerque')!;
    expect(verkor(realiste).after.p90).toBeLessThan(570);
    expect(verkor(annonces).inside).toBe(true);
  });
});
