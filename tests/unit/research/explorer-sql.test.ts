import { readFileSync } from 'node:fs';
/**
 * The SQL explorer's handling of what is typed: statements split outside strings and comments,
 * the last one's result kept and paged, DuckDB's errors pointed at the editor's line — on the
 * real engine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  dedupe,
  errorKind,
  EXAMPLE_QUERIES,
  isQuery,
  leadingKeyword,
  remapErrorLines,
  splitStatements,
  valuesTableSql,
  wrapQuery
} from '../../../src/lib/data/explorer-sql.ts';
import {
  displayCell,
  isYearCell,
  ExplorerError,
  HISTORY_MAX,
  parseHistory,
  pushHistory,
  readPage,
  runExplorerSql
} from '../../../src/lib/data/explorer-run.ts';
import type { NodeConnector } from '../../../src/lib/data/node.ts';
import { TABLE_NAMES } from '../../../src/lib/data/tables.ts';
import { nodeEngine } from './helpers.ts';

let db: NodeConnector;
beforeAll(async () => {
  db = await nodeEngine();
  for (const t of TABLE_NAMES) await db.useTable(t);
});

describe('statements', () => {
  it('splits at semicolons outside strings, identifiers and comments', () => {
    const sql = `SELECT ';' AS a; -- a comment; still a comment
SELECT "x;y" FROM t /* ; */;

