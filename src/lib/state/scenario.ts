/**
 * From the app's state (preset + levers) and the dataset to the forecasting library's input.
 * The levers are the planners' questions: a site starts later or smaller, a programme takes more
 * trainees, extra euros buy extra places at the programme's cost per trainee, more pupils are
 * steered towards industry by orientation actions.
 */
import {
  presetScenario,
  PRESETS,
  referenceLead,
  type Program,
  type ProjectionInput,
  type Scenario,
  type Site,
  type Uncertain
} from '../forecast/index.ts';
import { toModelInput } from '../data/model-input.ts';
import { newestSourceDate } from '../data/provenance.ts';
import type { Dataset, ObservationRecord, ProgrammeRecord, SiteRecord } from '../data/queries.ts';
import type { AppState, PresetId } from './app-state.ts';

export interface ScenarioData {
  sites: SiteRecord[];
  programmes: ProgrammeRecord[];
  /** The dataset's observations: sites' headcounts and programmes' graduates and hires, which
   * the model calibrates on (`toModelInput`). Absent: the projection uses announcements only. */
  observations?: ObservationRecord[];
}

/**
 * Cost of one trainee: the programme's announced budget divided by the people it announces it
 * will train (e.g. Electro'Mob: 25 M€ / 8 000 people = 3 125 €). Null where either is unknown.
 */
export function costPerTrainee(p: ProgrammeRecord): number | null {
  if (p.budgetEur === null || p.peopleTarget === null || p.peopleTarget <= 0) return null;
  return p.budgetEur / p.peopleTarget;
}

/** Extra places a year bought by `budgetEur` a year at the programme's cost per trainee. */
export function placesFromBudget(p: ProgrammeRecord, budgetEur: number): number {
  const cost = costPerTrainee(p);
  return cost === null || budgetEur <= 0 ? 0 : budgetEur / cost;
}

/** Euros a year needed for `places` extra places a year (null where the cost is unknown). */
export function budgetForPlaces(p: ProgrammeRecord, places: number): number | null {
  const cost = costPerTrainee(p);
  return cost === null ? null : places * cost;
}

/** The id of the hypothetical initial-training track fed by the orientation lever. */
export const ORIENTATION_TRACK_ID = 'orientation-initial-track';

/**
 * The orientation lever: discovery internships × the share of pupils who then enter an
 * industrial training track, starting after the orientation action's lag, as a région-targeted
 * initial-training programme. Its parameters come from the dataset's orientation and école de
 * production rows (all estimates; the page says so).
 */
export function orientationProgram(
  state: AppState,
  data: ScenarioData
): { program: Program; share: number; lagYears: number } | null {
  const internships = state.levers.orientationInternships;
  if (internships <= 0) return null;
  const action = data.programmes.find((p) => p.programmeType === 'orientation');
  const initial = data.programmes.find(
    (p) => p.programmeType === 'training' && p.durationYears >= 1.5
  );
  const share = state.levers.orientationShare ?? action?.placementRate ?? 0.1;
  const lagYears = Math.max(0, Math.round(action?.durationYears ?? 1));
  const region = data.sites.some((s) => s.region === state.region)
    ? state.region
    : (data.sites[0]?.region ?? state.region);
  return {
    share,
    lagYears,
    program: {
      id: ORIENTATION_TRACK_ID,
      name: 'Orientation → formation initiale industrielle',
      occupation: action?.occupation ?? 'operator',
      intake: internships * share,
      startYear: state.years[0] + lagYears,
      durationYears: initial?.durationYears ?? 2,
      completionRate: initial?.completionRate ?? 0.71,
      placementRate: initial?.placementRate ?? 0.65,
      target: { region }
    }
  };
}

