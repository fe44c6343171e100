/**
 * Checks rows against a table's schema and turns them into typed values. Every problem names the
 * file, the line, the column, what was expected and what was found, so that a bad row in
 * `data/sites.csv` (or in a researcher's upload) can be fixed without guessing.
 *
 * @example
 *   const { rows, problems } = validateTable(sites, parseCsv(text, 'sites.csv'), 'sites.csv', refs);
 */
import type { Lang } from '../i18n/format.ts';
import { problemText } from '../i18n/messages-research.ts';
import type { CsvTable } from './csv.ts';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH, type ColumnSpec, type TableSpec } from './schema.ts';

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
/** Control characters (tab and line breaks aside) and bidirectional overrides. */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/**
 * Where each région's places lie (degrees, a margin of ≈ 0.3° around the IGN outlines):
 * [latitude min, max, longitude min, max]. A site outside its région's box (swapped latitude and
 * longitude, a site in the sea) is refused.
 */
export const REGION_BOXES: Record<string, readonly [number, number, number, number]> = {
  '01': [15.6, 16.8, -62.0, -60.8],
  '02': [14.2, 15.1, -61.4, -60.6],
  '03': [1.9, 6.0, -54.9, -51.3],
  '04': [-21.6, -20.6, 55.0, 56.0],
  '06': [-13.3, -12.4, 44.8, 45.5],
  '11': [47.9, 49.5, 1.2, 3.8],
  '24': [46.1, 49.2, -0.2, 3.4],
  '27': [45.9, 48.7, 2.5, 7.4],
  '28': [48.0, 50.4, -2.2, 2.1],
  '32': [48.6, 51.3, 1.1, 4.5],
  '44': [47.2, 50.4, 3.1, 8.5],
  '52': [46.0, 48.9, -2.9, 1.2],
  '53': [47.0, 49.0, -5.5, -0.8],
  '75': [42.5, 47.4, -2.0, 2.9],
  '76': [42.0, 45.3, -0.6, 5.1],
  '84': [43.9, 47.0, 1.8, 7.5],
  '93': [42.7, 45.4, 4.0, 7.9],
  '94': [41.1, 43.3, 8.3, 9.8]
};

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
function convert(
  col: ColumnSpec,
  raw: unknown,
  decimalComma = false
): { value: CellValue } | { expected: string } {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    return col.required ? { expected: 'a value (required)' } : { value: null };
  }
  const text = typeof raw === 'string' ? raw.trim() : String(raw);
  const range = (n: number): string | null => {
    if (col.min !== undefined && n < col.min) return `≥ ${col.min}`;
    if (col.max !== undefined && n > col.max) return `≤ ${col.max}`;
    return null;
  };
  if (col.type === 'id' || col.type === 'text' || col.type === 'insee' || col.type === 'enum') {
    const most = col.maxLength ?? (col.type === 'id' ? MAX_ID_LENGTH : MAX_TEXT_LENGTH);
    if (text.length > most) return { expected: `at most ${most} characters` };
    if (HIDDEN.test(text)) return { expected: 'text without control or direction characters' };
  }
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
      // French spreadsheets write "1,5": read as 1.5 when the file is semicolon-separated.
      const plain = decimalComma && /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
      const n = typeof raw === 'number' ? raw : Number(plain);
      if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(plain) || !Number.isFinite(n)) {
        return { expected: col.type === 'number' ? 'a number (dot decimal)' : 'a whole number' };
      }
      if (col.type !== 'number' && !Number.isInteger(n)) return { expected: 'a whole number' };
      const bad = range(n) ?? (Math.abs(n) > 1e15 ? '≤ 1e15' : null);
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
/**
 * The territory of an official statistics row: France is FR, a région or département has its
 * INSEE code (checked against the COG), a bassin or académie has none (its name says which).
 */
