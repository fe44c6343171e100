/**
 * A researcher's own sites or programmes (CSV or Parquet): DuckDB reads the file, every row is
 * checked against the schema of data/README.md (`schema.ts`, with the same `validateTable` as the
 * build script), every problem is listed with the file, the row, the column, what was expected
 * and what was found, and only then can the valid rows join the scenario, beside or instead of the
 * default rows, flagged as the researcher's data wherever they show.
 *
 * The file is read in one streamed pass, batch by batch: a 200 MB file never sits in the page's
 * memory, the page stays responsive, and progress can be shown.
 *
 * @example
 *   await db.registerFileBuffer('mine.csv', bytes);
 *   const check = await checkUserFile(db, { registered: 'mine.csv', file: 'mine.csv',
 *     format: 'csv', header, refs: referencesOf(dataset) });
 *   check.problems[0].message; // "mine.csv, line 3, column latitude: expected a number ≤ 52, found \"95\""
 */
import type { FileConnector } from './connector.ts';
import { parseCsv } from './csv.ts';
import { quoteIdent, sqlString } from './explorer-sql.ts';
import type { Dataset, ProgrammeRecord, SiteRecord } from './queries.ts';
import { programmes as programmesSpec, sites as sitesSpec, type TableSpec } from './schema.ts';
import {
  validateTable,
  type Problem,
  type References,
  type TypedRow,
  type CellValue
} from './validate.ts';

export type UserTable = 'sites' | 'programmes';
export type UserFormat = 'csv' | 'parquet';
export type MergeMode = 'extend' | 'replace';

export const USER_TABLES: Record<UserTable, TableSpec> = {
  sites: sitesSpec,
  programmes: programmesSpec
};

/**
 * Largest file accepted: 512 MiB. DuckDB reads the file in slices from the browser's `File`, so
 * the page's memory does not grow with it, but a bigger file takes minutes to check on a laptop
 * and is not what a list of sites or programmes looks like; filter it first.
 */
export const MAX_USER_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Most rows of one table that can join a scenario: 5 000. The model projects every site ×
 * occupation × year in the page (and 2 000 Monte Carlo draws of it): the default dataset has 7
 * sites and 8 programmes. A larger file is still checked in full, and can be queried in SQL.
 */
export const MAX_SCENARIO_ROWS = 5000;

/**
 * Problems kept (all are counted): enough to list every problem of any realistic file (the page
 * shows the first ones and offers all of them as a CSV), bounded for a 200 MB file of errors.
 */
export const MAX_PROBLEMS_KEPT = 100_000;

/** Rows checked between two pauses that let the page draw (≈ 10–30 ms of work). */
const SLICE_ROWS = 256;

/** Gives the event loop a turn (the browser draws a frame, handles a click). */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Bytes read from the start of a CSV to find its header and delimiter. */
export const HEAD_BYTES = 64 * 1024;

export type SizeCheck = { ok: true } | { ok: false; bytes: number; limit: number };

export function checkFileSize(bytes: number, limit = MAX_USER_FILE_BYTES): SizeCheck {
  return bytes <= limit ? { ok: true } : { ok: false, bytes, limit };
}

/** CSV or Parquet, from the file's first bytes (Parquet starts with "PAR1"), else its name. */
export function fileFormat(name: string, head?: Uint8Array): UserFormat | null {
  if (head && head.length >= 4 && String.fromCharCode(...head.slice(0, 4)) === 'PAR1') {
    return 'parquet';
  }
  if (/\.parquet$/i.test(name)) return 'parquet';
  if (/\.(csv|txt)$/i.test(name)) return 'csv';
  return null;
}

export interface CsvHead {
  header: string[];
  /** The separator the header line seems to use. */
  delimiter: ',' | ';' | '\t';
  /** Average bytes per line in the sample (to estimate the number of rows). */
  bytesPerLine: number;
}

/**
 * The header of a CSV from its first bytes, and the delimiter it uses. Relève's files are
 * comma-separated (data/README.md); a French spreadsheet often writes semicolons, which is
 * reported rather than guessed around.
 */
export function readCsvHead(text: string, file: string): CsvHead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const end = body.search(/\r?\n/);
  const firstLine = end < 0 ? body : body.slice(0, end);
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const commas = count(',');
  const delimiter = count(';') > commas ? ';' : count('\t') > commas ? '\t' : ',';
  const header = firstLine.trim() === '' ? [] : parseCsv(firstLine, file).header;
  const lines = body.split('\n').length - (body.endsWith('\n') ? 1 : 0);
  const bytesPerLine = new TextEncoder().encode(body).length / Math.max(1, lines);
  return { header, delimiter, bytesPerLine };
}

