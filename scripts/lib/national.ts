/**
 * A synthetic France-wide input for the model's scale tests (issue 14): sites in every one of
 * the 101 départements and programmes for sites and régions, in the columns of data/sites.csv
 * and data/programmes.csv, so that the explorer can load them as a researcher's files (same
 * checks, `checkUpload`) and the benchmarks can run the model on them (`nationalInput`).
 *
 * Every row is synthetic: `kind` is 'synthetic', `source` is "scripts/build-national.ts" and
 * `source_date` is the fixed `NATIONAL_SOURCE_DATE` (not the day of the build, so that a seed
 * always gives the same files). What is real: the départements, régions and communes (INSEE
 * codes and names, @etalab/decoupage-administratif), the occupation families (data/
 * occupations.csv) and the place of each site, a point inside its département's boundary
 * (static/data/france.topo.json); what is drawn: everything else.
 *
 * @example
 *   const { sites, programmes } = nationalRecords({ seed: 1 });  // rows as the CSV cells
 *   const input = nationalInput({ seed: 1 });                     // the model's ProjectionInput
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoBounds, geoContains } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { toModelInput } from '../../src/lib/data/model-input.ts';
import { programmes as programmesSpec, sites as sitesSpec } from '../../src/lib/data/schema.ts';
import { programmeRecord, siteRecord } from '../../src/lib/data/user-data.ts';
import { parseMix } from '../../src/lib/data/validate.ts';
import { mulberry32 } from '../../src/lib/forecast/random.ts';
import type { ProjectionInput, Scenario } from '../../src/lib/forecast/types.ts';
import { buildBoundaries, type FranceTopology } from './boundaries.ts';
import { loadTerritories, type Departement } from './territories.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const NATIONAL_SOURCE = 'scripts/build-national.ts';
/** The rows' source date: fixed, so that the same seed writes the same files on any day. */
export const NATIONAL_SOURCE_DATE = '2026-12-01';
export const NATIONAL_DEFAULTS = { seed: 1, sites: 505, programmes: 320 } as const;
/** The horizon of the benchmarks (as scripts/bench-speed.ts on the default dataset). */
export const NATIONAL_YEARS: Scenario['years'] = [2024, 2035];

export interface NationalOptions {
  seed?: number;
  /** At least 101 (one per département); default 505. */
  sites?: number;
  programmes?: number;
}

/** A row as the CSV's cells: column name → text ('' for an empty cell). */
export type CsvRow = Record<string, string>;

export interface NationalRecords {
  sites: CsvRow[];
  programmes: CsvRow[];
}

/** The occupation families of the default data (data/occupations.csv), in file order. */
export function occupationFamilies(): string[] {
  const table = parseCsv(readFileSync(path.join(root, 'data/occupations.csv'), 'utf8'));
  const code = table.header.indexOf('code');
  return table.records.map((r) => r.cells[code]);
}

type Area = Feature<Polygon | MultiPolygon, { code: string }>;

/** The département boundaries: the built map if there is one, else built from the source. */
function departementAreas(): Map<string, Area> {
  const file = path.join(root, 'static/data/france.topo.json');
  const topology: FranceTopology = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : buildBoundaries();
  const collection = feature(topology, topology.objects.departements) as unknown as {
    features: Area[];
  };
  return new Map(collection.features.map((f) => [f.properties.code, f]));
}

interface Commune {
  code: string;
  name: string;
  population: number;
}

/** The 30 most populous communes of each département (real INSEE codes and names). */
function communesByDepartement(): Map<string, Commune[]> {
  const require = createRequire(import.meta.url);
  const raw = JSON.parse(
    readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8')
  ) as { code: string; nom: string; type: string; departement?: string; population?: number }[];
  const out = new Map<string, Commune[]>();
  for (const c of raw) {
    if (c.type !== 'commune-actuelle' || !c.departement) continue;
    const list = out.get(c.departement) ?? [];
    list.push({ code: c.code, name: c.nom, population: c.population ?? 0 });
    out.set(c.departement, list);
  }
  for (const [d, list] of out) {
    list.sort((a, b) => b.population - a.population || a.code.localeCompare(b.code));
    out.set(d, list.slice(0, 30));
  }
  return out;
}

/** The departments' populations (sum of their communes'), to spread the sites beyond one each. */
function populationOf(communes: Map<string, Commune[]>, d: Departement): number {
  return (communes.get(d.code) ?? []).reduce((s, c) => s + c.population, 0);
}

/** Shares in ten-thousandths summing to exactly 1 ("code:0.5714;…"), from positive weights. */
function mixText(weights: [string, number][]): string {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  const units = weights.map(([, w]) => Math.max(1, Math.round((10000 * w) / total)));
  const biggest = units.indexOf(Math.max(...units));
  units[biggest] += 10000 - units.reduce((s, u) => s + u, 0);
  return weights.map(([code], i) => `${code}:${(units[i] / 10000).toFixed(4)}`).join(';');
}

