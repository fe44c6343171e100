/**
 * Argument checks shared by the point forecasters: a non-empty series of finite numbers and a
 * whole, non-negative horizon.
 *
 * @example
 *   checkSeries([1, 2, 3], 2, 'naive'); // passes
 *   checkSeries([], 2, 'naive');        // InputError: naive(): series must hold at least one value
 */
import { InputError } from '../errors.ts';

export function checkSeries(series: readonly number[], horizon: number, name: string): void {
  const rec = `${name}()`;
  if (!Array.isArray(series) || series.length === 0) {
    throw new InputError('series', rec, 'must hold at least one value');
  }
  for (let i = 0; i < series.length; i++) {
    if (typeof series[i] !== 'number' || !Number.isFinite(series[i])) {
      throw new InputError(
        `series[${i}]`,
        rec,
        `must be a finite number, got ${String(series[i])}`
      );
    }
  }
  if (!Number.isInteger(horizon) || horizon < 0) {
    throw new InputError('horizon', rec, `must be a whole number ≥ 0, got ${String(horizon)}`);
  }
}
