/**
 * `npm run data` validation: one bad row of each kind, fed over the real data/ tables, gives a
 * message naming the file, the line and the column.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { readSourceTables } from '../../../scripts/lib/source-tables.ts';
import {
  parseMix,
  uploadText,
  validateTable,
  type References
} from '../../../src/lib/data/validate.ts';
import {
  addCommuneReferences,
  checkUpload,
  readStoredUserData,
  referencesOf,
  siteRecord,
  type UserTable
} from '../../../src/lib/data/user-data.ts';
import { sites as sitesSpec } from '../../../src/lib/data/schema.ts';
import type { NodeConnector } from '../../../src/lib/data/node.ts';
import {
  csvOf,
  defaultDataset,
  GOOD_PROGRAMME,
  GOOD_SITE,
  nodeEngine,
  PROGRAMME_HEADER,
  SITE_HEADER
} from '../research/helpers.ts';

const DATA = 'data';
const read = (file: string) => readFileSync(`${DATA}/${file}`, 'utf8');

/** Replaces one cell of the first data row whose `key` column equals `id`. */
function editCell(file: string, id: string, column: string, value: string, key = 'id') {
  const text = read(file);
  const table = parseCsv(text, file);
  const col = table.header.indexOf(column);
  const keyCol = table.header.indexOf(key);
  const record = table.records.find((r) => r.cells[keyCol] === id);
  if (col < 0 || !record) throw new Error(`fixture: no ${column} / ${id} in ${file}`);
  const cells = [...record.cells];
  cells[col] = value;
  const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const lines = [table.header, ...table.records.map((r) => (r === record ? cells : r.cells))];
  return { text: lines.map((l) => l.map(quote).join(',')).join('\n') + '\n', line: record.line };
}

/** Line numbers of the rewritten file: header is 1, records follow one per line. */
function lineOf(file: string, id: string, key = 'id') {
  const table = parseCsv(read(file), file);
  const keyCol = table.header.indexOf(key);
  return table.records.findIndex((r) => r.cells[keyCol] === id) + 2;
}

describe('the default dataset', () => {
  it('validates with no problem and has the sites the issue asks for', () => {
    const { tables, problems } = readSourceTables(DATA);
    expect(problems).toEqual([]);
    const ids = tables.get('sites')!.map((s) => s.id);
    for (const id of [
      'acc-douvrin',
      'aesc-douai',
      'verkor-dunkerque',
      'prologium-dunkerque',
      'refactory-flins'
    ]) {
      expect(ids).toContain(id);
    }
    expect(tables.get('sites')!.length).toBeGreaterThanOrEqual(7);
    expect(tables.get('programmes')!.length).toBeGreaterThanOrEqual(7);
    for (const [name, rows] of tables) {
      for (const row of rows) {
        expect(row.source, `${name} row without source`).toBeTruthy();
        expect(row.kind, `${name} row without kind`).toMatch(
          /^(announced|observed|estimate|synthetic)$/
        );
      }
    }
  });

  it('records AESC at 650 in June 2025 and 900 in January 2026, and its 38 graduates', () => {
    const obs = readSourceTables(DATA).tables.get('observations')!;
    const aesc = obs.filter((o) => o.subject_id === 'aesc-douai' && o.metric === 'headcount');
    expect(aesc.map((o) => [String(o.date).slice(0, 7), o.value])).toEqual(
      expect.arrayContaining([
        ['2025-06', 650],
        ['2026-01', 900]
      ])
    );
    expect(obs.some((o) => o.metric === 'graduates' && o.value === 38)).toBe(true);
  });
});

