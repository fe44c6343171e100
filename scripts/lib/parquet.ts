/**
 * Writes typed rows to Parquet with DuckDB (@duckdb/node-api), deterministically: one thread,
 * rows ordered by the table's key, fixed compression. The same input gives the same bytes.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { ColumnSpec, TableSpec } from '../../src/lib/data/schema.ts';

export function sqlType(col: ColumnSpec): string {
  switch (col.type) {
    case 'integer':
    case 'year':
      return 'INTEGER';
    case 'number':
      return 'DOUBLE';
    case 'date':
      return 'DATE';
    default:
      return 'VARCHAR';
  }
}

export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`non-finite number ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    // An occupation mix, stored in its source text form "code:share;code:share".
    return sqlLiteral(
      Object.entries(value as Record<string, number>)
        .map(([k, v]) => `${k}:${v}`)
        .join(';')
    );
  }
  return `'${String(value).replace(/'/g, "''")}'`;
}

export async function openDuckDB(): Promise<{ con: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  await con.run('SET threads = 1');
  return {
    con,
    close: () => {
      con.closeSync();
      instance.closeSync();
    }
  };
}

export interface TableDef {
  name: string;
  columns: { name: string; type: string }[];
  orderBy: string;
}

export function tableDef(spec: TableSpec): TableDef {
  return {
    name: spec.name,
    columns: spec.columns.map((c) => ({ name: c.name, type: sqlType(c) })),
    orderBy: spec.key
  };
}

/** Creates the table, inserts the rows and copies it to `file` as zstd Parquet. */
export async function writeParquet(
  con: DuckDBConnection,
  def: TableDef,
  rows: Record<string, unknown>[],
  file: string
): Promise<void> {
  const cols = def.columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
  await con.run(`CREATE OR REPLACE TABLE "${def.name}" (${cols})`);
  const batch = 500;
  for (let i = 0; i < rows.length; i += batch) {
    const values = rows
      .slice(i, i + batch)
      .map((row) => `(${def.columns.map((c) => sqlLiteral(row[c.name])).join(', ')})`)
      .join(',\n');
    await con.run(`INSERT INTO "${def.name}" VALUES ${values}`);
  }
  await copyToParquet(con, `SELECT * FROM "${def.name}" ORDER BY ${def.orderBy}`, file);
}

export async function copyToParquet(
  con: DuckDBConnection,
  select: string,
  file: string
): Promise<void> {
  await con.run(
    `COPY (${select}) TO '${file.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`
  );
}
