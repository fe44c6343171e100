/**
 * The brief's rows of sites: each site's figures of the year and its colour class (as on the
 * map: « pas encore ouvert » below MIN_JOBS jobs), the largest announced site first.
 *
 * @example
 *   briefSiteRows(model.summaries)[0]; // { site: { id: 'verkor-dunkerque', … }, jobs: 812, cls: 'shortage', … }
 */
import type { SiteRecord } from '../data/queries.ts';
import type { Lang } from '../i18n/format.ts';
import { MAP_MESSAGES } from '../i18n/messages-map.ts';
import { PAGES } from '../i18n/messages-pages.ts';
import { coverageClass, MIN_JOBS, type FillKey } from '../map/classes.ts';
import type { SiteSummary } from '../scenario/territory.ts';

export interface SiteRow {
  site: SiteRecord;
  jobs: number;
  trained: number;
  unfilled: number;
  coverage: number | null;
  cls: FillKey;
}

export function briefSiteRows(summaries: readonly SiteSummary[]): SiteRow[] {
  return summaries
    .map(({ site, at: r }) => {
      const jobs = r?.jobs ?? 0;
      const coverage = r?.coverage ?? null;
      const cls: FillKey = jobs >= MIN_JOBS ? coverageClass(coverage) : 'nojobs';
      return { site, jobs, trained: r?.trained ?? 0, unfilled: r?.unfilled ?? 0, coverage, cls };
    })
    .sort(
      (a, b) =>
        b.site.jobsDirectHigh - a.site.jobsDirectHigh || a.site.name.localeCompare(b.site.name)
    );
}

/** The brief's map markers: one per site, numbered in the rows' order, coloured by class. */
export const briefMarkers = (rows: readonly SiteRow[]) =>
  rows.map((r) => ({
    id: r.site.id,
    label: r.site.name,
    longitude: r.site.longitude,
    latitude: r.site.latitude,
    cls: r.cls
  }));

/**
 * The brief's map in words: « 1. Verkor (Dunkerque) : pénurie ; 2. … » (« …: shortage; 2. … » in
 * English), or `none` without a site.
 */
export function briefMapDescription(rows: readonly SiteRow[], lang: Lang, none: string): string {
  const meaning = MAP_MESSAGES[lang].classes.meaning;
  const colon = MAP_MESSAGES[lang].colon;
  return rows.length
    ? rows
        .map(
          (r, i) =>
            `${i + 1}. ${r.site.name} (${r.site.commune})${colon}${meaning[r.cls].toLowerCase()}`
        )
        .join(PAGES[lang].brief.listSeparator)
    : none;
}
