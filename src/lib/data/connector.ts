/**
 * The one door to DuckDB. Two implementations share this interface: DuckDB-WASM in a browser
 * worker (`browser.ts`) and the same WASM engine in Node through its blocking bundle (`node.ts`),
 * so tests and scripts run exactly the SQL the browser runs.
 */
import type { TableName } from './tables.ts';

export type Row = Record<string, unknown>;

export interface Connector {
  /** Runs one SQL statement and returns plain rows (BigInt and Arrow values already converted). */
  query<T extends Row = Row>(sql: string): Promise<T[]>;
  /**
   * Makes a Parquet file of static/data/ queryable as a view named after the table.
   * Idempotent: a table already registered is not registered twice.
   */
  useTable(name: TableName): Promise<void>;
  /** Engine version, e.g. "v0.9.1". */
  version(): Promise<string>;
  close(): Promise<void>;
}

/** Converts Arrow/DuckDB cell values to plain JSON-friendly ones. */
export function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object' && 'toJSON' in value) {
    return (value as { toJSON(): unknown }).toJSON();
  }
  return value;
}

export function plainRow(row: Row): Row {
  const out: Row = {};
  for (const key of Object.keys(row)) out[key] = plainValue(row[key]);
  return out;
}

/** Where each table's Parquet lives, relative to the app's origin (or static/ in Node). */
export function tablePath(file: string): string {
  return `data/${file}`;
}

/** A result column: its name and its Arrow type as text (e.g. "Utf8", "Int32", "Float64"). */
export interface ColumnInfo {
  name: string;
  type: string;
}

/** One batch of a streamed result: cells by column position (names may repeat in SQL). */
export interface RowBatch {
  columns: ColumnInfo[];
  rows: unknown[][];
}

/**
 * What the SQL explorer, the exports and the checks of a researcher's own files need beyond
 * `Connector`. Both engines honour it (the browser's worker and Node's blocking bundle), so every
 * path is unit-tested on the same WASM engine the browser runs.
 */
export interface FileConnector extends Connector {
  /**
   * Runs one statement and hands its rows over batch by batch, without holding the whole result
   * in memory. An error raised while the engine executes (a bad cast, a malformed CSV line in
   * the middle of a file) rejects the promise: `query()` on DuckDB-WASM 0.9.1 can drop such
   * errors and return no rows.
   */
  stream(sql: string, onBatch: (batch: RowBatch) => void | Promise<void>): Promise<ColumnInfo[]>;
  /** Makes bytes readable by SQL under `name`, e.g. `read_csv('name', …)`. */
  registerFileBuffer(name: string, bytes: Uint8Array): Promise<void>;
  /** The bytes of a file the engine wrote, e.g. after `COPY … TO 'name'`. */
  copyFileToBuffer(name: string): Promise<Uint8Array>;
  dropFile(name: string): Promise<void>;
}

/** Arrow schema fields → column infos. */
export function columnInfos(fields: readonly { name: string; type: unknown }[]): ColumnInfo[] {
  return fields.map((f) => ({ name: f.name, type: String(f.type) }));
}

/** An Arrow record batch → rows of plain cells, by column position. */
export function batchRows(batch: {
  numRows: number;
  numCols: number;
  getChildAt(i: number): { get(row: number): unknown } | null;
}): unknown[][] {
  const columns = Array.from({ length: batch.numCols }, (_, i) => batch.getChildAt(i));
  const rows: unknown[][] = new Array(batch.numRows);
  for (let r = 0; r < batch.numRows; r++) {
    rows[r] = columns.map((c) => (c ? plainValue(c.get(r)) : null));
  }
  return rows;
}
