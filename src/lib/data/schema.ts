/**
 * The schema of Relève's source tables: one description per table, read by the build script
 * (`npm run data`, which validates `data/*.csv` and writes Parquet), by the data layer (typed
 * queries) and by the checks on a researcher's own files. `data/README.md` documents the same
 * columns in prose; a unit test keeps the two in step.
 */

export type ColumnType =
  | 'id' // lower-case slug: [a-z0-9]+(-[a-z0-9]+)*
  | 'text'
  | 'integer'
  | 'number'
  | 'year' // whole year, 1990..2100
  | 'date' // ISO date YYYY-MM-DD
  | 'enum'
  | 'insee' // INSEE code, pattern given per column
  | 'mix'; // occupation mix "code:share;code:share" with shares summing to 1

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  required: boolean;
  /** English one-liner; data/README.md carries the full description. */
  description: string;
  unit?: string;
  values?: readonly string[];
  min?: number;
  max?: number;
  pattern?: RegExp;
  /** Longest text or id, in characters (default: MAX_ID_LENGTH, MAX_TEXT_LENGTH). */
  maxLength?: number;
  /** Foreign key: `table.column` that must hold this value. */
  references?: string;
}

export interface TableSpec {
  name: string;
  file: string;
  description: string;
  key: string;
  columns: readonly ColumnSpec[];
}

export const PROVENANCE_KINDS = ['announced', 'observed', 'estimate', 'synthetic'] as const;
export type ProvenanceKind = (typeof PROVENANCE_KINDS)[number];

export const SITE_STATUSES = [
  'announced',
  'under_construction',
  'ramping_up',
  'producing',
  'postponed',
  'cancelled'
] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

export const SITE_ACTIVITIES = [
  'battery_cells',
  'battery_materials',
  'battery_recycling',
  'vehicle_circular_economy'
] as const;

export const PROGRAMME_TYPES = ['training', 'orientation'] as const;

export const OBSERVATION_METRICS = ['headcount', 'graduates', 'trainees', 'hired'] as const;

/**
 * Plausible bounds of values from outside (uploads, stored rows): what no real row exceeds and
 * the model can add up without overflow. Years: the tracked wave starts in the 1990s and the
 * model projects to 2050, so 2060 leaves room for late plans. Jobs and people per site: the
 * largest French plant employs about 20 000 (Airbus Toulouse); 100 000 is five times that.
 * Intake: the largest French training programme takes a few thousand a year; 10 000 bounds it.
 * Money: 10^11 € is a hundred times the largest training budget (France 2030's skills envelope).
 * Capacity: the biggest announced gigafactory is 50 GWh a year; 1 000 bounds it.
 */
export const BOUNDS = {
  year: { min: 1990, max: 2060 },
  jobs: 100_000,
  intake: 10_000,
  euros: 1e11,
  gwh: 1000
} as const;
/** Ids longer than this are refused (the default ones are under 30). */
export const MAX_ID_LENGTH = 64;
/** Names and free text: a few paragraphs at most; sources (URLs) and notes get MAX_LONG_TEXT. */
export const MAX_TEXT_LENGTH = 2000;
export const MAX_LONG_TEXT = 4000;

/** The free-text notes column of every source table. */
const NOTES: ColumnSpec = {
  name: 'notes',
  type: 'text',
  required: false,
  maxLength: MAX_LONG_TEXT,
  description: 'free text (French)'
};

/** The row identifier of the official tables. */
const ROW_ID: ColumnSpec = {
  name: 'id',
  type: 'id',
  required: true,
  description: 'row identifier'
};

/** Source, date and confidence: every row of every hand-curated table ends with these. */
const provenance: readonly ColumnSpec[] = [
  {
    name: 'source',
    type: 'text',
    required: true,
    maxLength: MAX_LONG_TEXT,
    description: 'URL of the source, or the seed file name (e.g. 000_17c22de868369aa0.txt)'
  },
  {
    name: 'source_title',
    type: 'text',
    required: false,
    description: 'title of the article or page, as published'
  },
  {
    name: 'source_date',
    type: 'date',
    required: true,
    description: 'publication date of the source (YYYY-MM-DD)'
  },
  {
    name: 'kind',
    type: 'enum',
    required: true,
    values: PROVENANCE_KINDS,
    description: 'confidence: announced, observed, estimate or synthetic'
  }
];

const YEAR = BOUNDS.year;

