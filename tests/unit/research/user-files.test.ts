/**
 * A researcher's own file, read by the real DuckDB-WASM engine (Node's blocking bundle, the
 * browser's engine) and checked against the schema of data/README.md: a good file has no problem,
 * and each kind of bad file gives the problem that names its file, row, column, expected and
 * found value.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkFileSize,
  checkUserFile,
  fileFormat,
  guessTable,
  MAX_USER_FILE_BYTES,
  readCsvHead,
  referencesOf,
  structureProblem,
  type UserFileCheck,
  type UserTable
} from '../../../src/lib/data/user-data.ts';
import type { References } from '../../../src/lib/data/validate.ts';
import { problemText } from '../../../src/lib/i18n/messages-research.ts';
import type { NodeConnector } from '../../../src/lib/data/node.ts';
import {
  csvOf,
  defaultDataset,
  GOOD_PROGRAMME,
  GOOD_SITE,
  nodeEngine,
  PROGRAMME_HEADER,
  SITE_HEADER
} from './helpers.ts';

let db: NodeConnector;
let refs: References;
let counter = 0;

beforeAll(async () => {
  db = await nodeEngine();
  refs = referencesOf(await defaultDataset());
});

/** Registers a CSV text as the engine would a dropped file, and checks it. */
async function checkCsv(text: string, table: UserTable | null = null, file = 'mine.csv') {
  const registered = `user-${++counter}.csv`;
  const bytes = new TextEncoder().encode(text);
  await db.registerFileBuffer(registered, bytes);
  const head = readCsvHead(text.slice(0, 64 * 1024), file);
  return checkUserFile(db, {
    registered,
    file,
    format: 'csv',
    table,
    header: head.header,
    bytes: bytes.length,
    bytesPerLine: head.bytesPerLine,
    refs
  });
}

/** Writes rows to a Parquet file with DuckDB itself, then checks it. */
async function checkParquet(selectSql: string, file = 'mine.parquet') {
  const path = `/tmp/releve-test-${process.pid}-${++counter}.parquet`;
  await db.stream(`COPY (${selectSql}) TO '${path}' (FORMAT parquet)`, () => {});
  const bytes = await db.copyFileToBuffer(path);
  const registered = `user-${counter}.parquet`;
  await db.registerFileBuffer(registered, bytes);
  return checkUserFile(db, { registered, file, format: 'parquet', refs });
}

const site = (over: Record<string, string>) => ({ ...GOOD_SITE, ...over });
const only = (check: UserFileCheck) => {
  expect(check.problems).toHaveLength(1);
  return check.problems[0];
};

describe('a good file', () => {
  it('has no problem and gives typed rows', async () => {
    const check = await checkCsv(
      csvOf(SITE_HEADER, [GOOD_SITE, site({ id: 'usine-deux', name: 'Usine deux' })])
    );
    expect(check.table).toBe('sites');
    expect(check.problems).toEqual([]);
    expect(check.rowsRead).toBe(2);
    expect(check.validCount).toBe(2);
    expect(check.valid![0]).toMatchObject({
      id: 'usine-test',
      latitude: 50.29,
      production_start: 2027,
      jobs_indirect: null,
      occupation_mix: { operator: 0.7, technician: 0.3 }
    });
  });

  it('guesses programmes from their columns', async () => {
    const check = await checkCsv(csvOf(PROGRAMME_HEADER, [GOOD_PROGRAMME]));
    expect(check.table).toBe('programmes');
    expect(check.problems).toEqual([]);
  });

  it('reads a Parquet file with typed columns the same way', async () => {
    const check = await checkParquet(
      `SELECT 'usine-pq' AS id, 'Usine Parquet' AS name, 'Test SA' AS operator,
              'battery_cells' AS activity, 'Arras' AS commune, '62041' AS commune_insee,
              '62' AS departement, '32' AS region, 50.29 AS latitude, 2.78 AS longitude,
              2027 AS production_start, 2031 AS full_capacity_year, 500 AS jobs_direct_low,
              800 AS jobs_direct_high, NULL::INTEGER AS jobs_indirect, 5.0 AS capacity_gwh,
              'announced' AS status, NULL AS occupation_mix, NULL::INTEGER AS initial_trained,
              NULL AS notes, 'https://example.org' AS source, NULL AS source_title,
              DATE '2025-01-02' AS source_date, 'announced' AS kind`
    );
    expect(check.format).toBe('parquet');
    expect(check.problems).toEqual([]);
    expect(check.valid![0]).toMatchObject({
      id: 'usine-pq',
      latitude: 50.29,
      source_date: '2025-01-02'
    });
  });
});

