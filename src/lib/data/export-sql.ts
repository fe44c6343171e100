/**
 * Exports of a table (the explorer's result) written by DuckDB itself: CSV and Parquet with
 * `COPY … TO`, JSON as text DuckDB builds value by value (DuckDB-WASM 0.9.1 has no JSON
 * extension built in, and this app fetches none). Nothing is serialised by hand in JavaScript.
 *
 * CSV cells that a spreadsheet would run as a formula (a text starting with =, +, -, @, a tab or
 * a carriage return, possibly after spaces, also in their full-width forms) are prefixed with a
 * single quote, as OWASP recommends against CSV injection: `=HYPERLINK(…)` → `'=HYPERLINK(…)`.
 *
 * @example
 *   const bytes = await exportTable(db, 'explorer_result', 'csv');
 */
import type { FileConnector } from './connector.ts';
import { isNumericType, quoteIdent, sqlString, type ResultColumn } from './explorer-sql.ts';

export type ExportFormat = 'csv' | 'parquet' | 'json';

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
  json: 'application/json;charset=utf-8'
};

/**
 * What makes a text cell a formula in Excel, LibreOffice or Google Sheets. The same rule is used
 * in SQL (RE2 syntax, for DuckDB's CSV) and in JavaScript (for the charts' CSV).
 */
export const FORMULA_START = '^(\\s*[=+\\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\\t\\r])';

const FORMULA_RE = new RegExp(FORMULA_START);

/** The JavaScript twin of the SQL rule: neutraliseCell('=1+1') → "'=1+1". */
export function neutraliseCell(text: string): string {
  return FORMULA_RE.test(text) ? `'${text}` : text;
}

/** A column as a neutralised text cell (SQL). */
function neutralised(column: ResultColumn): string {
  const c = quoteIdent(column.name);
  return `CASE WHEN regexp_matches(CAST(${c} AS VARCHAR), ${sqlString(FORMULA_START)}) THEN '''' || CAST(${c} AS VARCHAR) ELSE CAST(${c} AS VARCHAR) END AS ${c}`;
}

/** Whether a column's values can reach a spreadsheet as text (numbers, dates and booleans cannot). */
function mayHoldText(type: string): boolean {
  const t = type.toUpperCase();
  return !(
    isNumericType(t) ||
    t === 'BOOLEAN' ||
    t === 'DATE' ||
    t.startsWith('TIMESTAMP') ||
    t === 'TIME' ||
    t === 'INTERVAL'
  );
}

/** SELECT of a table with its text cells neutralised, for the CSV export. */
export function neutralisedSelect(table: string, columns: readonly ResultColumn[]): string {
  const cells = columns.map((c) => (mayHoldText(c.type) ? neutralised(c) : quoteIdent(c.name)));
  return `SELECT ${cells.length ? cells.join(', ') : '*'} FROM ${quoteIdent(table)}`;
}

const JSON_ESCAPES: [string, string][] = [
  ['\\', '\\\\'],
  ['"', '\\"'],
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
  ['\b', '\\b'],
  ['\f', '\\f']
];

/** A SQL expression that turns a text expression into the body of a JSON string. */
function jsonEscaped(expr: string): string {
  let out = expr;
  for (const [from, to] of JSON_ESCAPES)
    out = `replace(${out}, ${sqlString(from)}, ${sqlString(to)})`;
  // Other control characters (U+0001–U+001F) as \u00XX.
  for (let code = 1; code < 32; code++) {
    if ([8, 9, 10, 12, 13].includes(code)) continue;
    out = `replace(${out}, chr(${code}), ${sqlString(`\\u${code.toString(16).padStart(4, '0')}`)})`;
  }
  return out;
}

/** A SQL expression giving a column's value as JSON text. */
function jsonValue(column: ResultColumn): string {
  const c = quoteIdent(column.name);
  const t = column.type.toUpperCase();
  if (t === 'FLOAT' || t === 'REAL' || t === 'DOUBLE') {
    return `CASE WHEN ${c} IS NULL OR isnan(${c}) OR isinf(${c}) THEN 'null' ELSE CAST(${c} AS VARCHAR) END`;
  }
  if (isNumericType(t) || t === 'BOOLEAN') return `COALESCE(CAST(${c} AS VARCHAR), 'null')`;
  return `CASE WHEN ${c} IS NULL THEN 'null' ELSE '"' || ${jsonEscaped(`CAST(${c} AS VARCHAR)`)} || '"' END`;
}

/**
 * SELECT giving one JSON object per row (a column `json`). Keys are the column names; numbers
 * and booleans stay JSON numbers and booleans (NaN and infinities become null), every other value
 * (dates, lists, structs) is its SQL text as a JSON string.
 */
export function jsonRowsSelect(table: string, columns: readonly ResultColumn[]): string {
  const members = columns
    .map((c, i) => `${sqlString((i ? ',' : '') + JSON.stringify(c.name) + ':')} || ${jsonValue(c)}`)
    .join(' || ');
  return `SELECT '{' || ${members || "''"} || '}' AS json FROM ${quoteIdent(table)}`;
}

/** What an export needs of an engine (the explorer's session streams, the engine copies files). */
export type ExportEngine = Pick<FileConnector, 'stream' | 'copyFileToBuffer' | 'dropFile'>;

/** The table's columns as DuckDB names their types. */
export async function describeTable(
  db: Pick<FileConnector, 'stream'>,
  table: string
): Promise<ResultColumn[]> {
  const rows = await collect(db, `DESCRIBE ${quoteIdent(table)}`);
  return rows.map((r) => ({ name: String(r[0]), type: String(r[1]) }));
}

async function collect(db: Pick<FileConnector, 'stream'>, sql: string): Promise<unknown[][]> {
  const out: unknown[][] = [];
  await db.stream(sql, (b) => {
    out.push(...b.rows);
  });
  return out;
}

let exportCounter = 0;

/**
 * Writes a table as CSV, Parquet or JSON with DuckDB and returns the file's bytes. `scratch` is
 * where the engine writes before the bytes are read back: a name in the browser's in-memory file
 * system by default (in Node the engine writes to the disk: pass a temporary path).
 */
export async function exportTable(
  db: ExportEngine,
  table: string,
  format: ExportFormat,
  scratch = `export-${++exportCounter}.${format}`
): Promise<Uint8Array> {
  const columns = await describeTable(db, table);
  if (format === 'json') {
    const parts: string[] = [];
    await db.stream(jsonRowsSelect(table, columns), (b) => {
      for (const r of b.rows) parts.push(String(r[0]));
    });
    return new TextEncoder().encode(parts.length ? `[\n${parts.join(',\n')}\n]\n` : '[]\n');
  }
  const file = scratch;
  const options =
    format === 'csv' ? `(FORMAT csv, HEADER true, DELIMITER ',')` : `(FORMAT parquet)`;
  const source =
    format === 'csv' ? neutralisedSelect(table, columns) : `SELECT * FROM ${quoteIdent(table)}`;
  await db.stream(`COPY (${source}) TO ${sqlString(file)} ${options}`, () => {});
  try {
    return await db.copyFileToBuffer(file);
  } finally {
    await db.dropFile(file);
  }
}
