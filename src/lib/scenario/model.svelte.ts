/**
 * The territory model: everything a page shows about one territory under the current scenario,
 * computed in one place so that the overview, the workbench, the map's panel, the brief and a
 * site's page quote the same figures for the same question (docs/architecture.md).
 *
 * A territory is a région, a département or a site. The model always runs the whole région —
 * its pools of trained people are shared by all its sites — and cuts the figures to the
 * territory's sites; a région's surplus also counts its pools' available people.
 *
 * Create it during component initialisation; every field is derived and follows the dataset,
 * the app state and the scope:
 *
 * @example
 *   const model = new TerritoryModel(() => ({ dataset, state: appState.current,
 *     scope: { level: 'region', region: '32' } }));
 *   model.at(2030)?.unfilled;              // unfilled jobs in 2030, summed over the cells
 *   model.simulation?.shortageProbability; // once the worker has answered
 */
import { untrack } from 'svelte';
import {
  aggregateBySite,
  placesToCloseGap,
  projectDetailed,
  sensitivity,
  type AggregateRow,
  type PlacesToCloseGapResult,
  type ProjectionInput,
  type SensitivityBar,
  type Uncertain
} from '../forecast/index.ts';
import type { Dataset } from '../data/queries.ts';
import type { AppState, PresetId } from '../state/app-state.ts';
import { SETTLE_MS, settle } from '../state/settle.ts';
import { ModelTask } from '../workers/model-task.svelte.ts';
import { MonteCarlo } from '../workers/monte-carlo.svelte.ts';
import { withAdded } from './added.ts';
import { isAddedProgrammeId } from '../state/added.ts';
import { closingCosts, closingFromYear, defaultUncertainty, monteCarloJob } from './build.ts';
import {
  closingFigures,
  earliestRenewal,
  feedingProgrammes,
  idsOf,
  occupationBalance,
  peakUnfilled,
  regionModelInput,
  scopeSites,
  scopeTotals,
  siteSummaries,
  territoryDataDate,
  type TerritoryScope
} from './territory.ts';

export type { TerritoryScope } from './territory.ts';

export interface TerritorySource {
  dataset: Dataset;
  state: AppState;
  scope: TerritoryScope;
}

export interface TerritoryModelOptions {
  /**
   * Let the slow answers ("what it takes", the tornado, the Monte Carlo) follow once input
   * settles (SETTLE_MS) rather than at once, "what it takes" and the tornado computed in a
   * worker (`ModelTask`): the workbench, whose levers move many times a second, asks for it.
   */
  followSettled?: boolean;
}

interface Settled {
  input: ProjectionInput;
  uncertain: Uncertain;
  byYear: number;
  fromYear: number;
}

export class TerritoryModel {
  #source: () => TerritorySource;
  #settleMs: number;

