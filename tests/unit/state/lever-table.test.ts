/**
 * The lever table as the one place of a lever: its field in the state, its URL key, its control
 * in the workbench and its effect on the model all come from its row (docs/architecture.md,
 * "How to add a lever"). The links and the model input must be those of the hand-written code
 * the table replaced, kept in `oracle/` as reference oracles (old codec, old table, old build).
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../../src/lib/data/node.ts';
import { loadDataset, type Dataset } from '../../../src/lib/data/queries.ts';
import { defaultState, type AppState } from '../../../src/lib/state/app-state.ts';
import {
  ENTITY_LEVER_KEYS,
  LEVERS,
  LEVER_KEYS,
  SCALAR_LEVER_KEYS,
  fieldValue,
  leverValue,
  leversOf,
  neutralLevers,
  setLever,
  type LeverKey,
  type LeverRow
} from '../../../src/lib/state/levers.ts';
import { decodeState, encodeState, restrictToDataset } from '../../../src/lib/state/url.ts';
import { buildModelInput } from '../../../src/lib/scenario/build.ts';
import { leverShown } from '../../../src/lib/workbench/lever-text.ts';
import * as v1 from './oracle/url-v1.ts';
import { buildModelInputV1 } from './oracle/build-v1.ts';

let dataset: Dataset;
beforeAll(async () => {
  const db = await NodeConnector.open('static');
  dataset = await loadDataset(db);
  await db.close();
});

const SITE_IDS = ['aesc-douai', 'verkor-dunkerque', 'acc-douvrin', 'no-such-site'];
const PROGRAMME_IDS = ['electromob', 'aesc-tsmi', 'teknik-cergy-pontoise', 'no-such-course'];

/** A parameter's value: numbers in and out of every lever's bounds, choices, junk. */
const rawValue = fc.oneof(
  fc.constantFrom('0', '1', '2', '-5', '15', '15.5', '0.25', '1e3', '', 'stop', 'renew', 'x'),
  fc.double({ min: -20, max: 1e7, noNaN: true }).map((v) => String(Math.round(v * 1e3) / 1e3)),
  fc.integer({ min: -10, max: 2_000_000 }).map(String),
  fc.string({ maxLength: 6 })
);
/** A parameter's key: every lever (with good, bad and missing ids), the settings, junk. */
const rawKey = fc.oneof(
  fc.constantFrom(...SCALAR_LEVER_KEYS),
  fc
    .tuple(
      fc.constantFrom(...LEVER_KEYS),
      fc.constantFrom(...SITE_IDS, ...PROGRAMME_IDS, '__proto__', 'Bad Id', '')
    )
    .map(([k, id]) => `${k}.${id}`),
  fc.constantFrom('v', 'p', 'y', 't', 'lang', 'cb', 'cf', 'cmp', 'hs', 'r', 'zz', 'sel')
);
const rawLink = fc
  .array(fc.tuple(rawKey, rawValue), { maxLength: 14 })
  .map((pairs) => new URLSearchParams(pairs).toString());

/** A state with random levers: territory-wide, per site and per programme. */
function arbitraryState(): fc.Arbitrary<AppState> {
  const scalar = fc.record({
    completionScale: fc.constantFrom(1, 0.5, 1.25, 2),
    placementScale: fc.constantFrom(1, 0.75, 1.5),
    attritionRate: fc.constantFrom(null, 0, 0.05, 0.2),
    orientationShare: fc.constantFrom(null, 0, 0.3),
    orientationInternships: fc.constantFrom(0, 50, 1200),
    afterFundedEnd: fc.constantFrom('renew' as const, 'stop' as const),
    hiringLeadYears: fc.constantFrom(null, 0, 1.5, 5, 7)
  });
  const site = fc.record(
    { delayYears: fc.constantFrom(0, -2, 1.5, 5), targetScale: fc.constantFrom(1, 0, 0.6, 3) },
    { requiredKeys: [] }
  );
  const programme = fc.record(
    { intakeScale: fc.constantFrom(1, 0, 2.5), budgetEur: fc.constantFrom(0, 300_000, 5e6) },
    { requiredKeys: [] }
  );
  return fc
    .tuple(
      scalar,
      fc.dictionary(fc.constantFrom(...SITE_IDS), site, { maxKeys: 3 }),
      fc.dictionary(fc.constantFrom(...PROGRAMME_IDS), programme, { maxKeys: 3 }),
      fc.constantFrom('realiste' as const, 'stress' as const, 'annonces' as const)
    )
    .map(([levers, sites, programmes, preset]) => ({
      ...defaultState(),
      preset,
      levers: { ...levers, sites, programmes }
    }));
}

