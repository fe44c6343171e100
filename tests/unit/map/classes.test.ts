import { describe, expect, it } from 'vitest';
import {
  CLASS_COLORS,
  classOf,
  COVERAGE_BREAKS,
  coverageClass,
  cssBackground,
  GAP_BREAKS,
  gapClass,
  legend
} from '../../../src/lib/map/classes.ts';

/** fr-FR puts a narrow no-break space before % and between thousands. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('coverage classes', () => {
  it('breaks at 50 %, 80 %, 95 % and 105 %', () => {
    expect([...COVERAGE_BREAKS]).toEqual([0.5, 0.8, 0.95, 1.05]);
    expect(coverageClass(0)).toBe('strong');
    expect(coverageClass(0.4999)).toBe('strong');
    expect(coverageClass(0.5)).toBe('shortage');
    expect(coverageClass(0.71)).toBe('shortage');
    expect(coverageClass(0.8)).toBe('slight');
    expect(coverageClass(0.9499)).toBe('slight');
    expect(coverageClass(0.95)).toBe('balance');
    expect(coverageClass(1)).toBe('balance');
    expect(coverageClass(1.05)).toBe('balance');
    expect(coverageClass(1.0501)).toBe('surplus');
    expect(coverageClass(14.15)).toBe('surplus');
  });

  it('has no class without jobs', () => {
    expect(coverageClass(null)).toBe('nojobs');
    expect(coverageClass(Number.NaN)).toBe('nojobs');
  });
});

describe('gap classes', () => {
  it('breaks at 2 000, 500 and 100 people missing, balance within ±100', () => {
    expect([...GAP_BREAKS]).toEqual([2000, 500, 100, -100]);
    expect(gapClass(5770, 8048)).toBe('strong');
    expect(gapClass(2000.5, 5000)).toBe('strong');
    expect(gapClass(2000, 5000)).toBe('shortage');
    expect(gapClass(1386, 4836)).toBe('shortage');
    expect(gapClass(500, 4836)).toBe('slight');
    expect(gapClass(100.5, 1000)).toBe('slight');
    expect(gapClass(100, 1000)).toBe('balance');
    expect(gapClass(-100, 1000)).toBe('balance');
    expect(gapClass(-100.5, 1000)).toBe('surplus');
    expect(gapClass(-369, 2280)).toBe('surplus');
  });

  it('says "not open yet" for sites without jobs, whatever the gap', () => {
    expect(gapClass(-700, 0)).toBe('nojobs');
    expect(gapClass(0, 0.2)).toBe('nojobs');
  });
});

describe('classOf', () => {
  it('classes a territory by the chosen measure, "none" without a site', () => {
    const hdf = { jobs: 4836, gap: 1386, coverage: 0.7134 };
    expect(classOf(hdf, 'coverage')).toBe('shortage');
    expect(classOf(hdf, 'gap')).toBe('shortage');
    const small = { jobs: 333, gap: 125, coverage: 0.62 };
    expect(classOf(small, 'coverage')).toBe('shortage');
    expect(classOf(small, 'gap')).toBe('slight');
    expect(classOf(undefined, 'gap')).toBe('none');
    expect(classOf({ jobs: 0, gap: -10, coverage: null }, 'coverage')).toBe('nojobs');
  });
});

describe('legend', () => {
  it('says what each coverage class means, with its range and unit, in French', () => {
    const items = legend('coverage', 'fr');
    expect(items.map((i) => i.key)).toEqual([
      'strong',
      'shortage',
      'slight',
      'balance',
      'surplus',
      'nojobs',
      'none'
    ]);
    expect(items.map((i) => `${i.meaning} : ${plain(i.range)}`)).toEqual([
      'Forte pénurie : moins de 50 % des emplois couverts',
      'Pénurie : 50 % à 80 % des emplois couverts',
      'Légère pénurie : 80 % à 95 % des emplois couverts',
      'Équilibre : 95 % à 105 % des emplois couverts',
      'Excédent : plus de 105 % des emplois couverts',
      'Sites pas encore ouverts : ',
      'Aucun site suivi : '
    ]);
    expect(items[0].range).toMatch(/^moins de 50[\u00a0\u202f]%/);
  });

  it('says the gap classes in people, with the thousands grouped', () => {
    const fr = legend('gap', 'fr').map((i) => `${i.meaning} : ${plain(i.range)}`);
    expect(fr.slice(0, 5)).toEqual([
      'Forte pénurie : plus de 2 000 personnes formées manquantes',
      'Pénurie : 500 à 2 000 personnes formées manquantes',
      'Légère pénurie : 100 à 500 personnes formées manquantes',
      'Équilibre : moins de 100 personnes d’écart',
      'Excédent : plus de 100 personnes formées en plus'
    ]);
    const en = legend('gap', 'en').map((i) => `${i.meaning}: ${i.range}`);
    expect(en[0]).toBe('Severe shortage: over 2,000 trained people missing');
    expect(en[3]).toBe('Balance: a gap under 100 people');
    expect(legend('coverage', 'en')[1].range).toBe('50% to 80% of jobs covered');
  });

  it('uses distinct colours, orange for shortages and purple for enough', () => {
    const colors = Object.values(CLASS_COLORS);
    expect(new Set(colors).size).toBe(colors.length);
    expect(cssBackground('strong')).toBe('#b35806');
    expect(cssBackground('nojobs')).toMatch(/repeating-linear-gradient/);
  });
});
