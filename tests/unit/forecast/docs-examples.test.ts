/**
 * docs/forecast.md shows what the library returns on its example inputs. This test runs the
 * inputs block of the page itself and checks that each figure the page states is what the
 * library gives today, so the documentation cannot drift from the code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as forecast from '../../../src/lib/forecast/index.ts';
import type { Program, ProjectionInput, Scenario, Site } from '../../../src/lib/forecast/index.ts';

const doc = readFileSync(new URL('../../../docs/forecast.md', import.meta.url), 'utf8');

/** The first ```ts block that declares the sites: the example inputs, evaluated as written. */
function exampleInput(): ProjectionInput {
  const block = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    .find((code) => code.includes('const sites'));
  if (!block) throw new Error('docs/forecast.md: no ```ts block declaring the example sites');
  const run = new Function(`${block}\nreturn { sites, programs, scenario };`) as () => {
    sites: Site[];
    programs: Program[];
    scenario: Scenario;
  };
  return run();
}

/** Asserts the page contains `text` (a figure as the page writes it). */
function stated(text: string): void {
  if (!doc.includes(text)) throw new Error(`docs/forecast.md does not state "${text}"`);
}

/** A whole number as the page writes it: 1 957 (a space between thousands). */
const whole = (x: number): string => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

const input = exampleInput();
const uncertain = {
  delayYears: { low: 0, mode: 1, high: 2 },
  completionRate: { low: 0.56, mode: 0.8, high: 0.9 },
  attritionRate: { low: 0.05, mode: 0.08, high: 0.12 }
};

