import { describe, expect, it } from 'vitest';
import {
  formatAbout,
  formatDate,
  formatEuros,
  formatInYear,
  formatInt,
  formatNumber,
  formatPercent,
  formatProjected,
  formatRange,
  formatYear,
  roundAbout,
  roundProjected,
  unbreakable
} from '../../src/lib/i18n/format.ts';

/** Intl's French group separator is a narrow no-break space (U+202F). */
const nb = (s: string) => s.replace(/ /g, '\u202f');

describe('number and date formats (fr-FR first, en-GB)', () => {
  it('groups thousands and rounds whole numbers', () => {
    expect(formatInt(1200)).toBe(nb('1 200'));
    expect(formatInt(1234.6, 'en')).toBe('1,235');
    expect(formatRange(1400, 2000)).toBe(nb('1 400–2 000'));
    expect(formatRange(450, 450)).toBe('450');
  });

  it('never writes "-0" for a value that rounds to zero, and keeps real negatives', () => {
    expect(formatInt(-0.3)).toBe('0');
    expect(formatInt(-0)).toBe('0');
    expect(formatNumber(-0.04, 'fr', 1)).toBe('0');
    expect(formatPercent(-0.001, 'en')).toBe('0%');
    expect(formatInt(-58.4)).toMatch(/^[-−]58$/);
    expect(formatNumber(-1.25, 'en', 1)).toMatch(/^[-−]1\.3$/);
  });

  it('writes decimals, percentages, euros and dates the way each language does', () => {
    expect(formatNumber(1.5)).toBe('1,5');
    expect(formatPercent(0.015, 'fr', 1)).toBe('1,5\u00a0%');
    expect(formatPercent(0.66, 'en')).toBe('66%');
    expect(formatEuros(25e6)).toBe('25\u202fM€');
    expect(formatEuros(25e6, 'en')).toBe('€25m');
    expect(formatEuros(3125)).toBe(nb('3 125') + '\u00a0€');
    // The first of the month is an ordinal in French (« 1er »), not in English.
    expect(formatDate('2023-11-01')).toBe('1er novembre 2023');
    expect(formatDate('2025-06-01', 'en')).toBe('1 June 2025');
    expect(formatDate('2025-06-03')).toBe('3 juin 2025');
    expect(formatDate('2026-01-21')).toBe('21 janvier 2026');
    // Known to the month or the year: printed so, not as its first day.
    expect(formatDate('2025-06')).toBe('juin 2025');
    expect(formatDate('2025-06', 'en')).toBe('June 2025');
    expect(formatDate('2027')).toBe('2027');
  });

  it('keeps numbers and French punctuation from breaking across lines', () => {
    expect(unbreakable('1 400–2 000 emplois : « bas » ; 2025 2026', 'fr')).toBe(
      '1\u202f400–2\u202f000 emplois\u00a0: «\u00a0bas\u00a0»\u00a0; 2025 2026'
    );
    expect(unbreakable('1 200 jobs: kept; 12 3456', 'en')).toBe('1\u202f200 jobs: kept; 12 3456');
  });
});

describe('figures at the precision of their sources', () => {
  it('rounds projections to the ten from 100 up, to the unit below (fr and en)', () => {
    expect(formatProjected(1234)).toBe(nb('1 230'));
    expect(formatProjected(1234, 'en')).toBe('1,230');
    expect(formatProjected(1386.4)).toBe(nb('1 390'));
    expect(formatProjected(-1386.4, 'en')).toMatch(/^[-−]1,390$/);
    expect(formatProjected(99.6)).toBe('100');
    expect(formatProjected(104)).toBe('100');
    expect(formatProjected(47.4)).toBe('47');
    expect(formatProjected(5)).toBe('5');
    expect(formatProjected(-0.2)).toBe('0');
    expect(formatProjected(-0)).toBe('0');
    expect(Object.is(roundProjected(-0.3), 0)).toBe(true);
    expect(roundProjected(-145)).toBe(-150);
    expect(roundProjected(145)).toBe(150);
  });

  it('says a rough figure with "about", to two significant digits', () => {
    expect(roundAbout(9672)).toBe(9700);
    expect(roundAbout(423)).toBe(420);
    expect(roundAbout(14_350)).toBe(14_000);
    expect(roundAbout(42.4)).toBe(42);
    expect(Object.is(roundAbout(-0.2), 0)).toBe(true);
    expect(formatAbout(9672)).toBe(`environ ${nb('9 700')}`);
    expect(formatAbout(9672, 'en')).toBe('about 9,700');
  });

  it('never writes a year as a number: whole years as written, fractions as a part of it', () => {
    expect(formatYear(2022)).toBe('2022');
    expect(formatYear(2022, 'en')).toBe('2022');
    expect(formatYear(2022.1)).toBe('début 2022');
    expect(formatYear(2022.5)).toBe('mi-2022');
    expect(formatYear(2022.9)).toBe('fin 2022');
    expect(formatYear(2022.1, 'en')).toBe('early 2022');
    expect(formatYear(2022.5, 'en')).toBe('mid-2022');
    expect(formatYear(2022.99, 'en')).toBe('late 2022');
    expect(formatInYear(2022)).toBe('en 2022');
    expect(formatInYear(2022.5)).toBe('mi-2022');
    expect(formatInYear(2022, 'en')).toBe('in 2022');
    expect(formatInYear(2022.5, 'en')).toBe('in mid-2022');
    for (const y of [2022, 2022.3, 2030.75]) expect(formatYear(y)).not.toMatch(/\d[\s\u202f,.]\d/);
  });
});
