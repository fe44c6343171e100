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
import { CsvSyntaxError, eachCsvRecord, parseCsv } from './csv.ts';
import { quoteIdent, sqlString } from './explorer-sql.ts';
import type { Dataset, ProgrammeRecord, SiteRecord } from './queries.ts';
import { programmes as programmesSpec, sites as sitesSpec, type TableSpec } from './schema.ts';
import {
  communeReferences,
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
    // "59:32": which région each département is in (built from @etalab/decoupage-administratif).
    ['departements.region', new Set(dataset.departements.map((d) => `${d.code}:${d.region}`))],
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
  /** The line each data record starts on (from `eachCsvRecord`): exact despite blank lines. */
  lines?: ArrayLike<number>;
  /** Cells like "1,5" read as 1.5 (a semicolon-separated file from a French spreadsheet). */
  decimalComma?: boolean;
  /** Two rows with the same name are refused (they cannot be told apart on the pages). */
  uniqueNames?: boolean;
}

type CommuneList = { code: string; departement: string }[];
/** Read once per engine: a second upload or a second added site does not read it again. */
const communeLists = new WeakMap<FileConnector, Promise<CommuneList>>();

async function readCommunes(db: FileConnector): Promise<CommuneList> {
  const communes: CommuneList = [];
  await db.useTable('communes');
  await db.stream('SELECT code, departement FROM communes', (b) => {
    for (const r of b.rows) communes.push({ code: String(r[0]), departement: String(r[1]) });
  });
  return communes;
}

/**
 * Adds the current INSEE communes (the app's `communes` table, from the COG) to `refs`, so that a
 * site's commune code is checked against the list and its département. If the table cannot be
 * read, the département part of the code is still checked (see validate.ts).
 */
