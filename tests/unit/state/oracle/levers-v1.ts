/**
 * The lever table as it was before each row carried its type, group and effect (December 2026),
 * kept unchanged as the oracle of `tests/unit/state/lever-table.test.ts`: the links it reads and
 * writes must stay those the table-driven codec reads and writes.
 */
/**
 * The levers, in one table: each row says where the lever lives in the state, its URL key, its
 * neutral value (the value that changes nothing and is left out of links), the values a link may
 * carry, the slider's range and step, its unit and its label. The URL encoder and decoder
 * (`url.ts`), the workbench's sliders, the neutral checks of `buildModelInput` and the map's
 * lever count all read this table: adding a lever is adding a row here plus its effect on the
 * model in `scenario/build.ts`.
 *
 * Two ranges per numeric lever, on purpose: `min`..`max` is what a link may carry (saved
 * scenarios and hand-written links reach further than a slider, and old links must keep
 * decoding as they did), `slider` is the range a planner drags through, inside it.
 *
 * @example
 *   leverOf('sd').slider   // { min: -2, max: 5, step: 0.5 }
 *   isNeutral('cs', 1)     // true: a completion scale of 1 is left out of links
 */
import type { MESSAGES } from '../../../../src/lib/i18n/messages.ts';
import type { Levers, ProgrammeLever, SiteLever } from '../../../../src/lib/state/app-state.ts';

/** What a programme does after its announced (funded) end: renewed every year, or stopped. */
export const AFTER_FUNDED_END = ['renew', 'stop'] as const;
export type AfterFundedEnd = (typeof AFTER_FUNDED_END)[number];

/** What a lever's number is: shown as a percentage (`scale`, `share`), years, a count, euros. */
export type LeverUnit = 'scale' | 'share' | 'years' | 'count' | 'eur';

/** A label of the workbench's catalogue (`MESSAGES[lang].workbench`). */
export type LeverLabel = keyof (typeof MESSAGES)['fr']['workbench'];

interface NumericRow {
  kind: 'number';
  /** Values a link may carry, inclusive. */
  min: number;
  max: number;
  /** The slider's range and step (a number field's step where `slider` has no min/max). */
  slider: { min: number; max: number; step: number } | { step: number };
  unit: LeverUnit;
  /** Written in links as a whole number (rounded); otherwise with up to 4 decimals. */
  whole?: boolean;
  /** A link's value must be a whole number (otherwise it is rejected and named). */
  integerOnly?: boolean;
  label: LeverLabel;
}

/** A lever over the whole territory: a field of `Levers`. */
type ScalarRow = NumericRow &
  {
    [F in keyof Levers]: Levers[F] extends number | null
      ? { scope: 'all'; field: F; neutral: Levers[F] }
      : never;
  }[keyof Levers];

/** A lever per site (`sd.<id>`) or per programme (`gi.<id>`): a field of its entry. */
type EntityRow = NumericRow &
  (
    | { scope: 'sites'; field: keyof SiteLever; neutral: number }
    | { scope: 'programmes'; field: keyof ProgrammeLever; neutral: number }
  );

/** A lever with a few named choices. */
interface ChoiceRow {
  kind: 'choice';
  scope: 'all';
  field: 'afterFundedEnd';
  neutral: AfterFundedEnd;
  choices: readonly AfterFundedEnd[];
  label: LeverLabel;
}

export type LeverRow = ScalarRow | EntityRow | ChoiceRow;

/**
 * The levers. Sources of the ranges: the hiring lead L spans 0 (the v1 ramp: hiring starts with
 * production) to 5 years, twice the dataset's reference class of ≈ 2.3 years (docs/model.md,
 * "Demand"; the library accepts up to 10); rates and shares are fractions of 1; the other link
 * bounds are those links have always been decoded with.
 */
