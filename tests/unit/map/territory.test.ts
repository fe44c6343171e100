import { beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../../src/lib/data/node.ts';
import { loadDataset, type Dataset } from '../../../src/lib/data/queries.ts';
import { defaultState } from '../../../src/lib/state/app-state.ts';
import { buildModelInput } from '../../../src/lib/state/scenario.ts';
import { restrictToRegion } from '../../../src/lib/state/territory.ts';
import { aggregateTotal, PRESET_IDS, project } from '../../../src/lib/forecast/index.ts';
import { loadFrance } from '../../../src/lib/map/france.server.ts';
import {
  parseTerritorySlug,
  restrictToDepartement,
  territorySlug
} from '../../../src/lib/map/territory.ts';

let dataset: Dataset;
let regions: Set<string>;
let departements: Set<string>;
beforeAll(async () => {
  const db = await NodeConnector.open('static');
  dataset = await loadDataset(db);
  await db.close();
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

describe('restrictToDepartement', () => {
  const slice = (dep: string, preset = defaultState().preset) => {
    const state = { ...defaultState(), preset };
    const region = restrictToRegion(buildModelInput(state, dataset), '32');
    const ids = new Set(dataset.sites.filter((s) => s.departement === dep).map((s) => s.id));
    return { region, ids, ...restrictToDepartement(region, ids) };
  };

  it('keeps the département’s sites, their programmes and the région’s, with its share', () => {
    const { input, shares } = slice('59');
    expect(input.sites.map((s) => s.id).sort()).toEqual([
      'aesc-douai',
      'neomat-dunkerque',
      'prologium-dunkerque',
      'verkor-dunkerque'
    ]);
    expect(input.programs.map((p) => p.id).sort()).toEqual([
      'aesc-operateurs-preembauche',
      'aesc-tsmi',
      'electromob'
    ]);
    // Electro'Mob targets the whole région: the Nord gets part of its graduates, not all.
    expect(shares.electromob).toBeGreaterThan(0.2);
    expect(shares.electromob).toBeLessThan(0.8);
    const em = input.programs.find((p) => p.id === 'electromob')!;
    expect(typeof em.intake).toBe('object');
  });

  it('gives the région projection’s figures for those sites, in every preset', () => {
    for (const preset of PRESET_IDS) {
      for (const dep of ['59', '62', '80']) {
        const { region, ids, input } = slice(dep, preset);
        const expected = aggregateTotal(project(region).filter((r) => ids.has(r.siteId)));
        const got = aggregateTotal(project(input));
        expect(got.map((r) => r.year)).toEqual(expected.map((r) => r.year));
        got.forEach((r, i) => {
          const e = expected[i];
          expect(r.jobs).toBeCloseTo(e.jobs, 6);
          // Electro'Mob's 0.01-year course splits a cohort over two years: within a few people.
          expect(Math.abs(r.trained - e.trained), `${preset} ${dep} ${r.year}`).toBeLessThan(
            Math.max(5, 0.01 * e.trained)
          );
        });
      }
    }
  });

  it('shares the budget lever’s extra places too', () => {
    const state = defaultState();
    state.levers.programmes.electromob = { budgetEur: 5_000_000 };
    const region = restrictToRegion(buildModelInput(state, dataset), '32');
    const ids = new Set(['acc-douvrin']);
    const { input } = restrictToDepartement(region, ids);
    const expected = aggregateTotal(project(region).filter((r) => ids.has(r.siteId)));
    const got = aggregateTotal(project(input));
    got.forEach((r, i) =>
      expect(Math.abs(r.trained - expected[i].trained)).toBeLessThan(
        Math.max(5, 0.01 * expected[i].trained)
      )
    );
    expect(input.scenario.programs?.electromob?.extraIntake).toBeUndefined();
  });

  it('keeps nothing of a département without sites', () => {
    const { input, shares } = slice('02');
    expect(input.sites).toEqual([]);
    expect(input.programs).toEqual([]);
    expect(shares).toEqual({});
  });
});
