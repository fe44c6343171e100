/**
 * Typed queries over the app's tables, the same SQL in the browser (DuckDB-WASM) and in Node
 * (the WASM engine's blocking bundle). Rows are checked at run time, not cast: a Parquet file
 * that does not match the schema fails here with the table, row and column named.
 */
import type { Connector, Row } from './connector.ts';
import { checkCell, parseMix } from './validate.ts';
import {
  OBSERVATION_METRICS,
  PROGRAMME_TYPES,
  PROVENANCE_KINDS,
  SITE_STATUSES,
  TERRITORY_LEVELS,
  programmes as programmesSpec,
  sites as sitesSpec,
  type ProvenanceKind,
  type SiteStatus,
  type TableSpec
} from './schema.ts';
import type { TableName } from './tables.ts';

export interface Provenance {
  source: string;
  sourceTitle: string | null;
  sourceDate: string;
  kind: ProvenanceKind;
}

export interface SiteRecord extends Provenance {
  id: string;
  name: string;
  operator: string;
  activity: string;
  commune: string;
  communeInsee: string;
  departement: string;
  region: string;
  latitude: number;
  longitude: number;
  productionStart: number;
  fullCapacityYear: number;
  jobsDirectLow: number;
  jobsDirectHigh: number;
  jobsIndirect: number | null;
  capacityGwh: number | null;
  status: SiteStatus;
  occupationMix: Record<string, number> | null;
  initialTrained: number | null;
  /** Brownfield site: people already employed in the plant being converted (data/README.md). */
  existingJobs: number | null;
  /** Of `existingJobs`, the posts that need people retrained for the new activity. */
  reconversionJobs: number | null;
  notes: string | null;
  /** Set on a researcher's own row (loaded in the explorer), absent on the default dataset. */
  userData?: { file: string; loadedAt: string };
}

export interface SitePlanRecord extends Provenance {
  siteId: string;
  year: number;
  jobsLow: number;
  jobsHigh: number;
}

export interface ProgrammeRecord extends Provenance {
  id: string;
  name: string;
  operator: string;
  programmeType: 'training' | 'orientation';
  targetSite: string | null;
  targetRegion: string | null;
  occupation: string;
  /** Families trained with their shares of the graduates; null: all of `occupation`. */
  occupationMix: Record<string, number> | null;
  intakePerYear: number;
  intakeSource: string;
  durationYears: number;
  startYear: number;
  endYear: number | null;
  completionRate: number;
  completionSource: string;
  placementRate: number;
  placementSource: string;
  /** Share of placed graduates who go to the tracked sites of the target; null = 1. */
  targetShare: number | null;
  budgetEur: number | null;
  peopleTarget: number | null;
  internshipsPerYear: number | null;
  notes: string | null;
  /** Set on a researcher's own row (loaded in the explorer), absent on the default dataset. */
  userData?: { file: string; loadedAt: string };
}

export interface ObservationRecord extends Provenance {
  subjectType: 'site' | 'programme';
  subjectId: string;
  date: string;
  metric: 'headcount' | 'graduates' | 'trainees' | 'hired';
  value: number;
  approximate: boolean;
}

export interface OccupationRecord extends Provenance {
  code: string;
  labelFr: string;
  labelEn: string;
  rome: string | null;
  fap: string | null;
  attritionRate: number;
  attritionSource: string;
}

export interface RegionRecord {
  code: string;
  name: string;
}

export interface DepartementRecord {
  code: string;
  name: string;
  region: string;
}

export class QueryShapeError extends Error {
  constructor(table: string, row: number, column: string, expected: string, found: unknown) {
    super(
      `${table}.parquet, row ${row}, column ${column}: expected ${expected}, found ${JSON.stringify(found)}`
    );
    this.name = 'QueryShapeError';
  }
}

