/**
 * Relève's forecasting library: the skills-gap model of MODEL.md, pure functions over plain
 * data. It imports nothing from Svelte, the DOM, DuckDB or node: it runs the same in Node and in
 * the browser. Published as the package subpath `releve/forecast` (`npm run build:lib`).
 *
 * @example
 *   import { project, aggregateTotal, PRESETS } from 'releve/forecast';
 *   const rows = project({ sites, programs, scenario: { years: [2024, 2035] } });
 *   aggregateTotal(rows).at(-1); // { year: 2035, jobs, trained, gap, coverage, … }
 */
export type {
  AggregateRow,
  OccupationMix,
  Program,
  ProgramFlowRow,
  ProgramOverride,
  ProgramTarget,
  ProjectionInput,
  ProjectionRow,
  Quantiles,
  RampShape,
  Scenario,
  Site,
  SiteObservation,
  SiteOverride,
  Triangular,
  Uncertain,
  UncertainParameter,
  UnplacedRow
} from './types.ts';
export { InputError } from './errors.ts';
export * from './defaults.ts';
export {
  rampUp,
  logistic,
  linearRamp,
  logisticParams,
  type RampInput,
  type RampLetters,
  type RampOptions
} from './ramp.ts';
export { pipelineGraduates, graduationSplit, intakeAt } from './pipeline.ts';
export {
  modelTime,
  rampShare,
  fitLead,
  leadEvidence,
  referenceLead,
  observationPoints,
  calibrationFor,
  LEAD_MAX,
  type LeadEvidence,
  type Calibration
} from './calibrate.ts';
export { project, projectDetailed, type ProjectionDetail } from './project.ts';
export {
  aggregate,
  aggregateByRegion,
  aggregateBySite,
  aggregateTotal,
  type AggregateOptions
} from './aggregate.ts';
export { validateInput } from './validate.ts';
export {
  simulate,
  prepareSimulation,
  simulateRuns,
  finishSimulation,
  EXACT_BUDGET_BYTES,
  SKETCH_BINS,
  clearSimulationCache,
  modeScenario,
  drawnScenario,
  relative,
  PER_SITE,
  UNCERTAIN_ORDER,
  type SimulateOptions,
  type ExactLevel,
  type PreparedSimulation,
  type SimulationPart,
  type SimulationResult,
  type SimulationRow,
  type SimulationGroupRow,
  type SimulationSumRow
} from './simulate.ts';
export { sensitivity, type SensitivityBar, type SensitivityOptions } from './sensitivity.ts';
export { fitRampUp, type FitRampOptions, type RampFit, type RampObservation } from './fit.ts';
export {
  backtest,
  type BacktestOptions,
  type BacktestResult,
  type Forecaster,
  type HorizonAccuracy
} from './backtest.ts';
export { mae, mape, mase, smape, naiveScale } from './accuracy.ts';
export { mulberry32, triangular, triangularQuantile, standardNormalCdf } from './random.ts';
export { quantileSorted, quantiles10_50_90, quantilesOfChunks } from './quantile.ts';
export { naive, drift } from './forecasters/naive.ts';
export { ses } from './forecasters/ses.ts';
export { holt, damped } from './forecasters/holt.ts';
export { theta } from './forecasters/theta.ts';
export { comb, combMedian } from './forecasters/comb.ts';
export { dotm, fitDotm, forecastDotm, type DotmFit } from './forecasters/dotm.ts';
export {
  fitEts,
  etsInitialStates,
  etsVarianceFactors,
  type EtsCriterion,
  type EtsFit
} from './forecasters/ets.ts';
export {
  forecastWithIntervals,
  normalQuantile,
  INTERVAL_METHODS,
  type Interval,
  type IntervalForecast,
  type IntervalMethod
} from './forecasters/intervals.ts';
export {
  forecastSmoothing,
  runSmoothing,
  type SmoothingFit,
  type TrendKind
} from './forecasters/smoothing.ts';
export {
  PRESETS,
  PRESET_IDS,
  presets,
  presetScenario,
  ruleForSite,
  type BilingualText,
  type PresetId,
  type ScenarioPreset,
  type SiteRule
} from './presets.ts';
export {
  placesToCloseGap,
  type OccupationPlaces,
  type PlacesToCloseGapOptions,
  type PlacesToCloseGapResult
} from './gap-closing.ts';
