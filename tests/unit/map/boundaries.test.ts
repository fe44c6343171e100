import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BoundariesError, innerBorders, parseFrance } from '../../../src/lib/map/boundaries.ts';

const json = () => JSON.parse(readFileSync('static/data/france.topo.json', 'utf8'));

describe('parseFrance', () => {
  it('reads the 101 départements and 18 régions, sorted by code, with their régions', () => {
    const france = parseFrance(json());
    expect(france.departements).toHaveLength(101);
    expect(france.regions).toHaveLength(18);
    expect(france.departements[0].properties).toEqual({ code: '01', name: 'Ain', region: '84' });
    const nord = france.departements.find((d) => d.properties.code === '59')!;
    expect(nord.properties).toEqual({ code: '59', name: 'Nord', region: '32' });
    expect(france.regions.map((r) => r.properties.code)).toContain('32');
    expect(france.departements.map((d) => d.properties.code)).toEqual(
      expect.arrayContaining(['2A', '2B', '971', '972', '973', '974', '976'])
    );
  });

  it('fails loudly on a file that is not the expected topology', () => {
    expect(() => parseFrance(null)).toThrow(BoundariesError);
    expect(() => parseFrance({ type: 'FeatureCollection' })).toThrow(/not a TopoJSON topology/);
    const noRegions = json();
    delete noRegions.objects.regions;
    expect(() => parseFrance(noRegions)).toThrow(/object "regions" is missing/);
    const missing = json();
    missing.objects.departements.geometries.pop();
    expect(() => parseFrance(missing)).toThrow(/100 geometries, expected 101/);
    const twice = json();
    twice.objects.departements.geometries[1].properties.code = '01';
    expect(() => parseFrance(twice)).toThrow(/code "01" appears twice/);
    const badCode = json();
    badCode.objects.regions.geometries[0].properties.code = 'X1';
    expect(() => parseFrance(badCode)).toThrow(/bad code "X1"/);
    const orphan = json();
    orphan.objects.departements.geometries[0].properties.region = '99';
    expect(() => parseFrance(orphan)).toThrow(/département 01: unknown région "99"/);
  });

  it('draws each shared border once', () => {
    const france = parseFrance(json());
    const all = innerBorders(france, 'regions');
    const none = innerBorders(france, 'regions', () => false);
    expect(all.coordinates.length).toBeGreaterThan(10);
    expect(none.coordinates).toHaveLength(0);
  });
});
