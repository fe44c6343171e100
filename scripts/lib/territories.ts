/**
 * French régions and départements, derived from the official INSEE COG as packaged by
 * `@etalab/decoupage-administratif` (data/regions.json, data/departements.json).
 *
 * Scope: the 18 régions (13 metropolitan + 5 overseas régions: 01 Guadeloupe, 02 Martinique,
 * 03 Guyane, 04 La Réunion, 06 Mayotte) and their 101 départements (96 metropolitan incl. 2A/2B,
 * + 971, 972, 973, 974, 976). Collectivités d'outre-mer (zone "com": 975, 977, 978, 984, 986,
 * 987, 988, 989) are excluded.
 *
 * Pure and side-effect free on import: files are only read when `loadTerritories()` is called.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type Region = { code: string; name: string; chef_lieu?: string };
export type Departement = { code: string; name: string; region: string };
export type Territories = { regions: Region[]; departements: Departement[] };
export type Commune = { code: string; name: string; departement: string };

export const EXPECTED_REGION_COUNT = 18;
export const EXPECTED_DEPARTEMENT_COUNT = 101;

export const REGION_CODE_RE = /^\d{2}$/;
export const DEPARTEMENT_CODE_RE = /^(\d{2}|2A|2B|97[1-6])$/;

/** Zones kept from the package: metropolitan France and the départements/régions d'outre-mer. */
const KEPT_ZONES = new Set(['metro', 'drom']);

const PACKAGE = '@etalab/decoupage-administratif';

type RawEntry = {
  code?: unknown;
  nom?: unknown;
  region?: unknown;
  chefLieu?: unknown;
  zone?: unknown;
  departement?: unknown;
  type?: unknown;
};

function readPackageJson(file: 'regions.json' | 'departements.json' | 'communes.json'): RawEntry[] {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = require.resolve(`${PACKAGE}/data/${file}`);
  } catch (err) {
    throw new Error(
      `territories: cannot resolve ${PACKAGE}/data/${file} — is the package installed?`,
      { cause: err }
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`territories: cannot read/parse ${path}: ${String(err)}`, { cause: err });
  }
  if (!Array.isArray(parsed)) {
    throw new Error(`territories: ${path} is not a JSON array`);
  }
  return parsed as RawEntry[];
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function byCode<T extends { code: string }>(a: T, b: T): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export function loadTerritories(): Territories {
  const rawRegions = readPackageJson('regions.json');
  const rawDepartements = readPackageJson('departements.json');

  const regions: Region[] = rawRegions
    .filter((r) => KEPT_ZONES.has(str(r.zone)))
    .map((r) => {
      const region: Region = { code: str(r.code), name: str(r.nom) };
      const chefLieu = str(r.chefLieu);
      if (chefLieu) region.chef_lieu = chefLieu;
      return region;
    })
    .sort(byCode);

  const departements: Departement[] = rawDepartements
    .filter((d) => KEPT_ZONES.has(str(d.zone)))
    .map((d) => ({ code: str(d.code), name: str(d.nom), region: str(d.region) }))
    .sort(byCode);

  if (regions.length !== EXPECTED_REGION_COUNT) {
    throw new Error(
      `territories: expected ${EXPECTED_REGION_COUNT} régions in ${PACKAGE}, got ${regions.length}`
    );
  }
  if (departements.length !== EXPECTED_DEPARTEMENT_COUNT) {
    throw new Error(
      `territories: expected ${EXPECTED_DEPARTEMENT_COUNT} départements in ${PACKAGE}, got ${departements.length}`
    );
  }

  const regionCodes = new Set<string>();
  for (const r of regions) {
    if (!REGION_CODE_RE.test(r.code)) throw new Error(`territories: bad région code "${r.code}"`);
    if (!r.name) throw new Error(`territories: région ${r.code} has no name`);
    if (regionCodes.has(r.code)) throw new Error(`territories: duplicate région ${r.code}`);
    regionCodes.add(r.code);
  }
  const departementCodes = new Set<string>();
  for (const d of departements) {
    if (!DEPARTEMENT_CODE_RE.test(d.code)) {
      throw new Error(`territories: bad département code "${d.code}"`);
    }
    if (!d.name) throw new Error(`territories: département ${d.code} has no name`);
    if (departementCodes.has(d.code))
      throw new Error(`territories: duplicate département ${d.code}`);
    if (!regionCodes.has(d.region)) {
      throw new Error(`territories: département ${d.code} points to unknown région "${d.region}"`);
    }
    departementCodes.add(d.code);
  }

  return { regions, departements };
}

/**
 * Types of the COG's communes.json that a site can be located in: the current communes and the
 * municipal arrondissements of Paris, Lyon and Marseille (their own INSEE codes, e.g. 75108).
 * Delegated and associated communes are former communes: their codes are no longer current.
 */
const CURRENT_COMMUNE_TYPES = new Set(['commune-actuelle', 'arrondissement-municipal']);

/** Current communes of the 101 départements kept by `loadTerritories`, sorted by code. */
export function loadCommunes(departements = loadTerritories().departements): Commune[] {
  const kept = new Set(departements.map((d) => d.code));
  const communes = readPackageJson('communes.json')
    .filter((c) => CURRENT_COMMUNE_TYPES.has(str(c.type)) && kept.has(str(c.departement)))
    .map((c) => ({ code: str(c.code), name: str(c.nom), departement: str(c.departement) }))
    .sort(byCode);
  // A floor against a broken package: version 6.0.0 lists 34 969 current communes.
  if (communes.length < 30_000) {
    throw new Error(`territories: only ${communes.length} communes in ${PACKAGE}`);
  }
  return communes;
}
