import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import {
  aggregateBySite,
  aggregateTotal,
  DEFAULT_OCCUPATION_MIX,
  PRESET_IDS,
  PRESETS,
  presets,
  presetScenario,
  project,
  ruleForSite,
  type BilingualText,
  type PresetId,
  type Site
} from '../../../src/lib/forecast/index.ts';
import {
  REFERENCE_CLASS,
  REFERENCE_CLASS_DELAY,
  REFERENCE_CLASS_SCALE
} from '../../../src/lib/forecast/presets.ts';
import { FIXTURE } from './fixture.ts';

/**
 * The seven sites as the default dataset's rows give them (data/sites.csv: production_start,
 * full_capacity_year, jobs_direct_high as the target). The presets are relative to these rows;
 * the last test checks that they still match the CSV, so a change of a row sends one back to the
 * rules.
 */
const ROWS: Site[] = [
  ['acc-douvrin', 'Gigafactory ACC Billy-Berclau/Douvrin', '32', 2023, 2030, 2000],
  ['aesc-douai', 'Gigafactory AESC Douai (Lambres-lez-Douai)', '32', 2025, 2026, 1200],
  ['verkor-dunkerque', 'Gigafactory Verkor Dunkerque (Bourbourg)', '32', 2025, 2027, 1200],
  ['prologium-dunkerque', 'Gigafactory ProLogium Dunkerque', '32', 2028, 2030, 350],
  ['tiamat-amiens', 'Gigafactory Tiamat (Boves, Amiens Métropole)', '32', 2027, 2031, 2000],
  [
    'neomat-dunkerque',
    'Neomat, matériaux de cathode et recyclage (Dunkerque)',
    '32',
    2026,
    2030,
    1300
  ],
  ['refactory-flins', 'Renault Refactory Flins', '11', 2021, 2030, 3000]
].map(([id, name, region, productionStart, fullCapacity, targetJobs]) => ({
  id: id as string,
  name: name as string,
  region: region as string,
  productionStart: productionStart as number,
  fullCapacity: fullCapacity as number,
  targetJobs: targetJobs as number
}));

const YEARS: [number, number] = [2024, 2035];
const overrides = (id: PresetId, sites: readonly Site[] = ROWS) =>
  presetScenario(id, { years: YEARS, sites }).sites!;

function jobs2030(id: PresetId, input: { sites: Site[]; programs: typeof FIXTURE.programs }) {
  const rows = project({
    ...input,
    scenario: presetScenario(id, { years: YEARS, sites: input.sites })
  });
  return aggregateTotal(rows).find((r) => r.year === 2030)!.jobs;
}

function siteJobs2030(id: PresetId, site: string): number {
  const rows = project({
    sites: ROWS,
    programs: [],
    scenario: presetScenario(id, { years: YEARS, sites: ROWS })
  });
  return aggregateBySite(rows).find((r) => r.year === 2030 && r.siteId === site)!.jobs;
}

/**
 * The numbers a text states, in order, as values: French writes « 1 200 » and « 0,572 », English
 * "1 200" (or "1,200") and "0.572". A run of 1–3 digits followed by groups of exactly three
 * digits after a space (any kind) — or, in English, a comma — is one number; anything else
 * (an en dash in "1 000–1 200", a slash, a comma and a space) separates numbers. A year has four
 * digits, so it never heads a group: "2025 650" stays two numbers. Signs are not read.
 */
function numbersIn(text: string, lang: 'fr' | 'en'): number[] {
  const space = '[ \\u00a0\\u202f]';
  const group = lang === 'fr' ? space : `(?:${space}|,)`;
  const decimal = lang === 'fr' ? ',' : '\\.';
  const number = new RegExp(
    `(?<!\\d)(?:\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}\\d+)?(?!\\d)`,
    'g'
  );
  return [...text.matchAll(number)].map(([m]) => {
    const [whole, fraction] = m.split(lang === 'fr' ? ',' : '.');
    return Number(whole.replace(new RegExp(group, 'g'), '') + (fraction ? `.${fraction}` : ''));
  });
}