export async function addCommuneReferences(db: FileConnector, refs: References): Promise<void> {
  if (refs.has('communes.code')) return;
  let list = communeLists.get(db);
  if (!list) {
    list = readCommunes(db);
    communeLists.set(db, list);
  }
  let communes: CommuneList;
  try {
    communes = await list;
  } catch {
    communeLists.delete(db); // a later check tries again
    return;
  }
  if (communes.length) for (const [key, known] of communeReferences(communes)) refs.set(key, known);
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

/**
 * A header as a message may quote it: its first cells, or « no header », or — where the first
 * line holds control characters or bytes that are not text (a binary file named .csv) — a plain
 * « bytes that are not text » rather than the bytes themselves.
 */
export function headerFound(header: readonly string[]): string {
  if (!header.length) return 'no header';
  const text = header.slice(0, 8).join(', ');
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/.test(text) ? 'bytes that are not text' : text;
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
        problems: [engineProblem(o.file, o.registered, (e as Error).message, 'a Parquet file')],
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
          headerFound(header)
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

  if (table === 'sites') await addCommuneReferences(db, o.refs);

  // 2. Rows, streamed. Line numbers of a CSV count the line breaks inside quoted cells.
  const problems: Problem[] = [];
  let problemCount = 0;
  let valid: TypedRow[] | null = [];
  let validCount = 0;
  let rowsRead = 0;
  let nextLine = 2;
  const keyColumns = spec.key.split(',');
  const seen = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const keep = (p: Problem) => {
    problemCount++;
    if (problems.length < MAX_PROBLEMS_KEPT) problems.push(withUnit(p, unit));
  };
  let stopped = false;
  const checkRows = (cellsRows: unknown[][]) => {
    const records = cellsRows.map((cells, i) => {
      const text = cells.map((c) => (c === null || c === undefined ? '' : String(c)));
      let line: number;
      if (o.lines) line = o.lines[rowsRead + i] ?? 0;
      else if (unit === 'line') {
        line = nextLine;
        nextLine += 1 + text.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
      } else line = rowsRead + i + 1;
      return { line, cells: text };
    });
    rowsRead += records.length;
    const checked = validateTable(spec, { header, records }, o.file, o.refs, {
      decimalComma: o.decimalComma,
      uniqueNames: o.uniqueNames ?? false
    });
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
      if (o.uniqueNames && typeof row.name === 'string') {
        const name = row.name.toLocaleLowerCase('fr');
        const firstName = seenNames.get(name);
        if (firstName !== undefined) {
          const where = unit === 'line' ? `line ${firstName}` : `row ${firstName}`;
          const found = JSON.stringify(row.name);
          keep({
            file: o.file,
            line,
            column: 'name',
            expected: `a unique name (already on ${where})`,
            found,
            message: `${o.file}, line ${line}, column name: expected a unique name (already on ${where}), found ${found}`
          });
          continue;
        }
        seenNames.set(name, line);
      }
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
    const p = structureProblem(o.file, message);
    const expected = o.format === 'parquet' ? 'a Parquet file' : 'a file DuckDB can read';
    keep(p.line === 0 ? engineProblem(o.file, o.registered, message, expected) : p);
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

/**
 * Stored rows read back (IndexedDB can hold anything an older version wrote, or a hand edit):
 * every row goes through the same checks as an uploaded file's (`validateTable`, the schema's
 * types and bounds); a bad row is set aside with the reason, the others are kept. A table whose
 * mode or file is unreadable is set aside whole; an unreadable `loadedAt` is replaced by `now`.
 */
export function readStoredUserData(
  value: unknown,
  now = new Date().toISOString()
): { data: UserData | null; setAside: Problem[] } {
  const setAside: Problem[] = [];
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { data: null, setAside: [fileProblem('stored', 'saved rows', typeof value)] };
  }
  const v = value as Record<string, unknown>;
  const out: UserData = {};
  for (const table of ['sites', 'programmes'] as const) {
    const t = v[table];
    if (t === undefined) continue;
    const where = `stored ${table}`;
    const d = (t && typeof t === 'object' ? t : {}) as Record<string, unknown>;
    if ((d.mode !== 'extend' && d.mode !== 'replace') || typeof d.file !== 'string') {
      setAside.push(fileProblem(where, 'a mode (extend or replace) and a file name', 'neither'));
      continue;
    }
    const loadedAt =
      typeof d.loadedAt === 'string' && Number.isFinite(Date.parse(d.loadedAt)) ? d.loadedAt : now;
    const rows = Array.isArray(d.rows) ? d.rows : [];
    const spec = USER_TABLES[table];
    const header = spec.columns.map((c) => c.name);
    const records = rows.map((r, i) => ({ line: i + 1, cells: storedCells(spec, r) }));
    const checked = validateTable(spec, { header, records }, where, new Map(), {
      uniqueNames: true
    });
    for (const p of checked.problems) {
      setAside.push({ ...p, message: p.message.replace(/, line (\d+)/, ', row $1') });
    }
    const mark = { file: d.file.slice(0, 300), loadedAt };
    const good = checked.rows.map((row) =>
      table === 'sites' ? siteRecord(row, mark) : programmeRecord(row, mark)
    );
    if (table === 'sites')
      out.sites = { mode: d.mode, file: mark.file, loadedAt, rows: good as SiteRecord[] };
    else
      out.programmes = { mode: d.mode, file: mark.file, loadedAt, rows: good as ProgrammeRecord[] };
  }
  return { data: out, setAside };
}

/** A stored record's fields as the cells of a CSV row of `spec` (camelCase → column). */
function storedCells(spec: TableSpec, record: unknown): string[] {
  const r = (record && typeof record === 'object' ? record : {}) as Record<string, unknown>;
  return spec.columns.map((c) => {
    const value = r[c.name.replace(/_([a-z])/g, (_m, x: string) => x.toUpperCase())];
    if (value === null || value === undefined) return '';
    if (c.type === 'mix' && typeof value === 'object') {
      return Object.entries(value as Record<string, unknown>)
        .map(([k, n]) => `${k}:${String(n)}`)
        .join(';');
    }
    if (typeof value === 'object') return '[object]';
    return String(value);
  });
}

// ——— One entry point for an uploaded file: decode, read, check, bounded in time ———

export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

/**
 * A text file's bytes as users produce them: UTF-8 with or without BOM, UTF-16 (BOM, or the
 * zero bytes of ASCII text), else Windows-1252 (Latin-1 as Excel writes it). `binary` when the
 * result is not text (zero or many control characters).
 */
export function decodeText(bytes: Uint8Array): {
  text: string;
  encoding: TextEncodingName;
  binary: boolean;
} {
  let encoding: TextEncodingName;
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [encoding, start] = ['UTF-8', 3];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['UTF-16LE', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['UTF-16BE', 2];
  else {
    const n = Math.min(bytes.length, 4096);
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < n; i += 2) if (bytes[i] === 0) evenZeros++;
    for (let i = 1; i < n; i += 2) if (bytes[i] === 0) oddZeros++;
    if (n >= 4 && oddZeros > n * 0.4 && evenZeros === 0) encoding = 'UTF-16LE';
    else if (n >= 4 && evenZeros > n * 0.4 && oddZeros === 0) encoding = 'UTF-16BE';
    else {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        encoding = 'UTF-8';
      } catch {
        encoding = 'Windows-1252';
      }
    }
  }
  const label = encoding === 'Windows-1252' ? 'windows-1252' : encoding.toLowerCase();
  const text = new TextDecoder(label).decode(bytes.subarray(start));
  let controls = 0;
  for (let i = 0; i < Math.min(text.length, 65536); i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) controls++;
  }
  return { text, encoding, binary: controls > Math.max(8, Math.min(text.length, 65536) * 0.01) };
}

