/**
 * The pages' sites and programmes in SQL, after a researcher has added their own: the views
 * `sites_avec_vos_donnees` and `programmes_avec_vos_donnees` hold exactly the rows the pages use
 * — the merge is the pages' own (`mergeUserData`: user rows beside or instead of the defaults, a
 * user row with a default's id in its place, a programme whose site is gone set aside) — with a
 * column `vos_donnees` saying which rows are the researcher's. `sites` stays Relève's table.
 *
 * @example
 *   mergedViewSql('sites', columns, mergeUserData(dataset, user).dataset.sites)
 *   // CREATE OR REPLACE VIEW "sites_avec_vos_donnees" AS SELECT *, false AS vos_donnees FROM …
 */
import { quoteIdent, sqlString, type ResultColumn } from '../data/explorer-sql.ts';
import type { UserTable } from '../data/user-data.ts';

export const MERGED_VIEWS: Record<UserTable, string> = {
  sites: 'sites_avec_vos_donnees',
  programmes: 'programmes_avec_vos_donnees'
};

/** A merged row as the pages hold it: camelCase fields, `userData` set on the researcher's. */
export type MergedRecord = { id: string; userData?: unknown } & object;

/** `commune_insee` → `communeInsee`: the records' field for a table's column. */
const field = (column: string) => column.replace(/_([a-z])/g, (_m, x: string) => x.toUpperCase());

/** A record's value as a SQL literal of the column's type. */
function literal(value: unknown, column: ResultColumn): string {
  if (value === null || value === undefined) return `NULL::${column.type}`;
  // The occupation mix is kept as its file text: "operator:0.6;technician:0.4".
  const text =
    typeof value === 'object'
      ? Object.entries(value as Record<string, unknown>)
          .map(([k, n]) => `${k}:${String(n)}`)
          .join(';')
      : String(value);
  return `CAST(${sqlString(text)} AS ${column.type})`;
}

/**
 * The view over `table` (Relève's) holding the merged rows: Relève's rows kept by id, and the
 * researcher's as typed values, in the table's own columns and types.
 */
export function mergedViewSql(
  table: UserTable,
  columns: readonly ResultColumn[],
  merged: readonly MergedRecord[]
): string {
  const kept = merged.filter((r) => !r.userData).map((r) => sqlString(r.id));
  const own = merged.filter((r) => r.userData);
  const names = columns.map((c) => quoteIdent(c.name)).join(', ');
  const defaults = `SELECT ${names}, false AS vos_donnees FROM ${quoteIdent(table)} WHERE ${
    kept.length ? `id IN (${kept.join(', ')})` : 'false'
  }`;
  const parts = [defaults];
  if (own.length) {
    const rows = own.map(
      (r) =>
        `(${columns
          .map((c) => literal((r as Record<string, unknown>)[field(c.name)], c))
          .join(', ')}, true)`
    );
    parts.push(`SELECT * FROM (VALUES ${rows.join(',\n')}) AS t(${names}, vos_donnees)`);
  }
  return `CREATE OR REPLACE VIEW ${quoteIdent(MERGED_VIEWS[table])} AS\n${parts.join('\nUNION ALL\n')}`;
}
