import { beforeAll, describe, expect, it } from 'vitest';
import {
  aggregateByRegion,
  aggregateTotal,
  projectDetailed,
  type ProjectionDetail,
  type ProjectionRow,
  type UnplacedRow
} from '../../../src/lib/forecast/index.ts';
import { NodeConnector } from '../../../src/lib/data/node.ts';
import { loadDataset, type Dataset } from '../../../src/lib/data/queries.ts';
import { defaultState } from '../../../src/lib/state/app-state.ts';
import { buildModelInput } from '../../../src/lib/scenario/build.ts';
import { mapFigures, maxJobsBySite, peakOf } from '../../../src/lib/map/figures.ts';

/** A cell as the model makes it: W ≤ J except where observed hires exceed the jobs. */
const row = (
  siteId: string,
  region: string,
  occupation: string,
  year: number,
  jobs: number,
  trained: number
): ProjectionRow => ({
  siteId,
  region,
  occupation,
  year,
  jobs,
  hires: 0,
  placed: 0,
  trained,
  gap: jobs - trained,
  unfilled: Math.max(0, jobs - trained),
  surplus: Math.max(0, trained - jobs),
  coverage: jobs > 0 ? trained / jobs : null,
  hiresGap: 0,
  indirectJobs: 2 * jobs
});
const pool = (region: string, occupation: string, year: number, available: number) =>
  ({ region, occupation, year, unplaced: available, available }) satisfies UnplacedRow;

const sites = [
  { id: 'a', region: '32', departement: '59' },
  { id: 'b', region: '32', departement: '59' },
  { id: 'c', region: '32', departement: '62' },
  { id: 'd', region: '11', departement: '78' }
];
const rows = [
  row('a', '32', 'operator', 2030, 600, 300),
  row('a', '32', 'technician', 2030, 400, 100),
  row('b', '32', 'operator', 2030, 100, 100),
  row('c', '32', 'operator', 2030, 1000, 900),
  // Observed hires beyond the cell's jobs: a surplus of 50 that must not cancel anything.
  row('c', '32', 'technician', 2030, 100, 150),
  row('d', '11', 'operator', 2030, 0, 0),
  row('a', '32', 'operator', 2031, 900, 200),
  row('b', '32', 'operator', 2031, 100, 100),
  row('c', '32', 'operator', 2031, 1000, 1000),
  row('d', '11', 'operator', 2031, 10, 5),
  row('zzz', '32', 'operator', 2031, 99999, 0)
];
const available = [
  pool('11', 'engineer', 2030, 80),
  pool('32', 'technician', 2031, 40),
  // A région without a tracked site: in no région figure, but in the total's surplus.
  pool('44', 'machinist', 2030, 23)
];

describe('mapFigures', () => {
  const years = mapFigures(rows, sites, available);

  it('sums each site over its cells: unfilled and surplus side by side, never netted', () => {
    expect([...years.keys()]).toEqual([2030, 2031]);
    const a = years.get(2030)!.sites.a;
    expect(a).toMatchObject({
      jobs: 1000,
      trained: 400,
      unfilled: 600,
      surplus: 0,
      indirectJobs: 2000,
      siteCount: 1
    });
    expect(a.coverage).toBeCloseTo(0.4, 12);
    // c: 100 unfilled operators and 50 technicians beyond their jobs; the net gap would say 50.
    const c = years.get(2030)!.sites.c;
    expect(c).toMatchObject({ jobs: 1100, trained: 1050, unfilled: 100, surplus: 50 });
    expect(c.coverage).toBeCloseTo(1000 / 1100, 12);
  });

  it('sums territories from their sites, coverage Σ min(J, W) / Σ J from the sums', () => {
    const y = years.get(2030)!;
    const nord = y.departements['59'];
    expect(nord).toMatchObject({ jobs: 1100, trained: 500, unfilled: 600, siteCount: 2 });
    // Mean of the sites' coverages would be (0.4 + 1) / 2 = 0.7; the sum gives 500 / 1100.
    expect(nord.coverage).toBeCloseTo(500 / 1100, 12);
    expect(y.regions['32']).toMatchObject({ jobs: 2200, unfilled: 700, surplus: 50 });
    expect(y.regions['32'].coverage).toBeCloseTo(1500 / 2200, 12);
    expect(y.regions['11'].coverage).toBeNull();
    expect(y.departements['80']).toBeUndefined();
  });

  it('counts the pools’ available people in their région and the total, not in a département', () => {
    const y30 = years.get(2030)!;
    expect(y30.regions['11'].surplus).toBe(80);
    expect(y30.departements['78'].surplus).toBe(0);
    expect(y30.total).toMatchObject({ jobs: 2200, unfilled: 700, surplus: 50 + 80 + 23 });
    expect(y30.regions['44']).toBeUndefined();
    const y31 = years.get(2031)!;
    expect(y31.regions['32'].surplus).toBe(40);
    expect(y31.departements['59'].surplus).toBe(0);
    expect(y31.total.surplus).toBe(40);
  });

  it('leaves out rows of unknown sites', () => {
    expect(years.get(2031)!.sites.zzz).toBeUndefined();
    expect(years.get(2031)!.total.jobs).toBe(2010);
  });

  it('finds the year the unfilled jobs peak, and the largest site', () => {
    expect(peakOf(years, (y) => y.departements['59'])).toEqual({ year: 2031, unfilled: 700 });
    expect(peakOf(years, (y) => y.sites.b)).toBeNull();
    expect(maxJobsBySite(years)).toEqual({ a: 1000, b: 100, c: 1100, d: 10 });
  });
});

