/**
 * Chart exports in Chromium: SVG, PNG and CSV downloaded from the overview chart's menu and the
 * workbench's tornado; the SVG parses and carries title, source, scenario and permalink; the PNG
 * is twice the drawing's size and carries the same facts; the CSV holds exactly the rows the
 * chart draws (checked against the chart's own data table); the "cite this" box gives the
 * permalink, a citation and BibTeX.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { chromiumSession, waitForDuckDb } from './session.ts';
import { axeViolations } from './axe.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { pngSize, readPngText } from '../../src/lib/charts/export.ts';
import { roundProjected } from '../../src/lib/i18n/format.ts';

const session = chromiumSession({ acceptDownloads: true });
const baseUrl = session.baseUrl;

async function downloaded(page: Page, testId: string): Promise<{ d: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { d, bytes: readFileSync((await d.path())!) };
}

/** The chart's data table as shown (its first row is the header). */
async function dataTable(page: Page, chart: string): Promise<string[][]> {
  return page
    .locator(`[data-chart=${chart}] table tr`)
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''))
    );
}

const fr = (v: number) =>
  new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(Math.round(v));
/** A model output as the pages write it (rounded to the ten from 100 up). */
const frProjected = (v: number) => fr(roundProjected(v));

describe('overview chart', () => {
  let svgText = '';
  const id = 'overview-chart';

  it('opens an export menu with the three formats and a citation', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/?p=stress&t=2031`);
    await waitForDuckDb(page);
    // Wait for the Monte Carlo band (the CSV must then carry it): year, jobs, in post, unfilled,
    // available, and the p10 and p90 of the unfilled jobs.
    await expect
      .poll(async () => (await dataTable(page, id))[0]?.length ?? 0, { timeout: 30_000 })
      .toBe(7);
    await page.getByTestId(`${id}-export`).locator('summary').click();
    await expect(page.getByTestId(`${id}-export-svg`).isVisible()).resolves.toBe(true);
    const permalink = await page.getByTestId(`${id}-export-permalink`).inputValue();
    expect(permalink).toBe(page.url());
    expect(permalink).toContain('p=stress');
    await expect(page.getByTestId(`${id}-export-citation`).textContent()).resolves.toMatch(
      /^Contributeurs de Relève \(\d{4}\)\. «\u00a0Emplois directs et personnes formées, Hauts-de-France\u00a0», scénario Tension\./
    );
    await expect(page.getByTestId(`${id}-export-bibtex`).textContent()).resolves.toContain(
      `url          = {${permalink}}`
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('exports an SVG that parses and carries title, source, scenario, date and permalink', async () => {
    const { page } = session.w;
    const { d, bytes } = await downloaded(page, `${id}-export-svg`);
    expect(d.suggestedFilename()).toMatch(
      /^releve-emplois-directs-et-personnes-formees-hauts-de-france-stress-\d{4}-\d{2}-\d{2}\.svg$/
    );
    svgText = bytes.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const error = doc.querySelector('parsererror');
      const root = doc.documentElement;
      return {
        error: error?.textContent ?? null,
        root: root.localName,
        ns: root.namespaceURI,
        title: doc.querySelector('title')?.textContent,
        paths: doc.querySelectorAll('path').length,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' | ')
      };
    }, svgText);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
    expect(parsed.title).toBe('Emplois directs et personnes formées, Hauts-de-France');
    expect(parsed.paths).toBeGreaterThanOrEqual(4); // two lines, two bands
    expect(parsed.texts).toContain('Source\u00a0: annonces des industriels');
    expect(parsed.texts).toContain('Scénario\u00a0: Tension');
    expect(parsed.texts).toMatch(/Exporté le \d+ \S+ \d{4}/);
    expect(parsed.texts.replace(/ \| /g, '')).toContain(page.url().replace(/&/g, '&'));
    // The legend: every band has its entry (jobs, trained people in post, unfilled jobs).
    for (const what of ['Emplois directs', 'Personnes formées en poste', 'Sans personne formée'])
      expect(parsed.texts).toMatch(new RegExp(`${what}\\s:\\sintervalle 10\\s%–90\\s%`));
    expect(parsed.texts).toContain('Emplois sans personne formée');
    expect(parsed.texts).toContain(
      'Formations reconduites après leur financement annoncé (hypothèse)'
    );
  });

  it('exports a PNG twice the SVG’s size, with the same facts in its text chunks', async () => {
    const { page } = session.w;
    const { d, bytes } = await downloaded(page, `${id}-export-png`);
    expect(d.suggestedFilename()).toMatch(/-stress-\d{4}-\d{2}-\d{2}\.png$/);
    const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svgText)!.map(Number);
    expect(pngSize(new Uint8Array(bytes))).toEqual({ width: width * 2, height: height * 2 });
    const text = readPngText(new Uint8Array(bytes));
    expect(text.Title).toBe('Emplois directs et personnes formées, Hauts-de-France');
    expect(text.URL).toBe(page.url());
    expect(text.Description).toContain('Scénario\u00a0: Tension');
  });

  it('exports a CSV of exactly the numbers drawn, matching the chart’s data table', async () => {
    const { page } = session.w;
    const { d, bytes } = await downloaded(page, `${id}-export-csv`);
    expect(d.suggestedFilename()).toMatch(/-stress-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = bytes.toString('utf8').split('\n');
    expect(lines[0]).toBe('# Emplois directs et personnes formées, Hauts-de-France');
    expect(lines).toContain('# Scénario\u00a0: Tension');
    expect(lines).toContain(`# Lien permanent\u00a0: ${page.url()}`);
    const csv = parseCsv(lines.filter((l) => !l.startsWith('#')).join('\n'), 'chart.csv');
    const rows = csv.records.map((r) =>
      Object.fromEntries(csv.header.map((h, i) => [h, r.cells[i]]))
    );
    const [header, ...table] = await dataTable(page, id);
    expect(header).toEqual([
      'Année',
      'Emplois directs',
      'Personnes formées en poste',
      'Emplois sans personne formée',
      'Personnes formées sans poste',
      'Sans personne formée p10',
      'Sans personne formée p90'
    ]);
    expect(csv.header).toEqual([
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
    const series = (id: string) => rows.filter((r) => r.series_id === id);
    const [jobs, trained, unfilled, surplus] = ['jobs', 'trained', 'unfilled', 'surplus'].map(
      series
    );
    expect(jobs.map((r) => r.year)).toEqual(table.map((t) => t[0]));
    expect(jobs.map((r) => frProjected(Number(r.value)))).toEqual(table.map((t) => t[1]));
    expect(trained.map((r) => frProjected(Number(r.value)))).toEqual(table.map((t) => t[2]));
    expect(unfilled.map((r) => frProjected(Number(r.value)))).toEqual(table.map((t) => t[3]));
    expect(surplus.map((r) => frProjected(Number(r.value)))).toEqual(table.map((t) => t[4]));
    expect(unfilled.map((r) => frProjected(Number(r.low)))).toEqual(table.map((t) => t[5]));
    expect(unfilled.map((r) => frProjected(Number(r.high)))).toEqual(table.map((t) => t[6]));
    // p10 ≤ p50 ≤ p90 of every quantity, with its p50 (median) exported.
    for (const r of [...jobs, ...trained, ...unfilled, ...surplus]) {
      expect(r.median).not.toBe('');
      expect(Number(r.low)).toBeLessThanOrEqual(Number(r.median));
      expect(Number(r.median)).toBeLessThanOrEqual(Number(r.high));
    }
    // The years resting on the renewal of programmes (the hatch), and nothing else.
    const shade = series('renewal');
    expect(shade).toHaveLength(1);
    expect(shade[0].mark).toBe('shade');
    expect(rows).toHaveLength(4 * jobs.length + 1);
  });

  it('closes with Escape and gives the focus back', async () => {
    const { page } = session.w;
    await page.getByTestId(`${id}-export-svg`).focus();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId(`${id}-export-svg`).isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.tagName.toLowerCase())).resolves.toBe(
      'summary'
    );
  });
});