/** The model's input for the state's preset with its levers applied. */
export function buildModelInput(
  state: AppState,
  data: ScenarioData,
  preset: PresetId = state.preset
): ProjectionInput {
  const { sites, programs } = toModelInput(data);
  const base = presetScenario(preset, { years: state.years, sites });
  // The hiring lead of the reference class is computed on every site of the dataset, before a
  // page keeps its territory's: one lead for every page.
  const scenario: Scenario = {
    ...base,
    hiringLeadYears: referenceLead(sites),
    sites: { ...base.sites },
    programs: { ...base.programs }
  };
  const L = state.levers;

  for (const [id, lever] of Object.entries(L.sites)) {
    if (!sites.some((s) => s.id === id)) continue;
    const o = { ...(scenario.sites?.[id] ?? {}) };
    if (lever.delayYears) o.delayYears = (o.delayYears ?? 0) + lever.delayYears;
    if (lever.targetScale !== undefined) o.targetScale = (o.targetScale ?? 1) * lever.targetScale;
    scenario.sites![id] = o;
  }
  for (const [id, lever] of Object.entries(L.programmes)) {
    const record = data.programmes.find((p) => p.id === id && p.programmeType === 'training');
    if (!record) continue;
    const o = { ...(scenario.programs?.[id] ?? {}) };
    if (lever.intakeScale !== undefined) o.intakeScale = (o.intakeScale ?? 1) * lever.intakeScale;
    const extra = placesFromBudget(record, lever.budgetEur ?? 0);
    if (extra > 0) o.extraIntake = (o.extraIntake ?? 0) + extra;
    scenario.programs![id] = o;
  }
  if (L.completionScale !== 1) {
    scenario.completionScale = (scenario.completionScale ?? 1) * L.completionScale;
  }
  if (L.placementScale !== 1) {
    scenario.placementScale = (scenario.placementScale ?? 1) * L.placementScale;
  }
  if (L.attritionRate !== null) scenario.attritionRate = L.attritionRate;

  const orientation = orientationProgram(state, data);
  const allPrograms = orientation ? [...programs, orientation.program] : programs;
  return { sites: sites as Site[], programs: allPrograms, scenario };
}

/**
 * The uncertainty the Monte Carlo draws AROUND the scenario's own values (the scenario's run is
 * the run at the modes, so every preset and lever moves the band): each site's delay moves by
 * −0.5 to +1 year and its target by −15 % to +10 %, drawn site by site with a correlation of
 * 0.5 between sites (`DEFAULT_SITE_CORRELATION`); intakes ±25 %, completion and placement
 * ±15 %, attrition 5–11 % (Dares resignations 4.7–6.2 % + 2.5 % end-of-career, France
 * Stratégie–Dares). The presets already carry the slips and cuts of the reference class (AESC
 * ≈ 1 year, Verkor and ProLogium 2, targets cut to the low end; FACTS.md), so what is left is
 * a narrower range, still leaning late and small. Estimates, shown as such on the methodology
 * page.
 */
export function defaultUncertainty(state: AppState): Uncertain {
  const attrition = state.levers.attritionRate ?? 0.08;
  return {
    delayYears: { low: -0.5, mode: 0, high: 1 },
    targetScale: { low: 0.85, mode: 1, high: 1.1 },
    intakeScale: { low: 0.75, mode: 1, high: 1.25 },
    completionScale: { low: 0.85, mode: 1, high: 1.15 },
    placementScale: { low: 0.85, mode: 1, high: 1.15 },
    attritionRate: {
      low: Math.max(0, Math.min(attrition, 0.05)),
      mode: attrition,
      high: Math.min(1, Math.max(attrition, 0.11))
    }
  };
}

export function presetLabel(id: PresetId, lang: 'fr' | 'en'): string {
  return PRESETS[id].label[lang];
}

/**
 * Euros per training place for an occupation: the mean cost per trainee of the programmes of
 * that occupation with a known budget, else of all programmes with a known budget. An estimate
 * (announced budgets / announced people), said so on the page.
 */
export function costPerPlace(
  occupation: string,
  programmes: readonly ProgrammeRecord[]
): number | null {
  const known = programmes
    .filter((p) => p.programmeType === 'training')
    .map((p) => ({ p, cost: costPerTrainee(p) }))
    .filter((x): x is { p: ProgrammeRecord; cost: number } => x.cost !== null);
  const same = known.filter((x) => x.p.occupation === occupation);
  const pool = same.length ? same : known;
  if (!pool.length) return null;
  return pool.reduce((s, x) => s + x.cost, 0) / pool.length;
}

/**
 * "What it takes": the first intake of the extra places. The state's choice, else the first
 * year after the dataset's newest figures (a place decided on today's figures opens at the next
 * intake, not in a past year), kept within [horizon start, closeBy].
 *
 * @example closingFromYear(state, dataset); // 2027 with figures up to February 2026
 */
export function closingFromYear(
  state: Pick<AppState, 'years' | 'closeBy' | 'closeFrom'>,
  dataset: Pick<Dataset, 'sites' | 'sitePlans' | 'observations' | 'programmes'>
): number {
  const newest = newestSourceDate(
    dataset.sites,
    dataset.sitePlans,
    dataset.observations,
    dataset.programmes
  );
  const auto = newest ? Number(newest.slice(0, 4)) + 1 : state.years[0];
  return Math.min(state.closeBy, Math.max(state.years[0], state.closeFrom ?? auto));
}
