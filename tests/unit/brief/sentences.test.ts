import { describe, expect, it } from 'vitest';
import type { ProgrammeRecord, SiteRecord } from '../../../src/lib/data/queries.ts';
import type { AggregateRow } from '../../../src/lib/forecast/index.ts';
import { briefSentences, openIn } from '../../../src/lib/brief/sentences.ts';
import { briefMapDescription, briefSiteRows } from '../../../src/lib/brief/site-rows.ts';
import type { SiteSummary } from '../../../src/lib/scenario/territory.ts';

const site = (id: string, name: string, jobsDirectHigh: number) =>
  ({
    id,
    name,
    commune: `${name}-ville`,
    jobsDirectHigh,
    existingJobs: null
  }) as unknown as SiteRecord;
const programme = (id: string, startYear: number, endYear: number | null, intakePerYear: number) =>
  ({ id, startYear, endYear, intakePerYear }) as unknown as ProgrammeRecord;
const at2030 = {
  year: 2030,
  jobs: 1200,
  trained: 700,
  unfilled: 500,
  surplus: 0,
  coverage: 700 / 1200,
  indirectJobs: 2400
} as AggregateRow;
const model = {
  sites: [site('a', 'Alpha', 2000)],
  programmes: [programme('p1', 2024, null, 40), programme('p2', 2023, 2027, 20)],
  announced: { low: 1500, high: 2000 },
  peak: { year: 2031, unfilled: 650 },
  detail: { renewedFrom: { p2: 2028 } } as never,
  at: (year: number) => (year === 2030 ? at2030 : null)
};
const input = {
  year: 2030,
  years: [2024, 2035] as [number, number],
  preset: 'Tendanciel',
  surplusAt: 0,
  closing: null,
  market: null,
  chances: 'Risque : calcul en cours'
};

describe('briefSentences', () => {
  it('says the facts in the reader’s order, the risk last', () => {
    const s = briefSentences('fr', model, input);
    expect(s.map((x) => x.key)).toEqual([
      'sites',
      'jobs',
      'trained',
      'gap',
      'peak',
      'programmes',
      'chances'
    ]);
    expect(s.at(-1)?.text).toBe('Risque : calcul en cours');
  });

  it('counts the programme renewed after its funded end in the year, not among the open ones', () => {
    const text = briefSentences('fr', model, input).find((x) => x.key === 'programmes')!.text;
    expect(text).toContain('2 formations recensées');
    // Only p1 is open in 2030 by its dates: its 40 entries, not p1 + p2's 60.
    expect(text).toContain('40 entrées en formation');
    expect(text).not.toContain('60');
    expect(openIn(model.programmes[1], 2027)).toBe(true);
    expect(openIn(model.programmes[1], 2028)).toBe(false);
  });

  it('adds what it takes and the market sentence only when there is one', () => {
    const s = briefSentences('fr', model, {
      ...input,
      closing: { byYear: 2030, from: 2026, unfilled: 500, places: 0, euros: null },
      market: 'BMO 2025 : 310 projets de recrutement.'
    });
    expect(s.map((x) => x.key)).toEqual([
      'sites',
      'jobs',
      'trained',
      'gap',
      'peak',
      'programmes',
      'closing',
      'market',
      'chances'
    ]);
    expect(s.find((x) => x.key === 'market')?.text).toBe('BMO 2025 : 310 projets de recrutement.');
  });

  it('says nothing for a territory without a site, or a year without figures', () => {
    expect(briefSentences('fr', { ...model, sites: [] }, input)).toEqual([]);
    expect(briefSentences('fr', model, { ...input, year: 2029 })).toEqual([]);
  });
});

describe('briefSiteRows', () => {
  const summaries = [
    { site: site('s', 'Small', 300), observed: null, at: { ...at2030, jobs: 0.2, coverage: null } },
    { site: site('b', 'Big', 3000), observed: null, at: at2030 },
    { site: site('a', 'Also big', 3000), observed: null, at: null }
  ] as SiteSummary[];

  it('puts the largest announced site first (then by name) and classes each as on the map', () => {
    const rows = briefSiteRows(summaries);
    expect(rows.map((r) => [r.site.id, r.cls, r.jobs])).toEqual([
      ['a', 'nojobs', 0],
      ['b', 'shortage', 1200],
      ['s', 'nojobs', 0.2]
    ]);
  });

  it('numbers the sites in words for the map, with the French colon', () => {
    const rows = briefSiteRows(summaries);
    expect(briefMapDescription(rows.slice(1, 2), 'fr', 'Aucun site')).toBe(
      '1. Big (Big-ville)\u00a0: pénurie'
    );
    expect(briefMapDescription([], 'fr', 'Aucun site')).toBe('Aucun site');
    expect(briefMapDescription(rows.slice(0, 2), 'fr', '')).toBe(
      '1. Also big (Also big-ville)\u00a0: sites pas encore ouverts\u00a0; 2. Big (Big-ville)\u00a0: pénurie'
    );
    expect(briefMapDescription(rows.slice(0, 2), 'en', '')).toMatch(
      /^1\. Also big \(Also big-ville\): [a-z ]+; 2\. Big \(Big-ville\): shortage$/
    );
  });
});
