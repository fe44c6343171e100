import { describe, expect, it } from 'vitest';
import { stepPointed, tipLeft } from '../../../src/lib/charts/pointer.ts';
import { layoutTornado, tornadoSentence, tornadoValues } from '../../../src/lib/charts/tornado.ts';
import { hoverSentence } from '../../../src/lib/charts/timeseries.ts';
import { briefChart, briefValuesAtYear } from '../../../src/lib/map/brief-chart.ts';
import type { SensitivityBar } from '../../../src/lib/forecast/index.ts';

const YEARS = [2029, 2030, 2031];

describe('the keyboard on a chart (stepPointed)', () => {
  it('starts at the given item, then steps along the axis and stops at the ends', () => {
    expect(stepPointed(YEARS, null, 'ArrowLeft', 2030)).toBe(2030);
    expect(stepPointed(YEARS, 2030, 'ArrowLeft', 2030)).toBe(2029);
    expect(stepPointed(YEARS, 2029, 'ArrowLeft', 2030)).toBe(2029);
    expect(stepPointed(YEARS, 2031, 'ArrowRight', 2030)).toBe(2031);
    expect(stepPointed(YEARS, null, 'ArrowRight', 1999)).toBe(2031); // start not drawn: the last
    expect(stepPointed(YEARS, 2030, 'Home', 2030)).toBe(2029);
    expect(stepPointed(YEARS, 2030, 'End', 2030)).toBe(2031);
    expect(stepPointed(YEARS, 2030, 'Escape', 2030)).toBeNull();
  });

  it('leaves the keys of the other axis to the browser (a page scrolls past a time chart)', () => {
    expect(stepPointed(YEARS, 2030, 'ArrowDown', 2030)).toBeUndefined();
    expect(stepPointed(['a', 'b'], 'a', 'ArrowDown', 'a', 'y')).toBe('b');
    expect(stepPointed(['a', 'b'], 'b', 'ArrowUp', 'a', 'y')).toBe('a');
    expect(stepPointed(['a', 'b'], 'a', 'ArrowRight', 'a', 'y')).toBeUndefined();
    expect(stepPointed([], null, 'Home', 0)).toBeUndefined();
  });

  it('puts the tooltip beside the pointer, on its left near the right edge, never outside', () => {
    expect(tipLeft(100, 150, 600)).toBe(112);
    expect(tipLeft(500, 150, 600)).toBe(338);
    expect(tipLeft(100, 380, 390)).toBe(0);
  });
});

describe('the brief chart’s values at a year', () => {
  const rows = [
    { year: 2029, jobs: 4890.4, trained: 2400.2, unfilled: 2490.2 },
    { year: 2030, jobs: 5371.4, trained: 2702, unfilled: 2669.4 }
  ];
  const labels = { jobs: 'Emplois directs', trained: 'Personnes formées', gap: 'Sans personne' };

  it('gives the jobs, the trained and the unfilled, rounded as the pages round them', () => {
    const values = briefValuesAtYear(rows, 2030, labels, 'fr');
    expect(values.map((v) => [v.id, v.value])).toEqual([
      ['jobs', '5\u202f370'],
      ['trained', '2\u202f700'],
      ['unfilled', '2\u202f670']
    ]);
    expect(briefValuesAtYear(rows, 2031, labels, 'fr')).toEqual([]);
    expect(hoverSentence(2030, values, 'fr')).toBe(
      '2030, au 31 décembre\u00a0: Emplois directs\u00a0: 5\u202f370\u00a0; Personnes formées\u00a0: ' +
        '2\u202f700\u00a0; Sans personne\u00a0: 2\u202f670.'
    );
  });

  it('lays out a pointable year per row, with the dots on the two lines', () => {
    const layout = briefChart(rows, { width: 640, height: 210 }, 'fr');
    expect(layout.hover.map((h) => [h.year, h.x])).toEqual([
      [2029, 52],
      [2030, 618]
    ]);
    // The dots sit on the drawn lines: the paths start at the first year's dots.
    const [jobs, trained] = layout.hover[0].dots;
    expect(layout.jobs.startsWith(`M52,${jobs.y}`)).toBe(true);
    expect(layout.trained.startsWith(`M52,${trained.y}`)).toBe(true);
  });
});

describe('the tornado’s values of a bar', () => {
  const bar: SensitivityBar = {
    parameter: 'completionScale',
    low: 0.85,
    mode: 1,
    high: 1.15,
    gapAtLow: 3104.6,
    gapAtHigh: 1996.2,
    baseGap: 2512,
    swing: 1108.4
  };

  it('names the value each figure is computed at, and rounds as the table does', () => {
    const values = tornadoValues(bar, 'fr');
    expect(values.map((v) => [v.label, v.value])).toEqual([
      ['valeur basse (0,85)', '3\u202f100'],
      ['valeur haute (1,15)', '2\u202f000'],
      ['Scénario', '2\u202f510']
    ]);
    expect(tornadoSentence('Réussite', values, 'fr')).toBe(
      'Réussite\u00a0: valeur basse (0,85)\u00a0: 3\u202f100\u00a0; valeur haute (1,15)\u00a0: ' +
        '2\u202f000\u00a0; Scénario\u00a0: 2\u202f510.'
    );
    expect(tornadoValues(bar, 'en')[0].label).toBe('low value (0.85)');
  });

  it('gives each bar its row, from the layout’s top, one row height apart', () => {
    const layout = layoutTornado([bar, { ...bar, parameter: 'intakeScale' }], {}, 600, 'fr');
    expect(layout.bars.map((b) => b.y)).toEqual([layout.top, layout.top + layout.rowHeight]);
  });
});
