/**
 * Exports of a table (the explorer's result) written by DuckDB itself with `COPY … TO`, in its
 * worker: CSV, Parquet, and JSON as text DuckDB builds value by value (DuckDB-WASM has no JSON
 * extension built in, and this app fetches none). Nothing is serialised in JavaScript.
 *
 * CSV cells that a spreadsheet would run as a formula (a text starting with =, +, -, @, a tab or
 * a carriage return, possibly after spaces, also in their full-width forms) are prefixed with a
 * single quote, as OWASP recommends against CSV injection: `=HYPERLINK(…)` → `'=HYPERLINK(…)`.
 *
 * @example
 *   const parts = await exportParts(db, 'explorer_result', 'csv', { onProgress, signal });
 */
import type { FileConnector } from './connector.ts';
import { isNumericType, quoteIdent, sqlString, type ResultColumn } from './explorer-sql.ts';
import { concatBytes } from '../bytes.ts';

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
export function neutralisedSelect(
  table: string,
  columns: readonly ResultColumn[],
  from = quoteIdent(table)
): string {
  const cells = columns.map((c) => (mayHoldText(c.type) ? neutralised(c) : quoteIdent(c.name)));
  return `SELECT ${cells.length ? cells.join(', ') : '*'} FROM ${from}`;
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
  // Most cells need none of the 34 replacements: one regular expression finds those that do
  // (the JSON of the 1.2 M-row table, in pieces, went from 102 s to 15 s in Node's DuckDB-WASM).
  return `CASE WHEN regexp_matches(${expr}, ${sqlString(NEEDS_ESCAPE)}) THEN ${out} ELSE ${expr} END`;
}

/** A text that JSON must escape: a control character, a quote or a backslash (RE2 syntax). */
const NEEDS_ESCAPE = '[\\x01-\\x1f"\\\\]';

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
export function jsonRowsSelect(
  table: string,
  columns: readonly ResultColumn[],
  from = quoteIdent(table)
): string {
  const members = columns
    .map((c, i) => `${sqlString((i ? ',' : '') + JSON.stringify(c.name) + ':')} || ${jsonValue(c)}`)
    .join(' || ');
  return `SELECT '{' || ${members || "''"} || '}' AS json FROM ${from}`;
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

/** Rows written per COPY: each piece is copied out of the engine before the next is written. */
export const EXPORT_CHUNK_ROWS = 100_000;

export interface ExportProgress {
  /** Rows written so far. */
  rows: number;
  total: number;
}

export interface ExportOptions {
  /**
   * Where the engine writes each piece before its bytes are read back: a name in the browser's
   * in-memory file system by default (in Node the engine writes to the disk: pass a temporary
   * path). Piece i is written to `${scratch}.${i}`.
   */
  scratch?: string;
  chunkRows?: number;
  onProgress?: (p: ExportProgress) => void;
  /** Set `cancelled` to stop before the next piece (the running COPY is the caller's to cancel). */
  signal?: { cancelled: boolean };
}

/** Thrown by an export whose signal was set. */
export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportCancelled';
  }
}

const encoder = new TextEncoder();

/**
 * Writes a table as CSV, Parquet or JSON with DuckDB, in pieces of `chunkRows` rows (CSV and
 * JSON; a Parquet file is one COPY), and returns the file's bytes as those pieces: the page
 * joins them in a Blob and never holds the whole file as one buffer. Everything is written by
 * the engine (in the browser, in DuckDB-WASM's worker): the page only copies finished pieces.
 * JSON is DuckDB's text of each row (`jsonRowsSelect`) written by COPY as lines of one
 * unquoted column, with the commas between rows: `[\n{…},\n{…}\n]\n`.
 */
export async function exportParts(
  db: ExportEngine,
  table: string,
  format: ExportFormat,
  options: ExportOptions = {}
): Promise<Uint8Array[]> {
  const scratch = options.scratch ?? `export-${++exportCounter}.${format}`;
  const chunk = Math.max(1, Math.floor(options.chunkRows ?? EXPORT_CHUNK_ROWS));
  const signal = options.signal ?? { cancelled: false };
  const columns = await describeTable(db, table);
  const counted = await collect(db, `SELECT count(*)::BIGINT FROM ${quoteIdent(table)}`);
  const total = Number(counted[0]?.[0] ?? 0);
  const progress = (rows: number) => options.onProgress?.({ rows, total });
  let piece = 0;
  const copy = async (select: string, copyOptions: string): Promise<Uint8Array> => {
    if (signal.cancelled) throw new ExportCancelled();
    const file = `${scratch}.${piece++}`;
    await db.stream(`COPY (${select}) TO ${sqlString(file)} ${copyOptions}`, () => {});
    try {
      return await db.copyFileToBuffer(file);
    } finally {
      await db.dropFile(file);
    }
  };
  progress(0);
  if (format === 'parquet') {
    const bytes = await copy(`SELECT * FROM ${quoteIdent(table)}`, '(FORMAT parquet)');
    progress(total);
    return [bytes];
  }
  // A piece's rows are cut from the table before they are formatted: with the cut after the
  // formatting, DuckDB would format every skipped row again (JSON of 1.2 M rows: > 180 s).
  const pieceOf = (from: number, rows: number) =>
    `(SELECT * FROM ${quoteIdent(table)} LIMIT ${rows} OFFSET ${from}) AS piece`;
  const parts: Uint8Array[] = [];
  if (format === 'csv') {
    // The first piece carries the header, also for an empty table.
    let from = 0;
    do {
      const rows = Math.min(chunk, Math.max(0, total - from));
      const header = from === 0 ? 'true' : 'false';
      parts.push(
        await copy(
          neutralisedSelect(table, columns, pieceOf(from, rows)),
          `(FORMAT csv, HEADER ${header}, DELIMITER ',')`
        )
      );
      from += rows;
      progress(from);
    } while (from < total);
    return parts;
  }
  if (!total) return [encoder.encode('[]\n')];
  // One column of JSON text, never quoted: its control characters are escaped (\u0001 included,
  // so the delimiter cannot occur).
  const lines = `(FORMAT csv, HEADER false, QUOTE '', ESCAPE '', DELIMITER '\u0001')`;
  const json = (from: number, rows: number) => jsonRowsSelect(table, columns, pieceOf(from, rows));
  parts.push(encoder.encode('[\n'));
  for (let from = 0; from < total - 1; from += chunk) {
    const rows = Math.min(chunk, total - 1 - from);
    parts.push(await copy(`SELECT json || ',' FROM (${json(from, rows)})`, lines));
    progress(from + rows);
  }
  parts.push(await copy(json(total - 1, 1), lines));
  parts.push(encoder.encode(']\n'));
  progress(total);
  return parts;
}

/** The whole file as one buffer (for Node and tests; the page keeps the pieces). */
export async function exportTable(
  db: ExportEngine,
  table: string,
  format: ExportFormat,
  scratch?: string,
  chunkRows?: number
): Promise<Uint8Array> {
  const parts = await exportParts(db, table, format, { scratch, chunkRows });
  return concatBytes(parts);
}
