/**
 * The whole state of the app — language, scenario preset, levers, horizon, selection — as one
 * plain object that lives in the URL. Defaults are stripped from the URL; the format carries a
 * version and old versions go through `migrations.ts`, so old links keep working.
 */
import type { Lang } from '../i18n/format.ts';
import type { AddedProgramme } from './added.ts';

export const STATE_VERSION = 1;

export const PRESET_IDS = ['annonces', 'realiste', 'stress', 'volontariste'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** The levers' bounds, units, choices and labels: one table, `levers.ts`. */
import { neutralLevers, type AfterFundedEnd } from './levers.ts';
export { AFTER_FUNDED_END, LEVER_BOUNDS, withinBounds, type AfterFundedEnd } from './levers.ts';

export interface SiteLever {
  /** Years added to the preset's delay for this site. */
  delayYears?: number;
  /** Multiplies the preset's target for this site (1 = as announced by the preset). */
  targetScale?: number;
}

export interface ProgrammeLever {
  /** Multiplies the programme's intake. */
  intakeScale?: number;
  /** Extra euros per year, turned into places at the programme's cost per trainee. */
  budgetEur?: number;
}

export interface Levers {
  sites: Record<string, SiteLever>;
  programmes: Record<string, ProgrammeLever>;
  /** Multiplies every completion rate (capped at 1). */
  completionScale: number;
  /** Multiplies every placement rate (capped at 1). */
  placementScale: number;
  /** Annual attrition; null = the preset's. */
  attritionRate: number | null;
  /** Orientation: share of reached pupils who enter an industrial training track. */
  orientationShare: number | null;
  /** Orientation: discovery internships per year in the région (0 = the lever is off). */
  orientationInternships: number;
  /** After a programme's funded period: 'renew' (the model's default, an assumption) or 'stop'. */
  afterFundedEnd: AfterFundedEnd;
  /** L, years hiring leads production; null = the reference class computed from the data. */
  hiringLeadYears: number | null;
}

export interface AppState {
  lang: Lang;
  preset: PresetId;
  /** The territory the overview is about: an INSEE région code. */
  region: string;
  /** Horizon [from, to]. */
  years: [number, number];
  /** Year shown on the map and in headline figures. */
  year: number;
  levers: Levers;
  /** Other presets shown side by side in the workbench (at most two more: three in all). */
  compare: PresetId[];
  /** "What it takes": the year by which the gap should be closed. */
  closeBy: number;
  /** "What it takes": first intake of the extra places; null = the first year after the
   * dataset's newest figures (places decided now open at the next intake). */
  closeFrom: number | null;
  /** Map: territories drawn as régions or départements, coloured by coverage or by gap. */
  mapLevel: 'region' | 'departement';
  mapMeasure: 'coverage' | 'gap';
  /** Map: classes cut at the named thresholds or at natural breaks (Ckmeans) of the figures. */
  mapClasses: 'named' | 'natural';
  /** Sites left out of the jobs-vs-trained chart by the reader (URL `hs`; none by default). */
  hiddenSites: string[];
  /** Map: the site or territory whose panel is open (URL `sel`, e.g. `site:aesc-douai`,
   * `region:32`, `departement:59`); null = France. */
  mapSelection: MapSelectionState | null;
  /** Training programmes added in the workbench (URL `ap.<n>`, `added.ts`); none by default. */
  addedProgrammes: AddedProgramme[];
}

/** What the map's panel shows: a site by id, or a région or département by INSEE code. */
export type MapSelectionState =
  { kind: 'site'; id: string } | { kind: 'region' | 'departement'; code: string };

export const DEFAULT_STATE: AppState = {
  lang: 'fr',
  preset: 'realiste',
  region: '32',
  years: [2024, 2035],
  year: 2030,
  // Every lever at its neutral value (levers.ts).
  levers: neutralLevers(),
  compare: [],
  closeBy: 2030,
  closeFrom: null,
  mapLevel: 'region',
  mapMeasure: 'coverage',
  mapClasses: 'named',
  hiddenSites: [],
  mapSelection: null,
  addedProgrammes: []
};

export function defaultState(): AppState {
  return structuredClone(DEFAULT_STATE);
}

/** Year bounds the URL may ask for. */
export const YEAR_MIN = 2020;
export const YEAR_MAX = 2050;
