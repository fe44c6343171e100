/**
 * Scenarios saved by name in the browser (localStorage), exported and imported as JSON.
 * A saved scenario is stored as its URL query (which carries its format version), so it goes
 * through the same migrations as an old link and survives app upgrades. Every stored entry is
 * parsed and bounded here (`parseSaved`); one that cannot be read is never dropped: it is moved
 * aside under CORRUPT_KEY and reported, in the page's language (`describeSaved`).
 */
import { decodeState, encodeState } from './url.ts';
import type { AppState } from './app-state.ts';

export const STORAGE_KEY = 'releve.scenarios.v1';
export const CORRUPT_KEY = 'releve.scenarios.corrupt';
export const FILE_FORMAT = 'releve-scenario';

export interface SavedScenario {
  name: string;
  /** ISO timestamp. */
  savedAt: string;
  /** The scenario as a URL query (versioned). */
  query: string;
}

/** The subset of the Storage API used here (localStorage in the app, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * What went wrong, as data: the page says it in its language (`describeSaved`). `index` counts
 * entries from 1; `field` and `found` name the bad value.
 */
export type SavedProblem =
  | { kind: 'unreadable'; why: 'json' | 'list' }
  | { kind: 'entry'; index: number; field: string; found: string }
  | { kind: 'duplicate'; name: string; renamed: string }
  | { kind: 'ignored'; name: string; params: string[] }
  | { kind: 'full' }
  | { kind: 'blocked' }
  | { kind: 'noName' }
  | { kind: 'exists'; name: string }
  | { kind: 'missing'; name: string }
  | { kind: 'file'; file: string; field: string; expected: string; found: string };

/** An error of a saved-scenario action, carrying its problem for the page to say. */
export class SavedError extends Error {
  constructor(readonly problem: SavedProblem) {
    super(JSON.stringify(problem));
    this.name = 'SavedError';
  }
}

export interface LoadResult {
  scenarios: SavedScenario[];
  /** Entries set aside or repaired, each to be said to the user. */
  problems: SavedProblem[];
}

/** Longest name and query kept; the form allows 80 characters, links far fewer than 8 000. */
export const MAX_NAME = 80;
export const MAX_QUERY = 8000;
/** Control, bidirectional-override and other invisible format characters, refused in names. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

const shown = (v: unknown): string => {
  const text = typeof v === 'string' ? JSON.stringify(v) : String(JSON.stringify(v) ?? v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** One stored entry, parsed and bounded: the entry (its date as ISO), or what is wrong. */
export function parseSaved(x: unknown): SavedScenario | { field: string; found: string } {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return { field: 'entry', found: shown(x) };
  const o = x as Record<string, unknown>;
  const name = typeof o.name === 'string' ? o.name.trim() : null;
  if (name === null || name === '' || name.length > MAX_NAME || INVISIBLE.test(name))
    return { field: 'name', found: shown(o.name) };
  const time = typeof o.savedAt === 'string' ? Date.parse(o.savedAt) : NaN;
  if (!Number.isFinite(time)) return { field: 'savedAt', found: shown(o.savedAt) };
  if (typeof o.query !== 'string' || o.query.length > MAX_QUERY)
    return { field: 'query', found: shown(o.query) };
  // An ISO date is kept as written; any other readable date is rewritten as one.
  const savedAt = /^\d{4}-\d{2}-\d{2}/.test(o.savedAt as string)
    ? (o.savedAt as string)
    : new Date(time).toISOString();
  return { name, savedAt, query: o.query };
}

const isEntry = (r: ReturnType<typeof parseSaved>): r is SavedScenario => 'query' in r;

function setAside(store: KeyValueStore, raw: unknown, reason: string): void {
  let aside: unknown[] = [];
  try {
    const prev = JSON.parse(store.getItem(CORRUPT_KEY) ?? '[]');
    if (Array.isArray(prev)) aside = prev;
  } catch {
    // The corrupt store is itself corrupt: start it again but keep the old text inside.
    aside = [{ raw: store.getItem(CORRUPT_KEY), reason: 'unreadable corrupt store' }];
  }
  aside.push({ raw, reason, at: new Date().toISOString() });
  store.setItem(CORRUPT_KEY, JSON.stringify(aside));
}

