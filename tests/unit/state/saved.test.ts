import { describe, expect, it } from 'vitest';
import {
  CORRUPT_KEY,
  STORAGE_KEY,
  deleteScenario,
  exportScenario,
  importScenario,
  loadSaved,
  renameScenario,
  saveScenario,
  type KeyValueStore
} from '../../../src/lib/state/saved.ts';
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
    expect(() => renameScenario(store, 'Référence', 'Retard AESC')).toThrowError(/already exists/);
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
    expect(r.problems[0]).toMatch(
      /could not be read \(not JSON\); kept aside under releve.scenarios.corrupt/
    );
    expect(JSON.parse(store.data.get(CORRUPT_KEY)!)[0].raw).toBe('{not json');
  });

  it('sets aside one incomplete entry and keeps the good ones', () => {
    const good = { name: 'ok', savedAt: '2026-01-01T00:00:00Z', query: 'p=stress' };
    const store = memoryStore({ [STORAGE_KEY]: JSON.stringify([good, { name: 42 }]) });
    const r = loadSaved(store);
    expect(r.scenarios).toEqual([good]);
    expect(r.problems).toEqual([
      'saved scenario #2 is incomplete; kept aside under releve.scenarios.corrupt'
    ]);
    expect(JSON.parse(store.data.get(CORRUPT_KEY)!)[0].raw).toEqual({ name: 42 });
    expect(JSON.parse(store.data.get(STORAGE_KEY)!)).toEqual([good]);
  });

  it('exports and imports a scenario file, and names what is wrong with a bad one', () => {
    const store = memoryStore();
    const entry = saveScenario(store, 'Stress', stress(), new Date('2026-11-23T10:00:00Z'));
    const file = exportScenario(entry);
    expect(importScenario(file, 'stress.json')).toEqual(entry);
    expect(() => importScenario('nope', 'x.json')).toThrowError('x.json: not a JSON file.');
    expect(() => importScenario('{"format":"other"}', 'x.json')).toThrowError(
      'x.json: field "format" should be "releve-scenario", found "other".'
    );
    const tampered = JSON.stringify({ ...JSON.parse(file), query: 'p=doom' });
    expect(() => importScenario(tampered, 'x.json')).toThrowError(
      'x.json: field "query" has parameters Relève cannot use: p=doom.'
    );
  });
});