export const occupations: TableSpec = {
  name: 'occupations',
  file: 'occupations.csv',
  description: 'Occupation families used by the model',
  key: 'code',
  columns: [
    { name: 'code', type: 'id', required: true, description: 'occupation family code' },
    { name: 'label_fr', type: 'text', required: true, description: 'French label' },
    { name: 'label_en', type: 'text', required: true, description: 'English label' },
    {
      name: 'rome',
      type: 'text',
      required: false,
      pattern: /^[A-N]\d{4}( [A-N]\d{4})*$/,
      description: 'ROME v3 codes, space separated'
    },
    {
      name: 'fap',
      type: 'text',
      required: false,
      pattern: /^[A-Z]\d[A-Z](\d{2})?( [A-Z]\d[A-Z](\d{2})?)*$/,
      description: 'FAP-2009 family codes, space separated'
    },
    {
      name: 'attrition_rate',
      type: 'number',
      required: true,
      min: 0,
      max: 1,
      unit: 'share per year',
      description: 'default annual attrition (quits + retirements)'
    },
    {
      name: 'attrition_source',
      type: 'text',
      required: true,
      description: 'source of the attrition default'
    },
    ...provenance
  ]
};

export const sites: TableSpec = {
  name: 'sites',
  file: 'sites.csv',
  description: 'Industrial sites (gigafactories and related plants)',
  key: 'id',
  columns: [
    { name: 'id', type: 'id', required: true, description: 'site identifier' },
    { name: 'name', type: 'text', required: true, description: 'site name' },
    { name: 'operator', type: 'text', required: true, description: 'operating company' },
    {
      name: 'activity',
      type: 'enum',
      required: true,
      values: SITE_ACTIVITIES,
      description: 'what the site makes'
    },
    { name: 'commune', type: 'text', required: true, description: 'commune name' },
    {
      name: 'commune_insee',
      type: 'insee',
      required: true,
      pattern: /^(\d{5}|2[AB]\d{3})$/,
      description: 'INSEE commune code (COG)'
    },
    {
      name: 'departement',
      type: 'insee',
      required: true,
      pattern: /^(\d{2}|2[AB]|97\d)$/,
      references: 'departements.code',
      description: 'INSEE département code'
    },
    {
      name: 'region',
      type: 'insee',
      required: true,
      pattern: /^\d{2}$/,
      references: 'regions.code',
      description: 'INSEE région code'
    },
    {
      name: 'latitude',
      type: 'number',
      required: true,
      min: -25,
      max: 52,
      unit: 'degrees WGS84',
      description: 'latitude'
    },
    {
      name: 'longitude',
      type: 'number',
      required: true,
      min: -65,
      max: 60,
      unit: 'degrees WGS84',
      description: 'longitude'
    },
    {
      name: 'production_start',
      type: 'year',
      required: true,
      ...YEAR,
      description: 'year production starts (announced)'
    },
    {
      name: 'full_capacity_year',
      type: 'year',
      required: true,
      ...YEAR,
      description: 'year of full capacity (announced); after production_start'
    },
    {
      name: 'jobs_direct_low',
      type: 'integer',
      required: true,
      min: 0,
      max: BOUNDS.jobs,
      unit: 'jobs',
      description: 'announced direct jobs at full capacity, low end of the range'
    },
    {
      name: 'jobs_direct_high',
      type: 'integer',
      required: true,
      min: 0,
      max: BOUNDS.jobs,
      unit: 'jobs',
      description: 'announced direct jobs at full capacity, high end (= low where no range)'
    },
    {
      name: 'jobs_indirect',
      type: 'integer',
      required: false,
      min: 0,
      max: BOUNDS.jobs,
      unit: 'jobs',
      description: 'announced indirect jobs'
    },
    {
      name: 'capacity_gwh',
      type: 'number',
      required: false,
      min: 0,
      max: BOUNDS.gwh,
      unit: 'GWh per year',
      description: 'announced capacity'
    },
    {
      name: 'status',
      type: 'enum',
      required: true,
      values: SITE_STATUSES,
      description: 'project status at source_date'
    },
    {
      name: 'occupation_mix',
      type: 'mix',
      required: false,
      description: 'published split of direct jobs by occupation family'
    },
    {
      name: 'initial_trained',
      type: 'integer',
      required: false,
      min: 0,
      max: BOUNDS.jobs,
      unit: 'people',
      description: 'trained people already at the site at the start of the horizon'
    },
    {
      name: 'existing_jobs',
      type: 'integer',
      required: false,
      min: 0,
      max: BOUNDS.jobs,
      unit: 'jobs',
      description:
        'brownfield site: people already employed in the plant being converted (they hold posts)'
    },
    {
      name: 'reconversion_jobs',
      type: 'integer',
      required: false,
      min: 0,
      max: BOUNDS.jobs,
      unit: 'jobs',
      description:
        'of existing_jobs, the posts needing people retrained for the new activity (≤ existing_jobs)'
    },
    NOTES,
    ...provenance
  ]
};

