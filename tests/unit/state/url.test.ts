import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeState,
  encodeState,
  fitToLink,
  MAX_ID,
  MAX_QUERY,
  restrictToDataset
} from '../../../src/lib/state/url.ts';
import {
  AFTER_FUNDED_END,
  defaultState,
  LEVER_BOUNDS,
  PRESET_IDS,
  withinBounds,
  type AppState
} from '../../../src/lib/state/app-state.ts';
import { migrate, type Migration } from '../../../src/lib/state/migrations.ts';

describe('URL state', () => {
  it('encodes the default state as an empty string, and decodes it back', () => {
    expect(encodeState(defaultState())).toBe('');
    expect(decodeState('')).toEqual({ state: defaultState(), rejected: [] });
  });

  it('writes only what differs from the defaults, with the version first', () => {
    const s = defaultState();
    s.preset = 'stress';
    s.lang = 'en';
    s.levers.sites['aesc-douai'] = { delayYears: 1, targetScale: 1 };
    s.levers.programmes['electromob'] = { budgetEur: 5_000_000 };
    expect(encodeState(s)).toBe('v=1&lang=en&p=stress&sd.aesc-douai=1&gb.electromob=5000000');
  });

  it('round-trips any valid state', () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
    const scale = fc.integer({ min: 0, max: 20000 }).map((n) => n / 10000);
    const arb = fc.record({
      lang: fc.constantFrom('fr' as const, 'en' as const),
      preset: fc.constantFrom(...PRESET_IDS),
      region: fc.constantFrom('32', '11', '44'),
      from: fc.integer({ min: 2020, max: 2030 }),
      span: fc.integer({ min: 1, max: 20 }),
      yearOffset: fc.integer({ min: 0, max: 20 }),
      closeFromOffset: fc.option(fc.integer({ min: 0, max: 20 })),
      sites: fc.dictionary(
        id,
        fc.record({ delayYears: fc.integer({ min: -5, max: 15 }), targetScale: scale })
      ),
      programmes: fc.dictionary(
        id,
        fc.record({ intakeScale: scale, budgetEur: fc.integer({ min: 0, max: 1e9 }) })
      ),
      completionScale: scale,
      attritionRate: fc.option(fc.integer({ min: 0, max: 10000 }).map((n) => n / 10000)),
      afterFundedEnd: fc.constantFrom(...AFTER_FUNDED_END),
      hiringLeadYears: fc.option(fc.integer({ min: 0, max: 50 }).map((n) => n / 10)),
      compare: fc.subarray([...PRESET_IDS], { maxLength: 2 })
    });
    fc.assert(
      fc.property(arb, (a) => {
        const s: AppState = defaultState();
        s.lang = a.lang;
        s.preset = a.preset;
        s.region = a.region;
        s.years = [a.from, a.from + a.span];
        s.year = a.from + Math.min(a.yearOffset, a.span);
        s.closeBy = s.year;
        s.closeFrom =
          a.closeFromOffset === null
            ? null
            : a.from + Math.min(a.closeFromOffset, s.closeBy - a.from);
        s.levers.sites = a.sites;
        s.levers.programmes = a.programmes;
        s.levers.completionScale = a.completionScale;
        s.levers.attritionRate = a.attritionRate;
        s.levers.afterFundedEnd = a.afterFundedEnd;
        s.levers.hiringLeadYears = a.hiringLeadYears;
        s.compare = a.compare.filter((p) => p !== a.preset);
        const decoded = decodeState(encodeState(s));
        expect(decoded.rejected).toEqual([]);
        // Levers equal to their neutral value are stripped: compare what they mean.
        const norm = (x: AppState) => {
          const y = structuredClone(x);
          for (const [k, v] of Object.entries(y.levers.sites)) {
            if (v.delayYears === 0) delete v.delayYears;
            if (v.targetScale === 1) delete v.targetScale;
            if (Object.keys(v).length === 0) delete y.levers.sites[k];
          }
          for (const [k, v] of Object.entries(y.levers.programmes)) {
            if (v.intakeScale === 1) delete v.intakeScale;
            if (v.budgetEur === 0) delete v.budgetEur;
            if (Object.keys(v).length === 0) delete y.levers.programmes[k];
          }
          return y;
        };
        expect(norm(decoded.state)).toEqual(norm(s));
      }),
      { numRuns: 500 }
    );
  });

  it('falls back to defaults for bad or tampered parameters, naming each', () => {
    const { state, rejected } = decodeState(
      'p=apocalypse&t=abc&y=2035-2024&cs=9&sd.aesc-douai=zero&gb.x=-5&cmp=stress,stress&evil=<script>&lang=de&r=3A'
    );
    expect(state).toEqual(defaultState());
    expect(rejected).toEqual([
      'p=apocalypse',
      't=abc',
      'y=2035-2024',
      'cs=9',
      'sd.aesc-douai=zero',
      'gb.x=-5',
      'cmp=stress,stress',
      'evil=<script>',
      'lang=de',
      'r=3A'
    ]);
  });

  it('keeps the map’s open panel in the link (sel), and names a bad or unknown one', () => {
    for (const sel of ['site:aesc-douai', 'region:32', 'departement:59', 'departement:2A']) {
      const { state, rejected } = decodeState(`sel=${sel}`);
      expect(rejected).toEqual([]);
      expect(encodeState(state)).toBe(`v=1&sel=${encodeURIComponent(sel)}`);
    }
    expect(decodeState('sel=region:32').state.mapSelection).toEqual({ kind: 'region', code: '32' });
    for (const bad of [
      'region:99',
      'departement:20',
      'departement:00',
      'commune:59350',
      'site:',
      'site:a b'
    ]) {
      const { state, rejected } = decodeState(`sel=${bad}`);
      expect(state.mapSelection, bad).toBeNull();
      expect(rejected).toEqual([`sel=${bad}`]);
    }
    const { state, rejected } = restrictToDataset(
      decodeState('sel=site:nowhere').state,
      new Set(['aesc-douai']),
      new Set()
    );
    expect(state.mapSelection).toBeNull();
    expect(rejected).toEqual(['sel=site:nowhere']);
  });

  it('names a comparison with empty ids in the notice (fuzz: cmp=,,,,)', () => {
    for (const cmp of [',,,,', 'stress,', ',realiste', '']) {
      const { state, rejected } = decodeState(`cmp=${cmp}`);
      expect(state.compare).toEqual([]);
      expect(rejected).toEqual([`cmp=${cmp}`]);
    }
    expect(decodeState('cmp=stress,annonces').state.compare).toEqual(['stress', 'annonces']);
  });

  it('keeps the model’s assumptions: programmes after their funded end, the hiring lead', () => {
    const s = defaultState();
    expect(s.levers.afterFundedEnd).toBe('renew');
    expect(s.levers.hiringLeadYears).toBeNull();
    s.levers.afterFundedEnd = 'stop';
    s.levers.hiringLeadYears = 1.5;
    expect(encodeState(s)).toBe('v=1&fe=stop&hl=1.5');
    expect(decodeState('v=1&fe=stop&hl=1.5')).toEqual({ state: s, rejected: [] });
    // The defaults are stripped: renewal, and the reference class (no `hl`).
    expect(encodeState({ ...s, levers: { ...s.levers, afterFundedEnd: 'renew' } })).toBe(
      'v=1&hl=1.5'
    );
    expect(decodeState('fe=renew').state).toEqual(defaultState());
    // The bounds of LEVER_BOUNDS, ends included.
    expect(decodeState('hl=0').state.levers.hiringLeadYears).toBe(0);
    expect(decodeState('hl=5').state.levers.hiringLeadYears).toBe(5);
  });

  it('rejects a bad assumption, naming it, and keeps the default', () => {
    const bad = ['fe=never', 'fe=', 'hl=5.5', 'hl=-1', 'hl=abc', 'hl=NaN', 'hl=1e1', 'hl=Infinity'];
    for (const q of bad) {
      const { state, rejected } = decodeState(q);
      expect(rejected, q).toEqual([q]);
      expect(state, q).toEqual(defaultState());
    }
  });

  it('bounds the hiring lead in one place', () => {
    expect(LEVER_BOUNDS.hiringLeadYears).toEqual({ min: 0, max: 5, step: 0.1 });
    expect(withinBounds('hiringLeadYears', 2.3)).toBe(2.3);
    for (const v of [-0.1, 5.01, NaN, Infinity])
      expect(withinBounds('hiringLeadYears', v)).toBeNull();
  });

  it('keeps the map’s level and measure', () => {
    const s = defaultState();
    s.mapLevel = 'departement';
    s.mapMeasure = 'gap';
    expect(encodeState(s)).toBe('v=1&ml=departement&mm=gap');
    expect(decodeState('ml=departement&mm=gap').state).toEqual(s);
    expect(decodeState('ml=commune').rejected).toEqual(['ml=commune']);
  });

  it('keeps the sites left out of the chart (hs), bounded, and drops those of no dataset', () => {
    const s = defaultState();
    s.hiddenSites = ['verkor-dunkerque', 'aesc-douai'];
    expect(encodeState(s)).toBe('v=1&hs=aesc-douai%2Cverkor-dunkerque');
    expect(decodeState('hs=aesc-douai,verkor-dunkerque').state.hiddenSites).toEqual([
      'aesc-douai',
      'verkor-dunkerque'
    ]);
    for (const bad of ['hs=aesc-douai,aesc-douai', 'hs=AESC', 'hs=', 'hs=__proto__']) {
      const { state, rejected } = decodeState(bad);
      expect(state.hiddenSites).toEqual([]);
      expect(rejected).toEqual([bad]);
    }
    const tooMany = Array.from({ length: 601 }, (_, i) => `s${i}`).join(',');
    expect(decodeState(`hs=${tooMany}`).state.hiddenSites).toEqual([]);
    const r = restrictToDataset(s, new Set(['aesc-douai']), new Set());
    expect(r.state.hiddenSites).toEqual(['aesc-douai']);
    expect(r.rejected).toEqual(['hs=verkor-dunkerque']);
  });

  it('keeps the year inside the horizon', () => {
    const { state, rejected } = decodeState('y=2024-2028&t=2033');
    expect(state.years).toEqual([2024, 2028]);
    expect(state.year).toBe(2028);
    expect(rejected).toEqual(['t=2033', 'cb=2030']);
  });

  it('keeps the first intake of the extra places between the horizon start and the target year', () => {
    expect(decodeState('cf=2027').state.closeFrom).toBe(2027);
    expect(encodeState({ ...defaultState(), closeFrom: 2028 })).toBe('v=1&cf=2028');
    for (const bad of ['cf=2031', 'cf=2020', 'cf=soon']) {
      const { state, rejected } = decodeState(bad);
      expect(state.closeFrom).toBeNull();
      expect(rejected).toEqual([bad]);
    }
  });

  it('rejects a link from a future version instead of misreading it', () => {
    const { state, rejected } = decodeState('v=7&p=stress');
    expect(state).toEqual(defaultState());
    expect(rejected).toEqual(['v=7 (newer than this version of Relève, 1)']);
  });

  it('drops levers for sites and programmes the dataset does not have', () => {
    const s = decodeState('sd.aesc-douai=2&sd.ghost-plant=1&gi.nope=2').state;
    const r = restrictToDataset(s, new Set(['aesc-douai']), new Set(['electromob']));
    expect(r.state.levers.sites).toEqual({ 'aesc-douai': { delayYears: 2 } });
    expect(r.state.levers.programmes).toEqual({});
    expect(r.rejected).toEqual(['sd.ghost-plant=1', 'gi.nope=2']);
  });
});

