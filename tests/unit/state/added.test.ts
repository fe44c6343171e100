/**
 * Programmes added in the workbench: their link parameter (`ap.<n>`), the checks they share with
 * an uploaded programmes row (field and value named, in French through the upload's words), the
 * dataset step, the saved scenarios, and their effect on the model.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addedFields,
  addedFromRow,
  checkAddedFields,
  encodeAddedProgramme,
  MAX_ADDED,
  MAX_ADDED_SITES,
  addedSiteFields,
  checkAddedSiteFields,
  type AddedFields,
  type AddedProgramme,
  type AddedSite,
  type AddedSiteFields
} from '../../../src/lib/state/added.ts';
import { geoBounds } from 'd3';
import { departementCentres, setDepartementCentres } from '../../../src/lib/map/centres.ts';
import { loadFrance } from '../../../src/lib/map/france.server.ts';
import { defaultState } from '../../../src/lib/state/app-state.ts';
import { decodeState, encodeState, restrictToDataset } from '../../../src/lib/state/url.ts';
import { loadSaved, saveScenario, STORAGE_KEY } from '../../../src/lib/state/saved.ts';
import { uploadText } from '../../../src/lib/data/validate.ts';
import { referencesOf } from '../../../src/lib/data/user-data.ts';
import type { Dataset } from '../../../src/lib/data/queries.ts';
import {
  addedRecords,
  addedSiteRecords,
  sitePlace,
  withAdded
} from '../../../src/lib/scenario/added.ts';
import { regionModelInput, scopeTotals } from '../../../src/lib/scenario/territory.ts';
import { costPerTrainee } from '../../../src/lib/scenario/build.ts';
import { projectDetailed } from '../../../src/lib/forecast/index.ts';
import { defaultDataset } from '../research/helpers.ts';

const DOUAI: AddedProgramme = {
  n: 1,
  occupation: 'operator',
  target: { site: 'aesc-douai' },
  intakePerYear: 24,
  startYear: 2027,
  durationYears: 1,
  completionRate: 0.73,
  placementRate: 0.7,
  costPerPlaceEur: null
};

const fields = (over: Partial<AddedFields> = {}): AddedFields => ({
  ...addedFields(DOUAI),
  ...over
});

/** A store in memory, as localStorage. */
function memoryStore() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => m.set(k, v)
  };
}