describe('a bad row stops the build with file, line and column', () => {
  const cases: {
    name: string;
    file: string;
    id: string;
    key?: string;
    column: string;
    value: string;
    message: RegExp;
  }[] = [
    {
      name: 'a number that is not a number',
      file: 'sites.csv',
      id: 'aesc-douai',
      column: 'latitude',
      value: 'fifty',
      message: /expected a number \(dot decimal\), found "fifty"/
    },
    {
      name: 'a value out of range',
      file: 'programmes.csv',
      id: 'electromob',
      column: 'completion_rate',
      value: '1.4',
      message: /expected a number ≤ 1, found "1.4"/
    },
    {
      name: 'an unknown enum value',
      file: 'sites.csv',
      id: 'verkor-dunkerque',
      column: 'status',
      value: 'booming',
      message: /expected one of announced, under_construction/
    },
    {
      name: 'a missing source',
      file: 'sites.csv',
      id: 'acc-douvrin',
      column: 'source',
      value: '',
      message: /expected a value \(required\), found an empty cell/
    },
    {
      name: 'an unknown kind of figure',
      file: 'sites.csv',
      id: 'acc-douvrin',
      column: 'kind',
      value: 'rumour',
      message: /expected one of announced, observed, estimate, synthetic/
    },
    {
      name: 'a bad date',
      file: 'sites.csv',
      id: 'acc-douvrin',
      column: 'source_date',
      value: '2023-02-30',
      message: /expected a date YYYY-MM-DD, found "2023-02-30"/
    },
    {
      name: 'an unknown département',
      file: 'sites.csv',
      id: 'acc-douvrin',
      column: 'departement',
      value: '99',
      message: /expected a known departements.code, found "99"/
    },
    {
      name: 'an unknown site in a programme target',
      file: 'programmes.csv',
      id: 'electromob',
      column: 'occupation',
      value: 'astronaut',
      message: /expected a known occupations.code, found "astronaut"/
    },
    {
      name: 'full capacity before production',
      file: 'sites.csv',
      id: 'aesc-douai',
      column: 'full_capacity_year',
      value: '2001',
      message: /expected a year after production_start/
    },
    {
      name: 'an occupation mix that does not sum to 1',
      file: 'sites.csv',
      id: 'aesc-douai',
      column: 'occupation_mix',
      value: 'operator:0.5;technician:0.4',
      message: /expected shares summing to 1 \(they sum to 0.9\)/
    }
  ];

  for (const c of cases) {
    it(c.name, () => {
      const { text } = editCell(c.file, c.id, c.column, c.value, c.key);
      const { problems } = readSourceTables(DATA, { [c.file]: text });
      const line = lineOf(c.file, c.id, c.key);
      expect(problems.length).toBeGreaterThanOrEqual(1);
      const p = problems.find((x) => x.column === c.column);
      expect(p, JSON.stringify(problems)).toBeDefined();
      expect(p!.file).toBe(`data/${c.file}`);
      expect(p!.line).toBe(line);
      expect(p!.message).toContain(`data/${c.file}, line ${line}, column ${c.column}: `);
      expect(p!.message).toMatch(c.message);
    });
  }

  it('an unknown site in an observation', () => {
    const text =
      read('observations.csv').trimEnd() +
      '\nsite,nowhere-plant,2025-01-01,headcount,10,false,https://example.org,,2025-01-02,observed\n';
    const { problems } = readSourceTables(DATA, { 'observations.csv': text });
    const line = text.trimEnd().split('\n').length;
    expect(problems.map((p) => p.message)).toEqual([
      `data/observations.csv, line ${line}, column subject_id: expected a known sites.id, found nowhere-plant`
    ]);
  });

  it('a duplicate id', () => {
    const lines = read('sites.csv').trimEnd().split('\n');
    const text = [...lines, lines[1]].join('\n') + '\n';
    const { problems } = readSourceTables(DATA, { 'sites.csv': text });
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(
      new RegExp(
        `data/sites.csv, line ${lines.length + 1}, column id: expected a unique id \\(already on line 2\\)`
      )
    );
  });

  it('a missing column and a row with too few cells', () => {
    const [header, ...rows] = read('occupations.csv').trimEnd().split('\n');
    const noLabel = [header.replace('label_en,', ''), ...rows].join('\n');
    expect(readSourceTables(DATA, { 'occupations.csv': noLabel }).problems[0].message).toBe(
      'data/occupations.csv, line 1: missing required column "label_en"'
    );
    const short = [header, rows[0].split(',').slice(0, 3).join(','), ...rows.slice(1)].join('\n');
    expect(readSourceTables(DATA, { 'occupations.csv': short }).problems[0].message).toMatch(
      /^data\/occupations.csv, line 2, column \(row\): expected \d+ cells, found 3 cells$/
    );
  });
});