const ACTIVITIES = [
  'battery_cells',
  'battery_materials',
  'battery_recycling',
  'vehicle_circular_economy'
] as const;

/** The default mix of a battery plant (AESC's published split, DEFAULT_OCCUPATION_MIX). */
const BATTERY_MIX: [string, number][] = [
  ['operator', 600],
  ['maintenance-technician', 190],
  ['technician', 90],
  ['engineer', 100],
  ['manager', 40],
  ['support', 30]
];

/**
 * The synthetic rows, from the seed: one draw stream (mulberry32), in a fixed order, so that
 * a seed gives the same files everywhere.
 */
export function nationalRecords(options: NationalOptions = {}): NationalRecords {
  const seed = options.seed ?? NATIONAL_DEFAULTS.seed;
  const nSites = options.sites ?? NATIONAL_DEFAULTS.sites;
  const nProgrammes = options.programmes ?? NATIONAL_DEFAULTS.programmes;
  const { departements } = loadTerritories();
  if (nSites < departements.length) {
    throw new RangeError(`nationalRecords: at least ${departements.length} sites (one each)`);
  }
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const between = (lo: number, hi: number): number => lo + (hi - lo) * rand();
  const int = (lo: number, hi: number): number => Math.floor(between(lo, hi + 1));
  const families = occupationFamilies();
  const known = new Set(families);
  for (const [code] of BATTERY_MIX) {
    if (!known.has(code)) throw new Error(`nationalRecords: no family ${code} in occupations`);
  }
  const extraFamilies = families.filter((f) => !BATTERY_MIX.some(([c]) => c === f));
  const areas = departementAreas();
  const communes = communesByDepartement();

  // One site in each département, the rest spread in proportion to population.
  const deps: Departement[] = [...departements];
  const weights = departements.map((d) => populationOf(communes, d));
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  for (let i = departements.length; i < nSites; i++) {
    let x = rand() * totalWeight;
    let k = 0;
    while (k < weights.length - 1 && x >= weights[k]) x -= weights[k++];
    deps.push(departements[k]);
  }

  const sites: CsvRow[] = deps.map((d, i) => {
    const n = String(i + 1).padStart(3, '0');
    const commune = pick(communes.get(d.code) ?? []);
    if (!commune) throw new Error(`nationalRecords: no commune in département ${d.code}`);
    const [lat, lon] = pointIn(areas.get(d.code), d.code, rand);
    const activity = pick(ACTIVITIES);
    const start = int(2023, 2031);
    const full = start + int(1, 5);
    const high = Math.round(Math.exp(between(Math.log(80), Math.log(2500))));
    const low = Math.round(high * between(0.6, 1));
    const status =
      start <= 2024
        ? pick(['ramping_up', 'producing'] as const)
        : start <= 2026
          ? 'under_construction'
          : 'announced';
    // Most sites publish a mix (the default battery split, jittered); some add a family of
    // their own activity (retrofit, machining); a tenth publish none (the model's default).
    let mix = '';
    if (rand() >= 0.1) {
      const w: [string, number][] = BATTERY_MIX.map(([c, v]) => [c, v * between(0.6, 1.4)]);
      if (activity === 'vehicle_circular_economy' || rand() < 0.15) {
        w.push([pick(extraFamilies), between(60, 300)]);
      }
      mix = mixText(w);
    }
    const brownfield = rand() < 0.1;
    const existing = brownfield ? Math.round(high * between(0.2, 0.6)) : null;
    return {
      id: `nat-site-${n}`,
      name: `Site synthétique ${n} (${commune.name})`,
      operator: `Opérateur synthétique ${String.fromCharCode(65 + (i % 26))}`,
      activity,
      commune: commune.name,
      commune_insee: commune.code,
      departement: d.code,
      region: d.region,
      latitude: lat.toFixed(3),
      longitude: lon.toFixed(3),
      production_start: String(start),
      full_capacity_year: String(full),
      jobs_direct_low: String(low),
      jobs_direct_high: String(high),
      jobs_indirect: rand() < 0.5 ? String(Math.round(high * between(1, 3))) : '',
      capacity_gwh: activity === 'battery_cells' ? between(1, 40).toFixed(1) : '',
      status,
      occupation_mix: mix,
      initial_trained: rand() < 0.2 ? String(Math.round(low * between(0.01, 0.1))) : '',
      existing_jobs: existing === null ? '' : String(existing),
      reconversion_jobs: existing === null ? '' : String(Math.round(existing * between(0, 0.5))),
      notes:
        `Ligne synthétique (graine ${seed}) : commune et département réels, position tirée dans ` +
        'le département, calendrier, emplois et répartition par métier tirés au hasard. Pas une donnée réelle.',
      source: NATIONAL_SOURCE,
      source_title: `Jeu national synthétique, graine ${seed}`,
      source_date: NATIONAL_SOURCE_DATE,
      kind: 'synthetic'
    };
  });

  const regions = [...new Set(departements.map((d) => d.region))].sort();
  const programmes: CsvRow[] = [];
  for (let i = 0; i < nProgrammes; i++) {
    const n = String(i + 1).padStart(3, '0');
    const forSite = rand() < 0.6;
    const site = pick(sites);
    const region = forSite ? site.region : pick(regions);
    const occupation = forSite
      ? pick(
          Object.keys(site.occupation_mix ? parseMix(site.occupation_mix) : {}).concat('operator')
        )
      : pick(families);
    // A région's programme for a whole sector trains several families and sends part of its
    // graduates elsewhere in it.
    const sector = !forSite && rand() < 0.4;
    const start = int(2019, 2030);
    const end = rand() < 0.5 ? String(start + int(0, 6)) : '';
    programmes.push({
      id: `nat-prog-${n}`,
      name: `Formation synthétique ${n} (${occupation})`,
      operator: `Organisme synthétique ${String.fromCharCode(65 + (i % 26))}`,
      programme_type: 'training',
      target_site: forSite ? site.id : '',
      target_region: forSite ? '' : region,
      occupation,
      occupation_mix: sector
        ? mixText([[occupation, 500], ...BATTERY_MIX.filter(([c]) => c !== occupation)])
        : '',
      intake_per_year: String(int(8, 400)),
      intake_source: `Synthétique : tiré par ${NATIONAL_SOURCE} (graine ${seed}).`,
      duration_years: pick(['0.25', '0.5', '0.75', '1', '1.5', '2', '3']),
      start_year: String(start),
      end_year: end,
      completion_rate: between(0.6, 0.95).toFixed(2),
      completion_source: `Synthétique : tiré par ${NATIONAL_SOURCE}.`,
      placement_rate: between(0.5, 0.9).toFixed(2),
      placement_source: `Synthétique : tiré par ${NATIONAL_SOURCE}.`,
      target_share: sector ? between(0.2, 0.6).toFixed(2) : '',
      budget_eur: '',
      people_target: '',
      internships_per_year: '',
      notes: `Ligne synthétique (graine ${seed}). Pas une donnée réelle.`,
      source: NATIONAL_SOURCE,
      source_title: `Jeu national synthétique, graine ${seed}`,
      source_date: NATIONAL_SOURCE_DATE,
      kind: 'synthetic'
    });
  }
  return { sites, programmes };
}

