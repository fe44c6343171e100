/**
 * `npm run -s project -- --territory <code|all> --scenario <preset> [--runs N] [--seed S]
 *  [--known-at YYYY-MM-DD] [--format csv|json]`: the app's projection of the default data as
 * tidy rows on stdout (nothing else goes there; messages go to stderr), for researchers and for
 * checking the pages' figures.
 *
 * It reads the built Parquet files of static/data/ with the browser's engine (NodeConnector,
 * loadDataset), keeps what was published by --known-at (knownAt), and builds the model input
 * with the app's own functions: the default state with the preset (defaultState,
 * buildModelInput), the région's slice (restrictToRegion; a département is its région's input,
 * its rows summed over the département's sites) and the app's uncertainty (defaultUncertainty).
 * Un-suffixed values are the scenario's own run (projectDetailed + aggregate); the _p10, _p50,
 * _p90 columns come from simulate's runs.
 *
 * Exit codes: 0 done, 1 the data could not be read, 2 a bad argument (one line on stderr naming
 * it).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { csvFormat } from 'd3';
import {
  aggregate,
  DEFAULT_SEED,
  projectDetailed,
  simulate,
  type AggregateRow,
  type ProjectionInput,
  type ProjectionRow,
  type Quantiles
} from '../src/lib/forecast/index.ts';
import { isIsoDate, knownAt } from '../src/lib/data/model-input.ts';
import { applyRulesAsKnown } from '../src/lib/scenario/reality-check.ts';
import type { Dataset } from '../src/lib/data/queries.ts';
import { defaultState, PRESET_IDS, type PresetId } from '../src/lib/state/app-state.ts';
import {
  buildModelInput,
  defaultUncertainty,
  MONTE_CARLO_RUNS
} from '../src/lib/scenario/build.ts';
import { restrictToRegion } from '../src/lib/scenario/territory.ts';
import { parseTerritorySlug, territorySlug } from '../src/lib/map/territory.ts';

/**
 * Monte Carlo runs when --runs is not given: the app's one run count for every page
 * (`MONTE_CARLO_RUNS`, 10 000), so that the command line gives the pages' bands.
 */
export const DEFAULT_CLI_RUNS = MONTE_CARLO_RUNS;
export const MAX_RUNS = 100_000;

/** The columns, in order. */
export const COLUMNS = [
  'level',
  'id',
  'occupation',
  'year',
  'jobs',
  'jobs_p10',
  'jobs_p50',
  'jobs_p90',
  'trained',
  'unfilled',
  'unfilled_p10',
  'unfilled_p50',
  'unfilled_p90',
  'surplus',
  'coverage'
] as const;

export type OutputRow = Record<(typeof COLUMNS)[number], string | number | null>;

export const HELP = `Relève — projection of the default data, as tidy rows on stdout.

Usage:
  npm run -s project -- --territory <code|all> --scenario <preset> [options]

Required:
  --territory <code>   INSEE région code (32 Hauts-de-France, 11 Île-de-France…), département
                       code (59, 62, 2A…; departement-32 where the code is also a région's:
                       a bare 32 is the région), or all (the whole country)
  --scenario <preset>  annonces | realiste | stress | volontariste

Options:
  --runs <N>           Monte Carlo runs for the quantiles, an integer in [1, ${MAX_RUNS}]
                       (default ${DEFAULT_CLI_RUNS})
  --seed <S>           seed of the draws, an integer in [0, 4294967295] (default ${DEFAULT_SEED})
  --known-at <date>    YYYY-MM-DD: only the rows whose source_date is on or before it
                       (newer site rows rebuilt from the plans then known; data/README.md)
  --format <f>         csv (default) or json (an array of row objects)
  -h, --help           this text

One row per level × id × occupation × year, horizon of the app's default state:
  level       site or territory
  id          site id, or the territory's code (all for the whole country)
  occupation  occupation family code, or all
  year        model year t (values at the end of year t)
  jobs        direct jobs J
  trained     trained people in post W (never more than J in a site cell)
  unfilled    Σ max(0, J − W) over the cells: jobs without a trained person, never netted
  surplus     trained people with no post: 0 for sites; for a région or all, the people
              available in its régions' pools; empty for a département (the pools belong to
              the région)
  coverage    Σ min(J, W) / Σ J, empty where J = 0 (4 decimals)
  *_p10, *_p50, *_p90
              10th, 50th and 90th percentiles over the Monte Carlo runs (the app's ranges
              around the scenario, defaultUncertainty). simulate gives no quantiles for a
              territory's occupations: those cells are empty (CSV) or null (JSON), except where
              the territory has a single site (its site's quantiles).
Un-suffixed values are the scenario's own run. Numbers have at most 3 decimals.
Exit status: 0 done, 1 the data could not be read, 2 a bad argument.
`;

