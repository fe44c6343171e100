import { describe, expect, it } from 'vitest';
import {
  aggregateByRegion,
  aggregateBySite,
  aggregateTotal,
  type ProjectionRow
} from '../../../src/lib/forecast/index.ts';

function row(
  siteId: string,
  region: string,
  occupation: string,
  jobs: number,
  trained: number
): ProjectionRow {
  return {
    siteId,
    region,
    occupation,
    year: 2030,
    jobs,
    hires: jobs / 10,
    placed: trained / 10,
    trained,
    gap: jobs - trained,
    coverage: jobs > 0 ? trained / jobs : null,
    hiresGap: (jobs - trained) / 10,
    indirectJobs: 2 * jobs
  };
}

const rows = [
  row('a', '32', 'operator', 100, 50),
  row('a', '32', 'technician', 0, 5),
  row('b', '32', 'operator', 300, 300),
  row('c', '11', 'operator', 200, 100)
];

describe('aggregates', () => {
  it('sum the rows and recompute coverage from the sums (not the mean of coverages)', () => {
    const [r32] = aggregateByRegion(
      rows.filter((r) => r.occupation === 'operator' && r.region === '32')
    );
    expect(r32).toMatchObject({
      region: '32',
      siteId: null,
      occupation: null,
      jobs: 400,
      trained: 350,
      gap: 50
    });
    expect(r32.coverage).toBe(350 / 400); // 0.875, where the mean of 0.5 and 1 would be 0.75
  });

  it('total: one row per year over everything', () => {
    const [t] = aggregateTotal(rows);
    expect(t).toMatchObject({
      jobs: 600,
      trained: 455,
      gap: 145,
      indirectJobs: 1200,
      hires: 60,
      placed: 45.5
    });
    expect(t.hiresGap).toBeCloseTo(14.5, 12);
    expect(t.coverage).toBeCloseTo(455 / 600, 12);
  });

  it('by région, optionally by occupation', () => {
    expect(aggregateByRegion(rows).map((r) => [r.region, r.jobs])).toEqual([
      ['32', 400],
      ['11', 200]
    ]);
    expect(
      aggregateByRegion(rows, { byOccupation: true }).map((r) => [r.region, r.occupation, r.jobs])
    ).toEqual([
      ['32', 'operator', 400],
      ['32', 'technician', 0],
      ['11', 'operator', 200]
    ]);
  });

  it('by site over occupations, and coverage null where the summed jobs are 0', () => {
    const bySite = aggregateBySite(rows);
    expect(bySite.map((r) => [r.siteId, r.region, r.jobs, r.trained])).toEqual([
      ['a', '32', 100, 55],
      ['b', '32', 300, 300],
      ['c', '11', 200, 100]
    ]);
    const [tech] = aggregateTotal(rows.filter((r) => r.occupation === 'technician'));
    expect(tech.coverage).toBeNull();
  });
});
