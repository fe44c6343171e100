/**
 * The Parquet files the app reads from static/data/, and which pages load them.
 * `npm run data` writes them and a manifest with their row counts.
 */
export const TABLES = {
  occupations: { file: 'occupations.parquet', eager: true },
  sites: { file: 'sites.parquet', eager: true },
  site_plans: { file: 'site_plans.parquet', eager: true },
  programmes: { file: 'programmes.parquet', eager: true },
  observations: { file: 'observations.parquet', eager: true },
  regions: { file: 'regions.parquet', eager: true },
  departements: { file: 'departements.parquet', eager: true },
  // The current INSEE communes, for checking a site's commune code (loaded only for that).
  communes: { file: 'communes.parquet', eager: false },
  // Official statistics (issue 13), loaded by the pages that show them.
  occupation_codes: { file: 'occupation_codes.parquet', eager: false },
  bmo: { file: 'bmo.parquet', eager: false },
  replacement: { file: 'replacement.parquet', eager: false },
  inserjeunes: { file: 'inserjeunes.parquet', eager: false },
  // ≥ 1 000 000 synthetic rows for benchmarks and the SQL explorer; never loaded by default pages.
  // `ranged`: the browser reads it by HTTP ranges (a query needs only some of its 9 MB); every
  // other file is small and fetched whole, once, in one compressed answer.
  trainees_synthetic: { file: 'trainees_synthetic.parquet', eager: false, ranged: true }
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export interface Manifest {
  tables: { name: string; file: string; rows: number; bytes: number }[];
}
