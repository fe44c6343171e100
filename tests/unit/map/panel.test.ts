import { describe, expect, it } from 'vitest';
import type { ProjectionRow } from '../../../src/lib/forecast/index.ts';
import type { SiteRecord } from '../../../src/lib/data/queries.ts';
import { mapFigures } from '../../../src/lib/map/figures.ts';
import { mapPanel, siteClass } from '../../../src/lib/map/panel.ts';

const row = (siteId: string, region: string, year: number, jobs: number, trained: number) =>
  ({
    siteId,
    region,
    occupation: 'operator',
    year,
    jobs,
    hires: 0,
    placed: 0,
    trained,
    gap: jobs - trained,
    unfilled: Math.max(0, jobs - trained),
    surplus: Math.max(0, trained - jobs),
    coverage: jobs > 0 ? trained / jobs : null,
    hiresGap: 0,
    indirectJobs: 0
  }) satisfies ProjectionRow;

const sites = [
  { id: 'a', name: 'Site A', region: '32', departement: '59' },
  { id: 'b', name: 'Site B', region: '32', departement: '62' },
  { id: 'c', name: 'Site C', region: '11', departement: '78' }
] as unknown as SiteRecord[];
const years = mapFigures(
  [
    row('a', '32', 2030, 600, 300),
    row('b', '32', 2030, 100, 100),
    row('c', '11', 2030, 40, 0),
    row('a', '32', 2031, 900, 200),
    row('b', '32', 2031, 100, 100),
    row('c', '11', 2031, 0.3, 0)
  ],
  sites,
  []
);
const context = {
  years,
  year: 2030,
  sites,
  regionNames: new Map([
    ['32', 'Hauts-de-France'],
    ['11', 'Île-de-France']
  ]),
  depNames: new Map([['59', 'Nord']]),
  regionOf: (dep: string) => ({ '59': '32', '62': '32', '78': '11' })[dep] ?? '',
  programmesFor: (ids: ReadonlySet<string>, region: string) =>
    region === '32' ? ids.size + 1 : ids.size
};

describe('mapPanel', () => {
  it('shows France’s total when nothing (or an unknown site) is selected', () => {
    expect(mapPanel(null, context)).toEqual({ kind: 'france', f: years.get(2030)!.total });
    expect(mapPanel({ kind: 'site', id: 'gone' }, context).kind).toBe('france');
    expect(years.get(2030)!.total.unfilled).toBe(340);
  });

  it('gives a site its figure of the year and the year of its largest gap', () => {
    const p = mapPanel({ kind: 'site', id: 'a' }, context);
    expect(p.kind).toBe('site');
    if (p.kind !== 'site') return;
    expect(p.site.name).toBe('Site A');
    expect(p.f?.unfilled).toBe(300);
    expect(p.peak).toEqual({ year: 2031, unfilled: 700 });
  });

  it('gives a région its sites, its programmes and its name', () => {
    const p = mapPanel({ kind: 'region', code: '32' }, context);
    if (p.kind !== 'region') throw new Error(`kind ${p.kind}`);
    expect(p.name).toBe('Hauts-de-France');
    expect(p.sites.map((s) => s.id)).toEqual(['a', 'b']);
    expect(p.programmes).toBe(3);
    expect(p.f?.jobs).toBe(700);
    expect(p.peak).toEqual({ year: 2031, unfilled: 700 });
  });

  it('gives a département its région (for the workbench link), and its code where it has no name', () => {
    const nord = mapPanel({ kind: 'departement', code: '59' }, context);
    if (nord.kind !== 'departement') throw new Error(`kind ${nord.kind}`);
    expect([nord.name, nord.region, nord.sites.length, nord.programmes]).toEqual([
      'Nord',
      '32',
      1,
      2
    ]);
    const pdc = mapPanel({ kind: 'departement', code: '62' }, context);
    if (pdc.kind !== 'departement') throw new Error(`kind ${pdc.kind}`);
    expect(pdc.name).toBe('62');
    expect(pdc.peak).toBeNull();
  });

  it('says « no figures » rather than failing for a year outside the horizon', () => {
    const p = mapPanel({ kind: 'region', code: '32' }, { ...context, year: 2040 });
    expect(p.f).toBeUndefined();
  });
});

describe('siteClass', () => {
  it('calls a site not yet open below the minimum of jobs, else classes it by coverage', () => {
    expect(siteClass(undefined)).toBe('nojobs');
    expect(siteClass(years.get(2031)!.sites.c)).toBe('nojobs');
    expect(siteClass(years.get(2030)!.sites.b)).toBe('balance');
    // Half its jobs covered.
    expect(siteClass(years.get(2030)!.sites.a)).toBe('shortage');
  });
});
