import { describe, expect, it } from 'vitest';
import { loadTerritories } from '../../scripts/lib/territories';

const { regions, departements } = loadTerritories();

const METRO_REGIONS = [
  '11',
  '24',
  '27',
  '28',
  '32',
  '44',
  '52',
  '53',
  '75',
  '76',
  '84',
  '93',
  '94'
];
const OVERSEAS = [
  { region: '01', dep: '971', name: 'Guadeloupe' },
  { region: '02', dep: '972', name: 'Martinique' },
  { region: '03', dep: '973', name: 'Guyane' },
  { region: '04', dep: '974', name: 'La Réunion' },
  { region: '06', dep: '976', name: 'Mayotte' }
];

describe('loadTerritories', () => {
  it('keeps exactly the 18 régions and 101 départements', () => {
    expect(regions).toHaveLength(18);
    expect(departements).toHaveLength(101);
    expect(regions.map((r) => r.code)).toEqual(
      [...OVERSEAS.map((o) => o.region), ...METRO_REGIONS].sort()
    );
    const metro = departements.filter((d) => !d.code.startsWith('97'));
    expect(metro).toHaveLength(96);
    expect(departements.filter((d) => d.code.startsWith('97')).map((d) => d.code)).toEqual(
      OVERSEAS.map((o) => o.dep)
    );
  });

  it('excludes collectivités d’outre-mer', () => {
    const codes = new Set([...regions.map((r) => r.code), ...departements.map((d) => d.code)]);
    for (const com of ['975', '977', '978', '984', '986', '987', '988', '989']) {
      expect(codes.has(com)).toBe(false);
    }
  });

  it('has clean, unique codes sorted by code', () => {
    for (const r of regions) expect(r.code).toMatch(/^\d{2}$/);
    for (const d of departements) {
      expect(d.code).toMatch(/^(\d{2}|2A|2B|97[1-6])$/);
      expect(d.region).toMatch(/^\d{2}$/);
    }
    const all = [...regions, ...departements];
    for (const t of all) {
      expect(t.name).toBe(t.name.trim());
      expect(t.name.length).toBeGreaterThan(0);
      expect(t.code).not.toMatch(/\s/);
    }
    expect(new Set(regions.map((r) => r.code)).size).toBe(18);
    expect(new Set(departements.map((d) => d.code)).size).toBe(101);
    const sorted = (codes: string[]) => [...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(regions.map((r) => r.code)).toEqual(sorted(regions.map((r) => r.code)));
    expect(departements.map((d) => d.code)).toEqual(sorted(departements.map((d) => d.code)));
  });

  it('links every département to an existing région, and every région has départements', () => {
    const regionCodes = new Set(regions.map((r) => r.code));
    for (const d of departements) expect(regionCodes.has(d.region)).toBe(true);
    for (const r of regions) expect(departements.some((d) => d.region === r.code)).toBe(true);
  });

  it.each([
    ['59', 'Nord', '32'],
    ['62', 'Pas-de-Calais', '32'],
    ['78', 'Yvelines', '11'],
    ['75', 'Paris', '11'],
    ['52', 'Haute-Marne', '44'],
    ['2A', 'Corse-du-Sud', '94'],
    ['2B', 'Haute-Corse', '94'],
    ['68', 'Haut-Rhin', '44'],
    ['77', 'Seine-et-Marne', '11'],
    ['973', 'Guyane', '03'],
    ['976', 'Mayotte', '06']
  ])('département %s is %s in région %s', (code, name, region) => {
    expect(departements.find((d) => d.code === code)).toEqual({ code, name, region });
  });

  it.each([
    ['32', 'Hauts-de-France'],
    ['11', 'Île-de-France'],
    ['44', 'Grand Est'],
    ['94', 'Corse'],
    ['93', "Provence-Alpes-Côte d'Azur"],
    ['04', 'La Réunion'],
    ['06', 'Mayotte']
  ])('région %s is named %s', (code, name) => {
    expect(regions.find((r) => r.code === code)?.name).toBe(name);
  });

  it('keeps chef-lieu codes when present', () => {
    expect(regions.find((r) => r.code === '11')?.chef_lieu).toBe('75056');
    for (const r of regions) if (r.chef_lieu !== undefined) expect(r.chef_lieu).toMatch(/^\w{5}$/);
  });
});
