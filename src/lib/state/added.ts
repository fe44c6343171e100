/**
 * Training programmes a planner adds in the workbench (« Ajouter une formation »): part of the
 * scenario, so they live in the link, one parameter each, and in the saved scenarios (which are
 * links). Each one is a row of the `programmes` table and goes through the very checks of an
 * uploaded row (`validateTable` with the schema's bounds, data/README.md): the form, the link
 * decoder and the dataset step (`restrictAdded`) all call `checkAddedCells`, so a value refused
 * in an uploaded file is refused here with the same words.
 *
 * Link format, `ap.<n>=<occupation>_<target>_<intake>_<start>_<duration>_<completion>_<placement>[_<cost>]`,
 * the target written `s.<site id>` or `r.<INSEE région>`; `n` (1 to MAX_ADDED_N) is the
 * programme's number, kept when others are removed, so its levers (`gi.atelier-<n>`) stay its own.
 * Only characters a query string carries as they are (`a-z 0-9 - . _`): a link stays readable.
 *
 * @example
 *   encodeAddedProgramme({ n: 1, occupation: 'operator', target: { site: 'aesc-douai' },
 *     intakePerYear: 24, startYear: 2027, durationYears: 1, completionRate: 0.73,
 *     placementRate: 0.7, costPerPlaceEur: null });
 *   // "operator_s.aesc-douai_24_2027_1_0.73_0.7"
 */
import {
  programmes as programmesSpec,
  sites as sitesSpec,
  type TableSpec
} from '../data/schema.ts';
import {
  validateTable,
  type CellValue,
  type Problem,
  type References,
  type TypedRow
} from '../data/validate.ts';

/** A programme added in the workbench. */
export interface AddedProgramme {
  /** Its number in the scenario: link key `ap.<n>`, id `atelier-<n>`. */
  n: number;
  /** Occupation family code (`occupations.code`). */
  occupation: string;
  /** The site it trains for, or the région (INSEE code). */
  target: { site: string } | { region: string };
  intakePerYear: number;
  startYear: number;
  durationYears: number;
  completionRate: number;
  placementRate: number;
  /** Euros per training place; null when the planner leaves it empty (cost unknown). */
  costPerPlaceEur: number | null;
}

/** The link key of added programmes: `ap.<n>`. */
export const ADDED_KEY = 'ap';
/** Most programmes one scenario may add (a link stays far below MAX_QUERY: ≈ 60 chars each). */
export const MAX_ADDED = 20;
/** Largest programme number a link may carry (numbers are not reused within a scenario). */
export const MAX_ADDED_N = 999;
/** What the file column of a problem says: the form, not a file. */
export const ADDED_SOURCE = 'atelier';

/** The id an added programme has in the dataset and in levers' keys. */
export function addedProgrammeId(n: number): string {
  return `atelier-${n}`;
}

/** Whether a programme id is one added in the workbench. */
export function isAddedProgrammeId(id: string): boolean {
  return /^atelier-[1-9]\d{0,2}$/.test(id);
}

/** The field of the form each programmes column comes from (the form names fields by column). */
export const ADDED_COLUMNS = [
  'occupation',
  'target',
  'intake_per_year',
  'start_year',
  'duration_years',
  'completion_rate',
  'placement_rate',
  'budget_eur'
] as const;
export type AddedColumn = (typeof ADDED_COLUMNS)[number];

/** What the form (or a link) gives: every field as the text typed. */
export type AddedFields = Record<AddedColumn, string>;

/**
 * An added programme's row of the programmes table, as the cells of a CSV line. The cost per
 * place is written as the budget of one person (`budget_eur` = the cost, `people_target` = 1), so
 * the app's cost per trainee (budget ÷ people) is the planner's cost. `target` is `s.<id>` or
 * `r.<code>`; anything else is left in `target_site`, where the check names it.
 */
