/**
 * The SQL explorer's handling of what a researcher types: statements split at their semicolons
 * (not those inside strings or comments), the last one kept as the result, queries materialised
 * into a temporary table that the page reads one page at a time and the exports copy from, and
 * DuckDB's error messages pointed back at the line of the editor they are about.
 *
 * @example
 *   splitStatements("SELECT 1;\nSELECT ';' AS s") // two statements, the second starting line 1
 *   wrapQuery('SELECT * FROM sites')             // CREATE OR REPLACE TEMP TABLE explorer_result …
 */

/** The temporary table that holds the explorer's last result (one per explorer connection). */
export const RESULT_TABLE = 'explorer_result';

export interface Statement {
  /** The statement's text, as typed, without its closing semicolon. */
  text: string;
  /** 1-based line of the editor on which `text` begins. */
  startLine: number;
}

/** Double-quoted SQL identifier: quoteIdent('a"b') → "a""b". */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Single-quoted SQL string literal: sqlString("l'usine") → 'l''usine'. */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Walks SQL text, calling `at` for every character outside strings and comments. */
function scan(sql: string, at: (i: number) => void): void {
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    const next = sql[i + 1];
    if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
    } else if (ch === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (ch === "'" || ch === '"') {
      // A doubled quote inside a string is an escaped quote: the loop closes and reopens.
      const end = sql.indexOf(ch, i + 1);
      i = end < 0 ? sql.length : end + 1;
    } else if (ch === '$' && /^\$[A-Za-z_]*\$/.test(sql.slice(i))) {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))![0];
      const end = sql.indexOf(tag, i + tag.length);
      i = end < 0 ? sql.length : end + tag.length;
    } else {
      at(i);
      i++;
    }
  }
}

/** The text with comments removed and strings kept, for keyword checks. */
function withoutComments(sql: string): string {
  let out = '';
  let last = 0;
  let i = 0;
  while (i < sql.length) {
    if (sql.startsWith('--', i)) {
      out += sql.slice(last, i);
      const end = sql.indexOf('\n', i);
      i = last = end < 0 ? sql.length : end;
    } else if (sql.startsWith('/*', i)) {
      out += sql.slice(last, i) + ' ';
      const end = sql.indexOf('*/', i + 2);
      i = last = end < 0 ? sql.length : end + 2;
    } else if (sql[i] === "'" || sql[i] === '"') {
      const end = sql.indexOf(sql[i], i + 1);
      i = end < 0 ? sql.length : end + 1;
    } else i++;
  }
  return out + sql.slice(last);
}

/** Splits an editor's text into statements; blank or comment-only pieces are dropped. */
export function splitStatements(sql: string): Statement[] {
  const cuts: number[] = [];
  scan(sql, (i) => {
    if (sql[i] === ';') cuts.push(i);
  });
  const out: Statement[] = [];
  let start = 0;
  for (const cut of [...cuts, sql.length]) {
    const text = sql.slice(start, cut);
    if (withoutComments(text).trim() !== '') {
      const startLine = sql.slice(0, start).split('\n').length;
      out.push({ text, startLine });
    }
    start = cut + 1;
  }
  return out;
}

