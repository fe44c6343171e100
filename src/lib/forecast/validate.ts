/**
 * Run-time checks of the model's input (MODEL.md, "Input errors"). Each failure throws an
 * `InputError` naming the field and the record, e.g.
 *   site "aesc-douai": fullCapacity (2024) must be after productionStart (2025)
 * Inputs come from CSV files, URLs and uploads: they are checked here, not cast.
 *
 * @example
 *   validateInput({ sites, programs, scenario }); // throws InputError or returns nothing
 */
import { InputError } from './errors.ts';
import type {
  Program,
  ProjectionInput,
  Scenario,
  Site,
  Triangular,
  Uncertain,
  UncertainParameter
} from './types.ts';

/**
 * The 18 INSEE région codes (COG 2016–): a programme may target any of them, even one with no site
 * in the input (its graduates are then reported unplaced). Other codes must belong to a site.
 */
export const INSEE_REGIONS: ReadonlySet<string> = new Set([
  '01',
  '02',
  '03',
  '04',
  '06',
  '11',
  '24',
  '27',
  '28',
  '32',
  '44',
  '52',
  '53',
  '75',
  '76',
  '84',
  '93',
  '94'
]);

/** Tolerance on a mix's sum (MODEL.md). */
export const MIX_TOLERANCE = 1e-6;

const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : String(v));

function siteName(site: Site, i: number): string {
  return typeof site?.id === 'string' && site.id ? `site "${site.id}"` : `sites[${i}]`;
}

function programName(p: Program, i: number): string {
  return typeof p?.id === 'string' && p.id ? `program "${p.id}"` : `programs[${i}]`;
}

function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

export function checkFinite(v: unknown, field: string, record: string): void {
  if (!isNum(v)) throw new InputError(field, record, `must be a finite number, got ${show(v)}`);
}

export function checkRate(v: unknown, field: string, record: string): void {
  checkFinite(v, field, record);
  if ((v as number) < 0 || (v as number) > 1) {
    throw new InputError(field, record, `must be a rate in [0, 1], got ${show(v)}`);
  }
}

export function checkNonNegative(v: unknown, field: string, record: string): void {
  checkFinite(v, field, record);
  if ((v as number) < 0) throw new InputError(field, record, `must be ≥ 0, got ${show(v)}`);
}

function checkInteger(v: unknown, field: string, record: string): void {
  if (!Number.isInteger(v))
    throw new InputError(field, record, `must be a whole year, got ${show(v)}`);
}

function checkId(v: unknown, field: string, record: string): void {
  if (typeof v !== 'string' || v === '') {
    throw new InputError(field, record, `must be a non-empty string, got ${show(v)}`);
  }
}

export function validateSite(site: Site, i: number): void {
  const rec = siteName(site, i);
  if (site === null || typeof site !== 'object')
    throw new InputError('site', rec, 'must be an object');
  checkId(site.id, 'id', rec);
  checkId(site.region, 'region', rec);
  checkFinite(site.productionStart, 'productionStart', rec);
  checkFinite(site.fullCapacity, 'fullCapacity', rec);
  if (site.fullCapacity <= site.productionStart) {
    throw new InputError(
      'fullCapacity',
      rec,
      `(b = ${site.fullCapacity}) must be after productionStart (a = ${site.productionStart})`
    );
  }
  checkNonNegative(site.targetJobs, 'targetJobs', rec);
  if (site.initialTrained !== undefined)
    checkNonNegative(site.initialTrained, 'initialTrained', rec);
  if (site.occupationMix !== undefined) checkMix(site.occupationMix, rec);
  if (site.existingJobs !== undefined) checkNonNegative(site.existingJobs, 'existingJobs', rec);
  if (site.reconversionJobs !== undefined) {
    checkNonNegative(site.reconversionJobs, 'reconversionJobs', rec);
    if (site.reconversionJobs > (site.existingJobs ?? 0)) {
      throw new InputError(
        'reconversionJobs',
        rec,
        `(${site.reconversionJobs}) must not exceed existingJobs (${site.existingJobs ?? 0})`
      );
    }
  }
  if (site.observations !== undefined) {
    if (!Array.isArray(site.observations))
      throw new InputError('observations', rec, 'must be an array of { date, jobs }');
    site.observations.forEach((o, k) => {
      const f = `observations[${k}]`;
      if (o === null || typeof o !== 'object')
        throw new InputError(f, rec, 'must be { date, jobs }');
      if (typeof o.date !== 'string' || !isIsoDate(o.date))
        throw new InputError(`${f}.date`, rec, `must be a date YYYY-MM-DD, got ${show(o.date)}`);
      checkNonNegative(o.jobs, `${f}.jobs`, rec);
    });
  }
}