describe('URL state: tampered links (issue 11)', () => {
  it('refuses région codes that are not one of the 18 INSEE régions, keeps overseas ones', () => {
    expect(decodeState('r=99')).toEqual({ state: defaultState(), rejected: ['r=99'] });
    expect(decodeState('r=00').rejected).toEqual(['r=00']);
    for (const r of ['01', '02', '03', '04', '06', '94']) {
      expect(decodeState(`r=${r}`)).toEqual({
        state: { ...defaultState(), region: r },
        rejected: []
      });
    }
  });

  it('names the second of a repeated parameter instead of dropping it silently', () => {
    expect(decodeState('v=1&v=99').rejected).toEqual(['v=99']);
    const r = decodeState('p=stress&p=volontariste&sd.aesc-douai=1&sd.aesc-douai=3');
    expect(r.state.preset).toBe('stress');
    expect(r.state.levers.sites).toEqual({ 'aesc-douai': { delayYears: 1 } });
    expect(r.rejected).toEqual(['p=volontariste', 'sd.aesc-douai=3']);
  });

  it('never makes a prototype key an object key', () => {
    const r = decodeState('sd.constructor=3&gi.prototype=2&st.__proto__=1&gb.constructor=5');
    expect(r.state).toEqual(defaultState());
    expect(r.rejected).toEqual([
      'sd.constructor=3',
      'gi.prototype=2',
      'st.__proto__=1',
      'gb.constructor=5'
    ]);
    expect(Object.keys(r.state.levers.sites)).toEqual([]);
    expect(({} as Record<string, unknown>).delayYears).toBeUndefined();
    expect((Object as unknown as Record<string, unknown>).delayYears).toBeUndefined();
  });

  it('keeps an encoded state under MAX_QUERY characters and names the levers left out', () => {
    const s = defaultState();
    const long = (i: number) => `site-${i}-${'x'.repeat(50)}`;
    for (let i = 0; i < 400; i++) s.levers.sites[long(i)] = { delayYears: 2 };
    s.levers.sites['a'.repeat(MAX_ID + 1)] = { delayYears: 1 };
    const query = encodeState(s);
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY);
    const fit = fitToLink(s);
    expect(fit.rejected).toContain(`sd.${'a'.repeat(MAX_ID + 1)}=1`);
    expect(fit.rejected.length + Object.keys(fit.state.levers.sites).length).toBe(401);
    expect(encodeState(fit.state)).toBe(query);
    // A long link read back: what it carries fits, the rest is named.
    const all = Object.keys(s.levers.sites)
      .filter((id) => id.length <= MAX_ID)
      .map((id) => `sd.${id}=2`)
      .join('&');
    expect(all.length).toBeGreaterThan(16_000);
    const read = decodeState(all);
    expect(encodeState(read.state).length).toBeLessThanOrEqual(MAX_QUERY);
    expect(read.rejected.length + Object.keys(read.state.levers.sites).length).toBe(400);
    expect(decodeState(`sd.${'a'.repeat(MAX_ID + 1)}=1`).rejected).toHaveLength(1);
  });

  it('names every lever dropped by restrictToDataset by its parameter', () => {
    const s = decodeState('sd.unknown-site=1&st.unknown-site=2&gi.wrong-id=10&gb.x=5').state;
    expect(restrictToDataset(s, new Set(), new Set()).rejected).toEqual([
      'sd.unknown-site=1',
      'st.unknown-site=2',
      'gi.wrong-id=10',
      'gb.x=5'
    ]);
  });
});

