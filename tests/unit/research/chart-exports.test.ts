/**
 * The contents of a chart's exports: the SVG parses and carries the title, source, scenario,
 * dates and permalink; the PNG is twice the drawing's size and carries the same facts; the CSV
 * holds exactly the numbers the chart draws.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  addPngText,
  composeSvg,
  crc32,
  exportFileName,
  pngChunks,
  pngEntries,
  pngSize,
  PNG_SCALE,
  readPngText,
  scaleSvg,
  slugify,
  timeSeriesCsv,
  toCsv,
  tornadoCsv,
  wrapText,
  type ExportMeta
} from '../../../src/lib/charts/export.ts';
import { jobsVsTrained } from '../../../src/lib/charts/jobs-vs-trained.ts';
import { layoutTimeSeries } from '../../../src/lib/charts/timeseries.ts';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { roundProjected } from '../../../src/lib/i18n/format.ts';
import { RESEARCH } from '../../../src/lib/i18n/messages-research.ts';
import {
  aggregateTotal,
  project,
  sensitivity,
  type SimulationSumRow
} from '../../../src/lib/forecast/index.ts';
import { parseXml } from './helpers.ts';
import { concatBytes } from '../../../src/lib/bytes.ts';

const labels = RESEARCH.fr.exports.labels;
const meta: ExportMeta = {
  title: 'Emplois directs et personnes formées, Hauts-de-France',
  source: 'annonces des industriels & collectivités ; modèle Relève <scénario « Réaliste »>',
  scenario: 'Réaliste',
  date: '2026-11-23',
  dataDate: '10 février 2026',
  permalink: 'http://127.0.0.1:4173/?v=1&p=stress&gi.electromob=3',
  lang: 'fr',
  summary: 'En 2030, 4 961 emplois directs pour 3 450 personnes formées.'
};

// A small projection drawn by the app's own chart function.
const input = {
  sites: [
    {
      id: 'usine-a',
      name: 'Usine A',
      region: '32',
      productionStart: 2025,
      fullCapacity: 2029,
      targetJobs: 1200
    }
  ],
  programs: [
    {
      id: 'f',
      name: 'Formation',
      occupation: 'operator',
      intake: 300,
      startYear: 2024,
      durationYears: 0.5,
      completionRate: 0.8,
      placementRate: 0.7,
      target: { site: 'usine-a' }
    }
  ],
  scenario: { years: [2024, 2032] as [number, number] }
};
const total = aggregateTotal(project(input));
const quantiles: SimulationSumRow[] = total.map((r) => ({
  siteId: null,
  region: null,
  year: r.year,
  jobs: { p10: r.jobs * 0.8, p50: r.jobs, p90: r.jobs * 1.1 },
  trained: { p10: r.trained * 0.9, p50: r.trained, p90: r.trained * 1.05 },
  gap: { p10: r.gap - 50, p50: r.gap, p90: r.gap + 50 },
  unfilled: { p10: r.unfilled - 50, p50: r.unfilled, p90: r.unfilled + 50 },
  surplus: { p10: 0, p50: r.surplus, p90: r.surplus + 10 }
}));
const chart = jobsVsTrained(total, quantiles, 'fr', { renewal: { from: 2027 } });

describe('SVG', () => {
  const layout = layoutTimeSeries(chart.input, { width: 640, height: 300 }, 'fr');
  const markup = `<g>${layout.lines.map((l) => `<path d="${l.d}" stroke="${l.color}"/>`).join('')}<text x="1" y="2">1 000 &amp; plus</text></g>`;
  const out = composeSvg({
    chartMarkup: markup,
    width: 640,
    height: 300,
    meta,
    labels,
    legend: layout.legend
  });

  it('is well-formed XML with an <svg> root in the SVG namespace', () => {
    const { root, elements } = parseXml(out.svg);
    expect(root).toBe('svg');
    expect(out.svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/
    );
    // The four lines drawn, and the hatch of the renewal's legend swatch.
    expect(layout.lines).toHaveLength(4);
    expect(elements.filter((e) => e === 'path')).toHaveLength(5);
    expect(elements).toEqual(expect.arrayContaining(['title', 'desc', 'metadata', 'rdf:RDF']));
  });

  it('carries the title, source, scenario, dates and permalink, escaped', () => {
    expect(out.svg).toContain(
      '<title id="export-title">Emplois directs et personnes formées, Hauts-de-France</title>'
    );
    expect(out.svg).toContain(
      'annonces des industriels &amp; collectivités ; modèle Relève &lt;scénario « Réaliste »&gt;'
    );
    expect(out.svg).toContain(
      // The no-break space before the colon stays one: the footer never breaks a line there.
      'Scénario\u00a0: Réaliste · Données du 10 février 2026 · Exporté le 23 novembre 2026 · Relève'
    );
    expect(out.svg).toContain(
      '<dc:identifier>http://127.0.0.1:4173/?v=1&amp;p=stress&amp;gi.electromob=3</dc:identifier>'
    );
    expect(out.svg).toContain('<dc:date>2026-11-23</dc:date>');
    // The legend, drawn in HTML on the page, is in the file.
    expect(out.svg).toContain('>Emplois directs\u00a0: intervalle 10\u00a0%–90\u00a0%</text>');
    expect(out.svg).toContain(
      'opacity="0.2"/><text x="28" y="10" font-size="11" fill="#1b1f24">Personnes formées en poste\u00a0: intervalle'
    );
  });

  it('writes its description as sentences, never « .. », and a source labelled once', () => {
    const withStops = composeSvg({
      chartMarkup: markup,
      width: 640,
      height: 300,
      meta: { ...meta, summary: 'En 2030, 900 emplois.', source: 'Sources : annonces, Insee.' },
      labels,
      legend: layout.legend
    });
    const desc = /<desc id="export-desc">([^<]*)<\/desc>/.exec(withStops.svg)![1];
    expect(desc).not.toMatch(/\.\s*\./);
    expect(desc).toMatch(
      /^En 2030, 900 emplois\. Sources : annonces, Insee\. Scénario\u00a0: Réaliste\./
    );
    expect(desc.endsWith('.')).toBe(true);
    expect(withStops.svg).not.toContain('Source\u00a0: Sources');
    // A chart with no summary (the map) still gets a description.
    const noSummary = composeSvg({
      chartMarkup: markup,
      width: 640,
      height: 300,
      meta: { ...meta, summary: undefined },
      labels
    });
    expect(/<desc id="export-desc">([^<]*)<\/desc>/.exec(noSummary.svg)![1]).toMatch(
      /^Source\u00a0: annonces des industriels/
    );
  });

  it('grows to hold the header and the footer around the drawing', () => {
    expect(out.width).toBe(640);
    expect(out.height).toBeGreaterThan(300 + 60);
    expect(out.svg).toContain(`viewBox="0 0 640 ${out.height}"`);
  });

  it('wraps a long permalink inside the width', () => {
    const long = composeSvg({
      chartMarkup: '<g/>',
      width: 360,
      height: 100,
      meta: { ...meta, permalink: 'http://x.example/?' + 'a=1&'.repeat(60) },
      labels
    });
    parseXml(long.svg);
    const lines = [...long.svg.matchAll(/font-size="10" fill="#454c57">([^<]*)</g)].map(
      (m) => m[1]
    );
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(l.replace(/&amp;/g, '&').length).toBeLessThanOrEqual(58);
  });

  it('is drawn at 2× for the PNG without changing its coordinates', () => {
    const big = scaleSvg(out.svg, PNG_SCALE);
    expect(big).toContain(
      `width="${out.width * 2}" height="${out.height * 2}" viewBox="0 0 ${out.width} ${out.height}"`
    );
    parseXml(big);
  });
});

/** A real (tiny) PNG: signature, IHDR, IDAT of zlib-compressed scanlines, IEND. */
function tinyPng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.slice(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const raw = new Uint8Array(height * (1 + width * 3)).fill(255);
  const parts = [
    Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', new Uint8Array(deflateSync(raw))),
    chunk('IEND', new Uint8Array())
  ];
  return concatBytes(parts);
}

