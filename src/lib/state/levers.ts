/**
 * The levers, in one table: each row says where the lever lives in the state, its URL key, its
 * neutral value (the value that changes nothing and is left out of links), the values a link may
 * carry, the slider's range and step, its unit, its label, its group of the workbench and its
 * effect on the model. The state's type (`Levers`), the URL encoder and decoder (`url.ts`), the
 * workbench's controls (`workbench/LeverControl.svelte`), `buildModelInput` (which applies each
 * row's `effect`) and the map's lever count all read this table: adding a lever is adding a row
 * here, plus its label in both catalogues (docs/architecture.md, "How to add a lever").
 *
 * Two ranges per numeric lever, on purpose: `min`..`max` is what a link may carry (saved
 * scenarios and hand-written links reach further than a slider, and old links must keep
 * decoding as they did), `slider` is the range a planner drags through, inside it.
 *
 * @example
 *   leverOf('sd').slider   // { min: -2, max: 5, step: 0.5 }
 *   isNeutral('cs', 1)     // true: a completion scale of 1 is left out of links
 */
import type { MESSAGES } from '../i18n/messages.ts';
import type { ProgramOverride, Scenario, SiteOverride } from '../forecast/types.ts';

/** What a programme does after its announced (funded) end: renewed every year, or stopped. */
export const AFTER_FUNDED_END = ['renew', 'stop'] as const;
export type AfterFundedEnd = (typeof AFTER_FUNDED_END)[number];

/** What a lever's number is: shown as a percentage (`scale`, `share`), years, a count, euros. */
export type LeverUnit = 'scale' | 'share' | 'years' | 'count' | 'eur';

type WorkbenchMessages = (typeof MESSAGES)['fr']['workbench'];
/** A label of the workbench's catalogue (`MESSAGES[lang].workbench`): a text, not a plural. */
export type LeverLabel = {
  [K in keyof WorkbenchMessages]: WorkbenchMessages[K] extends string ? K : never;
}[keyof WorkbenchMessages];

/** The workbench's groups of levers, one fieldset each (`src/lib/workbench/*Levers.svelte`). */
export type LeverGroup = 'assumptions' | 'sites' | 'programmes' | 'rates' | 'orientation';

/**
 * What the territory-wide levers change as `buildModelInput` applies them: the scenario, and the
 * parameters of the orientation track (`orientationProgram`), which start neutral.
 */
export interface LeverDraft {
  scenario: Scenario;
  orientation: { internships: number; share: number | null };
}

/** What a programme's lever may use besides its overrides: the programme's cost per trainee. */
export interface ProgrammeCost {
  /** Extra places a year that `eur` a year buy (0 where the cost is unknown). */
  placesFromBudget(eur: number): number;
}

interface RowBase {
  label: LeverLabel;
  group: LeverGroup;
  /** `data-testid` of its control (per site or programme: `<testid>-<id>`). */
  testid: string;
  /** Said beside the value while the lever is unset (null), e.g. « valeur du scénario ». */
  unsetNote?: LeverLabel;
  /** A hint shown under the control. */
  help?: LeverLabel;
}

interface NumericRow extends RowBase {
  kind: 'number';
  /** Values a link may carry, inclusive. */
  min: number;
  max: number;
  /** The slider's range and step; with a step only, the lever is a number field. */
  slider: { min: number; max: number; step: number } | { step: number };
  unit: LeverUnit;
  /** Shown with its sign, as a change (`+1`), not as an amount. */
  signed?: boolean;
  /** Written in links as a whole number (rounded); otherwise with up to 4 decimals. */
  whole?: boolean;
  /** A link's value must be a whole number (otherwise it is rejected and named). */
  integerOnly?: boolean;
  /** Offered only where the programme's cost per trainee is known. */
  priced?: boolean;
}

/**
 * A lever over the whole territory: a field of `Levers`. `effect` applies a value that moves the
 * model (never the neutral one) to the draft.
 */
interface ScalarRow extends NumericRow {
  scope: 'all';
  field: string;
  neutral: number | null;
  effect: (value: number, draft: LeverDraft) => void;
}

/** A lever per site (`sd.<id>`): a field of the site's entry, applied to its overrides. */
interface SiteRow extends NumericRow {
  scope: 'sites';
  field: string;
  neutral: number;
  effect: (value: number, site: SiteOverride) => void;
}

/** A lever per programme (`gi.<id>`): a field of the programme's entry. */
interface ProgrammeRow extends NumericRow {
  scope: 'programmes';
  field: string;
  neutral: number;
  effect: (value: number, programme: ProgramOverride, cost: ProgrammeCost) => void;
}

