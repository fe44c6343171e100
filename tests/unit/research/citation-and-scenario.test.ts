/**
 * Citing (permalink, citation line, BibTeX, CITATION.cff in step with the package), the
 * researcher's rows joining the scenario (beside or instead of the defaults, flagged, stored and
 * read back safely), and the methodology page's promise that its Node example runs.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bibEscape,
  bibtex,
  bibKey,
  citationLine,
  RELEVE_VERSION
} from '../../../src/lib/charts/citation.ts';
import {
  markUserRows,
  mergeUserData,
  parseStoredUserData,
  programmeRecord,
  siteRecord,
  userViewName,
  type UserData
} from '../../../src/lib/data/user-data.ts';
import type { Dataset } from '../../../src/lib/data/queries.ts';
import { validateTable } from '../../../src/lib/data/validate.ts';
import { sites as sitesSpec, programmes as programmesSpec } from '../../../src/lib/data/schema.ts';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { buildModelInput } from '../../../src/lib/scenario/build.ts';
import { defaultState } from '../../../src/lib/state/app-state.ts';
import { project } from '../../../src/lib/forecast/index.ts';
import * as forecast from '../../../src/lib/forecast/index.ts';
import { METHOD, plural, RESEARCH } from '../../../src/lib/i18n/messages-research.ts';
import {
  csvOf,
  defaultDataset,
  GOOD_PROGRAMME,
  GOOD_SITE,
  parseXml,
  PROGRAMME_HEADER,
  SITE_HEADER
} from './helpers.ts';

describe('citation', () => {
  const c = {
    title: 'Emplois & formés, Hauts-de-France',
    scenario: 'Réaliste',
    permalink: 'https://releve.example/?v=1&p=stress',
    accessed: '2026-11-23',
    lang: 'fr' as const
  };

  it('keeps one version in package.json, CITATION.cff and the citations', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const cff = readFileSync('CITATION.cff', 'utf8');
    expect(RELEVE_VERSION).toBe(pkg.version);
    expect(cff).toMatch(new RegExp(`^version: ${RELEVE_VERSION.replace(/\./g, '\\.')}$`, 'm'));
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toMatch(/^license: MIT$/m);
  });

  it('gives a citation line with the permalink and the date of consultation', () => {
    expect(citationLine(c)).toBe(
      'Contributeurs de Relève (2026). «\u00a0Emplois & formés, Hauts-de-France\u00a0», scénario Réaliste. ' +
        'Relève, observatoire des emplois et des compétences des nouveaux sites industriels, version 0.1.0. ' +
        'https://releve.example/?v=1&p=stress (consulté le 23 novembre 2026).'
    );
    expect(citationLine({ ...c, lang: 'en', title: undefined })).toBe(
      'Relève contributors (2026). Relève, observatory of jobs and skills for new industrial sites, version 0.1.0. ' +
        'https://releve.example/?v=1&p=stress (accessed 23 November 2026).'
    );
  });

  it('gives a BibTeX entry with escaped fields and balanced braces', () => {
    const entry = bibtex(c);
    expect(entry).toMatch(/^@misc\{releve2026emplois,\n/);
    expect(entry).toContain(
      'title        = {{Emplois \\& formés, Hauts-de-France (scénario Réaliste)}}'
    );
    expect(entry).toContain('url          = {https://releve.example/?v=1&p=stress}');
    expect(entry).toContain('urldate      = {2026-11-23}');
    let depth = 0;
    for (const ch of entry.replace(/\\[{}]/g, '')) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(bibEscape('50 % & 1_2 #3 $4 {x}')).toBe('50 \\% \\& 1\\_2 \\#3 \\$4 \\{x\\}');
    expect(bibKey(undefined, '2026')).toBe('releve2026software');
  });
});

describe('the researcher’s rows in the scenario', () => {
  let base: Dataset;
  const mark = { file: 'mes-sites.csv', loadedAt: '2026-11-23T10:00:00.000Z' };
  const typed = (spec: typeof sitesSpec, header: string[], rows: Record<string, string>[]) =>
    validateTable(spec, parseCsv(csvOf(header, rows), 'f.csv'), 'f.csv').rows;

  beforeAll(async () => {
    base = await defaultDataset();
  });

  const userSites = () =>
    typed(sitesSpec, SITE_HEADER, [
      GOOD_SITE,
      { ...GOOD_SITE, id: 'aesc-douai', name: 'AESC revu', jobs_direct_high: '1500' }
    ]).map((r) => siteRecord(r, mark));

  it('extends the defaults, a row with a default id taking its place', () => {
    const user: UserData = {
      sites: { mode: 'extend', file: mark.file, loadedAt: mark.loadedAt, rows: userSites() }
    };
    const { dataset, report } = mergeUserData(base, user);
    expect(dataset.sites).toHaveLength(base.sites.length + 1);
    expect(dataset.sites.find((s) => s.id === 'aesc-douai')!.jobsDirectHigh).toBe(1500);
    expect(report.replaced).toEqual([{ table: 'sites', id: 'aesc-douai' }]);
    expect(dataset.sites.find((s) => s.id === 'usine-test')).toMatchObject({
      occupationMix: { operator: 0.7, technician: 0.3 },
      userData: mark
    });
    // The model runs on it: the user site has jobs in its région.
    const rows = project(buildModelInput(defaultState(), dataset));
    expect(rows.some((r) => r.siteId === 'usine-test' && r.jobs > 0)).toBe(true);
  });

  it('replaces the defaults, setting aside programmes whose site is gone', () => {
    const user: UserData = {
      sites: {
        mode: 'replace',
        file: mark.file,
        loadedAt: mark.loadedAt,
        rows: userSites().slice(0, 1)
      }
    };
    const { dataset, report } = mergeUserData(base, user);
    expect(dataset.sites.map((s) => s.id)).toEqual(['usine-test']);
    const setAside = base.programmes.filter((p) => p.targetSite !== null).map((p) => p.id);
    expect(report.setAside.map((p) => p.id).sort()).toEqual(setAside.sort());
    expect(dataset.programmes.every((p) => p.targetSite === null)).toBe(true);
    expect(dataset.sitePlans).toEqual([]);
    expect(() => project(buildModelInput(defaultState(), dataset))).not.toThrow();
  });

  it('adds user programmes aimed at a user site', () => {
    const sites = userSites();
    const programmes = typed(programmesSpec, PROGRAMME_HEADER, [
      { ...GOOD_PROGRAMME, target_region: '', target_site: 'usine-test' }
    ]).map((r) => programmeRecord(r, mark));
    const { dataset } = mergeUserData(base, {
      sites: { mode: 'extend', file: 'a', loadedAt: 'b', rows: sites },
      programmes: { mode: 'extend', file: 'c', loadedAt: 'd', rows: programmes }
    });
    const rows = project(buildModelInput(defaultState(), dataset));
    expect(rows.filter((r) => r.siteId === 'usine-test').some((r) => r.placed > 0)).toBe(true);
  });

  it('flags user rows by name, in the reader’s language', () => {
    const { dataset } = mergeUserData(base, {
      sites: { mode: 'extend', file: 'a', loadedAt: 'b', rows: userSites().slice(0, 1) }
    });
    expect(markUserRows(dataset, 'fr').sites.at(-1)!.name).toBe('Usine test (vos données)');
    expect(markUserRows(dataset, 'en').sites.at(-1)!.name).toBe('Usine test (your data)');
    expect(markUserRows(base, 'fr')).toBe(base);
  });

  it('reads stored rows back only when their shape is right', () => {
    const good = { sites: { mode: 'extend', file: 'a', loadedAt: 'b', rows: userSites() } };
    expect(parseStoredUserData(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(
      parseStoredUserData({ sites: { mode: 'merge', file: 'a', loadedAt: 'b', rows: [] } })
    ).toBeNull();
    expect(
      parseStoredUserData({
        sites: { mode: 'extend', file: 'a', loadedAt: 'b', rows: [{ id: 1 }] }
      })
    ).toBeNull();
    expect(parseStoredUserData('nonsense')).toBeNull();
    expect(parseStoredUserData({})).toEqual({});
  });

  it('names a file’s SQL view safely and uniquely', () => {
    expect(userViewName('Mes sites (2).csv')).toBe('user_mes_sites_2');
    expect(userViewName('Écoles.parquet', new Set(['user_ecoles']))).toBe('user_ecoles_2');
  });
});

describe('words', () => {
  it('puts 0 and 1 in the singular in French, only 1 in English', () => {
    expect(plural('fr', 1, '{n} ligne', '{n} lignes')).toBe('1 ligne');
    expect(plural('fr', 0, '{n} ligne', '{n} lignes')).toBe('0 ligne');
    expect(plural('fr', 2, '{n} ligne', '{n} lignes')).toBe('2 lignes');
    expect(plural('en', 0, '{n} row', '{n} rows')).toBe('0 rows');
  });

  it('has every French key in English (at run time too)', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v &&
        typeof v === 'object' &&
        !Array.isArray(v) &&
        !k.endsWith('columns') &&
        k !== 'tableText' &&
        k !== 'exampleTitles' &&
        k !== 'errorKinds' &&
        k !== 'errorHint' &&
        k !== 'tables' &&
        k !== 'fields' &&
        k !== 'uncertainty'
          ? keys(v, `${p}${k}.`)
          : [`${p}${k}`]
      );
    expect(keys(RESEARCH.en)).toEqual(keys(RESEARCH.fr));
    expect(keys(METHOD.en)).toEqual(keys(METHOD.fr));
    expect(METHOD.en.limits).toHaveLength(METHOD.fr.limits.length);
  });

  it('the XML check used on exports rejects malformed documents', () => {
    expect(() => parseXml('<svg><g></svg>')).toThrow();
    expect(() => parseXml('<svg a="1" a="2"/>')).toThrow(/duplicate/);
    expect(() => parseXml('<svg>AT&T</svg>')).toThrow(/entity/);
    expect(parseXml('<svg><g a="x &amp; y"/></svg>').root).toBe('svg');
  });
});

describe('the methodology’s Node example', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`runs as printed (${lang})`, async () => {
      const code = METHOD[lang].reuse.code;
      expect(code).toContain("from 'releve/forecast'");
      // Run it against the library's sources: `import … from 'releve/forecast'` becomes the
      // library object, console output is captured.
      const body = code
        .replace(/^\/\/.*$/m, '')
        .replace(/import \{([^}]+)\} from 'releve\/forecast';/, 'const {$1} = lib;');
      const printed: unknown[] = [];
      const fakeConsole = {
        table: (x: unknown) => printed.push(x),
        log: (x: unknown) => printed.push(x)
      };
      new Function('lib', 'console', body)(forecast, fakeConsole);
      const [table, gap] = printed as [
        { year: number; gap: number }[],
        { p10: number; p50: number; p90: number }
      ];
      expect(table[0].year).toBe(2024);
      expect(table.at(-1)!.year).toBe(2035);
      expect(gap.p10).toBeLessThanOrEqual(gap.p50);
      expect(gap.p50).toBeLessThanOrEqual(gap.p90);
    });
  }
});
