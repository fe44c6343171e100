/**
 * AppState ⇄ URL query string. `encodeState` writes only what differs from the defaults;
 * `decodeState` reads any link — current, old (migrated) or tampered — and never throws: a
 * parameter it cannot use falls back to its default and yields a notice naming it.
 *
 * @example
 *   encodeState({ ...defaultState(), preset: 'stress' }) // "p=stress"
 *   decodeState('p=stress&y=2024-2040').state.years     // [2024, 2040]
 *
 * Bounds: a région is one of the 18 INSEE codes; an id is a slug of at most MAX_ID characters and
 * never a prototype key; a parameter given twice keeps its first value; an encoded state is at
 * most MAX_QUERY characters (levers that would not fit are left out and named).
 */
import {
  AFTER_FUNDED_END,
  DEFAULT_STATE,
  PRESET_IDS,
  STATE_VERSION,
  YEAR_MAX,
  YEAR_MIN,
  defaultState,
  withinBounds,
  type AfterFundedEnd,
  type AppState,
  type PresetId
} from './app-state.ts';
import { MIGRATIONS, migrate, type Migration } from './migrations.ts';
import { INSEE_REGIONS } from '../forecast/validate.ts';
import { MAX_ID_LENGTH } from '../data/schema.ts';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Longest site or programme id a link carries: the longest the data tables accept. */
export const MAX_ID = MAX_ID_LENGTH;
/** Most sites a link may hide from the chart (the national dataset has 505 sites). */
export const MAX_HIDDEN_SITES = 600;
/** Longest encoded state: links stay far below the ≈ 16 KB where servers answer 431. */
export const MAX_QUERY = 8000;
/** Keys that would reach Object.prototype if used as object keys. */
const PROTO_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A site or programme id a link may carry. */
export function isLinkId(id: string | undefined): id is string {
  return id !== undefined && id.length <= MAX_ID && ID.test(id) && !PROTO_KEYS.has(id);
}

/** Numbers in URLs: up to 4 decimals, no trailing zeros. */
function num(n: number): string {
  return String(Math.round(n * 1e4) / 1e4);
}

export function encodeState(state: AppState): string {
  return encodeStateChecked(state).query;
}

/**
 * The encoded state and the lever parameters left out: an id a link cannot carry, or levers
 * past MAX_QUERY characters (each named, e.g. `sd.<id>=2`).
 */
export function encodeStateChecked(state: AppState): { query: string; dropped: Lever[] } {
  const p = new URLSearchParams();
  const levers: Lever[] = [];
  const lever = (head: Lever['head'], id: string, value: string) =>
    levers.push({ head, id, key: `${head}.${id}`, value });
  const d = DEFAULT_STATE;
  if (state.lang !== d.lang) p.set('lang', state.lang);
  if (state.preset !== d.preset) p.set('p', state.preset);
  if (state.region !== d.region) p.set('r', state.region);
  if (state.years[0] !== d.years[0] || state.years[1] !== d.years[1]) {
    p.set('y', `${state.years[0]}-${state.years[1]}`);
  }
  if (state.year !== d.year) p.set('t', String(state.year));
  if (state.closeBy !== d.closeBy) p.set('cb', String(state.closeBy));
  if (state.closeFrom !== null) p.set('cf', String(state.closeFrom));
  const compare = state.compare.filter((c) => c !== state.preset);
  if (compare.length) p.set('cmp', compare.join(','));
  if (state.mapLevel !== d.mapLevel) p.set('ml', state.mapLevel);
  if (state.mapMeasure !== d.mapMeasure) p.set('mm', state.mapMeasure);
  const hidden = state.hiddenSites.filter(isLinkId);
  if (hidden.length) p.set('hs', [...new Set(hidden)].sort().join(','));
  const L = state.levers;
  if (L.completionScale !== 1) p.set('cs', num(L.completionScale));
  if (L.placementScale !== 1) p.set('ps', num(L.placementScale));
  if (L.attritionRate !== null) p.set('ar', num(L.attritionRate));
  if (L.orientationShare !== null) p.set('os', num(L.orientationShare));
  if (L.orientationInternships !== 0) p.set('oi', String(Math.round(L.orientationInternships)));
  if (L.afterFundedEnd !== d.levers.afterFundedEnd) p.set('fe', L.afterFundedEnd);
  if (L.hiringLeadYears !== null) p.set('hl', num(L.hiringLeadYears));
  for (const id of Object.keys(L.sites).sort()) {
    const s = L.sites[id];
    if (s.delayYears !== undefined && s.delayYears !== 0) lever('sd', id, num(s.delayYears));
    if (s.targetScale !== undefined && s.targetScale !== 1) lever('st', id, num(s.targetScale));
  }
  for (const id of Object.keys(L.programmes).sort()) {
    const g = L.programmes[id];
    if (g.intakeScale !== undefined && g.intakeScale !== 1) lever('gi', id, num(g.intakeScale));
    if (g.budgetEur !== undefined && g.budgetEur !== 0)
      lever('gb', id, String(Math.round(g.budgetEur)));
  }
  const dropped: Lever[] = [];
  // The version goes first; `&` and the version count in the length.
  let length = `v=${STATE_VERSION}`.length + (p.size ? p.toString().length + 1 : 0);
  for (const l of levers) {
    const part = new URLSearchParams([[l.key, l.value]]).toString();
    if (!isLinkId(l.id) || length + part.length + 1 > MAX_QUERY) {
      dropped.push(l);
      continue;
    }
    p.append(l.key, l.value);
    length += part.length + 1;
  }
  // The version goes first, and only when there is something to version.
  if (p.size === 0) return { query: '', dropped };
  return { query: `v=${STATE_VERSION}&${p.toString()}`, dropped };
}