export interface ProjectOptions {
  territory: string;
  scenario: PresetId;
  runs: number;
  seed: number;
  knownAt: string | null;
  format: 'csv' | 'json';
}

export type ParseResult =
  { ok: true; options: ProjectOptions } | { ok: true; help: true } | { ok: false; error: string };

const OPTIONS = {
  territory: { type: 'string' },
  scenario: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  'known-at': { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const;

/** Every argument checked here, in one place; territory codes are checked once the data is read. */
export function parseProjectArgs(argv: readonly string[]): ParseResult {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      strict: true,
      allowPositionals: false
    }));
  } catch (e) {
    const err = e as Error & { code?: string };
    const named = /'(-[^' ]+)/.exec(err.message)?.[1] ?? /'([^']+)'/.exec(err.message)?.[1];
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      return { ok: false, error: `unknown argument ${named ?? err.message} (see --help)` };
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = named ?? '--option';
      return {
        ok: false,
        error: `${name} needs a value (one starting with "-" is written ${name}=…)`
      };
    }
    if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      return { ok: false, error: `unexpected argument ${named ?? ''} (options are --name value)` };
    }
    return { ok: false, error: err.message.split('\n')[0] };
  }
  if (values.help) return { ok: true, help: true };
  // A value that is itself an option ("--runs --seed 3") is a missing value.
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' && value.startsWith('--')) {
      return { ok: false, error: `--${name} needs a value (found ${value})` };
    }
    if (typeof value === 'string' && value.trim() === '') {
      return { ok: false, error: `--${name} needs a value` };
    }
  }
  const str = (k: string) => values[k] as string | undefined;

  const territory = str('territory');
  if (territory === undefined) return { ok: false, error: '--territory is required' };
  const scenario = str('scenario');
  if (scenario === undefined) return { ok: false, error: '--scenario is required' };
  if (!(PRESET_IDS as readonly string[]).includes(scenario)) {
    return {
      ok: false,
      error: `--scenario: unknown scenario "${scenario}" (expected ${PRESET_IDS.join(', ')})`
    };
  }
  let runs = DEFAULT_CLI_RUNS;
  const runsText = str('runs');
  if (runsText !== undefined) {
    runs = /^\d+$/.test(runsText) ? Number(runsText) : NaN;
    if (!Number.isSafeInteger(runs) || runs < 1 || runs > MAX_RUNS) {
      return {
        ok: false,
        error: `--runs: expected an integer from 1 to ${MAX_RUNS}, found "${runsText}"`
      };
    }
  }
  let seed = DEFAULT_SEED;
  const seedText = str('seed');
  if (seedText !== undefined) {
    seed = /^\d+$/.test(seedText) ? Number(seedText) : NaN;
    if (!Number.isSafeInteger(seed) || seed > 0xffffffff) {
      return {
        ok: false,
        error: `--seed: expected an integer from 0 to 4294967295, found "${seedText}"`
      };
    }
  }
  const date = str('known-at') ?? null;
  if (date !== null && !isIsoDate(date)) {
    return { ok: false, error: `--known-at: expected a date YYYY-MM-DD, found "${date}"` };
  }
  const format = str('format') ?? 'csv';
  if (format !== 'csv' && format !== 'json') {
    return { ok: false, error: `--format: expected csv or json, found "${format}"` };
  }
  return {
    ok: true,
    options: { territory, scenario: scenario as PresetId, runs, seed, knownAt: date, format }
  };
}

/** The territory an argument names, from the dataset's régions and départements. */
export interface Territory {
  level: 'all' | 'region' | 'departement';
  /** The output's id: 'all', the région code, or the département's address (59, departement-32). */
  id: string;
  /** The région whose input is projected (null for all). */
  region: string | null;
  /** The sites whose rows are summed. */
  siteIds: string[];
}

