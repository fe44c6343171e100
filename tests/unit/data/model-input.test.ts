/**
 * From the default dataset (the built Parquet files, read by the browser's engine) to the
 * model's input: observations travel with the sites and programmes, the brownfield and mix
 * columns reach the model, and `knownAt` cuts the dataset back to what was published by a date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../../src/lib/data/node.ts';
import { loadDataset, type Dataset } from '../../../src/lib/data/queries.ts';
import {
  isIsoDate,
  knownAt,
  programmeObserved,
  toModelInput
} from '../../../src/lib/data/model-input.ts';
import { buildModelInput } from '../../../src/lib/scenario/build.ts';
import { defaultState } from '../../../src/lib/state/app-state.ts';

let db: NodeConnector;
let dataset: Dataset;
beforeAll(async () => {
  db = await NodeConnector.open('static');
  dataset = await loadDataset(db);
});
afterAll(async () => {
  await db?.close();
});

describe('toModelInput with the observations', () => {
  it('gives AESC its two observed headcounts, oldest first, and ACC and Verkor theirs', () => {
    const { sites } = toModelInput(dataset);
    const by = (id: string) => sites.find((s) => s.id === id)!;
    expect(by('aesc-douai').observations).toEqual([
      { date: '2025-06-03', jobs: 650 },
      { date: '2026-01-21', jobs: 900 }
    ]);
    expect(by('acc-douvrin').observations).toEqual([
      { date: '2023-05-30', jobs: 250 },
      { date: '2023-11-01', jobs: 450 }
    ]);
    expect(by('verkor-dunkerque').observations).toEqual([{ date: '2025-12-11', jobs: 570 }]);
    expect(by('tiamat-amiens').observations).toBeUndefined();
  });

  it('gives the TSMI cohort its observed 38 graduates and 38 hires in model year 2023', () => {
    const { programs } = toModelInput(dataset);
    const tsmi = programs.find((p) => p.id === 'aesc-tsmi')!;
    expect(tsmi.observed).toEqual({ graduates: { 2023: 38 }, hired: { 2023: 38 } });
    // Trainees on a date are not graduates or hires: only the 23 hires reach the model.
    const operators = programs.find((p) => p.id === 'aesc-operateurs-preembauche')!;
    expect(operators.observed).toEqual({ hired: { 2025: 23 } });
    expect(programs.find((p) => p.id === 'electromob')!.observed).toBeUndefined();
  });

  it('sums several rows of one model year', () => {
    const row = dataset.observations.find((o) => o.metric === 'hired')!;
    const twice = [row, { ...row, date: row.date.slice(0, 4) + '-12-31', value: 2 }];
    const year = Number(row.date.slice(0, 4));
    expect(programmeObserved(row.subjectId, twice)).toEqual({ hired: { [year]: row.value + 2 } });
  });

  it('passes the brownfield jobs, the mixes and the target shares to the model', () => {
    const { sites, programs } = toModelInput(dataset);
    const flins = sites.find((s) => s.id === 'refactory-flins')!;
    expect([flins.existingJobs, flins.reconversionJobs]).toEqual([1938, 1744]);
    expect(sites.find((s) => s.id === 'acc-douvrin')).not.toHaveProperty('existingJobs');
    const electromob = programs.find((p) => p.id === 'electromob')!;
    expect(electromob.targetShare).toBe(0.3385);
    expect(electromob.occupationMix).toMatchObject({ operator: 0.5714, technician: 0.0857 });
    const icm = programs.find((p) => p.id === 'icm-campus-flins')!;
    expect(icm.occupationMix).toEqual({
      'retrofit-technician': 0.5,
      engineer: 0.25,
      support: 0.25
    });
    expect(icm.targetShare).toBe(0.351);
    expect(programs.find((p) => p.id === 'aesc-tsmi')).not.toHaveProperty('occupationMix');
  });

  it('without observations, the sites and programmes carry none', () => {
    const { sites, programs } = toModelInput({
      sites: dataset.sites,
      programmes: dataset.programmes
    });
    expect(sites.every((s) => s.observations === undefined)).toBe(true);
    expect(programs.every((p) => p.observed === undefined)).toBe(true);
  });

  it('buildModelInput passes the dataset’s observations through', () => {
    const input = buildModelInput(defaultState(), dataset);
    expect(input.sites.find((s) => s.id === 'aesc-douai')!.observations).toHaveLength(2);
    expect(input.programs.find((p) => p.id === 'aesc-tsmi')!.observed?.graduates).toEqual({
      2023: 38
    });
    const { observations: _omit, ...withoutObservations } = dataset;
    void _omit;
    const bare = buildModelInput(defaultState(), withoutObservations);
    expect(bare.sites.find((s) => s.id === 'aesc-douai')!.observations).toBeUndefined();
  });
});

describe('knownAt: the dataset as it was known on a date', () => {
  it('at the end of 2023 keeps only ACC’s two headcounts', () => {
    const then = knownAt(dataset, '2023-12-31');
    const headcounts = then.observations.filter((o) => o.metric === 'headcount');
    expect(headcounts.map((o) => [o.subjectId, o.date, o.value])).toEqual([
      ['acc-douvrin', '2023-05-30', 250],
      ['acc-douvrin', '2023-11-01', 450]
    ]);
    for (const table of [then.sites, then.sitePlans, then.programmes, then.observations]) {
      for (const row of table) expect(row.sourceDate <= '2023-12-31').toBe(true);
    }
  });

  it('rebuilds AESC, Verkor and ACC from the plans known then', () => {
    const then = knownAt(dataset, '2023-12-31');
    const site = (id: string) => then.sites.find((s) => s.id === id)!;
    // AESC's consultation of November 2021: 1 000–1 200 jobs in 2024, 3 000 in 2029.
    expect(site('aesc-douai')).toMatchObject({
      productionStart: 2024,
      fullCapacityYear: 2029,
      jobsDirectLow: 3000,
      jobsDirectHigh: 3000,
      sourceDate: '2021-11-01',
      kind: 'announced',
      status: 'announced'
    });
    // Verkor's 2022 plans: 1 000 in 2024, 1 200 in 2025 (restated in March 2022), 2 000 in 2030.
    expect(site('verkor-dunkerque')).toMatchObject({
      productionStart: 2024,
      fullCapacityYear: 2030,
      jobsDirectHigh: 2000,
      sourceDate: '2022-02-01'
    });
    // ACC: 200–300 in 2023 (consultation, 2021), 2 000 in 2030 (inauguration, May 2023).
    expect(site('acc-douvrin')).toMatchObject({
      productionStart: 2023,
      fullCapacityYear: 2030,
      jobsDirectLow: 2000,
      jobsDirectHigh: 2000,
      sourceDate: '2023-05-30',
      status: 'ramping_up'
    });
    expect(site('acc-douvrin').jobsIndirect).toBeNull();
    // ProLogium's one-year plan (3 000 in 2030, May 2023): the shortest ramp, 2029 → 2030.
    expect(site('prologium-dunkerque')).toMatchObject({
      productionStart: 2029,
      fullCapacityYear: 2030,
      jobsDirectHigh: 3000
    });
  });

  it('keeps rows published by then, drops sites and programmes not yet announced', () => {
    const then = knownAt(dataset, '2023-12-31');
    const flins = dataset.sites.find((s) => s.id === 'refactory-flins')!;
    expect(then.sites.find((s) => s.id === 'refactory-flins')).toBe(flins);
    expect(then.sites.map((s) => s.id).sort()).toEqual(
      [
        'acc-douvrin',
        'aesc-douai',
        'prologium-dunkerque',
        'refactory-flins',
        'verkor-dunkerque'
      ].sort()
    );
    expect(then.programmes.map((p) => p.id)).not.toContain('aesc-operateurs-preembauche');
    expect(then.programmes.map((p) => p.id)).toContain('aesc-tsmi');
    const input = toModelInput(then);
    expect(input.programs.find((p) => p.id === 'aesc-tsmi')!.observed).toEqual({
      graduates: { 2023: 38 },
      hired: { 2023: 38 }
    });
    expect(input.sites.find((s) => s.id === 'acc-douvrin')!.observations).toHaveLength(2);
    expect(input.sites.find((s) => s.id === 'aesc-douai')!.observations).toBeUndefined();
    // Reference tables are kept whole.
    expect(then.occupations).toBe(dataset.occupations);
    expect(then.departements).toBe(dataset.departements);
  });

  it('a date after every source changes nothing; a date before every plan leaves no site', () => {
    const now = knownAt(dataset, '2100-01-01');
    expect(now.sites).toEqual(dataset.sites);
    expect(now.observations).toEqual(dataset.observations);
    expect(knownAt(dataset, '2019-01-01').sites).toEqual([]);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => knownAt(dataset, '2023-13-01')).toThrow(/expected a date YYYY-MM-DD/);
    expect(() => knownAt(dataset, '31/12/2023')).toThrow(RangeError);
    expect([isIsoDate('2024-02-29'), isIsoDate('2023-02-29')]).toEqual([true, false]);
  });
});