/** Writes, or throws SavedError 'full' when the browser's storage is full. */
function put(store: KeyValueStore, key: string, value: string): void {
  try {
    store.setItem(key, value);
  } catch (e) {
    throw new SavedError({ kind: isQuotaError(e) ? 'full' : 'blocked' });
  }
}

/** The browser's "storage full" (its name varies: QuotaExceededError, Firefox's old code 1014). */
function isQuotaError(e: unknown): boolean {
  const { name, code } = (e ?? {}) as { name?: string; code?: number };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

/**
 * The browser's localStorage, or null where it refuses it: with site data blocked, Chromium and
 * Firefox throw a SecurityError on the mere access to `localStorage`; some private modes on the
 * first read. The page then says that scenarios cannot be saved here, and still works.
 */
export function browserStore(): KeyValueStore | null {
  try {
    const store = globalThis.localStorage;
    if (!store) return null;
    store.getItem(STORAGE_KEY);
    return store;
  } catch {
    return null;
  }
}

/** `name`, or `name (2)`, `name (3)`… if it is taken. */
export function freeName(taken: ReadonlySet<string>, name: string): string {
  let free = name;
  for (let k = 2; taken.has(free); k++) free = `${name} (${k})`;
  return free;
}

/**
 * The saved scenarios. Each entry is parsed on its own: a bad one is set aside (under
 * CORRUPT_KEY) and named, the others are kept; two entries of one name get « (2) ». The store
 * is rewritten only once what it loses is safe aside; if the browser's storage is full, it is
 * left as it was.
 */
export function loadSaved(store: KeyValueStore | null): LoadResult {
  if (!store) return { scenarios: [], problems: [{ kind: 'blocked' }] };
  let text: string | null;
  try {
    text = store.getItem(STORAGE_KEY);
  } catch {
    return { scenarios: [], problems: [{ kind: 'blocked' }] };
  }
  if (text === null) return { scenarios: [], problems: [] };
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    list = undefined;
  }
  if (!Array.isArray(list)) {
    const why = list === undefined ? 'json' : 'list';
    try {
      setAside(store, list === undefined ? text : list, why === 'json' ? 'not JSON' : 'not a list');
      store.setItem(STORAGE_KEY, '[]');
    } catch {
      // Storage full: the unreadable text stays where it is, untouched.
    }
    return { scenarios: [], problems: [{ kind: 'unreadable', why }] };
  }
  const scenarios: SavedScenario[] = [];
  const problems: SavedProblem[] = [];
  const aside: { raw: unknown; reason: string }[] = [];
  const names = new Set<string>();
  list.forEach((raw, i) => {
    const parsed = parseSaved(raw);
    if (!isEntry(parsed)) {
      aside.push({ raw, reason: `${parsed.field}: ${parsed.found}` });
      problems.push({ kind: 'entry', index: i + 1, ...parsed });
      return;
    }
    const name = freeName(names, parsed.name);
    if (name !== parsed.name)
      problems.push({ kind: 'duplicate', name: parsed.name, renamed: name });
    names.add(name);
    const { rejected } = decodeState(parsed.query);
    if (rejected.length) problems.push({ kind: 'ignored', name, params: rejected });
    scenarios.push({ ...parsed, name });
  });
  const changed = JSON.stringify(scenarios) !== JSON.stringify(list);
  if (changed) {
    try {
      for (const a of aside) setAside(store, a.raw, a.reason);
      store.setItem(STORAGE_KEY, JSON.stringify(scenarios));
    } catch {
      // Storage full: nothing is rewritten, so nothing is lost; the list is still shown.
    }
  }
  return { scenarios, problems };
}

function write(store: KeyValueStore, scenarios: SavedScenario[]): void {
  put(store, STORAGE_KEY, JSON.stringify(scenarios));
}

