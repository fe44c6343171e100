/**
 * Backtest against reality: what the model would have said with only the data published by a
 * date (every row has its source_date; `knownAt`), set against the headcounts observed since.
 *
 * An observation at model time x (end of year t = t) is "inside" when it lies between the
 * band's p10 at the end of the year before it (⌊x⌋) and its p90 at the end of the year after
 * it (⌈x⌉): the ramp rises, so a headcount in between is what a band on year-ends can promise.
 *
 * @example
 *   realityCheck(dataset, { knownAt: '2023-12-31', preset: 'realiste', runs: 10000 });
 *   // [{ siteId: 'aesc-douai', date: '2025-06-03', observed: 650, p10: …, p90: …, inside: true }, …]
 */
import { knownAt } from '../data/model-input.ts';
import type { Dataset } from '../data/queries.ts';
import {
  modelTime,
  PRESETS,
  simulate,
  type ProjectionInput,
  type Quantiles
} from '../forecast/index.ts';
import { defaultState, type PresetId } from '../state/app-state.ts';
import { buildModelInput, defaultUncertainty } from './build.ts';
import { restrictToRegion } from './territory.ts';

/** The knowledge date of the methodology page's backtest: the end of 2023, before AESC and
 * Verkor produced (only ACC's headcounts were published). */
export const BACKTEST_KNOWN_AT = '2023-12-31';

export interface RealityCheckRow {
  siteId: string;
  /** Date of the observed headcount, and its value. */
  date: string;
  observed: number;
  /** The band's p10 at the end of the year before the date, p50 and p90 at the end of the year
   * after it. */
  before: Quantiles;
  after: Quantiles;
  inside: boolean;
}

export interface RealityCheck {
  knownAt: string;
  preset: PresetId;
  runs: number;
  /** The hiring lead the model used at that date (from the headcounts known then). */
  hiringLeadYears: number;
  /** Sites whose row was rebuilt from the plans known then (the preset's rule for unknown
   * sites applies to them). */
  rebuilt: string[];
  rows: RealityCheckRow[];
}

type Data = Pick<Dataset, 'sites' | 'sitePlans' | 'programmes' | 'observations'>;

/**
 * A preset's site rules describe today's rows (a re-plan "already carries the slip"). A row
 * rebuilt from the plans known at an earlier date (`knownAt`) is a first plan, so it gets the
 * preset's rule for sites the preset does not know (réaliste: the reference class's delay and
 * share of the target). Changes `input.scenario.sites` in place; returns the rebuilt site ids.
 */
export function applyRulesAsKnown(
  input: ProjectionInput,
  past: Pick<Dataset, 'sites'>,
  current: Pick<Dataset, 'sites'>,
  preset: PresetId
): string[] {
  const others = PRESETS[preset].otherSites;
  const today = new Map(current.sites.map((s) => [s.id, s.sourceDate]));
  const rebuilt = past.sites.filter((s) => today.get(s.id) !== s.sourceDate).map((s) => s.id);
  for (const id of rebuilt) {
    if (!input.sites.some((s) => s.id === id)) continue;
    input.scenario.sites = { ...input.scenario.sites };
    input.scenario.sites[id] = others
      ? { delayYears: others.delayYears ?? 0, targetScale: others.targetScale ?? 1 }
      : {};
  }
  return rebuilt;
}

export function realityCheck(
  dataset: Data,
  options: { knownAt: string; preset: PresetId; runs: number; seed?: number }
): RealityCheck {
  const past = knownAt(dataset, options.knownAt);
  const state = { ...defaultState(), preset: options.preset };
  const later = dataset.observations.filter(
    (o) => o.subjectType === 'site' && o.metric === 'headcount' && o.sourceDate > options.knownAt
  );
  const years: [number, number] = [
    Math.min(state.years[0], ...later.map((o) => Math.floor(modelTime(o.date)))),
    state.years[1]
  ];
  const full = buildModelInput({ ...state, years }, past);
  const rebuilt = applyRulesAsKnown(full, past, dataset, options.preset);
  const rows: RealityCheckRow[] = [];
  for (const region of [...new Set(past.sites.map((s) => s.region))]) {
    const input = restrictToRegion(full, region);
    const ids = new Set(input.sites.map((s) => s.id));
    const mine = later.filter((o) => ids.has(o.subjectId));
    if (!mine.length) continue;
    const sim = simulate(input, {
      runs: options.runs,
      seed: options.seed ?? 1,
      uncertain: defaultUncertainty(state),
      rows: false
    });
    for (const o of mine) {
      const x = modelTime(o.date);
      const at = (year: number) =>
        sim.sites.find((r) => r.siteId === o.subjectId && r.year === year)!.jobs;
      const before = at(Math.floor(x));
      const after = at(Math.ceil(x));
      rows.push({
        siteId: o.subjectId,
        date: o.date,
        observed: o.value,
        before,
        after,
        inside: before.p10 <= o.value && o.value <= after.p90
      });
    }
  }
  rows.sort((a, b) => a.siteId.localeCompare(b.siteId) || a.date.localeCompare(b.date));
  return {
    knownAt: options.knownAt,
    preset: options.preset,
    runs: options.runs,
    hiringLeadYears: full.scenario.hiringLeadYears ?? 0,
    rebuilt,
    rows
  };
}