/** One lever parameter of a link: `sd.<id>=2`. */
export interface Lever {
  head: 'sd' | 'st' | 'gi' | 'gb';
  id: string;
  key: string;
  value: string;
}

const FIELDS = {
  sd: ['sites', 'delayYears'],
  st: ['sites', 'targetScale'],
  gi: ['programmes', 'intakeScale'],
  gb: ['programmes', 'budgetEur']
} as const;

/**
 * The state a link can carry: without the levers `encodeStateChecked` leaves out (an id a link
 * cannot carry, or past MAX_QUERY), each named in `rejected`.
 */
export function fitToLink(state: AppState): Decoded {
  const { dropped } = encodeStateChecked(state);
  if (!dropped.length) return { state, rejected: [] };
  const next = structuredClone(state);
  for (const l of dropped) {
    const [table, field] = FIELDS[l.head];
    const levers = next.levers[table] as Record<string, Record<string, number | undefined>>;
    if (!Object.hasOwn(levers, l.id)) continue;
    delete levers[l.id][field];
    if (Object.keys(levers[l.id]).length === 0) delete levers[l.id];
  }
  return { state: next, rejected: dropped.map((l) => `${l.key}=${l.value}`) };
}

export interface Decoded {
  state: AppState;
  /** One entry per parameter that was ignored, e.g. `t=abc`. Empty for a clean link. */
  rejected: string[];
}

function parseNumber(raw: string, min: number, max: number): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

function parseYear(raw: string): number | null {
  const n = parseNumber(raw, YEAR_MIN, YEAR_MAX);
  return n !== null && Number.isInteger(n) ? n : null;
}

