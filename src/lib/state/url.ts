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
  DEFAULT_STATE,
  PRESET_IDS,
  STATE_VERSION,
  YEAR_MAX,
  YEAR_MIN,
  defaultState,
  type AppState,
  type Levers,
  type PresetId
} from './app-state.ts';
import {
  ENTITY_LEVER_KEYS,
  LEVERS,
  SCALAR_LEVER_KEYS,
  isLeverKey,
  isNeutral,
  leverText,
  parseLever,
  scalarValue,
  type EntityLeverKey,
  type LeverKey,
  type LeverRow
} from './levers.ts';
import { MIGRATIONS, migrate, type Migration } from './migrations.ts';
import {
  ADDED_KEY,
  ADDED_SITE_KEY,
  MAX_ADDED,
  MAX_ADDED_SITES,
  addedProgrammeId,
  addedSiteId,
  decodeAddedProgramme,
  decodeAddedSite,
  encodeAddedProgrammes,
  encodeAddedSites,
  parseAddedNumber,
  restrictAdded,
  restrictAddedSites,
  type AddedSitePlace
} from './added.ts';
import { departementCentre } from '../map/centres.ts';
import type { References } from '../data/validate.ts';
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

export function encodeState(state: AppState): string {
  return encodeStateChecked(state).query;
}

/** Horizon, year, map and chart settings: a link's text, or null to leave it out (default). */
const SETTINGS_OUT: Record<string, (s: AppState) => string | null> = {
  lang: (s) => (s.lang !== DEFAULT_STATE.lang ? s.lang : null),
  p: (s) => (s.preset !== DEFAULT_STATE.preset ? s.preset : null),
  r: (s) => (s.region !== DEFAULT_STATE.region ? s.region : null),
  y: (s) =>
    s.years[0] !== DEFAULT_STATE.years[0] || s.years[1] !== DEFAULT_STATE.years[1]
      ? `${s.years[0]}-${s.years[1]}`
      : null,
  t: (s) => (s.year !== DEFAULT_STATE.year ? String(s.year) : null),
  cb: (s) => (s.closeBy !== DEFAULT_STATE.closeBy ? String(s.closeBy) : null),
  cf: (s) => (s.closeFrom !== null ? String(s.closeFrom) : null),
  cmp: (s) => s.compare.filter((c) => c !== s.preset).join(',') || null,
  ml: (s) => (s.mapLevel !== DEFAULT_STATE.mapLevel ? s.mapLevel : null),
  mm: (s) => (s.mapMeasure !== DEFAULT_STATE.mapMeasure ? s.mapMeasure : null),
  mc: (s) => (s.mapClasses !== DEFAULT_STATE.mapClasses ? s.mapClasses : null),
  hs: (s) => [...new Set(s.hiddenSites.filter(isLinkId))].sort().join(',') || null,
  sel: (s) => selectionText(s.mapSelection)
};

/** Département codes: 01–95 without 20, Corsica's 2A and 2B, the overseas 971–976. */
const DEPARTEMENT_CODE = /^(0[1-9]|1\d|[3-8]\d|9[0-5]|2[1-9]|2A|2B|97[1-6])$/;

function selectionText(sel: AppState['mapSelection']): string | null {
  if (!sel) return null;
  return sel.kind === 'site' ? `site:${sel.id}` : `${sel.kind}:${sel.code}`;
}

/** `site:<link id>`, `region:<INSEE région>` or `departement:<INSEE département>`. */
function parseSelection(value: string): AppState['mapSelection'] {
  const m = /^(site|region|departement):(.+)$/.exec(value);
  if (!m) return null;
  const [, kind, key] = m;
  if (kind === 'site') return isLinkId(key) ? { kind, id: key } : null;
  if (kind === 'region') return INSEE_REGIONS.has(key) ? { kind, code: key } : null;
  return DEPARTEMENT_CODE.test(key) ? { kind: 'departement', code: key } : null;
}

