/**
 * The checks of issue 10 ("Numbers a planner can quote") on the default dataset, through the
 * app's own path (dataset → buildModelInput → restrictToRegion → the library), so that what the
 * pages show is what is checked here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../../src/lib/data/node.ts';
import { loadDataset, type Dataset } from '../../../src/lib/data/queries.ts';
import { defaultState, type AppState, type PresetId } from '../../../src/lib/state/app-state.ts';
import { buildModelInput, defaultUncertainty } from '../../../src/lib/scenario/build.ts';
import { restrictToRegion } from '../../../src/lib/scenario/territory.ts';
import {
  aggregateTotal,
  modelTime,
  placesToCloseGap,
  projectDetailed,
  simulate,
  type ProjectionInput,
  type SimulationResult
} from '../../../src/lib/forecast/index.ts';

let dataset: Dataset;
beforeAll(async () => {
  const db = await NodeConnector.open('static');
  dataset = await loadDataset(db);
  await db.close();
});

function inputFor(
  preset: PresetId,
  region: string,
  years: [number, number] = [2024, 2035],
  levers: Partial<AppState['levers']> = {}
): { state: AppState; input: ProjectionInput } {
  const base = defaultState();
  const state: AppState = { ...base, preset, years, levers: { ...base.levers, ...levers } };
  const full = buildModelInput(state, {
    sites: dataset.sites,
    programmes: dataset.programmes,
    observations: dataset.observations
  });
  return { state, input: restrictToRegion(full, region) };
}

const RUNS = 2000;
const sims = new Map<string, SimulationResult>();
function sim(preset: PresetId, region = '32', years: [number, number] = [2024, 2035]) {
  const key = `${preset}/${region}/${years}`;
  if (!sims.has(key)) {
    const { state, input } = inputFor(preset, region, years);
    sims.set(
      key,
      simulate(input, { runs: RUNS, seed: 1, uncertain: defaultUncertainty(state), rows: false })
    );
  }
  return sims.get(key)!;
}

describe('jobs curves agree with the observed headcounts', () => {
  it('every observed headcount lies between the réaliste p10 of the year before it and the p90 of the year after', () => {
    const s = sim('realiste', '32', [2022, 2035]);
    const headcounts = dataset.observations.filter(
      (o) => o.subjectType === 'site' && o.metric === 'headcount'
    );
    expect(headcounts.length).toBeGreaterThanOrEqual(5);
    for (const o of headcounts) {
      const x = modelTime(o.date);
      const before = s.sites.find((r) => r.siteId === o.subjectId && r.year === Math.floor(x))!;
      const after = s.sites.find((r) => r.siteId === o.subjectId && r.year === Math.ceil(x))!;
      expect(before.jobs.p10, `${o.subjectId} ${o.date}`).toBeLessThanOrEqual(o.value);
      expect(after.jobs.p90, `${o.subjectId} ${o.date}`).toBeGreaterThanOrEqual(o.value);
    }
  });

  it('AESC at the end of 2025 is at least its June 2025 headcount and close to January 2026’s 900', () => {
    const { input } = inputFor('realiste', '32');
    const rows = projectDetailed(input).rows.filter(
      (r) => r.siteId === 'aesc-douai' && r.year === 2025
    );
    const jobs = rows.reduce((s, r) => s + r.jobs, 0);
    expect(jobs).toBeGreaterThan(650);
    expect(Math.abs(jobs - 900)).toBeLessThan(50);
  });
});

describe('gaps per occupation, never netted', () => {
  for (const preset of ['annonces', 'realiste', 'stress', 'volontariste'] as const) {
    it(`${preset}: in post ≤ jobs in every cell; totals sum the cells' unfilled and the pools' available`, () => {
      for (const region of ['32', '11', '44']) {
        const { input } = inputFor(preset, region);
        const d = projectDetailed(input);
        for (const r of d.rows) expect(r.trained).toBeLessThanOrEqual(r.jobs + 1e-9);
        const total = aggregateTotal(d.rows, { available: d.unplaced });
        for (const t of total) {
          const cells = d.rows.filter((r) => r.year === t.year);
          const unfilled = cells.reduce((s, r) => s + Math.max(0, r.jobs - r.trained), 0);
          const available = d.unplaced
            .filter((a) => a.year === t.year)
            .reduce((s, a) => s + a.available, 0);
          expect(t.unfilled).toBeCloseTo(unfilled, 6);
          expect(t.surplus).toBeCloseTo(available, 6);
          if (t.coverage !== null) expect(t.coverage).toBeLessThanOrEqual(1);
        }
      }
    });
  }
});

describe('stocks before the horizon', () => {
  it("AESC's 38 maintenance technicians of 2023 are in its 2024 stock", () => {
    const { input } = inputFor('realiste', '32');
    const row = projectDetailed(input).rows.find(
      (r) =>
        r.siteId === 'aesc-douai' && r.occupation === 'maintenance-technician' && r.year === 2024
    )!;
    // 38 hired in 2023 (observed), kept at 1 − ρ = 0.92, plus the 2024 cohort's graduates.
    expect(row.trained).toBeGreaterThanOrEqual(38 * 0.92 - 1e-9);
  });
});

describe('uncertainty around the scenario', () => {
  it('« Volontariste » bands differ from « Réaliste »', () => {
    const r = sim('realiste').total.find((t) => t.year === 2030)!;
    const v = sim('volontariste').total.find((t) => t.year === 2030)!;
    expect(v.trained.p50).toBeGreaterThan(r.trained.p50 + 50);
    expect(v.unfilled.p90).toBeLessThan(r.unfilled.p90 - 50);
  });

  it('the completion lever moves the band', () => {
    const { state, input } = inputFor('realiste', '32', [2024, 2035], { completionScale: 0.7 });
    const low = simulate(input, {
      runs: RUNS,
      seed: 1,
      uncertain: defaultUncertainty(state),
      rows: false
    });
    const base = sim('realiste').total.find((t) => t.year === 2030)!;
    const moved = low.total.find((t) => t.year === 2030)!;
    expect(moved.trained.p50).toBeLessThan(base.trained.p50 - 50);
  });

  for (const preset of ['annonces', 'realiste', 'stress', 'volontariste'] as const) {
    it(`${preset}: the scenario's own line lies inside its p10–p90, for the total and every site`, () => {
      const { input } = inputFor(preset, '32');
      const d = projectDetailed(input);
      const s = sim(preset);
      const total = aggregateTotal(d.rows);
      for (const t of total) {
        const q = s.total.find((r) => r.year === t.year)!;
        for (const k of ['jobs', 'trained', 'unfilled'] as const) {
          expect(t[k], `${k} ${t.year}`).toBeGreaterThanOrEqual(q[k].p10 - 1e-6);
          expect(t[k], `${k} ${t.year}`).toBeLessThanOrEqual(q[k].p90 + 1e-6);
        }
      }
      for (const site of input.sites) {
        for (const q of s.sites.filter((r) => r.siteId === site.id)) {
          const J = d.rows
            .filter((r) => r.siteId === site.id && r.year === q.year)
            .reduce((a, r) => a + r.jobs, 0);
          expect(J, `${site.id} ${q.year}`).toBeGreaterThanOrEqual(q.jobs.p10 - 1e-6);
          expect(J, `${site.id} ${q.year}`).toBeLessThanOrEqual(q.jobs.p90 + 1e-6);
        }
      }
    });
  }
});

describe('what it takes closes the headline', () => {
  it('« Tension »: the places close exactly the unfilled jobs of the year chosen', () => {
    const { input } = inputFor('stress', '32');
    const d = projectDetailed(input);
    const unfilled2030 = aggregateTotal(d.rows).find((t) => t.year === 2030)!.unfilled;
    const res = placesToCloseGap(input, { byYear: 2030, fromYear: 2027 });
    const before = res.byOccupation.reduce((s, o) => s + Math.max(0, o.gapBefore), 0);
    expect(before).toBeCloseTo(unfilled2030, 6);
    expect(unfilled2030).toBeGreaterThan(0);
    for (const o of res.byOccupation)
      if (o.feasible) expect(o.gapAfter).toBeLessThan(1e-3 * Math.max(1, o.gapBefore));
  });
});
