import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import {
  LOCALES,
  TYPOGRAPHY,
  asLang,
  frenchOnly,
  labelled,
  plural
} from '../../../src/lib/i18n/lang.ts';
import { MESSAGES } from '../../../src/lib/i18n/messages.ts';
import { MAP_MESSAGES, count } from '../../../src/lib/i18n/messages-map.ts';
import { plural as researchPlural } from '../../../src/lib/i18n/messages-research.ts';
import { formatDate, formatEuros, unbreakable } from '../../../src/lib/i18n/format.ts';

const site = { one: 'site', other: 'sites' };

describe('one plural rule', () => {
  it('puts 0 and 1 in the French singular, only 1 in the English one', () => {
    expect([0, 1, 2].map((n) => plural(n, 'fr', site))).toEqual(['site', 'site', 'sites']);
    expect([0, 1, 2].map((n) => plural(n, 'en', site))).toEqual(['sites', 'site', 'sites']);
  });

  it('agrees with the count as shown: 0.6 is shown 1, 1.6 is shown 2', () => {
    expect(plural(0.6, 'en', site)).toBe('site');
    expect(plural(1.6, 'fr', site)).toBe('sites');
    expect(count(1200, 'fr', MAP_MESSAGES.fr.units.site)).toBe('1\u202f200 sites');
  });

  it('is the rule of the explorer’s helper too', () => {
    for (const n of [0, 1, 2, 10]) {
      for (const lang of ['fr', 'en'] as const) {
        const expected = plural(n, lang, { one: '{n} ligne', other: '{n} lignes' });
        expect(researchPlural(lang, n, '{n} ligne', '{n} lignes')).toBe(
          expected.replace('{n}', String(n))
        );
      }
    }
  });
});

describe('one typography rule and one locale table', () => {
  it('puts a no-break space before the French colon, none before the English one', () => {
    expect(labelled('Source', 'Insee', 'fr')).toBe('Source\u00a0: Insee');
    expect(labelled('Source', 'Insee', 'en')).toBe('Source: Insee');
    expect(MESSAGES.fr.colon).toBe(TYPOGRAPHY.fr.colon);
    expect(MESSAGES.en.colon).toBe(':');
    expect(MAP_MESSAGES.fr.colon).toBe('\u00a0: ');
    expect(MAP_MESSAGES.en.colon).toBe(': ');
    expect(unbreakable('emplois : « bas »', 'fr')).toBe('emplois\u00a0: «\u00a0bas\u00a0»');
    expect(unbreakable('jobs : "low"', 'en')).toBe('jobs : "low"');
  });

  it('maps each language to its locale once', () => {
    expect(LOCALES).toEqual({ fr: 'fr-FR', en: 'en-GB' });
    expect(formatEuros(25e6, 'fr')).toBe('25\u202fM€');
    expect(formatEuros(25e6, 'en')).toBe('€25m');
    expect(formatDate('2025-06-01', 'fr')).toBe('1er juin 2025');
    expect(formatDate('2025-06-01', 'en')).toBe('1 June 2025');
  });

  it('reads a language attribute, and marks French-only text on English pages', () => {
    expect(asLang('en')).toBe('en');
    expect(asLang('de')).toBe('fr');
    expect(asLang(null)).toBe('fr');
    expect(frenchOnly('en')).toBe('fr');
    expect(frenchOnly('fr')).toBeUndefined();
  });
});

describe('the lint rule against inline language branches', () => {
  const eslint = new ESLint();
  const lint = async (code: string, filePath: string) =>
    (await eslint.lintText(code, { filePath }))[0].messages
      .filter((m) => m.ruleId === 'no-restricted-syntax')
      .map((m) => m.line);

  it('flags `lang === ’fr’ ? … : …` in src/lib, and not a catalogue lookup', async () => {
    const code = [
      "const lang: string = 'fr';",
      "export const a = lang === 'fr' ? 'à' : 'to';",
      "export const b = state.lang !== 'en' ? 'oui' : 'yes';",
      "export const c = { fr: 'à', en: 'to' }[lang as 'fr' | 'en'];",
      'declare const state: { lang: string };'
    ].join('\n');
    expect(await lint(code, 'src/lib/example.ts')).toEqual([2, 3]);
    // Routes and the explorer too: no file of src/ is left out.
    expect(await lint(code, 'src/routes/example.ts')).toEqual([2, 3]);
    expect(await lint(code, 'src/lib/data/explorer-example.ts')).toEqual([2, 3]);
  }, 30_000);
});
