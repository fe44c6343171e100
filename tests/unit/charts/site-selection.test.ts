import { describe, expect, it } from 'vitest';
import {
  aggregateBySite,
  presetScenario,
  projectDetailed,
  simulate
} from '../../../src/lib/forecast/index.ts';
import { chartSelection, toggleHidden } from '../../../src/lib/charts/site-selection.ts';
import { scopeTotals } from '../../../src/lib/scenario/territory.ts';

// Two sites of one région sharing a programme's pool (the forecasting guide's example, doubled).
const sites = [
  {
    id: 'aesc-douai',
    name: 'AESC Douai',
    region: '32',
    productionStart: 2025,
    fullCapacity: 2026,
    targetJobs: 1200
  },
  {
    id: 'verkor-dunkerque',
    name: 'Verkor',
    region: '32',
    productionStart: 2026,
    fullCapacity: 2028,
    targetJobs: 1000
  }
];
const programs = [
  {
    id: 'tsmi',
    name: 'TSMI',
    occupation: 'maintenance-technician',
    intake: 48,
    startYear: 2023,
    durationYears: 0.75,
    completionRate: 0.8,
    placementRate: 1,
    target: { site: 'aesc-douai' }
  }
];
const scenario = presetScenario('realiste', { years: [2024, 2030], sites });
const input = { sites, programs, scenario };
const detail = projectDetailed(input);
const total = scopeTotals(detail, null).total;
const sim = simulate(input, { runs: 200, seed: 1 }).total;

describe('chartSelection', () => {
  it('is the territory total with its bands when every site is shown', () => {
    const c = chartSelection(detail, total, sim, sites, []);
    expect(c.all).toBe(true);
    expect(c.total).toBe(total);
    expect(c.quantiles).toBe(sim);
    expect(c.shown).toEqual(['aesc-douai', 'verkor-dunkerque']);
  });

  it('is the shown sites’ own figures, without bands, when one is left out', () => {
    const c = chartSelection(detail, total, sim, sites, ['aesc-douai']);
    expect(c.all).toBe(false);
    expect(c.quantiles).toBeNull();
    const verkor = aggregateBySite(detail.rows).filter((r) => r.siteId === 'verkor-dunkerque');
    expect(c.total.map((r) => r.jobs)).toEqual(verkor.map((r) => r.jobs));
    expect(c.total.map((r) => r.unfilled)).toEqual(verkor.map((r) => r.unfilled));
    // Verkor's 2030 jobs: fewer than the territory's, more than none.
    const at = (rows: typeof total) => rows.find((r) => r.year === 2030)!.jobs;
    expect(at(c.total)).toBeGreaterThan(0);
    expect(at(c.total)).toBeLessThan(at(total));
  });

  it('toggles a site in the hidden list, sorted as the URL writes it', () => {
    expect(toggleHidden([], 'verkor-dunkerque', false)).toEqual(['verkor-dunkerque']);
    expect(toggleHidden(['verkor-dunkerque'], 'aesc-douai', false)).toEqual([
      'aesc-douai',
      'verkor-dunkerque'
    ]);
    expect(toggleHidden(['aesc-douai', 'verkor-dunkerque'], 'aesc-douai', true)).toEqual([
      'verkor-dunkerque'
    ]);
  });
});
