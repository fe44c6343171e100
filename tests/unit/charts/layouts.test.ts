import { describe, expect, it } from 'vitest';
import { layoutTimeSeries, MARGIN } from '../../../src/lib/charts/timeseries.ts';
import { jobsVsTrained } from '../../../src/lib/charts/jobs-vs-trained.ts';
import {
  calendarYear,
  FIT_PARAMETERS,
  fitSentence,
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
  it('draws exactly the rows it lists in its table', () => {
    const c = jobsVsTrained(total, null, {
      lang: 'fr',
      jobs: 'Emplois',
      trained: 'Formés',
      band: 'p10–p90'
    });
    expect(c.input.series.map((s) => s.values)).toEqual([
      [
        { x: 2024, y: 100 },
        { x: 2025, y: 1200 }
      ],
      [
        { x: 2024, y: 50 },
        { x: 2025, y: 400 }
      ]
    ]);
    expect(c.table.columns).toEqual(['Année', 'Emplois directs', 'Personnes formées', 'Écart']);
    expect(c.table.rows).toEqual([
      ['2024', '100', '50', '50'],
      ['2025', '1\u202f200', '400', '800']
    ]);
    expect(c.input.series[0].band).toBeUndefined();
  });

  it('adds the p10–p90 band and gap quantiles once the Monte Carlo is back', () => {
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
    const c = jobsVsTrained(total, sims, {
      lang: 'en',
      jobs: 'Jobs',
      trained: 'Trained',
      band: 'p10–p90'
    });
    expect(c.input.series[0].band).toEqual([
      { x: 2024, low: 90, high: 110 },
      { x: 2025, low: 1190, high: 1210 }
    ]);
    expect(c.table.columns.slice(-2)).toEqual(['Gap p10', 'Gap p90']);
    expect(c.table.rows[1]).toEqual(['2025', '1,200', '400', '800', '790', '810']);
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
      /^Courbe logistique passant exactement par les 2 effectifs observés \(2 points, 2 paramètres : pas d’erreur mesurable ; cible fixée à l’annonce\) : 5 % atteints (début |mi-|fin |en )\d{4}, 95 % (début |mi-|fin |en )\d{4}\.$/
    );
    expect(fr).not.toMatch(/quadratique/);
    expect(fitSentence(two, 'en')).toMatch(
      /^Logistic curve passing exactly through the 2 observed headcounts \(2 points, 2 parameters: no measurable error; target fixed at the announcement\): 5% reached in (early |mid-|late )?\d{4}, 95% in (early |mid-|late )?\d{4}\.$/
    );
  });

  it('writes its dates as parts of calendar years, never as numbers', () => {
    const fit = { ...two, productionStart: 2022.3, fullCapacity: 2025.5 };
    // Model position 2022.3 is 0.3 year after the end of 2022: April 2023.
    expect(fitSentence(fit, 'fr')).toContain('5 % atteints début 2023, 95 % mi-2026');
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
});
