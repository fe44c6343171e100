/**
 * Checks rows against a table's schema and turns them into typed values. Every problem names the
 * file, the line, the column, what was expected and what was found, so that a bad row in
 * `data/sites.csv` (or in a researcher's upload) can be fixed without guessing.
 *
 * @example
 *   const { rows, problems } = validateTable(sites, parseCsv(text, 'sites.csv'), 'sites.csv', refs);
 */
import type { CsvTable } from './csv.ts';
import type { ColumnSpec, TableSpec } from './schema.ts';

export type CellValue = string | number | boolean | null | Record<string, number>;
export type TypedRow = Record<string, CellValue>;

export interface Problem {
  file: string;
  /** 1-based line in the file (header = line 1), or 0 for a problem with the whole file. */
  line: number;
  column: string;
  expected: string;
  found: string;
  message: string;
}

/** Known values of other tables, keyed `table.column`, for foreign-key checks. */
export type References = Map<string, Set<string>>;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function show(raw: unknown): string {
  if (raw === null || raw === undefined || raw === '') return 'an empty cell';
  const s = String(raw);
  return JSON.stringify(s.length > 60 ? s.slice(0, 57) + '…' : s);
}

function isValidDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Parses an occupation mix "operator:0.6;technician:0.4". Returns an error text or the map. */
export function parseMix(text: string): Record<string, number> | string {
  const mix: Record<string, number> = {};
  for (const part of text.split(';')) {
    const [code, share, extra] = part.split(':').map((s) => s.trim());
    if (extra !== undefined || !code || share === undefined || share === '') {
      return `"code:share" pairs separated by ";" (bad pair ${JSON.stringify(part)})`;
    }
    const value = Number(share);
    if (!Number.isFinite(value) || value < 0 || value > 1) {
      return `a share between 0 and 1 for ${code} (found ${JSON.stringify(share)})`;
    }
    if (code in mix) return `each occupation once (${code} appears twice)`;
    mix[code] = value;
  }
  const total = Object.values(mix).reduce((a, b) => a + b, 0);
  if (Math.abs(total - 1) > 1e-6) return `shares summing to 1 (they sum to ${+total.toFixed(6)})`;
  return mix;
}

/** Converts one cell; returns the typed value, or a problem text (expected …). */
function convert(col: ColumnSpec, raw: unknown): { value: CellValue } | { expected: string } {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    return col.required ? { expected: 'a value (required)' } : { value: null };
  }
  const text = typeof raw === 'string' ? raw.trim() : String(raw);
  const range = (n: number): string | null => {
    if (col.min !== undefined && n < col.min) return `≥ ${col.min}`;
    if (col.max !== undefined && n > col.max) return `≤ ${col.max}`;
    return null;
  };
  switch (col.type) {
    case 'id':
      return ID.test(text) ? { value: text } : { expected: 'a lower-case id like "aesc-douai"' };
    case 'text':
      if (col.pattern && !col.pattern.test(text))
        return { expected: `text matching ${col.pattern}` };
      return { value: text };
    case 'insee':
      return col.pattern && !col.pattern.test(text)
        ? { expected: `an INSEE code matching ${col.pattern}` }
        : { value: text };
    case 'enum':
      return col.values?.includes(text)
        ? { value: text }
        : { expected: `one of ${col.values?.join(', ')}` };
    case 'date':
      return isValidDate(text) ? { value: text } : { expected: 'a date YYYY-MM-DD' };
    case 'integer':
    case 'year':
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(text);
      if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text) || !Number.isFinite(n)) {
        return { expected: col.type === 'number' ? 'a number (dot decimal)' : 'a whole number' };
      }
      if (col.type !== 'number' && !Number.isInteger(n)) return { expected: 'a whole number' };
      const bad = range(n);
      return bad ? { expected: `a number ${bad}` } : { value: n };
    }
    case 'mix': {
      const mix = parseMix(text);
      return typeof mix === 'string' ? { expected: mix } : { value: mix };
    }
  }
}

/**
 * One cell checked against its column of `spec` (type and bounds), for readers of already-built
 * files (Parquet) that must hold the same values as the CSV: the one place the bounds live is
 * the schema.
 */
export function checkCell(
  spec: TableSpec,
  column: string,
  raw: unknown
): { value: CellValue } | { expected: string } {
  const col = spec.columns.find((c) => c.name === column);
  if (!col) return { expected: `a column of ${spec.name}` };
  return convert(col, raw);
}

function checkReference(col: ColumnSpec, value: string, refs: References): string | null {
  if (!col.references) return null;
  const known = refs.get(col.references);
  if (!known || known.has(value)) return null;
  return `a known ${col.references}`;
}