export const sitePlans: TableSpec = {
  name: 'site_plans',
  file: 'site_plans.csv',
  description: 'Announced headcount plans: direct jobs per site and year (range)',
  key: 'site_id,year,source',
  columns: [
    {
      name: 'site_id',
      type: 'id',
      required: true,
      references: 'sites.id',
      description: 'site'
    },
    { name: 'year', type: 'year', required: true, ...YEAR, description: 'year of the plan point' },
    {
      name: 'jobs_low',
      type: 'integer',
      required: true,
      min: 0,
      max: BOUNDS.jobs,
      unit: 'jobs',
      description: 'planned direct jobs, low'
    },
    {
      name: 'jobs_high',
      type: 'integer',
      required: true,
      min: 0,
      max: BOUNDS.jobs,
      unit: 'jobs',
      description: 'planned direct jobs, high'
    },
    ...provenance
  ]
};

export const programmes: TableSpec = {
  name: 'programmes',
  file: 'programmes.csv',
  description: 'Training programmes and orientation actions',
  key: 'id',
  columns: [
    { name: 'id', type: 'id', required: true, description: 'programme identifier' },
    { name: 'name', type: 'text', required: true, description: 'programme name' },
    { name: 'operator', type: 'text', required: true, description: 'who runs or funds it' },
    {
      name: 'programme_type',
      type: 'enum',
      required: true,
      values: PROGRAMME_TYPES,
      description: 'training (feeds jobs) or orientation (feeds other programmes)'
    },
    {
      name: 'target_site',
      type: 'id',
      required: false,
      references: 'sites.id',
      description: 'site it trains for (exclusive with target_region)'
    },
    {
      name: 'target_region',
      type: 'insee',
      required: false,
      pattern: /^\d{2}$/,
      references: 'regions.code',
      description: 'région it trains for (exclusive with target_site)'
    },
    {
      name: 'occupation',
      type: 'id',
      required: true,
      references: 'occupations.code',
      description: 'occupation family trained'
    },
    {
      name: 'occupation_mix',
      type: 'mix',
      required: false,
      description:
        'families trained, with their shares of the graduates (empty: all of occupation); must include occupation'
    },
    {
      name: 'intake_per_year',
      type: 'number',
      required: true,
      min: 0,
      max: BOUNDS.intake,
      unit: 'people per year',
      description: 'trainees starting each year (orientation: pupils reached per year)'
    },
    {
      name: 'intake_source',
      type: 'text',
      required: true,
      description: 'how the intake was derived, with its source'
    },
    {
      name: 'duration_years',
      type: 'number',
      required: true,
      min: 0,
      max: 6,
      unit: 'years',
      description: 'length of the course'
    },
    { name: 'start_year', type: 'year', required: true, ...YEAR, description: 'first intake' },
    { name: 'end_year', type: 'year', required: false, ...YEAR, description: 'last intake' },
    {
      name: 'completion_rate',
      type: 'number',
      required: true,
      min: 0,
      max: 1,
      unit: 'share',
      description: 'share of starters who graduate'
    },
    {
      name: 'completion_source',
      type: 'text',
      required: true,
      description: 'source of the completion default'
    },
    {
      name: 'placement_rate',
      type: 'number',
      required: true,
      min: 0,
      max: 1,
      unit: 'share',
      description: 'share of graduates hired in the target'
    },
    {
      name: 'placement_source',
      type: 'text',
      required: true,
      description: 'source of the placement default'
    },
    {
      name: 'target_share',
      type: 'number',
      required: false,
      min: 0,
      max: 1,
      unit: 'share',
      description:
        'share of placed graduates who go to the tracked sites of the target (empty = 1; the rest work elsewhere in the sector)'
    },
    {
      name: 'budget_eur',
      type: 'number',
      required: false,
      min: 0,
      max: BOUNDS.euros,
      unit: 'euros',
      description: 'total announced budget'
    },
    {
      name: 'people_target',
      type: 'integer',
      required: false,
      min: 0,
      max: BOUNDS.jobs,
      unit: 'people',
      description: 'announced number of people to train over the programme'
    },
    {
      name: 'internships_per_year',
      type: 'integer',
      required: false,
      min: 0,
      max: BOUNDS.jobs,
      unit: 'internships per year',
      description: 'orientation only: discovery internships offered'
    },
    NOTES,
    ...provenance
  ]
};

