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
  /** Trained people already at the site at the end of the year before the horizon (W(t0 - 1)),
   * on top of what the programmes' earlier cohorts bring (those are computed, see `docs/model.md`). */
  initialTrained?: number;
  /**
   * Observed headcounts (direct jobs), dated. The site's curve passes through them: before the
   * last one it is calibrated on them, after it the scenario's delay and target take over
   * (docs/model.md, "Demand"). A date d in year Y is at model time Y - 1 + (day of year)/days,
   * so that model year t is the end of year t.
   */
  observations?: SiteObservation[];
  /**
   * Brownfield site: people already employed in the plant being converted, at the start of the
   * horizon. They hold posts (J starts from them, and they are in post), except
   * `reconversionJobs` of them, whose posts need people trained for the new activity.
   */
  existingJobs?: number;
  /** Of `existingJobs`, the posts that need retraining (counted as posts to fill); ≤ existingJobs. */
  reconversionJobs?: number;
}

/** One dated headcount of a site. */
export interface SiteObservation {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  jobs: number;
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
  /**
   * The occupation families the programme trains, with their shares of its graduates (summing
   * to 1). Absent: all graduates are of `occupation`.
   */
  occupationMix?: OccupationMix;
  /**
   * Share of the placed graduates who take a job at the tracked sites of the target, the rest
   * working elsewhere in the sector the programme serves (a regional programme for a whole
   * sector). In [0, 1]; default 1.
   */
  targetShare?: number;
  /**
   * Observed figures per model year, which replace the modelled ones for that year: `hired` are
   * the graduates who took a post in the target (in post whatever the modelled jobs, since they
   * were observed), `graduates` the people who finished.
   */
  observed?: { graduates?: Record<number, number>; hired?: Record<number, number> };
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
  /**
   * L: hiring leads production. The ramp's 5 % point is L years before the production start a
   * (its 95 % point stays at the full-capacity year b). Default: the reference class of the
   * input's sites with observed headcounts (`referenceLead`), or 0 where none has any.
   */
  hiringLeadYears?: number;
  /**
   * What a programme does after its announced end year: 'renew' (default) keeps its last
   * intake every year to the horizon, 'stop' takes no one after it. Rows of the years that rest
   * on a renewal are listed by `renewedYears`.
   */
  afterFundedEnd?: 'renew' | 'stop';
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
  /** J - W: the net gap (≥ 0 in a site cell, where W ≤ J). */
  gap: number;
  /** max(0, J - W): jobs without a person trained for them. */
  unfilled: number;
  /** max(0, W - J): 0 in a site cell (nobody is in post without a post); trained people with no
   * post are in the territory's `available` rows and in aggregates' `surplus`. */
  surplus: number;
  /** W / J, null where J = 0. */
  coverage: number | null;
  /** H - placed. */
  hiresGap: number;
  /** indirectMultiplier × J: reported beside the gap, never inside it. */
  indirectJobs: number;
}

/**
 * Trained people available in a région for an occupation at the end of the year: placed
 * graduates (after `targetShare`) who found no post at a tracked site, plus those who lost one;
 * the stock decays at ρ (people taking jobs elsewhere). `unplaced` is the same number (v1 name).
 */
export interface UnplacedRow {
  region: string;
  occupation: string;
  year: number;
  unplaced: number;
  available: number;
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

/**
 * A sum of projection rows; a dimension summed over is null. Unfilled and surplus are sums of
 * the cells' (never netted); with the available rows passed to `aggregate`, a région or total
 * row's surplus also counts the trained people available in its régions. Coverage is
 * Σ min(J, W) / Σ J.
 */
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

/**
 * The scenario parameters `simulate` and `sensitivity` can draw or swing, each AROUND the
 * scenario's own value, so that the scenario's run is the run at the modes: a drawn delay adds
 * (draw − mode) years to every delay of the scenario; a drawn scale multiplies the scenario's
 * by draw ÷ mode; a drawn rate moves the scenario's rate by (draw − mode). `delayYears` and
 * `targetScale` are drawn for each site on its own, correlated between sites by
 * `siteCorrelation` (docs/model.md, "Uncertainty").
 */
export interface Uncertain {
  delayYears?: Triangular;
  targetScale?: Triangular;
  intakeScale?: Triangular;
  attritionRate?: Triangular;
  /** Moves every programme's completion rate by (draw − mode). */
  completionRate?: Triangular;
  /** Moves every programme's placement rate by (draw − mode). */
  placementRate?: Triangular;
  /** Multiplies every programme's completion rate by draw ÷ mode. */
  completionScale?: Triangular;
  /** Multiplies every programme's placement rate by draw ÷ mode. */
  placementScale?: Triangular;
  /** Correlation between two sites' delay (and target) draws, in [0, 1]; default 0.5. */
  siteCorrelation?: number;
}

export type UncertainParameter = Exclude<keyof Uncertain, 'siteCorrelation'>;

export interface Quantiles {
  p10: number;
  p50: number;
  p90: number;
}
