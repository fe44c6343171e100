/**
 * `npm run data` validation: one bad row of each kind, fed over the real data/ tables, gives a
 * message naming the file, the line and the column.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { readSourceTables } from '../../../scripts/lib/source-tables.ts';
import { parseMix } from '../../../src/lib/data/validate.ts';

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