/** The statement's first keyword, upper-case (comments, blanks and opening brackets skipped). */
export function leadingKeyword(text: string): string {
  const m = /^[\s(]*([A-Za-z_]+)/.exec(withoutComments(text));
  return m ? m[1].toUpperCase() : '';
}

/** Statements whose result can be kept with CREATE TABLE … AS (…): queries. */
const QUERY_KEYWORDS = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE']);

export function isQuery(text: string): boolean {
  return QUERY_KEYWORDS.has(leadingKeyword(text));
}

/**
 * The statement that keeps a query's result as the explorer's temporary table. The query starts
 * on the wrapper's second line (so DuckDB's "LINE n" is one more than the editor's) and the
 * closing bracket has a line of its own (a trailing `-- comment` cannot swallow it).
 */
export function wrapQuery(text: string): string {
  return `CREATE OR REPLACE TEMP TABLE ${RESULT_TABLE} AS (\n${text}\n)`;
}

/** Lines the wrapper adds before the statement's first line. */
export const WRAP_OFFSET = 1;

/**
 * Rewrites DuckDB's "LINE n:" markers so that they name the editor's line, keeping the width of
 * the marker so that the caret line under it stays aligned.
 */
export function remapErrorLines(message: string, statement: Statement, wrapped: boolean): string {
  return message.replace(/LINE (\d+):/g, (marker, n: string) => {
    const line = Number(n) - (wrapped ? WRAP_OFFSET : 0) + statement.startLine - 1;
    return `LINE ${Math.max(1, line)}:`.padEnd(marker.length);
  });
}

/** The editor line an error is about, if DuckDB said. */
export function errorLine(message: string): number | null {
  const m = /LINE (\d+):/.exec(message);
  return m ? Number(m[1]) : null;
}

export type ErrorKind =
  | 'parser'
  | 'binder'
  | 'catalog'
  | 'conversion'
  | 'io'
  | 'invalid-input'
  | 'out-of-range'
  | 'cancelled'
  | 'other';

/** The kind of a DuckDB error, from the prefix of its message ("Binder Error: …"). */
export function errorKind(message: string): ErrorKind {
  const m = /^([A-Za-z ]+?) Error:/.exec(message.trim());
  switch (m?.[1]) {
    case 'Parser':
    case 'Syntax':
      return 'parser';
    case 'Binder':
      return 'binder';
    case 'Catalog':
      return 'catalog';
    case 'Conversion':
      return 'conversion';
    case 'IO':
    case 'HTTP':
      return 'io';
    case 'Invalid Input':
      return 'invalid-input';
    case 'Out of Range':
      return 'out-of-range';
    case 'INTERRUPT':
    case 'Interrupt':
      return 'cancelled';
    default:
      return 'other';
  }
}

export interface ResultColumn {
  name: string;
  /** DuckDB's type name, e.g. VARCHAR, BIGINT, DECIMAL(10,2), DATE, INTEGER[]. */
  type: string;
}

const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|REAL|DOUBLE|DECIMAL(\(\d+,\s*\d+\))?)$/;

export function isNumericType(type: string): boolean {
  return NUMERIC.test(type.toUpperCase());
}

export function isTextType(type: string): boolean {
  const t = type.toUpperCase();
  return t === 'VARCHAR' || t.startsWith('ENUM');
}

/** One page of the result, every value as DuckDB prints it (exact decimals, dates, lists). */
export function pageSql(
  columns: readonly ResultColumn[],
  limit: number,
  offset: number,
  order: ResultOrder | null = null
): string {
  const cells = columns.length
    ? columns.map((c) => `CAST(${quoteIdent(c.name)} AS VARCHAR) AS ${quoteIdent(c.name)}`)
    : ['*'];
  // The column is named with its table: unqualified, ORDER BY would take the select list's
  // text of it (and sort 1 197 before 997). Ties keep the result's own order (rowid), so that a
  // page never repeats or skips a row.
  const by =
    order && columns.some((c) => c.name === order.column)
      ? ` ORDER BY ${RESULT_TABLE}.${quoteIdent(order.column)} ${order.desc ? 'DESC' : 'ASC'} NULLS LAST, ${RESULT_TABLE}.rowid`
      : '';
  return `SELECT ${cells.join(', ')} FROM ${RESULT_TABLE}${by} LIMIT ${Math.max(0, Math.floor(limit))} OFFSET ${Math.max(0, Math.floor(offset))}`;
}

/** The order the result is shown in: one column, ascending or descending (NULLs last). */
export interface ResultOrder {
  column: string;
  desc: boolean;
}

/**
 * A statement whose result cannot be kept by CREATE TABLE AS (DESCRIBE, SHOW, SUMMARIZE, PRAGMA,
 * EXPLAIN) becomes the explorer's table through VALUES, as text.
 */
export function valuesTableSql(columns: readonly string[], rows: readonly unknown[][]): string {
  const names = dedupe(columns).map(quoteIdent).join(', ');
  if (!rows.length) {
    return `CREATE OR REPLACE TEMP TABLE ${RESULT_TABLE} AS SELECT ${dedupe(columns)
      .map((c) => `NULL::VARCHAR AS ${quoteIdent(c)}`)
      .join(', ')} LIMIT 0`;
  }
  const values = rows
    .map(
      (r) =>
        `(${columns
          .map((_, i) =>
            r[i] === null || r[i] === undefined ? 'NULL::VARCHAR' : sqlString(textOf(r[i]))
          )
          .join(', ')})`
    )
    .join(',\n');
  return `CREATE OR REPLACE TEMP TABLE ${RESULT_TABLE} AS SELECT * FROM (VALUES ${values}) AS t(${names})`;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Column names made unique the way DuckDB does it: a, a:1, a:2. */
export function dedupe(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = seen.get(n);
    seen.set(n, (k ?? 0) + 1);
    return k === undefined ? n : `${n}:${k}`;
  });
}

