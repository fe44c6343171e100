import { describe, expect, it } from 'vitest';
import type { AggregateRow } from '../../../src/lib/forecast/index.ts';
import type { BmoRecord } from '../../../src/lib/data/queries.ts';
import { marketLines, peakHires, projectedHires } from '../../../src/lib/scenario/market.ts';

const row = (over: Partial<BmoRecord>): BmoRecord => ({
  id: 'x',
  year: 2022,
  territoryLevel: 'departement',
  territoryCode: '59',
  territoryName: 'Nord',
  occupation: null,
  bmoOccupation: null,
  projects: 105190,
  projectsApproximate: false,
  difficultShare: null,
  seasonalShare: null,
  notes: null,
  source: 'https://example.org/bmo',
  sourceTitle: null,
  sourceDate: '2022-04-29',
  kind: 'observed',
  ...over
});
const jobs = (pairs: [number, number][]): AggregateRow[] =>
  pairs.map(([year, j]) => ({ year, jobs: j }) as AggregateRow);

describe('the local labour market', () => {
  const bmo = [
    row({ id: 'd59-2021', year: 2021, projects: 95190 }),
    row({ id: 'd59-2022' }),
    row({ id: 'd59-usinage', occupation: 'machinist', projects: 900 }),
    row({
      id: 'r32-2023',
      year: 2023,
      territoryLevel: 'region',
      territoryCode: '32',
      territoryName: 'Hauts-de-France',
      projects: 207047,
      difficultShare: 0.5
    }),
    row({
      id: 'r32-2024',
      year: 2024,
      territoryLevel: 'region',
      territoryCode: '32',
      territoryName: 'Hauts-de-France',
      projects: null
    }),
    row({
      id: 'fr-2025',
      year: 2025,
      territoryLevel: 'france',
      territoryCode: 'FR',
      territoryName: 'France',
      projects: 2430000
    })
  ];

  it('lists the département, its région and France, all-occupation rows oldest first', () => {
    const lines = marketLines(bmo, { departements: ['59', '59', '62'], region: '32' });
    expect(lines.map((l) => [l.level, l.code])).toEqual([
      ['departement', '59'],
      ['region', '32'],
      ['france', 'FR']
    ]);
    expect(lines[0].rows.map((r) => r.id)).toEqual(['d59-2021', 'd59-2022']);
    expect(lines[0].latest?.id).toBe('d59-2022');
    // The newest row with a count of projects, and the newest with a share judged difficult.
    expect(lines[1].latest?.id).toBe('r32-2023');
    expect(lines[1].latestDifficult?.difficultShare).toBe(0.5);
    expect(lines[0].latestDifficult).toBeNull();
  });

  it('projected hires are the year-on-year growth of the jobs, never negative, none at the first year', () => {
    const rows = jobs([
      [2023, 100],
      [2024, 400],
      [2025, 850],
      [2026, 800]
    ]);
    expect(projectedHires(rows, 2023)).toBeNull();
    expect(projectedHires(rows, 2024)).toBe(300);
    expect(projectedHires(rows, 2026)).toBe(0);
    expect(projectedHires(rows, 2030)).toBeNull();
    expect(peakHires(rows)).toEqual({ year: 2025, value: 450 });
    expect(
      peakHires(
        jobs([
          [2023, 5],
          [2024, 5]
        ])
      )
    ).toBeNull();
  });
});
