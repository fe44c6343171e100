import { beforeAll, describe, expect, it } from 'vitest';
import { loadFrance } from '../../../src/lib/map/france.server.ts';
import { parseTerritorySlug, territorySlug } from '../../../src/lib/map/territory.ts';

let regions: Set<string>;
let departements: Set<string>;
beforeAll(() => {
  const france = loadFrance();
  regions = new Set(france.regions.map((r) => r.properties.code));
  departements = new Set(france.departements.map((d) => d.properties.code));
});

describe('territory addresses', () => {
  it('reads /territoires/32 as the région and /territoires/59 as the département', () => {
    expect(parseTerritorySlug('32', regions, departements)).toEqual({
      level: 'region',
      code: '32'
    });
    expect(parseTerritorySlug('59', regions, departements)).toEqual({
      level: 'departement',
      code: '59'
    });
    expect(parseTerritorySlug('2A', regions, departements)).toEqual({
      level: 'departement',
      code: '2A'
    });
    expect(parseTerritorySlug('974', regions, departements)).toEqual({
      level: 'departement',
      code: '974'
    });
  });

  it('gives the départements whose code is a région code (Gers 32, Paris 75…) their own address', () => {
    expect(territorySlug({ level: 'departement', code: '32' }, regions)).toBe('departement-32');
    expect(parseTerritorySlug('departement-32', regions, departements)).toEqual({
      level: 'departement',
      code: '32'
    });
    expect(territorySlug({ level: 'departement', code: '59' }, regions)).toBe('59');
    // One address per territory: no alias for a code that is not taken by a région.
    expect(parseTerritorySlug('departement-59', regions, departements)).toBeNull();
  });

  it('rejects what names no territory', () => {
    for (const bad of ['99', '20', '975', '', 'departement-', 'region-32', '32 ', '../32']) {
      expect(parseTerritorySlug(bad, regions, departements), bad).toBeNull();
    }
  });

  it('gives the 119 territories 119 distinct addresses that read back', () => {
    const refs = [
      ...[...regions].map((code) => ({ level: 'region' as const, code })),
      ...[...departements].map((code) => ({ level: 'departement' as const, code }))
    ];
    const slugs = refs.map((r) => territorySlug(r, regions));
    expect(new Set(slugs).size).toBe(119);
    refs.forEach((ref, i) =>
      expect(parseTerritorySlug(slugs[i], regions, departements)).toEqual(ref)
    );
  });
});