/** Reads columns of one row with run-time type checks. */
class RowReader {
  constructor(
    private readonly table: string,
    private readonly index: number,
    private readonly row: Row
  ) {}
  fail(column: string, expected: string): never {
    throw new QueryShapeError(this.table, this.index + 1, column, expected, this.row[column]);
  }
  str(column: string): string {
    const v = this.row[column];
    return typeof v === 'string' ? v : this.fail(column, 'text');
  }
  strOrNull(column: string): string | null {
    const v = this.row[column];
    return v === null || v === undefined ? null : this.str(column);
  }
  num(column: string): number {
    const v = this.row[column];
    return typeof v === 'number' && Number.isFinite(v) ? v : this.fail(column, 'a number');
  }
  numOrNull(column: string): number | null {
    const v = this.row[column];
    return v === null || v === undefined ? null : this.num(column);
  }
  /** A number or null, checked against the column's type and bounds in the schema. */
  checkedOrNull(column: string, spec: TableSpec): number | null {
    const v = this.row[column];
    if (v === null || v === undefined) return null;
    const result = checkCell(spec, column, typeof v === 'number' ? String(v) : v);
    if ('expected' in result) this.fail(column, result.expected);
    return typeof result.value === 'number' ? result.value : this.fail(column, 'a number');
  }
  /** An occupation mix or null ("code:share;code:share", shares in [0, 1] summing to 1). */
  mixOrNull(column: string): Record<string, number> | null {
    const text = this.strOrNull(column);
    if (text === null) return null;
    const mix = parseMix(text);
    return typeof mix === 'string' ? this.fail(column, mix) : mix;
  }
  oneOf<T extends string>(column: string, values: readonly T[]): T {
    const v = this.str(column);
    return (values as readonly string[]).includes(v)
      ? (v as T)
      : this.fail(column, values.join('|'));
  }
  provenance(): Provenance {
    return {
      source: this.str('source'),
      sourceTitle: this.strOrNull('source_title'),
      sourceDate: this.str('source_date'),
      kind: this.oneOf('kind', PROVENANCE_KINDS)
    };
  }
}

async function read<T>(
  db: Connector,
  table: TableName,
  sql: string,
  map: (r: RowReader) => T
): Promise<T[]> {
  await db.useTable(table);
  const rows = await db.query(sql);
  return rows.map((row, i) => map(new RowReader(table, i, row)));
}

/** DATE columns come back as text, the same in both engines. */
const PROVENANCE_SQL = `source, source_title, CAST(source_date AS VARCHAR) AS source_date, kind`;

export function loadSites(db: Connector): Promise<SiteRecord[]> {
  return read(
    db,
    'sites',
    `SELECT * EXCLUDE (source_date), CAST(source_date AS VARCHAR) AS source_date FROM sites ORDER BY id`,
    (r) => {
      const mix = r.mixOrNull('occupation_mix');
      const existingJobs = r.checkedOrNull('existing_jobs', sitesSpec);
      const reconversionJobs = r.checkedOrNull('reconversion_jobs', sitesSpec);
      if (reconversionJobs !== null && (existingJobs === null || reconversionJobs > existingJobs)) {
        r.fail('reconversion_jobs', `≤ existing_jobs (${existingJobs ?? 'empty'})`);
      }
      return {
        id: r.str('id'),
        name: r.str('name'),
        operator: r.str('operator'),
        activity: r.str('activity'),
        commune: r.str('commune'),
        communeInsee: r.str('commune_insee'),
        departement: r.str('departement'),
        region: r.str('region'),
        latitude: r.num('latitude'),
        longitude: r.num('longitude'),
        productionStart: r.num('production_start'),
        fullCapacityYear: r.num('full_capacity_year'),
        jobsDirectLow: r.num('jobs_direct_low'),
        jobsDirectHigh: r.num('jobs_direct_high'),
        jobsIndirect: r.numOrNull('jobs_indirect'),
        capacityGwh: r.numOrNull('capacity_gwh'),
        status: r.oneOf('status', SITE_STATUSES),
        occupationMix: mix,
        initialTrained: r.numOrNull('initial_trained'),
        existingJobs,
        reconversionJobs,
        notes: r.strOrNull('notes'),
        ...r.provenance()
      };
    }
  );
}

