/**
 * Tampered links through the real decoder (src/lib/state/url.ts): random mutations of valid
 * encoded states (unknown and prototype keys, huge values, NaN / Infinity / 1e308, negative
 * numbers, repeated keys, broken percent-encoding, long ids, unknown presets, régions and sites,
 * wrong versions, hundreds of levers), then `restrictToDataset` with the default dataset's ids
 * (data/sites.csv, data/programmes.csv). For each case: decoding never throws, every value in
 * the state is within its bounds, no prototype key becomes an object key, the re-encoded link
 * is at most MAX_QUERY characters, and every parameter of the link is either carried by the
 * state or named in the notice (else "crash"); over 1 s is "hang". A case with a notice is
 * "clear", one without is "accepted".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mulberry32 } from '../../src/lib/forecast/random.ts';
import { INSEE_REGIONS } from '../../src/lib/forecast/validate.ts';
import {
  AFTER_FUNDED_END,
  PRESET_IDS,
  YEAR_MAX,
  YEAR_MIN,
  defaultState,
  type AppState
} from '../../src/lib/state/app-state.ts';
import {
  MAX_QUERY,
  decodeState,
  encodeState,
  isLinkId,
  restrictToDataset
} from '../../src/lib/state/url.ts';
import { caseSeed, record, type FuzzReport } from './report.ts';

const LIMIT_MS = 1000;

/** The first column (id) of a table in data/. */
function ids(file: string): string[] {
  const text = readFileSync(path.resolve('data', file), 'utf8');
  return text
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0])
    .filter(Boolean);
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const dec = (rand: Rand, lo: number, hi: number) =>
  Math.round((lo + rand() * (hi - lo)) * 1e4) / 1e4;

/** A valid state on the dataset's ids. */
function validState(rand: Rand, siteIds: string[], programmeIds: string[]): AppState {
  const s = defaultState();
  s.lang = pick(rand, ['fr', 'en'] as const);
  s.preset = pick(rand, PRESET_IDS);
  s.region = pick(rand, [...INSEE_REGIONS]);
  const from = int(rand, 2020, 2030);
  s.years = [from, from + int(rand, 1, 20)];
  s.year = int(rand, s.years[0], s.years[1]);
  s.closeBy = int(rand, s.years[0], s.years[1]);
  if (rand() < 0.3) s.closeFrom = int(rand, s.years[0], s.closeBy);
  if (rand() < 0.3)
    s.compare = [
      pick(
        rand,
        PRESET_IDS.filter((p) => p !== s.preset)
      )
    ];
  if (rand() < 0.5) s.levers.completionScale = dec(rand, 0, 2);
  if (rand() < 0.3) s.levers.attritionRate = dec(rand, 0, 1);
  if (rand() < 0.3) s.levers.hiringLeadYears = dec(rand, 0, 5);
  if (rand() < 0.3) s.levers.afterFundedEnd = pick(rand, AFTER_FUNDED_END);
  for (let i = int(rand, 0, 3); i > 0; i--)
    s.levers.sites[pick(rand, siteIds)] = {
      delayYears: dec(rand, -5, 15),
      targetScale: dec(rand, 0, 3)
    };
  for (let i = int(rand, 0, 3); i > 0; i--)
    s.levers.programmes[pick(rand, programmeIds)] = {
      intakeScale: dec(rand, 0, 10),
      budgetEur: int(rand, 0, 1e8)
    };
  return s;
}

const NUMERIC_KEYS = [
  'cs',
  'ps',
  'ar',
  'os',
  'oi',
  'hl',
  't',
  'cb',
  'cf',
  'sd.',
  'st.',
  'gi.',
  'gb.'
];
const NON_FINITE = ['NaN', 'Infinity', '-Infinity', '1e308', '1e-308', '-0', '0x10', '1_0', ' 1'];
const PROTO = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const PERCENT = ['%', '%zz', '%E0%A4%A', '%00', '%F0%28%8C%BC', '%%41', '%2', '%C0%AE'];

/** A numeric key of the link, with a real id after the dot. */
function numericKey(rand: Rand, siteIds: string[], programmeIds: string[]): string {
  const k = pick(rand, NUMERIC_KEYS);
  if (!k.endsWith('.')) return k;
  return k + pick(rand, k === 'sd.' || k === 'st.' ? siteIds : programmeIds);
}