export const LEVERS = {
  cs: {
    kind: 'number',
    scope: 'all',
    field: 'completionScale',
    neutral: 1,
    min: 0,
    max: 2,
    slider: { min: 0.5, max: 1.5, step: 0.05 },
    unit: 'scale',
    label: 'completion'
  },
  ps: {
    kind: 'number',
    scope: 'all',
    field: 'placementScale',
    neutral: 1,
    min: 0,
    max: 2,
    slider: { min: 0.5, max: 1.5, step: 0.05 },
    unit: 'scale',
    label: 'placement'
  },
  ar: {
    kind: 'number',
    scope: 'all',
    field: 'attritionRate',
    neutral: null,
    min: 0,
    max: 1,
    slider: { min: 0, max: 0.2, step: 0.005 },
    unit: 'share',
    label: 'attrition'
  },
  os: {
    kind: 'number',
    scope: 'all',
    field: 'orientationShare',
    neutral: null,
    min: 0,
    max: 1,
    slider: { min: 0, max: 0.5, step: 0.01 },
    unit: 'share',
    label: 'share'
  },
  oi: {
    kind: 'number',
    scope: 'all',
    field: 'orientationInternships',
    neutral: 0,
    min: 0,
    max: 1e6,
    slider: { step: 50 },
    unit: 'count',
    whole: true,
    integerOnly: true,
    label: 'internships'
  },
  fe: {
    kind: 'choice',
    scope: 'all',
    field: 'afterFundedEnd',
    neutral: 'renew',
    choices: AFTER_FUNDED_END,
    label: 'afterFunded'
  },
  hl: {
    kind: 'number',
    scope: 'all',
    field: 'hiringLeadYears',
    neutral: null,
    min: 0,
    max: 5,
    slider: { min: 0, max: 5, step: 0.1 },
    unit: 'years',
    label: 'lead'
  },
  sd: {
    kind: 'number',
    scope: 'sites',
    field: 'delayYears',
    neutral: 0,
    min: -5,
    max: 15,
    slider: { min: -2, max: 5, step: 0.5 },
    unit: 'years',
    label: 'delay'
  },
  st: {
    kind: 'number',
    scope: 'sites',
    field: 'targetScale',
    neutral: 1,
    min: 0,
    max: 3,
    slider: { min: 0, max: 1.5, step: 0.05 },
    unit: 'scale',
    label: 'target'
  },
  gi: {
    kind: 'number',
    scope: 'programmes',
    field: 'intakeScale',
    neutral: 1,
    min: 0,
    max: 10,
    slider: { min: 0, max: 3, step: 0.1 },
    unit: 'scale',
    label: 'intake'
  },
  gb: {
    kind: 'number',
    scope: 'programmes',
    field: 'budgetEur',
    neutral: 0,
    min: 0,
    max: 1e10,
    slider: { step: 100_000 },
    unit: 'eur',
    whole: true,
    label: 'budget'
  }
} as const satisfies Record<string, LeverRow>;

export type LeverKey = keyof typeof LEVERS;
/** URL keys of the levers set per site or per programme (`sd.<id>=2`). */
export type EntityLeverKey = {
  [K in LeverKey]: (typeof LEVERS)[K]['scope'] extends 'all' ? never : K;
}[LeverKey];
/** URL keys of the levers over the whole territory. */
export type ScalarLeverKey = Exclude<LeverKey, EntityLeverKey>;

export const LEVER_KEYS = Object.keys(LEVERS) as LeverKey[];
export const ENTITY_LEVER_KEYS = LEVER_KEYS.filter(
  (k) => LEVERS[k].scope !== 'all'
) as EntityLeverKey[];
export const SCALAR_LEVER_KEYS = LEVER_KEYS.filter(
  (k) => LEVERS[k].scope === 'all'
) as ScalarLeverKey[];

export function leverOf<K extends LeverKey>(key: K): (typeof LEVERS)[K] {
  return LEVERS[key];
}

/** Whether `key` is a lever's URL key. */
export function isLeverKey(key: string): key is LeverKey {
  return Object.hasOwn(LEVERS, key);
}