export function loadSitePlans(db: Connector): Promise<SitePlanRecord[]> {
  return read(
    db,
    'site_plans',
    `SELECT site_id, year, jobs_low, jobs_high, ${PROVENANCE_SQL} FROM site_plans ORDER BY site_id, year, source_date`,
    (r) => ({
      siteId: r.str('site_id'),
      year: r.num('year'),
      jobsLow: r.num('jobs_low'),
      jobsHigh: r.num('jobs_high'),
      ...r.provenance()
    })
  );
}

export function loadProgrammes(db: Connector): Promise<ProgrammeRecord[]> {
  return read(
    db,
    'programmes',
    `SELECT * EXCLUDE (source_date), CAST(source_date AS VARCHAR) AS source_date FROM programmes ORDER BY id`,
    (r) => ({
      id: r.str('id'),
      name: r.str('name'),
      operator: r.str('operator'),
      programmeType: r.oneOf('programme_type', PROGRAMME_TYPES),
      targetSite: r.strOrNull('target_site'),
      targetRegion: r.strOrNull('target_region'),
      occupation: r.str('occupation'),
      occupationMix: r.mixOrNull('occupation_mix'),
      intakePerYear: r.num('intake_per_year'),
      intakeSource: r.str('intake_source'),
      durationYears: r.num('duration_years'),
      startYear: r.num('start_year'),
      endYear: r.numOrNull('end_year'),
      completionRate: r.num('completion_rate'),
      completionSource: r.str('completion_source'),
      placementRate: r.num('placement_rate'),
      placementSource: r.str('placement_source'),
      targetShare: r.checkedOrNull('target_share', programmesSpec),
      budgetEur: r.numOrNull('budget_eur'),
      peopleTarget: r.numOrNull('people_target'),
      internshipsPerYear: r.numOrNull('internships_per_year'),
      notes: r.strOrNull('notes'),
      ...r.provenance()
    })
  );
}

export function loadObservations(db: Connector): Promise<ObservationRecord[]> {
  return read(
    db,
    'observations',
    `SELECT subject_type, subject_id, CAST(date AS VARCHAR) AS date, metric, value, approximate,
            ${PROVENANCE_SQL}
       FROM observations ORDER BY subject_id, date, metric`,
    (r) => ({
      subjectType: r.oneOf('subject_type', ['site', 'programme'] as const),
      subjectId: r.str('subject_id'),
      date: r.str('date'),
      metric: r.oneOf('metric', OBSERVATION_METRICS),
      value: r.num('value'),
      approximate: r.oneOf('approximate', ['true', 'false'] as const) === 'true',
      ...r.provenance()
    })
  );
}

export function loadOccupations(db: Connector): Promise<OccupationRecord[]> {
  return read(
    db,
    'occupations',
    `SELECT code, label_fr, label_en, rome, fap, attrition_rate, attrition_source, ${PROVENANCE_SQL}
       FROM occupations ORDER BY code`,
    (r) => ({
      code: r.str('code'),
      labelFr: r.str('label_fr'),
      labelEn: r.str('label_en'),
      rome: r.strOrNull('rome'),
      fap: r.strOrNull('fap'),
      attritionRate: r.num('attrition_rate'),
      attritionSource: r.str('attrition_source'),
      ...r.provenance()
    })
  );
}

export function loadRegions(db: Connector): Promise<RegionRecord[]> {
  return read(db, 'regions', `SELECT code, name FROM regions ORDER BY code`, (r) => ({
    code: r.str('code'),
    name: r.str('name')
  }));
}

export function loadDepartements(db: Connector): Promise<DepartementRecord[]> {
  return read(
    db,
    'departements',
    `SELECT code, name, region FROM departements ORDER BY code`,
    (r) => ({ code: r.str('code'), name: r.str('name'), region: r.str('region') })
  );
}