export function decodeState(
  query: string | URLSearchParams,
  migrations: readonly Migration[] = MIGRATIONS,
  version = STATE_VERSION
): Decoded {
  const state = defaultState();
  const rejected: string[] = [];
  const input = typeof query === 'string' ? new URLSearchParams(query) : query;
  const migrated = migrate(input, version, migrations);
  if ('error' in migrated) return { state, rejected: [migrated.error] };
  const params = migrated.params;
  const reject = (key: string, value: string) => rejected.push(`${key}=${value}`);
  const seen = new Set<string>();

  for (const [key, value] of params) {
    const [head, id] = key.split(/\.(.*)/s);
    // A parameter given twice keeps its first value; the others are named.
    if (seen.has(key)) {
      reject(key, value);
      continue;
    }
    seen.add(key);
    switch (head) {
      case 'v':
        break;
      case 'lang':
        if (value === 'fr' || value === 'en') state.lang = value;
        else reject(key, value);
        break;
      case 'ml':
        if (value === 'region' || value === 'departement') state.mapLevel = value;
        else reject(key, value);
        break;
      case 'mm':
        if (value === 'coverage' || value === 'gap') state.mapMeasure = value;
        else reject(key, value);
        break;
      case 'p':
        if ((PRESET_IDS as readonly string[]).includes(value)) state.preset = value as PresetId;
        else reject(key, value);
        break;
      case 'r':
        if (INSEE_REGIONS.has(value)) state.region = value;
        else reject(key, value);
        break;
      case 'y': {
        const m = /^(\d{4})-(\d{4})$/.exec(value);
        const from = m ? parseYear(m[1]) : null;
        const to = m ? parseYear(m[2]) : null;
        if (from !== null && to !== null && from < to) state.years = [from, to];
        else reject(key, value);
        break;
      }
      case 't':
      case 'cb':
      case 'cf': {
        const y = parseYear(value);
        if (y === null) reject(key, value);
        else if (head === 't') state.year = y;
        else if (head === 'cb') state.closeBy = y;
        else state.closeFrom = y;
        break;
      }
      case 'hs': {
        // Sites hidden from the chart: link ids, each once, at most MAX_HIDDEN_SITES.
        const ids = value.split(',');
        if (
          ids.length <= MAX_HIDDEN_SITES &&
          ids.every(isLinkId) &&
          new Set(ids).size === ids.length
        ) {
          state.hiddenSites = ids;
        } else reject(key, value);
        break;
      }
      case 'cmp': {
        const ids = value.split(',').filter(Boolean);
        const ok = ids.every((x) => (PRESET_IDS as readonly string[]).includes(x));
        if (ok && ids.length <= 2 && new Set(ids).size === ids.length) {
          state.compare = ids as PresetId[];
        } else reject(key, value);
        break;
      }
      case 'cs':
      case 'ps': {
        const n = parseNumber(value, 0, 2);
        if (n === null) reject(key, value);
        else if (head === 'cs') state.levers.completionScale = n;
        else state.levers.placementScale = n;
        break;
      }
      case 'ar':
      case 'os': {
        const n = parseNumber(value, 0, 1);
        if (n === null) reject(key, value);
        else if (head === 'ar') state.levers.attritionRate = n;
        else state.levers.orientationShare = n;
        break;
      }
      case 'oi': {
        const n = parseNumber(value, 0, 1e6);
        if (n === null || !Number.isInteger(n)) reject(key, value);
        else state.levers.orientationInternships = n;
        break;
      }
      case 'fe':
        if ((AFTER_FUNDED_END as readonly string[]).includes(value)) {
          state.levers.afterFundedEnd = value as AfterFundedEnd;
        } else reject(key, value);
        break;
      case 'hl': {
        const n = parseNumber(value, -Infinity, Infinity);
        const lead = n === null ? null : withinBounds('hiringLeadYears', n);
        if (lead === null) reject(key, value);
        else state.levers.hiringLeadYears = lead;
        break;
      }
      case 'sd':
      case 'st': {
        const n = head === 'sd' ? parseNumber(value, -5, 15) : parseNumber(value, 0, 3);
        if (!isLinkId(id) || n === null) {
          reject(key, value);
          break;
        }
        const lever = Object.hasOwn(state.levers.sites, id)
          ? state.levers.sites[id]
          : (state.levers.sites[id] = {});
        if (head === 'sd') lever.delayYears = n;
        else lever.targetScale = n;
        break;
      }
      case 'gi':
      case 'gb': {
        const n = head === 'gi' ? parseNumber(value, 0, 10) : parseNumber(value, 0, 1e10);
        if (!isLinkId(id) || n === null) {
          reject(key, value);
          break;
        }
        const lever = Object.hasOwn(state.levers.programmes, id)
          ? state.levers.programmes[id]
          : (state.levers.programmes[id] = {});
        if (head === 'gi') lever.intakeScale = n;
        else lever.budgetEur = n;
        break;
      }
      default:
        reject(key, value);
    }
  }
  if (state.year < state.years[0] || state.year > state.years[1]) {
    rejected.push(`t=${state.year}`);
    state.year = Math.min(Math.max(DEFAULT_STATE.year, state.years[0]), state.years[1]);
  }
  if (state.closeBy < state.years[0] || state.closeBy > state.years[1]) {
    rejected.push(`cb=${state.closeBy}`);
    state.closeBy = Math.min(Math.max(DEFAULT_STATE.closeBy, state.years[0]), state.years[1]);
  }
  if (
    state.closeFrom !== null &&
    (state.closeFrom < state.years[0] || state.closeFrom > state.closeBy)
  ) {
    rejected.push(`cf=${state.closeFrom}`);
    state.closeFrom = null;
  }
  // Comparing the scenario with itself says nothing: the duplicate is dropped, and named.
  if (state.compare.includes(state.preset)) {
    rejected.push(`cmp=${state.preset}`);
    state.compare = state.compare.filter((p) => p !== state.preset);
  }
  // Levers past MAX_QUERY would make a link the server refuses: left out, and named.
  const fit = fitToLink(state);
  return { state: fit.state, rejected: [...rejected, ...fit.rejected] };
}

/**
 * Drops levers about sites or programmes that the dataset does not have (a tampered or stale
 * link), naming each parameter dropped (`sd.<id>=2`).
 */
export function restrictToDataset(
  state: AppState,
  siteIds: ReadonlySet<string>,
  programmeIds: ReadonlySet<string>
): Decoded {
  const next = structuredClone(state);
  const rejected: string[] = [];
  for (const id of Object.keys(next.levers.sites)) {
    if (!siteIds.has(id)) {
      const s = next.levers.sites[id];
      if (s.delayYears !== undefined) rejected.push(`sd.${id}=${num(s.delayYears)}`);
      if (s.targetScale !== undefined) rejected.push(`st.${id}=${num(s.targetScale)}`);
      delete next.levers.sites[id];
    }
  }
  for (const id of Object.keys(next.levers.programmes)) {
    if (!programmeIds.has(id)) {
      const g = next.levers.programmes[id];
      if (g.intakeScale !== undefined) rejected.push(`gi.${id}=${num(g.intakeScale)}`);
      if (g.budgetEur !== undefined) rejected.push(`gb.${id}=${Math.round(g.budgetEur)}`);
      delete next.levers.programmes[id];
    }
  }
  const unknown = next.hiddenSites.filter((id) => !siteIds.has(id));
  if (unknown.length) {
    rejected.push(`hs=${unknown.join(',')}`);
    next.hiddenSites = next.hiddenSites.filter((id) => siteIds.has(id));
  }
  return { state: next, rejected };
}