describe('docs/forecast.md states what the library returns', () => {
  it('the uncertainty block declares the ranges this test uses', () => {
    stated('delayYears: { low: 0, mode: 1, high: 2 }');
    stated('completionRate: { low: 0.56, mode: 0.8, high: 0.9 }');
    stated('attritionRate: { low: 0.05, mode: 0.08, high: 0.12 }');
    stated('{ runs: 1000, seed: 7, uncertain }');
  });

  it('project: the row count and one row in full', () => {
    const rows = forecast.project(input);
    stated(`// ${rows.length} lignes`);
    const r = rows.find(
      (x) => x.siteId === 'aesc-douai' && x.occupation === 'operator' && x.year === 2027
    )!;
    stated(
      `jobs: ${r.jobs.toFixed(2)}, hires: ${r.hires.toFixed(2)}, placed: ${Math.round(r.placed)}`
    );
    stated(`trained: ${r.trained.toFixed(2)}, gap: ${r.gap.toFixed(2)}`);
    stated(`unfilled: ${r.unfilled.toFixed(2)}, surplus: ${r.surplus}`);
    stated(
      `coverage: ${r.coverage!.toFixed(3)}, hiresGap: ${r.hiresGap.toFixed(2)}, ` +
        `indirectJobs: ${r.indirectJobs.toFixed(2)}`
    );
    stated(
      `${r.jobs.toFixed(1)} jobs, ${r.hires.toFixed(1)} hires needed, ${Math.round(r.placed)} ` +
        `placed, ${r.trained.toFixed(1)} in post, ${r.unfilled.toFixed(1)}\nunfilled ` +
        `(coverage ${r.coverage!.toFixed(2)})`
    );
  });

  it('project: the totals table (unfilled and available never netted) and the 2025 pool', () => {
    const detail = forecast.projectDetailed(input);
    const totals = forecast.aggregateTotal(detail.rows, { available: detail.unplaced });
    // The table's lines, as cells separated by two spaces or more.
    const lines = doc.split('\n').map((l) => l.trim().split(/\s{2,}/));
    for (const year of [2025, 2027, 2030, 2032]) {
      const t = totals.find((x) => x.year === year)!;
      const available = detail.unplaced
        .filter((a) => a.year === year)
        .reduce((s, a) => s + a.available, 0);
      // No cell holds more people than jobs here: the surplus is the available people.
      expect(t.surplus).toBeCloseTo(available, 9);
      const cells = [
        String(year),
        whole(t.jobs),
        whole(t.placed),
        whole(t.trained),
        whole(t.unfilled),
        whole(available),
        t.coverage!.toFixed(2).replace('.', ',')
      ];
      if (!lines.some((l) => l.join('|') === cells.join('|')))
        throw new Error(`docs/forecast.md has no totals line ${cells.join('  ')}`);
    }
    const t2025 = totals.find((x) => x.year === 2025)!;
    const t2030 = totals.find((x) => x.year === 2030)!;
    stated(`from ${whole(t2025.unfilled)} in 2025`);
    stated(`${whole(t2030.unfilled)} in 2030`);
    // AESC's operators in 2025: placed by its programme, its vacancies, Verkor's through the pool.
    const op = (site: string) =>
      detail.rows.find((r) => r.siteId === site && r.occupation === 'operator' && r.year === 2025)!;
    const placedByProgramme = detail.programs.find(
      (f) => f.programId === 'aesc-operators' && f.year === 2025
    )!.placed;
    const left = detail.unplaced.find((a) => a.year === 2025 && a.occupation === 'operator')!;
    stated(
      `place ${Math.round(placedByProgramme)} opérateurs : AESC n'a que ${Math.round(op('aesc-douai').placed)} postes`
    );
    stated(`${Math.round(op('aesc-douai').jobs)} emplois\nd'opérateur`);
    stated(`dont ${Math.round(op('aesc-douai').trained - op('aesc-douai').placed)} tenus par ses`);
    stated(`pourvoit ${Math.round(op('verkor-dunkerque').placed)} chez Verkor`);
    stated(`et ${Math.round(left.available)} restent disponibles`);
    stated(`Verkor takes ${Math.round(op('verkor-dunkerque').placed)} through`);
    stated(`${Math.round(left.available)} stay available`);
    expect(placedByProgramme).toBeCloseTo(
      op('aesc-douai').placed + op('verkor-dunkerque').placed + left.available,
      9
    );
    expect(detail.hiringLeadYears).toBe(0); // no observations in the example: L = 0
  });

  it('presetScenario: the réaliste overrides of the example sites', () => {
    const s = forecast.presetScenario('realiste', { years: [2025, 2032], sites: input.sites });
    for (const [id, o] of Object.entries(s.sites!))
      stated(`'${id}': { delayYears: ${o.delayYears}, targetScale: ${o.targetScale} }`);
  });

  it('simulate: the horizon gap quantiles and the shortage probabilities', () => {
    const sim = forecast.simulate(input, { runs: 1000, seed: 7, uncertain });
    const gap = sim.total.at(-1)!.gap;
    // simulate's gap is its unfilled jobs (v1 name).
    expect(sim.total.at(-1)!.unfilled).toEqual(gap);
    stated(
      `{ p10: ${gap.p10.toFixed(1)}, p50: ${gap.p50.toFixed(1)}, p90: ${gap.p90.toFixed(1)} }`
    );
    stated(
      `unfilled jobs in 2032 p10 ${whole(gap.p10)}, p50\n${whole(gap.p50)}, p90 ${whole(gap.p90)}`
    );
    const p = sim.shortageProbability;
    stated(
      `{ total: ${p.total}, bySite: { 'aesc-douai': ${p.bySite['aesc-douai']}, ` +
        `'verkor-dunkerque': ${p.bySite['verkor-dunkerque']} } }`
    );
    stated(`${p.bySite['aesc-douai']} at AESC`);
    stated(`shortage probability ${p.total} in\ntotal`.replace('\n', ' '));
  });

  it('sensitivity: the order and swing of each bar', () => {
    const bars = forecast.sensitivity(input, uncertain);
    for (const b of bars) {
      stated(
        `parameter: '${b.parameter}',${' '.repeat(Math.max(1, 15 - b.parameter.length))}` +
          `gapAtLow: ${Math.round(b.gapAtLow)}, gapAtHigh: ${Math.round(b.gapAtHigh)}, ` +
          `swing: ${Math.round(b.swing)}`
      );
    }
    const swing = (p: string) => Math.round(bars.find((b) => b.parameter === p)!.swing);
    stated(
      `(here: completion rate ${swing('completionRate')},\nattrition ${swing('attritionRate')}, ` +
        `delay ${swing('delayYears')}; the scenario's own ${whole(bars[0].baseGap)})`
    );
    stated(
      `non pourvus à l'horizon (\`baseGap\` : ceux du scénario, ${whole(bars[0].baseGap)} ici)`
    );
  });

  it('placesToCloseGap: the places a year by 2030', () => {
    const plan = forecast.placesToCloseGap(input, { byYear: 2030 });
    stated(`totalExtraPlaces: ${plan.totalExtraPlaces!.toFixed(1)}`);
    const op = plan.byOccupation.find((o) => o.occupation === 'operator')!;
    stated(
      `extraPlacesPerYear: ${op.extraPlacesPerYear!.toFixed(1)}, gapBefore: ${op.gapBefore.toFixed(1)}, ` +
        `gapAfter: ${op.gapAfter.toFixed(3)}`
    );
    const tech = plan.byOccupation.find((o) => o.occupation === 'technician')!;
    stated(
      `{ occupation: 'technician', extraPlacesPerYear: ${tech.extraPlacesPerYear!.toFixed(1)}`
    );
    // gapBefore: the operators' unfilled jobs of 2030 (summed over cells, never netted).
    const unfilled = forecast
      .project(input)
      .filter((r) => r.year === 2030 && r.occupation === 'operator')
      .reduce((s, r) => s + r.unfilled, 0);
    expect(op.gapBefore).toBeCloseTo(unfilled, 6);
    stated(`${Math.round(plan.totalExtraPlaces!)} places a year for 2030`);
  });

  it('fitRampUp, theta and backtest on the small series', () => {
    const fit = forecast.fitRampUp(
      [
        { year: 2025, jobs: 650 },
        { year: 2026, jobs: 900 },
        { year: 2027, jobs: 1050 }
      ],
      { targetJobs: 1200 }
    );
    stated(`m: ${fit.m.toFixed(2)}, k: ${fit.k.toFixed(3)}, N: ${fit.N}`);
    const series = [120, 135, 160, 190, 215, 250, 270, 300, 340, 365];
    stated(
      `theta(series, 3);   // [${forecast
        .theta(series, 3)
        .map((x) => x.toFixed(1))
        .join(', ')}]`
    );
    const bt = forecast.backtest(series, forecast.theta, { horizon: 2, initial: 5 });
    stated(`mae: ${bt.mae.toFixed(1)}, mape: ${bt.mape!.toFixed(2)}, mase: ${bt.mase!.toFixed(2)}`);
    expect(bt.relativeMae).toBeLessThan(1);
  });
});