describe('added programmes in the link', () => {
  it('writes one compact parameter per programme, and reads it back', () => {
    expect(encodeAddedProgramme(DOUAI)).toBe('operator_s.aesc-douai_24_2027_1_0.73_0.7');
    const s = defaultState();
    s.addedProgrammes = [
      { ...DOUAI, n: 3, target: { region: '32' }, costPerPlaceEur: 4500 },
      DOUAI
    ];
    const query = encodeState(s);
    expect(query).toBe(
      'v=1&ap.1=operator_s.aesc-douai_24_2027_1_0.73_0.7&ap.3=operator_r.32_24_2027_1_0.73_0.7_4500'
    );
    const back = decodeState(query);
    expect(back.rejected).toEqual([]);
    expect(back.state.addedProgrammes).toEqual([
      DOUAI,
      { ...DOUAI, n: 3, target: { region: '32' }, costPerPlaceEur: 4500 }
    ]);
  });

  it('round-trips any programme the checks accept, rounded as the link writes it', () => {
    const share = fc.integer({ min: 0, max: 10000 }).map((n) => n / 10000);
    const arb = fc.record({
      n: fc.integer({ min: 1, max: 999 }),
      occupation: fc.stringMatching(/^[a-z]{1,8}(-[a-z]{1,8})?$/),
      target: fc.oneof(
        fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/).map((site) => ({ site })),
        fc.constantFrom('11', '32', '44', '84').map((region) => ({ region }))
      ),
      intakePerYear: fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 10000),
      startYear: fc.integer({ min: 1990, max: 2060 }),
      durationYears: fc.integer({ min: 0, max: 60000 }).map((n) => n / 10000),
      completionRate: share,
      placementRate: share,
      costPerPlaceEur: fc.option(fc.integer({ min: 0, max: 1e9 }).map((n) => n / 100))
    });
    fc.assert(
      fc.property(arb, (p) => {
        const s = defaultState();
        s.addedProgrammes = [p as AddedProgramme];
        const back = decodeState(encodeState(s));
        expect(back.rejected).toEqual([]);
        expect(back.state.addedProgrammes).toEqual([p]);
      })
    );
  });

  it('stores what the form typed as the link will read it back (at most 4 decimals)', () => {
    const checked = checkAddedFields(2, fields({ intake_per_year: '24,123456' }));
    const entry = addedFromRow(2, checked.row!);
    expect(entry.intakePerYear).toBe(24.1235);
    const s = defaultState();
    s.addedProgrammes = [entry];
    expect(decodeState(encodeState(s)).state.addedProgrammes).toEqual([entry]);
  });

  it('keeps old links decoding as before (no ap parameter, nothing added)', () => {
    const old = 'v=1&p=stress&sd.aesc-douai=1&gb.electromob=5000000';
    const decoded = decodeState(old);
    expect(decoded.rejected).toEqual([]);
    expect(decoded.state.addedProgrammes).toEqual([]);
    expect(encodeState(decoded.state)).toBe(old);
  });

  it('rejects a malformed or out-of-bounds entry, naming the parameter, and keeps the others', () => {
    const bad = [
      'ap.1=operator_s.aesc-douai_24_2027_1_0.73', // a field missing
      'ap.2=operator_x.aesc-douai_24_2027_1_0.73_0.7', // target neither s. nor r.
      'ap.3=operator_s.aesc-douai_20000_2027_1_0.73_0.7', // intake above 10 000
      'ap.4=operator_s.aesc-douai_24_2027_1_1.5_0.7', // completion above 1
      'ap.5=operator_s.aesc-douai_24_1900_1_0.73_0.7', // year before 1990
      'ap.6=Operator_s.aesc-douai_24_2027_1_0.73_0.7', // not an id
      'ap.0=operator_s.aesc-douai_24_2027_1_0.73_0.7', // number 0
      'ap.01=operator_s.aesc-douai_24_2027_1_0.73_0.7', // leading zero
      'ap=operator_s.aesc-douai_24_2027_1_0.73_0.7', // no number
      'ap.7=operator_s.aesc-douai_24_2027_1_0.73_0.7_-5', // negative cost
      'ap.8=operator_s.aesc-douai_1e3_2027_1_0.73_0.7' // exponent
    ];
    const good = 'ap.9=technician_r.32_12_2028_2_0.8_0.9';
    const decoded = decodeState([...bad, good].join('&'));
    expect(decoded.rejected).toEqual(bad.map((b) => decodeURIComponent(b)));
    expect(decoded.state.addedProgrammes.map((p) => p.n)).toEqual([9]);
  });

  it('reads at most MAX_ADDED programmes, naming the rest; a number given twice keeps the first', () => {
    const params = Array.from(
      { length: MAX_ADDED + 2 },
      (_, i) => `ap.${i + 1}=operator_r.32_10_2027_1_0.73_0.7`
    );
    params.push('ap.1=technician_r.32_10_2027_1_0.73_0.7');
    const decoded = decodeState(params.join('&'));
    expect(decoded.state.addedProgrammes).toHaveLength(MAX_ADDED);
    expect(decoded.rejected).toEqual([
      `ap.${MAX_ADDED + 1}=operator_r.32_10_2027_1_0.73_0.7`,
      `ap.${MAX_ADDED + 2}=operator_r.32_10_2027_1_0.73_0.7`,
      'ap.1=technician_r.32_10_2027_1_0.73_0.7'
    ]);
  });
});

