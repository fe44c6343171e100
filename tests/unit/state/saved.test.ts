import { describe, expect, it } from 'vitest';
import {
  CORRUPT_KEY,
  STORAGE_KEY,
  deleteScenario,
  exportScenario,
  importScenario,
  describeSaved,
  freeName,
  loadSaved,
  browserStore,
  renameScenario,
  SavedError,
  saveScenario,
  type KeyValueStore
} from '../../../src/lib/state/saved.ts';
import { MESSAGES } from '../../../src/lib/i18n/messages.ts';

const FR = MESSAGES.fr.workbench.savedProblems;
const say = (problems: Parameters<typeof describeSaved>[0][]) =>
  problems.map((p) => describeSaved(p, FR));
import { defaultState } from '../../../src/lib/state/app-state.ts';
import { decodeState } from '../../../src/lib/state/url.ts';

function memoryStore(
  init: Record<string, string> = {}
): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(init));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const stress = () => {
  const s = defaultState();
  s.preset = 'stress';
  s.levers.sites['aesc-douai'] = { delayYears: 2 };
  return s;
};

describe('saved scenarios', () => {
  it('saves, lists, renames and deletes by name', () => {
    const store = memoryStore();
    saveScenario(store, '  Retard AESC ', stress(), new Date('2026-11-23T10:00:00Z'));
    saveScenario(store, 'Base', defaultState(), new Date('2026-11-23T10:01:00Z'));
    expect(loadSaved(store).scenarios).toEqual([
      {
        name: 'Retard AESC',
        savedAt: '2026-11-23T10:00:00.000Z',
        query: 'v=1&p=stress&sd.aesc-douai=2'
      },
      { name: 'Base', savedAt: '2026-11-23T10:01:00.000Z', query: '' }
    ]);
    renameScenario(store, 'Base', 'Référence');
    expect(() => renameScenario(store, 'Référence', 'Retard AESC')).toThrowError(SavedError);
    deleteScenario(store, 'Retard AESC');
    expect(loadSaved(store).scenarios.map((s) => s.name)).toEqual(['Référence']);
  });

  it('overwrites a scenario saved again under the same name', () => {
    const store = memoryStore();
    saveScenario(store, 'A', defaultState());
    saveScenario(store, 'A', stress());
    const { scenarios } = loadSaved(store);
    expect(scenarios).toHaveLength(1);
    expect(decodeState(scenarios[0].query).state.preset).toBe('stress');
  });

  it('keeps the model’s assumptions of a saved scenario (programmes stopped, hiring lead)', () => {
    const store = memoryStore();
    const s = stress();
    s.levers.afterFundedEnd = 'stop';
    s.levers.hiringLeadYears = 1.2;
    const entry = saveScenario(store, 'Sans reconduction', s);
    expect(entry.query).toBe('v=1&p=stress&fe=stop&hl=1.2&sd.aesc-douai=2');
    expect(decodeState(loadSaved(store).scenarios[0].query).state).toEqual(s);
    expect(importScenario(exportScenario(entry), 'x.json')).toEqual(entry);
  });

  it('keeps a corrupt store aside and reports it, never dropping it silently', () => {
    const store = memoryStore({ [STORAGE_KEY]: '{not json' });
    const r = loadSaved(store);
    expect(r.scenarios).toEqual([]);
    expect(say(r.problems)).toEqual([
      'Les scénarios enregistrés dans ce navigateur sont illisibles (ce n’est pas du JSON)\u00a0: ils sont gardés de côté sous «\u00a0releve.scenarios.corrupt\u00a0», pas effacés.'
    ]);
    expect(JSON.parse(store.data.get(CORRUPT_KEY)!)[0].raw).toBe('{not json');
  });

  it('sets aside one incomplete entry and keeps the good ones', () => {
    const good = { name: 'ok', savedAt: '2026-01-01T00:00:00.000Z', query: 'p=stress' };
    const store = memoryStore({ [STORAGE_KEY]: JSON.stringify([good, { name: 42 }]) });
    const r = loadSaved(store);
    expect(r.scenarios).toEqual([good]);
    expect(say(r.problems)).toEqual([
      'Le scénario enregistré n°\u00a02 est illisible (champ «\u00a0name\u00a0»\u00a0: 42)\u00a0: il est gardé de côté, les autres sont là.'
    ]);
    expect(JSON.parse(store.data.get(CORRUPT_KEY)!)[0].raw).toEqual({ name: 42 });
    expect(JSON.parse(store.data.get(STORAGE_KEY)!)).toEqual([good]);
  });

  it('exports and imports a scenario file, and names what is wrong with a bad one', () => {
    const store = memoryStore();
    const entry = saveScenario(store, 'Stress', stress(), new Date('2026-11-23T10:00:00Z'));
    const file = exportScenario(entry);
    expect(importScenario(file, 'stress.json')).toEqual(entry);
    const importError = (text: string) => {
      try {
        importScenario(text, 'x.json');
      } catch (e) {
        return describeSaved((e as SavedError).problem, FR);
      }
      return 'no error';
    };
    expect(importError('nope')).toBe('x.json\u00a0: ce n’est pas un fichier JSON.');
    expect(importError('{"format":"other"}')).toBe(
      'x.json\u00a0: le champ «\u00a0format\u00a0» devrait être "releve-scenario", trouvé\u00a0: "other".'
    );
    const tampered = JSON.stringify({ ...JSON.parse(file), query: 'p=doom' });
    expect(importError(tampered)).toBe(
      'x.json\u00a0: le champ «\u00a0query\u00a0» devrait être query, trouvé\u00a0: "p=doom".'
    );
  });

  it('lists the good entries beside one with a bad date, and says which (« Invalid time value » hid them all)', () => {
    const good = { name: 'ok', savedAt: '2026-01-01T00:00:00Z', query: 'p=stress' };
    const bad = { name: 'cassé', savedAt: 'garbage', query: 'p=stress' };
    const store = memoryStore({
      [STORAGE_KEY]: JSON.stringify([good, bad, { ...good, name: 'b' }])
    });
    const r = loadSaved(store);
    expect(r.scenarios.map((s) => s.name)).toEqual(['ok', 'b']);
    expect(r.scenarios[0].savedAt).toBe('2026-01-01T00:00:00Z');
    expect(say(r.problems)).toEqual([
      'Le scénario enregistré n°\u00a02 est illisible (champ «\u00a0savedAt\u00a0»\u00a0: "garbage")\u00a0: il est gardé de côté, les autres sont là.'
    ]);
    expect(JSON.parse(store.data.get(CORRUPT_KEY)!)[0].raw).toEqual(bad);
  });

  it('gives the second of two scenarios of one name « (2) », so the list never hides', () => {
    const e = { name: 'Même', savedAt: '2026-01-01T00:00:00Z', query: 'p=stress' };
    const store = memoryStore({ [STORAGE_KEY]: JSON.stringify([e, e, e]) });
    const r = loadSaved(store);
    expect(r.scenarios.map((s) => s.name)).toEqual(['Même', 'Même (2)', 'Même (3)']);
    expect(say(r.problems)[0]).toBe(
      'Deux scénarios s’appelaient «\u00a0Même\u00a0»\u00a0: le second s’appelle désormais «\u00a0Même (2)\u00a0».'
    );
    expect(loadSaved(store).problems).toEqual([]);
  });

  it('gives a free name with « (2) », « (3) »… when one is taken', () => {
    expect(freeName(new Set(), 'A')).toBe('A');
    expect(freeName(new Set(['A', 'A (2)']), 'A')).toBe('A (3)');
  });

  it('refuses names with invisible characters or over 80 characters', () => {
    const store = memoryStore();
    for (const name of ['a\u0000b', '\u202egnp.exe', 'x'.repeat(81), '   ']) {
      expect(() => saveScenario(store, name, stress()), JSON.stringify(name)).toThrow(SavedError);
    }
    expect(store.data.has(STORAGE_KEY)).toBe(false);
  });

  it('says the browser storage is full, and keeps what was saved', () => {
    const store = memoryStore();
    saveScenario(store, 'Premier', stress());
    const before = store.data.get(STORAGE_KEY);
    const full: KeyValueStore = {
      getItem: (k) => store.getItem(k),
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      }
    };
    let problem: unknown = null;
    try {
      saveScenario(full, 'Second', stress());
    } catch (e) {
      problem = (e as SavedError).problem;
    }
    expect(problem).toEqual({ kind: 'full' });
    expect(describeSaved({ kind: 'full' }, FR)).toMatch(/^Espace de stockage du navigateur plein/);
    expect(store.data.get(STORAGE_KEY)).toBe(before);
    // Loading a store it cannot repair (full) still lists what it can read.
    store.data.set(STORAGE_KEY, JSON.stringify([JSON.parse(before!)[0], { name: 1 }]));
    expect(loadSaved(full).scenarios.map((s) => s.name)).toEqual(['Premier']);
  });

  it('says when the browser refuses local storage (SecurityError), not that it is full', () => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    // Reading refused: nothing listed, one notice, no exception.
    expect(loadSaved({ getItem: denied, setItem: denied })).toEqual({
      scenarios: [],
      problems: [{ kind: 'blocked' }]
    });
    expect(loadSaved(null).problems).toEqual([{ kind: 'blocked' }]);
    // Reading allowed, writing refused: the save says "blocked".
    const store = memoryStore();
    let problem: unknown = null;
    try {
      saveScenario({ getItem: (k) => store.getItem(k), setItem: denied }, 'Premier', stress());
    } catch (e) {
      problem = (e as SavedError).problem;
    }
    expect(problem).toEqual({ kind: 'blocked' });
    expect(say([{ kind: 'blocked' }])[0]).toMatch(
      /^Ce navigateur n’autorise pas ce site à enregistrer des données/
    );
    // No window (Node): no store, rather than a ReferenceError.
    expect(browserStore()).toBe(null);
  });
});