/** A lever with a few named choices (each one a label of the catalogue). */
interface ChoiceRow extends RowBase {
  kind: 'choice';
  scope: 'all';
  field: string;
  neutral: AfterFundedEnd;
  choices: readonly (AfterFundedEnd & LeverLabel)[];
  effect: (value: AfterFundedEnd, draft: LeverDraft) => void;
}

export type LeverRow = ScalarRow | SiteRow | ProgrammeRow | ChoiceRow;

/**
 * The levers. Sources of the ranges: the hiring lead L spans 0 (the v1 ramp: hiring starts with
 * production) to 5 years, twice the dataset's reference class of ≈ 2.3 years (docs/model.md,
 * "Demand"; the library accepts up to 10); rates and shares are fractions of 1; the other link
 * bounds are those links have always been decoded with.
 */
export const LEVERS = {
  /** Multiplies every completion rate (capped at 1 by the model). */
  cs: {
    kind: 'number',
    scope: 'all',
    field: 'completionScale',
    neutral: 1,
    min: 0,
    max: 2,
    slider: { min: 0.5, max: 1.5, step: 0.05 },
    unit: 'scale',
    label: 'completion',
    group: 'rates',
    testid: 'completion',
    effect: (v, d) => (d.scenario.completionScale = (d.scenario.completionScale ?? 1) * v)
  },
  /** Multiplies every placement rate (capped at 1 by the model). */
  ps: {
    kind: 'number',
    scope: 'all',
    field: 'placementScale',
    neutral: 1,
    min: 0,
    max: 2,
    slider: { min: 0.5, max: 1.5, step: 0.05 },
    unit: 'scale',
    label: 'placement',
    group: 'rates',
    testid: 'placement',
    effect: (v, d) => (d.scenario.placementScale = (d.scenario.placementScale ?? 1) * v)
  },
  /** Annual attrition; null = the preset's. */
  ar: {
    kind: 'number',
    scope: 'all',
    field: 'attritionRate',
    neutral: null,
    min: 0,
    max: 1,
    slider: { min: 0, max: 0.2, step: 0.005 },
    unit: 'share',
    label: 'attrition',
    group: 'rates',
    testid: 'attrition',
    unsetNote: 'presetValue',
    effect: (v, d) => (d.scenario.attritionRate = v)
  },
  /** Orientation: share of reached pupils who enter an industrial training track; null = the
   * dataset's orientation row's. */
  os: {
    kind: 'number',
    scope: 'all',
    field: 'orientationShare',
    neutral: null,
    min: 0,
    max: 1,
    slider: { min: 0, max: 0.5, step: 0.01 },
    unit: 'share',
    label: 'share',
    group: 'orientation',
    testid: 'orientation-share',
    effect: (v, d) => (d.orientation.share = v)
  },
  /** Orientation: discovery internships per year in the région (0 = the lever is off). */
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
    label: 'internships',
    group: 'orientation',
    testid: 'orientation-internships',
    effect: (v, d) => (d.orientation.internships = v)
  },
  /** After a programme's funded period: 'renew' (the model's default, an assumption) or 'stop'. */
  fe: {
    kind: 'choice',
    scope: 'all',
    field: 'afterFundedEnd',
    neutral: 'renew',
    choices: AFTER_FUNDED_END,
    label: 'afterFunded',
    group: 'assumptions',
    testid: 'after-funded',
    help: 'afterFundedHelp',
    effect: (v, d) => (d.scenario.afterFundedEnd = v)
  },
  /** L, years hiring leads production; null = the reference class computed from the data. */
  hl: {
    kind: 'number',
    scope: 'all',
    field: 'hiringLeadYears',
    neutral: null,
    min: 0,
    max: 5,
    slider: { min: 0, max: 5, step: 0.1 },
    unit: 'years',
    label: 'lead',
    group: 'assumptions',
    testid: 'hiring-lead',
    unsetNote: 'leadReference',
    // The planner's lead within the link bounds; otherwise the draft keeps the reference class.
    effect: (v, d) =>
      (d.scenario.hiringLeadYears = withinLever('hl', v) ?? d.scenario.hiringLeadYears)
  },
  /** Years added to the preset's delay for this site. */
  sd: {
    kind: 'number',
    scope: 'sites',
    field: 'delayYears',
    neutral: 0,
    min: -5,
    max: 15,
    slider: { min: -2, max: 5, step: 0.5 },
    unit: 'years',
    signed: true,
    label: 'delay',
    group: 'sites',
    testid: 'delay',
    effect: (v, o) => (o.delayYears = (o.delayYears ?? 0) + v)
  },
  /** Multiplies the preset's target for this site (1 = as announced by the preset). */
  st: {
    kind: 'number',
    scope: 'sites',
    field: 'targetScale',
    neutral: 1,
    min: 0,
    max: 3,
    slider: { min: 0, max: 1.5, step: 0.05 },
    unit: 'scale',
    label: 'target',
    group: 'sites',
    testid: 'target',
    effect: (v, o) => (o.targetScale = (o.targetScale ?? 1) * v)
  },
  /** Multiplies the programme's intake. */
  gi: {
    kind: 'number',
    scope: 'programmes',
    field: 'intakeScale',
    neutral: 1,
    min: 0,
    max: 10,
    slider: { min: 0, max: 3, step: 0.1 },
    unit: 'scale',
    label: 'intake',
    group: 'programmes',
    testid: 'intake',
    effect: (v, o) => (o.intakeScale = (o.intakeScale ?? 1) * v)
  },
  /** Extra euros per year, turned into places at the programme's cost per trainee. */
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
    priced: true,
    label: 'budget',
    group: 'programmes',
    testid: 'budget',
    effect: (v, o, cost) => {
      const extra = cost.placesFromBudget(v);
      if (extra > 0) o.extraIntake = (o.extraIntake ?? 0) + extra;
    }
  }
} as const satisfies Record<string, LeverRow>;

