import { describe, expect, it } from 'vitest';
import {
  hatchLines,
  hoverSentence,
  layoutTimeSeries,
  nearestYear,
  valuesAtYear,
  MARGIN,
  SHADE_COLOR
} from '../../../src/lib/charts/timeseries.ts';
import { jobsVsTrained } from '../../../src/lib/charts/jobs-vs-trained.ts';
import {
  calendarYear,
  FIT_PARAMETERS,
  fitSentence,
  rampCheck,
  yearPosition
} from '../../../src/lib/charts/site-ramp.ts';
import { fitRampUp } from '../../../src/lib/forecast/index.ts';
import { layoutTornado } from '../../../src/lib/charts/tornado.ts';
import type { AggregateRow, SensitivityBar } from '../../../src/lib/forecast/index.ts';

const row = (year: number, jobs: number, trained: number): AggregateRow => ({
  siteId: null,
  region: null,
  occupation: null,
  year,
  jobs,
  trained,
  gap: jobs - trained,
  unfilled: Math.max(0, jobs - trained),
  surplus: Math.max(0, trained - jobs),
  hires: 0,
  placed: 0,
  hiresGap: 0,
  coverage: jobs ? trained / jobs : null,
  indirectJobs: 2 * jobs
});

describe('layoutTimeSeries', () => {
  const layout = layoutTimeSeries(
    {
      series: [
        {
          id: 'jobs',
          label: 'Emplois',
          color: '#0072b2',
          values: [
            { x: 2024, y: 0 },
            { x: 2030, y: 1000 }
          ]
        }
      ],
      markers: [{ id: 'obs', label: 'Observé', color: '#000', points: [{ x: 2027, y: 500 }] }]
    },
    { width: 600, height: 300 },
    'fr'
  );

  it('maps the first year to the left edge and the last to the right edge', () => {
    expect(layout.xDomain).toEqual([2024, 2030]);
    expect(layout.lines[0].d.startsWith(`M${MARGIN.left},${300 - MARGIN.bottom}`)).toBe(true);
    expect(layout.lines[0].d.endsWith(`L${600 - MARGIN.right},${MARGIN.top}`)).toBe(true);
  });

  it('puts the observed point where it belongs and labels it in French', () => {
    const p = layout.points[0];
    expect(p.x).toBeCloseTo(MARGIN.left + (600 - MARGIN.right - MARGIN.left) / 2, 1);
    expect(p.label).toBe('Observé 2027 : 500');
  });

  it('has whole-year ticks and y ticks in fr-FR format, from zero', () => {
    expect(layout.xTicks.map((t) => t.label)).toContain('2027');
    expect(layout.xTicks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(layout.yTicks[0].value).toBe(0);
    expect(layout.yTicks.at(-1)!.label).toBe('1\u202f000');
    expect(layout.legend.map((l) => l.id)).toEqual(['jobs', 'obs']);
  });
});

describe('jobsVsTrained', () => {
  const total = [row(2024, 100, 50), row(2025, 1200, 400)];
  it('draws jobs, people in post, unfilled jobs and available people, the rows of its table', () => {
    const c = jobsVsTrained(total, null, 'fr');
    expect(c.input.series.map((s) => s.id)).toEqual(['jobs', 'trained', 'unfilled', 'surplus']);
    expect(c.input.series.map((s) => s.label)).toEqual([
      'Emplois directs (scénario)',
      'Personnes formées en poste',
      'Emplois sans personne formée',
      'Personnes formées sans poste'
    ]);
    expect(c.input.series.map((s) => s.values)).toEqual([
      [
        { x: 2024, y: 100 },
        { x: 2025, y: 1200 }
      ],
      [
        { x: 2024, y: 50 },
        { x: 2025, y: 400 }
      ],
      [
        { x: 2024, y: 50 },
        { x: 2025, y: 800 }
      ],
      [
        { x: 2024, y: 0 },
        { x: 2025, y: 0 }
      ]
    ]);
    expect(c.table.columns).toEqual([
      'Année',
      'Emplois directs',
      'Personnes formées en poste',
      'Emplois sans personne formée',
      'Personnes formées sans poste'
    ]);
    expect(c.table.rows).toEqual([
      ['2024', '100', '50', '50', '0'],
      ['2025', '1\u202f200', '400', '800', '0']
    ]);
    expect(c.input.series[0].band).toBeUndefined();
    expect(c.input.shades).toEqual([]);
  });

  it('adds the p10–p50–p90 bands of jobs and unfilled jobs once the Monte Carlo is back', () => {
    const q = (v: number) => ({ p10: v - 10, p50: v, p90: v + 10 });
    const sims = total.map((r) => ({
      siteId: null,
      region: null,
      year: r.year,
      jobs: q(r.jobs),
      trained: q(r.trained),
      gap: q(r.gap),
      unfilled: q(r.unfilled),
      surplus: q(r.surplus)
    }));
    const c = jobsVsTrained(total, sims, 'en');
    const [jobs, trained, unfilled, surplus] = c.input.series;
    expect(jobs.band).toEqual([
      { x: 2024, low: 90, mid: 100, high: 110 },
      { x: 2025, low: 1190, mid: 1200, high: 1210 }
    ]);
    expect(unfilled.band![1]).toEqual({ x: 2025, low: 790, mid: 800, high: 810 });
    // Drawn: the jobs, trained and unfilled bands; the surplus's is in the tooltip and the CSV.
    expect([jobs, trained, unfilled, surplus].map((s) => s.bandDrawn !== false)).toEqual([
      true,
      true,
      true,
      false
    ]);
    const layout = layoutTimeSeries(c.input, { width: 600, height: 300 }, 'en');
    expect(layout.bands.map((b) => b.id)).toEqual(['jobs-band', 'trained-band', 'unfilled-band']);
    // Every drawn band has its legend entry, named after its series.
    expect(layout.legend.filter((l) => l.kind === 'band').map((l) => l.label)).toEqual([
      'Direct jobs: 10%–90% interval',
      'Trained people in post: 10%–90% interval',
      'Without a trained person: 10%–90% interval'
    ]);
    // At a year, the tooltip's values: each line rounded as the pages round, with its band.
    expect(valuesAtYear(c.input, 2025, 'en')).toEqual([
      {
        id: 'jobs',
        label: 'Direct jobs (scenario)',
        color: '#0072b2',
        value: '1,200',
        band: '1,190–1,210'
      },
      {
        id: 'trained',
        label: 'Trained people in post',
        color: '#009e73',
        value: '400',
        band: '390–410'
      },
      {
        id: 'unfilled',
        label: 'Jobs without a trained person',
        color: '#d55e00',
        value: '800',
        band: '790–810'
      },
      {
        id: 'surplus',
        label: 'Trained people without a post',
        color: '#cc79a7',
        value: '0',
        band: '-10–10'
      }
    ]);
    expect(layout.hover.map((h) => h.year)).toEqual([2024, 2025]);
    expect(layout.hover[1].dots.map((d) => d.id)).toEqual([
      'jobs',
      'trained',
      'unfilled',
      'surplus'
    ]);
    expect(nearestYear([2024, 2025, 2026], 2025.4)).toBe(2025);
    expect(nearestYear([2024, 2025, 2026], 2025.6)).toBe(2026);
    expect(
      hoverSentence(
        2025,
        valuesAtYear(jobsVsTrained(total, sims, 'fr').input, 2025, 'fr').slice(0, 1),
        'fr'
      )
    ).toBe(
      '2025, au 31 décembre\u00a0: Emplois directs (scénario)\u00a0: 1\u202f200 (intervalle 10\u00a0%–90\u00a0%\u00a0: 1\u202f190–1\u202f210).'
    );
    expect(c.table.columns.slice(-2)).toEqual([
      'Without a trained person p10',
      'Without a trained person p90'
    ]);
    expect(c.table.rows[1]).toEqual(['2025', '1,200', '400', '800', '0', '790', '810']);
  });

  it('hatches the years that rest on the renewal of programmes, from the start of the first', () => {
    const years = [2024, 2025, 2026, 2027, 2028].map((y) => row(y, 1000, 500));
    const c = jobsVsTrained(years, null, 'fr', { renewal: { from: 2026 } });
    expect(c.input.shades).toEqual([
      {
        id: 'renewal',
        label: 'Formations reconduites après leur financement annoncé (hypothèse)',
        from: 2025,
        note: 'reconduction supposée à partir de 2026'
      }
    ]);
    const layout = layoutTimeSeries(c.input, { width: 600, height: 300 }, 'fr');
    const [shade] = layout.shades;
    // From model time 2025 (the end of 2025: the 2026 intake is the first assumed) to the end.
    const x = (t: number) => MARGIN.left + ((t - 2024) / 4) * (600 - MARGIN.right - MARGIN.left);
    expect(shade.x).toBeCloseTo(x(2025), 1);
    expect(shade.x + shade.width).toBeCloseTo(x(2028), 1);
    expect(shade.y).toBe(MARGIN.top);
    expect(shade.height).toBe(300 - MARGIN.bottom - MARGIN.top);
    expect(shade.hatch.length).toBeGreaterThan(10);
    for (const h of shade.hatch) {
      for (const [px, py] of [
        [h.x1, h.y1],
        [h.x2, h.y2]
      ]) {
        expect(px).toBeGreaterThanOrEqual(shade.x - 0.1);
        expect(px).toBeLessThanOrEqual(shade.x + shade.width + 0.1);
        expect(py).toBeGreaterThanOrEqual(shade.y - 0.1);
        expect(py).toBeLessThanOrEqual(shade.y + shade.height + 0.1);
      }
    }
    expect(layout.legend.at(-1)).toEqual({
      id: 'renewal',
      label: 'Formations reconduites après leur financement annoncé (hypothèse)',
      color: SHADE_COLOR,
      kind: 'hatch'
    });
    // A renewal before the axis starts covers the whole axis; none draws nothing.
    const all = layoutTimeSeries(
      jobsVsTrained(years, null, 'fr', { renewal: { from: 2024 } }).input,
      { width: 600, height: 300 },
      'fr'
    ).shades[0];
    expect(all.x).toBe(MARGIN.left);
    expect(all.x + all.width).toBeCloseTo(600 - MARGIN.right, 1);
    expect(
      layoutTimeSeries(
        jobsVsTrained(years, null, 'fr', { renewal: null }).input,
        {
          width: 600,
          height: 300
        },
        'fr'
      ).shades
    ).toEqual([]);
    // A renewal after the horizon: no hatch, no legend entry.
    const late = layoutTimeSeries(
      jobsVsTrained(years, null, 'fr', { renewal: { from: 2031 } }).input,
      { width: 600, height: 300 },
      'fr'
    );
    expect(late.shades).toEqual([]);
    expect(late.legend.map((l) => l.kind)).not.toContain('hatch');
  });
});

describe('hatchLines', () => {
  it('clips "/" strokes to the rectangle, every spacing pixels', () => {
    const lines = hatchLines(0, 0, 20, 10, 8);
    // x + y = 8, 16, 24: three strokes across a 20 × 10 box.
    expect(lines).toEqual([
      { x1: 0, y1: 8, x2: 8, y2: 0 },
      { x1: 6, y1: 10, x2: 16, y2: 0 },
      { x1: 14, y1: 10, x2: 20, y2: 4 }
    ]);
  });
});

describe('rampCheck', () => {
  const obs = (date: string, value: number) => ({
    subjectType: 'site',
    subjectId: 'aesc-douai',
    metric: 'headcount',
    date,
    value,
    approximate: false
  });
  const perYear = [row(2024, 300, 0), row(2025, 878, 0), row(2026, 1140, 0)];
  it('quotes the observations and the year-ends between them', () => {
    const o = [obs('2026-01-21', 900), obs('2025-06-03', 650)] as never[];
    expect(rampCheck({ id: 'aesc-douai' }, o, perYear, 'fr')).toBe(
      'Le scénario passe par les effectifs observés (650 le 3 juin 2025 et 900 le 21 janvier 2026)\u00a0: 880 emplois fin 2025.'
    );
    expect(rampCheck({ id: 'aesc-douai' }, o, perYear, 'en')).toBe(
      'The scenario passes through the observed headcounts (650 on 3 June 2025 and 900 on 21 January 2026): 880 jobs at the end of 2025.'
    );
  });
  it('takes the first year-end after a single observation, and says so before the horizon', () => {
    expect(
      rampCheck({ id: 'aesc-douai' }, [obs('2025-12-11', 570)] as never[], perYear, 'fr')
    ).toBe(
      'Le scénario passe par les effectifs observés (570 le 11 décembre 2025)\u00a0: 880 emplois fin 2025.'
    );
    expect(
      rampCheck(
        { id: 'aesc-douai' },
        [obs('2023-05-30', 250)] as never[],
        perYear.slice(0, 0),
        'fr'
      )
    ).toBe('Effectifs observés\u00a0: 250 le 30 mai 2023, avant l’horizon du modèle.');
    expect(
      rampCheck({ id: 'other' }, [obs('2023-05-30', 250)] as never[], perYear, 'fr')
    ).toBeNull();
  });
});

describe('yearPosition', () => {
  it('places a date on the model’s scale, where year t is the end of year t', () => {
    expect(yearPosition('2025-01-01')).toBe(2024);
    expect(yearPosition('2025-07-02')).toBeCloseTo(2024 + 182 / 365, 9);
    expect(yearPosition('2024-12-31')).toBeCloseTo(2023 + 365 / 366, 9);
    expect(calendarYear(yearPosition('2025-07-02'))).toBeCloseTo(2025 + 182 / 365, 9);
  });
});

describe('fitSentence', () => {
  // AESC Douai's two observed headcounts (650 on 3 June 2025, 900 on 21 January 2026), N fixed.
  const two = fitRampUp(
    [
      { year: yearPosition('2025-06-03'), jobs: 650 },
      { year: yearPosition('2026-01-21'), jobs: 900 }
    ],
    { targetJobs: 1200 }
  );

  it('says that two points and two parameters leave no error to measure', () => {
    expect(two.n).toBe(FIT_PARAMETERS);
    const fr = fitSentence(two, 'fr');
    expect(fr).toMatch(
      /^Courbe logistique passant exactement par les 2 effectifs observés \(2 points, 2 paramètres\u00a0: pas d’erreur mesurable\u00a0; cible fixée à l’annonce\)\u00a0: 5\u00a0% atteints (début |mi-|fin |en )\d{4}, 95\u00a0% (début |mi-|fin |en )\d{4}\.$/
    );
    expect(fr).not.toMatch(/quadratique/);
    expect(fitSentence(two, 'en')).toMatch(
      /^Logistic curve passing exactly through the 2 observed headcounts \(2 points, 2 parameters: no measurable error; target fixed at the announcement\): 5% reached in (early |mid-|late )?\d{4}, 95% in (early |mid-|late )?\d{4}\.$/
    );
  });

  it('writes its dates as parts of calendar years, never as numbers', () => {
    const fit = { ...two, productionStart: 2022.3, fullCapacity: 2025.5 };
    // Model position 2022.3 is 0.3 year after the end of 2022: April 2023.
    expect(fitSentence(fit, 'fr')).toContain('5\u00a0% atteints début 2023, 95\u00a0% mi-2026');
    expect(fitSentence(fit, 'en')).toContain('5% reached in early 2023, 95% in mid-2026');
    expect(fitSentence(fit, 'fr')).not.toMatch(/\d[\u202f ,]\d{3}\b/);
  });

  it('gives the root-mean-square error when there are more points than parameters', () => {
    const three = fitRampUp(
      [
        { year: 2023, jobs: 200 },
        { year: 2024, jobs: 500 },
        { year: 2025, jobs: 700 }
      ],
      { targetJobs: 1200 }
    );
    expect(three.n).toBe(3);
    expect(fitSentence(three, 'fr')).toMatch(
      new RegExp(`écart quadratique moyen ${Math.round(three.rmse)}\\.$`)
    );
    expect(fitSentence(three, 'en')).toMatch(/^Logistic curve fitted to the 3 observed headcounts/);
  });
});

describe('layoutTornado', () => {
  const bar = (parameter: SensitivityBar['parameter'], lo: number, hi: number): SensitivityBar => ({
    parameter,
    low: 0,
    mode: 1,
    high: 2,
    gapAtLow: lo,
    gapAtHigh: hi,
    baseGap: 500,
    swing: Math.abs(hi - lo)
  });
  it('draws each bar from the base gap to its low and high values, in the given order', () => {
    const t = layoutTornado(
      [bar('delayYears', 0, 900), bar('intakeScale', 700, 300)],
      { delayYears: 'Retard' },
      500,
      'fr'
    );
    expect(t.bars.map((b) => b.label)).toEqual(['Retard', 'intakeScale']);
    expect(t.bars[0].xLow).toBeLessThan(t.baseX);
    expect(t.bars[0].xHigh).toBeGreaterThan(t.baseX);
    expect(t.bars[1].xLow).toBeGreaterThan(t.bars[1].xHigh);
    expect(t.bars[0].highText).toBe('900');
  });

  it('gives the labels the room of the longest one, or puts them above the bars on a phone', () => {
    const labels = { delayYears: 'Retard des sites', intakeScale: 'Entrées en formation' };
    const bars = [bar('delayYears', 0, 900), bar('intakeScale', 700, 300)];
    // 20 characters of 12 px text: ≈ 150 px, more than the 110 px the old fixed share gave.
    const wide = layoutTornado(bars, labels, 700, 'fr');
    expect(wide.labelWidth).toBe(150);
    expect(wide.label).toEqual({ x: 150, dy: 15, anchor: 'end', barDy: 4 });
    expect(Math.min(...wide.bars.map((b) => Math.min(b.xLow, b.xHigh)))).toBeGreaterThan(150);
    // 150 px is more than 40 % of a 300 px chart: labels above, bars from the left edge.
    const narrow = layoutTornado(bars, labels, 300, 'fr');
    expect(narrow.labelWidth).toBe(0);
    expect(narrow.label).toEqual({ x: 0, dy: 12, anchor: 'start', barDy: 16 });
    expect(narrow.rowHeight).toBe(40);
    expect(narrow.ticks.length).toBeLessThanOrEqual(4);
  });
});