/**
 * The separator of a header line: the one whose cells are most often Relève column names
 * (a semicolon header with a comma inside a quoted name is still semicolon), else the most
 * frequent of comma, semicolon and tab outside quotes.
 */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  const known = new Set([...sitesSpec.columns, ...programmesSpec.columns].map((c) => c.name));
  let best: ',' | ';' | '\t' = ',';
  let bestScore = -1;
  for (const d of [',', ';', '\t'] as const) {
    const parts = headerLine.replace(/"[^"]*"/g, 'x').split(d);
    const score =
      parts.filter((h) => known.has(h.trim().replace(/^"|"$/g, ''))).length * 1000 +
      parts.length -
      1;
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/** Longest a check may run before it stops with a message (a file of 512 MB takes ≈ 1 min). */
export const UPLOAD_TIMEOUT_MS = 180_000;

export interface UploadOptions {
  /** The file's name, as the user knows it (messages name it). */
  file: string;
  bytes: Uint8Array;
  table?: UserTable | null;
  refs: References;
  signal?: { cancelled: boolean };
  onProgress?: (p: CheckProgress) => void;
  timeoutMs?: number;
}

export interface UploadCheck extends UserFileCheck {
  /** The name the engine reads the (normalised) file under, for the SQL view; null if none. */
  registered: string | null;
  header: string[];
  /** How a CSV's text was read, and its separator. */
  encoding: TextEncodingName | null;
  delimiter: ',' | ';' | '\t' | null;
}

let uploadCounter = 0;

const quoteCell = (c: string) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

/**
 * Checks an uploaded file from its bytes: the one door the explorer and the fuzz tests use.
 * Never throws except `CheckCancelled`: every failure is a problem naming the file (and the real
 * line and column where there is one). A CSV is decoded (see `decodeText`), its separator found,
 * its structure read in JS (real line numbers, blank lines counted), then handed to DuckDB as
 * UTF-8, comma-separated, for the row checks of `checkUserFile`.
 */
export async function checkUpload(db: FileConnector, o: UploadOptions): Promise<UploadCheck> {
  const t0 = Date.now();
  const signal = o.signal ?? { cancelled: false };
  const stop = (problems: Problem[], extra: Partial<UploadCheck> = {}): UploadCheck => ({
    file: o.file,
    table: o.table ?? 'sites',
    format: 'csv',
    unit: 'line',
    rowsRead: 0,
    validCount: 0,
    valid: [],
    problems,
    problemCount: problems.length,
    stopped: true,
    ms: Date.now() - t0,
    registered: null,
    header: [],
    encoding: null,
    delimiter: null,
    ...extra
  });
  const size = checkFileSize(o.bytes.length);
  if (!size.ok) {
    const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
    return stop([fileProblem(o.file, `a file of at most ${mb(size.limit)}`, mb(size.bytes))]);
  }
  if (o.bytes.length === 0) return stop([fileProblem(o.file, 'a header row', 'an empty file')]);
  const format = fileFormat(o.file, o.bytes.subarray(0, 4));
  if (!format) {
    return stop([fileProblem(o.file, 'a .csv or .parquet file', JSON.stringify(o.file))]);
  }
  const id = ++uploadCounter;
  let registered: string;
  let header: string[] = [];
  let lines: number[] | undefined;
  let encoding: TextEncodingName | null = null;
  let delimiter: ',' | ';' | '\t' | null = null;
  if (format === 'parquet') {
    registered = `upload-${id}.parquet`;
    await db.registerFileBuffer(registered, o.bytes);
  } else {
    const decoded = decodeText(o.bytes);
    encoding = decoded.encoding;
    const base = { format, encoding } as const;
    if (decoded.binary) {
      return stop([fileProblem(o.file, 'a text file (CSV saved as UTF-8)', 'binary data')], base);
    }
    const text = decoded.text;
    const firstLine = text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .find((l) => l.trim() !== '');
    if (firstLine === undefined) {
      return stop([fileProblem(o.file, 'a header row', 'an empty file')], base);
    }
    delimiter = detectDelimiter(firstLine);
    const out: string[] = [];
    lines = [];
    let problem: Problem | null = null;
    try {
      eachCsvRecord(text, o.file, delimiter, (r) => {
        if (out.length === 0) {
          header = r.cells.map((h) => h.trim());
          // A column without a name (e.g. a stray separator in the header) is named by its place.
          const unnamed = header.indexOf('');
          if (unnamed >= 0 && header.length > 1) {
            const column = String(unnamed + 1);
            problem = cellProblem(
              o.file,
              r.line,
              column,
              'a name for every column',
              'an empty name'
            );
            return false;
          }
          const twice = header.find((h, i) => header.indexOf(h) !== i);
          if (twice !== undefined) {
            problem = cellProblem(o.file, r.line, twice, 'each column once', 'twice');
            return false;
          }
        } else if (r.cells.length !== header.length) {
          const found =
            r.cells.length > header.length
              ? `more than ${header.length} cells`
              : `${r.cells.length} cells`;
          problem = cellProblem(o.file, r.line, '(row)', `${header.length} cells`, found);
          return false;
        } else lines!.push(r.line);
        out.push(r.cells.map(quoteCell).join(','));
      });
    } catch (e) {
      if (!(e instanceof CsvSyntaxError)) throw e;
      const detail = e.message.replace(/^.*?, line \d+: /, '');
      problem = cellProblem(o.file, e.line, '(row)', 'quotes only around a whole cell', detail);
    }
    if (problem) return stop([problem], { ...base, header, delimiter });
    registered = `upload-${id}.csv`;
    await db.registerFileBuffer(registered, new TextEncoder().encode(out.join('\n') + '\n'));
  }
  const ms = o.timeoutMs ?? UPLOAD_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      signal.cancelled = true;
      resolve('timeout');
    }, ms);
  });
  try {
    const check = await Promise.race([
      checkUserFile(db, {
        registered,
        file: o.file,
        format,
        table: o.table,
        header: format === 'csv' ? header : undefined,
        lines,
        decimalComma: delimiter === ';',
        uniqueNames: true,
        refs: o.refs,
        onProgress: o.onProgress,
        signal
      }).catch((e: unknown) => {
        // A time-out cancels the check: that is not the user's cancel.
        if (e instanceof CheckCancelled && timedOut) return 'timeout' as const;
        throw e;
      }),
      timeout
    ]);
    if (check === 'timeout') {
      return stop(
        [fileProblem(o.file, `a check that ends within ${ms / 1000} s`, 'a check still running')],
        { format, encoding, delimiter, header }
      );
    }
    if (check.stopped) await db.dropFile(registered).catch(() => {});
    return {
      ...check,
      registered: check.stopped ? null : registered,
      header: format === 'csv' ? header : [],
      encoding,
      delimiter
    };
  } catch (e) {
    await db.dropFile(registered).catch(() => {});
    if (e instanceof CheckCancelled) throw e;
    return stop(
      [
        engineProblem(
          o.file,
          registered,
          String((e as Error)?.message ?? e),
          'a file DuckDB can read'
        )
      ],
      {
        format,
        encoding,
        delimiter,
        header
      }
    );
  } finally {
    clearTimeout(timer);
  }
}