describe('added programmes checked like an uploaded row', () => {
  it('accepts the form’s values, a decimal comma included', () => {
    const ok = checkAddedFields(1, fields({ completion_rate: '0,8', placement_rate: '0,75' }));
    expect(ok.problems).toEqual([]);
    expect(ok.row?.completion_rate).toBe(0.8);
    expect(ok.row?.placement_rate).toBe(0.75);
  });

  it('names the field, the column and the value of each problem, in the upload’s French', () => {
    const checked = checkAddedFields(
      1,
      fields({
        intake_per_year: '20000',
        start_year: '2027.5',
        completion_rate: '1,2',
        placement_rate: 'beaucoup',
        duration_years: '',
        budget_eur: '-3'
      })
    );
    const said = checked.problems.map((p) => [
      p.field,
      p.column,
      uploadText(p.expected, 'fr'),
      uploadText(p.found, 'fr')
    ]);
    expect(said).toEqual([
      ['intake_per_year', 'intake_per_year', 'un nombre ≤ 10000', '"20000"'],
      ['duration_years', 'duration_years', 'une valeur (obligatoire)', 'une cellule vide'],
      ['start_year', 'start_year', 'un nombre entier', '"2027.5"'],
      ['completion_rate', 'completion_rate', 'un nombre ≤ 1', '"1,2"'],
      ['placement_rate', 'placement_rate', 'un nombre (point décimal)', '"beaucoup"'],
      ['budget_eur', 'budget_eur', 'un nombre ≥ 0', '"-3"']
    ]);
  });

  it('asks for a target, and checks sites, régions and occupations against the dataset', async () => {
    const none = checkAddedFields(1, fields({ target: '' }));
    expect(none.problems.map((p) => [p.field, p.expected, p.found])).toEqual([
      ['target', 'exactly one of target_site or target_region', 'neither']
    ]);
    const dataset = await defaultDataset();
    const refs = referencesOf(dataset);
    const unknown = checkAddedFields(
      1,
      fields({ target: 's.usine-inconnue', occupation: 'astronaut' }),
      refs
    );
    expect(unknown.problems.map((p) => [p.field, uploadText(p.expected, 'fr'), p.found])).toEqual([
      ['target', 'une valeur connue de sites.id', '"usine-inconnue"'],
      ['occupation', 'une valeur connue de occupations.code', '"astronaut"']
    ]);
  });
});

describe('added programmes in the scenario', () => {
  let dataset: Dataset;
  beforeAll(async () => {
    dataset = await defaultDataset();
  });

  it('drops, and names, an entry whose site the dataset lacks; its levers stay known', () => {
    const s = defaultState();
    s.addedProgrammes = [DOUAI, { ...DOUAI, n: 2, target: { site: 'usine-fermee' } }];
    s.levers.programmes['atelier-1'] = { intakeScale: 1.5 };
    const r = restrictToDataset(
      s,
      new Set(dataset.sites.map((x) => x.id)),
      new Set(dataset.programmes.map((p) => p.id)),
      referencesOf(dataset)
    );
    expect(r.rejected).toEqual(['ap.2=operator_s.usine-fermee_24_2027_1_0.73_0.7']);
    expect(r.state.addedProgrammes).toEqual([DOUAI]);
    expect(r.state.levers.programmes['atelier-1']).toEqual({ intakeScale: 1.5 });
  });

  it('becomes a marked programmes row: estimate, « ajout de l’atelier », its cost per place', () => {
    const [record] = addedRecords([{ ...DOUAI, costPerPlaceEur: 4500 }], dataset, 'fr');
    expect(record.id).toBe('atelier-1');
    expect(record.name).toBe(
      'Formation ajoutée 1 : Opérateurs de production, Gigafactory AESC Douai (Lambres-lez-Douai) (ajout de l’atelier)'
    );
    expect(record.kind).toBe('estimate');
    expect(record.source).toBe('atelier de scénarios');
    expect(record.sourceTitle).toBe('hypothèse de l’utilisateur, pas une source publiée');
    expect(record.userData).toBeTruthy();
    expect(costPerTrainee(record)).toBe(4500);
    expect(addedRecords([DOUAI], dataset, 'en')[0].name).toMatch(/\(added in the workbench\)$/);
  });

  it('trains people for the site: 24 places from 2027 lower the 2030 gap of Hauts-de-France', () => {
    const s = defaultState();
    const unfilled = (d: Dataset) =>
      scopeTotals(projectDetailed(regionModelInput(d, s, '32')), null).total.find(
        (r) => r.year === 2030
      )!.unfilled;
    const before = unfilled(dataset);
    const after = unfilled(withAdded(dataset, [DOUAI], 'fr'));
    // 24 a year × 73 % completion × 70 % placement = 12.264 placed a year, from the end of 2028
    // (a one-year course entered in 2027); those placed in 2028 and 2029 lose 8 % a year to
    // attrition (occupations.csv): 12.264 × (1 + 0.92 + 0.92²) = 33.93 fewer unfilled in 2030.
    expect(before - after).toBeCloseTo(12.264 * (1 + 0.92 + 0.92 ** 2), 6);
  });

  it('is kept in a saved scenario, and a corrupt entry beside it does not hide it', () => {
    const store = memoryStore();
    const s = defaultState();
    s.addedProgrammes = [DOUAI];
    saveScenario(store, 'Douai 2027', s, new Date('2026-12-04T10:00:00Z'));
    const list = JSON.parse(store.getItem(STORAGE_KEY)!);
    list.unshift({ name: 42, savedAt: 'hier', query: '' });
    list.push({
      name: 'Lien abîmé',
      savedAt: '2026-12-04T10:00:00Z',
      query: 'v=1&ap.1=operator_s.aesc-douai_24'
    });
    store.setItem(STORAGE_KEY, JSON.stringify(list));
    const loaded = loadSaved(store);
    expect(loaded.scenarios.map((x) => x.name)).toEqual(['Douai 2027', 'Lien abîmé']);
    expect(decodeState(loaded.scenarios[0].query).state.addedProgrammes).toEqual([DOUAI]);
    expect(loaded.problems).toEqual([
      { kind: 'entry', index: 1, field: 'name', found: '42' },
      { kind: 'ignored', name: 'Lien abîmé', params: ['ap.1=operator_s.aesc-douai_24'] }
    ]);
  });
});

