/**
 * The territory brief in Chromium: the région 32 brief reads in plain French with fr-FR numbers,
 * says its uncertainty as chances out of ten once the Monte Carlo is back, prints to PDF on one
 * or two A4 pages without the site's navigation; a département brief, a territory without a
 * site, the English version; axe-core finds no violation. The PDF is kept in
 * test-results/shots-map/ (and rendered to PNG where poppler's pdftoppm is installed).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from './browser.ts';
import { chromiumSession, waitForDuckDb } from './session.ts';
import { axeViolations } from './axe.ts';

const session = chromiumSession();
const baseUrl = session.baseUrl;
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/shots-map';
mkdirSync(SHOTS, { recursive: true });

const waitForMonteCarlo = (page: Page) =>
  expect
    .poll(() => page.getByTestId('brief-chances').textContent(), { timeout: 45_000 })
    .toMatch(/sur 10|in 10/);
/** A projected figure as the page prints it ("2 430") → 2430. */
const figure = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));
/** A number of at least four digits in the fr-FR format: "1 386" with a narrow no-break space. */
const FR_THOUSANDS = /\d[\u202f\u00a0]\d{3}/;

/** Pages of a PDF: its /Type /Page objects (not /Pages). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

describe('the territory brief', () => {
  it('tells the région 32 in plain French, with its figures in the fr-FR format', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/territoires/32`);
    await waitForDuckDb(page);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Hauts-de-France\u00a0: emplois et personnes formées'
    );
    const sentences = page.getByTestId('brief-sentences');
    await expect(sentences.locator('li[data-key=sites]').textContent()).resolves.toMatch(
      /^6 sites industriels suivis, qui annoncent \d[\d\u202f]* à \d[\d\u202f]* emplois directs à pleine capacité\.$/
    );
    // The headline: the unfilled jobs, the people with no post beside (none in the région).
    const unfilled = await page.getByTestId('brief-unfilled').textContent();
    expect(unfilled).toMatch(FR_THOUSANDS);
    const gapText = (await sentences.locator('li[data-key=gap]').textContent()) ?? '';
    expect(gapText).toMatch(
      /^En 2030, environ (\d[\d\u202f]*) emplois directs n’auraient pas de personne formée par les formations recensées \(couverture \d+\u00a0%\), et aucune personne formée ne resterait sans poste dans la région\.$/
    );
    expect(figure(/environ ([\d\u202f]+)/.exec(gapText)![1])).toBe(figure(unfilled));
    await expect(page.getByTestId('brief-surplus').textContent()).resolves.toBe('0');
    await expect(sentences.locator('li[data-key=peak]').textContent()).resolves.toMatch(
      /^Les emplois sans personne formée (seraient les plus nombreux|augmenteraient jusqu’)/
    );
    // « Ce qu'il faut » fills exactly the unfilled jobs of the headline.
    const closing = (await sentences.locator('li[data-key=closing]').textContent()) ?? '';
    expect(closing).toMatch(
      /^Pour pourvoir d’ici 2030 les ([\d\u202f]+) emplois directs qui n’auraient pas de personne formée, il faudrait environ [\d\u202f]+ places de formation en plus chaque année à partir de 2027, soit (environ|au moins) \d[\d,\u202f]*\s?M?€ par an(\.|, sans les métiers au coût inconnu\.)$/
    );
    expect(figure(/les ([\d\u202f]+) emplois/.exec(closing)![1])).toBe(figure(unfilled));
    await expect(page.getByTestId('brief-closing').textContent()).resolves.toBe(closing);
    // The sites table adds up to the headline (each figure rounded to the ten).
    const siteUnfilled = await page
      .getByTestId('brief-sites')
      .locator('tbody tr td:last-child')
      .evaluateAll((tds) => tds.map((td) => td.firstChild?.textContent ?? ''));
    const sum = siteUnfilled.map(figure).reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - figure(unfilled))).toBeLessThanOrEqual(5 * siteUnfilled.length);
    // The chart marks the years resting on the renewal of programmes (AESC's 2023 cohort: all).
    await expect(page.getByTestId('brief-chart-renewed-key').textContent()).resolves.toMatch(
      /^Toutes les années\u00a0: hypothèse de formations reconduites après leur fin financée \(4 formations recensées\)$/
    );
    await expect(page.getByTestId('renewed-aesc-tsmi').textContent()).resolves.toBe(
      'reconduite dès 2024 (hypothèse)'
    );
    await waitForMonteCarlo(page);
    // The shortage probability says what it measures.
    await expect(page.getByTestId('brief-cards').textContent()).resolves.toContain(
      'Risque\u00a0: plus de 10\u00a0% des emplois de 2035 sans personne formée'
    );
    await expect(page.getByTestId('brief-uncertainty').textContent()).resolves.toMatch(
      /(\d chances? sur 10 que plus de 10\u00a0% des emplois de 2035 restent sans personne formée|Presque certain \(plus de 9 chances sur 10\)\u00a0: plus de 10\u00a0% des emplois de 2035 resteraient sans personne formée|Très peu probable)[\s\S]*Dans 8 cas sur 10, entre [\d\u202f]+ et [\d\u202f]+ emplois resteraient sans personne formée en 2035\./
    );
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toMatch(/[Ee]xcédent|\{[a-zA-Z]+\}/);
    await expect(page.getByTestId('brief-sites').locator('tbody tr').count()).resolves.toBe(6);
    await expect(page.getByTestId('territory-map').locator('[data-site]').count()).resolves.toBe(6);
    const overview = await session.w.context.newPage();
    await overview.goto(`${baseUrl}/`);
    // The brief's unfilled jobs are the overview's: one model, one number.
    await expect.poll(() => overview.getByTestId('kpi-unfilled').textContent()).toBe(unfilled);
    await overview.close();
    await page.screenshot({ path: `${SHOTS}/brief-32-desktop.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('prints to PDF on one or two A4 pages, without the navigation', async () => {
    const { page } = session.w;
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.top').isVisible()).resolves.toBe(false);
    await expect(page.locator('footer.foot').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('brief-print').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('engine').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('brief-sentences').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: null });
    // page.pdf prints with the print style sheet, as a browser's "Print" does.
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(`${SHOTS}/brief-32.pdf`, pdf);
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    // A4 in points: 595 × 842.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 841\.\d+\s*\]/);
    if (existsSync('/usr/bin/pdftoppm')) {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        `${SHOTS}/brief-32.pdf`,
        `${SHOTS}/brief-32-pdf`
      ]);
    }
  });

  it('tells a département, its share of the région’s programmes, and links back to the région', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/territoires/59`);
    await waitForDuckDb(page);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Nord\u00a0: emplois et personnes formées'
    );
    await expect(
      page.getByTestId('brief-sentences').locator('li[data-key=sites]').textContent()
    ).resolves.toMatch(/^4 sites industriels suivis/);
    await expect(page.getByTestId('brief-pool-note').textContent()).resolves.toContain(
      'alimentent un vivier régional'
    );
    // The Nord's figures are its sites' in the région's model; « Ce qu'il faut » fills exactly
    // its unfilled jobs, with places for its own sites.
    const unfilled = await page.getByTestId('brief-unfilled').textContent();
    const closing = (await page.getByTestId('brief-closing').textContent()) ?? '';
    expect(figure(/les ([\d\u202f]+) emplois/.exec(closing)![1])).toBe(figure(unfilled));
    expect(closing).toContain('en plus chaque année pour ses sites à partir de 2027');
    await expect(
      page.getByTestId('brief-sentences').locator('li[data-key=gap]').textContent()
    ).resolves.toContain(
      'aucune personne formée ne resterait sans poste dans la région Hauts-de-France'
    );
    await expect(
      page
        .getByRole('link', { name: 'Note de la région Hauts-de-France' })
        .first()
        .getAttribute('href')
    ).resolves.toMatch(/\/territoires\/32(\?|$)/);
    await waitForMonteCarlo(page);
    // The probability is the région's, and says so.
    await expect(page.getByTestId('brief-uncertainty').textContent()).resolves.toContain(
      'calcul pour toute la région Hauts-de-France, dont le département fait partie'
    );
    await expect(page.getByTestId('brief-uncertainty').textContent()).resolves.toContain(
      'emplois de la région resteraient sans personne formée en 2035'
    );
    // The Nord is the map's Nord.
    const map = await session.w.context.newPage();
    await map.goto(`${baseUrl}/carte?v=1&mm=gap`);
    await waitForDuckDb(map);
    await map.getByTestId('map-level-departement').check();
    await map.locator('path.territory[data-code="59"]').dispatchEvent('click');
    await expect
      .poll(async () => figure(await map.getByTestId('panel-unfilled').textContent()))
      .toBeGreaterThan(0);
    const onMap = figure(await map.getByTestId('panel-unfilled').textContent());
    // The map prints whole numbers, the brief rounds to the ten.
    expect(Math.abs(onMap - figure(unfilled))).toBeLessThanOrEqual(5);
    await map.close();
    await page.screenshot({ path: `${SHOTS}/brief-59-desktop.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows Île-de-France’s unfilled jobs and its people with no post side by side, never netted', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/territoires/11`);
    await waitForDuckDb(page);
    const unfilled = await page.getByTestId('brief-unfilled').textContent();
    const surplus = await page.getByTestId('brief-surplus').textContent();
    expect(figure(unfilled)).toBeGreaterThan(1000);
    expect(figure(surplus)).toBeGreaterThan(500);
    const gap = (await page.locator('li[data-key=gap]').textContent()) ?? '';
    expect(gap).toContain(`environ ${unfilled} emplois directs n’auraient pas de personne formée`);
    expect(gap).toContain(
      `en même temps, ${surplus} personnes formées resteraient dans la région sans poste sur ses sites suivis, faute de postes de leur métier`
    );
    // Flins's qualified employees are not credited to the programmes.
    await expect(page.locator('li[data-key=trained]').textContent()).resolves.toContain(
      'ou salariés de l’usine reconvertie déjà qualifiés pour leur poste'
    );
    // Why: the ICM campus trains other occupations than those that lack people.
    await expect(page.getByTestId('brief-programmes').textContent()).resolves.toMatch(
      /forme plusieurs métiers\u00a0: .*50\u00a0%/
    );
    const closing = (await page.getByTestId('brief-closing').textContent()) ?? '';
    expect(figure(/les ([\d\u202f]+) emplois/.exec(closing)![1])).toBe(figure(unfilled));
    await expect(page.getByTestId('brief-chart-renewed-key').textContent()).resolves.toMatch(
      /^Dès 2028\u00a0: hypothèse/
    );
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toMatch(/[Ee]xcédent|116\u00a0%|\{[a-zA-Z]+\}/);
    await waitForMonteCarlo(page);
    await page.screenshot({ path: `${SHOTS}/brief-11-desktop.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says so plainly for a territory without a site (the Gers, whose code is also a région’s)', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/territoires/departement-32`);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Gers\u00a0: emplois et personnes formées'
    );
    await expect(page.getByTestId('brief-empty').textContent()).resolves.toContain(
      'Aucun site industriel'
    );
    // 02 is Martinique (a région): the Aisne (département 02) has its own address.
    await page.goto(`${baseUrl}/territoires/02`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Martinique');
    await page.goto(`${baseUrl}/territoires/departement-02`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Aisne');
    await expect(page.locator('main').textContent()).resolves.toContain(
      'La région Hauts-de-France compte 6 sites industriels suivis'
    );
  });

  it('reads in English through the language switch, keeping the state', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/territoires/32?v=1&p=stress`);
    await waitForDuckDb(page);
    await page.getByTestId('lang-switch').click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Hauts-de-France: jobs and trained people');
    await expect.poll(() => page.url()).toContain('lang=en');
    expect(page.url()).toContain('p=stress');
    await expect(page.getByTestId('brief-meta').textContent()).resolves.toMatch(/^“Stress/);
    await expect(
      page.getByTestId('brief-sentences').locator('li[data-key=sites]').textContent()
    ).resolves.toMatch(
      /^6 tracked industrial sites, announcing \d{1,2},\d{3} to \d{1,2},\d{3} direct jobs/
    );
    await waitForMonteCarlo(page);
    await page.screenshot({ path: `${SHOTS}/brief-32-en.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reads well on a phone, and is reached from the map', async () => {
    const phone = await openPage(session.browser, baseUrl, { width: 390, height: 844 });
    await phone.page.goto(`${baseUrl}/carte`);
    await waitForDuckDb(phone.page);
    await phone.page.locator('path.territory[data-code="32"]').dispatchEvent('click');
    await phone.page.getByTestId('panel-brief').click();
    await phone.page.waitForURL(/\/territoires\/32/);
    await waitForDuckDb(phone.page);
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.page.screenshot({ path: `${SHOTS}/brief-32-phone.png`, fullPage: true });
    expect(phone.consoleErrors).toEqual([]);
    expect(phone.foreignRequests).toEqual([]);
    await phone.context.close();
    expect(session.w.consoleErrors).toEqual([]);
    expect(session.w.foreignRequests).toEqual([]);
  });
});