export const observations: TableSpec = {
  name: 'observations',
  file: 'observations.csv',
  description: 'Observed headcounts per site and graduates per programme',
  key: 'subject_id,metric,date,source',
  columns: [
    {
      name: 'subject_type',
      type: 'enum',
      required: true,
      values: ['site', 'programme'],
      description: 'what is observed'
    },
    {
      name: 'subject_id',
      type: 'id',
      required: true,
      description: 'site id or programme id (checked against the table named by subject_type)'
    },
    { name: 'date', type: 'date', required: true, description: 'date the figure refers to' },
    {
      name: 'metric',
      type: 'enum',
      required: true,
      values: OBSERVATION_METRICS,
      description: 'headcount, graduates, trainees or hired'
    },
    {
      name: 'value',
      type: 'integer',
      required: true,
      min: 0,
      max: BOUNDS.jobs,
      unit: 'people',
      description: 'count'
    },
    {
      name: 'approximate',
      type: 'enum',
      required: true,
      values: ['true', 'false'],
      description: 'true where the source says "about"'
    },
    ...provenance
  ]
};

/** Levels of the territories of the official statistics tables. */
export const TERRITORY_LEVELS = ['france', 'region', 'departement', 'bassin', 'academie'] as const;

/** Every row of the official statistics tables cites a web page, not a seed file. */
const URL_SOURCE = /^https?:\/\/\S+$/;
const officialProvenance: readonly ColumnSpec[] = provenance.map((c) =>
  c.name === 'source'
    ? {
        ...c,
        pattern: URL_SOURCE,
        description: 'URL of the publication or page (http:// or https://)'
      }
    : c
);

/** Territory of a row of the official statistics: level, INSEE code where one exists, name. */
const territory: readonly ColumnSpec[] = [
  {
    name: 'territory_level',
    type: 'enum',
    required: true,
    values: TERRITORY_LEVELS,
    description: 'france, region, departement, bassin (BMO employment area) or academie'
  },
  {
    name: 'territory_code',
    type: 'text',
    required: false,
    pattern: /^(FR|\d{2}|2[AB]|97\d)$/,
    maxLength: 3,
    description:
      'INSEE code of the région or département; FR for France; empty for a bassin or académie'
  },
  {
    name: 'territory_name',
    type: 'text',
    required: true,
    description: 'territory name, as the source gives it'
  }
];

const SHARE = { type: 'number', min: 0, max: 1, unit: 'share' } as const;

export const occupationCodes: TableSpec = {
  name: 'occupation_codes',
  file: 'occupation_codes.csv',
  description: 'ROME codes of the occupation families, each read in a published referential',
  key: 'id',
  columns: [
    ROW_ID,
    {
      name: 'occupation',
      type: 'id',
      required: true,
      references: 'occupations.code',
      description: 'occupation family'
    },
    {
      name: 'system',
      type: 'enum',
      required: true,
      values: ['rome'],
      description: 'nomenclature of the code (rome: France Travail ROME fiche)'
    },
    {
      name: 'code',
      type: 'text',
      required: true,
      pattern: /^[A-N]\d{4}$/,
      maxLength: 5,
      description: 'the code, as published'
    },
    {
      name: 'label',
      type: 'text',
      required: true,
      description: 'label of the code, as published in the source'
    },
    {
      name: 'match',
      type: 'enum',
      required: true,
      values: ['exact', 'partial'],
      description:
        'exact: the fiche names the family’s occupation; partial: it covers part of the family'
    },
    NOTES,
    ...officialProvenance
  ]
};