// ——— Sites added in the workbench ———

const USINE: AddedSite = {
  n: 1,
  name: 'Usine test',
  departement: '59',
  commune: null,
  activity: 'battery_cells',
  template: null,
  jobsLow: 500,
  jobsHigh: 500,
  productionStart: 2028,
  fullCapacityYear: 2030
};
const siteFields = (over: Partial<AddedSiteFields> = {}): AddedSiteFields => ({
  ...addedSiteFields(USINE),
  ...over
});

describe('added sites in the link', () => {
  it('writes one compact parameter per site, and reads it back', () => {
    const s = {
      ...defaultState(),
      addedSites: [{ ...USINE, template: 'aesc-douai', commune: '59329' }]
    };
    const q = encodeState(s);
    expect(q).toBe('v=1&as.1=59_59329_battery-cells_aesc-douai_500_500_2028_2030_Usine+test');
    const back = decodeState(q);
    expect(back.rejected).toEqual([]);
    expect(back.state.addedSites).toEqual(s.addedSites);
  });

  it('keeps links without it decoding as before', () => {
    expect(decodeState('v=1&p=stress').state).toEqual({ ...defaultState(), preset: 'stress' });
    expect(defaultState().addedSites).toEqual([]);
  });

  it('drops, and names, a malformed entry; reads at most MAX_ADDED_SITES', () => {
    const bad = decodeState(
      'as.1=59_-_battery-cells_-_500_400_2028_2030_X&as.2=59_-_fusee_-_5_5_2028_2030_Y&as.3=59_-_battery_cells'
    );
    expect(bad.rejected).toEqual([
      'as.1=59_-_battery-cells_-_500_400_2028_2030_X',
      'as.2=59_-_fusee_-_5_5_2028_2030_Y',
      'as.3=59_-_battery_cells'
    ]);
    const many = Array.from(
      { length: MAX_ADDED_SITES + 1 },
      (_, i) => `as.${i + 1}=59_-_battery-cells_-_10_10_2028_2030_S${i + 1}`
    ).join('&');
    const r = decodeState(many);
    expect(r.state.addedSites).toHaveLength(MAX_ADDED_SITES);
    expect(r.rejected).toEqual([`as.11=59_-_battery-cells_-_10_10_2028_2030_S11`]);
  });
});

