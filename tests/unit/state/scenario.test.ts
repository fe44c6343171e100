import { beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../../src/lib/data/node.ts';
import { loadDataset, type Dataset, type ProgrammeRecord } from '../../../src/lib/data/queries.ts';
import { defaultState } from '../../../src/lib/state/app-state.ts';
import {
  budgetForPlaces,
  buildModelInput,
  closingCosts,
  closingFromYear,
  costPerPlace,
  costPerTrainee,
  defaultUncertainty,
  MONTE_CARLO_RUNS,
  monteCarloJob,
  placeCost,
  ORIENTATION_TRACK_ID,
  orientationProgram,
  placesFromBudget,
  referenceLeadYears
} from '../../../src/lib/scenario/build.ts';
import { newestSourceDate } from '../../../src/lib/data/provenance.ts';
import {
  earliestRenewal,
  occupationBalance,
  peakGap,
  peakUnfilled,
  restrictToRegion,
  territoryTotal
} from '../../../src/lib/scenario/territory.ts';
import {
  aggregateTotal,
  placesToCloseGap,
  project,
  projectDetailed,
  simulate
} from '../../../src/lib/forecast/index.ts';

let dataset: Dataset;
beforeAll(async () => {
  const db = await NodeConnector.open('static');
  dataset = await loadDataset(db);
  await db.close();
});
const programme = (id: string) => dataset.programmes.find((p) => p.id === id)!;

describe('budget lever', () => {
  it("turns euros into places at the programme's cost per trainee (Electro'Mob: 25 M€ / 8 000)", () => {
    const em = programme('electromob');
    expect(costPerTrainee(em)).toBe(25_000_000 / 8_000); // 3 125 €
    expect(placesFromBudget(em, 5_000_000)).toBe(1_600);
    expect(budgetForPlaces(em, 1_600)).toBe(5_000_000);
    expect(placesFromBudget(em, -10)).toBe(0);
  });

  it('is unavailable where the cost is unknown', () => {
    const noBudget: ProgrammeRecord = { ...programme('electromob'), budgetEur: null };
    expect(costPerTrainee(noBudget)).toBeNull();
    expect(placesFromBudget(noBudget, 1e6)).toBe(0);
    expect(budgetForPlaces(noBudget, 10)).toBeNull();
  });

  it('adds the bought places to the programme and raises the trained workforce', () => {
    const base = defaultState();
    const withBudget = defaultState();
    withBudget.levers.programmes.electromob = { budgetEur: 3_125_000 };
    const input = buildModelInput(withBudget, dataset);
    expect(input.scenario.programs?.electromob?.extraIntake).toBeCloseTo(1_000, 9);
    const trained = (s: typeof base) =>
      aggregateTotal(project(restrictToRegion(buildModelInput(s, dataset), '32'))).find(
        (r) => r.year === 2030
      )!.trained;
    expect(trained(withBudget)).toBeGreaterThan(trained(base) + 100);
  });
});

describe('cost of a training place (« ce qu’il faut »)', () => {
  const cost = (occupation: string) => costPerPlace(occupation, dataset.programmes);

  it('prices a place from a course of the occupation of about its length', () => {
    // Operators: the places last as long as the operators' courses, (350 × 0.135 + 200 × 0.21)
    // / 550 ≈ 0.16 year; the Battery Training Center (0.21 year) is the one with a known cost:
    // 1 M€ / 600 people.
    const operator = placeCost('operator', dataset.programmes)!;
    expect(operator.courseYears).toBeCloseTo((350 * 0.135 + 200 * 0.21) / 550, 9);
    expect(operator.pricedBy).toEqual(['battery-training-center-douvrin']);
    expect(cost('operator')).toBeCloseTo(1_000_000 / 600, 9);
    // Technicians: Electro'Mob is their own course (main occupation), 25 M€ / 8 000.
    expect(programme('electromob').occupation).toBe('technician');
    expect(cost('technician')).toBe(25_000_000 / 8_000);
    expect(cost('retrofit-technician')).toBe(19_000_000 / 8_000);
  });

  it('prices from a programme whose mix trains the occupation, if its length fits', () => {
    // Engineers have no course of their own: 1-year places (DEFAULT_NEW_PROGRAM). The ICM
    // campus (half a year) has engineers in its mix; Electro'Mob's two-day modules do not
    // price a year of training.
    expect(programme('icm-campus-flins').occupationMix?.engineer).toBeGreaterThan(0);
    expect(programme('electromob').occupationMix?.engineer).toBeGreaterThan(0);
    expect(placeCost('engineer', dataset.programmes)).toEqual({
      eurPerPlace: 19_000_000 / 8_000,
      courseYears: 1,
      pricedBy: ['icm-campus-flins']
    });
  });

  it('says the cost is unknown rather than borrow another course’s', () => {
    // Maintenance technicians: the TSMI (nine months) has no published budget; Electro'Mob
    // trains some of them, in modules of a few days: no course of that length has a cost.
    expect(costPerTrainee(programme('aesc-tsmi'))).toBeNull();
    expect(programme('electromob').occupationMix?.['maintenance-technician']).toBeGreaterThan(0);
    expect(cost('maintenance-technician')).toBeNull();
    // The école de production has a budget but no number of people to train.
    expect(costPerTrainee(programme('ecole-production-sud-haute-marne'))).toBeNull();
    expect(cost('machinist')).toBeNull();
    expect(cost('no-such-occupation')).toBeNull();
    // A programme of the occupation with a known cost but a course far too short or long.
    const only = [{ ...programme('electromob'), occupationMix: null }];
    expect(costPerPlace('technician', only)).toBe(3_125);
    expect(costPerPlace('technician', [{ ...only[0], durationYears: 2 }])).toBe(3_125);
    expect(
      costPerPlace('technician', [{ ...only[0], occupation: 'operator', durationYears: 2 }])
    ).toBeNull();
  });

  it('sums the known euros and names the occupations whose cost is unknown', () => {
    const closing = {
      byOccupation: [
        {
          occupation: 'operator',
          extraPlacesPerYear: 600,
          gapBefore: 1,
          gapAfter: 0,
          feasible: true
        },
        {
          occupation: 'maintenance-technician',
          extraPlacesPerYear: 40,
          gapBefore: 1,
          gapAfter: 0,
          feasible: true
        },
        {
          occupation: 'technician',
          extraPlacesPerYear: 0,
          gapBefore: -5,
          gapAfter: -5,
          feasible: true
        }
      ]
    };
    const costs = closingCosts(closing, dataset.programmes);
    expect(costs.byOccupation.map((o) => [o.occupation, o.eurosPerYear])).toEqual([
      ['operator', 1_000_000],
      ['maintenance-technician', null]
    ]);
    expect(costs.knownEurosPerYear).toBe(1_000_000);
    expect(costs.unknown).toEqual(['maintenance-technician']);
  });
});

describe('one Monte Carlo question for every page', () => {
  it('asks the worker for MONTE_CARLO_RUNS draws of the state’s uncertainty', () => {
    const state = defaultState();
    const input = restrictToRegion(buildModelInput(state, dataset), '32');
    const job = monteCarloJob(input, state);
    expect(MONTE_CARLO_RUNS).toBe(10_000);
    expect(job).toEqual({
      input,
      uncertain: defaultUncertainty(state),
      runs: MONTE_CARLO_RUNS,
      sites: []
    });
    expect(job.input).toBe(input);
  });

  it('reports only the sites a page shows, with the same sums and probabilities', () => {
    const state = defaultState();
    const input = restrictToRegion(buildModelInput(state, dataset), '32');
    const ask = (reported: string[]) => {
      const job = monteCarloJob(input, state, reported);
      return simulate(job.input, { runs: 400, uncertain: job.uncertain, sites: job.sites });
    };
    const all = simulate(input, { runs: 400, uncertain: defaultUncertainty(state) });
    const none = ask([]);
    const one = ask(['aesc-douai']);
    expect(none.sites).toEqual([]);
    expect(new Set(one.sites.map((r) => r.siteId))).toEqual(new Set(['aesc-douai']));
    expect(one.sites).toEqual(all.sites.filter((r) => r.siteId === 'aesc-douai'));
    for (const r of [none, one]) {
      expect(r.total).toEqual(all.total);
      expect(r.shortageProbability).toEqual(all.shortageProbability);
    }
    expect(all.sites.length).toBeGreaterThan(one.sites.length);
  });
});

describe('levers', () => {
  it('adds a site delay to the preset and multiplies its target', () => {
    const s = defaultState();
    s.preset = 'annonces';
    s.levers.sites['aesc-douai'] = { delayYears: 2, targetScale: 0.5 };
    const input = buildModelInput(s, dataset);
    expect(input.scenario.sites?.['aesc-douai']).toEqual({ delayYears: 2, targetScale: 0.5 });
  });

  it('ignores levers for sites or programmes the dataset does not have', () => {
    const s = defaultState();
    s.levers.sites['ghost'] = { delayYears: 3 };
    s.levers.programmes['ghost'] = { intakeScale: 2 };
    const input = buildModelInput(s, dataset);
    expect(input.scenario.sites?.ghost).toBeUndefined();
    expect(input.scenario.programs?.ghost).toBeUndefined();
  });

  it('feeds orientation internships × share into an initial-training track after the lag', () => {
    const s = defaultState();
    expect(orientationProgram(s, dataset)).toBeNull();
    s.levers.orientationInternships = 1_000;
    s.levers.orientationShare = 0.2;
    const o = orientationProgram(s, dataset)!;
    expect(o.program.id).toBe(ORIENTATION_TRACK_ID);
    expect(o.program.intake).toBe(200);
    expect(o.program.startYear).toBe(s.years[0] + o.lagYears);
    expect(o.program.target).toEqual({ region: '32' });
    expect(buildModelInput(s, dataset).programs.at(-1)!.id).toBe(ORIENTATION_TRACK_ID);
  });
});

describe('what it takes', () => {
  it('finds extra places that bring the territory’s gap to zero by the chosen year', () => {
    const input = restrictToRegion(buildModelInput(defaultState(), dataset), '32');
    const total = aggregateTotal(project(input));
    const gap2032 = total.find((r) => r.year === 2032)!.gap;
    expect(gap2032).toBeGreaterThan(0);
    const result = placesToCloseGap(input, { byYear: 2032 });
    expect(result.totalExtraPlaces).toBeGreaterThan(0);
    for (const occ of result.byOccupation) {
      if (occ.feasible && (occ.extraPlacesPerYear ?? 0) > 0)
        expect(Math.abs(occ.gapAfter)).toBeLessThan(1);
    }
    expect(peakGap(total)!.gap).toBeGreaterThanOrEqual(gap2032);
  });
});

describe('"what it takes" starts at the next intake, not in the past', () => {
  it('opens the extra places the year after the newest figures, unless the planner says', () => {
    const newest = newestSourceDate(
      dataset.sites,
      dataset.sitePlans,
      dataset.observations,
      dataset.programmes
    );
    const dates = [
      ...dataset.sites,
      ...dataset.sitePlans,
      ...dataset.observations,
      ...dataset.programmes
    ].map((r) => r.sourceDate);
    expect(dates).toContain(newest);
    expect(dates.every((d) => d <= newest)).toBe(true);
    const next = Number(newest.slice(0, 4)) + 1;
    const state = defaultState();
    expect(closingFromYear(state, dataset)).toBe(next);
    expect(closingFromYear({ ...state, closeFrom: 2025 }, dataset)).toBe(2025);
    // Never after the target year, never before the horizon.
    expect(closingFromYear({ ...state, closeBy: 2026, closeFrom: null }, dataset)).toBe(
      Math.min(2026, next)
    );
    expect(closingFromYear({ ...state, years: [2029, 2035], closeBy: 2032 }, dataset)).toBe(
      Math.max(2029, next)
    );
  });

  it('needs more places a year when they open later', () => {
    const input = restrictToRegion(buildModelInput(defaultState(), dataset), '32');
    const early = placesToCloseGap(input, { byYear: 2032, fromYear: 2024 });
    const next = placesToCloseGap(input, {
      byYear: 2032,
      fromYear: closingFromYear(defaultState(), dataset)
    });
    expect(next.fromYear).toBeGreaterThan(2024);
    expect(next.totalExtraPlaces!).toBeGreaterThan(early.totalExtraPlaces!);
  });
});

describe('model assumptions as levers', () => {
  const total2035 = (state: ReturnType<typeof defaultState>) => {
    const d = projectDetailed(restrictToRegion(buildModelInput(state, dataset), '32'));
    return { detail: d, at: territoryTotal(d).find((r) => r.year === 2035)! };
  };

  it('takes the reference class as the hiring lead unless the planner sets one', () => {
    const reference = referenceLeadYears(dataset);
    // AESC, Verkor and ACC have observed headcounts: L ≈ 2.3 years (docs/model.md).
    expect(reference).toBeGreaterThan(1.5);
    expect(reference).toBeLessThan(3);
    const s = defaultState();
    expect(buildModelInput(s, dataset).scenario.hiringLeadYears).toBe(reference);
    s.levers.hiringLeadYears = 1;
    expect(buildModelInput(s, dataset).scenario.hiringLeadYears).toBe(1);
    // Out of LEVER_BOUNDS (a hand-made state): the reference class, never an invalid input.
    s.levers.hiringLeadYears = 9;
    expect(buildModelInput(s, dataset).scenario.hiringLeadYears).toBe(reference);
  });

  it('a longer lead puts more jobs before production', () => {
    const jobs2025 = (lead: number | null) => {
      const s = defaultState();
      s.levers.hiringLeadYears = lead;
      const rows = projectDetailed(restrictToRegion(buildModelInput(s, dataset), '32')).rows;
      // Tiamat (production 2027, no observation): only its ramp moves with the lead.
      return rows
        .filter((r) => r.siteId === 'tiamat-amiens' && r.year === 2025)
        .reduce((a, r) => a + r.jobs, 0);
    };
    expect(jobs2025(4)).toBeGreaterThan(jobs2025(null));
    expect(jobs2025(null)).toBeGreaterThan(jobs2025(0));
  });

  it('renews programmes after their funded end by default, and stops them on request', () => {
    const renew = total2035(defaultState());
    const stop = defaultState();
    stop.levers.afterFundedEnd = 'stop';
    const stopped = total2035(stop);
    expect(buildModelInput(stop, dataset).scenario.afterFundedEnd).toBe('stop');
    expect(earliestRenewal(renew.detail.renewedFrom)?.from).toBeGreaterThanOrEqual(2024);
    expect(stopped.detail.renewedFrom).toEqual({});
    expect(earliestRenewal(stopped.detail.renewedFrom)).toBeNull();
    // Fewer people trained after the funded ends: more unfilled jobs at the horizon.
    expect(stopped.at.unfilled).toBeGreaterThan(renew.at.unfilled + 100);
    expect(stopped.at.jobs).toBeCloseTo(renew.at.jobs, 6);
  });
});

describe('a territory’s headline figures', () => {
  it('sums unfilled jobs over the cells and counts the available people as surplus', () => {
    const d = projectDetailed(restrictToRegion(buildModelInput(defaultState(), dataset), '11'));
    const total = territoryTotal(d);
    expect(total).toEqual(aggregateTotal(d.rows, { available: d.unplaced }));
    const t = total.find((r) => r.year === 2030)!;
    // Île-de-France: unfilled jobs and available people at once, never netted.
    expect(t.unfilled).toBeGreaterThan(100);
    expect(t.surplus).toBeGreaterThan(100);
    expect(t.trained).toBeLessThanOrEqual(t.jobs);
    expect(t.coverage!).toBeLessThanOrEqual(1);
    // …because they are not the same occupations.
    const balance = occupationBalance(territoryTotal(d, { byOccupation: true }), 2030);
    const lacking = new Set(balance.unfilled.map((x) => x.occupation));
    expect(balance.surplus.some((x) => lacking.has(x.occupation))).toBe(false);
    expect(balance.unfilled.reduce((a, x) => a + x.value, 0)).toBeCloseTo(t.unfilled, 6);
    expect(balance.surplus.reduce((a, x) => a + x.value, 0)).toBeCloseTo(t.surplus, 6);
    const peak = peakUnfilled(total)!;
    expect(peak.unfilled).toBe(Math.max(...total.map((r) => r.unfilled)));
  });

  it('lists the renewed programmes earliest first, restricted to the ones asked for', () => {
    const renewed = { electromob: 2031, 'aesc-tsmi': 2024, 'aesc-operateurs-preembauche': 2026 };
    expect(earliestRenewal(renewed)).toEqual({
      from: 2024,
      programmes: [
        { id: 'aesc-tsmi', from: 2024 },
        { id: 'aesc-operateurs-preembauche', from: 2026 },
        { id: 'electromob', from: 2031 }
      ]
    });
    expect(earliestRenewal(renewed, ['electromob'])).toEqual({
      from: 2031,
      programmes: [{ id: 'electromob', from: 2031 }]
    });
    expect(earliestRenewal(renewed, [])).toBeNull();
    expect(peakUnfilled([])).toBeNull();
  });
});