/** The table a header belongs to, from columns only one of them has. */
export function guessTable(header: readonly string[]): UserTable | null {
  if (header.includes('production_start') || header.includes('jobs_direct_high')) return 'sites';
  if (header.includes('intake_per_year') || header.includes('programme_type')) return 'programmes';
  return null;
}

/** DuckDB reads a Relève CSV strictly as the README describes it, every cell as text. */
export function readCsvSql(registered: string, header: readonly string[]): string {
  const columns = header.map((h) => `${sqlString(h)}: 'VARCHAR'`).join(', ');
  return (
    `read_csv(${sqlString(registered)}, header = true, delim = ',', quote = '"', escape = '"', ` +
    `auto_detect = false, columns = {${columns}})`
  );
}

export function readParquetSql(registered: string): string {
  return `read_parquet(${sqlString(registered)})`;
}

/** Every column as DuckDB's text (exact decimals, ISO dates), for the same checks as a CSV. */
export function textSelect(source: string, columns: readonly string[]): string {
  const cells = columns.map((c) => `CAST(${quoteIdent(c)} AS VARCHAR) AS ${quoteIdent(c)}`);
  return `SELECT ${cells.join(', ')} FROM ${source}`;
}

/** Known values for the foreign-key checks: régions, départements, occupations and sites. */
export function referencesOf(
  dataset: Pick<Dataset, 'regions' | 'departements' | 'occupations' | 'sites'>
): References {
  return new Map([
    ['regions.code', new Set(dataset.regions.map((r) => r.code))],
    ['departements.code', new Set(dataset.departements.map((d) => d.code))],
    ['occupations.code', new Set(dataset.occupations.map((o) => o.code))],
    ['sites.id', new Set(dataset.sites.map((s) => s.id))]
  ]);
}

export interface CheckProgress {
  rowsRead: number;
  /** Exact for Parquet; estimated from the file size for a CSV. */
  rowsTotal: number | null;
}

export interface UserFileCheck {
  file: string;
  table: UserTable;
  format: UserFormat;
  /** 'line' for a CSV (the header is line 1), 'row' for Parquet (first data row is row 1). */
  unit: 'line' | 'row';
  rowsRead: number;
  validCount: number;
  /** The valid rows, typed; null when the file has more than MAX_SCENARIO_ROWS of them. */
  valid: TypedRow[] | null;
  problems: Problem[];
  problemCount: number;
  /** True when the file's structure stopped the reading (the rows after it were not checked). */
  stopped: boolean;
  ms: number;
}

export interface CheckOptions {
  registered: string;
  file: string;
  format: UserFormat;
  /** Forced table; guessed from the columns otherwise. */
  table?: UserTable | null;
  /** A CSV's header (from `readCsvHead`). */
  header?: readonly string[];
  /** Bytes of the file, to estimate a CSV's rows. */
  bytes?: number;
  bytesPerLine?: number;
  refs: References;
  onProgress?: (p: CheckProgress) => void;
  /** Set `cancelled` to stop between two batches. */
  signal?: { cancelled: boolean };
}

export class CheckCancelled extends Error {
  constructor() {
    super('check cancelled');
    this.name = 'CheckCancelled';
  }
}

/** A problem with the whole file (line 0): no such table, unreadable file, wrong separator. */
export function fileProblem(file: string, expected: string, found: string): Problem {
  return {
    file,
    line: 0,
    column: '(file)',
    expected,
    found,
    message: `${file}: expected ${expected}, found ${found}`
  };
}