export function addedCells(
  n: number,
  fields: AddedFields,
  name = `Formation ajoutée ${n}`,
  sourceDate = '2026-01-01'
): string[] {
  const target = /^r\.(.*)$/s.exec(fields.target);
  const site = /^s\.(.*)$/s.exec(fields.target);
  const cost = fields.budget_eur.trim();
  const cells: Record<string, string> = {
    id: addedProgrammeId(n),
    name,
    operator: 'Atelier Relève',
    programme_type: 'training',
    target_site: target ? '' : site ? site[1] : fields.target,
    target_region: target ? target[1] : '',
    occupation: fields.occupation,
    occupation_mix: '',
    intake_per_year: fields.intake_per_year,
    intake_source: 'Ajouté dans l’atelier : entrées choisies par l’utilisateur.',
    duration_years: fields.duration_years,
    start_year: fields.start_year,
    end_year: '',
    completion_rate: fields.completion_rate,
    completion_source: 'Ajouté dans l’atelier : taux choisi par l’utilisateur.',
    placement_rate: fields.placement_rate,
    placement_source: 'Ajouté dans l’atelier : taux choisi par l’utilisateur.',
    target_share: '',
    budget_eur: cost,
    people_target: cost === '' ? '' : '1',
    internships_per_year: '',
    notes:
      'Formation ajoutée dans l’atelier de scénarios : une hypothèse de l’utilisateur, pas une donnée observée. budget_eur est le coût d’une place (people_target = 1).',
    source: 'atelier de scénarios',
    source_title: 'hypothèse de l’utilisateur, pas une source publiée',
    source_date: sourceDate,
    kind: 'estimate'
  };
  return programmesSpec.columns.map((c) => cells[c.name] ?? '');
}

/** One field's problem, with the form's field (`target` for either target column). */
export interface AddedProblem extends Problem {
  field: AddedColumn;
}

const fieldOf = (column: string): AddedColumn =>
  column === 'target_site' || column === 'target_region'
    ? 'target'
    : (ADDED_COLUMNS as readonly string[]).includes(column)
      ? (column as AddedColumn)
      : 'budget_eur';

/**
 * The checks of an uploaded programmes row (`validateTable`: types, the schema's bounds, one
 * target, known sites, régions and occupations when `refs` has them), on an added programme's
 * fields. A decimal comma is read as in a French spreadsheet's file (« 0,73 »).
 */
export function checkAddedFields(
  n: number,
  fields: AddedFields,
  refs: References = new Map(),
  name?: string,
  sourceDate?: string
): { row: TypedRow; problems: [] } | { row: null; problems: AddedProblem[] } {
  const header = programmesSpec.columns.map((c) => c.name);
  const cells = addedCells(n, fields, name, sourceDate);
  const { rows, problems } = validateTable(
    programmesSpec,
    { header, records: [{ line: n, cells }] },
    ADDED_SOURCE,
    refs,
    { decimalComma: true }
  );
  if (problems.length === 0 && rows.length === 1) return { row: rows[0], problems: [] };
  return {
    row: null,
    problems: problems.map((p) => ({ ...p, field: fieldOf(p.column) }))
  };
}

/** A number as a link carries it (4 decimals), so the state is what a reload reads back. */
const num = (v: CellValue | undefined): number => Number(Number(v).toFixed(4));

/** A checked row back to the scenario's entry, its numbers as a link writes them. */
export function addedFromRow(n: number, row: TypedRow): AddedProgramme {
  return {
    n,
    occupation: String(row.occupation),
    target:
      typeof row.target_site === 'string'
        ? { site: row.target_site }
        : { region: String(row.target_region) },
    intakePerYear: num(row.intake_per_year),
    startYear: num(row.start_year),
    durationYears: num(row.duration_years),
    completionRate: num(row.completion_rate),
    placementRate: num(row.placement_rate),
    costPerPlaceEur: row.budget_eur === null ? null : num(row.budget_eur)
  };
}