export type LeverKey = keyof typeof LEVERS;
type Rows = typeof LEVERS;

/** The value a row's field holds: one of its choices, or a number (null where it may be unset). */
type ValueOf<R> = R extends { kind: 'choice'; choices: readonly (infer C)[] }
  ? C
  : R extends { neutral: null }
    ? number | null
    : number;
/** The fields of the rows of one scope, with their values. */
type FieldsOf<S extends LeverRow['scope']> = {
  -readonly [K in keyof Rows as Rows[K]['scope'] extends S ? Rows[K]['field'] : never]: ValueOf<
    Rows[K]
  >;
};

/** A site's levers (`sd.<id>`, `st.<id>`): the fields of the table's `sites` rows, each optional. */
export type SiteLever = Partial<FieldsOf<'sites'>>;
/** A programme's levers (`gi.<id>`, `gb.<id>`): the fields of the `programmes` rows. */
export type ProgrammeLever = Partial<FieldsOf<'programmes'>>;
/** The levers of the state: the territory-wide rows' fields, and each site's and programme's. */
export type Levers = FieldsOf<'all'> & {
  sites: Record<string, SiteLever>;
  programmes: Record<string, ProgrammeLever>;
};
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

/** The levers of a workbench group, in the table's order. */
export function leversOf(group: LeverGroup): LeverKey[] {
  return LEVER_KEYS.filter((k) => LEVERS[k].group === group);
}

/** Whether a lever is offered only where the programme's cost per trainee is known (`gb`). */
export function isPriced(key: LeverKey): boolean {
  const row: LeverRow = LEVERS[key];
  return row.kind === 'number' && row.priced === true;
}

/**
 * A lever's value in the state: a territory-wide one, or the entry of site or programme `id`
 * (undefined where unset).
 */
export function leverValue(
  levers: Levers,
  key: LeverKey,
  id?: string
): number | string | null | undefined {
  const row: LeverRow = LEVERS[key];
  if (row.scope === 'all')
    return (levers as unknown as Record<string, number | string | null>)[row.field];
  const entry =
    id === undefined
      ? undefined
      : (levers[row.scope] as Record<string, Record<string, number>>)[id];
  return entry && Object.hasOwn(entry, row.field) ? entry[row.field] : undefined;
}

/** Sets a lever in the state (a site's or programme's entry is created where absent). */
export function setLever(
  levers: Levers,
  key: LeverKey,
  value: number | string | null,
  id?: string
): void {
  const row: LeverRow = LEVERS[key];
  if (row.scope === 'all') {
    (levers as unknown as Record<string, number | string | null>)[row.field] = value;
    return;
  }
  if (id === undefined) return;
  const table = levers[row.scope] as Record<string, Record<string, number | string | null>>;
  table[id] = { ...table[id], [row.field]: value };
}

/**
 * A number field's text → the lever's value: a number (0 where empty or not a number) kept
 * within the link bounds, whole where the lever must be.
 *
 * @example fieldValue('oi', '12.6') // 13; fieldValue('gb', '-5') // 0
 */
export function fieldValue(key: LeverKey, text: string): number {
  const row: LeverRow = LEVERS[key];
  const n = Number(text) || 0;
  if (row.kind !== 'number') return n;
  const within = Math.min(row.max, Math.max(row.min, n));
  return row.integerOnly ? Math.round(within) : within;
}
