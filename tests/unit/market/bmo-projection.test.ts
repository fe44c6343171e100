import { describe, expect, it } from 'vitest';
import type { BmoRecord } from '../../../src/lib/data/queries.ts';
import { backtest } from '../../../src/lib/forecast/backtest.ts';
import { naive } from '../../../src/lib/forecast/forecasters/naive.ts';
import {
  consecutiveSeries,
  projectBmo,
  scoreMethods,
  MIN_SERIES_YEARS
} from '../../../src/lib/market/bmo-projection.ts';
import { marketLines } from '../../../src/lib/scenario/market.ts';

const row = (year: number, projects: number | null, over: Partial<BmoRecord> = {}): BmoRecord => ({
  id: `x-${year}`,
  year,
  territoryLevel: 'france',
  territoryCode: 'FR',
  territoryName: 'France',
  occupation: null,
  bmoOccupation: null,
  projects,
  projectsApproximate: false,
  difficultShare: null,
  seasonalShare: null,
  notes: null,
  source: 'https://example.org/bmo',
  sourceTitle: null,
  sourceDate: `${year}-04-01`,
  kind: 'observed',
  ...over
});
const lineOf = (rows: BmoRecord[]) => marketLines(rows, { departements: [], region: '32' })[0];

describe('projecting the BMO series', () => {
  it('keeps the consecutive years ending at the newest one, a missing wave cuts the series', () => {
    const region = (y: number, p: number) =>
      row(y, p, {
        territoryLevel: 'region',
        territoryCode: '32',
        territoryName: 'Hauts-de-France'
      });
    // The Hauts-de-France rows of data/bmo.csv: no 2020 wave.
    const line = marketLines(
      [
        region(2018, 172300),
        region(2019, 203846),
        region(2021, 203220),
        region(2022, 225100),
        region(2023, 207047)
      ],
      { departements: [], region: '32' }
    )[0];
    expect(consecutiveSeries(line)).toEqual({
      years: [2021, 2022, 2023],
      values: [203220, 225100, 207047]
    });
    const p = projectBmo(line);
    expect(p.status).toBe('too-short');
    expect(p.status === 'too-short' && p.needed).toBe(MIN_SERIES_YEARS);
  });

  it('chooses the method with the lowest backtest error: drift on a straight line', () => {
    const line = lineOf([10, 20, 30, 40, 50].map((v, i) => row(2019 + i, v)));
    const p = projectBmo(line);
    expect(p.status).toBe('projected');
    if (p.status !== 'projected') return;
    // drift and holt are both exact on a line; the simpler, drift, comes first.
    expect(p.method).toBe('drift');
    expect(p.scores[0].mae).toBe(0);
    expect(p.projectionYears).toEqual([2024, 2025, 2026]);
    expect(p.forecast.mean.map((v) => Math.round(v))).toEqual([60, 70, 80]);
    expect(p.origins).toBe(3);
  });

  it('projects France 2021–2025 with naive, as the backtest ranks it, with 80 % and 95 % bands', () => {
    // data/bmo.csv, France: 2 723 000, 3 046 000, 3 039 000, 2 800 000, 2 430 000.
    const values = [2723000, 3046000, 3039000, 2800000, 2430000];
    const line = lineOf(values.map((v, i) => row(2021 + i, v)));
    const p = projectBmo(line);
    expect(p.status).toBe('projected');
    if (p.status !== 'projected') return;
    const naiveMae = backtest(values, naive, { horizon: 1, initial: 2 }).mae;
    // Origins 2023, 2024, 2025: |3 039 000 − 3 046 000|, |2 800 000 − 3 039 000|, |2 430 000 − 2 800 000|.
    expect(naiveMae).toBeCloseTo((7000 + 239000 + 370000) / 3, 6);
    expect(p.method).toBe('naive');
    expect(p.scores.every((s) => s.mae >= naiveMae)).toBe(true);
    expect(p.forecast.mean).toEqual([2430000, 2430000, 2430000]);
    const [i80, i95] = p.forecast.intervals;
    expect([i80.level, i95.level]).toEqual([80, 95]);
    // Naive: σ² = mean squared change = (323 000² + 7 000² + 239 000² + 370 000²) / 4.
    const sigma = Math.sqrt((323000 ** 2 + 7000 ** 2 + 239000 ** 2 + 370000 ** 2) / 4);
    expect(i80.upper[0]).toBeCloseTo(2430000 + 1.281552 * sigma, -1);
    expect(i95.lower[2]).toBeCloseTo(2430000 - 1.959964 * sigma * Math.sqrt(3), -1);
    expect(i95.upper[2] - i95.lower[2]).toBeGreaterThan(i80.upper[2] - i80.lower[2]);
  });

  it('ignores rows without a number of projects and occupation rows', () => {
    const rows = [2021, 2022, 2023, 2024, 2025].map((y) => row(y, 100 + y - 2021));
    rows.push(row(2026, null), row(2026, 5, { occupation: 'machinist', id: 'occ' }));
    const s = consecutiveSeries(lineOf(rows));
    expect(s.years).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('scores no method on a two-year series (no backtest origin)', () => {
    expect(scoreMethods([1, 2])).toEqual([]);
  });

  it('says there is nothing for a missing line', () => {
    expect(projectBmo(null)).toEqual({ status: 'none' });
  });
});
