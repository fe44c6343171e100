import { describe, expect, it } from 'vitest';
import {
  aggregateTotal,
  PRESET_IDS,
  PRESETS,
  presets,
  presetScenario,
  project,
  ruleForSite
} from '../../../src/lib/forecast/index.ts';
import { FIXTURE } from './fixture.ts';

describe('scenario presets', () => {
  it('exports the four presets, each with labels and sources', () => {
    expect(Object.keys(PRESETS)).toEqual(['annonces', 'realiste', 'stress', 'volontariste']);
    expect(presets.annonces).toBe(PRESETS.annonces);
    expect(PRESET_IDS).toEqual(Object.keys(PRESETS));
    for (const p of Object.values(PRESETS)) {
      expect(p.label.fr && p.label.en && p.description.fr && p.description.en).toBeTruthy();
      for (const r of p.siteRules) expect(r.source.length).toBeGreaterThan(20);
      if (p.otherSites) expect(p.otherSites.source.length).toBeGreaterThan(20);
    }
  });

  it('realiste uses the reference class: Verkor +2 years, ProLogium 350 of 3 000 and +2 years', () => {
    const s = presetScenario('realiste', { years: [2024, 2035], sites: FIXTURE.sites });
    expect(s.years).toEqual([2024, 2035]);
    expect(s.sites!['verkor-dunkerque']).toEqual({ delayYears: 2, targetScale: 1 });
    expect(s.sites!['prologium-dunkerque']).toEqual({ delayYears: 2, targetScale: 350 / 3000 });
    expect(s.sites!['aesc-douai']).toEqual({ delayYears: 1, targetScale: 1 });
    expect(s.sites!['tiamat-amiens']).toEqual({ delayYears: 5 / 3, targetScale: 0.7 });
  });

  it('matches sites by a word of their id or name, not by a substring', () => {
    const rule = (id: string, name: string) =>
      ruleForSite(PRESETS.realiste, { id, name })?.match[0];
    expect(rule('acc-douvrin', 'ACC')).toBe('acc');
    expect(rule('x1', 'Usine ACC de Douvrin')).toBe('acc');
    expect(rule('accumulateurs-lens', 'Accumulateurs')).toBeUndefined();
  });

  it('orders the scenarios as expected on the fixture: stress < réaliste < annonces in 2030 jobs', () => {
    const jobs2030 = (id: (typeof PRESET_IDS)[number]) =>
      aggregateTotal(
        project({
          ...FIXTURE,
          scenario: presetScenario(id, { years: [2024, 2035], sites: FIXTURE.sites })
        })
      ).find((r) => r.year === 2030)!.jobs;
    expect(jobs2030('stress')).toBeLessThan(jobs2030('realiste'));
    expect(jobs2030('realiste')).toBeLessThan(jobs2030('annonces'));
    expect(jobs2030('volontariste')).toBeCloseTo(jobs2030('realiste'), 9);
  });

  it('volontariste trains more than réaliste', () => {
    const trained = (id: 'realiste' | 'volontariste') =>
      aggregateTotal(
        project({
          ...FIXTURE,
          scenario: presetScenario(id, { years: [2024, 2035], sites: FIXTURE.sites })
        })
      ).at(-1)!.trained;
    expect(trained('volontariste')).toBeGreaterThan(trained('realiste'));
  });
});