describe('parseMix', () => {
  it('reads a mix and rejects bad ones', () => {
    expect(parseMix('operator:0.6;technician:0.4')).toEqual({ operator: 0.6, technician: 0.4 });
    expect(parseMix('operator:0.6;operator:0.4')).toMatch(/operator appears twice/);
    expect(parseMix('operator=1')).toMatch(/bad pair/);
    expect(parseMix('operator:1.2')).toMatch(/between 0 and 1/);
  });
});

describe('data/README.md', () => {
  it('documents every column of every table of the schema', async () => {
    const { SOURCE_TABLES } = await import('../../../src/lib/data/schema.ts');
    const readme = readFileSync('data/README.md', 'utf8');
    const missing = SOURCE_TABLES.flatMap((t) =>
      t.columns.filter((c) => !readme.includes(`\`${c.name}\``)).map((c) => `${t.name}.${c.name}`)
    );
    expect(missing).toEqual([]);
    for (const t of SOURCE_TABLES) expect(readme).toContain(t.file);
  });
});

// ——— Uploads through the explorer's one entry point (checkUpload), on the real WASM engine ———

describe('an upload is parsed and bounded in one place, never hangs, and says what is wrong', () => {
  let db: NodeConnector;
  let refs: References;
  beforeAll(async () => {
    db = await nodeEngine();
    refs = referencesOf(await defaultDataset());
  }, 60_000);

  const enc = (s: string) => new TextEncoder().encode(s);
  const upload = (file: string, bytes: Uint8Array, table: UserTable | null = null) =>
    checkUpload(db, { file, bytes, table, refs, timeoutMs: 20_000 });
  const siteCsv = (...rows: Record<string, string>[]) =>
    csvOf(
      SITE_HEADER,
      rows.map((r) => ({ ...GOOD_SITE, ...r }))
    ) + '\n';
  const one = async (over: Record<string, string>) => {
    const c = await upload('mine.csv', enc(siteCsv(over)));
    expect(c.problems).toHaveLength(1);
    return c.problems[0];
  };

  it('a quote in a header cell is a problem on line 1, not a hang', async () => {
    const c = await upload('q.csv', enc('a,b"c\n1,2\n'));
    expect(c.stopped).toBe(true);
    expect(c.problems[0]).toMatchObject({ file: 'q.csv', line: 1 });
    expect(c.problems[0].found).toBe('a quote inside an unquoted field');
  });

  it('binary junk named .csv is refused as binary, an empty file as empty', async () => {
    const junk = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919 + 13) % 256);
    expect((await upload('junk.csv', junk)).problems[0]).toMatchObject({
      line: 0,
      found: 'binary data'
    });
    expect((await upload('vide.csv', new Uint8Array())).problems[0].found).toBe('an empty file');
    expect((await upload('notes.docx', enc('a,b\n'))).problems[0].expected).toBe(
      'a .csv or .parquet file'
    );
  });

  it('two sites with the same name are refused, naming both lines', async () => {
    const c = await upload('deux.csv', enc(siteCsv({}, { id: 'usine-deux' })));
    expect(c.problems.map((p) => [p.line, p.column, p.expected])).toEqual([
      [3, 'name', 'a unique name (already on line 2)']
    ]);
    expect(c.validCount).toBe(1);
  });

  it('absurd numbers are refused with the bound of the schema', async () => {
    expect(await one({ jobs_direct_low: '1e308' })).toMatchObject({
      column: 'jobs_direct_low',
      expected: 'a number ≤ 100000'
    });
    expect((await one({ jobs_direct_high: '99999999999999999999' })).expected).toBe(
      'a number ≤ 100000'
    );
    const prog = csvOf(PROGRAMME_HEADER, [{ ...GOOD_PROGRAMME, intake_per_year: '1e300' }]);
    const p = await upload('p.csv', enc(prog), 'programmes');
    expect(p.problems[0]).toMatchObject({
      column: 'intake_per_year',
      expected: 'a number ≤ 10000'
    });
    expect((await one({ full_capacity_year: '2071' })).expected).toBe('a number ≤ 2060');
  });

  it('checks the département’s région, the commune code’s département and the place', async () => {
    expect(await one({ departement: '13', commune_insee: '13055' })).toMatchObject({
      column: 'departement',
      expected: 'a département of région 32'
    });
    // The list of current communes (COG) is read from the app's communes table: 62999 has the
    // shape and département part of a code of the Pas-de-Calais but names no commune.
    expect(await one({ commune_insee: '62999' })).toMatchObject({
      column: 'commune_insee',
      expected: 'a current INSEE commune code (COG)',
      found: '"62999"'
    });
    // 59350 (Lille) exists, but in the Nord, not in the site's Pas-de-Calais.
    expect(await one({ commune_insee: '59350' })).toMatchObject({
      column: 'commune_insee',
      expected: 'a commune of département 62'
    });
    expect(uploadText('a current INSEE commune code (COG)', 'fr')).toBe(
      'un code de commune Insee en vigueur (COG)'
    );
    expect((await one({ latitude: '2.78', longitude: '50.29' })).column).toBe('latitude');
  });

  it('without the list of communes, still checks the code’s département part', async () => {
    const plain = referencesOf(await defaultDataset());
    const check = (over: Record<string, string>) =>
      validateTable(sitesSpec, parseCsv(siteCsv(over), 'mine.csv'), 'mine.csv', plain).problems.map(
        (p) => [p.column, p.expected]
      );
    expect(check({ commune_insee: '62999' })).toEqual([]);
    expect(check({ commune_insee: '59350' })).toEqual([
      ['commune_insee', 'a commune code of département 62 (starting 62)']
    ]);
    // An engine without the communes table leaves the references as they were.
    const failing = Object.assign(Object.create(db) as NodeConnector, {
      useTable: () => Promise.reject(new Error('no communes table'))
    });
    await addCommuneReferences(failing, plain);
    expect(plain.has('communes.code')).toBe(false);
    await addCommuneReferences(db, plain);
    expect(plain.get('communes.code')?.has('62041')).toBe(true);
    expect(plain.get('communes.code')?.has('62999')).toBe(false);
    expect(plain.get('communes.departement')?.has('59350:59')).toBe(true);
  });

  it('reads the communes once per engine, and again after a failed read', async () => {
    let reads = 0;
    let fail = true;
    const counting = Object.assign(Object.create(db) as NodeConnector, {
      useTable: (name: Parameters<NodeConnector['useTable']>[0]) => {
        reads++;
        return fail ? Promise.reject(new Error('not yet')) : db.useTable(name);
      }
    });
    const first = referencesOf(await defaultDataset());
    await addCommuneReferences(counting, first);
    expect(first.has('communes.code')).toBe(false);
    fail = false;
    await addCommuneReferences(counting, first);
    const second = referencesOf(await defaultDataset());
    await addCommuneReferences(counting, second);
    expect(reads).toBe(2);
    expect(second.get('communes.code')?.size).toBe(first.get('communes.code')?.size);
    expect(second.get('communes.code')?.size).toBeGreaterThan(34_000);
  });

  it('refuses hidden characters in names and 10 000-character ids', async () => {
    expect((await one({ name: 'Usine\u0000test' })).expected).toBe(
      'text without control or direction characters'
    );
    expect((await one({ name: 'Usine \u202etset' })).column).toBe('name');
    expect((await one({ id: 'a'.repeat(10_000) })).expected).toBe('at most 64 characters');
  });

  it('reports the real line after blank lines and short rows', async () => {
    const [head, good] = siteCsv({}).trimEnd().split('\n');
    const bad = siteCsv({ id: 'usine-b', name: 'B', latitude: 'x' }).trimEnd().split('\n')[1];
    const c = await upload('blank.csv', enc([head, good, '', '', bad].join('\n') + '\n'));
    expect(c.problems.map((p) => [p.line, p.column])).toEqual([[5, 'latitude']]);
    const s = await upload('short.csv', enc([head, '', 'a,b', good].join('\n') + '\n'));
    expect(s.problems[0]).toMatchObject({ line: 3, column: '(row)', found: '2 cells' });
  });

  it('reads UTF-16 and Latin-1 files, says so, and keeps the accents', async () => {
    const text = siteCsv({ commune: 'Béthune', commune_insee: '62119', name: 'Usine é' });
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) le[2 + 2 * i] = text.charCodeAt(i);
    const latin1 = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
    for (const [bytes, encoding] of [
      [le, 'UTF-16LE'],
      [latin1, 'Windows-1252'],
      [Uint8Array.from([0xef, 0xbb, 0xbf, ...enc(text)]), 'UTF-8']
    ] as const) {
      const c = await upload('accents.csv', bytes);
      expect(c.problems).toEqual([]);
      expect(c.encoding).toBe(encoding);
      expect(c.valid?.[0].commune).toBe('Béthune');
    }
  });

  it('reads a French spreadsheet: semicolons (a comma in the header) and decimal commas', async () => {
    const rows = parseCsv(siteCsv({ latitude: '50.29', name: 'Usine, test' }), 'x');
    const semi = [rows.header, ...rows.records.map((r) => r.cells)]
      .map((cells) =>
        cells.map((c) => (/[;,"]/.test(c) ? `"${c}"` : c.replace(/^(\d+)\.(\d+)$/, '$1,$2')))
      )
      .map((cells) => cells.join(';'))
      .join('\r\n');
    const c = await upload('excel.csv', enc(semi.replace('notes', '"notes"')));
    expect(c.problems).toEqual([]);
    expect(c.delimiter).toBe(';');
    expect(c.valid?.[0].latitude).toBe(50.29);
  });

  it('a duplicated column and a corrupt Parquet give plain messages, no internal path', async () => {
    const [head, row] = siteCsv({}).trimEnd().split('\n');
    const dup = await upload('dup.csv', enc(`${head},id\n${row},x\n`));
    expect(dup.problems[0]).toMatchObject({ line: 1, column: 'id', expected: 'each column once' });
    // Two stray separators in the header: two columns without a name, the first named by place
    // (npm run fuzz case 2599701961 reported « column  » before).
    const cells = head.split(',');
    const stray = [...cells.slice(0, 3), '', ...cells.slice(3), ''].join(',');
    const unnamed = await upload('stray.csv', enc(`${stray}\n${row},x,y\n`));
    expect(unnamed.problems[0]).toMatchObject({
      line: 1,
      column: '4',
      expected: 'a name for every column',
      found: 'an empty name'
    });
    expect(uploadText(unnamed.problems[0].expected, 'fr')).toBe('un nom pour chaque colonne');
    const bad = await upload('bad.parquet', enc('PAR1\u000f\u0000garbage-bytesPAR1'));
    expect(bad.problems[0].expected).toBe('a Parquet file');
    // eslint-disable-next-line no-control-regex
    expect(bad.problems[0].found).not.toMatch(/[\u0000-\u001f]|user\/|upload-/);
    expect(uploadText(bad.problems[0].found, 'fr')).toMatch(/^un fichier abîmé, ou pas du Parquet/);
  });

  it('every message reads in French', () => {
    expect(uploadText('one of the columns of sites', 'fr')).toBe(
      'une des colonnes de la table sites'
    );
    expect(uploadText('a unique name (already on line 2)', 'fr')).toBe(
      'un nom unique (déjà ligne 2)'
    );
    expect(uploadText('binary data', 'fr')).toBe('des données binaires (pas du texte)');
  });
});

describe('stored rows are read back through the same checks', () => {
  it('sets bad rows aside with the reason, keeps the others, mends a bad loadedAt', () => {
    const mark = { file: 'a.csv', loadedAt: '2026-01-01T00:00:00Z' };
    const good = siteRecord(
      validateTable(sitesSpec, parseCsv(csvOf(SITE_HEADER, [GOOD_SITE]), 'a'), 'a').rows[0],
      mark
    );
    const stored = {
      sites: {
        mode: 'extend',
        file: 'a.csv',
        loadedAt: 'garbage',
        rows: [
          good,
          { ...good, id: 'sans-region', name: 'B', region: undefined },
          { ...good, id: 'texte', name: 'C', productionStart: 'soon' },
          { ...good, id: 'enorme', name: 'D', jobsDirectHigh: 1e308 }
        ]
      }
    };
    const { data, setAside } = readStoredUserData(JSON.parse(JSON.stringify(stored)), 'NOW');
    expect(data?.sites?.rows.map((r) => r.id)).toEqual(['usine-test']);
    expect(data?.sites?.loadedAt).toBe('NOW');
    expect(setAside.map((p) => [p.line, p.column])).toEqual([
      [2, 'region'],
      [3, 'production_start'],
      [4, 'jobs_direct_high']
    ]);
    expect(setAside[0].message).toMatch(/^stored sites, row 2, column region/);
    expect(readStoredUserData('nonsense').data).toBeNull();
  });
});
