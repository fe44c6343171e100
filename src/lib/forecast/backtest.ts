/**
 * `backtest`: rolling-origin evaluation of a point forecaster (Tashman 2000; FPP 3rd ed., §5.10).
 * For each origin i = initial, …, n - horizon the forecaster sees series[0 .. i) and forecasts
 * `horizon` steps, compared with series[i .. i + horizon). Every origin gives exactly `horizon`
 * errors. Reported over all errors:
 *   mae, mape (%, actuals equal to 0 skipped),
 *   mase: each error scaled by its origin's in-sample naive MAE, mean |y(t) - y(t-1)| over
 *         series[0 .. i) (Hyndman & Koehler 2006); origins with a constant history are skipped;
 *   naive: the same measures for the naive (last value) forecast over the same origins, and
 *   relativeMae = mae / naive.mae (< 1: better than naive).
 *
 * @example
 *   backtest([1, 2, 4, 7], naive, { horizon: 1 });
 *   // origins 2 and 3: forecasts 2 and 4 against 4 and 7 → mae 2.5, mape 46.43,
 *   // mase (2/1 + 3/1.5)/2 = 2, relativeMae 1
 */
import { InputError } from './errors.ts';
import { naive } from './forecasters/naive.ts';
import { checkSeries } from './forecasters/series.ts';

export type Forecaster = (series: number[], horizon: number) => number[];

export interface BacktestOptions {
  horizon: number;
  /** Length of the first training window (default 2, the least MASE's scale needs). */
  initial?: number;
}

export interface HorizonAccuracy {
  h: number;
  mae: number;
  mape: number | null;
  mase: number | null;
}

export interface BacktestResult {
  horizon: number;
  origins: number;
  mae: number;
  mape: number | null;
  mase: number | null;
  naive: { mae: number; mape: number | null; mase: number | null };
  /** mae / naive.mae; null where the naive forecast is exact. */
  relativeMae: number | null;
  byHorizon: HorizonAccuracy[];
  /** Every origin's forecast and the actuals it is compared with. */
  forecasts: { origin: number; forecast: number[]; actual: number[] }[];
}

interface Sums {
  abs: number;
  n: number;
  pct: number;
  nPct: number;
  scaled: number;
  nScaled: number;
}

const empty = (): Sums => ({ abs: 0, n: 0, pct: 0, nPct: 0, scaled: 0, nScaled: 0 });

function add(s: Sums, actual: number, forecast: number, scale: number | null): void {
  const e = Math.abs(actual - forecast);
  s.abs += e;
  s.n++;
  if (actual !== 0) {
    s.pct += e / Math.abs(actual);
    s.nPct++;
  }
  if (scale !== null) {
    s.scaled += e / scale;
    s.nScaled++;
  }
}

const measures = (s: Sums): { mae: number; mape: number | null; mase: number | null } => ({
  mae: s.abs / s.n,
  mape: s.nPct ? (100 * s.pct) / s.nPct : null,
  mase: s.nScaled ? s.scaled / s.nScaled : null
});

export function backtest(
  series: number[],
  forecaster: Forecaster,
  options: BacktestOptions
): BacktestResult {
  const horizon = options?.horizon;
  checkSeries(series, horizon, 'backtest');
  if (horizon < 1) throw new InputError('horizon', 'backtest()', `must be ≥ 1, got ${horizon}`);
  const initial = options.initial ?? 2;
  if (!Number.isInteger(initial) || initial < 1) {
    throw new InputError('initial', 'backtest()', `must be a whole number ≥ 1, got ${initial}`);
  }
  const n = series.length;
  if (initial + horizon > n) {
    throw new InputError(
      'series',
      'backtest()',
      `is too short: ${n} values leave no origin for initial = ${initial} and horizon = ${horizon}`
    );
  }
  const all = empty();
  const base = empty();
  const perH = Array.from({ length: horizon }, empty);
  const forecasts: BacktestResult['forecasts'] = [];
  for (let i = initial; i + horizon <= n; i++) {
    const train = series.slice(0, i);
    const actual = series.slice(i, i + horizon);
    const forecast = forecaster(train.slice(), horizon);
    if (
      !Array.isArray(forecast) ||
      forecast.length < horizon ||
      forecast.some((f) => !Number.isFinite(f))
    ) {
      throw new InputError(
        'forecaster',
        'backtest()',
        `returned no ${horizon} finite values at origin ${i}`
      );
    }
    const reference = naive(train, horizon);
    let scale = 0;
    for (let t = 1; t < i; t++) scale += Math.abs(train[t] - train[t - 1]);
    const s = i > 1 && scale > 0 ? scale / (i - 1) : null;
    for (let h = 0; h < horizon; h++) {
      add(all, actual[h], forecast[h], s);
      add(perH[h], actual[h], forecast[h], s);
      add(base, actual[h], reference[h], s);
    }
    forecasts.push({ origin: i, forecast: forecast.slice(0, horizon), actual });
  }
  const result = measures(all);
  const naiveResult = measures(base);
  return {
    horizon,
    origins: forecasts.length,
    ...result,
    naive: naiveResult,
    relativeMae: naiveResult.mae > 0 ? result.mae / naiveResult.mae : null,
    byHorizon: perH.map((s, h) => ({ h: h + 1, ...measures(s) })),
    forecasts
  };
}