/** Cross-column rules of each table (beyond one cell's type). */
const rowRules: Record<string, (row: TypedRow, refs: References) => [string, string, string][]> = {
  sites(row) {
    const out: [string, string, string][] = [];
    if (
      typeof row.production_start === 'number' &&
      typeof row.full_capacity_year === 'number' &&
      row.full_capacity_year <= row.production_start
    ) {
      out.push([
        'full_capacity_year',
        `a year after production_start (${row.production_start})`,
        String(row.full_capacity_year)
      ]);
    }
    if (
      typeof row.jobs_direct_low === 'number' &&
      typeof row.jobs_direct_high === 'number' &&
      row.jobs_direct_high < row.jobs_direct_low
    ) {
      out.push([
        'jobs_direct_high',
        `≥ jobs_direct_low (${row.jobs_direct_low})`,
        String(row.jobs_direct_high)
      ]);
    }
    if (typeof row.reconversion_jobs === 'number') {
      if (typeof row.existing_jobs !== 'number') {
        out.push([
          'reconversion_jobs',
          'an existing_jobs value (reconversions are posts of the existing workforce)',
          String(row.reconversion_jobs)
        ]);
      } else if (row.reconversion_jobs > row.existing_jobs) {
        out.push([
          'reconversion_jobs',
          `≤ existing_jobs (${row.existing_jobs})`,
          String(row.reconversion_jobs)
        ]);
      }
    }
    return out;
  },
  site_plans(row) {
    return typeof row.jobs_low === 'number' &&
      typeof row.jobs_high === 'number' &&
      row.jobs_high < row.jobs_low
      ? [['jobs_high', `≥ jobs_low (${row.jobs_low})`, String(row.jobs_high)]]
      : [];
  },
  programmes(row) {
    const out: [string, string, string][] = [];
    const hasSite = row.target_site !== null && row.target_site !== undefined;
    const hasRegion = row.target_region !== null && row.target_region !== undefined;
    if (row.programme_type === 'training' && hasSite === hasRegion) {
      out.push([
        'target_site',
        'exactly one of target_site or target_region',
        hasSite ? 'both' : 'neither'
      ]);
    }
    if (
      typeof row.end_year === 'number' &&
      typeof row.start_year === 'number' &&
      row.end_year < row.start_year
    ) {
      out.push(['end_year', `≥ start_year (${row.start_year})`, String(row.end_year)]);
    }
    const mix = row.occupation_mix;
    if (
      mix &&
      typeof mix === 'object' &&
      typeof row.occupation === 'string' &&
      !(row.occupation in mix)
    ) {
      out.push([
        'occupation_mix',
        `a mix that includes the row's occupation (${row.occupation})`,
        Object.keys(mix).join(';')
      ]);
    }
    return out;
  },
  observations(row, refs) {
    const table = row.subject_type === 'site' ? 'sites.id' : 'programmes.id';
    const known = refs.get(table);
    if (typeof row.subject_id === 'string' && known && !known.has(row.subject_id)) {
      return [['subject_id', `a known ${table}`, row.subject_id]];
    }
    return [];
  }
};

export interface ValidationResult {
  rows: TypedRow[];
  problems: Problem[];
}

/**
 * Validates a parsed CSV table. Valid rows are returned typed; a row with any problem is left
 * out of `rows` and every problem is listed.
 */
export function validateTable(
  spec: TableSpec,
  table: CsvTable,
  file: string,
  refs: References = new Map()
): ValidationResult {
  const problems: Problem[] = [];
  const expectedHeader = spec.columns.map((c) => c.name);
  const missing = expectedHeader.filter((c) => !table.header.includes(c));
  const unknown = table.header.filter((c) => !expectedHeader.includes(c));
  for (const column of missing.filter((c) => spec.columns.find((s) => s.name === c)?.required)) {
    problems.push({
      file,
      line: 1,
      column,
      expected: `a column named ${column}`,
      found: 'no such column',
      message: `${file}, line 1: missing required column "${column}"`
    });
  }
  for (const column of unknown) {
    problems.push({
      file,
      line: 1,
      column,
      expected: `one of the columns of ${spec.name}`,
      found: show(column),
      message: `${file}, line 1: unknown column "${column}" (the ${spec.name} table has ${expectedHeader.join(', ')})`
    });
  }
  if (problems.length) return { rows: [], problems };

  const index = new Map(table.header.map((name, i) => [name, i]));
  const keyColumns = spec.key.split(',');
  const seenKeys = new Map<string, number>();
  const rows: TypedRow[] = [];

  for (const record of table.records) {
    const rowProblems: Problem[] = [];
    const add = (column: string, expected: string, found: string) =>
      rowProblems.push({
        file,
        line: record.line,
        column,
        expected,
        found,
        message: `${file}, line ${record.line}, column ${column}: expected ${expected}, found ${found}`
      });
    if (record.cells.length !== table.header.length) {
      add('(row)', `${table.header.length} cells`, `${record.cells.length} cells`);
      problems.push(...rowProblems);
      continue;
    }
    const row: TypedRow = {};
    for (const col of spec.columns) {
      const i = index.get(col.name);
      const raw = i === undefined ? '' : record.cells[i];
      const result = convert(col, raw);
      if ('expected' in result) {
        add(col.name, result.expected, show(raw));
        continue;
      }
      row[col.name] = result.value;
      if (typeof result.value === 'string') {
        const bad = checkReference(col, result.value, refs);
        if (bad) add(col.name, bad, show(result.value));
      }
      if (col.type === 'mix' && result.value && typeof result.value === 'object') {
        const known = refs.get('occupations.code');
        for (const code of Object.keys(result.value)) {
          if (known && !known.has(code))
            add(col.name, 'known occupations.code in the mix', show(code));
        }
      }
    }
    if (rowProblems.length === 0) {
      for (const [column, expected, found] of rowRules[spec.name]?.(row, refs) ?? []) {
        add(column, expected, found);
      }
      const key = keyColumns.map((k) => String(row[k])).join(' | ');
      const firstLine = seenKeys.get(key);
      if (firstLine !== undefined) {
        add(keyColumns[0], `a unique ${spec.key} (already on line ${firstLine})`, show(key));
      } else seenKeys.set(key, record.line);
    }
    if (rowProblems.length) problems.push(...rowProblems);
    else rows.push(row);
  }
  return { rows, problems };
}

/** Values of each column that other tables reference, for the next tables' checks. */
export function collectReferences(spec: TableSpec, rows: TypedRow[], refs: References): void {
  const keyColumn = spec.key.includes(',') ? null : spec.key;
  if (!keyColumn) return;
  refs.set(`${spec.name}.${keyColumn}`, new Set(rows.map((r) => String(r[keyColumn]))));
}
