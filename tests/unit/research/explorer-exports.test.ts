/**
 * The explorer's result exports, written by the real DuckDB-WASM engine: CSV with formula cells
 * neutralised (the same rule in SQL and in JavaScript), Parquet that reads back the same, JSON
 * that parses back to the same values.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportParts,
  exportTable,
  ExportCancelled,
  FORMULA_START,
  neutraliseCell,
  neutralisedSelect,
  type ExportFormat
} from '../../../src/lib/data/export-sql.ts';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { runExplorerSql } from '../../../src/lib/data/explorer-run.ts';
import { RESULT_TABLE } from '../../../src/lib/data/explorer-sql.ts';
import type { NodeConnector } from '../../../src/lib/data/node.ts';
import { nodeEngine } from './helpers.ts';

let db: NodeConnector;
const written: string[] = [];
let n = 0;

beforeAll(async () => {
  db = await nodeEngine();
});
afterAll(() => {
  for (const f of written) rmSync(f, { force: true });
});

/** Runs SQL as the explorer does, then exports its result (the engine writes to a temp file). */
async function exported(
  sql: string,
  format: ExportFormat,
  chunkRows?: number
): Promise<Uint8Array> {
  await runExplorerSql(db, sql);
  const file = path.join(tmpdir(), `releve-export-${process.pid}-${++n}.${format}`);
  for (let i = 0; i < 64; i++) written.push(`${file}.${i}`);
  return exportTable(db, RESULT_TABLE, format, file, chunkRows);
}
const text = (b: Uint8Array) => new TextDecoder().decode(b);

const FORMULAS = [
  '=1+1',
  '+33 6 12 34 56 78',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=cmd',
  '\rx',
  '  =HYPERLINK("http://evil.example","clic")',
  '＝1+1',
  '＋1',
  '－1',
  '＠x'
];
const HARMLESS = ['Usine 1', 'a=b', 'x+y', '50 % - estimation', '', 'é=', '#hash', "'déjà"];

describe('CSV neutralisation', () => {
  it('prefixes a formula-looking text with an apostrophe (JavaScript)', () => {
    for (const f of FORMULAS) expect(neutraliseCell(f)).toBe(`'${f}`);
    for (const h of HARMLESS) expect(neutraliseCell(h)).toBe(h);
  });

  it('DuckDB applies the same rule as JavaScript, cell for cell', async () => {
    const cells = [...FORMULAS, ...HARMLESS];
    const values = cells.map((c) => `('${c.replace(/'/g, "''")}')`).join(', ');
    const rows: string[] = [];
    await db.stream(
      `SELECT CASE WHEN regexp_matches(t, '${FORMULA_START}') THEN '''' || t ELSE t END
         FROM (VALUES ${values}) v(t)`,
      (b) => {
        for (const r of b.rows) rows.push(String(r[0] ?? ''));
      }
    );
    expect(rows).toEqual(cells.map(neutraliseCell));
  });

  it('the exported CSV neutralises text cells and leaves numbers alone', async () => {
    const csv = text(
      await exported(
        `SELECT * FROM (VALUES ('=1+1', -5, -2.5, '-7'), ('Usine "A", Douai', 3, 0.5, 'ok'))
           AS t(label, n, x, s)`,
        'csv'
      )
    );
    const table = parseCsv(csv, 'export.csv');
    expect(table.header).toEqual(['label', 'n', 'x', 's']);
    expect(table.records.map((r) => r.cells)).toEqual([
      ["'=1+1", '-5', '-2.5', "'-7"],
      ['Usine "A", Douai', '3', '0.5', 'ok']
    ]);
  });

  it('builds the neutralising SELECT from DuckDB’s column types', () => {
    const sql = neutralisedSelect('t', [
      { name: 'label', type: 'VARCHAR' },
      { name: 'n', type: 'INTEGER' },
      { name: 'tags', type: 'VARCHAR[]' },
      { name: 'd', type: 'DATE' }
    ]);
    expect(sql).toContain(`CASE WHEN regexp_matches(CAST("label" AS VARCHAR)`);
    expect(sql).toContain(`CASE WHEN regexp_matches(CAST("tags" AS VARCHAR)`);
    expect(sql).toContain(`, "n", `);
    expect(sql).toMatch(/, "d" FROM "t"$/);
  });
});