export function resolveTerritory(
  arg: string,
  dataset: Pick<Dataset, 'regions' | 'departements' | 'sites'>
): Territory | null {
  if (arg === 'all') {
    return { level: 'all', id: 'all', region: null, siteIds: dataset.sites.map((s) => s.id) };
  }
  const regions = new Set(dataset.regions.map((r) => r.code));
  const departements = new Set(dataset.departements.map((d) => d.code));
  const ref = parseTerritorySlug(arg, regions, departements);
  if (!ref) return null;
  if (ref.level === 'region') {
    const siteIds = dataset.sites.filter((s) => s.region === ref.code).map((s) => s.id);
    return { level: 'region', id: ref.code, region: ref.code, siteIds };
  }
  const region = dataset.departements.find((d) => d.code === ref.code)!.region;
  const siteIds = dataset.sites.filter((s) => s.departement === ref.code).map((s) => s.id);
  return { level: 'departement', id: territorySlug(ref, regions), region, siteIds };
}

/** At most 3 decimals (coverage: 4), no "-0". */
export function rounded(x: number | null | undefined, decimals = 3): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const r = Number(x.toFixed(decimals));
  return r === 0 ? 0 : r;
}

function row(
  level: 'site' | 'territory',
  id: string,
  occupation: string,
  r: Pick<AggregateRow, 'year' | 'jobs' | 'trained' | 'unfilled' | 'surplus' | 'coverage'>,
  q: { jobs: Quantiles; unfilled: Quantiles } | null,
  surplus: number | null = r.surplus
): OutputRow {
  return {
    level,
    id,
    occupation,
    year: r.year,
    jobs: rounded(r.jobs),
    jobs_p10: rounded(q?.jobs.p10),
    jobs_p50: rounded(q?.jobs.p50),
    jobs_p90: rounded(q?.jobs.p90),
    trained: rounded(r.trained),
    unfilled: rounded(r.unfilled),
    unfilled_p10: rounded(q?.unfilled.p10),
    unfilled_p50: rounded(q?.unfilled.p50),
    unfilled_p90: rounded(q?.unfilled.p90),
    surplus: rounded(surplus),
    coverage: rounded(r.coverage, 4)
  };
}

/** The model input of a territory: the whole country, or its région's slice. */
export function territoryInput(
  dataset: Dataset,
  preset: PresetId,
  territory: Territory,
  today?: Dataset
): ProjectionInput {
  const state = defaultState();
  state.preset = preset;
  if (territory.region) state.region = territory.region;
  const input = buildModelInput(state, dataset, preset);
  // With --known-at, a site rebuilt from its older plans gets the preset's rule for unknown sites.
  if (today) applyRulesAsKnown(input, dataset, today, preset);
  return territory.region ? restrictToRegion(input, territory.region) : input;
}

