import { describe, expect, it } from 'vitest';
import type { ProjectionRow } from '../../../src/lib/forecast/index.ts';
import { mapFigures, maxJobsBySite, peakOf } from '../../../src/lib/map/figures.ts';

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
  row('d', '11', 'operator', 2030, 0, 50),
  row('a', '32', 'operator', 2031, 900, 200),
  row('b', '32', 'operator', 2031, 100, 100),
  row('c', '32', 'operator', 2031, 1000, 1000),
  row('d', '11', 'operator', 2031, 10, 50),
  row('zzz', '32', 'operator', 2031, 99999, 0)
];

describe('mapFigures', () => {
  const years = mapFigures(rows, sites);

  it('sums each site over its occupations', () => {
    expect([...years.keys()]).toEqual([2030, 2031]);
    const a = years.get(2030)!.sites.a;
    expect(a).toMatchObject({
      jobs: 1000,
      trained: 400,
      gap: 600,
      indirectJobs: 2000,
      siteCount: 1
    });
    expect(a.coverage).toBeCloseTo(0.4, 12);
  });

  it('sums territories from their sites and recomputes coverage (never averages it)', () => {
    const y = years.get(2030)!;
    const nord = y.departements['59'];
    expect(nord).toMatchObject({ jobs: 1100, trained: 500, gap: 600, siteCount: 2 });
    // Mean of the sites' coverages would be (0.4 + 1) / 2 = 0.7; the sum gives 500 / 1100.
    expect(nord.coverage).toBeCloseTo(500 / 1100, 12);
    expect(y.regions['32']).toMatchObject({ jobs: 2100, trained: 1400, siteCount: 3 });
    expect(y.regions['11'].coverage).toBeNull();
    expect(y.total).toMatchObject({ jobs: 2100, trained: 1450, gap: 650, siteCount: 4 });
    expect(y.departements['80']).toBeUndefined();
  });

  it('leaves out rows of unknown sites', () => {
    expect(years.get(2031)!.sites.zzz).toBeUndefined();
    expect(years.get(2031)!.total.jobs).toBe(2010);
  });

  it('finds the year the gap peaks, and the largest site', () => {
    expect(peakOf(years, (y) => y.departements['59'])).toEqual({ year: 2031, gap: 700 });
    expect(peakOf(years, (y) => y.sites.d)).toBeNull();
    expect(maxJobsBySite(years)).toEqual({ a: 1000, b: 100, c: 1000, d: 10 });
  });
});
