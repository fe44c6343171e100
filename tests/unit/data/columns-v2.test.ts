/**
 * The columns added for the model's second contract: a brownfield site's existing and
 * reconversion jobs, a programme's occupation mix and target share. Real values from data/,
 * then one bad value of each kind, whose message names the file, the line and the column — in
 * the CSV build (`readSourceTables`) and in the typed reads of the built Parquet files.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { readSourceTables } from '../../../scripts/lib/source-tables.ts';
import { NodeConnector } from '../../../src/lib/data/node.ts';
import {
  loadDataset,
  loadProgrammes,
  loadSites,
  QueryShapeError,
  type Dataset
} from '../../../src/lib/data/queries.ts';

const DATA = 'data';

/** data/<file> with one cell of the row whose id is `id` replaced; and that row's line. */
function withCell(file: string, id: string, changes: Record<string, string>) {
  const text = readFileSync(`${DATA}/${file}`, 'utf8');
  const table = parseCsv(text, file);
  const idCol = table.header.indexOf('id');
  const record = table.records.find((r) => r.cells[idCol] === id);
  if (!record) throw new Error(`fixture: no ${id} in ${file}`);
  const cells = [...record.cells];
  for (const [column, value] of Object.entries(changes)) {
    const col = table.header.indexOf(column);
    if (col < 0) throw new Error(`fixture: no column ${column} in ${file}`);
    cells[col] = value;
  }
  const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const lines = [table.header, ...table.records.map((r) => (r === record ? cells : r.cells))];
  return {
    override: { [file]: lines.map((l) => l.map(quote).join(',')).join('\n') + '\n' },
    line: record.line
  };
}

function problemsOf(file: string, id: string, changes: Record<string, string>) {
  const { override, line } = withCell(file, id, changes);
  return { problems: readSourceTables(DATA, override).problems, line };
}

