/**
 * Scenarios saved by name in the browser (localStorage), exported and imported as JSON.
 * A saved scenario is stored as its URL query (which carries its format version), so it goes
 * through the same migrations as an old link and survives app upgrades. An entry that cannot be
 * read is never dropped: it is moved aside under CORRUPT_KEY and reported.
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

export interface LoadResult {
  scenarios: SavedScenario[];
  /** Human-readable problems: entries set aside. */
  problems: string[];
}

function isSaved(x: unknown): x is SavedScenario {
  if (!x || typeof x !== 'object') return false;
  const o = x as Record<string, unknown>;
  return (
    typeof o.name === 'string' &&
    o.name.trim() !== '' &&
    typeof o.savedAt === 'string' &&
    typeof o.query === 'string'
  );
}

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

export function loadSaved(store: KeyValueStore): LoadResult {
  const text = store.getItem(STORAGE_KEY);
  if (text === null) return { scenarios: [], problems: [] };
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    setAside(store, text, 'not JSON');
    store.setItem(STORAGE_KEY, '[]');
    return {
      scenarios: [],
      problems: [
        `the saved scenarios could not be read (not JSON); kept aside under ${CORRUPT_KEY}`
      ]
    };
  }
  if (!Array.isArray(list)) {
    setAside(store, list, 'not a list');
    store.setItem(STORAGE_KEY, '[]');
    return {
      scenarios: [],
      problems: [`the saved scenarios were not a list; kept aside under ${CORRUPT_KEY}`]
    };
  }
  const scenarios: SavedScenario[] = [];
  const problems: string[] = [];
  list.forEach((entry, i) => {
    if (!isSaved(entry)) {
      setAside(store, entry, 'missing name, savedAt or query');
      problems.push(`saved scenario #${i + 1} is incomplete; kept aside under ${CORRUPT_KEY}`);
      return;
    }
    const { rejected } = decodeState(entry.query);
    if (rejected.length) problems.push(`"${entry.name}": ignored ${rejected.join(', ')}`);
    scenarios.push(entry);
  });
  if (scenarios.length !== list.length) store.setItem(STORAGE_KEY, JSON.stringify(scenarios));
  return { scenarios, problems };
}

function write(store: KeyValueStore, scenarios: SavedScenario[]): void {
  store.setItem(STORAGE_KEY, JSON.stringify(scenarios));
}

/** Saves (or overwrites) a scenario under `name`. */
export function saveScenario(
  store: KeyValueStore,
  name: string,
  state: AppState,
  now = new Date()
) {
  const clean = name.trim();
  if (!clean) throw new Error('A scenario needs a name.');
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
  if (!clean) throw new Error('A scenario needs a name.');
  const { scenarios } = loadSaved(store);
  if (scenarios.some((s) => s.name === clean))
    throw new Error(`A scenario named "${clean}" already exists.`);
  const entry = scenarios.find((s) => s.name === from);
  if (!entry) throw new Error(`No saved scenario named "${from}".`);
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
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${fileName}: not a JSON file.`);
  }
  const o = (data ?? {}) as Record<string, unknown>;
  if (o.format !== FILE_FORMAT) {
    throw new Error(
      `${fileName}: field "format" should be "${FILE_FORMAT}", found ${JSON.stringify(o.format)}.`
    );
  }
  if (o.version !== 1) {
    throw new Error(
      `${fileName}: field "version" should be 1, found ${JSON.stringify(o.version)}.`
    );
  }
  if (!isSaved(o))
    throw new Error(`${fileName}: fields "name", "savedAt" and "query" are required.`);
  const { rejected } = decodeState(o.query);
  if (rejected.length) {
    throw new Error(
      `${fileName}: field "query" has parameters Relève cannot use: ${rejected.join(', ')}.`
    );
  }
  return { name: o.name.trim(), savedAt: o.savedAt, query: o.query };
}
