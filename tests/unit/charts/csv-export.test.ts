import { describe, expect, it } from 'vitest';
import { toCsv, type ExportMeta } from '../../../src/lib/charts/export.ts';
import { RESEARCH } from '../../../src/lib/i18n/messages-research.ts';

const meta: ExportMeta = {
  title: 'Essai',
  source: 'Insee',
  scenario: 'Réaliste',
  date: '2026-12-04',
  permalink: 'http://127.0.0.1:4173/?v=1',
  lang: 'en'
};

describe('CSV export (d3-dsv)', () => {
  it('quotes commas, quotes and line breaks, empties missing numbers, neutralises formulas', () => {
    const text = toCsv(
      {
        columns: ['name', 'value'],
        rows: [
          ['AESC, Douai', 1200],
          ['the "gigafactory"', 0.5],
          ['two\nlines', null],
          ['=HYPERLINK("x")', Number.NaN],
          ['plain', -3]
        ]
      },
      meta,
      RESEARCH.en.exports.labels
    );
    const body = text.split('\n').filter((l) => !l.startsWith('#'));
    expect(body.join('\n')).toBe(
      [
        'name,value',
        '"AESC, Douai",1200',
        '"the ""gigafactory""",0.5',
        '"two\nlines",',
        `"'=HYPERLINK(""x"")",`,
        'plain,-3',
        ''
      ].join('\n')
    );
    // English labels: no space before the colon.
    expect(text.split('\n')[1]).toBe('# Source: Insee');
  });
});
