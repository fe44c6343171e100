import { describe, expect, it } from 'vitest';
import { ckmeans } from 'simple-statistics';
import {
  classBreaks,
  classMeanings,
  classOf,
  legend,
  namedBreaks,
  naturalBreaks
} from '../../../src/lib/map/classes.ts';
import { mapExportLegend } from '../../../src/lib/map/export-legend.ts';
import { decodeState, encodeState } from '../../../src/lib/state/url.ts';
import { defaultState } from '../../../src/lib/state/app-state.ts';

const fig = (jobs: number, unfilled: number) => ({
  jobs,
  unfilled,
  coverage: jobs > 0 ? (jobs - unfilled) / jobs : null
});

describe('natural breaks (Ckmeans) on the map', () => {
  it('cut coverage at the smallest value of each next group', () => {
    const values = [0.1, 0.2, 0.5, 0.55, 0.9, 0.95, 0.97];
    expect(ckmeans(values, 4)).toEqual([[0.1], [0.2], [0.5, 0.55], [0.9, 0.95, 0.97]]);
    const b = naturalBreaks('coverage', values);
    expect(b).toEqual({ measure: 'coverage', method: 'natural', bounds: [0.2, 0.5, 0.9] });
    expect(classOf(fig(100, 90), b)).toBe('strong'); // 10 %
    expect(classOf(fig(100, 80), b)).toBe('shortage'); // 20 %
    expect(classOf(fig(100, 45), b)).toBe('slight'); // 55 %
    expect(classOf(fig(100, 5), b)).toBe('balance'); // 95 %
    // The same figure at the named thresholds: 55 % is a « pénurie », not a slight one.
    expect(classOf(fig(100, 45), 'coverage')).toBe('shortage');
  });

  it('cut unfilled jobs above the largest value of each group below', () => {
    const values = [10, 20, 3000, 3100, 6000, 6100, 9000, 9100];
    expect(ckmeans(values, 4)).toEqual([
      [10, 20],
      [3000, 3100],
      [6000, 6100],
      [9000, 9100]
    ]);
    const b = naturalBreaks('gap', values);
    expect(b.bounds).toEqual([6100, 3100, 20]);
    expect(classOf(fig(10_000, 9000), b)).toBe('strong');
    expect(classOf(fig(10_000, 6000), b)).toBe('shortage');
    expect(classOf(fig(10_000, 3000), b)).toBe('slight');
    expect(classOf(fig(10_000, 20), b)).toBe('balance');
  });

  it('fall back to the named thresholds with fewer than four distinct values', () => {
    expect(naturalBreaks('gap', [5, 5, 900, 2500])).toEqual(namedBreaks('gap'));
    expect(naturalBreaks('coverage', [])).toEqual(namedBreaks('coverage'));
  });

  it('group only the territories whose jobs have started', () => {
    const figures = [fig(0, 0), fig(100, 90), fig(100, 80), fig(100, 45), fig(100, 5)];
    const b = classBreaks('coverage', 'natural', figures);
    expect(b.method).toBe('natural');
    expect(b.bounds[0]).toBeCloseTo(0.2, 12);
    expect(classBreaks('coverage', 'named', figures)).toEqual(namedBreaks('coverage'));
  });

  it('name groups, not shortages, in the legend and the export', () => {
    const b = naturalBreaks('coverage', [0.1, 0.2, 0.5, 0.55, 0.9, 0.95, 0.97]);
    const items = legend(b, 'fr');
    expect(items[0]).toMatchObject({
      key: 'strong',
      meaning: 'Groupe le plus en manque',
      range: 'moins de 20\u00a0% des emplois couverts'
    });
    expect(items[3].range).toBe('90\u00a0% ou plus des emplois couverts');
    expect(legend(b, 'en')[1].meaning).toBe('Second group');
    const exported = mapExportLegend({
      measure: 'coverage',
      breaks: b,
      lang: 'fr',
      year: 2030,
      maxJobs: 3000,
      pxPerUnit: 1
    });
    expect(exported[1].label).toBe(
      'Groupe le plus en manque\u00a0: moins de 20\u00a0% des emplois couverts'
    );
    expect(exported[0].label).toBe(
      'Territoires\u00a0: part des emplois directs pourvus par une personne formée (100\u00a0% au plus)'
    );
    expect(classMeanings(b, 'fr').slight).toBe('Troisième groupe');
    expect(classMeanings(b, 'fr').nojobs).toBe('Sites pas encore ouverts');
    expect(classMeanings('coverage', 'fr').slight).toBe('Légère pénurie');
    // The sites keep the named coverage classes: their own legend is drawn apart.
    expect(exported.some((i) => i.kind === 'point' && i.label.startsWith('Forte pénurie'))).toBe(
      true
    );
  });

  it('are kept in the link as mc=natural', () => {
    const s = { ...defaultState(), mapClasses: 'natural' as const };
    expect(encodeState(s)).toBe('v=1&mc=natural');
    expect(decodeState('v=1&mc=natural').state.mapClasses).toBe('natural');
    expect(decodeState('v=1&mc=jenks').rejected).toEqual(['mc=jenks']);
  });
});