describe('explorer exports written by DuckDB', () => {
  const sql = `SELECT id, name, jobs_direct_high, latitude, source_date, occupation_mix
                 FROM sites ORDER BY id`;

  it('Parquet reads back as the same rows', async () => {
    await db.useTable('sites');
    const bytes = await exported(sql, 'parquet');
    expect(text(bytes.slice(0, 4))).toBe('PAR1');
    await db.registerFileBuffer('back.parquet', bytes);
    const back = await db.query(
      `SELECT id, name, jobs_direct_high, latitude, CAST(source_date AS VARCHAR) AS d
         FROM read_parquet('back.parquet') ORDER BY id`
    );
    const original = await db.query(
      `SELECT id, name, jobs_direct_high, latitude, CAST(source_date AS VARCHAR) AS d
         FROM sites ORDER BY id`
    );
    expect(back).toEqual(original);
    expect(back.length).toBe(7);
  });

  it('JSON parses back to the same values, numbers as numbers', async () => {
    const rows = JSON.parse(text(await exported(sql, 'json')));
    const original = await db.query(
      sql.replace('source_date', 'CAST(source_date AS VARCHAR) AS source_date')
    );
    expect(rows).toEqual(original);
    expect(typeof rows[0].jobs_direct_high).toBe('number');
  });

  it('JSON escapes quotes, backslashes, line breaks and control characters; NaN is null', async () => {
    const rows = JSON.parse(
      text(
        await exported(
          `SELECT 'a "b" \\ c' || chr(10) || 'd' || chr(1) AS s, 'nan'::DOUBLE AS x,
                  NULL::VARCHAR AS nothing, true AS yes, 12.50::DECIMAL(5,2) AS dec,
                  [1, 2] AS list, 'Île-de-France ✓' AS unicode`,
          'json'
        )
      )
    );
    expect(rows).toEqual([
      {
        s: 'a "b" \\ c\nd\u0001',
        x: null,
        nothing: null,
        yes: true,
        dec: 12.5,
        list: '[1, 2]',
        unicode: 'Île-de-France ✓'
      }
    ]);
  });

  it('an empty result exports as an empty JSON array and a header-only CSV', async () => {
    expect(JSON.parse(text(await exported(`SELECT 1 AS a WHERE false`, 'json')))).toEqual([]);
    expect(text(await exported(`SELECT 1 AS a WHERE false`, 'csv')).trim()).toBe('a');
  });

  it('writes CSV and JSON in pieces that join into the same file as one piece', async () => {
    const query = `SELECT i, 'ligne ' || i AS label, i / 4 AS q FROM range(10) t(i)`;
    for (const format of ['csv', 'json'] as const) {
      const whole = text(await exported(query, format, 1000));
      for (const chunk of [1, 3, 9, 10]) {
        expect(text(await exported(query, format, chunk))).toBe(whole);
      }
    }
    const csv = text(await exported(query, 'csv', 3))
      .trim()
      .split('\n');
    expect(csv).toHaveLength(11);
    expect(csv[0]).toBe('i,label,q');
    expect(csv[10]).toBe('9,ligne 9,2.25');
    const json = JSON.parse(text(await exported(query, 'json', 4)));
    expect(json).toHaveLength(10);
    expect(json[9]).toEqual({ i: 9, label: 'ligne 9', q: 2.25 });
    expect(text(await exported('SELECT 1 AS a', 'json', 1))).toBe('[\n{"a":1}\n]\n');
  });

  it('reports its progress per piece and stops when its signal is set', async () => {
    await runExplorerSql(db, 'SELECT * FROM range(25) t(i)');
    const seen: number[] = [];
    const signal = { cancelled: false };
    const file = path.join(tmpdir(), `releve-export-${process.pid}-${++n}.csv`);
    for (let i = 0; i < 4; i++) written.push(`${file}.${i}`);
    const parts = await exportParts(db, RESULT_TABLE, 'csv', {
      scratch: file,
      chunkRows: 10,
      onProgress: (p) => {
        expect(p.total).toBe(25);
        seen.push(p.rows);
      }
    });
    expect(parts).toHaveLength(3);
    expect(seen).toEqual([0, 10, 20, 25]);
    await expect(
      exportParts(db, RESULT_TABLE, 'csv', {
        scratch: file,
        chunkRows: 10,
        signal,
        onProgress: (p) => {
          if (p.rows >= 10) signal.cancelled = true;
        }
      })
    ).rejects.toBeInstanceOf(ExportCancelled);
  });
});