/** An entry's fields, as the form and the checks read them. */
export function addedFields(p: AddedProgramme): AddedFields {
  return {
    occupation: p.occupation,
    target: 'site' in p.target ? `s.${p.target.site}` : `r.${p.target.region}`,
    intake_per_year: String(p.intakePerYear),
    start_year: String(p.startYear),
    duration_years: String(p.durationYears),
    completion_rate: String(p.completionRate),
    placement_rate: String(p.placementRate),
    budget_eur: p.costPerPlaceEur === null ? '' : String(p.costPerPlaceEur)
  };
}

/** A number as a link writes it: at most 4 decimals, no exponent, no trailing zeros. */
function linkNumber(v: number): string {
  return String(Number(v.toFixed(4)));
}

/** The link value of an added programme (the key is `ap.<n>`). */
export function encodeAddedProgramme(p: AddedProgramme): string {
  const f = addedFields(p);
  const parts = [
    f.occupation,
    f.target,
    linkNumber(p.intakePerYear),
    String(p.startYear),
    linkNumber(p.durationYears),
    linkNumber(p.completionRate),
    linkNumber(p.placementRate)
  ];
  if (p.costPerPlaceEur !== null) parts.push(linkNumber(p.costPerPlaceEur));
  return parts.join('_');
}

/** The `ap.<n>` parameters of a list of added programmes, by number. */
export function encodeAddedProgrammes(list: readonly AddedProgramme[]): [string, string][] {
  return [...list]
    .sort((a, b) => a.n - b.n)
    .map((p) => [`${ADDED_KEY}.${p.n}`, encodeAddedProgramme(p)]);
}

/** `n` of a key `ap.<n>`: a whole number 1..MAX_ADDED_N written without leading zeros. */
export function parseAddedNumber(suffix: string | undefined): number | null {
  if (suffix === undefined || !/^[1-9]\d{0,2}$/.test(suffix)) return null;
  const n = Number(suffix);
  return n <= MAX_ADDED_N ? n : null;
}

/**
 * A link's `ap.<n>` value read back, with the checks of an uploaded row (without the dataset's
 * lists, which `restrictAdded` applies once the dataset is there); null when it cannot be used.
 */
export function decodeAddedProgramme(n: number, value: string): AddedProgramme | null {
  const parts = value.split('_');
  if (parts.length !== 7 && parts.length !== 8) return null;
  if (!/^[sr]\./.test(parts[1])) return null;
  // Numbers as links write them: a dot decimal, nothing else (the checks read « 0,7 » too).
  if (!parts.slice(2).every((x) => /^\d+(\.\d+)?$/.test(x))) return null;
  const fields: AddedFields = {
    occupation: parts[0],
    target: parts[1],
    intake_per_year: parts[2],
    start_year: parts[3],
    duration_years: parts[4],
    completion_rate: parts[5],
    placement_rate: parts[6],
    budget_eur: parts[7] ?? ''
  };
  const checked = checkAddedFields(n, fields);
  return checked.row ? addedFromRow(n, checked.row) : null;
}

/** The next free programme number of a scenario. */
export function nextAddedNumber(list: readonly AddedProgramme[]): number | null {
  const n = Math.max(0, ...list.map((p) => p.n)) + 1;
  return n <= MAX_ADDED_N ? n : null;
}

/**
 * Added programmes checked against the dataset's lists (sites, régions, occupations): those that
 * pass, and the link parameters of those that do not (`ap.<n>=<value>`), to be named.
 */
export function restrictAdded(
  list: readonly AddedProgramme[],
  refs: References
): { kept: AddedProgramme[]; rejected: string[] } {
  const kept: AddedProgramme[] = [];
  const rejected: string[] = [];
  for (const p of list) {
    if (checkAddedFields(p.n, addedFields(p), refs).row) kept.push(p);
    else rejected.push(`${ADDED_KEY}.${p.n}=${encodeAddedProgramme(p)}`);
  }
  return { kept, rejected };
}

