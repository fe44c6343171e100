/**
 * Corrupted lists of saved scenarios (src/lib/state/saved.ts) in a fake Storage: a valid list
 * of 5 entries with one or more entries mutated (wrong types, missing fields, bad dates, huge
 * strings, invisible characters, duplicates), or the whole text broken (not JSON, wrong
 * top-level type); some stores are full (setItem throws QuotaExceededError). For each case:
 * loading never throws; every valid entry is listed (a duplicate name gets « (2) »); every
 * entry not listed is kept, untouched, under the quarantine key (or the store is left as it
 * was); every problem is said in both languages, with no placeholder left; a second load lists
 * the same and reports no entry again; saving into a full store says so and changes nothing.
 * Else "crash"; over 1 s is "hang". A case with a notice is "clear", one without "accepted".
 */
import { mulberry32 } from '../../src/lib/forecast/random.ts';
import { MESSAGES } from '../../src/lib/i18n/messages.ts';
import { PRESET_IDS, defaultState } from '../../src/lib/state/app-state.ts';
import {
  CORRUPT_KEY,
  STORAGE_KEY,
  SavedError,
  describeSaved,
  loadSaved,
  saveScenario,
  type KeyValueStore,
  type SavedScenario
} from '../../src/lib/state/saved.ts';
import { encodeState } from '../../src/lib/state/url.ts';
import { caseSeed, record, type FuzzReport } from './report.ts';

const LIMIT_MS = 1000;

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

class FakeStorage implements KeyValueStore {
  data = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(key, String(value));
  }
}

function validList(rand: Rand): SavedScenario[] {
  return Array.from({ length: 5 }, (_, i) => {
    const s = defaultState();
    s.preset = pick(rand, PRESET_IDS);
    if (rand() < 0.5) s.levers.sites['aesc-douai'] = { delayYears: int(rand, -5, 15) };
    const date = new Date(Date.UTC(2026, int(rand, 0, 11), int(rand, 1, 28), int(rand, 0, 23)));
    return { name: `Scénario ${i + 1}`, savedAt: date.toISOString(), query: encodeState(s) };
  });
}

const JUNK: unknown[] = [null, 42, 'texte', true, [], [1, 2], {}, { raw: 1 }];
const BAD_DATES: unknown[] = ['garbage', '', 123, null, '2026-13-45', 'NaN', {}, '   '];

/** Entry mutations: each returns the new entry, or a marker to drop the field. */
const ENTRY: Record<string, (rand: Rand, e: SavedScenario, list: SavedScenario[]) => unknown> = {
  'wrong type': (rand) => pick(rand, JUNK),
  'missing field': (rand, e) => {
    const o: Record<string, unknown> = { ...e };
    delete o[pick(rand, ['name', 'savedAt', 'query'])];
    return o;
  },
  'bad date': (rand, e) => ({ ...e, savedAt: pick(rand, BAD_DATES) }),
  'bad field type': (rand, e) => ({
    ...e,
    [pick(rand, ['name', 'query'])]: pick(rand, [42, null, {}, [], true])
  }),
  'huge string': (rand, e) => ({
    ...e,
    [pick(rand, ['name', 'query', 'savedAt'])]: 'x'.repeat(int(rand, 1000, 200_000))
  }),
  'invisible name': (rand, e) => ({
    ...e,
    name: pick(rand, ['\u202egnp', 'a\u0000b', '\u200b', '   ', '\n'])
  }),
  duplicates: (rand, e, list) =>
    rand() < 0.5 ? { ...pick(rand, list) } : { ...e, name: pick(rand, list).name },
  'bad query': (rand, e) => ({
    ...e,
    query: pick(rand, ['r=99', 'p=xyz', 'sd.constructor=3', '%', 'v=7', 'v=1&v=99'])
  })
};
/** Whole-text mutations. */
const TEXT: Record<string, (rand: Rand, text: string) => string> = {
  'not JSON': (rand, text) =>
    pick(rand, [text.slice(0, int(rand, 0, text.length - 1)), `${text}}`, 'undefined', '{']),
  'wrong top-level type': (rand) =>
    pick(rand, ['{}', '"x"', '42', 'null', 'true', '{"0":{"name":"a"}}'])
};
const CATEGORIES = [...Object.keys(ENTRY), ...Object.keys(TEXT)];

const say = (p: Parameters<typeof describeSaved>[0]) =>
  (['fr', 'en'] as const).map((l) => describeSaved(p, MESSAGES[l].workbench.savedProblems));