/** A point inside the département's boundary (rejection in its bounding box), [lat, lon]. */
function pointIn(area: Area | undefined, code: string, rand: () => number): [number, number] {
  if (!area) throw new Error(`nationalRecords: no boundary for département ${code}`);
  const [[lon0, lat0], [lon1, lat1]] = geoBounds(area);
  for (let k = 0; k < 10_000; k++) {
    const lon = lon0 + (lon1 - lon0) * rand();
    const lat = lat0 + (lat1 - lat0) * rand();
    // Rounded as written, so the written point is the one tested.
    const p: [number, number] = [+lon.toFixed(3), +lat.toFixed(3)];
    if (geoContains(area, p)) return [p[1], p[0]];
  }
  throw new Error(`nationalRecords: no point found inside département ${code}`);
}

/** The rows as CSV text in the columns of data/*.csv (those of the upload schema). */
export function toCsvText(table: 'sites' | 'programmes', rows: readonly CsvRow[]): string {
  const columns = (table === 'sites' ? sitesSpec : programmesSpec).columns.map((c) => c.name);
  const quote = (c: string) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))]
    .map((cells) => cells.map(quote).join(','))
    .join('\n')
    .concat('\n');
}

/**
 * The model's input for the national rows, through the app's own path: typed rows → records
 * (`siteRecord`, `programmeRecord`, as an upload) → `toModelInput`.
 */
export function nationalInput(
  options: NationalOptions & { years?: Scenario['years'] } = {}
): ProjectionInput {
  const { sites, programmes } = nationalRecords(options);
  const mark = { file: NATIONAL_SOURCE, loadedAt: `${NATIONAL_SOURCE_DATE}T00:00:00.000Z` };
  const typed = (row: CsvRow, numeric: readonly string[], mixes: readonly string[]) => {
    const out: Record<string, string | number | null | Record<string, number>> = {};
    for (const [k, v] of Object.entries(row)) {
      if (v === '') out[k] = null;
      else if (mixes.includes(k)) out[k] = parseMix(v) as Record<string, number>;
      else out[k] = numeric.includes(k) ? Number(v) : v;
    }
    return out;
  };
  const numericOf = (spec: typeof sitesSpec) =>
    spec.columns.filter((c) => ['integer', 'number', 'year'].includes(c.type)).map((c) => c.name);
  const model = toModelInput({
    sites: sites.map((r) => siteRecord(typed(r, numericOf(sitesSpec), ['occupation_mix']), mark)),
    programmes: programmes.map((r) =>
      programmeRecord(typed(r, numericOf(programmesSpec), ['occupation_mix']), mark)
    )
  });
  return { ...model, scenario: { years: options.years ?? NATIONAL_YEARS } };
}
