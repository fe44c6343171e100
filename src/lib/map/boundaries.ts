/**
 * The project's boundaries (`static/data/france.topo.json`, built by `npm run data` from Natural
 * Earth geometry and INSEE COG codes) read and checked at run time: a file that does not hold
 * the 101 départements and 18 régions with their codes fails here, naming what is wrong, rather
 * than drawing a wrong map.
 *
 * @example
 *   const france = parseFrance(JSON.parse(readFileSync('static/data/france.topo.json', 'utf8')));
 *   france.departements.length; // 101
 */
import type { Feature, GeoJsonProperties, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export interface DepartementProperties {
  code: string;
  name: string;
  region: string;
}
export interface RegionProperties {
  code: string;
  name: string;
}
export type DepartementFeature = Feature<Polygon | MultiPolygon, DepartementProperties>;
export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProperties>;

type FranceTopology = Topology<{
  departements: GeometryCollection<DepartementProperties>;
  regions: GeometryCollection<RegionProperties>;
}>;

export interface France {
  topology: FranceTopology;
  departements: DepartementFeature[];
  regions: RegionFeature[];
}

export const DEPARTEMENT_COUNT = 101;
export const REGION_COUNT = 18;
const REGION_CODE = /^\d{2}$/;
const DEPARTEMENT_CODE = /^(\d{2}|2A|2B|97[1-6])$/;

export class BoundariesError extends Error {
  constructor(message: string) {
    super(`france.topo.json: ${message}`);
    this.name = 'BoundariesError';
  }
}

function collection(
  topology: Topology,
  name: string,
  count: number
): GeometryCollection<GeoJsonProperties> {
  const object = topology.objects?.[name];
  if (!object || object.type !== 'GeometryCollection') {
    throw new BoundariesError(`object "${name}" is missing or not a GeometryCollection`);
  }
  if (object.geometries.length !== count) {
    throw new BoundariesError(
      `object "${name}" has ${object.geometries.length} geometries, expected ${count}`
    );
  }
  return object;
}

function checkProperties(
  geometries: GeometryObject<GeoJsonProperties>[],
  name: string,
  keys: readonly string[],
  codePattern: RegExp
): void {
  const seen = new Set<string>();
  geometries.forEach((g, i) => {
    const props = (g.properties ?? {}) as Record<string, unknown>;
    for (const key of keys) {
      if (typeof props[key] !== 'string' || props[key] === '') {
        throw new BoundariesError(`${name}[${i}]: property "${key}" is not a non-empty text`);
      }
    }
    const code = props.code as string;
    if (!codePattern.test(code)) throw new BoundariesError(`${name}[${i}]: bad code "${code}"`);
    if (seen.has(code)) throw new BoundariesError(`${name}: code "${code}" appears twice`);
    seen.add(code);
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
      throw new BoundariesError(`${name} ${code}: geometry type ${String(g.type)}`);
    }
  });
}

/** Checks a parsed TopoJSON file and returns its features, sorted by code. */
export function parseFrance(json: unknown): France {
  const topology = json as Topology;
  if (!topology || typeof topology !== 'object' || topology.type !== 'Topology') {
    throw new BoundariesError('not a TopoJSON topology');
  }
  if (!Array.isArray(topology.arcs)) throw new BoundariesError('no arcs');
  const deps = collection(topology, 'departements', DEPARTEMENT_COUNT);
  const regs = collection(topology, 'regions', REGION_COUNT);
  checkProperties(deps.geometries, 'departements', ['code', 'name', 'region'], DEPARTEMENT_CODE);
  checkProperties(regs.geometries, 'regions', ['code', 'name'], REGION_CODE);
  const regionCodes = new Set(regs.geometries.map((g) => (g.properties as RegionProperties).code));
  for (const g of deps.geometries) {
    const p = g.properties as DepartementProperties;
    if (!regionCodes.has(p.region)) {
      throw new BoundariesError(`département ${p.code}: unknown région "${p.region}"`);
    }
  }
  const t = topology as FranceTopology;
  const byCode = <T extends { properties: { code: string } }>(a: T, b: T) =>
    a.properties.code.localeCompare(b.properties.code);
  return {
    topology: t,
    departements: (feature(t, t.objects.departements).features as DepartementFeature[]).sort(
      byCode
    ),
    regions: (feature(t, t.objects.regions).features as RegionFeature[]).sort(byCode)
  };
}

/**
 * Shared borders between two départements (or régions), optionally only where `keep` holds for
 * both sides: a border is drawn once, not twice as two outlines would.
 */
export function innerBorders(
  france: France,
  level: 'departements' | 'regions',
  keep: (code: string) => boolean = () => true
): MultiLineString {
  const t = france.topology;
  const object = t.objects[level] as GeometryCollection<RegionProperties>;
  return mesh(
    t,
    object,
    (a, b) =>
      a !== b &&
      keep((a.properties as RegionProperties).code) &&
      keep((b.properties as RegionProperties).code)
  );
}