/** A mutation: its category and the raw query text it appends or replaces. */
const MUTATIONS: Record<string, (rand: Rand, q: string, s: string[], g: string[]) => string> = {
  'valid link': (_rand, q) => q,
  'unknown key': (rand, q) => `${q}&${pick(rand, ['zz', 'foo.bar', 'P', 'sd', 'x.', '.', ''])}=1`,
  'prototype key': (rand, q) =>
    `${q}&${pick(rand, ['', 'sd.', 'st.', 'gi.', 'gb.', '__proto__.'])}${pick(rand, PROTO)}=${int(rand, 0, 3)}`,
  'huge value': (rand, q, s, g) =>
    `${q}&${rand() < 0.5 ? numericKey(rand, s, g) : pick(rand, ['p', 'r', 'lang', 'y', 'cmp'])}=${pick(
      rand,
      ['9', 'x', '1.', ',']
    ).repeat(int(rand, 1000, 100_000))}`,
  'non-finite number': (rand, q, s, g) =>
    `${q}&${numericKey(rand, s, g)}=${encodeURIComponent(pick(rand, NON_FINITE))}`,
  negative: (rand, q, s, g) => `${q}&${numericKey(rand, s, g)}=-${int(rand, 1, 100)}`,
  'repeated key': (rand, q) => {
    const pairs = q.split('&').filter(Boolean);
    const [key] = (pick(rand, pairs) ?? 'p=stress').split('=');
    return `${q}&${key}=${pick(rand, ['1', 'stress', '2030', '99', 'x'])}`;
  },
  'bad percent-encoding': (rand, q) => {
    const bad = pick(rand, PERCENT);
    return rand() < 0.5 ? `${q}&p=${bad}` : `${q}&sd.${bad}=1`;
  },
  'long id': (rand, q) =>
    `${q}&${pick(rand, ['sd', 'st', 'gi', 'gb'])}.${'a-'.repeat(int(rand, 40, 3000))}b=1`,
  'unknown preset': (rand, q) =>
    `${q}&${pick(rand, ['p', 'cmp'])}=${pick(rand, ['xyz', 'Stress', 'stress,xyz', 'realiste,realiste', 'a,b,c'])}`,
  'unknown région': (rand, q) =>
    `${q}&r=${pick(rand, ['99', '00', '1', '321', '2A', '05', '-1', ''])}`,
  'unknown site': (rand, q) =>
    `${q}&${pick(rand, ['sd', 'st', 'gi', 'gb'])}.${pick(rand, ['unknown-site', 'wrong-id', 'ghost'])}-${int(rand, 0, 99)}=1`,
  'wrong version': (rand, q) =>
    `${pick(rand, ['v=0', 'v=2', 'v=abc', 'v=1&v=99', 'v=', 'v=1e3'])}&${q.replace(/^v=1&?/, '')}`,
  'many levers': (rand, q, s) => {
    const parts: string[] = [];
    for (let i = int(rand, 100, 600); i > 0; i--)
      parts.push(
        `sd.${rand() < 0.1 ? pick(rand, s) : `site-${i}-${'x'.repeat(int(rand, 1, 60))}`}=1`
      );
    return `${q}&${parts.join('&')}`;
  }
};
const CATEGORIES = Object.keys(MUTATIONS);

/** Why a decoded state is out of bounds, or null. */
function outOfBounds(s: AppState, siteIds: Set<string>, programmeIds: Set<string>): string | null {
  const within = (v: number | null, lo: number, hi: number) =>
    v === null || (Number.isFinite(v) && v >= lo && v <= hi);
  const year = (v: number | null) =>
    v === null || (Number.isInteger(v) && within(v, YEAR_MIN, YEAR_MAX));
  const L = s.levers;
  if (s.lang !== 'fr' && s.lang !== 'en') return `lang ${s.lang}`;
  if (!PRESET_IDS.includes(s.preset)) return `preset ${s.preset}`;
  if (!INSEE_REGIONS.has(s.region)) return `region ${s.region}`;
  if (!year(s.years[0]) || !year(s.years[1]) || s.years[0] >= s.years[1]) return `years ${s.years}`;
  if (!year(s.year) || s.year < s.years[0] || s.year > s.years[1]) return `year ${s.year}`;
  if (!year(s.closeBy) || !year(s.closeFrom)) return 'closeBy/closeFrom';
  if (s.compare.some((p) => !PRESET_IDS.includes(p)) || s.compare.length > 2) return 'compare';
  if (!within(L.completionScale, 0, 2) || !within(L.placementScale, 0, 2)) return 'scales';
  if (!within(L.attritionRate, 0, 1) || !within(L.orientationShare, 0, 1)) return 'rates';
  if (!Number.isInteger(L.orientationInternships) || !within(L.orientationInternships, 0, 1e6))
    return 'internships';
  if (!within(L.hiringLeadYears, 0, 5)) return `hiring lead ${L.hiringLeadYears}`;
  if (!AFTER_FUNDED_END.includes(L.afterFundedEnd)) return 'afterFundedEnd';
  for (const [table, known] of [
    [L.sites, siteIds],
    [L.programmes, programmeIds]
  ] as const) {
    if (Object.getPrototypeOf(table) !== Object.prototype) return 'lever table prototype';
    for (const id of Object.keys(table)) {
      if (!known.has(id) || !isLinkId(id)) return `lever id ${id.slice(0, 40)}`;
    }
  }
  for (const [id, v] of Object.entries(L.sites))
    if (!within(v.delayYears ?? 0, -5, 15) || !within(v.targetScale ?? 1, 0, 3))
      return `site ${id}`;
  for (const [id, v] of Object.entries(L.programmes))
    if (!within(v.intakeScale ?? 1, 0, 10) || !within(v.budgetEur ?? 0, 0, 1e10))
      return `programme ${id}`;
  for (const o of [Object.prototype, Object, Function.prototype] as Record<string, unknown>[])
    for (const k of ['delayYears', 'targetScale', 'intakeScale', 'budgetEur'])
      if (Object.hasOwn(o, k)) return `prototype polluted with ${k}`;
  return null;
}

