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
    stated(`coverage: ${r.coverage!.toFixed(3)}, hiresGap: ${r.hiresGap.toFixed(2)}`);
  });

  it('simulate: the horizon gap quantiles and the shortage probabilities', () => {
    const sim = forecast.simulate(input, { runs: 1000, seed: 7, uncertain });
    const gap = sim.total.at(-1)!.gap;
    stated(
      `{ p10: ${gap.p10.toFixed(1)}, p50: ${gap.p50.toFixed(1)}, p90: ${gap.p90.toFixed(1)} }`
    );
    const p = sim.shortageProbability;
    stated(
      `{ total: ${p.total}, bySite: { 'aesc-douai': ${p.bySite['aesc-douai']}, ` +
        `'verkor-dunkerque': ${p.bySite['verkor-dunkerque']} } }`
    );
    stated(`${p.bySite['aesc-douai']} at AESC`);
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
  });

  it('placesToCloseGap: the places a year by 2030', () => {
    const plan = forecast.placesToCloseGap(input, { byYear: 2030 });
    stated(`totalExtraPlaces: ${plan.totalExtraPlaces!.toFixed(1)}`);
    const op = plan.byOccupation.find((o) => o.occupation === 'operator')!;
    stated(
      `extraPlacesPerYear: ${op.extraPlacesPerYear!.toFixed(1)}, gapBefore: ${op.gapBefore.toFixed(1)}`
    );
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