/** A real calendar date written YYYY-MM-DD (2025-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** A mix of occupation shares: at least one code, each share in [0, 1], summing to 1. */
function checkMix(mix: unknown, rec: string): void {
  if (mix === null || typeof mix !== 'object' || Object.keys(mix).length === 0) {
    throw new InputError('occupationMix', rec, 'must map at least one occupation to its share');
  }
  let sum = 0;
  for (const [code, share] of Object.entries(mix as Record<string, number>)) {
    checkRate(share, `occupationMix.${code}`, rec);
    sum += share;
  }
  if (Math.abs(sum - 1) > MIX_TOLERANCE) {
    throw new InputError(
      'occupationMix',
      rec,
      `shares sum to ${+sum.toFixed(9)}, not 1 (within 1e-6)`
    );
  }
}

export function validateProgram(
  p: Program,
  i: number,
  siteIds: ReadonlySet<string>,
  regions: ReadonlySet<string>
): void {
  const rec = programName(p, i);
  if (p === null || typeof p !== 'object')
    throw new InputError('program', rec, 'must be an object');
  checkId(p.id, 'id', rec);
  checkId(p.occupation, 'occupation', rec);
  checkInteger(p.startYear, 'startYear', rec);
  if (p.endYear !== undefined) {
    checkInteger(p.endYear, 'endYear', rec);
    if (p.endYear < p.startYear) {
      throw new InputError('endYear', rec, `(${p.endYear}) is before startYear (${p.startYear})`);
    }
  }
  if (typeof p.intake === 'number') {
    checkNonNegative(p.intake, 'intake', rec);
  } else if (p.intake !== null && typeof p.intake === 'object') {
    for (const [year, value] of Object.entries(p.intake)) {
      if (!/^-?\d+$/.test(year))
        throw new InputError(`intake[${year}]`, rec, 'must be keyed by whole years');
      checkNonNegative(value, `intake[${year}]`, rec);
    }
  } else {
    throw new InputError(
      'intake',
      rec,
      `must be a number or a map from year to intake, got ${show(p.intake)}`
    );
  }
  checkNonNegative(p.durationYears, 'durationYears', rec);
  checkRate(p.completionRate, 'completionRate', rec);
  checkRate(p.placementRate, 'placementRate', rec);
  if (p.occupationMix !== undefined) checkMix(p.occupationMix, rec);
  if (p.targetShare !== undefined) checkRate(p.targetShare, 'targetShare', rec);
  if (p.observed !== undefined) {
    if (p.observed === null || typeof p.observed !== 'object')
      throw new InputError('observed', rec, 'must be { graduates?, hired? }');
    for (const kind of ['graduates', 'hired'] as const) {
      const m = p.observed[kind];
      if (m === undefined) continue;
      if (m === null || typeof m !== 'object')
        throw new InputError(`observed.${kind}`, rec, 'must map whole years to numbers');
      for (const [year, value] of Object.entries(m)) {
        if (!/^-?\d+$/.test(year))
          throw new InputError(`observed.${kind}[${year}]`, rec, 'must be keyed by whole years');
        checkNonNegative(value, `observed.${kind}[${year}]`, rec);
      }
    }
  }
  const t = p.target as { site?: unknown; region?: unknown } | undefined;
  if (!t || typeof t !== 'object' || (t.site === undefined) === (t.region === undefined)) {
    throw new InputError('target', rec, 'must be either { site } or { region }');
  }
  if (t.site !== undefined && !siteIds.has(t.site as string)) {
    throw new InputError('target.site', rec, `names an unknown site ${show(t.site)}`);
  }
  if (
    t.region !== undefined &&
    !regions.has(t.region as string) &&
    !INSEE_REGIONS.has(t.region as string)
  ) {
    throw new InputError(
      'target.region',
      rec,
      `names an unknown region ${show(t.region)} (neither an INSEE région code nor the region of a site)`
    );
  }
}

