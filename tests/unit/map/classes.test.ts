import { describe, expect, it } from 'vitest';
import {
  CLASS_COLORS,
  classOf,
  COVERAGE_BREAKS,
  coverageClass,
  cssBackground,
  legend,
  UNFILLED_BREAKS,
  unfilledClass
} from '../../../src/lib/map/classes.ts';

/** fr-FR puts a narrow no-break space before % and between thousands. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('coverage classes', () => {
  it('breaks at 50 %, 80 % and 95 %, coverage being at most 100 %', () => {
    expect([...COVERAGE_BREAKS]).toEqual([0.5, 0.8, 0.95]);
    expect(coverageClass(0)).toBe('strong');
    expect(coverageClass(0.4183)).toBe('strong'); // Île-de-France 2030, « Réaliste »
    expect(coverageClass(0.5)).toBe('shortage');
    expect(coverageClass(0.5474)).toBe('shortage'); // Hauts-de-France 2030
    expect(coverageClass(0.8)).toBe('slight');
    expect(coverageClass(0.8207)).toBe('slight'); // AESC Douai 2030
    expect(coverageClass(0.9499)).toBe('slight');
    expect(coverageClass(0.95)).toBe('balance');
    expect(coverageClass(1)).toBe('balance');
  });

  it('has no class without jobs', () => {
    expect(coverageClass(null)).toBe('nojobs');
    expect(coverageClass(Number.NaN)).toBe('nojobs');
  });
});

describe('unfilled-jobs classes', () => {
  it('breaks at 2 000, 500 and 100 jobs without a trained person', () => {
    expect([...UNFILLED_BREAKS]).toEqual([2000, 500, 100]);
    expect(unfilledClass(2430.9, 5371.2)).toBe('strong'); // Hauts-de-France 2030
    expect(unfilledClass(2000.5, 5000)).toBe('strong');
    expect(unfilledClass(2000, 5000)).toBe('shortage');
    expect(unfilledClass(1382.8, 2376.9)).toBe('shortage'); // Île-de-France 2030
    expect(unfilledClass(500, 1000)).toBe('slight');
    expect(unfilledClass(391.3, 1342.8)).toBe('slight'); // Pas-de-Calais 2030
    expect(unfilledClass(100.5, 1000)).toBe('slight');
    expect(unfilledClass(100, 1000)).toBe('balance');
    expect(unfilledClass(0, 1000)).toBe('balance');
  });

  it('says "not open yet" for sites without jobs', () => {
    expect(unfilledClass(0, 0)).toBe('nojobs');
    expect(unfilledClass(0, 0.2)).toBe('nojobs');
  });
});

describe('classOf', () => {
  it('classes a territory by the chosen measure, "none" without a site', () => {
    // Île-de-France 2030: 1 383 unfilled jobs beside 810 people with no post — never a surplus.
    const idf = { jobs: 2376.9, unfilled: 1382.8, coverage: 0.4183 };
    expect(classOf(idf, 'coverage')).toBe('strong');
    expect(classOf(idf, 'gap')).toBe('shortage');
    const somme = { jobs: 701.5, unfilled: 517.9, coverage: 0.2617 };
    expect(classOf(somme, 'coverage')).toBe('strong');
    expect(classOf(somme, 'gap')).toBe('shortage');
    expect(classOf(undefined, 'gap')).toBe('none');
    expect(classOf({ jobs: 0, unfilled: 0, coverage: null }, 'coverage')).toBe('nojobs');
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
      'nojobs',
      'none'
    ]);
    expect(items.map((i) => `${i.meaning} : ${plain(i.range)}`)).toEqual([
      'Forte pénurie : moins de 50 % des emplois couverts',
      'Pénurie : 50 % à 80 % des emplois couverts',
      'Légère pénurie : 80 % à 95 % des emplois couverts',
      'Emplois presque tous couverts : 95 % ou plus des emplois couverts',
      'Sites pas encore ouverts : ',
      'Aucun site suivi : '
    ]);
    expect(items[0].range).toMatch(/^moins de 50[\u00a0\u202f]%/);
  });

  it('says the unfilled-jobs classes in jobs, with the thousands grouped, and no surplus class', () => {
    const fr = legend('gap', 'fr').map((i) => `${i.meaning} : ${plain(i.range)}`);
    expect(fr.slice(0, 4)).toEqual([
      'Forte pénurie : plus de 2 000 emplois sans personne formée',
      'Pénurie : 500 à 2 000 emplois sans personne formée',
      'Légère pénurie : 100 à 500 emplois sans personne formée',
      'Emplois presque tous couverts : au plus 100 emplois sans personne formée'
    ]);
    expect(fr.join(' ')).not.toMatch(/[Ee]xcédent|en plus/);
    const en = legend('gap', 'en').map((i) => `${i.meaning}: ${i.range}`);
    expect(en[0]).toBe('Severe shortage: over 2,000 jobs without a trained person');
    expect(en[3]).toBe('Jobs nearly all covered: at most 100 jobs without a trained person');
    expect(legend('coverage', 'en')[1].range).toBe('50% to 80% of jobs covered');
  });

  it('uses distinct colours, orange for shortages and purple for enough', () => {
    const colors = Object.values(CLASS_COLORS);
    expect(new Set(colors).size).toBe(colors.length);
    expect(cssBackground('strong')).toBe('#b35806');
    expect(cssBackground('nojobs')).toMatch(/repeating-linear-gradient/);
  });
});