// ——— Sites added in the workbench (« Ajouter un site ») ———
//
// The same machinery for a `sites` row: link key `as.<n>`, id `atelier-site-<n>`, the checks of an
// uploaded sites row (`validateTable` on the sites schema, the département in its région, the
// commune code in its département). Link format,
// `as.<n>=<département>_<commune INSEE or ->_<activity, `-` for `_`>_<template site id or ->_<jobs low>_<jobs high>_<start>_<full capacity>_<name>`,
// the name last (it may hold `_`; the query string percent-encodes what it must).

/** A site added in the workbench. */
export interface AddedSite {
  /** Its number in the scenario: link key `as.<n>`, id `atelier-site-<n>`. */
  n: number;
  name: string;
  /** INSEE département code; the région follows from it. */
  departement: string;
  /** INSEE commune code, or null when the planner leaves it empty. */
  commune: string | null;
  activity: string;
  /** The data's site whose occupation mix it takes, or null for the model's default mix. */
  template: string | null;
  jobsLow: number;
  jobsHigh: number;
  productionStart: number;
  fullCapacityYear: number;
}

/** The link key of added sites: `as.<n>`. */
export const ADDED_SITE_KEY = 'as';
/** Most sites one scenario may add. */
export const MAX_ADDED_SITES = 10;
/** Longest name of an added site (a link stays short). */
export const MAX_ADDED_SITE_NAME = 80;

/** The id an added site has in the dataset and in levers' keys. */
export function addedSiteId(n: number): string {
  return `atelier-site-${n}`;
}

/** Whether a site id is one added in the workbench. */
export function isAddedSiteId(id: string): boolean {
  return /^atelier-site-[1-9]\d{0,2}$/.test(id);
}

/** The form's fields, named by the sites column each fills (`template` fills occupation_mix). */
export const ADDED_SITE_COLUMNS = [
  'name',
  'departement',
  'commune_insee',
  'activity',
  'occupation_mix',
  'jobs_direct_low',
  'jobs_direct_high',
  'production_start',
  'full_capacity_year'
] as const;
export type AddedSiteColumn = (typeof ADDED_SITE_COLUMNS)[number];
/** What the form (or a link) gives: every field as typed; `occupation_mix` is a site id or ''. */
export type AddedSiteFields = Record<AddedSiteColumn, string>;

/** What the row needs besides the fields: the département's région and centre, the mixes. */
export interface AddedSitePlace {
  /** INSEE région of each département (`departements.region`). */
  regionOf: (departement: string) => string | undefined;
  /** [longitude, latitude] of a département's centre (`departementCentres`). */
  centreOf: (departement: string) => [number, number] | undefined;
  /** The occupation mix of a data site, as the sites table writes it (`operator:0.57;…`). */
  mixOf?: (siteId: string) => string | undefined;
  /** A commune's name by INSEE code, when the caller has the list. */
  communeName?: (insee: string) => string | undefined;
}

/** The source text of an added site: an assumption, and where its point on the map comes from. */
export const ADDED_SITE_SOURCE_TITLE =
  'hypothèse de l’utilisateur, pas une source publiée (atelier de scénarios) ; position : centre du département, pas l’adresse du site';