/** Every reader-facing text of the presets and the reference class, with where it sits. */
function presetTexts(): [string, BilingualText][] {
  const texts: [string, BilingualText][] = [];
  for (const p of Object.values(PRESETS)) {
    texts.push([`${p.id} label`, p.label], [`${p.id} description`, p.description]);
    for (const [field, text] of Object.entries(p.sources)) texts.push([`${p.id} ${field}`, text]);
    for (const r of p.siteRules) texts.push([`${p.id} ${r.match.join('|')}`, r.source]);
    if (p.otherSites) texts.push([`${p.id} otherSites`, p.otherSites.source]);
  }
  for (const r of REFERENCE_CLASS) texts.push([`reference ${r.site}`, r.source]);
  return texts;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe('numbersIn', () => {
  it('reads thousands groups, decimals, ranges and years in each language', () => {
    expect(numbersIn('1 000–1 200 emplois, fin 2024', 'fr')).toEqual([1000, 1200, 2024]);
    expect(numbersIn('1 000–1 200 jobs, end 2024', 'en')).toEqual([1000, 1200, 2024]);
    expect(numbersIn('1,200 jobs; 1\u00a0200; 1\u202f200', 'en')).toEqual([1200, 1200, 1200]);
    expect(numbersIn('(1 + 1 200/2 000) / 3 = 0,572', 'fr')).toEqual([1, 1200, 2000, 3, 0.572]);
    expect(numbersIn('(1 + 1 200/2 000) / 3 = 0.572', 'en')).toEqual([1, 1200, 2000, 3, 0.572]);
    expect(numbersIn('production 2025, 1 200 en 2027', 'fr')).toEqual([2025, 1200, 2027]);
    expect(numbersIn('2 000. 250 salariés le 11 décembre 2025', 'fr')).toEqual([
      2000, 250, 11, 2025
    ]);
    expect(numbersIn('in June 2025 650 employees, 12 345 678', 'en')).toEqual([
      2025, 650, 12345678
    ]);
    expect(numbersIn('2023→2026, seed 004, 42mag.fr', 'en')).toEqual([2023, 2026, 4, 42]);
    expect(numbersIn('1 - 0,68 = 0,32 ; 12 2024', 'fr')).toEqual([1, 0.68, 0.32, 12, 2024]);
  });
});

describe('scenario presets', () => {
  it('exports the four presets, each with labels and sources', () => {
    expect(Object.keys(PRESETS)).toEqual(['annonces', 'realiste', 'stress', 'volontariste']);
    expect(presets.annonces).toBe(PRESETS.annonces);
    expect(PRESET_IDS).toEqual(Object.keys(PRESETS));
    for (const p of Object.values(PRESETS)) {
      expect(p.label.fr && p.label.en && p.description.fr && p.description.en).toBeTruthy();
      for (const r of p.siteRules) expect(r.source.en.length).toBeGreaterThan(80);
      if (p.otherSites) expect(p.otherSites.source.en.length).toBeGreaterThan(80);
    }
  });

  it('gives every dataset site a sourced rule in réaliste, stress and volontariste, none in annonces', () => {
    expect(PRESETS.annonces.siteRules).toEqual([]);
    expect(PRESETS.annonces.otherSites).toBeUndefined();
    expect(overrides('annonces')).toEqual({});
    for (const id of ['realiste', 'stress', 'volontariste'] as const) {
      for (const site of ROWS) {
        const rule = ruleForSite(PRESETS[id], site) ?? PRESETS[id].otherSites;
        expect(rule, `${id} ${site.id}`).toBeDefined();
        expect(rule!.source.fr, `${id} ${site.id}`).toMatch(/\d/);
        expect(rule!.source.en, `${id} ${site.id}`).toMatch(/\d/);
        expect(rule!.delayYears).toBeGreaterThanOrEqual(0);
        expect(rule!.targetScale).toBeGreaterThan(0);
        expect(rule!.targetScale).toBeLessThanOrEqual(1);
      }
    }
  });

  it('writes every text in French and English, with the same numbers', () => {
    const texts = presetTexts();
    // 4 labels, 4 descriptions, 7 global sources, 7 + 5 + 7 site rules (volontariste reuses
    // réaliste's), 3 otherSites, 3 reference projects.
    expect(texts).toHaveLength(40);
    for (const [where, text] of texts) {
      expect(Object.keys(text).sort(), where).toEqual(['en', 'fr']);
      expect(text.fr.trim(), where).not.toBe('');
      expect(text.en.trim(), where).not.toBe('');
      expect(text.fr, `${where}: French not written`).not.toBe(text.en);
      expect(sorted(numbersIn(text.fr, 'fr')), where).toEqual(sorted(numbersIn(text.en, 'en')));
      // Each language's decimal mark: no "0.8" in French, no "0,8" in English.
      expect(text.fr, where).not.toMatch(/\d\.\d/);
      expect(text.en, where).not.toMatch(/\d,\d/);
    }
  });

  it('computes the reference class from the first plans of AESC, Verkor and ProLogium', () => {
    expect(REFERENCE_CLASS.map((p) => p.site)).toEqual([
      'aesc-douai',
      'verkor-dunkerque',
      'prologium-dunkerque'
    ]);
    expect(REFERENCE_CLASS_DELAY).toBeCloseTo((1 + 2 + 2) / 3, 12);
    expect(REFERENCE_CLASS_SCALE).toBeCloseTo((1 + 1200 / 2000 + 350 / 3000) / 3, 12);
    expect(REFERENCE_CLASS_SCALE).toBeCloseTo(0.5722, 4);
    for (const p of REFERENCE_CLASS) expect(p.source.en.length).toBeGreaterThan(80);
  });

  it('réaliste corrects only what the rows do not already carry', () => {
    const s = overrides('realiste');
    // Rows already revised, or observed at or ahead of their curve: no delay, no haircut.
    expect(s['aesc-douai']).toEqual({ delayYears: 0, targetScale: 1 });
    expect(s['verkor-dunkerque']).toEqual({ delayYears: 0, targetScale: 1 });
    expect(s['prologium-dunkerque']).toEqual({ delayYears: 0, targetScale: 1 });
    // On schedule, but at the low end of its range / of the existing workforce.
    expect(s['acc-douvrin']).toEqual({ delayYears: 0, targetScale: 0.7 });
    expect(s['refactory-flins']).toEqual({ delayYears: 0, targetScale: 0.8 });
    // Not started: the reference-class mean.
    const cls = { delayYears: REFERENCE_CLASS_DELAY, targetScale: REFERENCE_CLASS_SCALE };
    expect(s['tiamat-amiens']).toEqual(cls);
    expect(s['neomat-dunkerque']).toEqual(cls);
    // A site no rule knows is taken as not started.
    const other = { id: 'x-lens', name: 'Usine X', region: '32' } as Site;
    expect(overrides('realiste', [other])['x-lens']).toEqual(cls);
  });

  it('réaliste keeps ProLogium’s revised 350 jobs: no double haircut', () => {
    expect(siteJobs2030('realiste', 'prologium-dunkerque')).toBeCloseTo(
      siteJobs2030('annonces', 'prologium-dunkerque'),
      9
    );
    expect(siteJobs2030('realiste', 'prologium-dunkerque')).toBeCloseTo(350 * 0.95, 6);
    expect(siteJobs2030('realiste', 'aesc-douai')).toBeCloseTo(
      siteJobs2030('annonces', 'aesc-douai'),
      9
    );
  });

  it('stress delays and cuts further, relative to the rows', () => {
    const s = overrides('stress');
    expect(s['acc-douvrin']).toEqual({ delayYears: 1, targetScale: 0.5 });
    expect(s['aesc-douai']).toEqual({ delayYears: 1, targetScale: 1000 / 1200 });
    expect(s['verkor-dunkerque']).toEqual({ delayYears: 1, targetScale: 1 });
    expect(s['prologium-dunkerque']).toEqual({ delayYears: 2, targetScale: 1 });
    expect(s['refactory-flins']).toEqual({ delayYears: 1, targetScale: 0.8 });
    expect(s['tiamat-amiens']).toEqual({ delayYears: 3, targetScale: 0.32 });
    expect(s['neomat-dunkerque']).toEqual({ delayYears: 3, targetScale: 0.32 });
    // Never milder than réaliste, site by site.
    const r = overrides('realiste');
    for (const site of ROWS) {
      expect(s[site.id].delayYears!).toBeGreaterThanOrEqual(r[site.id].delayYears!);
      expect(s[site.id].targetScale!).toBeLessThanOrEqual(r[site.id].targetScale!);
      expect(siteJobs2030('stress', site.id)).toBeLessThanOrEqual(
        siteJobs2030('realiste', site.id) + 1e-9
      );
    }
  });

  it('volontariste plays réaliste’s demand', () => {
    expect(overrides('volontariste')).toEqual(overrides('realiste'));
    expect(PRESETS.volontariste.scenario.intakeScale).toBe(1.5);
    expect(PRESETS.volontariste.scenario.placementScale).toBeCloseTo(73 / 66, 12);
  });

  it('matches sites by a word of their id or name, not by a substring', () => {
    const rule = (id: string, name: string) =>
      ruleForSite(PRESETS.realiste, { id, name })?.match[0];
    expect(rule('acc-douvrin', 'ACC')).toBe('acc');
    expect(rule('x1', 'Usine ACC de Douvrin')).toBe('acc');
    expect(rule('accumulateurs-lens', 'Accumulateurs')).toBeUndefined();
    expect(rule('site-9', 'Renault ReFactory')).toBe('refactory');
  });

  it('orders the scenarios on the dataset rows: stress < réaliste < annonces in 2030 jobs', () => {
    const input = { sites: ROWS, programs: FIXTURE.programs };
    expect(jobs2030('stress', input)).toBeLessThan(jobs2030('realiste', input));
    expect(jobs2030('realiste', input)).toBeLessThan(jobs2030('annonces', input));
    expect(jobs2030('volontariste', input)).toBeCloseTo(jobs2030('realiste', input), 9);
  });

  it('orders the scenarios on the fixture too', () => {
    expect(jobs2030('stress', FIXTURE)).toBeLessThan(jobs2030('realiste', FIXTURE));
    expect(jobs2030('realiste', FIXTURE)).toBeLessThan(jobs2030('annonces', FIXTURE));
    expect(jobs2030('volontariste', FIXTURE)).toBeCloseTo(jobs2030('realiste', FIXTURE), 9);
  });

  it('volontariste trains more than réaliste', () => {
    const trained = (id: 'realiste' | 'volontariste') =>
      aggregateTotal(
        project({
          ...FIXTURE,
          scenario: presetScenario(id, { years: YEARS, sites: FIXTURE.sites })
        })
      ).at(-1)!.trained;
    expect(trained('volontariste')).toBeGreaterThan(trained('realiste'));
  });

  it('is written against the current rows of data/sites.csv', () => {
    const { header, records } = parseCsv(
      readFileSync(new URL('../../../data/sites.csv', import.meta.url), 'utf8'),
      'sites.csv'
    );
    const col = (name: string) => header.indexOf(name);
    const csv = new Map(records.map((r) => [r.cells[col('id')], r.cells]));
    expect([...csv.keys()].sort()).toEqual(ROWS.map((s) => s.id).sort());
    for (const site of ROWS) {
      const cells = csv.get(site.id)!;
      expect(
        [
          cells[col('region')],
          Number(cells[col('production_start')]),
          Number(cells[col('full_capacity_year')]),
          Number(cells[col('jobs_direct_high')])
        ],
        site.id
      ).toEqual([site.region, site.productionStart, site.fullCapacity, site.targetJobs]);
    }
  });
});

describe('default occupation mix', () => {
  it('uses the dataset’s occupation codes and AESC’s split of its technicians', () => {
    const { header, records } = parseCsv(
      readFileSync(new URL('../../../data/occupations.csv', import.meta.url), 'utf8'),
      'occupations.csv'
    );
    const codes = new Set(records.map((r) => r.cells[header.indexOf('code')]));
    for (const code of Object.keys(DEFAULT_OCCUPATION_MIX))
      expect(codes.has(code), code).toBe(true);
    expect(DEFAULT_OCCUPATION_MIX).not.toHaveProperty('administrative');
    expect(DEFAULT_OCCUPATION_MIX.support).toBeCloseTo(30 / 1050, 12);
    expect(DEFAULT_OCCUPATION_MIX['maintenance-technician']).toBeCloseTo(190 / 1050, 12);
    expect(DEFAULT_OCCUPATION_MIX.technician).toBeCloseTo(90 / 1050, 12);
    const sum = Object.values(DEFAULT_OCCUPATION_MIX).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
  });
});
