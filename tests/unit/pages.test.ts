/**
 * The page layer's rules (issue 12): pages are thin — every page component and every section
 * component under 400 lines — they render the territory model instead of running the forecast
 * themselves, and their words come from the catalogues, never from an inline language branch.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../src/lib/i18n/messages-pages';

const MAX_LINES = 400;

function svelteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return svelteFiles(path);
    return name.endsWith('.svelte') ? [path] : [];
  });
}

const routes = svelteFiles('src/routes');
const sections = ['brief', 'method', 'workbench', 'overview'].flatMap((d) =>
  svelteFiles(join('src/lib', d))
);
const mapPanels = ['MapControls', 'MapPanel', 'MapTextAlternative', 'DifficultyMap'].map(
  (n) => `src/lib/map/${n}.svelte`
);
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').length;

/** `lang === 'fr' ? 'Contours' : …`: a branch that picks words, not a language code. */
const LANGUAGE_BRANCH = /\blang\s*===\s*['"](?:fr|en)['"]\s*\?\s*(['"`])(?!(?:fr|en)\1)/;
const MODEL_CALL = /\b(?:project|simulate|buildModelInput|restrictToRegion)\s*\(/;

describe('page components', () => {
  it('finds the pages and their sections', () => {
    expect(routes).toContain('src/routes/carte/+page.svelte');
    expect(routes).toContain('src/routes/territoires/[code]/+page.svelte');
    expect(routes).toContain('src/routes/explorateur/UserData.svelte');
    expect(sections).toContain('src/lib/workbench/SiteLevers.svelte');
    expect(sections.length).toBeGreaterThanOrEqual(20);
  });

  it.each([...routes, ...sections, ...mapPanels])('%s is under 400 lines', (file) => {
    expect(lines(file)).toBeLessThan(MAX_LINES);
  });

  it.each(routes)('%s has no inline language branch and runs no model itself', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(LANGUAGE_BRANCH);
    expect(text).not.toMatch(MODEL_CALL);
  });

  it.each([
    'src/routes/+page.svelte',
    'src/routes/carte/+page.svelte',
    'src/routes/territoires/[code]/+page.svelte',
    'src/routes/methodologie/+page.svelte',
    'src/routes/scenarios/+page.svelte'
  ])('%s keeps its document title', (file) => {
    expect(readFileSync(file, 'utf8')).toMatch(/<svelte:head>\s*<title>Relève — \{[^}]+\}/);
  });

  it('tells a language branch from a language switch', () => {
    expect("{lang === 'fr' ? 'Contours de la carte' : 'Map boundaries'}").toMatch(LANGUAGE_BRANCH);
    expect("lang === 'fr' ? ' ; ' : ', '").toMatch(LANGUAGE_BRANCH);
    expect("s.lang = s.lang === 'fr' ? 'en' : 'fr'").not.toMatch(LANGUAGE_BRANCH);
    expect('const rows = project(input);').toMatch(MODEL_CALL);
    expect('model.projected').not.toMatch(MODEL_CALL);
  });
});

describe('messages-pages', () => {
  const keys = (o: object): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k]
    );

  it('has the same keys in French and English, none empty', () => {
    expect(keys(PAGES.en)).toEqual(keys(PAGES.fr));
    for (const lang of ['fr', 'en'] as const) {
      for (const key of keys(PAGES[lang])) {
        const value = key
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], PAGES[lang]);
        expect(String(value).trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('writes a range « [0 ; 1] » in French (no-break space before the semicolon), « [0, 1] » in English', () => {
    expect(`[0${PAGES.fr.method.rangeSeparator}1]`).toBe('[0\u00a0; 1]');
    expect(`[0${PAGES.en.method.rangeSeparator}1]`).toBe('[0, 1]');
  });
});
