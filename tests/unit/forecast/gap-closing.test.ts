import { describe, expect, it } from 'vitest';
import { aggregateTotal, placesToCloseGap, project } from '../../../src/lib/forecast/index.ts';
import { FIXTURE } from './fixture.ts';
import { site } from './helpers.ts';

describe('placesToCloseGap', () => {
  it('solves a hand-checkable case', () => {
    // J = 100 all along (ramp long finished), ρ = 0.1, no programme: the new programme takes the
    // defaults D = 1, c = 0.8, q = 0.7, so W(2030) = 0.56 x (1 + 0.9 + 0.81 + 0.729 + 0.6561).
    const input = {
      sites: [
        site({
          productionStart: 2000,
          fullCapacity: 2001,
          targetJobs: 100,
          occupationMix: { operator: 1 }
        })
      ],
      programs: [],
      scenario: {
        years: [2025, 2030] as [number, number],
        attritionRate: 0.1,
        rampShape: 'linear' as const
      }
    };
    const r = placesToCloseGap(input, { byYear: 2030 });
    const x = 100 / (0.56 * (1 + 0.9 + 0.81 + 0.729 + 0.6561));
    expect(r.byOccupation).toHaveLength(1);
    expect(r.byOccupation[0].extraPlacesPerYear).toBeCloseTo(x, 5);
    expect(r.totalExtraPlaces).toBeCloseTo(x, 5);
    expect(r.byOccupation[0].gapBefore).toBeCloseTo(100, 9);
    expect(Math.abs(r.byOccupation[0].gapAfter)).toBeLessThan(1e-4);
    expect(r.fromYear).toBe(2025);

    // Places opening in 2027 only graduate in 2028, 2029 and 2030: more are needed.
    const late = placesToCloseGap(input, { byYear: 2030, fromYear: 2027 });
    expect(late.fromYear).toBe(2027);
    expect(late.totalExtraPlaces).toBeCloseTo(100 / (0.56 * (1 + 0.9 + 0.81)), 5);
    // Opening in 2030 (graduates in 2031) cannot close the 2030 gap.
    const tooLate = placesToCloseGap(input, { byYear: 2030, fromYear: 2030 });
    expect(tooLate.totalExtraPlaces).toBeNull();
    expect(tooLate.byOccupation[0].feasible).toBe(false);
    expect(() => placesToCloseGap(input, { byYear: 2028, fromYear: 2029 })).toThrow(
      /fromYear.*from 2025 to byYear \(2028\), got 2029/
    );
    expect(() => placesToCloseGap(input, { byYear: 2030, fromYear: 2024 })).toThrow(/fromYear/);
  });

  it('closes every occupation gap of the fixture by 2030', () => {
    const r = placesToCloseGap(FIXTURE, { byYear: 2030 });
    expect(r.byOccupation.every((o) => o.feasible)).toBe(true);
    for (const o of r.byOccupation) expect(o.gapAfter).toBeLessThanOrEqual(1e-6);
    const before = aggregateTotal(project(FIXTURE)).find((t) => t.year === 2030)!.gap;
    expect(before).toBeGreaterThan(0);
    expect(r.totalExtraPlaces).toBeGreaterThan(0);
  });

  it('says when no number of places can close the gap in time', () => {
    // Graduates need 1 year: nothing started in 2025 can be at work by end 2025 — but with ρ = 0
    // and a flat ramp there are no hires either, so région graduates stay unplaced.
    const input = {
      sites: [site({ productionStart: 2000, fullCapacity: 2001, targetJobs: 100 })],
      programs: [],
      scenario: {
        years: [2025, 2030] as [number, number],
        attritionRate: 0,
        rampShape: 'linear' as const
      }
    };
    const r = placesToCloseGap(input, { byYear: 2030, maxPlaces: 1e4 });
    expect(r.byOccupation[0]).toMatchObject({ feasible: false, extraPlacesPerYear: null });
    expect(r.totalExtraPlaces).toBeNull();
  });
});