export function validateScenario(
  s: Scenario,
  siteIds: ReadonlySet<string>,
  programIds: ReadonlySet<string>
): void {
  const rec = 'scenario';
  if (s === null || typeof s !== 'object')
    throw new InputError('scenario', rec, 'must be an object');
  if (!Array.isArray(s.years) || s.years.length !== 2) {
    throw new InputError('years', rec, `must be [from, to], got ${show(s.years)}`);
  }
  checkInteger(s.years[0], 'years[0]', rec);
  checkInteger(s.years[1], 'years[1]', rec);
  if (s.years[0] > s.years[1]) {
    throw new InputError(
      'years',
      rec,
      `are reversed: [${s.years[0]}, ${s.years[1]}] (from must be ≤ to)`
    );
  }
  if (s.delayYears !== undefined) checkFinite(s.delayYears, 'delayYears', rec);
  for (const f of [
    'targetScale',
    'intakeScale',
    'indirectMultiplier',
    'completionScale',
    'placementScale'
  ] as const) {
    if (s[f] !== undefined) checkNonNegative(s[f], f, rec);
  }
  for (const f of ['attritionRate', 'completionRate', 'placementRate'] as const) {
    if (s[f] !== undefined) checkRate(s[f], f, rec);
  }
  if (s.hiringLeadYears !== undefined) {
    checkFinite(s.hiringLeadYears, 'hiringLeadYears', rec);
    if (s.hiringLeadYears < 0 || s.hiringLeadYears > 10)
      throw new InputError(
        'hiringLeadYears',
        rec,
        `must be in [0, 10] years, got ${s.hiringLeadYears}`
      );
  }
  if (
    s.afterFundedEnd !== undefined &&
    s.afterFundedEnd !== 'renew' &&
    s.afterFundedEnd !== 'stop'
  ) {
    throw new InputError(
      'afterFundedEnd',
      rec,
      `must be "renew" or "stop", got ${show(s.afterFundedEnd)}`
    );
  }
  if (s.rampShape !== undefined && s.rampShape !== 'logistic' && s.rampShape !== 'linear') {
    throw new InputError(
      'rampShape',
      rec,
      `must be "logistic" or "linear", got ${show(s.rampShape)}`
    );
  }
  for (const [id, o] of Object.entries(s.sites ?? {})) {
    const r = `scenario.sites["${id}"]`;
    if (!siteIds.has(id)) throw new InputError('sites', r, `names an unknown site ${show(id)}`);
    if (o.delayYears !== undefined) checkFinite(o.delayYears, 'delayYears', r);
    if (o.targetScale !== undefined) checkNonNegative(o.targetScale, 'targetScale', r);
  }
  for (const [id, o] of Object.entries(s.programs ?? {})) {
    const r = `scenario.programs["${id}"]`;
    if (!programIds.has(id))
      throw new InputError('programs', r, `names an unknown program ${show(id)}`);
    if (o.intakeScale !== undefined) checkNonNegative(o.intakeScale, 'intakeScale', r);
    if (o.extraIntake !== undefined) checkNonNegative(o.extraIntake, 'extraIntake', r);
    if (o.completionRate !== undefined) checkRate(o.completionRate, 'completionRate', r);
    if (o.placementRate !== undefined) checkRate(o.placementRate, 'placementRate', r);
  }
}

/** Checks a whole projection input; throws the first problem found as an `InputError`. */
export function validateInput(input: ProjectionInput): void {
  if (input === null || typeof input !== 'object')
    throw new InputError('input', 'project()', 'must be an object');
  if (!Array.isArray(input.sites)) throw new InputError('sites', 'input', 'must be an array');
  if (!Array.isArray(input.programs)) throw new InputError('programs', 'input', 'must be an array');
  const siteIds = new Set<string>();
  const regions = new Set<string>();
  input.sites.forEach((site, i) => {
    validateSite(site, i);
    if (siteIds.has(site.id)) throw new InputError('id', siteName(site, i), 'is used by two sites');
    siteIds.add(site.id);
    regions.add(site.region);
  });
  const programIds = new Set<string>();
  input.programs.forEach((p, i) => {
    validateProgram(p, i, siteIds, regions);
    if (programIds.has(p.id))
      throw new InputError('id', programName(p, i), 'is used by two programs');
    programIds.add(p.id);
  });
  validateScenario(input.scenario, siteIds, programIds);
}

/** Checks one triangular range {low ≤ mode ≤ high}; rates must stay in [0, 1]. */
export function validateTriangular(
  tri: Triangular,
  field: string,
  kind: 'rate' | 'scale' | 'real'
): void {
  const rec = 'uncertain';
  if (tri === null || typeof tri !== 'object')
    throw new InputError(field, rec, 'must be { low, mode, high }');
  for (const k of ['low', 'mode', 'high'] as const) {
    const f = `${field}.${k}`;
    if (kind === 'rate') checkRate(tri[k], f, rec);
    else if (kind === 'scale') checkNonNegative(tri[k], f, rec);
    else checkFinite(tri[k], f, rec);
  }
  if (!(tri.low <= tri.mode && tri.mode <= tri.high)) {
    throw new InputError(
      field,
      rec,
      `must have low ≤ mode ≤ high, got ${tri.low}, ${tri.mode}, ${tri.high}`
    );
  }
}

/** The kind of range each uncertain parameter takes. */
export const UNCERTAIN_KINDS: Record<UncertainParameter, 'rate' | 'scale' | 'real'> = {
  delayYears: 'real',
  targetScale: 'scale',
  intakeScale: 'scale',
  attritionRate: 'rate',
  completionRate: 'rate',
  placementRate: 'rate',
  completionScale: 'scale',
  placementScale: 'scale'
};

export function validateUncertain(uncertain: Uncertain): void {
  if (uncertain === null || typeof uncertain !== 'object') {
    throw new InputError('uncertain', 'options', 'must be an object of { low, mode, high } ranges');
  }
  for (const [key, tri] of Object.entries(uncertain)) {
    if (tri === undefined) continue;
    if (key === 'siteCorrelation') {
      checkRate(tri, 'siteCorrelation', 'uncertain');
      continue;
    }
    const kind = UNCERTAIN_KINDS[key as UncertainParameter];
    if (!kind) throw new InputError(key, 'uncertain', 'is not a parameter that can be uncertain');
    validateTriangular(tri, key, kind);
  }
}