describe('migrations', () => {
  // A format change as it would be made: version 2 renames the preset parameter "p" to "preset".
  const renamePreset: Migration = {
    from: 1,
    describe: 'p → preset',
    up(params) {
      const next = new URLSearchParams(params);
      const p = next.get('p');
      next.delete('p');
      if (p !== null) next.set('preset', p);
      return next;
    }
  };

  it('brings an old link through every step to the current version', () => {
    const out = migrate(new URLSearchParams('v=1&p=stress&t=2031'), 2, [renamePreset]);
    expect('params' in out && out.params.toString()).toBe('v=2&t=2031&preset=stress');
    // A link without v is version 1.
    const bare = migrate(new URLSearchParams('p=stress'), 2, [renamePreset]);
    expect('params' in bare && bare.from).toBe(1);
  });

  it('reports a missing migration step rather than guessing', () => {
    expect(migrate(new URLSearchParams('v=1'), 3, [renamePreset])).toEqual({
      error: 'v=1 (no migration from version 2)'
    });
  });
});

describe('a comparison with the scenario itself', () => {
  it('is dropped from a link and named in the notice', () => {
    const { state, rejected } = decodeState('p=stress&cmp=stress,realiste');
    expect(state.compare).toEqual(['realiste']);
    expect(rejected).toEqual(['cmp=stress']);
  });
  it('is never written into a link', () => {
    const s = defaultState();
    s.preset = 'stress';
    s.compare = ['stress', 'realiste'];
    expect(new URLSearchParams(encodeState(s)).get('cmp')).toBe('realiste');
    expect(decodeState(encodeState(s)).rejected).toEqual([]);
  });
});