/** DuckDB's "Error in file … on line N: expected 3 values per row, but got more" as a problem. */
export function structureProblem(file: string, error: string): Problem {
  const m = /on line (\d+): expected (\d+) values per row, but got (\w+)/.exec(error);
  if (m) {
    const found = m[3] === 'more' ? `more than ${m[2]} cells` : `${m[3]} cells`;
    return {
      file,
      line: Number(m[1]),
      column: '(row)',
      expected: `${m[2]} cells`,
      found,
      message: `${file}, line ${m[1]}, column (row): expected ${m[2]} cells, found ${found}`
    };
  }
  const first = error.split('\n')[0].replace(/\s*\(\s*file=.*$/s, '');
  return fileProblem(file, 'a file DuckDB can read', first);
}

function withUnit(p: Problem, unit: 'line' | 'row'): Problem {
  if (unit === 'line' || p.line === 0) return p;
  return { ...p, message: p.message.replace(/, line (\d+)/, ', row $1') };
}

/**
 * Reads and checks a registered file. The header is checked first (a missing or unknown column
 * stops there); then every row, in one streamed pass, with `validateTable`. Keys must be unique
 * across the whole file, not only within a batch.
 */
export async function checkUserFile(db: FileConnector, o: CheckOptions): Promise<UserFileCheck> {
  const t0 = Date.now();
  const unit = o.format === 'csv' ? 'line' : 'row';
  const result = (
    table: UserTable,
    extra: Partial<UserFileCheck> & { problems: Problem[] }
  ): UserFileCheck => ({
    file: o.file,
    table,
    format: o.format,
    unit,
    rowsRead: 0,
    validCount: 0,
    valid: [],
    problemCount: extra.problems.length,
    stopped: false,
    ms: Date.now() - t0,
    ...extra
  });

  // 1. Columns: the CSV's header, or the Parquet file's schema as DuckDB reads it.
  let header: string[];
  let source: string;
  let rowsTotal: number | null = null;
  if (o.format === 'csv') {
    header = [...(o.header ?? [])];
    source = readCsvSql(o.registered, header);
    if (o.bytes && o.bytesPerLine)
      rowsTotal = Math.max(1, Math.round(o.bytes / o.bytesPerLine) - 1);
  } else {
    source = readParquetSql(o.registered);
    try {
      header = [];
      await db.stream(`DESCRIBE SELECT * FROM ${source}`, (b) => {
        for (const r of b.rows) header.push(String(r[0]));
      });
      await db.stream(`SELECT count(*)::BIGINT FROM ${source}`, (b) => {
        rowsTotal = Number(b.rows[0][0]);
      });
    } catch (e) {
      const table = o.table ?? 'sites';
      return result(table, {
        problems: [fileProblem(o.file, 'a Parquet file', (e as Error).message.split('\n')[0])],
        stopped: true
      });
    }
  }
  const table = o.table ?? guessTable(header);
  if (!table) {
    return result('sites', {
      problems: [
        fileProblem(
          o.file,
          'the columns of sites or programmes (data/README.md)',
          header.length ? header.slice(0, 8).join(', ') : 'no header'
        )
      ],
      stopped: true
    });
  }
  const spec = USER_TABLES[table];
  const headerCheck = validateTable(spec, { header, records: [] }, o.file, o.refs);
  if (headerCheck.problems.length) {
    return result(table, { problems: headerCheck.problems, stopped: true });
  }

  // 2. Rows, streamed. Line numbers of a CSV count the line breaks inside quoted cells.
  const problems: Problem[] = [];
  let problemCount = 0;
  let valid: TypedRow[] | null = [];
  let validCount = 0;
  let rowsRead = 0;
  let nextLine = 2;
  const keyColumns = spec.key.split(',');
  const seen = new Map<string, number>();
  const keep = (p: Problem) => {
    problemCount++;
    if (problems.length < MAX_PROBLEMS_KEPT) problems.push(withUnit(p, unit));
  };
  let stopped = false;
  const checkRows = (cellsRows: unknown[][]) => {
    const records = cellsRows.map((cells, i) => {
      const text = cells.map((c) => (c === null || c === undefined ? '' : String(c)));
      let line: number;
      if (unit === 'line') {
        line = nextLine;
        nextLine += 1 + text.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
      } else line = rowsRead + i + 1;
      return { line, cells: text };
    });
    rowsRead += records.length;
    const checked = validateTable(spec, { header, records }, o.file, o.refs);
    for (const p of checked.problems) keep(p);
    // validateTable keeps the valid rows in order: pair them with their lines.
    const badLines = new Set(checked.problems.map((p) => p.line));
    const validLines = records.map((r) => r.line).filter((line) => !badLines.has(line));
    for (const [i, row] of checked.rows.entries()) {
      const line = validLines[i] ?? 0;
      const key = keyColumns.map((k) => String(row[k])).join(' | ');
      const first = seen.get(key);
      if (first !== undefined) {
        const where = unit === 'line' ? `line ${first}` : `row ${first}`;
        keep({
          file: o.file,
          line,
          column: keyColumns[0],
          expected: `a unique ${spec.key} (already on ${where})`,
          found: JSON.stringify(key),
          message: `${o.file}, line ${line}, column ${keyColumns[0]}: expected a unique ${spec.key} (already on ${where}), found ${JSON.stringify(key)}`
        });
        continue;
      }
      seen.set(key, line);
      validCount++;
      if (valid && valid.length < MAX_SCENARIO_ROWS) valid.push(row);
      else valid = null;
    }
  };
  o.onProgress?.({ rowsRead: 0, rowsTotal });
  try {
    await db.stream(textSelect(source, header), async (batch) => {
      // Checked in slices, with a pause between them, so the page keeps drawing frames.
      for (let at = 0; at < batch.rows.length; at += SLICE_ROWS) {
        if (o.signal?.cancelled) throw new CheckCancelled();
        checkRows(batch.rows.slice(at, at + SLICE_ROWS));
        o.onProgress?.({
          rowsRead,
          rowsTotal: rowsTotal === null ? null : Math.max(rowsTotal, rowsRead)
        });
        await pause();
      }
    });
  } catch (e) {
    if (e instanceof CheckCancelled) throw e;
    const message = (e as Error).message;
    if (/cancel/i.test((e as Error).name)) throw new CheckCancelled();
    keep(structureProblem(o.file, message));
    stopped = true;
  }
  // A valid row whose key was found twice later is still counted once: fine for the summary.
  if (validCount > MAX_SCENARIO_ROWS) valid = null;
  return {
    file: o.file,
    table,
    format: o.format,
    unit,
    rowsRead,
    validCount,
    valid: stopped ? [] : valid,
    problems,
    problemCount,
    stopped,
    ms: Date.now() - t0
  };
}

// ——— Typed rows → the records the pages use ———

/** Where a researcher's row comes from (see `SiteRecord.userData`). */
export type UserMark = NonNullable<SiteRecord['userData']>;

const str = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v));
const strOrNull = (v: CellValue | undefined): string | null =>
  v === null || v === undefined ? null : String(v);
