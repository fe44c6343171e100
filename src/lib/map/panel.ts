/**
 * What the map's side panel shows for the selection: France (nothing selected), a site, a région
 * or a département — its figures of the year, the year of its largest gap over the horizon and,
 * for a territory, its sites and how many listed programmes feed it.
 *
 * @example
 *   mapPanel({ kind: 'region', code: '32' }, { years, year: 2030, sites, departements, … });
 *   // { kind: 'region', code: '32', name: 'Hauts-de-France', f: { jobs: 5210, … }, peak: … }
 */
import type { SiteRecord } from '../data/queries.ts';
import { coverageClass, MIN_JOBS, type FillKey } from './classes.ts';
import { peakOf, type Figure, type YearFigures } from './figures.ts';
import type { MapSelection, TerritoryLevel } from './territory.ts';

export type Peak = { year: number; unfilled: number } | null;

export type MapPanel =
  | { kind: 'france'; f: Figure | undefined }
  | { kind: 'site'; site: SiteRecord; f: Figure | undefined; peak: Peak }
  | {
      kind: TerritoryLevel;
      code: string;
      name: string;
      /** The région the territory is (or is part of): its pools and its workbench. */
      region: string;
      f: Figure | undefined;
      peak: Peak;
      sites: SiteRecord[];
      /** Listed programmes that feed the territory's sites or its région. */
      programmes: number;
    };

export interface PanelContext {
  /** The figures of every year of the horizon, and the year shown. */
  years: Map<number, YearFigures>;
  year: number;
  sites: readonly SiteRecord[];
  regionNames: ReadonlyMap<string, string>;
  depNames: ReadonlyMap<string, string>;
  /** The région of each département. */
  regionOf: (departement: string) => string;
  /** How many listed programmes feed these sites or this région. */
  programmesFor: (siteIds: ReadonlySet<string>, region: string) => number;
}

/** The figure of the selection in one year's figures. */
export const pickFigure =
  (sel: MapSelection) =>
  (y: YearFigures): Figure | undefined =>
    sel.kind === 'site'
      ? y.sites[sel.id]
      : sel.kind === 'region'
        ? y.regions[sel.code]
        : y.departements[sel.code];

export function mapPanel(sel: MapSelection | null, c: PanelContext): MapPanel {
  const yearFigures = c.years.get(c.year);
  if (!sel) return { kind: 'france', f: yearFigures?.total };
  const pick = pickFigure(sel);
  if (sel.kind === 'site') {
    const site = c.sites.find((s) => s.id === sel.id);
    if (!site) return { kind: 'france', f: yearFigures?.total };
    return { kind: 'site', site, f: yearFigures?.sites[sel.id], peak: peakOf(c.years, pick) };
  }
  const region = sel.kind === 'region' ? sel.code : c.regionOf(sel.code);
  const sites = c.sites.filter((s) =>
    sel.kind === 'region' ? s.region === sel.code : s.departement === sel.code
  );
  return {
    kind: sel.kind,
    code: sel.code,
    name: (sel.kind === 'region' ? c.regionNames : c.depNames).get(sel.code) ?? sel.code,
    region,
    f: yearFigures ? pick(yearFigures) : undefined,
    peak: peakOf(c.years, pick),
    sites,
    programmes: c.programmesFor(new Set(sites.map((s) => s.id)), region)
  };
}

/** A site's colour class: « pas encore ouvert » below MIN_JOBS jobs, else by its coverage. */
export const siteClass = (f: Figure | undefined): FillKey =>
  !f || !(f.jobs >= MIN_JOBS) ? 'nojobs' : coverageClass(f.coverage);

/** A coloured territory of the year: its figures and its colour class. */
export interface AreaRow {
  code: string;
  name: string;
  f: Figure;
  cls: FillKey;
}
