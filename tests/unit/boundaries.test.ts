import { beforeAll, describe, expect, it } from 'vitest';
import { geoArea, geoCentroid } from 'd3';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import {
  buildBoundaries,
  matchSourceFeatures,
  rewindForD3,
  serialiseBoundaries,
  type DepartementProperties,
  type FranceTopology,
  type RegionProperties
} from '../../scripts/lib/boundaries';
import { loadTerritories } from '../../scripts/lib/territories';

const territories = loadTerritories();
const EARTH_RADIUS_KM = 6371;

let topo: FranceTopology;
let json: string;
let deps: FeatureCollection<Polygon | MultiPolygon, DepartementProperties>;
let regs: FeatureCollection<Polygon | MultiPolygon, RegionProperties>;

beforeAll(() => {
  topo = buildBoundaries();
  json = serialiseBoundaries(topo);
  deps = feature(topo, topo.objects.departements) as typeof deps;
  regs = feature(topo, topo.objects.regions) as typeof regs;
});

const byCode = <P extends { code: string }>(
  fc: FeatureCollection<Polygon | MultiPolygon, P>,
  code: string
) => fc.features.find((f) => f.properties.code === code) as Feature<Polygon | MultiPolygon, P>;
const areaKm2 = (f: Feature) => geoArea(f) * EARTH_RADIUS_KM ** 2;

describe('buildBoundaries', () => {
  it('is a TopoJSON topology with départements and régions objects', () => {
    expect(topo.type).toBe('Topology');
    expect(Object.keys(topo.objects).sort()).toEqual(['departements', 'regions']);
    expect(topo.transform).toBeDefined();
    expect(topo.objects.departements.geometries).toHaveLength(101);
    expect(topo.objects.regions.geometries).toHaveLength(18);
  });

  it('uses the COG codes and names', () => {
    const depGeometries = topo.objects.departements.geometries;
    const regGeometries = topo.objects.regions.geometries;
    const depCodes = depGeometries.map((g) => (g.properties as DepartementProperties).code);
    const regCodes = regGeometries.map((g) => (g.properties as RegionProperties).code);
    expect(new Set(depCodes)).toEqual(new Set(territories.departements.map((d) => d.code)));
    expect(new Set(regCodes)).toEqual(new Set(territories.regions.map((r) => r.code)));
    expect(depCodes).toHaveLength(new Set(depCodes).size);
    expect(regCodes).toHaveLength(new Set(regCodes).size);
    for (const g of depGeometries) {
      const p = g.properties as DepartementProperties;
      expect(p.code).toMatch(/^(\d{2}|2A|2B|97[1-6])$/);
      expect(p.region).toMatch(/^\d{2}$/);
      const d = territories.departements.find((x) => x.code === p.code)!;
      expect(p).toEqual({ code: d.code, name: d.name, region: d.region });
    }
    for (const g of regGeometries) {
      const p = g.properties as RegionProperties;
      expect(p.code).toMatch(/^\d{2}$/);
      expect(p).toEqual({
        code: p.code,
        name: territories.regions.find((r) => r.code === p.code)!.name
      });
    }
  });

  it('gives every territory a (Multi)Polygon with a plausible, correctly wound area', () => {
    for (const f of [...deps.features, ...regs.features]) {
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      const km2 = areaKm2(f);
      // Paris ≈ 105 km², Guyane ≈ 84 000 km²; an inverted ring would give ~510 million km².
      expect(km2, f.properties.code).toBeGreaterThan(50);
      expect(km2, f.properties.code).toBeLessThan(100_000);
    }
    expect(areaKm2(byCode(deps, '75'))).toBeLessThan(200);
    expect(areaKm2(byCode(regs, '75'))).toBeGreaterThan(70_000); // Nouvelle-Aquitaine ≈ 84 000
  });

  it('places the Nord where it belongs', () => {
    const [lon, lat] = geoCentroid(byCode(deps, '59'));
    expect(Math.abs(lat - 50.4)).toBeLessThan(0.5);
    expect(Math.abs(lon - 3.2)).toBeLessThan(0.5);
  });

  it('includes Île-de-France (stray tab in the source région code) and Corse', () => {
    const idf = byCode(regs, '11');
    expect(idf.properties.name).toBe('Île-de-France');
    const [lon, lat] = geoCentroid(idf);
    expect(Math.abs(lon - 2.5)).toBeLessThan(0.5);
    expect(Math.abs(lat - 48.7)).toBeLessThan(0.5);
    expect(areaKm2(idf)).toBeGreaterThan(10_000);
    const corse = byCode(regs, '94');
    expect(corse.properties.name).toBe('Corse');
    expect(geoCentroid(corse)[1]).toBeGreaterThan(41);
    expect(geoCentroid(corse)[1]).toBeLessThan(43.1);
  });

  it('merges régions without interior slivers: area equals the sum of its départements', () => {
    for (const r of regs.features) {
      const sum = deps.features
        .filter((d) => d.properties.region === r.properties.code)
        .reduce((s, d) => s + areaKm2(d), 0);
      expect(areaKm2(r) / sum, r.properties.code).toBeCloseTo(1, 3);
    }
    // Île-de-France is a single polygon once its 8 départements are merged.
    expect(byCode(regs, '11').geometry.coordinates).toHaveLength(1);
  });

  it('includes the overseas départements at their real location', () => {
    const expected: Record<string, [number, number]> = {
      '971': [-61.5, 16.2],
      '972': [-61.0, 14.6],
      '973': [-53.2, 4.0],
      '974': [55.5, -21.1],
      '976': [45.15, -12.8]
    };
    for (const [code, [lon, lat]] of Object.entries(expected)) {
      const c = geoCentroid(byCode(deps, code));
      expect(Math.abs(c[0] - lon), code).toBeLessThan(1);
      expect(Math.abs(c[1] - lat), code).toBeLessThan(1);
    }
  });

  it('stays small and is deterministic', () => {
    expect(Buffer.byteLength(json)).toBeLessThan(400 * 1024);
    expect(serialiseBoundaries(buildBoundaries())).toBe(json);
  });
});

describe('source matching', () => {
  it('maps every Natural Earth feature and reports its name typos', () => {
    const { matches, nameMismatches } = matchSourceFeatures(territories);
    expect(matches.size).toBe(101);
    expect(nameMismatches.map((m) => m.code)).toEqual(['68', '77', '973']);
  });

  it('rewinds rings to the d3 convention (exterior clockwise)', () => {
    const ccw: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0]
        ],
        [
          [0.2, 0.2],
          [0.2, 0.8],
          [0.8, 0.8],
          [0.8, 0.2],
          [0.2, 0.2]
        ]
      ]
    };
    const wound = rewindForD3(ccw);
    expect(wound.coordinates[0]).toEqual([...ccw.coordinates[0]].reverse());
    expect(wound.coordinates[1]).toEqual([...ccw.coordinates[1]].reverse());
    expect(geoArea(wound)).toBeLessThan(1e-3);
    expect(rewindForD3(wound)).toEqual(wound);
  });
});
