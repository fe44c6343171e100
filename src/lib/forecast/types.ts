/**
 * The shapes of the skills-gap model (MODEL.md, "Shapes"). Plain data only: every function of
 * the library takes and returns these, so the same objects travel between the app, a researcher's
 * Node script and the tests.
 *
 * @example
 *   const site: Site = { id: 'aesc-douai', name: 'AESC Douai', region: '32',
 *     productionStart: 2025, fullCapacity: 2027, targetJobs: 1200 };
 */

/** A share per occupation family code, summing to 1, e.g. `{ operator: 0.6, technician: 0.4 }`. */
export type OccupationMix = Record<string, number>;

/** An industrial site: its ramp-up (a, b, N) and, optionally, its occupation mix. */
export interface Site {
  id: string;
  name: string;
  /** INSEE région code: "32" Hauts-de-France, "11" Île-de-France, "44" Grand Est. */
  region: string;
  /** a: year production starts; the ramp is at 5 % of its target there (logistic). */
  productionStart: number;
  /** b: year of full capacity (b > a); the ramp is at 95 % of its target there (logistic). */
  fullCapacity: number;
  /** N: direct jobs at full capacity. */
  targetJobs: number;
  /** Share of direct jobs per occupation family; `DEFAULT_OCCUPATION_MIX` where absent. */
  occupationMix?: OccupationMix;
  /** Trained people already at the site at the end of the year before the horizon (W(t0 - 1)). */
  initialTrained?: number;
}

/** Where a programme's placed graduates go: one site, or a région's sites (shared by hires). */
export type ProgramTarget = { site: string } | { region: string };

/** A training programme: the pipeline intake × completion × placement with a duration lag. */
export interface Program {
  id: string;
  name: string;
  /** Occupation family code the programme trains for. */
  occupation: string;
  /** I(y): trainees starting each year — a number (every year from startYear to endYear or the
   * horizon) or a map from year to intake (taken as given; startYear/endYear then only bound
   * `extraIntake`). */
  intake: number | Record<number, number>;
  startYear: number;
  endYear?: number;
  /** D: years from start to graduation; a fractional D splits the cohort between two years. */
  durationYears: number;
  /** c: share of starters who graduate, in [0, 1]. */
  completionRate: number;
  /** q: share of graduates who take a job in the target, in [0, 1]. */
  placementRate: number;
  target: ProgramTarget;
}

/** Per-site scenario override (the planners' "this factory starts a year late"). */
export interface SiteOverride {
  /** Added to the scenario's `delayYears` for this site. */
  delayYears?: number;
  /** Multiplies the scenario's `targetScale` for this site. */
  targetScale?: number;
}

/** Per-programme scenario override (the planners' "this programme doubles its intake"). */
export interface ProgramOverride {
  /** Multiplies the scenario's `intakeScale` for this programme. */
  intakeScale?: number;
  /** Extra trainees per year, added after scaling, every year from startYear to endYear (or the
   * horizon end). Must be ≥ 0. */
  extraIntake?: number;
  /** Replaces the programme's (and the scenario's) completion rate. */
  completionRate?: number;
  /** Replaces the programme's (and the scenario's) placement rate. */
  placementRate?: number;
}

export type RampShape = 'logistic' | 'linear';

/**
 * A scenario. Every optional field has a default (see `defaults.ts` for the sources):
 * delayYears 0, targetScale 1, intakeScale 1, attritionRate `DEFAULT_ATTRITION_RATE`,
 * rampShape 'logistic', indirectMultiplier `DEFAULT_INDIRECT_MULTIPLIER`.
 */
export interface Scenario {
  /** [from, to], whole calendar years, inclusive; from ≤ to. */
  years: [number, number];
  /** d: shifts every ramp by d years (a' = a + d, b' = b + d); may be fractional or negative. */
  delayYears?: number;
  /** σ: scales every site's target (N' = σ N); ≥ 0. */
  targetScale?: number;
  /** Scales every programme's intake; ≥ 0. */
  intakeScale?: number;
  /** ρ: annual attrition of the trained stock and replacement demand, in [0, 1]. */
  attritionRate?: number;
  rampShape?: RampShape;
  /** Indirect jobs per direct job, reported beside the gap (never inside it). */
  indirectMultiplier?: number;
  /** If set, replaces every programme's completion rate c (per-programme overrides win). */
  completionRate?: number;
  /** If set, replaces every programme's placement rate q (per-programme overrides win). */
  placementRate?: number;
  /** Multiplies every completion rate (result capped at 1); default 1. */
  completionScale?: number;
  /** Multiplies every placement rate (result capped at 1); default 1. */
  placementScale?: number;
  /** Per-site overrides, keyed by site id (an unknown id is an input error). */
  sites?: Record<string, SiteOverride>;
  /** Per-programme overrides, keyed by programme id (an unknown id is an input error). */
  programs?: Record<string, ProgramOverride>;
}

export interface ProjectionInput {
  sites: Site[];
  programs: Program[];
  scenario: Scenario;
}

/** One site × occupation × year (MODEL.md, "The gap"). Values are at the end of `year`. */
export interface ProjectionRow {
  siteId: string;
  region: string;
  occupation: string;
  year: number;
  /** J_o(t): direct jobs. */
  jobs: number;
  /** H_o(t) = max(0, J_o(t) - J_o(t-1)) + ρ J_o(t-1): hires needed (expansion + replacement). */
  hires: number;
  /** placed_o(t): graduates taking a job at the site this year (site + région programmes). */
  placed: number;
  /** W_o(t) = W_o(t-1)(1 - ρ) + placed_o(t): trained workforce stock. */
  trained: number;
  /** J - W: > 0 is a shortage, < 0 a surplus. */
  gap: number;
  /** W / J, null where J = 0. */
  coverage: number | null;
  /** H - placed. */
  hiresGap: number;
  /** indirectMultiplier × J: reported beside the gap, never inside it. */
  indirectJobs: number;
}

/** Région graduates that found no site needing hires in their occupation that year. */
export interface UnplacedRow {
  region: string;
  occupation: string;
  year: number;
  unplaced: number;
}

/** One programme × year of the pipeline (flows, in people). */
export interface ProgramFlowRow {
  programId: string;
  occupation: string;
  year: number;
  /** Trainees starting this year (after scenario scaling and extra intake). */
  intake: number;
  /** c Σ_y I(y) [cohort y graduates this year]. */
  graduates: number;
  /** q × graduates. */
  placed: number;
}

/** A sum of projection rows; a dimension summed over is null. Coverage is ΣW / ΣJ. */
export interface AggregateRow extends Omit<ProjectionRow, 'siteId' | 'region' | 'occupation'> {
  siteId: string | null;
  region: string | null;
  occupation: string | null;
}

/** A triangular distribution: low ≤ mode ≤ high. */
export interface Triangular {
  low: number;
  mode: number;
  high: number;
}

/** The scenario parameters `simulate` and `sensitivity` can draw or swing. */
export interface Uncertain {
  delayYears?: Triangular;
  targetScale?: Triangular;
  intakeScale?: Triangular;
  attritionRate?: Triangular;
  /** Completion rate applied to every programme (absolute). */
  completionRate?: Triangular;
  /** Placement rate applied to every programme (absolute). */
  placementRate?: Triangular;
  /** Relative multiplier on each programme's own completion rate. */
  completionScale?: Triangular;
  /** Relative multiplier on each programme's own placement rate. */
  placementScale?: Triangular;
}

export type UncertainParameter = keyof Uncertain;

export interface Quantiles {
  p10: number;
  p50: number;
  p90: number;
}
