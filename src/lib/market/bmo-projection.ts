/**
 * The next years of a territory's BMO hiring projects, projected with the forecasting library.
 *
 * The series is the territory's all-occupation projects, one value per survey year, taken as the
 * longest run of consecutive years that ends at its newest year (a missing wave is never filled
 * in: a series with a gap starts after the gap). A run shorter than `MIN_SERIES_YEARS` is "too
 * short" and nothing is projected. Otherwise each candidate method is scored by the library's
 * rolling-origin backtest (one step ahead, first window of 2 years; Tashman 2000), the one with
 * the lowest mean absolute error is kept (ties: the earlier, simpler one in `CANDIDATES`), and
 * `forecastWithIntervals` gives its mean and its 80 % and 95 % intervals (normal errors, FPP 3rd
 * ed. §5.5). Three to five survey points make wide intervals, and they are drawn as they come.
 *
 * @example
 *   projectBmo(franceLine); // 2021–2025: { status: 'projected', method: 'naive', … }
 *   projectBmo(hdfLine);    // 2018, 2019, 2021–2023: { status: 'too-short', years: 3, … }
 */
import { backtest, type Forecaster } from '../forecast/backtest.ts';
import { comb, combMedian } from '../forecast/forecasters/comb.ts';
import { dotm } from '../forecast/forecasters/dotm.ts';
import { damped, holt } from '../forecast/forecasters/holt.ts';
import {
  forecastWithIntervals,
  INTERVAL_METHODS,
  type IntervalForecast,
  type IntervalMethod
} from '../forecast/forecasters/intervals.ts';
import { drift, naive } from '../forecast/forecasters/naive.ts';
import { ses } from '../forecast/forecasters/ses.ts';
import { theta } from '../forecast/forecasters/theta.ts';
import type { MarketLine } from '../scenario/market.ts';

/** Fewest consecutive survey years projected: a 2-year first window and 3 backtest origins. */
export const MIN_SERIES_YEARS = 5;
/** Years projected after the newest survey year. */
export const PROJECTION_YEARS = 3;
/** Coverage of the intervals drawn, percent. */
export const INTERVAL_LEVELS = [80, 95] as const;

/** Candidate methods: every method with intervals, simplest first (the order breaks ties). */
export const CANDIDATES: readonly IntervalMethod[] = INTERVAL_METHODS;

const FORECASTERS: Record<IntervalMethod, Forecaster> = {
  naive,
  drift,
  ses,
  holt,
  damped,
  theta,
  dotm,
  comb,
  combMedian
};

export interface MethodScore {
  method: IntervalMethod;
  /** One-step-ahead mean absolute error over the backtest origins, projects. */
  mae: number;
  /** mae / the naive forecast's mae (null where naive is exact). */
  relativeMae: number | null;
}

export type BmoProjection =
  | {
      status: 'projected';
      /** The survey years and projects the methods saw. */
      years: number[];
      values: number[];
      method: IntervalMethod;
      origins: number;
      /** Every candidate that could be scored, best first. */
      scores: MethodScore[];
      projectionYears: number[];
      forecast: IntervalForecast;
    }
  | { status: 'too-short'; years: number[]; values: number[]; needed: number }
  | { status: 'none' };

/** The longest run of consecutive years ending at the newest year with a number of projects. */
export function consecutiveSeries(line: MarketLine): { years: number[]; values: number[] } {
  const rows = line.rows.filter((r) => r.projects !== null).sort((a, b) => a.year - b.year);
  const years: number[] = [];
  const values: number[] = [];
  for (let i = rows.length - 1; i >= 0; i--) {
    if (years.length && rows[i].year !== years[0] - 1) break;
    years.unshift(rows[i].year);
    values.unshift(rows[i].projects!);
  }
  return { years, values };
}

/** Scores every candidate by the rolling-origin backtest, best (lowest MAE) first. */
export function scoreMethods(values: number[]): MethodScore[] {
  const scores: MethodScore[] = [];
  for (const method of CANDIDATES) {
    try {
      const b = backtest(values, FORECASTERS[method], { horizon: 1, initial: 2 });
      if (Number.isFinite(b.mae)) scores.push({ method, mae: b.mae, relativeMae: b.relativeMae });
    } catch {
      // A method that cannot run on a window this short is not a candidate.
    }
  }
  // A stable sort keeps the simpler method first on equal errors.
  return scores.sort((a, b) => a.mae - b.mae);
}

export function projectBmo(line: MarketLine | null): BmoProjection {
  if (!line) return { status: 'none' };
  const { years, values } = consecutiveSeries(line);
  if (!years.length) return { status: 'none' };
  if (years.length < MIN_SERIES_YEARS) {
    return { status: 'too-short', years, values, needed: MIN_SERIES_YEARS };
  }
  const scores = scoreMethods(values);
  if (!scores.length) return { status: 'too-short', years, values, needed: MIN_SERIES_YEARS };
  const method = scores[0].method;
  const last = years.at(-1)!;
  return {
    status: 'projected',
    years,
    values,
    method,
    origins: years.length - 2,
    scores,
    projectionYears: Array.from({ length: PROJECTION_YEARS }, (_, i) => last + i + 1),
    forecast: forecastWithIntervals(method, values, PROJECTION_YEARS, INTERVAL_LEVELS)
  };
}