/** Whether the parameter `key=value` of the link is carried by the final state's link. */
function carried(key: string, value: string, final: AppState, encoded: URLSearchParams): boolean {
  if (key === 'v') return value === '1';
  const got = encoded.get(key);
  if (got === value) return true;
  if (got !== null && Math.abs(Number(got) - Number(value)) <= 5e-5) return true;
  if (key === 'cmp')
    return value.split(',').every((p) => final.compare.includes(p as never) || p === final.preset);
  // A default value is left out of the link: carried if alone it changes nothing.
  const alone = decodeState(new URLSearchParams([[key, value]]));
  return alone.rejected.length === 0 && encodeState(alone.state) === '';
}

export async function fuzz(seed: number, count: number): Promise<FuzzReport> {
  const siteList = ids('sites.csv');
  const programmeList = ids('programmes.csv');
  const siteIds = new Set(siteList);
  const programmeIds = new Set(programmeList);
  const report: FuzzReport = { byCategory: {}, failures: [] };
  for (let i = 0; i < count; i++) {
    const cs = caseSeed(seed, i);
    const rand = mulberry32(cs);
    const category = pick(rand, CATEGORIES);
    const base = encodeState(validState(rand, siteList, programmeList)) || 'v=1';
    const query = MUTATIONS[category](rand, base, siteList, programmeList);
    const fail = (outcome: 'crash' | 'hang', problem: string) => {
      record(report, category, outcome);
      report.failures.push({
        caseSeed: cs,
        category,
        outcome,
        input: query.length > 200 ? `${query.slice(0, 200)}… (${query.length} characters)` : query,
        problem
      });
    };
    const started = performance.now();
    let problem: string | null;
    let rejected: string[] = [];
    try {
      const decoded = decodeState(query);
      const restricted = restrictToDataset(decoded.state, siteIds, programmeIds);
      rejected = [...decoded.rejected, ...restricted.rejected];
      const final = restricted.state;
      problem = outOfBounds(final, siteIds, programmeIds);
      const link = encodeState(final);
      if (!problem && link.length > MAX_QUERY)
        problem = `re-encoded link of ${link.length} characters`;
      if (!problem) {
        const encoded = new URLSearchParams(link);
        const named = new Set(rejected.map((r) => r.split(/=/)[0]));
        // The first `v` is the version; every other parameter is carried or named.
        let firstV = true;
        for (const [key, value] of new URLSearchParams(query)) {
          if (key === 'v' && firstV) {
            firstV = false;
            if (value === '1' || named.has('v')) continue;
          }
          if (named.has(key) || rejected.some((r) => r.startsWith(`${key}=`))) continue;
          // A failed version drops every parameter with its one notice.
          if (rejected.some((r) => r.startsWith('v='))) continue;
          if (!carried(key, value, final, encoded)) {
            problem = `${key}=${value.slice(0, 40)} dropped without a notice`;
            break;
          }
        }
      }
      if (!problem && category === 'valid link' && rejected.length)
        problem = `a valid link refused: ${rejected.join(', ').slice(0, 200)}`;
    } catch (e) {
      problem = `threw ${(e as Error).message}`;
    }
    const ms = performance.now() - started;
    if (problem) fail('crash', problem);
    else if (ms > LIMIT_MS) fail('hang', `${Math.round(ms)} ms`);
    else record(report, category, rejected.length ? 'clear' : 'accepted');
  }
  return report;
}
