/**
 * The whole state of the app — language, scenario preset, levers, horizon, selection — as one
 * plain object that lives in the URL. Defaults are stripped from the URL; the format carries a
 * version and old versions go through `migrations.ts`, so old links keep working.
 */
import type { Lang } from '../i18n/format.ts';
import type { AddedProgramme, AddedSite } from './added.ts';

export const STATE_VERSION = 1;

export const PRESET_IDS = ['annonces', 'realiste', 'stress', 'volontariste'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** The levers — their fields and types, bounds, units, choices, labels and effects: one table,
 * `levers.ts`, from which `Levers` is derived. */
import { neutralLevers, type Levers } from './levers.ts';
export { AFTER_FUNDED_END, LEVER_BOUNDS, withinBounds, type AfterFundedEnd } from './levers.ts';
export type { Levers, ProgrammeLever, SiteLever } from './levers.ts';

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
  /** Sites added in the workbench (URL `as.<n>`, `added.ts`); none by default. */
  addedSites: AddedSite[];
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
  addedProgrammes: [],
  addedSites: []
};

export function defaultState(): AppState {
  return structuredClone(DEFAULT_STATE);
}

/** Year bounds the URL may ask for. */
export const YEAR_MIN = 2020;
export const YEAR_MAX = 2050;