describe('the real values of the new columns', () => {
  const { tables, problems } = readSourceTables(DATA);
  const site = (id: string) => tables.get('sites')!.find((s) => s.id === id)!;
  const programme = (id: string) => tables.get('programmes')!.find((p) => p.id === id)!;

  it('validates', () => expect(problems).toEqual([]));

  it('Flins is the only brownfield site: 1 938 employees, 1 744 of them reconverted', () => {
    expect(site('refactory-flins')).toMatchObject({ existing_jobs: 1938, reconversion_jobs: 1744 });
    for (const s of tables.get('sites')!.filter((s) => s.id !== 'refactory-flins')) {
      expect([s.id, s.existing_jobs, s.reconversion_jobs]).toEqual([s.id, null, null]);
    }
  });

  it("AESC's announced jobs are tagged announced, its estimated mix said in the notes", () => {
    const aesc = site('aesc-douai');
    expect(aesc.kind).toBe('announced');
    expect([aesc.jobs_direct_low, aesc.jobs_direct_high]).toEqual([1000, 1200]);
    expect(String(aesc.notes)).toMatch(/estimation/);
  });

  it("Electro'Mob trains the default mix for a sector of which the tracked sites are 4 400 / 13 000", () => {
    const e = programme('electromob');
    expect(e.occupation_mix).toEqual({
      operator: 0.5714,
      'maintenance-technician': 0.181,
      technician: 0.0857,
      engineer: 0.0952,
      manager: 0.0381,
      support: 0.0286
    });
    expect(e.target_share).toBe(0.3385);
    expect(e.target_share as number).toBeCloseTo(4400 / 13000, 4);
    expect(e.kind).toBe('estimate');
  });

  it('the ICM campus splits its graduates over the four professions it names', () => {
    expect(programme('icm-campus-flins').occupation_mix).toEqual({
      'retrofit-technician': 0.5,
      engineer: 0.25,
      support: 0.25
    });
    // Flins's posts to fill (1 744 reconversions + 3 000 − 1 938 new jobs) / 8 000 trainees.
    expect(programme('icm-campus-flins').target_share).toBe(0.351);
    expect((1744 + 3000 - 1938) / 8000).toBeCloseTo(0.351, 3);
  });

  it('every mix sums to 1 and includes the row’s occupation', () => {
    for (const p of tables.get('programmes')!) {
      const mix = p.occupation_mix as Record<string, number> | null;
      if (!mix) continue;
      expect(Object.values(mix).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
      expect(Object.keys(mix)).toContain(p.occupation);
    }
  });
});

describe('bad values of the new columns stop the build with file, line and column', () => {
  const cases: {
    name: string;
    file: string;
    id: string;
    changes: Record<string, string>;
    column: string;
    message: RegExp;
  }[] = [
    {
      name: 'more reconversions than existing jobs',
      file: 'sites.csv',
      id: 'refactory-flins',
      changes: { reconversion_jobs: '2000' },
      column: 'reconversion_jobs',
      message: /expected ≤ existing_jobs \(1938\), found 2000/
    },
    {
      name: 'reconversions without existing jobs',
      file: 'sites.csv',
      id: 'aesc-douai',
      changes: { reconversion_jobs: '10' },
      column: 'reconversion_jobs',
      message: /expected an existing_jobs value/
    },
    {
      name: 'negative existing jobs',
      file: 'sites.csv',
      id: 'refactory-flins',
      changes: { existing_jobs: '-5', reconversion_jobs: '' },
      column: 'existing_jobs',
      message: /expected a number ≥ 0, found "-5"/
    },
    {
      name: 'fractional existing jobs',
      file: 'sites.csv',
      id: 'refactory-flins',
      changes: { existing_jobs: '1938.5' },
      column: 'existing_jobs',
      message: /expected a whole number, found "1938.5"/
    },
    {
      name: 'a target share above 1',
      file: 'programmes.csv',
      id: 'electromob',
      changes: { target_share: '1.2' },
      column: 'target_share',
      message: /expected a number ≤ 1, found "1.2"/
    },
    {
      name: 'a negative target share',
      file: 'programmes.csv',
      id: 'electromob',
      changes: { target_share: '-0.1' },
      column: 'target_share',
      message: /expected a number ≥ 0, found "-0.1"/
    },
    {
      name: 'a target share that is not a number',
      file: 'programmes.csv',
      id: 'electromob',
      changes: { target_share: 'un tiers' },
      column: 'target_share',
      message: /expected a number \(dot decimal\)/
    },
    {
      name: 'a programme mix that does not sum to 1',
      file: 'programmes.csv',
      id: 'electromob',
      changes: { occupation_mix: 'technician:0.5;operator:0.4' },
      column: 'occupation_mix',
      message: /expected shares summing to 1 \(they sum to 0.9\)/
    },
    {
      name: 'a programme mix with a share above 1',
      file: 'programmes.csv',
      id: 'electromob',
      changes: { occupation_mix: 'technician:1.5;operator:-0.5' },
      column: 'occupation_mix',
      message: /a share between 0 and 1 for technician/
    },
    {
      name: 'a programme mix with an unknown family',
      file: 'programmes.csv',
      id: 'electromob',
      changes: { occupation_mix: 'technician:0.5;astronaut:0.5' },
      column: 'occupation_mix',
      message: /expected known occupations.code in the mix, found "astronaut"/
    },
    {
      name: 'a programme mix without the row’s occupation',
      file: 'programmes.csv',
      id: 'electromob',
      changes: { occupation_mix: 'operator:0.5;engineer:0.5' },
      column: 'occupation_mix',
      message: /expected a mix that includes the row's occupation \(technician\)/
    }
  ];

  for (const c of cases) {
    it(c.name, () => {
      const { problems, line } = problemsOf(c.file, c.id, c.changes);
      const p = problems.find((x) => x.column === c.column);
      expect(p, JSON.stringify(problems)).toBeDefined();
      expect(p!.file).toBe(`data/${c.file}`);
      expect(p!.line).toBe(line);
      expect(p!.message).toContain(`data/${c.file}, line ${line}, column ${c.column}: `);
      expect(p!.message).toMatch(c.message);
    });
  }

  it('the new columns are optional: a file without them still validates', () => {
    const text = readFileSync(`${DATA}/programmes.csv`, 'utf8');
    const table = parseCsv(text, 'programmes.csv');
    const drop = ['occupation_mix', 'target_share'].map((c) => table.header.indexOf(c));
    const keep = (cells: string[]) => cells.filter((_, i) => !drop.includes(i));
    const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    const csv =
      [keep(table.header), ...table.records.map((r) => keep(r.cells))]
        .map((l) => l.map(quote).join(','))
        .join('\n') + '\n';
    expect(readSourceTables(DATA, { 'programmes.csv': csv }).problems).toEqual([]);
  });
});

describe('typed reads of the built Parquet files (npm run data first)', () => {
  let db: NodeConnector;
  let dataset: Dataset;
  const parquet = (t: string) => `read_parquet('${process.cwd()}/static/data/${t}.parquet')`;
  beforeAll(async () => {
    db = await NodeConnector.open('static');
    dataset = await loadDataset(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('reads the new columns into the records', () => {
    const flins = dataset.sites.find((s) => s.id === 'refactory-flins')!;
    expect([flins.existingJobs, flins.reconversionJobs]).toEqual([1938, 1744]);
    expect(dataset.sites.find((s) => s.id === 'acc-douvrin')!.existingJobs).toBeNull();
    const e = dataset.programmes.find((p) => p.id === 'electromob')!;
    expect(e.targetShare).toBe(0.3385);
    expect(Object.values(e.occupationMix!).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const tsmi = dataset.programmes.find((p) => p.id === 'aesc-tsmi')!;
    expect([tsmi.occupationMix, tsmi.targetShare]).toEqual([null, null]);
  });

  it('checks them against the schema’s bounds, naming table, row and column', async () => {
    await db.query(
      `CREATE OR REPLACE VIEW programmes AS SELECT * REPLACE (1.5::DOUBLE AS target_share) FROM ${parquet('programmes')}`
    );
    await expect(loadProgrammes(db)).rejects.toThrowError(QueryShapeError);
    await expect(loadProgrammes(db)).rejects.toThrowError(
      /programmes\.parquet, row 1, column target_share: expected a number ≤ 1/
    );
    await db.query(
      `CREATE OR REPLACE VIEW sites AS SELECT * REPLACE (CASE WHEN id = 'refactory-flins' THEN 5000 ELSE reconversion_jobs END AS reconversion_jobs) FROM ${parquet('sites')} ORDER BY id`
    );
    await expect(loadSites(db)).rejects.toThrowError(
      /sites\.parquet, row \d+, column reconversion_jobs: expected ≤ existing_jobs \(1938\)/
    );
  });
});