/** Why a load broke its promises, or null; `n` = problems said. */
function check(
  store: FakeStorage,
  before: Map<string, string>,
  valid: SavedScenario[],
  mutated: unknown[]
): { problem: string | null; said: number } {
  const r = loadSaved(store);
  for (const p of r.problems)
    for (const text of say(p))
      if (!text || /\{\w+\}/.test(text)) return { problem: `problem unsaid: ${text}`, said: 0 };
  const listed = (e: SavedScenario) =>
    r.scenarios.some(
      (s) =>
        s.query === e.query &&
        s.savedAt === new Date(e.savedAt).toISOString() &&
        (s.name === e.name || s.name.startsWith(`${e.name} (`))
    );
  for (const e of valid) if (!listed(e)) return { problem: `lost valid entry ${e.name}`, said: 0 };
  if (new Set(r.scenarios.map((s) => s.name)).size !== r.scenarios.length)
    return { problem: 'two listed scenarios share a name', said: 0 };
  const untouched = [...before].every(([k, v]) => store.data.get(k) === v);
  if (!untouched) {
    // Rewritten: whatever is not listed must be aside, as it was.
    const aside = JSON.parse(store.data.get(CORRUPT_KEY) ?? '[]') as { raw: unknown }[];
    const raws = aside.map((a) => JSON.stringify(a.raw));
    for (const m of mutated) {
      const kept = raws.includes(JSON.stringify(m));
      if (!kept && !(m && typeof m === 'object' && listed(m as SavedScenario)))
        return { problem: `entry neither listed nor kept aside: ${JSON.stringify(m)}`, said: 0 };
    }
    const again = loadSaved(store);
    if (JSON.stringify(again.scenarios) !== JSON.stringify(r.scenarios))
      return { problem: 'a second load lists something else', said: 0 };
    if (again.problems.some((p) => p.kind === 'entry' || p.kind === 'unreadable'))
      return { problem: 'a second load reports the same entries again', said: 0 };
  }
  return { problem: null, said: r.problems.length };
}

export async function fuzz(seed: number, count: number): Promise<FuzzReport> {
  const report: FuzzReport = { byCategory: {}, failures: [] };
  for (let i = 0; i < count; i++) {
    const cs = caseSeed(seed, i);
    const rand = mulberry32(cs);
    const category = pick(rand, CATEGORIES);
    const list = validList(rand);
    const store = new FakeStorage();
    let valid: SavedScenario[];
    let mutated: unknown[];
    let text: string;
    if (category in TEXT) {
      valid = [];
      text = TEXT[category](rand, JSON.stringify(list));
      // Kept aside as it was read: the value when it is JSON, else the text.
      try {
        mutated = [JSON.parse(text)];
      } catch {
        mutated = [text];
      }
    } else {
      const entries: unknown[] = [...list];
      const idx = new Set(Array.from({ length: int(rand, 1, 3) }, () => int(rand, 0, 4)));
      for (const j of idx) entries[j] = ENTRY[category](rand, list[j], list);
      valid = list.filter((_, j) => !idx.has(j));
      mutated = [...idx].map((j) => entries[j]);
      text = JSON.stringify(entries);
    }
    store.data.set(STORAGE_KEY, text);
    store.full = rand() < 0.2;
    const before = new Map(store.data);
    const input = text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text;
    const started = performance.now();
    let problem: string | null;
    let said = 0;
    try {
      ({ problem, said } = check(store, before, valid, mutated));
      if (!problem && store.full) {
        // Saving into a full store: said, and nothing changes.
        const snapshot = new Map(store.data);
        try {
          saveScenario(store, 'Nouveau', defaultState());
          problem = 'saved into a full store';
        } catch (e) {
          if (!(e instanceof SavedError) || e.problem.kind !== 'full')
            problem = `full store: threw ${(e as Error).message}`;
        }
        if ([...snapshot].some(([k, v]) => store.data.get(k) !== v))
          problem ??= 'a full store changed';
        said++;
      }
    } catch (e) {
      problem = `threw ${(e as Error).message}`;
    }
    const ms = performance.now() - started;
    const fail = (outcome: 'crash' | 'hang', why: string) => {
      record(report, category, outcome);
      report.failures.push({ caseSeed: cs, category, outcome, input, problem: why });
    };
    if (problem) fail('crash', problem);
    else if (ms > LIMIT_MS) fail('hang', `${Math.round(ms)} ms`);
    else record(report, category, said ? 'clear' : 'accepted');
  }
  return report;
}
