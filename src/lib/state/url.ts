/**
 * AppState ⇄ URL query string. `encodeState` writes only what differs from the defaults;
 * `decodeState` reads any link — current, old (migrated) or tampered — and never throws: a
 * parameter it cannot use falls back to its default and yields a notice naming it.
 *
 * @example
 *   encodeState({ ...defaultState(), preset: 'stress' }) // "p=stress"
 *   decodeState('p=stress&y=2024-2040').state.years     // [2024, 2040]
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

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Numbers in URLs: up to 4 decimals, no trailing zeros. */
function num(n: number): string {
  return String(Math.round(n * 1e4) / 1e4);
}

export function encodeState(state: AppState): string {
  const p = new URLSearchParams();
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
  if (state.compare.length) p.set('cmp', state.compare.join(','));
  if (state.mapLevel !== d.mapLevel) p.set('ml', state.mapLevel);
  if (state.mapMeasure !== d.mapMeasure) p.set('mm', state.mapMeasure);
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
    if (s.delayYears !== undefined && s.delayYears !== 0) p.set(`sd.${id}`, num(s.delayYears));
    if (s.targetScale !== undefined && s.targetScale !== 1) p.set(`st.${id}`, num(s.targetScale));
  }
  for (const id of Object.keys(L.programmes).sort()) {
    const g = L.programmes[id];
    if (g.intakeScale !== undefined && g.intakeScale !== 1) p.set(`gi.${id}`, num(g.intakeScale));
    if (g.budgetEur !== undefined && g.budgetEur !== 0)
      p.set(`gb.${id}`, String(Math.round(g.budgetEur)));
  }
  // The version goes first, and only when there is something to version.
  if ([...p.keys()].length === 0) return '';
  return `v=${STATE_VERSION}&${p.toString()}`;
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

  for (const [key, value] of params) {
    const [head, id] = key.split(/\.(.*)/s);
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
        if (/^\d{2}$/.test(value)) state.region = value;
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
        if (!id || !ID.test(id) || n === null) {
          reject(key, value);
          break;
        }
        const lever = (state.levers.sites[id] ??= {});
        if (head === 'sd') lever.delayYears = n;
        else lever.targetScale = n;
        break;
      }
      case 'gi':
      case 'gb': {
        const n = head === 'gi' ? parseNumber(value, 0, 10) : parseNumber(value, 0, 1e10);
        if (!id || !ID.test(id) || n === null) {
          reject(key, value);
          break;
        }
        const lever = (state.levers.programmes[id] ??= {});
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
  state.compare = state.compare.filter((p) => p !== state.preset);
  return { state, rejected };
}

/**
 * Drops levers about sites or programmes that the dataset does not have (a tampered or stale
 * link), with a notice for each.
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
      rejected.push(`site ${id}`);
      delete next.levers.sites[id];
    }
  }
  for (const id of Object.keys(next.levers.programmes)) {
    if (!programmeIds.has(id)) {
      rejected.push(`programme ${id}`);
      delete next.levers.programmes[id];
    }
  }
  return { state: next, rejected };
}