describe('each kind of bad file names its file, row, column, expected and found value', () => {
  const cases: [string, Record<string, string>, string, string, string][] = [
    ['a number out of range', { latitude: '95' }, 'latitude', 'a number ≤ 52', '"95"'],
    [
      'text in a whole-number column',
      { jobs_direct_high: 'beaucoup' },
      'jobs_direct_high',
      'a whole number',
      '"beaucoup"'
    ],
    [
      'text in a number column',
      { capacity_gwh: 'dix' },
      'capacity_gwh',
      'a number (dot decimal)',
      '"dix"'
    ],
    [
      'a French decimal comma',
      { longitude: '2,78' },
      'longitude',
      'a number (dot decimal)',
      '"2,78"'
    ],
    [
      'a year that is not whole',
      { production_start: '2027.5' },
      'production_start',
      'a whole number',
      '"2027.5"'
    ],
    [
      'an unknown enum value',
      { status: 'dreaming' },
      'status',
      'one of announced, under_construction, ramping_up, producing, postponed, cancelled',
      '"dreaming"'
    ],
    [
      'an impossible date',
      { source_date: '2025-02-30' },
      'source_date',
      'a date YYYY-MM-DD',
      '"2025-02-30"'
    ],
    [
      'an id with capitals',
      { id: 'Usine_Test' },
      'id',
      'a lower-case id like "aesc-douai"',
      '"Usine_Test"'
    ],
    [
      'a malformed INSEE code',
      { commune_insee: '6204' },
      'commune_insee',
      'an INSEE code matching /^(\\d{5}|2[AB]\\d{3})$/',
      '"6204"'
    ],
    [
      'an unknown département',
      { departement: '99' },
      'departement',
      'a known departements.code',
      '"99"'
    ],
    ['an empty required cell', { name: '' }, 'name', 'a value (required)', 'an empty cell'],
    [
      'a mix that does not sum to 1',
      { occupation_mix: 'operator:0.5;technician:0.3' },
      'occupation_mix',
      'shares summing to 1 (they sum to 0.8)',
      '"operator:0.5;technician:0.3"'
    ],
    [
      'a mix with an unknown occupation',
      { occupation_mix: 'operator:0.5;astronaut:0.5' },
      'occupation_mix',
      'known occupations.code in the mix',
      '"astronaut"'
    ],
    [
      'full capacity before the start',
      { full_capacity_year: '2026' },
      'full_capacity_year',
      'a year after production_start (2027)',
      '2026'
    ],
    [
      'a high end below the low end',
      { jobs_direct_high: '400' },
      'jobs_direct_high',
      '≥ jobs_direct_low (500)',
      '400'
    ]
  ];
  for (const [what, change, column, expected, found] of cases) {
    it(what, async () => {
      const check = await checkCsv(
        csvOf(SITE_HEADER, [GOOD_SITE, site({ id: 'usine-deux', ...change })]),
        null,
        'bad.csv'
      );
      const p = only(check);
      expect(p).toMatchObject({ file: 'bad.csv', line: 3, column, expected, found });
      expect(p.message).toBe(
        `bad.csv, line 3, column ${column}: expected ${expected}, found ${found}`
      );
      expect(check.validCount).toBe(1);
    });
  }

  it('a missing required column stops at the header', async () => {
    const header = SITE_HEADER.filter((c) => c !== 'latitude');
    const p = only(await checkCsv(csvOf(header, [GOOD_SITE]), 'sites'));
    expect(p).toMatchObject({ line: 1, column: 'latitude', found: 'no such column' });
    expect(p.message).toBe('mine.csv, line 1: missing required column "latitude"');
  });

  it('an unknown column is named with the table’s columns', async () => {
    const p = only(await checkCsv(csvOf([...SITE_HEADER, 'colour'], [GOOD_SITE]), 'sites'));
    expect(p).toMatchObject({ line: 1, column: 'colour', expected: 'one of the columns of sites' });
  });

  it('a file of neither table says so', async () => {
    const p = only(await checkCsv('a,b\n1,2\n'));
    expect(p).toMatchObject({
      line: 0,
      column: '(file)',
      expected: 'the columns of sites or programmes (data/README.md)',
      found: 'a, b'
    });
  });

  it('a duplicate id in the same batch and across batches', async () => {
    // 2 602 rows: DuckDB streams them in batches of 2 048, so the second duplicate is found in a
    // later batch than its first occurrence.
    const many = Array.from({ length: 2600 }, (_, i) => site({ id: `usine-${i}` }));
    many.splice(100, 0, site({ id: 'usine-1' })); // line 102, first on line 3: same batch
    many.push(site({ id: 'usine-5' })); // line 2 603, first on line 7: another batch
    const check = await checkCsv(csvOf(SITE_HEADER, many));
    expect(check.rowsRead).toBe(2602);
    expect(check.problems.map((p) => [p.line, p.column, p.expected])).toEqual([
      [102, 'id', 'a unique id (already on line 3)'],
      [2603, 'id', 'a unique id (already on line 7)']
    ]);
    expect(check.validCount).toBe(2600);
  });

  it('a row with too many cells stops the reading at its line', async () => {
    const text =
      csvOf(SITE_HEADER, [GOOD_SITE]) +
      csvOf(SITE_HEADER, [site({ id: 'x' })]).split('\n')[1] +
      ',extra\n';
    const check = await checkCsv(text);
    expect(check.stopped).toBe(true);
    const p = check.problems.at(-1)!;
    expect(p).toMatchObject({
      line: 3,
      column: '(row)',
      expected: `${SITE_HEADER.length} cells`,
      found: `more than ${SITE_HEADER.length} cells`
    });
  });

  it('counts line breaks inside quoted cells, so later lines are right', async () => {
    const check = await checkCsv(
      csvOf(SITE_HEADER, [
        site({ notes: 'première ligne\ndeuxième ligne\ntroisième' }),
        site({ id: 'usine-deux', latitude: '99' })
      ])
    );
    // Header line 1, first record lines 2–4, second record line 5.
    expect(only(check)).toMatchObject({ line: 5, column: 'latitude' });
  });

  it('a semicolon-separated file is recognised from its header', () => {
    const head = readCsvHead('id;name;operator\nx;y;z\n', 'excel.csv');
    expect(head.delimiter).toBe(';');
    expect(head.header).toEqual(['id;name;operator']);
  });

  it('a programme must target exactly one of a site or a région, and a known site', async () => {
    const check = await checkCsv(
      csvOf(PROGRAMME_HEADER, [
        { ...GOOD_PROGRAMME, target_site: 'aesc-douai' },
        { ...GOOD_PROGRAMME, id: 'f2', target_region: '', target_site: 'usine-inconnue' }
      ])
    );
    expect(check.problems.map((p) => [p.line, p.column, p.expected, p.found])).toEqual([
      [2, 'target_site', 'exactly one of target_site or target_region', 'both'],
      [3, 'target_site', 'a known sites.id', '"usine-inconnue"']
    ]);
  });

  it('Parquet problems name the row, not a line', async () => {
    const check = await checkParquet(
      `SELECT * REPLACE (CASE WHEN id = 'aesc-douai' THEN 120.0 ELSE latitude END AS latitude)
         FROM read_parquet('static/data/sites.parquet') ORDER BY id`
    );
    const p = only(check);
    expect(check.unit).toBe('row');
    expect(p).toMatchObject({
      line: 2,
      column: 'latitude',
      expected: 'a number ≤ 52',
      found: '"120.0"'
    });
    expect(p.message).toBe(
      'mine.parquet, row 2, column latitude: expected a number ≤ 52, found "120.0"'
    );
  });

  it('a file that is not Parquet says so', async () => {
    const registered = `user-${++counter}.parquet`;
    await db.registerFileBuffer(registered, new TextEncoder().encode('id,name\n'));
    const check = await checkUserFile(db, {
      registered,
      file: 'fake.parquet',
      format: 'parquet',
      refs
    });
    expect(check.stopped).toBe(true);
    expect(only(check)).toMatchObject({ line: 0, expected: 'a Parquet file' });
    expect(check.problems[0].found).toMatch(/too small to be a Parquet file|No magic bytes/);
  });
});

