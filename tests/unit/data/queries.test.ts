/**
 * The data layer on the same DuckDB-WASM engine the browser runs (its Node blocking bundle),
 * against the Parquet files built by `npm run data` (npm test builds them first).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../../src/lib/data/node.ts';
import {
  loadDataset,
  loadSites,
  QueryShapeError,
  type Dataset
} from '../../../src/lib/data/queries.ts';
import { toModelInput } from '../../../src/lib/data/model-input.ts';

let db: NodeConnector;
let dataset: Dataset;

beforeAll(async () => {
  db = await NodeConnector.open('static');
  dataset = await loadDataset(db);
});
afterAll(async () => {
  await db?.close();
});

describe('NodeConnector (DuckDB-WASM, blocking Node bundle)', () => {
  it('runs the engine the browser runs', async () => {
    expect(await db.version()).toBe('v0.9.1');
  });

  it('reads typed sites with provenance from sites.parquet', () => {
    const aesc = dataset.sites.find((s) => s.id === 'aesc-douai')!;
    expect(aesc).toMatchObject({
      departement: '59',
      region: '32',
      operator: expect.stringMatching(/AESC/)
    });
    expect(aesc.jobsDirectHigh).toBeGreaterThanOrEqual(aesc.jobsDirectLow);
    expect(aesc.sourceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(['announced', 'observed', 'estimate']).toContain(aesc.kind);
    const mix = aesc.occupationMix!;
    expect(Object.values(mix).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const flins = dataset.sites.find((s) => s.id === 'refactory-flins')!;
    expect(flins.region).toBe('11');
  });

  it('reads observations with their dates as ISO text', () => {
    const verkor = dataset.observations.filter(
      (o) => o.subjectId === 'verkor-dunkerque' && o.metric === 'headcount'
    );
    expect(verkor.map((o) => [o.date, o.value])).toContainEqual(['2025-12-11', 570]);
  });

  it('reads the 18 régions and 101 départements', () => {
    expect(dataset.regions).toHaveLength(18);
    expect(dataset.departements).toHaveLength(101);
    expect(dataset.departements.find((d) => d.code === '62')).toEqual({
      code: '62',
      name: 'Pas-de-Calais',
      region: '32'
    });
  });

  it('aggregates the synthetic table of at least a million rows with SQL', async () => {
    await db.useTable('trainees_synthetic');
    const [count] = await db.query<{ n: number; synthetic: number }>(
      `SELECT count(*) AS n, count(*) FILTER (WHERE kind = 'synthetic') AS synthetic FROM trainees_synthetic`
    );
    expect(count.n).toBeGreaterThanOrEqual(1_000_000);
    expect(count.synthetic).toBe(count.n);
    const byRegion = await db.query<{ region: string; n: number }>(
      `SELECT region, count(*) AS n FROM trainees_synthetic GROUP BY region ORDER BY region`
    );
    expect(byRegion).toHaveLength(18);
    expect(byRegion.reduce((s, r) => s + r.n, 0)).toBe(count.n);
  });

  it('turns records into the forecasting library’s input', () => {
    const input = toModelInput(dataset);
    expect(input.sites.map((s) => s.id)).toEqual(dataset.sites.map((s) => s.id));
    const acc = input.sites.find((s) => s.id === 'acc-douvrin')!;
    const accRecord = dataset.sites.find((s) => s.id === 'acc-douvrin')!;
    expect(acc.targetJobs).toBe(accRecord.jobsDirectHigh);
    expect(acc.fullCapacity).toBe(accRecord.fullCapacityYear);
    // Orientation actions feed other programmes; they are not training programmes.
    const orientation = dataset.programmes.filter((p) => p.programmeType === 'orientation');
    expect(orientation.length).toBeGreaterThan(0);
    expect(input.programs).toHaveLength(dataset.programmes.length - orientation.length);
    for (const p of input.programs) expect('site' in p.target || 'region' in p.target).toBe(true);
  });

  it('names the table, row and column when a file does not have the expected shape', async () => {
    await db.query(
      `CREATE OR REPLACE VIEW sites AS SELECT * REPLACE ('not-a-number' AS latitude) FROM read_parquet('${process.cwd()}/static/data/sites.parquet')`
    );
    await expect(loadSites(db)).rejects.toThrowError(QueryShapeError);
    await expect(loadSites(db)).rejects.toThrowError(
      /sites\.parquet, row 1, column latitude: expected a number/
    );
  });
});
