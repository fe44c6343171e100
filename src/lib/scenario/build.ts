/**
 * From the app's state (preset + levers) and the dataset to the forecasting library's input.
 * The levers are the planners' questions: a site starts later or smaller, a programme takes more
 * trainees, extra euros buy extra places at the programme's cost per trainee, more pupils are
 * steered towards industry by orientation actions.
 */
import {
  DEFAULT_NEW_PROGRAM,
  presetScenario,
  PRESETS,
  referenceLead,
  type PlacesToCloseGapResult,
  type Program,
  type ProjectionInput,
  type Scenario,
  type Site,
  type Uncertain
} from '../forecast/index.ts';
import { toModelInput } from '../data/model-input.ts';
import { newestSourceDate } from '../data/provenance.ts';
import type { Dataset, ObservationRecord, ProgrammeRecord, SiteRecord } from '../data/queries.ts';
import type { AppState, PresetId } from '../state/app-state.ts';
import {
  ENTITY_LEVER_KEYS,
  LEVERS,
  SCALAR_LEVER_KEYS,
  leverValue,
  moved,
  scalarValue,
  type LeverDraft,
  type LeverRow
} from '../state/levers.ts';

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
  data: ScenarioData,
  orientation: LeverDraft['orientation'] = {
    internships: state.levers.orientationInternships,
    share: state.levers.orientationShare
  }
): { program: Program; share: number; lagYears: number } | null {
  const internships = orientation.internships;
  if (internships <= 0) return null;
  const action = data.programmes.find((p) => p.programmeType === 'orientation');
  const initial = data.programmes.find(
    (p) => p.programmeType === 'training' && p.durationYears >= 1.5
  );
  const share = orientation.share ?? action?.placementRate ?? 0.1;
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

/**
 * L of the reference class (docs/model.md, "Demand"): the mean hiring lead fitted to the sites
 * of the whole dataset that have observed headcounts — the workbench's default lead, shown with
 * its value.
 *
 * @example referenceLeadYears(dataset); // 2.32 on the default data (AESC, Verkor, ACC)
 */
export function referenceLeadYears(data: ScenarioData): number {
  return referenceLead(toModelInput(data).sites);
}

/** The model's input for the state's preset with its levers applied. */
export function buildModelInput(
  state: AppState,
  data: ScenarioData,
  preset: PresetId = state.preset
): ProjectionInput {
  const { sites, programs } = toModelInput(data);
  const base = presetScenario(preset, { years: state.years, sites });
  const L = state.levers;
  // The draft starts neutral: the hiring lead of the reference class computed on every site of
  // the dataset, before a page keeps its territory's (one lead for every page), and the
  // programmes renewed after their funded period (the model's stated default, written out).
  const draft: LeverDraft = {
    scenario: {
      ...base,
      hiringLeadYears: referenceLead(sites),
      afterFundedEnd: LEVERS.fe.neutral,
      sites: { ...base.sites },
      programs: { ...base.programs }
    },
    orientation: { internships: 0, share: null }
  };
  const scenario: Scenario = draft.scenario;
  // Each lever's effect on the model, from its row of the table (levers.ts); a lever at its
  // neutral value changes nothing and is not applied.
  for (const key of SCALAR_LEVER_KEYS) {
    const row: LeverRow = LEVERS[key];
    const value = moved(key, scalarValue(L, key));
    if (value === null) continue;
    if (row.kind === 'choice') row.effect(value as typeof row.neutral, draft);
    else if (row.scope === 'all' && typeof value === 'number') row.effect(value, draft);
  }
  for (const id of Object.keys(L.sites)) {
    if (!sites.some((s) => s.id === id)) continue;
    const o = { ...(scenario.sites?.[id] ?? {}) };
    for (const key of ENTITY_LEVER_KEYS) {
      const row: LeverRow = LEVERS[key];
      const value = moved(key, leverValue(L, key, id));
      if (row.scope === 'sites' && typeof value === 'number') row.effect(value, o);
    }
    scenario.sites![id] = o;
  }
  for (const id of Object.keys(L.programmes)) {
    const record = data.programmes.find((p) => p.id === id && p.programmeType === 'training');
    if (!record) continue;
    const o = { ...(scenario.programs?.[id] ?? {}) };
    const cost = { placesFromBudget: (eur: number) => placesFromBudget(record, eur) };
    for (const key of ENTITY_LEVER_KEYS) {
      const row: LeverRow = LEVERS[key];
      const value = moved(key, leverValue(L, key, id));
      if (row.scope === 'programmes' && typeof value === 'number') row.effect(value, o, cost);
    }
    scenario.programs![id] = o;
  }

  const orientation = orientationProgram(state, data, draft.orientation);
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

/**
 * Monte Carlo runs for every page's question (overview, site, workbench, brief): one run count,
 * so one territory, scenario and year get one answer everywhere. 10 000 runs take about 150 ms
 * in the worker (`npm run bench`: target < 200 ms), and their quantiles are precise enough to
 * quote: the p10 of 10 000 draws lies between the 9.4th and the 10.6th percentiles (± 2
 * standard errors, √(0.1 × 0.9 / 10 000) = 0.3 point), against ± 1.3 points with 2 000 draws.
 */
export const MONTE_CARLO_RUNS = 10_000;

/** A page's Monte Carlo question: the model input, the state's uncertainty, the shared runs. */
export interface MonteCarloQuestion {
  input: ProjectionInput;
  uncertain: Uncertain;
  runs: number;
  /** The sites whose own bands the page shows (`SimulateOptions.sites`); the others still
   * count in the sums and in every site's shortage probability. */
  sites: readonly string[];
}

/**
 * The Monte Carlo job every page hands to its worker: the same uncertainty and run count. Only
 * a site's page reads a site's own bands (`reported`); every other page reads the sums, so the
 * France-wide input does not pay for 500 sites' quantiles (docs/forecast.md).
 *
 * @example new MonteCarlo(() => monteCarloJob(input, appState.current));
 */
export function monteCarloJob(
  input: ProjectionInput,
  state: AppState,
  reported: readonly string[] = []
): MonteCarloQuestion {
  return { input, uncertain: defaultUncertainty(state), runs: MONTE_CARLO_RUNS, sites: reported };
}

export function presetLabel(id: PresetId, lang: 'fr' | 'en'): string {
  return PRESETS[id].label[lang];
}

/** A course prices a place only if its length is within this factor of the place's course. */
export const COURSE_LENGTH_FACTOR = 2;

/** Whether a programme trains `occupation`: its own occupation, or a family of its mix. */
export function trainsOccupation(p: ProgrammeRecord, occupation: string): boolean {
  return p.occupation === occupation || (p.occupationMix?.[occupation] ?? 0) > 0;
}

/**
 * What a training place of an occupation costs, and which courses say so.
 *
 * The extra places of "what it takes" last as long as the intake-weighted courses of that
 * occupation (1 year where there are none: placesToCloseGap, DEFAULT_NEW_PROGRAM). They are
 * priced at the cost per trainee (announced budget ÷ announced people, `costPerTrainee`) of the
 * programme that trains the occupation (its own occupation or one of its mix's) whose length is
 * closest to theirs (the mean where several are as close), provided it is a course of about
 * that length: half to twice as long (COURSE_LENGTH_FACTOR). A two-day module does not price
 * a nine-month course, nor one occupation's courses another's: otherwise the cost is unknown
 * (null). An estimate from announced figures, said so on the page.
 *
 * @example placeCost('operator', dataset.programmes);
 *   // { eurPerPlace: 1 666.7, courseYears: 0.16, pricedBy: ['battery-training-center-douvrin'] }
 */
export function placeCost(
  occupation: string,
  programmes: readonly ProgrammeRecord[]
): { eurPerPlace: number; courseYears: number; pricedBy: string[] } | null {
  const training = programmes.filter((p) => p.programmeType === 'training');
  const own = training.filter((p) => p.occupation === occupation);
  const weight = own.reduce((s, p) => s + p.intakePerYear, 0);
  const courseYears =
    weight > 0
      ? own.reduce((s, p) => s + p.durationYears * p.intakePerYear, 0) / weight
      : DEFAULT_NEW_PROGRAM.durationYears;
  const known = training
    .filter((p) => trainsOccupation(p, occupation))
    .filter(
      (p) =>
        p.durationYears >= courseYears / COURSE_LENGTH_FACTOR &&
        p.durationYears <= courseYears * COURSE_LENGTH_FACTOR
    )
    .map((p) => ({ p, distance: Math.abs(p.durationYears - courseYears), cost: costPerTrainee(p) }))
    .filter((x): x is { p: ProgrammeRecord; distance: number; cost: number } => x.cost !== null);
  if (!known.length) return null;
  const closest = Math.min(...known.map((x) => x.distance));
  const pool = known.filter((x) => x.distance - closest <= 1e-9);
  return {
    eurPerPlace: pool.reduce((s, x) => s + x.cost, 0) / pool.length,
    courseYears,
    pricedBy: pool.map((x) => x.p.id)
  };
}

/**
 * Euros per training place for an occupation (`placeCost`), null where unknown.
 *
 * @example costPerPlace('technician', dataset.programmes); // 3 125 (Electro'Mob: 25 M€ / 8 000)
 */
export function costPerPlace(
  occupation: string,
  programmes: readonly ProgrammeRecord[]
): number | null {
  return placeCost(occupation, programmes)?.eurPerPlace ?? null;
}

/** One occupation's extra places a year and what they cost (null: cost unknown). */
export interface OccupationCost {
  occupation: string;
  placesPerYear: number;
  eurPerPlace: number | null;
  eurosPerYear: number | null;
}

/**
 * What "what it takes" costs: per occupation with extra places, its euros a year or unknown.
 * `knownEurosPerYear` sums only the known ones and `unknown` names the occupations it leaves
 * out, so a page says "at least €X, excluding occupations with no known cost", never counting an
 * unknown cost as 0.
 *
 * @example closingCosts(placesToCloseGap(input, { byYear: 2030 }), dataset.programmes);
 *   // { byOccupation: [{ occupation: 'operator', placesPerYear: 410, eurPerPlace: 1 666.7,
 *   //   eurosPerYear: 683 333 }, …], knownEurosPerYear: 683 333, unknown: ['maintenance-technician'] }
 */
export function closingCosts(
  closing: Pick<PlacesToCloseGapResult, 'byOccupation'>,
  programmes: readonly ProgrammeRecord[]
): { byOccupation: OccupationCost[]; knownEurosPerYear: number; unknown: string[] } {
  const byOccupation = closing.byOccupation
    .filter((o) => (o.extraPlacesPerYear ?? 0) > 0)
    .map((o): OccupationCost => {
      const placesPerYear = o.extraPlacesPerYear ?? 0;
      const eurPerPlace = costPerPlace(o.occupation, programmes);
      return {
        occupation: o.occupation,
        placesPerYear,
        eurPerPlace,
        eurosPerYear: eurPerPlace === null ? null : placesPerYear * eurPerPlace
      };
    });
  return {
    byOccupation,
    knownEurosPerYear: byOccupation.reduce((s, o) => s + (o.eurosPerYear ?? 0), 0),
    unknown: byOccupation.filter((o) => o.eurosPerYear === null).map((o) => o.occupation)
  };
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