describe('PNG', () => {
  it('reads the size from IHDR and keeps it when text is added', () => {
    const png = tinyPng(640 * PNG_SCALE, 380 * PNG_SCALE);
    const withText = addPngText(png, pngEntries(meta, labels));
    expect(pngSize(withText)).toEqual({ width: 1280, height: 760 });
    // Every chunk's CRC is right and the text sits before IEND.
    const types = pngChunks(withText).map((c) => c.type);
    expect(types[0]).toBe('IHDR');
    expect(types.at(-1)).toBe('IEND');
    expect(types.filter((t) => t === 'iTXt')).toHaveLength(6);
  });

  it('carries the title, source, scenario, date and permalink as UTF-8 text', () => {
    const text = readPngText(addPngText(tinyPng(2, 2), pngEntries(meta, labels)));
    expect(text).toEqual({
      Title: meta.title,
      Source: meta.source,
      Description: 'Scénario\u00a0: Réaliste · Données du 10 février 2026',
      'Creation Time': '2026-11-23',
      URL: meta.permalink,
      Software: 'Relève'
    });
  });

  it('rejects what is not a PNG and a corrupted chunk', () => {
    expect(() => pngSize(new Uint8Array([1, 2, 3]))).toThrow(/not a PNG/);
    const png = tinyPng(2, 2);
    png[20] ^= 0xff;
    expect(() => pngChunks(png)).toThrow(/bad CRC in PNG chunk IHDR/);
  });
});

