import { describe, expect, it } from 'vitest';
import { aggregateTotal, placesToCloseGap, project } from '../../../src/lib/forecast/index.ts';
import { FIXTURE } from './fixture.ts';
import { program, site } from './helpers.ts';

/**
 * v2: in post ≤ jobs, so the unfilled jobs fall to 0 and stay there as the places grow (v1's
 * net gap went negative). The solver stops at the first x whose unfilled jobs are within
 * 1e-6 × the occupation's jobs at byYear: x = (J − 1e-6 J) / (what one place a year brings).
 */
const TOL = 1e-6;

describe('placesToCloseGap', () => {
  it('solves a hand-checkable case', () => {
    // J = 100 all along (ramp long finished), ρ = 0.1, no programme: the new programme takes the
    // defaults D = 1, c = 0.73, q = 0.7, so while W < J, W(2030) = 0.511 x (1 + 0.9 + 0.81 + 0.729
    // + 0.6561) = 0.511 x × 4.0951 (graduates of 2026 … 2030), and unfilled = 100 − W(2030).
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
    // unfilled ≤ 1e-6 × 100: x = (100 − 1e-4) / (0.511 × 4.0951) ≈ 47.78748
    const x = (100 - TOL * 100) / (0.511 * (1 + 0.9 + 0.81 + 0.729 + 0.6561));
    expect(r.byOccupation).toHaveLength(1);
    expect(r.byOccupation[0].extraPlacesPerYear).toBeCloseTo(x, 5);
    expect(r.totalExtraPlaces).toBeCloseTo(x, 5);
    expect(r.byOccupation[0].gapBefore).toBeCloseTo(100, 9);
    expect(r.byOccupation[0].gapAfter).toBeGreaterThanOrEqual(0);
    expect(r.byOccupation[0].gapAfter).toBeLessThanOrEqual(TOL * 100);
    expect(r.fromYear).toBe(2025);

    // Places opening in 2027 only graduate in 2028, 2029 and 2030: more are needed,
    // x = (100 − 1e-4) / (0.511 × (1 + 0.9 + 0.81)).
    const late = placesToCloseGap(input, { byYear: 2030, fromYear: 2027 });
    expect(late.fromYear).toBe(2027);
    expect(late.totalExtraPlaces).toBeCloseTo((100 - TOL * 100) / (0.511 * (1 + 0.9 + 0.81)), 5);
    // Opening in 2030 (graduates in 2031) cannot close the 2030 gap.
    const tooLate = placesToCloseGap(input, { byYear: 2030, fromYear: 2030 });
    expect(tooLate.totalExtraPlaces).toBeNull();
    expect(tooLate.byOccupation[0].feasible).toBe(false);
    expect(() => placesToCloseGap(input, { byYear: 2028, fromYear: 2029 })).toThrow(
      /fromYear.*from 2025 to byYear \(2028\), got 2029/
    );
    expect(() => placesToCloseGap(input, { byYear: 2030, fromYear: 2024 })).toThrow(/fromYear/);
  });

  it('closes every occupation gap of the fixture by 2030: exactly the unfilled jobs', () => {
    const r = placesToCloseGap(FIXTURE, { byYear: 2030 });
    const rows2030 = project(FIXTURE).filter((row) => row.year === 2030);
    expect(r.byOccupation.every((o) => o.feasible)).toBe(true);
    for (const o of r.byOccupation) {
      const cells = rows2030.filter((row) => row.occupation === o.occupation);
      const jobs = cells.reduce((s, row) => s + row.jobs, 0);
      // gapBefore is the occupation's unfilled jobs of the headline (summed, never netted).
      expect(o.gapBefore).toBeCloseTo(
        cells.reduce((s, row) => s + row.unfilled, 0),
        6
      );
      expect(o.gapAfter).toBeGreaterThanOrEqual(0);
      expect(o.gapAfter).toBeLessThanOrEqual(TOL * Math.max(1, jobs));
    }
    const before = aggregateTotal(project(FIXTURE)).find((t) => t.year === 2030)!.unfilled;
    expect(before).toBeGreaterThan(0);
    expect(r.totalExtraPlaces).toBeGreaterThan(0);
  });

  it('région places fill vacancies, not hires: a flat ramp with ρ = 0 can be closed', () => {
    // v1 shared région graduates by hires needed: a flat ramp with ρ = 0 needs none, so no number
    // of places closed it. v2 fills vacancies (100 empty posts): W(2030) = 0.511 x × 5 (graduates
    // of 2026 … 2030, nobody leaves), so x = (100 − 1e-4) / 2.555 ≈ 39.139.
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
    expect(r.byOccupation[0]).toMatchObject({ feasible: true });
    expect(r.totalExtraPlaces).toBeCloseTo((100 - TOL * 100) / 2.555, 5);
  });

  it('says when no number of places can close the gap in time', () => {
    const input = {
      sites: [site({ productionStart: 2000, fullCapacity: 2001, targetJobs: 100 })],
      programs: [],
      scenario: {
        years: [2025, 2030] as [number, number],
        attritionRate: 0,
        rampShape: 'linear' as const
      }
    };
    // 39.1 places a year are needed (above): 10 at most cannot.
    const capped = placesToCloseGap(input, { byYear: 2030, maxPlaces: 10 });
    expect(capped.byOccupation[0]).toMatchObject({ feasible: false, extraPlacesPerYear: null });
    expect(capped.totalExtraPlaces).toBeNull();
    // At most 10 a year (graduates of 2026 … 2030): W(2030) = 0.511 × 10 × 5 = 25.55, 74.45 unfilled.
    expect(capped.byOccupation[0].gapAfter).toBeCloseTo(100 - 0.511 * 10 * 5, 6);
    // The new places take the placement rate of the occupation's programmes: 0 places nobody.
    const none = placesToCloseGap(
      {
        ...input,
        programs: [program({ intake: 10, placementRate: 0, target: { site: 's1' } })]
      },
      { byYear: 2030, maxPlaces: 1e4 }
    );
    expect(none.byOccupation[0]).toMatchObject({
      feasible: false,
      extraPlacesPerYear: null,
      gapBefore: 100
    });
    expect(none.totalExtraPlaces).toBeNull();
  });
});
