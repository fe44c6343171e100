import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatEuros,
  formatInt,
  formatNumber,
  formatPercent,
  formatRange,
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
    expect(formatDate('2025-06-01')).toBe('1 juin 2025');
    expect(formatDate('2025-06-01', 'en')).toBe('1 June 2025');
  });

  it('keeps numbers and French punctuation from breaking across lines', () => {
    expect(unbreakable('1 400–2 000 emplois : « bas » ; 2025 2026', 'fr')).toBe(
      '1\u202f400–2\u202f000 emplois\u00a0: «\u00a0bas\u00a0»\u00a0; 2025 2026'
    );
    expect(unbreakable('1 200 jobs: kept; 12 3456', 'en')).toBe('1\u202f200 jobs: kept; 12 3456');
  });
});
