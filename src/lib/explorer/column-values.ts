/**
 * The values of one numeric column of the explorer's result, read for its statistics: the finite
 * values as doubles (NULL, NaN and infinities counted apart), all of them up to
 * STATS_MAX_VALUES, else a reservoir sample of that many drawn with a fixed seed (the same link
 * gives the same figures).
 *
 * @example
 *   const { values, rows, missing, sampled } = await readColumnValues(session, 'explorer_result', 'year');
 */
import type { StreamEngine } from '../data/explorer-run.ts';
import { quoteIdent } from '../data/explorer-sql.ts';

export const STATS_MAX_VALUES = 500_000;
/** The reservoir sample's seed (DuckDB's REPEATABLE). */
export const STATS_SEED = 42;

export interface ColumnValues {
  values: Float64Array;
  /** Rows of the result. */
  rows: number;
  /** Rows whose value is NULL, NaN or infinite. */
  missing: number;
  /** True when `values` is a sample of the finite values. */
  sampled: boolean;
}

export async function readColumnValues(
  db: StreamEngine,
  table: string,
  column: string,
  max = STATS_MAX_VALUES
): Promise<ColumnValues> {
  const v = `CAST(${quoteIdent(column)} AS DOUBLE)`;
  const finite = `SELECT ${v} AS v FROM ${quoteIdent(table)} WHERE isfinite(${v})`;
  let rows = 0;
  let count = 0;
  await db.stream(
    `SELECT count(*)::BIGINT, count(*) FILTER (WHERE isfinite(${v}))::BIGINT FROM ${quoteIdent(table)}`,
    (b) => {
      rows = Number(b.rows[0][0]);
      count = Number(b.rows[0][1]);
    }
  );
  const sampled = count > max;
  const sql = sampled
    ? `SELECT v FROM (${finite}) USING SAMPLE reservoir(${Math.floor(max)} ROWS) REPEATABLE (${STATS_SEED})`
    : finite;
  const values = new Float64Array(Math.min(count, max));
  let i = 0;
  await db.stream(sql, (b) => {
    for (const r of b.rows) if (i < values.length) values[i++] = Number(r[0]);
  });
  return { values: values.subarray(0, i), rows, missing: rows - count, sampled };
}