/** Everything the pages need from the default dataset, read in one go. */
/** A row of France Travail's BMO survey (data/bmo.csv): hiring projects of a territory. */
export interface BmoRecord extends Provenance {
  id: string;
  year: number;
  territoryLevel: 'france' | 'region' | 'departement' | 'bassin' | 'academie';
  /** INSEE code (FR for France); null for a bassin or an académie. */
  territoryCode: string | null;
  territoryName: string;
  /** Occupation family; null = all occupations. */
  occupation: string | null;
  bmoOccupation: string | null;
  projects: number | null;
  projectsApproximate: boolean;
  difficultShare: number | null;
  seasonalShare: number | null;
  notes: string | null;
}

/** The BMO rows, oldest first. */
export function loadBmo(db: Connector): Promise<BmoRecord[]> {
  return read(
    db,
    'bmo',
    `SELECT id, year, territory_level, territory_code, territory_name, occupation, bmo_occupation,
            projects, projects_approximate, difficult_share, seasonal_share, notes, ${PROVENANCE_SQL}
       FROM bmo ORDER BY year, territory_level, territory_code, id`,
    (r) => ({
      id: r.str('id'),
      year: r.num('year'),
      territoryLevel: r.oneOf('territory_level', TERRITORY_LEVELS),
      territoryCode: r.strOrNull('territory_code'),
      territoryName: r.str('territory_name'),
      occupation: r.strOrNull('occupation'),
      bmoOccupation: r.strOrNull('bmo_occupation'),
      projects: r.numOrNull('projects'),
      projectsApproximate: r.oneOf('projects_approximate', ['true', 'false'] as const) === 'true',
      difficultShare: r.numOrNull('difficult_share'),
      seasonalShare: r.numOrNull('seasonal_share'),
      notes: r.strOrNull('notes'),
      ...r.provenance()
    })
  );
}

/** A row of the Depp–Dares InserJeunes rates (data/inserjeunes.csv). */
export interface InserjeunesRecord extends Provenance {
  id: string;
  exitYear: number;
  monthsAfter: number;
  territoryName: string;
  pathway: string;
  specialtyGroup: string | null;
  employmentScope: string;
  employmentRate: number;
}

/** The InserJeunes rows, by id. */
export function loadInserjeunes(db: Connector): Promise<InserjeunesRecord[]> {
  return read(
    db,
    'inserjeunes',
    `SELECT id, exit_year, months_after, territory_name, pathway, specialty_group,
            employment_scope, employment_rate, ${PROVENANCE_SQL}
       FROM inserjeunes ORDER BY id`,
    (r) => ({
      id: r.str('id'),
      exitYear: r.num('exit_year'),
      monthsAfter: r.num('months_after'),
      territoryName: r.str('territory_name'),
      pathway: r.str('pathway'),
      specialtyGroup: r.strOrNull('specialty_group'),
      employmentScope: r.str('employment_scope'),
      employmentRate: r.num('employment_rate'),
      ...r.provenance()
    })
  );
}

export interface Dataset {
  sites: SiteRecord[];
  sitePlans: SitePlanRecord[];
  programmes: ProgrammeRecord[];
  observations: ObservationRecord[];
  occupations: OccupationRecord[];
  regions: RegionRecord[];
  departements: DepartementRecord[];
}

export async function loadDataset(db: Connector): Promise<Dataset> {
  // One after the other: DuckDB-WASM serialises queries anyway, and errors stay readable.
  const sites = await loadSites(db);
  const sitePlans = await loadSitePlans(db);
  const programmes = await loadProgrammes(db);
  const observations = await loadObservations(db);
  const occupations = await loadOccupations(db);
  const regions = await loadRegions(db);
  const departements = await loadDepartements(db);
  return { sites, sitePlans, programmes, observations, occupations, regions, departements };
}