export interface ExampleQuery {
  id: string;
  /** The same query in each language: its comment and column aliases are words. */
  sql: { fr: string; en: string };
}

/** Example queries shown in the explorer (their titles are in messages-research.ts). */
export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    id: 'sites',
    sql: {
      fr: `-- Sites, emplois directs annoncés et calendrier
SELECT id, name, departement, production_start, full_capacity_year,
       jobs_direct_low, jobs_direct_high, status, kind
FROM sites
ORDER BY jobs_direct_high DESC;`,
      en: `-- Sites, announced direct jobs and schedule
SELECT id, name, departement, production_start, full_capacity_year,
       jobs_direct_low, jobs_direct_high, status, kind
FROM sites
ORDER BY jobs_direct_high DESC;`
    }
  },
  {
    id: 'programmes',
    sql: {
      fr: `-- Formations par famille de métiers : entrées annuelles et diplômés placés attendus
SELECT p.occupation, o.label_fr AS metier,
       count(*) AS formations,
       sum(p.intake_per_year) AS entrees_par_an,
       round(sum(p.intake_per_year * p.completion_rate * p.placement_rate), 1) AS places_par_an
FROM programmes p JOIN occupations o ON o.code = p.occupation
WHERE p.programme_type = 'training'
GROUP BY ALL
ORDER BY entrees_par_an DESC;`,
      en: `-- Programmes by occupation family: yearly intake and expected placed graduates
SELECT p.occupation, o.label_en AS occupation_label,
       count(*) AS programmes,
       sum(p.intake_per_year) AS intake_per_year,
       round(sum(p.intake_per_year * p.completion_rate * p.placement_rate), 1) AS placed_per_year
FROM programmes p JOIN occupations o ON o.code = p.occupation
WHERE p.programme_type = 'training'
GROUP BY ALL
ORDER BY intake_per_year DESC;`
    }
  },
  {
    id: 'observed',
    sql: {
      fr: `-- Effectifs observés face à l’objectif annoncé
SELECT s.name, o.date, o.value AS effectif_observe, o.approximate,
       s.jobs_direct_high AS objectif_annonce,
       round(100.0 * o.value / s.jobs_direct_high, 1) AS pct_objectif
FROM observations o JOIN sites s ON s.id = o.subject_id
WHERE o.subject_type = 'site' AND o.metric = 'headcount'
ORDER BY s.name, o.date;`,
      en: `-- Observed headcounts against the announced target
SELECT s.name, o.date, o.value AS observed_headcount, o.approximate,
       s.jobs_direct_high AS announced_target,
       round(100.0 * o.value / s.jobs_direct_high, 1) AS pct_of_target
FROM observations o JOIN sites s ON s.id = o.subject_id
WHERE o.subject_type = 'site' AND o.metric = 'headcount'
ORDER BY s.name, o.date;`
    }
  },
  {
    id: 'territories',
    sql: {
      fr: `-- Sites par région et département (codes Insee du COG)
SELECT r.name AS region, d.name AS departement, count(s.id) AS sites,
       sum(s.jobs_direct_high) AS emplois_annonces
FROM sites s
JOIN departements d ON d.code = s.departement
JOIN regions r ON r.code = s.region
GROUP BY ALL
ORDER BY emplois_annonces DESC;`,
      en: `-- Sites by région and département (INSEE COG codes)
SELECT r.name AS region, d.name AS departement, count(s.id) AS sites,
       sum(s.jobs_direct_high) AS announced_jobs
FROM sites s
JOIN departements d ON d.code = s.departement
JOIN regions r ON r.code = s.region
GROUP BY ALL
ORDER BY announced_jobs DESC;`
    }
  },
  {
    id: 'synthetic',
    sql: {
      fr: `-- Table synthétique (1,2 million de lignes fictives) : stagiaires par département et année
SELECT departement, year, count(*) AS stagiaires,
       round(avg(CASE WHEN outcome = 'graduated_placed' THEN 1 ELSE 0 END), 3) AS part_placee
FROM trainees_synthetic
GROUP BY departement, year
ORDER BY departement, year;`,
      en: `-- Synthetic table (1.2 million fictional rows): trainees by département and year
SELECT departement, year, count(*) AS trainees,
       round(avg(CASE WHEN outcome = 'graduated_placed' THEN 1 ELSE 0 END), 3) AS share_placed
FROM trainees_synthetic
GROUP BY departement, year
ORDER BY departement, year;`
    }
  },
  {
    id: 'describe',
    sql: { fr: `DESCRIBE programmes;`, en: `DESCRIBE programmes;` }
  }
];