export const bmo: TableSpec = {
  name: 'bmo',
  file: 'bmo.csv',
  description:
    'France Travail Besoins en Main-d’Œuvre survey: hiring projects and the share judged difficult, per year and territory',
  key: 'id',
  columns: [
    ROW_ID,
    {
      name: 'year',
      type: 'year',
      required: true,
      ...YEAR,
      description: 'survey year (the year the projects are for)'
    },
    ...territory,
    {
      name: 'occupation',
      type: 'id',
      required: false,
      references: 'occupations.code',
      description: 'occupation family the figures are for; empty = all occupations'
    },
    {
      name: 'bmo_occupation',
      type: 'text',
      required: false,
      description: 'occupation as the source names it; empty = all occupations'
    },
    {
      name: 'projects',
      type: 'integer',
      required: false,
      min: 0,
      max: 10_000_000,
      unit: 'hiring projects',
      description: 'hiring projects (intentions d’embauche) for the year'
    },
    {
      name: 'projects_approximate',
      type: 'enum',
      required: true,
      values: ['true', 'false'],
      description: 'true where the source gives a rounded figure (« près de », « plus de »…)'
    },
    {
      name: 'difficult_share',
      ...SHARE,
      required: false,
      description: 'share of the projects judged difficult by the employers'
    },
    {
      name: 'seasonal_share',
      ...SHARE,
      required: false,
      description: 'share of seasonal projects'
    },
    NOTES,
    ...officialProvenance
  ]
};

export const replacement: TableSpec = {
  name: 'replacement',
  file: 'replacement.csv',
  description:
    'France Stratégie–Dares, Les métiers en 2030: end-of-career departures and positions to fill, 2019–2030',
  key: 'id',
  columns: [
    ROW_ID,
    { name: 'period_start', type: 'year', required: true, ...YEAR, description: 'first year' },
    { name: 'period_end', type: 'year', required: true, ...YEAR, description: 'last year' },
    ...territory,
    {
      name: 'occupation',
      type: 'id',
      required: false,
      references: 'occupations.code',
      description: 'occupation family; empty = all occupations'
    },
    {
      name: 'employment_base',
      type: 'integer',
      required: false,
      min: 0,
      max: 100_000_000,
      unit: 'people',
      description: 'people in employment in period_start'
    },
    {
      name: 'departures_share',
      ...SHARE,
      required: false,
      description: 'end-of-career departures over the period, share of employment_base'
    },
    {
      name: 'positions_to_fill',
      type: 'integer',
      required: false,
      min: 0,
      max: 100_000_000,
      unit: 'positions',
      description: 'positions to fill over the period (departures + net job creation)'
    },
    {
      name: 'positions_per_year',
      type: 'integer',
      required: false,
      min: 0,
      max: 10_000_000,
      unit: 'positions per year',
      description: 'positions to fill per year, as the source gives it'
    },
    {
      name: 'approximate',
      type: 'enum',
      required: true,
      values: ['true', 'false'],
      description: 'true where the source gives rounded figures'
    },
    NOTES,
    ...officialProvenance
  ]
};

export const inserjeunes: TableSpec = {
  name: 'inserjeunes',
  file: 'inserjeunes.csv',
  description:
    'Depp–Dares InserJeunes: salaried employment rate of leavers of vocational courses (CAP to BTS)',
  key: 'id',
  columns: [
    ROW_ID,
    {
      name: 'exit_year',
      type: 'year',
      required: true,
      ...YEAR,
      description: 'year the leavers left their course (summer)'
    },
    {
      name: 'months_after',
      type: 'integer',
      required: true,
      min: 6,
      max: 24,
      unit: 'months',
      description: 'months after leaving at which employment is measured (6, 12, 24)'
    },
    ...territory,
    {
      name: 'pathway',
      type: 'enum',
      required: true,
      values: ['apprentissage', 'voie_scolaire'],
      description: 'apprentices, or pupils and students of vocational lycées'
    },
    {
      name: 'specialty_group',
      type: 'enum',
      required: false,
      values: ['production', 'services'],
      description: 'group of specialties; empty = all specialties'
    },
    {
      name: 'employment_scope',
      type: 'enum',
      required: true,
      values: ['private', 'private_public'],
      description: 'salaried employment counted: private sector only, or private and public'
    },
    {
      name: 'employment_rate',
      ...SHARE,
      required: true,
      description: 'share of leavers in salaried employment at months_after'
    },
    NOTES,
    ...officialProvenance
  ]
};

/** Tables written by hand in data/, in build order (referenced tables first). */
export const SOURCE_TABLES: readonly TableSpec[] = [
  occupations,
  sites,
  sitePlans,
  programmes,
  observations,
  occupationCodes,
  bmo,
  replacement,
  inserjeunes
];

/** The official statistics tables (every row cites a web page with its date). */
export const OFFICIAL_TABLES: readonly TableSpec[] = [
  occupationCodes,
  bmo,
  replacement,
  inserjeunes
];

export function tableByName(name: string): TableSpec | undefined {
  return SOURCE_TABLES.find((t) => t.name === name);
}
