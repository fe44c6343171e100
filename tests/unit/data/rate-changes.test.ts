/**
 * The rates that official statistics replaced: each `after` is the value data/programmes.csv
 * holds (read from the Parquet files, as the pages read them) and the rounded rate of its
 * evidence (an InserJeunes row, or a published count).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../../src/lib/data/node.ts';
import {
  loadInserjeunes,
  loadProgrammes,
  type InserjeunesRecord,
  type ProgrammeRecord
} from '../../../src/lib/data/queries.ts';
import {
  RATE_CHANGES,
  evidenceRate,
  resolveRateChanges
} from '../../../src/lib/data/rate-changes.ts';
import { DEFAULT_NEW_PROGRAM } from '../../../src/lib/forecast/defaults.ts';

let db: NodeConnector;
let programmes: ProgrammeRecord[];
let inserjeunes: InserjeunesRecord[];

beforeAll(async () => {
  db = await NodeConnector.open('static');
  programmes = await loadProgrammes(db);
  inserjeunes = await loadInserjeunes(db);
});
afterAll(async () => {
  await db?.close();
});

const current = (c: (typeof RATE_CHANGES)[number]): number => {
  if (c.programme === null) {
    return c.field === 'completion_rate'
      ? DEFAULT_NEW_PROGRAM.completionRate
      : DEFAULT_NEW_PROGRAM.placementRate;
  }
  const p = programmes.find((x) => x.id === c.programme)!;
  return c.field === 'completion_rate' ? p.completionRate : p.placementRate;
};

describe('rates replaced by official statistics', () => {
  it('reads the InserJeunes rows with their provenance', () => {
    const prod = inserjeunes.find((r) => r.id === 'fr-2022-6m-app-prod')!;
    expect(prod).toMatchObject({
      exitYear: 2022,
      monthsAfter: 6,
      pathway: 'apprentissage',
      specialtyGroup: 'production',
      employmentRate: 0.68,
      kind: 'observed'
    });
    expect(prod.source).toMatch(/^https:\/\//);
  });

  it('each "after" is the value the data and the defaults now hold', () => {
    for (const c of RATE_CHANGES) {
      expect({ programme: c.programme, field: c.field, value: current(c) }).toEqual({
        programme: c.programme,
        field: c.field,
        value: c.after
      });
      expect(c.after).not.toBe(c.before);
    }
  });

  it('each "after" is its evidence rounded to two decimals', () => {
    for (const c of RATE_CHANGES) {
      const rate = evidenceRate(c.evidence, inserjeunes);
      expect(rate, JSON.stringify(c.evidence)).toBeDefined();
      expect(Math.round(rate! * 100) / 100).toBe(c.after);
    }
    // The titre professionnel counts: 151 117 of 206 315 = 0.732…, not the page's « 80 % ».
    const count = RATE_CHANGES.find((c) => c.evidence.kind === 'count')!;
    expect(evidenceRate(count.evidence, inserjeunes)).toBeCloseTo(0.7325, 4);
  });

  it('AESC’s intake still gives its 38 observed graduates at the new completion rate', () => {
    const tsmi = programmes.find((p) => p.id === 'aesc-tsmi')!;
    expect(tsmi.intakePerYear * tsmi.completionRate).toBeCloseTo(38, 1);
  });

  it('resolves every change to a programme name and a dated source, and names what is missing', () => {
    const resolved = resolveRateChanges(programmes, inserjeunes);
    expect(resolved).toHaveLength(RATE_CHANGES.length);
    for (const r of resolved) {
      expect(r.source.url).toMatch(/^https:\/\//);
      expect(r.source.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      if (r.programme !== null) expect(r.programmeName).toBeTruthy();
    }
    expect(() =>
      resolveRateChanges(programmes, inserjeunes, [
        { ...RATE_CHANGES[0], programme: 'no-such-programme' }
      ])
    ).toThrow(/"no-such-programme" is not in data\/programmes.csv/);
    expect(() =>
      resolveRateChanges(programmes, inserjeunes, [
        { ...RATE_CHANGES[0], evidence: { kind: 'inserjeunes', id: 'fr-1999' } }
      ])
    ).toThrow(/"fr-1999" is not in data\/inserjeunes.csv/);
  });
});
