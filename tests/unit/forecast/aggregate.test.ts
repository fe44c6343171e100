import { describe, expect, it } from 'vitest';
import {
  aggregate,
  aggregateByRegion,
  aggregateBySite,
  aggregateTotal,
  type ProjectionRow,
  type UnplacedRow
} from '../../../src/lib/forecast/index.ts';

/** A row as `project` writes it: unfilled = max(0, J − W), surplus = max(0, W − J). */
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
    unfilled: Math.max(0, jobs - trained),
    surplus: Math.max(0, trained - jobs),
    coverage: jobs > 0 ? Math.min(jobs, trained) / jobs : null,
    hiresGap: (jobs - trained) / 10,
    indirectJobs: 2 * jobs
  };
}

const rows = [
  row('a', '32', 'operator', 100, 50),
  // W > J in a site cell: in v2 only where observed hires exceed the modelled jobs.
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
      gap: 50,
      unfilled: 50, // 50 + 0
      surplus: 0
    });
    // Σ min(J, W) / Σ J = (50 + 300) / 400 = 0.875, where the mean of 0.5 and 1 would be 0.75
    expect(r32.coverage).toBe(350 / 400);
  });

  it('total: one row per year over everything; unfilled and surplus summed, never netted', () => {
    const [t] = aggregateTotal(rows);
    expect(t).toMatchObject({
      jobs: 600,
      trained: 455,
      gap: 145, // the net J − W stays as a column
      unfilled: 150, // 50 + 0 + 0 + 100: the technicians' 5 do not hide the operators' shortage
      surplus: 5,
      indirectJobs: 1200,
      hires: 60,
      placed: 45.5
    });
    expect(t.unfilled - t.surplus).toBe(t.gap);
    expect(t.hiresGap).toBeCloseTo(14.5, 12);
    // Σ min(J, W) / Σ J = (50 + 0 + 300 + 100) / 600 = 0.75 (v1's net W / J gave 455 / 600)
    expect(t.coverage).toBeCloseTo(450 / 600, 12);
  });

  it('counts the available pools in région and total surplus, never in site rows', () => {
    const available: UnplacedRow[] = [
      { region: '32', occupation: 'operator', year: 2030, unplaced: 7, available: 7 },
      { region: '11', occupation: 'operator', year: 2030, unplaced: 3, available: 3 },
      // another year: no row of 2031, so it is not counted anywhere
      { region: '32', occupation: 'operator', year: 2031, unplaced: 100, available: 100 }
    ];
    const byRegion = aggregateByRegion(rows, { available });
    // 32: the technicians' 5 + 7 available; 11: 0 + 3
    expect(byRegion.map((r) => [r.region, r.surplus, r.unfilled])).toEqual([
      ['32', 12, 50],
      ['11', 3, 100]
    ]);
    const [t] = aggregateTotal(rows, { available });
    expect(t.surplus).toBe(15); // 5 + 7 + 3
    // Available people hold no post: coverage and unfilled are unchanged (450 / 600).
    expect(t.unfilled).toBe(150);
    expect(t.coverage).toBeCloseTo(0.75, 12);
    const byOcc = aggregateByRegion(rows, { byOccupation: true, available });
    expect(byOcc.map((r) => [r.region, r.occupation, r.surplus])).toEqual([
      ['32', 'operator', 7],
      ['32', 'technician', 5],
      ['11', 'operator', 3]
    ]);
    // Pools belong to a région, not to a site.
    expect(aggregate(rows, ['siteId'], { available }).map((r) => r.surplus)).toEqual([5, 0, 0]);
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
    expect(
      bySite.map((r) => [r.siteId, r.region, r.jobs, r.trained, r.unfilled, r.surplus])
    ).toEqual([
      ['a', '32', 100, 55, 50, 5],
      ['b', '32', 300, 300, 0, 0],
      ['c', '11', 200, 100, 100, 0]
    ]);
    const [tech] = aggregateTotal(rows.filter((r) => r.occupation === 'technician'));
    expect(tech.coverage).toBeNull();
  });
});