function cellProblem(
  file: string,
  line: number,
  column: string,
  expected: string,
  found: string
): Problem {
  return {
    file,
    line,
    column,
    expected,
    found,
    message: `${file}, line ${line}, column ${column}: expected ${expected}, found ${found}`
  };
}

/** Marks the engine's own words in a problem: `found` of an error no rule below knows. */
export const ENGINE_TEXT = 'the engine said: ';

/**
 * An error of the engine as a problem in words a user can act on: known DuckDB errors mapped,
 * others a generic sentence plus the engine's first line, labelled, without internal paths.
 */
export function engineProblem(
  file: string,
  registered: string,
  error: string,
  expected: string
): Problem {
  const first = error
    .split('\n')[0]
    .split(registered)
    .join(file)
    .replace(/\b(?:user|upload)[/-]\d+[-.][^\s'")]*/g, file)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '?')
    .slice(0, 200);
  const dup = /Duplicate (?:struct entry|column) name "?([^"\s]+)"?/i.exec(error);
  if (dup) return cellProblem(file, 1, dup[1], 'each column once', 'twice');
  if (/Invalid unicode|byte sequence mismatch|invalid UTF-8/i.test(error)) {
    return fileProblem(file, 'a text file saved as UTF-8', 'bytes that are not UTF-8');
  }
  // Any failure to read a Parquet file: damaged, truncated, or not Parquet at all.
  if (expected === 'a Parquet file' || /parquet|don't know what type|magic bytes/i.test(error)) {
    return fileProblem(
      file,
      'a Parquet file',
      `a damaged file, or not Parquet (${ENGINE_TEXT}${first})`
    );
  }
  return fileProblem(file, expected, `${ENGINE_TEXT}${first}`);
}