describe('map', () => {
  it('exports the map as SVG, PNG at 2× and the CSV of the figures it colours', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/carte?t=2031`);
    await waitForDuckDb(page);
    await page.getByTestId('map-export').locator('summary').click();
    const csvFile = await downloaded(page, 'map-export-csv');
    expect(csvFile.d.suggestedFilename()).toMatch(
      /^releve-carte-coverage-region-2031-realiste-\d{4}-\d{2}-\d{2}\.csv$/
    );
    const csv = parseCsv(
      csvFile.bytes
        .toString('utf8')
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n'),
      'map.csv'
    );
    expect(csv.header).toEqual([
      'kind',
      'code',
      'name',
      'year',
      'jobs',
      'trained',
      'unfilled',
      'surplus',
      'coverage',
      'class'
    ]);
    const regions = csv.records.filter((r) => r.cells[0] === 'region');
    const sites = csv.records.filter((r) => r.cells[0] === 'site');
    expect(regions.map((r) => r.cells[1])).toContain('32');
    expect(sites.map((r) => r.cells[1])).toContain('aesc-douai');
    for (const r of [...regions, ...sites]) {
      expect(r.cells[3]).toBe('2031');
      // v2: in post ≤ jobs, unfilled ≥ 0, coverage ≤ 100 %.
      const [jobs, trained, unfilled] = [4, 5, 6].map((i) => Number(r.cells[i]));
      expect(trained).toBeLessThanOrEqual(jobs + 1e-6);
      expect(unfilled).toBeGreaterThanOrEqual(0);
      if (r.cells[8] !== '') expect(Number(r.cells[8])).toBeLessThanOrEqual(1 + 1e-9);
    }
    const svg = await downloaded(page, 'map-export-svg');
    const text = svg.bytes.toString('utf8');
    const error = await page.evaluate(
      (t) =>
        new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror')
          ?.textContent ?? null,
      text
    );
    expect(error).toBeNull();
    expect(text).toContain('Natural Earth');
    // The legend travels with the file: colour classes, then the symbol sizes at the map's scale;
    // the drawing keeps its viewBox, so it fills the image; the source is labelled once.
    expect(text).toContain('>Forte pénurie\u00a0: moins de 50\u00a0% des emplois couverts</text>');
    expect(text).toMatch(/>Emplois directs du site en 2031<\/text>/);
    expect(text).toMatch(/<circle [^>]*r="\d+(\.\d)?" fill="none"/);
    expect(text).toMatch(/<svg x="0" y="0" width="[\d.]+" height="\d+" viewBox="/);
    expect(text).not.toContain('Source\u00a0: Sources');
    // Its description is sentences ending with one full stop each, never « .. » (issue 15).
    const desc = /<desc id="export-desc">([^<]*)<\/desc>/.exec(text)![1];
    expect(desc).toContain('Natural Earth');
    expect(desc).toMatch(/[^.]\.$/);
    expect(desc).not.toMatch(/\.\s*\./);
    const png = await downloaded(page, 'map-export-png');
    const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(text)!.map(Number);
    expect(pngSize(new Uint8Array(png.bytes))).toEqual({ width: width * 2, height: height * 2 });
  });
});

describe('workbench tornado', () => {
  it('exports the bars it draws', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/scenarios`);
    await page.waitForSelector('[data-chart=tornado]', { timeout: 60_000 });
    await page.getByTestId('tornado-export').locator('summary').click();
    const { d, bytes } = await downloaded(page, 'tornado-export-csv');
    expect(d.suggestedFilename()).toMatch(/^releve-.*-realiste-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = parseCsv(
      bytes
        .toString('utf8')
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n'),
      'tornado.csv'
    );
    expect(csv.header).toEqual([
      'parameter',
      'label',
      'low',
      'high',
      'unfilled_at_low',
      'unfilled_at_high',
      'base_unfilled',
      'swing'
    ]);
    const [, ...table] = await dataTable(page, 'tornado');
    expect(csv.records.map((r) => r.cells[1])).toEqual(table.map((t) => t[0]));
    expect(csv.records.map((r) => frProjected(Number(r.cells[4])))).toEqual(table.map((t) => t[2]));
    expect(csv.records.map((r) => frProjected(Number(r.cells[5])))).toEqual(table.map((t) => t[3]));

    const svg = await downloaded(page, 'tornado-export-svg');
    const error = await page.evaluate(
      (text) =>
        new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')
          ?.textContent ?? null,
      svg.bytes.toString('utf8')
    );
    expect(error).toBeNull();
    const png = await downloaded(page, 'tornado-export-png');
    const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/
      .exec(svg.bytes.toString('utf8'))!
      .map(Number);
    expect(pngSize(new Uint8Array(png.bytes))).toEqual({ width: width * 2, height: height * 2 });
  });

  it('makes no request outside the app and logs no error', () => {
    expect(session.w.foreignRequests).toEqual([]);
    expect(session.w.consoleErrors).toEqual([]);
  });
});