SELECT 'it''s; fine';
-- only a comment;`;
    const st = splitStatements(sql);
    expect(st.map((s) => s.text.trim())).toEqual([
      `SELECT ';' AS a`,
      `-- a comment; still a comment\nSELECT "x;y" FROM t /* ; */`,
      `SELECT 'it''s; fine'`
    ]);
    expect(st.map((s) => s.startLine)).toEqual([1, 1, 2]);
  });

  it('knows queries from other statements', () => {
    expect(leadingKeyword('  -- hi\n (select 1)')).toBe('SELECT');
    expect(isQuery('WITH a AS (SELECT 1) SELECT * FROM a')).toBe(true);
    expect(isQuery('FROM sites')).toBe(true);
    expect(isQuery('DESCRIBE sites')).toBe(false);
    expect(isQuery('CREATE VIEW v AS SELECT 1')).toBe(false);
  });

  it('points DuckDB’s line numbers back at the editor, keeping the caret aligned', () => {
    const message =
      'Parser Error: syntax error at or near "FORM"\nLINE 10: SELECT * FORM sites\n                  ^';
    expect(remapErrorLines(message, { text: '', startLine: 3 }, true).split('\n')[1]).toBe(
      'LINE 11: SELECT * FORM sites'
    );
    const out = remapErrorLines(message, { text: '', startLine: 1 }, true);
    expect(out.split('\n')[1]).toBe('LINE 9:  SELECT * FORM sites');
    expect(out.split('\n')[1].indexOf('FORM')).toBe(message.split('\n')[1].indexOf('FORM'));
    expect(errorKind(message)).toBe('parser');
    expect(errorKind('Binder Error: x')).toBe('binder');
    expect(errorKind('Catalog Error: Table with name x does not exist!')).toBe('catalog');
  });

  it('names duplicate columns as DuckDB does', () => {
    expect(dedupe(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a:1', 'a:2']);
  });

  it('keeps a trailing line comment from swallowing the wrapper', () => {
    expect(wrapQuery('SELECT 1 -- note')).toBe(
      'CREATE OR REPLACE TEMP TABLE explorer_result AS (\nSELECT 1 -- note\n)'
    );
  });
});

describe('running in DuckDB', () => {
  it('keeps a query’s result, its DuckDB types and its row count', async () => {
    const out = await runExplorerSql(
      db,
      'SELECT id, jobs_direct_high, latitude FROM sites ORDER BY id;'
    );
    expect(out.kind).toBe('table');
    expect(out.rowCount).toBe(7);
    expect(out.columns).toEqual([
      { name: 'id', type: 'VARCHAR' },
      { name: 'jobs_direct_high', type: 'INTEGER' },
      { name: 'latitude', type: 'DOUBLE' }
    ]);
    const page = await readPage(db, out.columns, 0, 3);
    expect(page).toEqual([
      ['acc-douvrin', '2000', '50.52'],
      ['aesc-douai', '1200', '50.35'],
      ['neomat-dunkerque', '1300', '51.0']
    ]);
    expect((await readPage(db, out.columns, 2, 3)).length).toBe(1);
  });

  it('reads a page in a column’s order, NULLs last, ties in the result’s order', async () => {
    const out = await runExplorerSql(
      db,
      'SELECT * FROM (VALUES (1, 10), (2, NULL), (3, 9), (4, 10)) t(k, v)'
    );
    const keys = async (desc: boolean, page: number) =>
      (await readPage(db, out.columns, page, 2, { column: 'v', desc })).map((r) => r.join('/'));
    // By value, not by text ("9" > "10").
    expect(await keys(false, 0)).toEqual(['3/9', '1/10']);
    expect(await keys(false, 1)).toEqual(['4/10', '2/']);
    expect(await keys(true, 0)).toEqual(['1/10', '4/10']);
    expect(await keys(true, 1)).toEqual(['3/9', '2/']);
    // An unknown column leaves the result's own order.
    const plain = await readPage(db, out.columns, 0, 4, { column: 'nope', desc: true });
    expect(plain.map((r) => r[0])).toEqual(['1', '2', '3', '4']);
  });

  it('runs the aggregate over the million-row synthetic table', async () => {
    const out = await runExplorerSql(
      db,
      'SELECT departement, year, count(*) AS n FROM trainees_synthetic GROUP BY departement, year'
    );
    expect(out.rowCount).toBeGreaterThan(1000);
    const total = await db.query(
      'SELECT sum(n)::BIGINT AS total, count(*)::INTEGER AS groups FROM explorer_result'
    );
    expect(total[0]).toEqual({ total: 1_200_000, groups: out.rowCount });
  });

  it('runs every statement, the last one gives the result', async () => {
    const out = await runExplorerSql(
      db,
      'CREATE OR REPLACE TEMP VIEW big AS SELECT * FROM sites WHERE jobs_direct_high > 1500;\nSELECT count(*) AS n FROM big'
    );
    expect(out.statements).toBe(2);
    expect(await readPage(db, out.columns, 0, 10)).toEqual([['3']]);
  });

  it('keeps DESCRIBE as text, which can be paged and exported', async () => {
    const out = await runExplorerSql(db, 'DESCRIBE programmes');
    expect(out.asText?.keyword).toBe('DESCRIBE');
    // One row per column of data/programmes.csv.
    const header = readFileSync('data/programmes.csv', 'utf8').split('\n')[0].split(',');
    expect(out.rowCount).toBe(header.length);
    const first = await readPage(db, out.columns, 0, 1);
    expect(first[0].slice(0, 2)).toEqual(['id', 'VARCHAR']);
  });

  it('a statement without rows says so', async () => {
    const out = await runExplorerSql(db, 'CREATE OR REPLACE TEMP TABLE scratch AS SELECT 1 AS a');
    expect(out.kind).toBe('statement');
  });

  it('reports an error with the editor’s line and the statement it comes from', async () => {
    const sql = 'SELECT 1;\n\nSELECT nope\nFROM sites';
    const err = await runExplorerSql(db, sql).catch((e) => e);
    expect(err).toBeInstanceOf(ExplorerError);
    expect(err.kind).toBe('binder');
    expect(err.line).toBe(3);
    expect(err.statement).toBe(2);
    expect(err.statements).toBe(2);
    expect(err.message).toMatch(/Referenced column "nope" not found/);
  });

  it('surfaces errors raised while executing, not only while parsing', async () => {
    const err = await runExplorerSql(db, "SELECT CAST('x' AS INTEGER)").catch((e) => e);
    expect(err).toBeInstanceOf(ExplorerError);
    expect(err.kind).toBe('conversion');
  });

  it('every example query runs', async () => {
    for (const q of EXAMPLE_QUERIES) {
      for (const lang of ['fr', 'en'] as const) {
        const out = await runExplorerSql(db, q.sql[lang]);
        expect(out.rowCount, `${q.id} (${lang})`).toBeGreaterThan(0);
      }
    }
  });

  it('builds the VALUES table of a text result', async () => {
    await db.stream(
      valuesTableSql(
        ['a', 'a'],
        [
          ['x', null],
          ["l'usine", 2]
        ]
      ),
      () => {}
    );
    expect(await db.query('SELECT * FROM explorer_result')).toEqual([
      { a: 'x', 'a:1': null },
      { a: "l'usine", 'a:1': '2' }
    ]);
  });
});

describe('display and history', () => {
  it('formats numbers fr-FR, not codes and years', () => {
    const int = { name: 'stagiaires', type: 'BIGINT' };
    expect(displayCell('1200000', int, 'fr')).toBe('1\u202f200\u202f000');
    expect(displayCell('1200000', int, 'en')).toBe('1,200,000');
    expect(displayCell('38.0794392523', { name: 'age', type: 'DOUBLE' }, 'fr')).toBe('38,079439');
    expect(displayCell('2025', { name: 'year', type: 'INTEGER' }, 'fr')).toBe('2025');
    expect(displayCell('12345', { name: 'trainee_id', type: 'INTEGER' }, 'fr')).toBe('12345');
    expect(displayCell('1200000', int, 'fr', true)).toBe('1200000');
    expect(displayCell(null, int, 'fr')).toBe('NULL');
    expect(displayCell('-0.5', { name: 'x', type: 'DECIMAL(4,1)' }, 'fr')).toBe('-0,5');
  });

  it('prints years without a separator, next to quantities that keep the French one', () => {
    // Named as years: whatever the type DuckDB gave them (an uploaded CSV's DOUBLE, a BIGINT sum…).
    expect(displayCell('2021', { name: 'annee', type: 'BIGINT' }, 'fr')).toBe('2021');
    expect(displayCell('2030.0', { name: 'full_capacity_year', type: 'DOUBLE' }, 'fr')).toBe(
      '2030'
    );
    expect(displayCell('2026', { name: 'min("year")', type: 'INTEGER' }, 'fr')).toBe('2026');
    // Named like a date (production_start, period_end): a whole value in 1900–2100 is a year…
    expect(displayCell('2026', { name: 'production_start', type: 'INTEGER' }, 'fr')).toBe('2026');
    expect(displayCell('2019', { name: 'period_end', type: 'SMALLINT' }, 'en')).toBe('2019');
    // …but not outside it, and quantities keep the separator.
    expect(displayCell('25000', { name: 'production_start', type: 'INTEGER' }, 'fr')).toBe(
      '25\u202f000'
    );
    expect(displayCell('2021', { name: 'direct_jobs', type: 'INTEGER' }, 'fr')).toBe('2\u202f021');
    expect(displayCell('2021', { name: 'spend_eur', type: 'INTEGER' }, 'fr')).toBe('2\u202f021');
    expect(isYearCell('2024.5', { name: 'year', type: 'DOUBLE' })).toBe(false);
    expect(isYearCell('2024', { name: 'year', type: 'VARCHAR' })).toBe(false);
  });

  it('keeps the newest query first, without repeats, and reads stored history safely', () => {
    let h = pushHistory([], { sql: 'SELECT 1', at: 'a', ok: true });
    h = pushHistory(h, { sql: 'SELECT 2', at: 'b', ok: false });
    h = pushHistory(h, { sql: ' SELECT 1 ', at: 'c', ok: true });
    expect(h.map((e) => e.at)).toEqual(['c', 'b']);
    for (let i = 0; i < 80; i++) h = pushHistory(h, { sql: `SELECT ${i + 10}`, at: 'x', ok: true });
    expect(h.length).toBe(HISTORY_MAX);
    expect(parseHistory('not json')).toEqual([]);
    expect(parseHistory('[{"sql": 1}, {"sql": "SELECT 1", "at": "t", "ok": true}]')).toEqual([
      { sql: 'SELECT 1', at: 't', ok: true }
    ]);
  });
});
