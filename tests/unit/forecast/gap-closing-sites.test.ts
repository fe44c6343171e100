import { beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../../src/lib/data/node.ts';
import { loadDataset, type Dataset } from '../../../src/lib/data/queries.ts';
import {
  aggregateTotal,
  placesToCloseGap,
  project,
  type ProjectionInput
} from '../../../src/lib/forecast/index.ts';
import { defaultState } from '../../../src/lib/state/app-state.ts';
import { buildModelInput, closingFromYear } from '../../../src/lib/scenario/build.ts';
import { restrictToRegion } from '../../../src/lib/scenario/territory.ts';

let dataset: Dataset;
let region: ProjectionInput;
let fromYear: number;
beforeAll(async () => {
  const db = await NodeConnector.open('static');
  dataset = await loadDataset(db);
  await db.close();
  const state = defaultState();
  region = restrictToRegion(buildModelInput(state, dataset), '32');
  fromYear = closingFromYear(state, dataset);
});

const sitesOf = (dep: string) =>
  new Set(dataset.sites.filter((s) => s.departement === dep).map((s) => s.id));
const unfilledAt = (input: ProjectionInput, ids: ReadonlySet<string>, year: number) =>
  aggregateTotal(project(input).filter((r) => ids.has(r.siteId) && r.year === year))[0].unfilled;

describe('placesToCloseGap with sites (a département’s « Ce qu’il faut »)', () => {
  it('fills exactly the département’s unfilled jobs of the région’s projection (Nord, 2030)', () => {
    const ids = sitesOf('59');
    const closing = placesToCloseGap(region, { sites: [...ids], byYear: 2030, fromYear });
    expect(closing.fromYear).toBe(2027);
    const before = closing.byOccupation.reduce((s, o) => s + o.gapBefore, 0);
    // The brief's headline: the Nord's sites in the région's projection.
    expect(before).toBeCloseTo(unfilledAt(region, ids, 2030), 6);
    expect(before).toBeCloseTo(1664.9, 1);
    for (const o of closing.byOccupation) {
      expect(o.feasible, o.occupation).toBe(true);
      expect(o.gapAfter, o.occupation).toBeLessThanOrEqual(1e-6 * 3327);
    }
    expect(closing.totalExtraPlaces!).toBeGreaterThan(1380);
    expect(closing.totalExtraPlaces!).toBeLessThan(1390);
    expect(closing.byOccupation.map((o) => o.occupation)).toEqual([
      'operator',
      'maintenance-technician',
      'technician',
      'engineer',
      'manager',
      'support'
    ]);
  });

  it('is the smallest number of places: a thousandth fewer leaves jobs unfilled', () => {
    const ids = sitesOf('62');
    const closing = placesToCloseGap(region, { sites: [...ids], byYear: 2030, fromYear });
    const tech = closing.byOccupation.find((o) => o.occupation === 'maintenance-technician')!;
    const again = placesToCloseGap(region, {
      sites: [...ids],
      byYear: 2030,
      fromYear,
      maxPlaces: 0.99 * tech.extraPlacesPerYear!
    });
    const short = again.byOccupation.find((o) => o.occupation === 'maintenance-technician')!;
    expect(short.feasible).toBe(false);
    expect(short.extraPlacesPerYear).toBeNull();
    expect(short.gapAfter).toBeGreaterThan(0);
    expect(again.totalExtraPlaces).toBeNull();
  });

  it('names a site it does not know', () => {
    expect(() =>
      placesToCloseGap(region, { sites: ['aesc-douai', 'nowhere'], byYear: 2030, fromYear })
    ).toThrow(/sites.*unknown site "nowhere"/);
  });

  it('says 0 places where nothing is unfilled, and the région’s places stay the library’s', () => {
    // A site its own programme more than fills: nothing to fill, no place to open.
    const full: ProjectionInput = {
      sites: [
        {
          id: 'plant',
          name: 'Plant',
          region: '32',
          productionStart: 2020,
          fullCapacity: 2022,
          targetJobs: 100,
          occupationMix: { operator: 1 }
        }
      ],
      programs: [
        {
          id: 'course',
          name: 'Course',
          occupation: 'operator',
          intake: 200,
          startYear: 2015,
          durationYears: 0.5,
          completionRate: 0.8,
          placementRate: 0.7,
          target: { site: 'plant' }
        }
      ],
      scenario: { years: [2024, 2035] }
    };
    const none = placesToCloseGap(full, { sites: ['plant'], byYear: 2030, fromYear: 2027 });
    expect(none.byOccupation).toEqual([
      { occupation: 'operator', extraPlacesPerYear: 0, gapBefore: 0, gapAfter: 0, feasible: true }
    ]);
    expect(none.totalExtraPlaces).toBe(0);
    // The région's brief uses placesToCloseGap: it closes the région's 2 430.9 unfilled jobs.
    const all = placesToCloseGap(region, { byYear: 2030, fromYear });
    expect(all.byOccupation.reduce((s, o) => s + o.gapBefore, 0)).toBeCloseTo(2666.6, 1);
  });
});