/** The tidy rows of a territory: its sites' rows, then the territory's. */
export function projectTerritory(
  dataset: Dataset,
  options: Pick<ProjectOptions, 'scenario' | 'runs' | 'seed'>,
  territory: Territory,
  today?: Dataset
): OutputRow[] {
  if (territory.siteIds.length === 0) return [];
  const state = defaultState();
  state.preset = options.scenario;
  const input = territoryInput(dataset, options.scenario, territory, today);
  const inTerritory = new Set(territory.siteIds);
  const detail = projectDetailed(input);
  const rows: ProjectionRow[] = detail.rows.filter((r) => inTerritory.has(r.siteId));
  const sim = simulate(input, {
    runs: options.runs,
    seed: options.seed,
    uncertain: defaultUncertainty(state),
    ...(territory.level === 'departement' ? { groups: { [territory.id]: territory.siteIds } } : {})
  });
  const cellKey = (siteId: string, occupation: string, year: number) =>
    `${siteId}\u0000${occupation}\u0000${year}`;
  const cellQ = new Map(sim.rows.map((q) => [cellKey(q.siteId, q.occupation, q.year), q]));
  const siteQ = new Map(sim.sites.map((q) => [cellKey(q.siteId ?? '', '', q.year), q]));

  const out: OutputRow[] = [];
  const siteIds = [...territory.siteIds].sort();
  for (const siteId of siteIds) {
    const own = rows.filter((r) => r.siteId === siteId);
    for (const r of own) {
      out.push(
        row(
          'site',
          siteId,
          r.occupation,
          r,
          cellQ.get(cellKey(siteId, r.occupation, r.year)) ?? null
        )
      );
    }
    for (const a of aggregate(own, ['siteId'])) {
      out.push(row('site', siteId, 'all', a, siteQ.get(cellKey(siteId, '', a.year)) ?? null));
    }
  }

  // The territory: pools of available people belong to régions, so only a région or the whole
  // country counts them in its surplus.
  const pooled = territory.level !== 'departement';
  const available = pooled ? detail.unplaced : undefined;
  const single = siteIds.length === 1 ? siteIds[0] : null;
  for (const a of aggregate(rows, ['occupation'], { available })) {
    const q = single ? (cellQ.get(cellKey(single, a.occupation!, a.year)) ?? null) : null;
    out.push(row('territory', territory.id, a.occupation!, a, q, pooled ? a.surplus : null));
  }
  const totalQ = new Map<number, { jobs: Quantiles; unfilled: Quantiles }>();
  if (territory.level === 'departement') {
    for (const g of sim.groups) if (g.id === territory.id) totalQ.set(g.year, g);
  } else if (territory.level === 'region') {
    for (const g of sim.regions) if (g.region === territory.region) totalQ.set(g.year, g);
  } else {
    for (const g of sim.total) totalQ.set(g.year, g);
  }
  for (const a of aggregate(rows, [], { available })) {
    out.push(
      row(
        'territory',
        territory.id,
        'all',
        a,
        totalQ.get(a.year) ?? null,
        pooled ? a.surplus : null
      )
    );
  }
  return out;
}

export function formatRows(rows: readonly OutputRow[], format: 'csv' | 'json'): string {
  if (format === 'json') {
    return rows.length ? `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n` : '[]\n';
  }
  return csvFormat(rows as OutputRow[], [...COLUMNS]) + '\n';
}

class ExitError extends Error {
  constructor(
    message: string,
    readonly code: number
  ) {
    super(message);
  }
}

async function readDataset(staticDir: string): Promise<Dataset> {
  if (!existsSync(path.join(staticDir, 'data', 'manifest.json'))) {
    throw new ExitError(
      `project: ${path.join(staticDir, 'data')} has no built data: run npm run data first`,
      1
    );
  }
  const { NodeConnector } = await import('../src/lib/data/node.ts');
  const { loadDataset } = await import('../src/lib/data/queries.ts');
  const db = await NodeConnector.open(staticDir);
  try {
    return await loadDataset(db);
  } finally {
    await db.close();
  }
}

export async function main(argv: readonly string[], staticDir: string): Promise<number> {
  const parsed = parseProjectArgs(argv);
  if (!parsed.ok) throw new ExitError(`project: ${parsed.error}`, 2);
  if ('help' in parsed) {
    process.stdout.write(HELP);
    return 0;
  }
  const o = parsed.options;
  const full = await readDataset(staticDir);
  const dataset = o.knownAt ? knownAt(full, o.knownAt) : full;
  const territory = resolveTerritory(o.territory, dataset);
  if (!territory) {
    throw new ExitError(
      `project: --territory: no région or département has the code "${o.territory}" (INSEE codes, or all)`,
      2
    );
  }
  if (territory.siteIds.length === 0) {
    process.stderr.write(
      `project: no site in ${territory.id}${o.knownAt ? ` known at ${o.knownAt}` : ''}: no rows\n`
    );
  }
  const started = performance.now();
  const rows = projectTerritory(dataset, o, territory, o.knownAt ? full : undefined);
  process.stdout.write(formatRows(rows, o.format));
  process.stderr.write(
    `project: ${rows.length} rows, ${territory.siteIds.length} sites, scenario ${o.scenario}, ` +
      `${o.runs} runs, seed ${o.seed}${o.knownAt ? `, known at ${o.knownAt}` : ''} ` +
      `(${Math.round(performance.now() - started)} ms)\n`
  );
  return 0;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2), path.join(root, 'static')).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      process.stderr.write(`${error.message.split('\n')[0]}\n`);
      process.exitCode = error instanceof ExitError ? error.code : 1;
    }
  );
}