describe('the lever table against the code it replaced', () => {
  it('reads 2 000 random links as the old codec did, and writes them back alike', () => {
    fc.assert(
      fc.property(rawLink, (query) => {
        const now = decodeState(query);
        const then = v1.decodeState(query);
        expect(now).toEqual(then);
        expect(encodeState(now.state)).toBe(v1.encodeState(then.state));
      }),
      { numRuns: 2000, seed: 20261204 }
    );
  });

  it('writes 500 random states as the old codec did, and drops the same unknown ids', () => {
    const sites = new Set(SITE_IDS.slice(0, 3));
    const programmes = new Set(PROGRAMME_IDS.slice(0, 3));
    fc.assert(
      fc.property(arbitraryState(), (state) => {
        const query = encodeState(state);
        expect(query).toBe(v1.encodeState(state));
        expect(restrictToDataset(state, sites, programmes)).toEqual(
          v1.restrictToDataset(state, sites, programmes)
        );
        expect(decodeState(query)).toEqual(v1.decodeState(query));
      }),
      { numRuns: 500, seed: 4122026 }
    );
  });

  it('gives the model the very input of the old hand-written effects (300 random states)', () => {
    fc.assert(
      fc.property(arbitraryState(), (state) => {
        // Same values, same keys in the same order (JSON), as the Monte Carlo job receives it.
        expect(JSON.stringify(buildModelInput(state, dataset))).toBe(
          JSON.stringify(buildModelInputV1(state, dataset))
        );
      }),
      { numRuns: 300, seed: 12 }
    );
  });
});

describe('a lever is one row', () => {
  /** A value of the row that moves the model: inside the slider, away from neutral. */
  function movedValue(key: LeverKey): number | string {
    const row: LeverRow = LEVERS[key];
    if (row.kind === 'choice') return row.choices.find((c) => c !== row.neutral)!;
    if ('min' in row.slider) return row.slider.max;
    return row.slider.step * 10;
  }

  it('gives every row its field in the state, its URL key, its control and its effect', () => {
    const site = 'aesc-douai';
    const programme = 'electromob';
    const neutral = JSON.stringify(buildModelInput(defaultState(), dataset));
    for (const key of LEVER_KEYS) {
      const row: LeverRow = LEVERS[key];
      const id = row.scope === 'sites' ? site : row.scope === 'programmes' ? programme : undefined;
      // The field: in the default state at its neutral value (territory-wide) or unset.
      const state = defaultState();
      expect(leverValue(state.levers, key, id), key).toBe(
        row.scope === 'all' ? row.neutral : undefined
      );
      // The URL key: a moved value is written under it and read back into the same field.
      const value = movedValue(key);
      setLever(state.levers, key, value, id);
      const query = encodeState(state);
      const param = id ? `${key}.${id}` : key;
      expect(new URLSearchParams(query).get(param), key).toBe(String(value));
      const back = decodeState(query);
      expect(back.rejected, key).toEqual([]);
      expect(leverValue(back.state.levers, key, id), key).toBe(value);
      // The control: in its group of the workbench, once.
      expect(
        leversOf(row.group).filter((k) => k === key),
        key
      ).toEqual([key]);
      // The effect: the moved value changes the model's input; the neutral one does not.
      // (The orientation share acts only with internships, its row's partner.)
      if (key === 'os') setLever(state.levers, 'oi', 500);
      expect(JSON.stringify(buildModelInput(state, dataset)), key).not.toBe(neutral);
    }
  });

  it('derives the state type from the rows (the neutral levers carry every field)', () => {
    const levers = neutralLevers();
    for (const key of SCALAR_LEVER_KEYS) expect(levers).toHaveProperty(LEVERS[key].field);
    expect(Object.keys(levers).sort()).toEqual(
      [...SCALAR_LEVER_KEYS.map((k) => LEVERS[k].field), 'programmes', 'sites'].sort()
    );
    expect(ENTITY_LEVER_KEYS.map((k) => `${LEVERS[k].scope}.${LEVERS[k].field}`)).toEqual([
      'sites.delayYears',
      'sites.targetScale',
      'programmes.intakeScale',
      'programmes.budgetEur'
    ]);
  });

  it('puts every row in one workbench group, and the groups name no lever by hand', () => {
    const groups = ['assumptions', 'sites', 'programmes', 'rates', 'orientation'] as const;
    expect(groups.flatMap((g) => leversOf(g)).sort()).toEqual([...LEVER_KEYS].sort());
    const dir = 'src/lib/workbench';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('Levers.svelte'))) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      // No slider line per lever: no `sliderOf('sd')`, no `<RangeLever` written out.
      expect(source, file).not.toMatch(/sliderOf\(|stepOf\(|<RangeLever/);
    }
  });

  it('keeps a number field within the link bounds, whole where it must be', () => {
    expect(fieldValue('oi', '12.6')).toBe(13);
    expect(fieldValue('oi', '')).toBe(0);
    expect(fieldValue('oi', '5e9')).toBe(1e6);
    expect(fieldValue('gb', '-5')).toBe(0);
    expect(fieldValue('gb', '250000.5')).toBe(250000.5);
  });

  it('shows a value by its row’s unit, as the sliders always showed it', () => {
    expect(leverShown('cs', 1.2, 'fr')).toBe('120\u00a0%');
    expect(leverShown('ar', 0.085, 'en')).toBe('9%');
    expect(leverShown('sd', 1.5, 'fr')).toBe('+1,5');
    expect(leverShown('sd', -2, 'en')).toBe('-2');
    expect(leverShown('hl', 2.3, 'fr')).toBe('2,3\u00a0ans');
    expect(leverShown('hl', 1, 'en')).toBe('1\u00a0year');
  });
});
