/**
 * Running what the researcher typed in the SQL explorer, on any engine that can stream a
 * statement (the browser's cancellable session, or Node's engine in tests): every statement in
 * order, the last one's result kept in the explorer's temporary table, its columns and row count
 * read back, then one page at a time.
 */
import type { FileConnector } from './connector.ts';
import {
  isNumericType,
  isQuery,
  leadingKeyword,
  pageSql,
  quoteIdent,
  remapErrorLines,
  RESULT_TABLE,
  splitStatements,
  valuesTableSql,
  wrapQuery,
  errorKind,
  errorLine,
  type ErrorKind,
  type ResultColumn,
  type ResultOrder
} from './explorer-sql.ts';
import type { Lang } from '../i18n/format.ts';
import { LOCALES } from '../i18n/lang.ts';

export type StreamEngine = Pick<FileConnector, 'stream'>;

/** Rows of a DESCRIBE / SHOW / SUMMARIZE / PRAGMA / EXPLAIN result kept as text, at most. */
export const MAX_TEXT_ROWS = 10_000;

export interface RunOutcome {
  /** 'table': the result is in the explorer's table; 'statement': nothing to show. */
  kind: 'table' | 'statement';
  columns: ResultColumn[];
  rowCount: number;
  ms: number;
  statements: number;
  /** Set when the result is kept as text (a statement CREATE TABLE AS cannot hold). */
  asText?: { keyword: string; truncated: boolean };
}

/** A DuckDB error, its line pointed at the editor's, with the statement it came from. */
export class ExplorerError extends Error {
  readonly kind: ErrorKind;
  readonly line: number | null;
  constructor(
    message: string,
    readonly statement: number,
    readonly statements: number
  ) {
    super(message);
    this.name = 'ExplorerError';
    this.kind = errorKind(message);
    this.line = errorLine(message);
  }
}

async function collect(db: StreamEngine, sql: string, cap = Infinity) {
  const rows: unknown[][] = [];
  let truncated = false;
  const columns = await db.stream(sql, (b) => {
    for (const r of b.rows) {
      if (rows.length < cap) rows.push(r);
      else truncated = true;
    }
  });
  return { columns, rows, truncated };
}

/** The explorer's table's columns with DuckDB's type names, and its row count. */
export async function describeResult(
  db: StreamEngine
): Promise<{ columns: ResultColumn[]; rowCount: number }> {
  const d = await collect(db, `DESCRIBE ${RESULT_TABLE}`);
  const c = await collect(db, `SELECT count(*)::BIGINT AS n FROM ${RESULT_TABLE}`);
  return {
    columns: d.rows.map((r) => ({ name: String(r[0]), type: String(r[1]) })),
    rowCount: Number(c.rows[0]?.[0] ?? 0)
  };
}

export async function runExplorerSql(db: StreamEngine, sql: string): Promise<RunOutcome> {
  const t0 = performance.now();
  const statements = splitStatements(sql);
  if (!statements.length) {
    return { kind: 'statement', columns: [], rowCount: 0, ms: 0, statements: 0 };
  }
  const last = statements.length - 1;
  for (const [i, st] of statements.entries()) {
    const wrapped = i === last && isQuery(st.text);
    try {
      if (i < last) {
        await db.stream(st.text, () => {});
      } else if (wrapped) {
        await db.stream(wrapQuery(st.text), () => {});
        const d = await describeResult(db);
        return { kind: 'table', ...d, ms: performance.now() - t0, statements: statements.length };
      } else {
        const r = await collect(db, st.text, MAX_TEXT_ROWS);
        const names = r.columns.map((c) => c.name);
        const onlyCount = names.length === 1 && names[0] === 'Count';
        if (
          !names.length ||
          (onlyCount && !/^(SHOW|DESCRIBE|SUMMARIZE)/.test(leadingKeyword(st.text)))
        ) {
          return {
            kind: 'statement',
            columns: [],
            rowCount: 0,
            ms: performance.now() - t0,
            statements: statements.length
          };
        }
        await db.stream(valuesTableSql(names, r.rows), () => {});
        const d = await describeResult(db);
        return {
          kind: 'table',
          ...d,
          ms: performance.now() - t0,
          statements: statements.length,
          asText: { keyword: leadingKeyword(st.text), truncated: r.truncated }
        };
      }
    } catch (e) {
      const err = e as Error;
      if (err.name === 'QueryCancelled') throw err;
      throw new ExplorerError(remapErrorLines(err.message, st, wrapped), i + 1, statements.length);
    }
  }
  throw new Error('unreachable');
}