function territoryRule(row: TypedRow, refs: References): [string, string, string][] {
  const level = row.territory_level;
  const code = typeof row.territory_code === 'string' ? row.territory_code : null;
  if (level === 'bassin' || level === 'academie') {
    return code
      ? [['territory_code', `no code for a ${level} (its name says which)`, JSON.stringify(code)]]
      : [];
  }
  if (!code) return [['territory_code', `a code for a ${String(level)}`, 'an empty cell']];
  if (level === 'france') return code === 'FR' ? [] : [['territory_code', 'FR for France', code]];
  const table = level === 'region' ? 'regions.code' : 'departements.code';
  const known = refs.get(table);
  return known && !known.has(code)
    ? [['territory_code', `a known ${table}`, JSON.stringify(code)]]
    : [];
}

/**
 * The INSEE communes as references: `communes.code` (the current codes) and
 * `communes.departement` ("62498:62", which département each commune is in).
 */
export function communeReferences(
  communes: readonly { code: string; departement: string }[]
): [string, Set<string>][] {
  return [
    ['communes.code', new Set(communes.map((c) => c.code))],
    ['communes.departement', new Set(communes.map((c) => `${c.code}:${c.departement}`))]
  ];
}

/**
 * A site's commune code exists in the COG and lies in the site's département. Without the list
 * of communes (a caller that did not load it), the code's département part is checked.
 */
function communeRule(
  insee: string,
  dep: string | null,
  refs: References
): [string, string, string][] {
  // The code as found, quoted like every other cell in a problem.
  const found = JSON.stringify(insee);
  const known = refs.get('communes.code');
  if (known && !known.has(insee)) {
    return [['commune_insee', 'a current INSEE commune code (COG)', found]];
  }
  const pairs = refs.get('communes.departement');
  if (dep && pairs && !pairs.has(`${insee}:${dep}`)) {
    return [['commune_insee', `a commune of département ${dep}`, found]];
  }
  if (dep && !pairs && !insee.startsWith(dep.length === 3 ? dep : dep.slice(0, 2))) {
    return [['commune_insee', `a commune code of département ${dep} (starting ${dep})`, found]];
  }
  return [];
}

/** At least one of `columns` holds a figure: a row without any says nothing. */
function someFigure(row: TypedRow, columns: string[]): [string, string, string][] {
  return columns.some((c) => row[c] !== null && row[c] !== undefined)
    ? []
    : [[columns[0], `a figure in one of ${columns.join(', ')}`, 'empty cells']];
}