/** Saves (or overwrites) a scenario under `name`. */
export function saveScenario(
  store: KeyValueStore,
  name: string,
  state: AppState,
  now = new Date()
) {
  const clean = name.trim();
  if (!clean || clean.length > MAX_NAME || INVISIBLE.test(clean))
    throw new SavedError({ kind: 'noName' });
  const { scenarios } = loadSaved(store);
  const entry: SavedScenario = {
    name: clean,
    savedAt: now.toISOString(),
    query: encodeState(state)
  };
  const i = scenarios.findIndex((s) => s.name === clean);
  if (i >= 0) scenarios[i] = entry;
  else scenarios.push(entry);
  write(store, scenarios);
  return entry;
}

export function renameScenario(store: KeyValueStore, from: string, to: string): void {
  const clean = to.trim();
  if (!clean || clean.length > MAX_NAME || INVISIBLE.test(clean))
    throw new SavedError({ kind: 'noName' });
  const { scenarios } = loadSaved(store);
  if (scenarios.some((s) => s.name === clean))
    throw new SavedError({ kind: 'exists', name: clean });
  const entry = scenarios.find((s) => s.name === from);
  if (!entry) throw new SavedError({ kind: 'missing', name: from });
  entry.name = clean;
  write(store, scenarios);
}

export function deleteScenario(store: KeyValueStore, name: string): void {
  const { scenarios } = loadSaved(store);
  write(
    store,
    scenarios.filter((s) => s.name !== name)
  );
}

/** The JSON file a user downloads: self-describing and versioned. */
export function exportScenario(entry: SavedScenario): string {
  return JSON.stringify({ format: FILE_FORMAT, version: 1, ...entry }, null, 2) + '\n';
}

/**
 * Reads an exported scenario file. Throws an error that says what is wrong with the file; the
 * stored scenarios are untouched until the caller saves the result.
 */
export function importScenario(text: string, fileName = 'scenario.json'): SavedScenario {
  const bad = (field: string, expected: string, found: unknown): SavedError =>
    new SavedError({ kind: 'file', file: fileName, field, expected, found: shown(found) });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw bad('', 'JSON', text.slice(0, 20));
  }
  const o = (data ?? {}) as Record<string, unknown>;
  if (o.format !== FILE_FORMAT) throw bad('format', `"${FILE_FORMAT}"`, o.format);
  if (o.version !== 1) throw bad('version', '1', o.version);
  const parsed = parseSaved(o);
  if (!isEntry(parsed)) throw bad(parsed.field, parsed.field, o[parsed.field]);
  const { rejected } = decodeState(parsed.query);
  if (rejected.length) throw bad('query', 'query', rejected.join(', '));
  return parsed;
}

/** A problem in the page's language. */
export function describeSaved(p: SavedProblem, m: SavedMessages): string {
  const f = (t: string, v: Record<string, string | number>) =>
    t.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ''));
  switch (p.kind) {
    case 'unreadable':
      return f(m.unreadable, { why: p.why === 'json' ? m.notJson : m.notList, key: CORRUPT_KEY });
    case 'entry':
      return f(m.entry, { index: p.index, field: p.field, found: p.found });
    case 'duplicate':
      return f(m.duplicate, { name: p.name, renamed: p.renamed });
    case 'ignored':
      return f(m.ignored, { name: p.name, params: p.params.join(', ') });
    case 'full':
      return m.full;
    case 'blocked':
      return m.blocked;
    case 'noName':
      return f(m.noName, { max: MAX_NAME });
    case 'exists':
      return f(m.exists, { name: p.name });
    case 'missing':
      return f(m.missing, { name: p.name });
    case 'file':
      return p.field === ''
        ? f(m.fileNotJson, { file: p.file })
        : f(m.file, { file: p.file, field: p.field, expected: p.expected, found: p.found });
  }
}

export interface SavedMessages {
  unreadable: string;
  notJson: string;
  notList: string;
  entry: string;
  duplicate: string;
  ignored: string;
  full: string;
  blocked: string;
  noName: string;
  exists: string;
  missing: string;
  file: string;
  fileNotJson: string;
}