/** An added site's row of the sites table, as the cells of a CSV line. */
export function addedSiteCells(
  n: number,
  fields: AddedSiteFields,
  place: AddedSitePlace,
  sourceDate = '2026-01-01'
): string[] {
  const dep = fields.departement.trim();
  const centre = place.centreOf(dep);
  const insee = fields.commune_insee.trim();
  const template = fields.occupation_mix.trim();
  const mix = template === '' ? '' : (place.mixOf?.(template) ?? `unknown site ${template}`);
  const cells: Record<string, string> = {
    id: addedSiteId(n),
    name: fields.name.trim(),
    operator: 'Atelier Relève',
    activity: fields.activity,
    commune: insee === '' ? 'commune non précisée' : (place.communeName?.(insee) ?? insee),
    // No commune given: the site stands for its département (its chef-lieu code is not needed).
    commune_insee: insee,
    departement: dep,
    region: place.regionOf(dep) ?? '',
    latitude: centre ? String(Number(centre[1].toFixed(4))) : '',
    longitude: centre ? String(Number(centre[0].toFixed(4))) : '',
    production_start: fields.production_start,
    full_capacity_year: fields.full_capacity_year,
    jobs_direct_low: fields.jobs_direct_low,
    jobs_direct_high: fields.jobs_direct_high,
    status: 'announced',
    occupation_mix: mix,
    notes:
      'Site ajouté dans l’atelier de scénarios : une hypothèse de l’utilisateur, pas une donnée observée. Position : centre du département, pas l’adresse du site.' +
      (template
        ? ` Répartition par métier : celle de ${template}.`
        : ' Répartition par métier : le mix par défaut du modèle.'),
    source: 'atelier de scénarios',
    source_title: ADDED_SITE_SOURCE_TITLE,
    source_date: sourceDate,
    kind: 'estimate'
  };
  return sitesSpec.columns.map((c) => cells[c.name] ?? '');
}

/** The sites table as the form checks it: the same columns and rules, the commune optional. */
const ADDED_SITES_SPEC: TableSpec = {
  ...sitesSpec,
  columns: sitesSpec.columns.map((c) =>
    c.name === 'commune_insee' ? { ...c, required: false } : c
  )
};

/** One field's problem, with the form's field. */
export interface AddedSiteProblem extends Problem {
  field: AddedSiteColumn;
}

const siteFieldOf = (column: string): AddedSiteColumn =>
  column === 'region' || column === 'latitude' || column === 'longitude'
    ? 'departement'
    : (ADDED_SITE_COLUMNS as readonly string[]).includes(column)
      ? (column as AddedSiteColumn)
      : 'name';

/**
 * The checks of an uploaded sites row (`validateTable`: types, bounds, the département in its
 * région, the commune code in its département, full capacity after the start) on an added site's
 * fields. An empty commune is allowed here only: the form says « facultatif ».
 */
export function checkAddedSiteFields(
  n: number,
  fields: AddedSiteFields,
  place: AddedSitePlace,
  refs: References = new Map(),
  sourceDate?: string
): { row: TypedRow; problems: [] } | { row: null; problems: AddedSiteProblem[] } {
  const header = sitesSpec.columns.map((c) => c.name);
  const cells = addedSiteCells(n, fields, place, sourceDate);
  const { rows, problems } = validateTable(
    ADDED_SITES_SPEC,
    { header, records: [{ line: n, cells }] },
    ADDED_SOURCE,
    refs,
    { decimalComma: true }
  );
  const name = fields.name.trim();
  if (name.length > MAX_ADDED_SITE_NAME) {
    problems.push({
      file: ADDED_SOURCE,
      line: n,
      column: 'name',
      expected: `at most ${MAX_ADDED_SITE_NAME} characters`,
      found: `${name.length} characters`,
      message: `${ADDED_SOURCE}, line ${n}: name longer than ${MAX_ADDED_SITE_NAME} characters`
    });
  }
  if (problems.length === 0 && rows.length === 1) return { row: rows[0], problems: [] };
  return { row: null, problems: problems.map((p) => ({ ...p, field: siteFieldOf(p.column) })) };
}

/** A checked row back to the scenario's entry. */
export function addedSiteFromRow(n: number, row: TypedRow, template: string | null): AddedSite {
  return {
    n,
    name: String(row.name),
    departement: String(row.departement),
    commune: typeof row.commune_insee === 'string' ? row.commune_insee : null,
    activity: String(row.activity),
    template,
    jobsLow: Number(row.jobs_direct_low),
    jobsHigh: Number(row.jobs_direct_high),
    productionStart: Number(row.production_start),
    fullCapacityYear: Number(row.full_capacity_year)
  };
}

