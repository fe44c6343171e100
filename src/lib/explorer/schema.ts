/**
 * The explorer's schema panel: every table and view of the catalog (not the explorer's own
 * temporary result) with its columns and DuckDB types, grouped as Relève's tables, the merged
 * views with the researcher's rows, the researcher's files, and their own views; row counts of
 * Relève's tables read from the Parquet footers.
 */
import type { StreamEngine } from '../data/explorer-run.ts';
import { quoteIdent, type ResultColumn } from '../data/explorer-sql.ts';
import { TABLE_NAMES } from '../data/tables.ts';

export type SchemaKind = 'app' | 'merged' | 'user-file' | 'other';

export interface SchemaTable {
  name: string;
  kind: SchemaKind;
  columns: ResultColumn[];
  rows: number | null;
}

export interface SchemaNames {
  /** The researcher's file views, with their row counts once checked. */
  userFiles: ReadonlyMap<string, number | null>;
  merged: ReadonlySet<string>;
  /** Row counts already known (kept from the last read). */
  known: ReadonlyMap<string, number | null>;
}

const KIND_ORDER: Record<SchemaKind, number> = { app: 0, merged: 1, 'user-file': 2, other: 3 };

export async function readSchema(engine: StreamEngine, names: SchemaNames): Promise<SchemaTable[]> {
  const cols: { table: string; column: string; type: string }[] = [];
  await engine.stream(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_catalog <> 'temp' AND table_schema = 'main'
      ORDER BY table_name, ordinal_position`,
    (b) => {
      for (const r of b.rows)
        cols.push({ table: String(r[0]), column: String(r[1]), type: String(r[2]) });
    }
  );
  const appNames: readonly string[] = TABLE_NAMES;
  const kind = (n: string): SchemaKind =>
    appNames.includes(n)
      ? 'app'
      : names.merged.has(n)
        ? 'merged'
        : names.userFiles.has(n)
          ? 'user-file'
          : 'other';
  const tables = [...new Set(cols.map((c) => c.table))]
    .map((name): SchemaTable => ({
      name,
      kind: kind(name),
      columns: cols.filter((c) => c.table === name).map((c) => ({ name: c.column, type: c.type })),
      rows: names.userFiles.get(name) ?? names.known.get(name) ?? null
    }))
    .sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        (a.kind === 'app' ? appNames.indexOf(a.name) - appNames.indexOf(b.name) : 0) ||
        a.name.localeCompare(b.name)
    );
  // Row counts of Relève's tables: Parquet footers, no full read.
  for (const t of tables) {
    if (t.kind !== 'app' || t.rows !== null) continue;
    await engine
      .stream(`SELECT count(*)::BIGINT FROM ${quoteIdent(t.name)}`, (b) => {
        t.rows = Number(b.rows[0][0]);
      })
      .catch(() => {});
  }
  return tables;
}