describe('file-level checks', () => {
  it('refuses a file over the documented limit, accepts 200 MB', () => {
    expect(MAX_USER_FILE_BYTES).toBe(512 * 1024 * 1024);
    expect(checkFileSize(200 * 1024 * 1024)).toEqual({ ok: true });
    expect(checkFileSize(600 * 1024 * 1024)).toEqual({
      ok: false,
      bytes: 600 * 1024 * 1024,
      limit: MAX_USER_FILE_BYTES
    });
  });

  it('tells CSV from Parquet by magic bytes, then by name', () => {
    expect(fileFormat('data.bin', new Uint8Array([80, 65, 82, 49]))).toBe('parquet');
    expect(fileFormat('sites.CSV')).toBe('csv');
    expect(fileFormat('sites.parquet')).toBe('parquet');
    expect(fileFormat('sites.xlsx', new Uint8Array([80, 75, 3, 4]))).toBeNull();
  });

  it('guesses the table from columns only one of them has', () => {
    expect(guessTable(SITE_HEADER)).toBe('sites');
    expect(guessTable(PROGRAMME_HEADER)).toBe('programmes');
    expect(guessTable(['id', 'name'])).toBeNull();
  });

  it('turns DuckDB’s CSV structure errors into problems', () => {
    expect(
      structureProblem(
        'f.csv',
        'Invalid Input Error: Error in file "x" on line 7: expected 3 values per row, but got 2.'
      )
    ).toMatchObject({ line: 7, column: '(row)', expected: '3 cells', found: '2 cells' });
  });
});

describe('problems in French', () => {
  it('translates every kind of expected and found text', () => {
    expect(problemText('a number ≤ 52', 'fr')).toBe('un nombre ≤ 52');
    expect(problemText('a value (required)', 'fr')).toBe('une valeur (obligatoire)');
    expect(problemText('a unique id (already on line 12)', 'fr')).toBe(
      'une valeur unique de id (déjà ligne 12)'
    );
    expect(problemText('shares summing to 1 (they sum to 0.8)', 'fr')).toBe(
      'des parts de somme 1 (leur somme est 0.8)'
    );
    expect(problemText('one of a, b', 'fr')).toBe('une des valeurs a, b');
    expect(problemText('an empty cell', 'fr')).toBe('une cellule vide');
    expect(problemText('"95"', 'fr')).toBe('"95"');
    expect(problemText('a number ≤ 52', 'en')).toBe('a number ≤ 52');
  });
});
