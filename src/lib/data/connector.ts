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
