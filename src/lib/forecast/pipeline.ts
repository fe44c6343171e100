/**
 * Supply: the training pipeline of one programme (MODEL.md, "Supply").
 *
 * The cohort starting in year y graduates at y + D. Where D is not whole, the share 1 - frac(D)
 * graduates at y + floor(D) and the share frac(D) at y + floor(D) + 1.
 *
 *   graduates(t) = c Σ_y I(y) [cohort y graduates at t]
 *   placed(t)    = q graduates(t)
 *
 * @example
 *   // 100 starters a year from 2025, 1.5-year course, 80 % complete:
 *   pipelineGraduates({ intake: 100, startYear: 2025, durationYears: 1.5, completionRate: 0.8 },
 *     [2025, 2028]);
 *   // [0, 40, 80, 80]: half of the 2025 cohort graduates in 2026, the other half in 2027 …
 */
import type { Program } from './types.ts';

/** The years at which a cohort graduates, with the share graduating in each (D ≥ 0). */
export function graduationSplit(durationYears: number): { lag: number; share: number }[] {
  const whole = Math.floor(durationYears);
  const frac = durationYears - whole;
  if (frac === 0) return [{ lag: whole, share: 1 }];
  return [
    { lag: whole, share: 1 - frac },
    { lag: whole + 1, share: frac }
  ];
}

/**
 * I(y): the intake starting in year y. A number applies every year from startYear to endYear
 * (or `lastYear`, the horizon end, when endYear is absent); a map is taken as given.
 */
export function intakeAt(
  program: Pick<Program, 'intake' | 'startYear' | 'endYear'>,
  y: number,
  lastYear: number
): number {
  if (typeof program.intake === 'number') {
    return isActiveYear(program, y, lastYear) ? program.intake : 0;
  }
  return program.intake[y] ?? 0;
}

/** Whether y lies in [startYear, endYear ?? lastYear]: the years a number intake (and an
 * `extraIntake` override) applies. */
export function isActiveYear(
  program: Pick<Program, 'startYear' | 'endYear'>,
  y: number,
  lastYear: number
): boolean {
  return y >= program.startYear && y <= (program.endYear ?? lastYear);
}

/** The earliest cohort year that can matter: maps may start before startYear. */
export function firstIntakeYear(program: Pick<Program, 'intake' | 'startYear'>): number {
  if (typeof program.intake === 'number') return program.startYear;
  let first = Infinity;
  for (const key of Object.keys(program.intake)) first = Math.min(first, Number(key));
  return Number.isFinite(first) ? first : program.startYear;
}

/**
 * Graduates of a programme for each year of [from, to], intake as given (no scenario scaling).
 * Cohorts that graduated before `from` are left out: they are in the sites' initialTrained.
 */
export function pipelineGraduates(
  program: Pick<Program, 'intake' | 'startYear' | 'endYear' | 'durationYears' | 'completionRate'>,
  years: [number, number]
): number[] {
  const [from, to] = years;
  const out = new Array<number>(to - from + 1).fill(0);
  const split = graduationSplit(program.durationYears);
  const firstCohort = Math.max(firstIntakeYear(program), from - split[split.length - 1].lag);
  for (let y = firstCohort; y <= to; y++) {
    const I = intakeAt(program, y, to);
    if (I === 0) continue;
    for (const { lag, share } of split) {
      const t = y + lag;
      if (t >= from && t <= to) out[t - from] += program.completionRate * I * share;
    }
  }
  return out;
}