  /** The dataset with the programmes added in the workbench (`added.ts`). */
  readonly dataset = $derived.by(() => {
    const { dataset, state } = this.#source();
    return withAdded(dataset, state.addedProgrammes, state.lang, state.addedSites);
  });
  readonly state = $derived.by(() => this.#source().state);
  readonly scope = $derived.by(() => this.#source().scope);
  readonly region = $derived(this.scope.region);
  /** The région's name (its code where the dataset lacks it). */
  readonly regionName = $derived(
    this.dataset.regions.find((r) => r.code === this.region)?.name ?? this.region
  );
  /** Whether the figures cover the whole région (its pools' available people count). */
  readonly wholeRegion = $derived(this.scope.level === 'region');

  readonly sites = $derived(scopeSites(this.dataset.sites, this.scope));
  readonly siteIds = $derived(idsOf(this.sites));
  readonly regionSites = $derived(this.dataset.sites.filter((s) => s.region === this.region));
  /** The training programmes aimed at one of the sites, or at the région. */
  readonly programmes = $derived(
    feedingProgrammes(this.dataset.programmes, this.siteIds, this.region)
  );

  readonly input = $derived(regionModelInput(this.dataset, this.state, this.region));
  /** The région's projection: rows per site × occupation, its pools, the renewals. */
  readonly detail = $derived(projectDetailed(this.input));
  /** The ids of the scope's sites, or null for the whole région. */
  readonly #cut = $derived(this.wholeRegion ? null : this.siteIds);
  readonly #scoped = $derived(scopeTotals(this.detail, this.#cut));
  /** The territory's rows (its sites' cells in the région's projection). */
  readonly rows = $derived(this.#scoped.rows);
  /** Totals per year: unfilled jobs summed over the cells (never netted). */
  readonly total = $derived(this.#scoped.total);
  /** The same per occupation. */
  readonly byOccupation = $derived(
    scopeTotals(this.detail, this.#cut, { byOccupation: true }).total
  );
  /** The région's totals, whatever the scope (its available people are the région's). */
  readonly regionTotal = $derived(
    this.wholeRegion ? this.total : scopeTotals(this.detail, null).total
  );
  readonly regionByOccupation = $derived(
    this.wholeRegion
      ? this.byOccupation
      : scopeTotals(this.detail, null, { byOccupation: true }).total
  );
  /** Per site and year. */
  readonly bySite = $derived(aggregateBySite(this.rows));
  readonly peak = $derived(peakUnfilled(this.total));
  /** Each site with its latest headcount and its figures at the state's year. */
  readonly summaries = $derived(
    siteSummaries(this.rows, this.sites, this.dataset.observations, this.state.year)
  );
  /** At the state's year: the occupations lacking people and those with people and no post. */
  readonly balance = $derived(occupationBalance(this.byOccupation, this.state.year));
  /** The first year resting on the renewal of the programmes that feed the territory. */
  readonly renewal = $derived(
    earliestRenewal(
      this.detail.renewedFrom,
      this.programmes.map((p) => p.id)
    )
  );
  readonly announced = $derived({
    low: this.sites.reduce((s, x) => s + x.jobsDirectLow, 0),
    high: this.sites.reduce((s, x) => s + x.jobsDirectHigh, 0)
  });
  readonly dataDate = $derived(territoryDataDate(this.dataset, this.sites, this.programmes));
  readonly uncertain = $derived(defaultUncertainty(this.state));

  // ---- What it takes and the sensitivity (after input settles where asked) -----------------
  #settled = $state<Settled | null>(null);
  readonly closeFrom = $derived(closingFromYear(this.state, this.dataset));
  /** The inputs of the slow answers: the current ones, or those of a moment ago (settleMs). */
  readonly #slow = $derived.by(() => (this.#settleMs > 0 ? this.#settled : this.#now()));
  /** The solver's request: the region's input, cut to the scope's sites. */
  readonly #closingRequest = $derived.by(() => {
    const s = this.#slow;
    if (!s || !s.input.sites.length || !this.sites.length) return null;
    const options = { byYear: s.byYear, fromYear: s.fromYear };
    return {
      kind: 'closing' as const,
      input: s.input,
      options: this.wholeRegion ? options : { ...options, sites: [...this.siteIds] }
    };
  });
  readonly #sensitivityRequest = $derived.by(() => {
    const s = this.#slow;
    return s && s.input.sites.length
      ? {
          kind: 'sensitivity' as const,
          input: s.input,
          uncertain: s.uncertain,
          options: { year: s.byYear }
        }
      : null;
  });
  /** Where the slow answers are computed in a worker (the workbench), their tasks. */
  #tasks: {
    closing: ModelTask<PlacesToCloseGapResult>;
    sensitivity: ModelTask<SensitivityBar[]>;
  } | null = null;
  readonly closing = $derived.by((): PlacesToCloseGapResult | null => {
    if (this.#tasks) return this.#tasks.closing.value;
    const r = this.#closingRequest;
    return r ? placesToCloseGap(r.input, r.options) : null;
  });
  /** Extra places per occupation with their cost (unknown costs named, never counted 0). */
  readonly costs = $derived(
    this.closing ? closingCosts(this.closing, this.dataset.programmes) : null
  );
  readonly closingFigures = $derived(
    this.closing && this.costs ? closingFigures(this.closing, this.costs) : null
  );
  /** Which uncertain input moves the unfilled jobs at the closing year most (the tornado). */
  readonly sensitivity = $derived.by((): SensitivityBar[] => {
    if (this.#tasks) return this.#tasks.sensitivity.value ?? [];
    const r = this.#sensitivityRequest;
    return r ? sensitivity(r.input, r.uncertain, r.options) : [];
  });

  /**
   * What each programme added in the workbench does (`added.ts`): the territory's unfilled jobs
   * at the closing year without it minus with it (its levers included), by programme id; after
   * input settles, like the other answers that run the model again.
   */
  readonly addedEffects = $derived.by((): Readonly<Record<string, number>> => {
    const s = this.#slow;
    const ids = s ? s.input.programs.filter((p) => isAddedProgrammeId(p.id)).map((p) => p.id) : [];
    if (!s || !ids.length) return {};
    const unfilled = (input: ProjectionInput) =>
      scopeTotals(projectDetailed(input), this.#cut).total.find((r) => r.year === s.byYear)
        ?.unfilled ?? 0;
    const withAll = unfilled(s.input);
    return Object.fromEntries(
      ids.map((id) => {
        const without = { ...s.input, programs: s.input.programs.filter((p) => p.id !== id) };
        return [id, unfilled(without) - withAll];
      })
    );
  });

  #monteCarlo: MonteCarlo;

  constructor(source: () => TerritorySource, options: TerritoryModelOptions = {}) {
    this.#source = source;
    this.#settleMs = options.followSettled ? SETTLE_MS : 0;
    if (this.#settleMs > 0) {
      $effect(() => {
        const next = this.#now();
        const first = untrack(() => this.#settled) === null;
        const later = settle(() => (this.#settled = next), first ? 0 : this.#settleMs);
        later.schedule();
        return later.cancel;
      });
      this.#tasks = {
        closing: new ModelTask(() => this.#closingRequest),
        sensitivity: new ModelTask(() => this.#sensitivityRequest)
      };
    }
    this.#monteCarlo = new MonteCarlo(() => ({
      ...monteCarloJob(
        this.input,
        this.state,
        this.scope.level === 'site' ? [this.scope.siteId] : []
      ),
      delayMs: this.#settleMs
    }));
  }

  #now(): Settled {
    return {
      input: this.input,
      uncertain: this.uncertain,
      byYear: this.state.closeBy,
      fromYear: this.closeFrom
    };
  }

  /** The territory's total row at a year (null outside the horizon). */
  at(year: number): AggregateRow | null {
    return this.total.find((r) => r.year === year) ?? null;
  }

  /** The région's total row at a year. */
  regionAt(year: number): AggregateRow | null {
    return this.regionTotal.find((r) => r.year === year) ?? null;
  }

  /** The Monte Carlo of the région's model (the worker's answer), or null while it runs. */
  get simulation() {
    return this.#monteCarlo.result;
  }

  /** The territory's shortage probability at the horizon: its sites' when it is one site. */
  get shortageProbability(): number | null {
    const sim = this.simulation;
    if (!sim) return null;
    if (this.scope.level === 'site')
      return sim.shortageProbability.bySite[this.scope.siteId] ?? null;
    return sim.shortageProbability.total;
  }

  /** Time the worker spent on the shown simulation, ms. */
  get simulationMs(): number | null {
    return this.#monteCarlo.ms;
  }

  /** Totals of the same territory under another preset (the workbench's comparison). */
  totalFor(preset: PresetId): AggregateRow[] {
    if (preset === this.state.preset) return this.total;
    const input = regionModelInput(this.dataset, this.state, this.region, preset);
    return scopeTotals(projectDetailed(input), this.#cut).total;
  }
}
