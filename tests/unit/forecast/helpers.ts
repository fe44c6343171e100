/** Small builders for hand-worked test cases: one site, one programme, explicit everything. */
import type { Program, Site } from '../../../src/lib/forecast/index.ts';

export function site(over: Partial<Site> = {}): Site {
  return {
    id: 's1',
    name: 'Site one',
    region: '32',
    productionStart: 2025,
    fullCapacity: 2029,
    targetJobs: 1000,
    occupationMix: { operator: 1 },
    ...over
  };
}

export function program(over: Partial<Program> = {}): Program {
  return {
    id: 'p1',
    name: 'Programme one',
    occupation: 'operator',
    intake: 100,
    startYear: 2025,
    durationYears: 1,
    completionRate: 1,
    placementRate: 1,
    target: { site: 's1' },
    ...over
  };
}

/** The row of a site, occupation and year. */
export function rowOf<T extends { siteId: string; occupation: string; year: number }>(
  rows: T[],
  siteId: string,
  occupation: string,
  year: number
): T {
  const r = rows.find((x) => x.siteId === siteId && x.occupation === occupation && x.year === year);
  if (!r) throw new Error(`no row ${siteId} ${occupation} ${year}`);
  return r;
}