describe('added sites checked like an uploaded row', () => {
  let dataset: Dataset;
  beforeAll(async () => {
    dataset = await defaultDataset();
    setDepartementCentres(departementCentres(loadFrance()));
  });

  it('names each bad field in the upload’s French', () => {
    const checked = checkAddedSiteFields(
      1,
      siteFields({
        name: '',
        activity: 'fusee',
        jobs_direct_low: '-5',
        jobs_direct_high: 'beaucoup',
        production_start: '2028.5',
        full_capacity_year: '2027'
      }),
      sitePlace(dataset),
      referencesOf(dataset)
    );
    expect(
      checked.problems.map((p) => [
        p.field,
        uploadText(p.expected, 'fr'),
        uploadText(p.found, 'fr')
      ])
    ).toEqual([
      ['name', 'une valeur (obligatoire)', 'une cellule vide'],
      ['activity', expect.stringMatching(/^une des valeurs /), '"fusee"'],
      ['production_start', 'un nombre entier', '"2028.5"'],
      ['jobs_direct_low', 'un nombre ≥ 0', '"-5"'],
      ['jobs_direct_high', 'un nombre entier', '"beaucoup"']
    ]);
    // The row's rules, as for an upload, once its cells are right: Arras is not in the Nord.
    const arras = checkAddedSiteFields(
      1,
      siteFields({ commune_insee: '62041' }),
      sitePlace(dataset),
      referencesOf(dataset)
    );
    expect(arras.problems.map((p) => [p.field, uploadText(p.expected, 'fr'), p.found])).toEqual([
      ['commune_insee', 'un code de commune du département 59 (commençant par 59)', '"62041"']
    ]);
  });

  it('refuses a département the data lacks, and full capacity before the start', () => {
    const unknown = checkAddedSiteFields(
      1,
      siteFields({ departement: '99' }),
      sitePlace(dataset),
      referencesOf(dataset)
    );
    expect(unknown.problems.map((p) => p.field)).toContain('departement');
    const early = checkAddedSiteFields(
      1,
      siteFields({ full_capacity_year: '2028' }),
      sitePlace(dataset),
      referencesOf(dataset)
    );
    expect(early.problems.map((p) => p.column)).toEqual(['full_capacity_year']);
  });

  it('places the site at its département’s centre, inside the région’s bounds', () => {
    const [record] = addedSiteRecords([USINE], dataset, 'fr');
    expect(record.id).toBe('atelier-site-1');
    expect(record.name).toBe('Usine test (ajout de l’atelier)');
    expect(record.region).toBe('32');
    expect(record.kind).toBe('estimate');
    expect(record.sourceTitle).toBe(
      'hypothèse de l’utilisateur, pas une source publiée (atelier de scénarios) ; position : centre du département, pas l’adresse du site'
    );
    const france = loadFrance();
    const hdf = france.regions.find((r) => r.properties.code === '32')!;
    const [[west, south], [east, north]] = geoBounds(hdf);
    expect(record.longitude).toBeGreaterThan(west);
    expect(record.longitude).toBeLessThan(east);
    expect(record.latitude).toBeGreaterThan(south);
    expect(record.latitude).toBeLessThan(north);
    // The Nord's centre: between Lille and Maubeuge.
    expect(record.latitude).toBeCloseTo(50.44, 1);
    expect(record.longitude).toBeCloseTo(3.21, 1);
  });

  it('takes the occupation mix of its template site, or the default mix', () => {
    const [like] = addedSiteRecords([{ ...USINE, template: 'aesc-douai' }], dataset, 'fr');
    expect(like.occupationMix).toEqual(
      dataset.sites.find((s) => s.id === 'aesc-douai')!.occupationMix
    );
    expect(addedSiteRecords([USINE], dataset, 'fr')[0].occupationMix).toBeNull();
  });

  it('adds its jobs to the région’s figures, and a programme can train for it', () => {
    const s = defaultState();
    const jobs = (d: Dataset) =>
      scopeTotals(projectDetailed(regionModelInput(d, s, '32')), null).total.find(
        (r) => r.year === 2030
      )!;
    const before = jobs(dataset);
    const withSite = withAdded(dataset, [], 'fr', [USINE]);
    expect(withSite.sites.at(-1)?.id).toBe('atelier-site-1');
    expect(jobs(withSite).unfilled).toBeGreaterThan(before.unfilled + 100);
    const aimed = { ...DOUAI, target: { site: 'atelier-site-1' } };
    const both = withAdded(dataset, [aimed], 'fr', [USINE]);
    expect(both.programmes.at(-1)?.targetSite).toBe('atelier-site-1');
    const r = restrictToDataset(
      { ...defaultState(), addedSites: [USINE], addedProgrammes: [aimed] },
      new Set(dataset.sites.map((x) => x.id)),
      new Set(dataset.programmes.map((p) => p.id)),
      referencesOf(dataset)
    );
    expect(r.rejected).toEqual([]);
    expect(r.state.addedProgrammes).toEqual([aimed]);
  });

  it('is kept in a saved scenario', () => {
    const store = memoryStore();
    saveScenario(store, 'Avec usine', { ...defaultState(), addedSites: [USINE] });
    const [saved] = loadSaved(store).scenarios;
    expect(decodeState(saved.query).state.addedSites).toEqual([USINE]);
  });
});