/** Keys of the levers set with a slider (the others with a number field or choices). */
export type SliderLeverKey = {
  [K in LeverKey]: (typeof LEVERS)[K] extends { slider: { min: number } } ? K : never;
}[LeverKey];

/** The slider's props of a lever: `<RangeLever {...sliderOf('sd')} />`. */
export function sliderOf(key: SliderLeverKey): { min: number; max: number; step: number } {
  return { ...LEVERS[key].slider };
}

/** The step of a lever's number field or slider (`<input type="number" step=…>`). */
export function stepOf(key: LeverKey): number {
  const row: LeverRow = LEVERS[key];
  return row.kind === 'number' ? row.slider.step : 1;
}

/** True where `value` changes nothing: unset (undefined) or the lever's neutral value. */
export function isNeutral(key: LeverKey, value: unknown): boolean {
  return value === undefined || value === LEVERS[key].neutral;
}

/**
 * The lever's value where it moves the model, null where it is neutral or unset: what
 * `buildModelInput` applies.
 *
 * @example moved('sd', 2) // 2; moved('sd', 0) // null
 */
export function moved<T extends number | string | null>(
  key: LeverKey,
  value: T | undefined
): NonNullable<T> | null {
  return isNeutral(key, value) || value === null || value === undefined ? null : value;
}

/** A numeric lever's value if it is a finite number within the link bounds, else null. */
export function withinLever(key: LeverKey, value: number): number | null {
  const row: LeverRow = LEVERS[key];
  if (row.kind !== 'number') return null;
  const ok =
    Number.isFinite(value) &&
    value >= row.min &&
    value <= row.max &&
    (!row.integerOnly || Number.isInteger(value));
  return ok ? value : null;
}

/** A lever's value as a link writes it: whole numbers rounded, others up to 4 decimals. */
export function leverText(key: LeverKey, value: number | string): string {
  if (typeof value === 'string') return value;
  const row: LeverRow = LEVERS[key];
  if (row.kind === 'number' && row.whole) return String(Math.round(value));
  return String(Math.round(value * 1e4) / 1e4);
}

/**
 * A link's text for a lever → its value, or null where the link cannot use it: a number in the
 * lever's bounds (whole where it must be), or one of its choices.
 */
export function parseLever(key: LeverKey, raw: string): number | string | null {
  const row: LeverRow = LEVERS[key];
  if (row.kind === 'choice') return (row.choices as readonly string[]).includes(raw) ? raw : null;
  if (!/^-?\d+(\.\d+)?$/.test(raw)) return null;
  return withinLever(key, Number(raw));
}

/** The territory-wide levers at their neutral values: the default state's levers. */
export function neutralLevers(): Levers {
  const scalar = SCALAR_LEVER_KEYS.map((k) => [LEVERS[k].field, LEVERS[k].neutral]);
  return { sites: {}, programmes: {}, ...Object.fromEntries(scalar) } as Levers;
}

/** The value of a territory-wide lever in the state. */
export function scalarValue(levers: Levers, key: ScalarLeverKey): number | string | null {
  return levers[LEVERS[key].field];
}

/**
 * How many levers differ from neutral: each territory-wide lever moved, plus each site and
 * programme with a lever set (the map's "N levers" note).
 *
 * @example leverCount({ ...defaultState().levers, completionScale: 1.2 }) // 1
 */
export function leverCount(levers: Levers): number {
  const moved = SCALAR_LEVER_KEYS.filter((k) => !isNeutral(k, scalarValue(levers, k))).length;
  return moved + Object.keys(levers.sites).length + Object.keys(levers.programmes).length;
}

/** The hiring lead's bounds under its state name (the table's `hl` row). */
export const LEVER_BOUNDS = {
  hiringLeadYears: { min: LEVERS.hl.min, max: LEVERS.hl.max, step: LEVERS.hl.slider.step }
} as const;

/** `value` if it is a finite number within the lever's bounds, else null (`withinLever`). */
export function withinBounds(lever: 'hiringLeadYears', value: number): number | null {
  return withinLever({ hiringLeadYears: 'hl' as const }[lever], value);
}