const num = (v: CellValue | undefined): number => (typeof v === 'number' ? v : Number(v));
const numOrNull = (v: CellValue | undefined): number | null =>
  v === null || v === undefined ? null : num(v);

export function siteRecord(row: TypedRow, mark: UserMark): SiteRecord {
  const mix = row.occupation_mix;
  return {
    id: str(row.id),
    name: str(row.name),
    operator: str(row.operator),
    activity: str(row.activity),
    commune: str(row.commune),
    communeInsee: str(row.commune_insee),
    departement: str(row.departement),
    region: str(row.region),
    latitude: num(row.latitude),
    longitude: num(row.longitude),
    productionStart: num(row.production_start),
    fullCapacityYear: num(row.full_capacity_year),
    jobsDirectLow: num(row.jobs_direct_low),
    jobsDirectHigh: num(row.jobs_direct_high),
    jobsIndirect: numOrNull(row.jobs_indirect),
    capacityGwh: numOrNull(row.capacity_gwh),
    status: str(row.status) as SiteRecord['status'],
    occupationMix: mix && typeof mix === 'object' ? { ...mix } : null,
    initialTrained: numOrNull(row.initial_trained),
    existingJobs: numOrNull(row.existing_jobs),
    reconversionJobs: numOrNull(row.reconversion_jobs),
    notes: strOrNull(row.notes),
    source: str(row.source),
    sourceTitle: strOrNull(row.source_title),
    sourceDate: str(row.source_date),
    kind: str(row.kind) as SiteRecord['kind'],
    userData: { ...mark }
  };
}

export function programmeRecord(row: TypedRow, mark: UserMark): ProgrammeRecord {
  return {
    id: str(row.id),
    name: str(row.name),
    operator: str(row.operator),
    programmeType: str(row.programme_type) as ProgrammeRecord['programmeType'],
    targetSite: strOrNull(row.target_site),
    targetRegion: strOrNull(row.target_region),
    occupation: str(row.occupation),
    occupationMix:
      row.occupation_mix && typeof row.occupation_mix === 'object'
        ? { ...row.occupation_mix }
        : null,
    intakePerYear: num(row.intake_per_year),
    intakeSource: str(row.intake_source),
    durationYears: num(row.duration_years),
    startYear: num(row.start_year),
    endYear: numOrNull(row.end_year),
    completionRate: num(row.completion_rate),
    completionSource: str(row.completion_source),
    placementRate: num(row.placement_rate),
    placementSource: str(row.placement_source),
    targetShare: numOrNull(row.target_share),
    budgetEur: numOrNull(row.budget_eur),
    peopleTarget: numOrNull(row.people_target),
    internshipsPerYear: numOrNull(row.internships_per_year),
    notes: strOrNull(row.notes),
    source: str(row.source),
    sourceTitle: strOrNull(row.source_title),
    sourceDate: str(row.source_date),
    kind: str(row.kind) as ProgrammeRecord['kind'],
    userData: { ...mark }
  };
}

// ——— The scenario's data: defaults and the researcher's rows ———

export interface UserTableData<T> {
  mode: MergeMode;
  file: string;
  loadedAt: string;
  rows: T[];
}