describe('CSV of the numbers drawn', () => {
  const csv = timeSeriesCsv(chart.input);

  it('has one row per drawn point, with the p10, p50 and p90 of the Monte Carlo', () => {
    const lines = chart.input.series.flatMap((s) => s.values);
    // Every line point, and the renewal hatch.
    expect(csv.rows).toHaveLength(lines.length + 1);
    const jobs = csv.rows.filter((r) => r[0] === 'jobs');
    expect(jobs.map((r) => [r[3], r[4], r[5], r[6], r[7]])).toEqual(
      chart.input.series[0].values.map((v, i) => [
        v.x,
        v.y,
        chart.input.series[0].band![i].low,
        chart.input.series[0].band![i].mid,
        chart.input.series[0].band![i].high
      ])
    );
    // Unfilled jobs and available people, with their quantiles, year by year.
    const at2030 = (id: string) => csv.rows.find((r) => r[0] === id && r[3] === 2030)!;
    const r2030 = total.find((r) => r.year === 2030)!;
    const q2030 = quantiles.find((r) => r.year === 2030)!;
    expect(at2030('unfilled').slice(4, 8)).toEqual([
      r2030.unfilled,
      q2030.unfilled.p10,
      q2030.unfilled.p50,
      q2030.unfilled.p90
    ]);
    expect(at2030('surplus').slice(4, 8)).toEqual([
      r2030.surplus,
      q2030.surplus.p10,
      q2030.surplus.p50,
      q2030.surplus.p90
    ]);
    // The hatch: the years resting on the renewal assumption, from the start of 2027.
    expect(csv.rows.at(-1)).toEqual([
      'renewal',
      'Formations reconduites après leur financement annoncé (hypothèse)',
      'shade',
      null,
      null,
      2026,
      null,
      null,
      'reconduction supposée à partir de 2027'
    ]);
  });

  it('matches the chart’s data table row for row (same years, same rounded values)', () => {
    const byYear = (id: string) =>
      new Map(csv.rows.filter((r) => r[0] === id).map((r) => [r[3], r[4] as number]));
    const jobs = byYear('jobs');
    const trained = byYear('trained');
    for (const row of chart.table.rows) {
      const year = Number(row[0]);
      // Model outputs as the pages show them: rounded to the ten from 100 up.
      const asShown = (v: number) =>
        new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(roundProjected(v));
      expect(asShown(jobs.get(year)!)).toBe(row[1]);
      expect(asShown(trained.get(year)!)).toBe(row[2]);
    }
  });

  it('writes metadata lines, then RFC 4180 rows that read back to the same values', () => {
    const text = toCsv(csv, meta, labels);
    const lines = text.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      `# ${meta.title}`,
      `# Source\u00a0: ${meta.source}`,
      '# Scénario\u00a0: Réaliste',
      '# Données du 10 février 2026',
      '# Exporté le 2026-11-23',
      `# Lien permanent\u00a0: ${meta.permalink}`
    ]);
    const table = parseCsv(lines.filter((l) => !l.startsWith('#')).join('\n'), 'chart.csv');
    expect(table.header).toEqual([
      'series_id',
      'series_label',
      'mark',
      'year',
      'value',
      'low',
      'median',
      'high',
      'note'
    ]);
    expect(
      table.records.map((r) =>
        r.cells.map((c, i) => (i >= 3 && i <= 7 && c !== '' ? Number(c) : c))
      )
    ).toEqual(csv.rows.map((r) => r.map((c) => (c === null ? '' : c))));
  });

  it('neutralises a label a spreadsheet would run', () => {
    const text = toCsv(
      {
        columns: ['label', 'n'],
        rows: [
          ['=HYPERLINK("x")', -3],
          ['a, "b"', 1.5]
        ]
      },
      meta,
      labels
    );
    expect(text.trim().split('\n').slice(-2)).toEqual([
      `"'=HYPERLINK(""x"")",-3`,
      '"a, ""b""",1.5'
    ]);
  });

  it('lists a tornado’s bars as drawn', () => {
    const bars = sensitivity(input, {
      delayYears: { low: 0, mode: 1, high: 2 },
      attritionRate: { low: 0.05, mode: 0.08, high: 0.11 }
    });
    const t = tornadoCsv(bars, { delayYears: 'Retard', attritionRate: 'Départs' });
    expect(t.columns).toEqual([
      'parameter',
      'label',
      'low',
      'high',
      'unfilled_at_low',
      'unfilled_at_high',
      'base_unfilled',
      'swing'
    ]);
    expect(t.rows.map((r) => r[0])).toEqual(bars.map((b) => b.parameter));
    expect(t.rows[0]).toEqual([
      bars[0].parameter,
      bars[0].parameter === 'delayYears' ? 'Retard' : 'Départs',
      bars[0].low,
      bars[0].high,
      bars[0].gapAtLow,
      bars[0].gapAtHigh,
      bars[0].baseGap,
      bars[0].swing
    ]);
  });
});

describe('file names', () => {
  it('say what the file is, for which scenario and when', () => {
    expect(
      exportFileName('Emplois et formés, Hauts-de-France', 'realiste', '2026-11-23', 'svg')
    ).toBe('releve-emplois-et-formes-hauts-de-france-realiste-2026-11-23.svg');
    expect(slugify('L’écart à combler : Île-de-France')).toBe('l-ecart-a-combler-ile-de-france');
    expect(slugify('a'.repeat(30) + ' ' + 'b'.repeat(40), 60)).toBe('a'.repeat(30));
  });

  it('wraps text at spaces and cuts long words', () => {
    expect(wrapText('un deux trois quatre', 9)).toEqual(['un deux', 'trois', 'quatre']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('Source\u00a0: Insee', 8)).toEqual(['Source\u00a0:', 'Insee']);
  });
});