describe('mapFigures on the default data («\u00a0Réaliste\u00a0», 2024–2035)', () => {
  let dataset: Dataset;
  let detail: ProjectionDetail;
  beforeAll(async () => {
    const db = await NodeConnector.open('static');
    dataset = await loadDataset(db);
    await db.close();
    detail = projectDetailed(buildModelInput(defaultState(), dataset));
  });

  it('gives the library’s région and total rows, every year', () => {
    const years = mapFigures(detail.rows, dataset.sites, detail.unplaced);
    const regions = aggregateByRegion(detail.rows, { available: detail.unplaced });
    for (const r of regions) {
      const f = years.get(r.year)!.regions[r.region!];
      expect(f.jobs).toBeCloseTo(r.jobs, 6);
      expect(f.unfilled).toBeCloseTo(r.unfilled, 6);
      expect(f.surplus).toBeCloseTo(r.surplus, 6);
      expect(f.coverage!).toBeCloseTo(r.coverage!, 9);
    }
    for (const r of aggregateTotal(detail.rows, { available: detail.unplaced })) {
      const f = years.get(r.year)!.total;
      expect(f.unfilled).toBeCloseTo(r.unfilled, 6);
      expect(f.surplus).toBeCloseTo(r.surplus, 6);
      expect(f.coverage!).toBeLessThanOrEqual(1);
    }
  });

  it('shows Île-de-France 2030 with its unfilled jobs and its available people apart', () => {
    const y = mapFigures(detail.rows, dataset.sites, detail.unplaced).get(2030)!;
    const idf = y.regions['11'];
    expect(idf.jobs).toBeCloseTo(2376.9, 1);
    expect(idf.unfilled).toBeCloseTo(1382.8, 1);
    // The ICM campus's retrofit technicians, engineers and support staff with no post…
    expect(idf.surplus).toBeCloseTo(708.8, 1);
    expect(idf.coverage!).toBeCloseTo(0.4183, 4);
    // … while operators and managers lack trained people: different occupations, never netted.
    const occupations = aggregateTotal(
      detail.rows.filter((r) => r.region === '11'),
      { available: detail.unplaced, byOccupation: true }
    ).filter((r) => r.year === 2030);
    for (const o of occupations)
      expect(o.unfilled === 0 || o.surplus === 0, o.occupation!).toBe(true);
    expect(y.departements['78'].surplus).toBe(0);
    expect(y.regions['32']).toMatchObject({ siteCount: 6 });
    expect(y.regions['32'].unfilled).toBeCloseTo(2666.6, 1);
    expect(y.departements['59'].unfilled).toBeCloseTo(1664.9, 1);
    expect(y.total.unfilled).toBeCloseTo(4049.4, 1);
    // Grand Est's 24 machinists (école de production) have no tracked site: in the total only.
    expect(y.regions['44']).toBeUndefined();
    expect(y.total.surplus).toBeCloseTo(732.8, 1);
  });
});