export interface UserData {
  sites?: UserTableData<SiteRecord>;
  programmes?: UserTableData<ProgrammeRecord>;
}

export interface MergeReport {
  /** Default rows a user row with the same id replaced (extend mode). */
  replaced: { table: UserTable; id: string }[];
  /** Programmes left out because the site they train for is no longer in the scenario. */
  setAside: { id: string; name: string; targetSite: string; userData: boolean }[];
}

function mergeRows<T extends { id: string }>(
  defaults: readonly T[],
  user: UserTableData<T> | undefined,
  table: UserTable,
  report: MergeReport
): T[] {
  if (!user) return [...defaults];
  if (user.mode === 'replace') return [...user.rows];
  const ids = new Set(user.rows.map((r) => r.id));
  for (const d of defaults) if (ids.has(d.id)) report.replaced.push({ table, id: d.id });
  return [...defaults.filter((d) => !ids.has(d.id)), ...user.rows];
}

/**
 * The dataset with the researcher's rows: added to the defaults (a user row with a default row's
 * id takes its place) or instead of them. A programme whose target site is no longer there is
 * set aside (the model would reject it) and reported.
 */
export function mergeUserData(
  base: Dataset,
  user: UserData
): { dataset: Dataset; report: MergeReport } {
  const report: MergeReport = { replaced: [], setAside: [] };
  if (!user.sites && !user.programmes) return { dataset: base, report };
  const sites = mergeRows(base.sites, user.sites, 'sites', report);
  const siteIds = new Set(sites.map((s) => s.id));
  const programmes = mergeRows(base.programmes, user.programmes, 'programmes', report).filter(
    (p) => {
      if (p.targetSite === null || siteIds.has(p.targetSite)) return true;
      report.setAside.push({
        id: p.id,
        name: p.name,
        targetSite: p.targetSite,
        userData: Boolean(p.userData)
      });
      return false;
    }
  );
  return {
    dataset: {
      ...base,
      sites,
      programmes,
      sitePlans: base.sitePlans.filter((p) => siteIds.has(p.siteId)),
      observations: base.observations.filter(
        (o) => o.subjectType !== 'site' || siteIds.has(o.subjectId)
      )
    },
    report
  };
}

/** The words that flag a row as the researcher's, wherever its name shows. */
export const USER_MARK = { fr: 'vos données', en: 'your data' } as const;

/** Names of user rows suffixed with the mark: "Usine test (vos données)". */
export function markUserRows(dataset: Dataset, lang: 'fr' | 'en'): Dataset {
  const mark = <T extends { name: string; userData?: UserMark }>(r: T): T =>
    r.userData ? { ...r, name: `${r.name} (${USER_MARK[lang]})` } : r;
  if (!dataset.sites.some((s) => s.userData) && !dataset.programmes.some((p) => p.userData)) {
    return dataset;
  }
  return { ...dataset, sites: dataset.sites.map(mark), programmes: dataset.programmes.map(mark) };
}

/** A DuckDB view name for a researcher's file: "Mes sites (2).csv" → user_mes_sites_2. */
export function userViewName(file: string, taken: ReadonlySet<string> = new Set()): string {
  const base =
    'user_' +
    (file
      .replace(/\.[^.]+$/, '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40) || 'file');
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base}_${k}`;
  return name;
}

/**
 * Checks a stored `UserData` read back from the browser (IndexedDB can hold anything an older
 * version wrote): returns it when its shape is right, else null.
 */
export function parseStoredUserData(value: unknown): UserData | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const table = (t: unknown, fields: string[]): boolean => {
    if (t === undefined) return true;
    if (!t || typeof t !== 'object') return false;
    const d = t as Record<string, unknown>;
    return (
      (d.mode === 'extend' || d.mode === 'replace') &&
      typeof d.file === 'string' &&
      typeof d.loadedAt === 'string' &&
      Array.isArray(d.rows) &&
      d.rows.every(
        (r) =>
          r &&
          typeof r === 'object' &&
          fields.every((f) => f in (r as object)) &&
          typeof (r as { id: unknown }).id === 'string'
      )
    );
  };
  const siteFields = ['id', 'name', 'region', 'productionStart', 'fullCapacityYear', 'userData'];
  const programmeFields = [
    'id',
    'name',
    'occupation',
    'intakePerYear',
    'programmeType',
    'userData'
  ];
  if (!table(v.sites, siteFields) || !table(v.programmes, programmeFields)) return null;
  const out: UserData = {};
  if (v.sites) out.sites = v.sites as UserTableData<SiteRecord>;
  if (v.programmes) out.programmes = v.programmes as UserTableData<ProgrammeRecord>;
  return out;
}