/** One page of the explorer's table, every cell as DuckDB's text (null for NULL). */
export async function readPage(
  db: StreamEngine,
  columns: readonly ResultColumn[],
  page: number,
  pageSize: number,
  order: ResultOrder | null = null
): Promise<(string | null)[][]> {
  const r = await collect(db, pageSql(columns, pageSize, page * pageSize, order));
  return r.rows.map((row) => row.map((c) => (c === null || c === undefined ? null : String(c))));
}

/** Drops the explorer's table (e.g. when a new query fails, the old result must not linger). */
export async function clearResult(db: StreamEngine): Promise<void> {
  await db.stream(`DROP TABLE IF EXISTS ${quoteIdent(RESULT_TABLE)}`, () => {}).catch(() => {});
}

// ——— Display ———

const INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/i;
/** Columns whose integers are codes or years, not quantities: never grouped ("2 025"). */
const CODE_LIKE = /(year|annee|année|_id$|^id$|code|insee|siren|siret|postal)/i;
/** Columns named as years (year, annee, *_year, min(year)…): whole values print as 2030. */
const YEAR_NAME = /(year|annee|année)/i;
/**
 * Columns named like a date in years without saying "year" (production_start, period_end,
 * debut, ouverture…): a whole value between 1900 and 2100 is a year, not a quantity.
 */
const YEAR_LIKE_NAME =
  /(^|_)(start|end|debut|début|fin|opening|ouverture|since|until|depuis)(_|$)/i;
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

/** True when `value` (DuckDB's text) is a year in a year column: printed without separator. */
export function isYearCell(value: string, column: ResultColumn): boolean {
  if (!isNumericType(column.type)) return false;
  const m = /^(-?\d+)(\.0+)?$/.exec(value);
  if (!m) return false;
  if (YEAR_NAME.test(column.name)) return true;
  const v = Number(m[1]);
  return YEAR_LIKE_NAME.test(column.name) && v >= YEAR_MIN && v <= YEAR_MAX;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f;
}

/**
 * A cell as shown: numbers in the reader's format (fr-FR: "1 200 000", "38,08"), except codes
 * and years; text as DuckDB printed it. `raw` shows DuckDB's text unchanged.
 */
export function displayCell(
  value: string | null,
  column: ResultColumn,
  lang: Lang,
  raw = false
): string {
  if (value === null) return 'NULL';
  if (raw || !isNumericType(column.type)) return value;
  if (INTEGER.test(column.type) && CODE_LIKE.test(column.name)) return value;
  if (isYearCell(value, column)) return value.replace(/\.0+$/, '');
  if (!/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(value)) return value;
  const digits = INTEGER.test(column.type) ? 0 : 6;
  // Intl formats decimal strings exactly (no float rounding) in current browsers and Node.
  return nf(lang, digits).format(value as unknown as number);
}

// ——— History ———

export interface HistoryEntry {
  sql: string;
  /** ISO date-time. */
  at: string;
  ok: boolean;
  rows?: number;
  ms?: number;
}

export const HISTORY_KEY = 'releve.explorer.history';
export const HISTORY_MAX = 50;

/** Adds an entry first; the same SQL run again moves to the top instead of repeating. */
export function pushHistory(list: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [entry, ...list.filter((e) => e.sql.trim() !== entry.sql.trim())].slice(0, HISTORY_MAX);
}

/** Reads stored history, dropping anything malformed. */
export function parseHistory(raw: string | null): HistoryEntry[] {
  if (!raw) return [];
  try {
    const v = JSON.parse(raw);
    if (!Array.isArray(v)) return [];
    return v
      .filter(
        (e): e is HistoryEntry =>
          e && typeof e.sql === 'string' && typeof e.at === 'string' && typeof e.ok === 'boolean'
      )
      .slice(0, HISTORY_MAX);
  } catch {
    return [];
  }
}