const rowRules: Record<string, (row: TypedRow, refs: References) => [string, string, string][]> = {
  bmo: (row, refs) => [
    ...territoryRule(row, refs),
    ...someFigure(row, ['projects', 'difficult_share', 'seasonal_share'])
  ],
  replacement(row, refs) {
    const out = [
      ...territoryRule(row, refs),
      ...someFigure(row, ['departures_share', 'positions_to_fill', 'positions_per_year'])
    ];
    if (
      typeof row.period_start === 'number' &&
      typeof row.period_end === 'number' &&
      row.period_end <= row.period_start
    ) {
      out.push([
        'period_end',
        `a year after period_start (${row.period_start})`,
        String(row.period_end)
      ]);
    }
    return out;
  },
  inserjeunes: (row, refs) => territoryRule(row, refs),
  sites(row, refs) {
    const out: [string, string, string][] = [];
    const dep = typeof row.departement === 'string' ? row.departement : null;
    const region = typeof row.region === 'string' ? row.region : null;
    const pairs = refs.get('departements.region');
    if (dep && region && pairs && !pairs.has(`${dep}:${region}`)) {
      out.push(['departement', `a département of région ${region}`, dep]);
    }
    const insee = typeof row.commune_insee === 'string' ? row.commune_insee : null;
    if (insee) out.push(...communeRule(insee, dep, refs));
    const box = region ? REGION_BOXES[region] : undefined;
    if (box && typeof row.latitude === 'number' && typeof row.longitude === 'number') {
      const [la0, la1, lo0, lo1] = box;
      if (row.latitude < la0 || row.latitude > la1 || row.longitude < lo0 || row.longitude > lo1) {
        out.push([
          'latitude',
          `a place in région ${region} (latitude ${la0} to ${la1}, longitude ${lo0} to ${lo1}; latitude and longitude swapped?)`,
          `${row.latitude}, ${row.longitude}`
        ]);
      }
    }
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
  refs: References = new Map(),
  options: { decimalComma?: boolean; uniqueNames?: boolean } = {}
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
  const seenNames = new Map<string, number>();
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
      const result = convert(col, raw, options.decimalComma);
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
      // Two rows with the same name cannot be told apart on the pages.
      if (
        firstLine === undefined &&
        options.uniqueNames !== false &&
        typeof row.name === 'string'
      ) {
        const name = row.name.toLocaleLowerCase('fr');
        const first = seenNames.get(name);
        if (first !== undefined)
          add('name', `a unique name (already on line ${first})`, show(row.name));
        else seenNames.set(name, record.line);
      }
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

/** A problem's expected or found text in the reader's language (the upload's own texts first). */
export function uploadText(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const rules: [RegExp, string][] = [
    [/^one of the columns of (.+)$/, 'une des colonnes de la table $1'],
    [/^at most (\d+) characters$/, 'au plus $1 caractères'],
    [
      /^text without control or direction characters$/,
      'un texte sans caractère de contrôle ni de sens d’écriture'
    ],
    [/^a département of région (.+)$/, 'un département de la région $1'],
    [/^a current INSEE commune code \(COG\)$/, 'un code de commune Insee en vigueur (COG)'],
    [/^a commune of département (.+)$/, 'une commune du département $1'],
    [
      /^a commune code of département (.+) \(starting (.+)\)$/,
      'un code de commune du département $1 (commençant par $2)'
    ],
    [
      /^a place in région (.+) \(latitude (.+) to (.+), longitude (.+) to (.+); latitude and longitude swapped\?\)$/,
      'un lieu de la région $1 (latitude de $2 à $3, longitude de $4 à $5 ; latitude et longitude inversées ?)'
    ],
    [/^a unique name \(already on line (\d+)\)$/, 'un nom unique (déjà ligne $1)'],
    [/^a unique name \(already on row (\d+)\)$/, 'un nom unique (déjà enregistrement $1)'],
    [/^≤ (.+)$/, '≤ $1'],
    [/^each column once$/, 'chaque colonne une seule fois'],
    [/^twice$/, 'deux fois'],
    [/^a name for every column$/, 'un nom pour chaque colonne'],
    [/^an empty name$/, 'un nom vide'],
    [/^a text file saved as UTF-8$/, 'un fichier texte enregistré en UTF-8'],
    [/^bytes that are not UTF-8$/, 'des octets qui ne sont pas de l’UTF-8'],
    [/^a text file \(CSV saved as UTF-8\)$/, 'un fichier texte (CSV enregistré en UTF-8)'],
    [/^binary data$/, 'des données binaires (pas du texte)'],
    [/^a header row$/, 'une ligne d’en-tête'],
    [/^an empty file$/, 'un fichier vide'],
    [/^a \.csv or \.parquet file$/, 'un fichier .csv ou .parquet'],
    [/^a file of at most (.+)$/, 'un fichier d’au plus $1'],
    [/^quotes only around a whole cell$/, 'des guillemets seulement autour d’une cellule entière'],
    [/^a quote inside an unquoted field$/, 'un guillemet au milieu d’une cellule sans guillemets'],
    [/^text after a closing quote$/, 'du texte après un guillemet fermant'],
    [/^a quoted field is never closed$/, 'un guillemet jamais refermé'],
    [/^a check that ends within (.+)$/, 'une vérification de moins de $1'],
    [/^a check still running$/, 'une vérification encore en cours'],
    [
      /^a damaged file, or not Parquet \(the engine said: (.*)\)$/,
      'un fichier abîmé, ou pas du Parquet (message du moteur DuckDB\u00a0: $1)'
    ],
    [/^the engine said: (.*)$/, 'erreur inconnue (message du moteur DuckDB\u00a0: $1)'],
    [
      /^a mode \(extend or replace\) and a file name$/,
      'un mode (ajout ou remplacement) et un nom de fichier'
    ],
    [/^saved rows$/, 'des lignes enregistrées']
  ];
  for (const [re, to] of rules) {
    if (re.test(text)) return text.replace(re, to);
  }
  return problemText(text, lang);
}