/**
 * The encoded state and the lever parameters left out: an id a link cannot carry, or levers
 * past MAX_QUERY characters (each named, e.g. `sd.<id>=2`).
 */
export function encodeStateChecked(state: AppState): { query: string; dropped: Lever[] } {
  const p = new URLSearchParams();
  for (const [key, write] of Object.entries(SETTINGS_OUT)) {
    const text = write(state);
    if (text !== null) p.set(key, text);
  }
  // Programmes added in the workbench, by number (`added.ts`).
  for (const [key, value] of encodeAddedProgrammes(state.addedProgrammes)) p.set(key, value);
  // Sites added in the workbench, by number (`added.ts`).
  for (const [key, value] of encodeAddedSites(state.addedSites)) p.set(key, value);
  // The territory-wide levers, in the table's order, then each site's and programme's.
  const L = state.levers;
  for (const key of SCALAR_LEVER_KEYS) {
    const value = scalarValue(L, key);
    if (!isNeutral(key, value) && value !== null) p.set(key, leverText(key, value));
  }
  const levers: Lever[] = [];
  for (const scope of ['sites', 'programmes'] as const) {
    const heads = ENTITY_LEVER_KEYS.filter((k) => LEVERS[k].scope === scope);
    for (const id of Object.keys(L[scope]).sort()) {
      const entry = L[scope][id] as Record<string, number | undefined>;
      for (const head of heads) {
        const value = entry[LEVERS[head].field];
        if (isNeutral(head, value)) continue;
        const text = leverText(head, value as number);
        levers.push({ head, id, key: `${head}.${id}`, value: text });
      }
    }
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
  head: EntityLeverKey;
  id: string;
  key: string;
  value: string;
}

/** The entry of a site's or programme's levers in `levers`, created if absent. */
function entryOf(levers: Levers, head: EntityLeverKey, id: string): Record<string, number> {
  const table = levers[LEVERS[head].scope] as Record<string, Record<string, number>>;
  return Object.hasOwn(table, id) ? table[id] : (table[id] = {});
}

/**
 * The state a link can carry: without the levers `encodeStateChecked` leaves out (an id a link
 * cannot carry, or past MAX_QUERY), each named in `rejected`.
 */
export function fitToLink(state: AppState): Decoded {
  const { dropped } = encodeStateChecked(state);
  if (!dropped.length) return { state, rejected: [] };
  const next = structuredClone(state);
  for (const l of dropped) {
    const { scope, field } = LEVERS[l.head];
    const levers = next.levers[scope] as Record<string, Record<string, number | undefined>>;
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

/** A year of [YEAR_MIN, YEAR_MAX] (`2030`, also written `2030.0`). */
function parseYear(raw: string): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX ? n : null;
}

/** One of `choices`, or null. */
function oneOf<T extends string>(choices: readonly T[], value: string): T | null {
  return (choices as readonly string[]).includes(value) ? (value as T) : null;
}

/** Presets listed once each, comma-separated, at most two (three scenarios side by side). */
function parseCompare(value: string): PresetId[] | null {
  // Every id named, none empty: `cmp=,,,` is a tampered link, not an empty comparison.
  const ids = value.split(',');
  if (ids.some((x) => x === '')) return null;
  const presets = ids.map((x) => oneOf(PRESET_IDS, x));
  if (presets.includes(null) || ids.length > 2 || new Set(ids).size !== ids.length) return null;
  return presets as PresetId[];
}

/** Sites hidden from the chart: link ids, each once, at most MAX_HIDDEN_SITES. */
function parseHidden(value: string): string[] | null {
  const ids = value.split(',');
  const ok =
    ids.length <= MAX_HIDDEN_SITES && ids.every(isLinkId) && new Set(ids).size === ids.length;
  return ok ? ids : null;
}

/** Horizon from-to: two years of [YEAR_MIN, YEAR_MAX], the first before the second. */
function parseYears(value: string): [number, number] | null {
  const m = /^(\d{4})-(\d{4})$/.exec(value);
  const from = m ? parseYear(m[1]) : null;
  const to = m ? parseYear(m[2]) : null;
  return from !== null && to !== null && from < to ? [from, to] : null;
}

/**
 * The settings a link may carry besides the levers: each reads its parameter into the state and
 * says whether it could (false: the parameter is named in `rejected`).
 */
const SETTINGS_IN: Record<string, (value: string, s: AppState) => boolean> = {
  v: () => true,
  lang: (v, s) => set(oneOf(['fr', 'en'] as const, v), (x) => (s.lang = x)),
  ml: (v, s) => set(oneOf(['region', 'departement'] as const, v), (x) => (s.mapLevel = x)),
  mm: (v, s) => set(oneOf(['coverage', 'gap'] as const, v), (x) => (s.mapMeasure = x)),
  mc: (v, s) => set(oneOf(['named', 'natural'] as const, v), (x) => (s.mapClasses = x)),
  p: (v, s) => set(oneOf(PRESET_IDS, v), (x) => (s.preset = x)),
  r: (v, s) => set(INSEE_REGIONS.has(v) ? v : null, (x) => (s.region = x)),
  y: (v, s) => set(parseYears(v), (x) => (s.years = x)),
  t: (v, s) => set(parseYear(v), (x) => (s.year = x)),
  cb: (v, s) => set(parseYear(v), (x) => (s.closeBy = x)),
  cf: (v, s) => set(parseYear(v), (x) => (s.closeFrom = x)),
  hs: (v, s) => set(parseHidden(v), (x) => (s.hiddenSites = x)),
  cmp: (v, s) => set(parseCompare(v), (x) => (s.compare = x)),
  sel: (v, s) => set(parseSelection(v), (x) => (s.mapSelection = x))
};

function set<T>(value: T | null, apply: (value: T) => void): boolean {
  if (value === null) return false;
  apply(value);
  return true;
}

/** Reads one added programme (`ap.<n>=…`, `added.ts`); false if it cannot, or one too many. */
function readAdded(suffix: string | undefined, raw: string, s: AppState): boolean {
  const n = parseAddedNumber(suffix);
  if (n === null || s.addedProgrammes.length >= MAX_ADDED) return false;
  const entry = decodeAddedProgramme(n, raw);
  if (!entry) return false;
  s.addedProgrammes.push(entry);
  return true;
}

/** Reads one added site (`as.<n>=…`, `added.ts`); false if it cannot, or one too many. */
function readAddedSite(suffix: string | undefined, raw: string, s: AppState): boolean {
  const n = parseAddedNumber(suffix);
  if (n === null || s.addedSites.length >= MAX_ADDED_SITES) return false;
  const entry = decodeAddedSite(n, raw);
  if (!entry) return false;
  s.addedSites.push(entry);
  return true;
}

/** Reads one lever parameter (`cs=1.2`, `sd.<id>=2`) into the state; false if it cannot. */
function readLever(head: LeverKey, id: string | undefined, raw: string, s: AppState): boolean {
  const value = parseLever(head, raw);
  if (value === null) return false;
  const row: LeverRow = LEVERS[head];
  if (row.scope === 'all') {
    // As links have always been read: a suffix on a territory-wide key is ignored (`cs.x=1.2`).
    (s.levers as unknown as Record<string, unknown>)[row.field] = value;
    return true;
  }
  if (!isLinkId(id)) return false;
  entryOf(s.levers, head as EntityLeverKey, id)[row.field] = value as number;
  return true;
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
  const seen = new Set<string>();

  for (const [key, value] of migrated.params) {
    const [head, id] = key.split(/\.(.*)/s);
    // A parameter given twice keeps its first value; the others are named.
    const first = !seen.has(key);
    seen.add(key);
    const read = !first
      ? false
      : head === ADDED_KEY
        ? readAdded(id, value, state)
        : head === ADDED_SITE_KEY
          ? readAddedSite(id, value, state)
          : isLeverKey(head)
            ? readLever(head, id, value, state)
            : Object.hasOwn(SETTINGS_IN, head) && SETTINGS_IN[head](value, state);
    if (!read) rejected.push(`${key}=${value}`);
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
  state.addedProgrammes.sort((a, b) => a.n - b.n);
  state.addedSites.sort((a, b) => a.n - b.n);
  // Levers past MAX_QUERY would make a link the server refuses: left out, and named.
  const fit = fitToLink(state);
  return { state: fit.state, rejected: [...rejected, ...fit.rejected] };
}

/**
 * Where an added site stands, read from the dataset's references: its département's région
 * (`departements.region`, "59:32") and centre (`departementCentre`), the template sites' mixes.
 */
export function placeOf(
  refs: References,
  mixes?: (siteId: string) => string | undefined
): AddedSitePlace {
  const pairs = [...(refs.get('departements.region') ?? [])];
  return {
    regionOf: (dep) => pairs.find((x) => x.startsWith(`${dep}:`))?.slice(dep.length + 1),
    centreOf: departementCentre,
    mixOf: mixes
  };
}

/**
 * Drops levers about sites or programmes that the dataset does not have (a tampered or stale
 * link), naming each parameter dropped (`sd.<id>=2`). With `refs` (the dataset's sites, régions
 * and occupations, `referencesOf`), an added programme aimed at a site or occupation the dataset
 * lacks is dropped too, and named (`ap.1=…`); the programmes added stay known to the levers.
 */
export function restrictToDataset(
  state: AppState,
  siteIds: ReadonlySet<string>,
  programmeIds: ReadonlySet<string>,
  refs?: References,
  mixes?: (siteId: string) => string | undefined
): Decoded {
  const next = structuredClone(state);
  const rejected: string[] = [];
  if (refs) {
    // Sites first: an added programme may train for an added site.
    const sites = restrictAddedSites(next.addedSites, placeOf(refs, mixes), refs);
    next.addedSites = sites.kept;
    rejected.push(...sites.rejected);
    const siteRefs = new Map(refs);
    siteRefs.set(
      'sites.id',
      new Set([...(refs.get('sites.id') ?? siteIds), ...sites.kept.map((x) => addedSiteId(x.n))])
    );
    const added = restrictAdded(next.addedProgrammes, siteRefs);
    next.addedProgrammes = added.kept;
    rejected.push(...added.rejected);
  }
  const sitesKnown = new Set([...siteIds, ...next.addedSites.map((x) => addedSiteId(x.n))]);
  const programmesKnown = new Set([
    ...programmeIds,
    ...next.addedProgrammes.map((p) => addedProgrammeId(p.n))
  ]);
  const known = { sites: sitesKnown, programmes: programmesKnown };
  for (const scope of ['sites', 'programmes'] as const) {
    for (const id of Object.keys(next.levers[scope])) {
      if (known[scope].has(id)) continue;
      const entry = next.levers[scope][id] as Record<string, number | undefined>;
      for (const head of ENTITY_LEVER_KEYS.filter((k) => LEVERS[k].scope === scope)) {
        const value = entry[LEVERS[head].field];
        if (value !== undefined) rejected.push(`${head}.${id}=${leverText(head, value)}`);
      }
      delete next.levers[scope][id];
    }
  }
  const unknown = next.hiddenSites.filter((id) => !sitesKnown.has(id));
  if (unknown.length) {
    rejected.push(`hs=${unknown.join(',')}`);
    next.hiddenSites = next.hiddenSites.filter((id) => sitesKnown.has(id));
  }
  const sel = next.mapSelection;
  if (sel?.kind === 'site' && !sitesKnown.has(sel.id)) {
    rejected.push(`sel=site:${sel.id}`);
    next.mapSelection = null;
  }
  return { state: next, rejected };
}