/** An entry's fields, as the form and the checks read them. */
export function addedSiteFields(s: AddedSite): AddedSiteFields {
  return {
    name: s.name,
    departement: s.departement,
    commune_insee: s.commune ?? '',
    activity: s.activity,
    occupation_mix: s.template ?? '',
    jobs_direct_low: String(s.jobsLow),
    jobs_direct_high: String(s.jobsHigh),
    production_start: String(s.productionStart),
    full_capacity_year: String(s.fullCapacityYear)
  };
}

/** The link value of an added site (the key is `as.<n>`). */
export function encodeAddedSite(s: AddedSite): string {
  return [
    s.departement,
    s.commune ?? '-',
    // `battery_cells` written `battery-cells`: `_` separates the parts.
    s.activity.replaceAll('_', '-'),
    s.template ?? '-',
    s.jobsLow,
    s.jobsHigh,
    s.productionStart,
    s.fullCapacityYear,
    s.name
  ].join('_');
}

/** The `as.<n>` parameters of a list of added sites, by number. */
export function encodeAddedSites(list: readonly AddedSite[]): [string, string][] {
  return [...list]
    .sort((a, b) => a.n - b.n)
    .map((s) => [`${ADDED_SITE_KEY}.${s.n}`, encodeAddedSite(s)]);
}

/** An occupation mix as the sites table writes it (`operator:0.5714;technician:0.0857`). */
export function mixText(mix: Readonly<Record<string, number>> | null): string | undefined {
  return mix
    ? Object.entries(mix)
        .map(([code, share]) => `${code}:${share}`)
        .join(';')
    : undefined;
}

/** No région or centre yet: a link is read before the data (`restrictAddedSites` checks them). */
const LINK_PLACE: AddedSitePlace = {
  regionOf: () => '00',
  centreOf: () => [0, 0]
};

/**
 * A link's `as.<n>` value read back with the row's own checks (types, bounds, years); the
 * département's région, the template site and the commune are checked against the dataset by
 * `restrictAddedSites`. Null when it cannot be used.
 */
export function decodeAddedSite(n: number, value: string): AddedSite | null {
  const parts = value.split('_');
  if (parts.length < 9) return null;
  const [dep, commune, activity, template, low, high, start, full] = parts;
  const name = parts.slice(8).join('_');
  if (![low, high, start, full].every((x) => /^\d+$/.test(x))) return null;
  if (template !== '-' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(template)) return null;
  const fields: AddedSiteFields = {
    name,
    departement: dep,
    commune_insee: commune === '-' ? '' : commune,
    activity: activity.replaceAll('-', '_'),
    occupation_mix: '',
    jobs_direct_low: low,
    jobs_direct_high: high,
    production_start: start,
    full_capacity_year: full
  };
  if (commune === '') return null;
  const checked = checkAddedSiteFields(n, fields, LINK_PLACE);
  if (!checked.row) return null;
  return addedSiteFromRow(n, checked.row, template === '-' ? null : template);
}

/** The next free site number of a scenario. */
export function nextAddedSiteNumber(list: readonly AddedSite[]): number | null {
  const n = Math.max(0, ...list.map((s) => s.n)) + 1;
  return n <= MAX_ADDED_N ? n : null;
}

/**
 * Added sites checked against the dataset (départements and their régions, template sites): those
 * that pass, their région filled in, and the link parameters of those that do not, to be named.
 */
export function restrictAddedSites(
  list: readonly AddedSite[],
  place: AddedSitePlace,
  refs: References
): { kept: AddedSite[]; rejected: string[] } {
  const kept: AddedSite[] = [];
  const rejected: string[] = [];
  for (const s of list) {
    const checked = checkAddedSiteFields(s.n, addedSiteFields(s), place, refs);
    if (checked.row) kept.push(addedSiteFromRow(s.n, checked.row, s.template));
    else rejected.push(`${ADDED_SITE_KEY}.${s.n}=${encodeAddedSite(s)}`);
  }
  return { kept, rejected };
}
