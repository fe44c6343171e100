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
    await expect(sentences.locator('li[data-key=gap]').textContent()).resolves.toMatch(
      /^Il manquerait environ \d[\d\u202f]* personnes formées par les formations recensées en 2030/
    );
    await expect(sentences.locator('li[data-key=peak]').textContent()).resolves.toMatch(
      /L’écart (serait le plus grand|grandirait jusqu’)/
    );
    await expect(sentences.locator('li[data-key=closing]').textContent()).resolves.toMatch(
      /places de formation en plus chaque année à partir de 2027, soit (environ|au moins) \d[\d,\u202f]*\s?M?€ par an(\.|, sans les métiers au coût inconnu\.)$/
    );
    await expect(page.getByTestId('brief-gap').textContent()).resolves.toMatch(FR_THOUSANDS);
    // The brief's gap is the overview's: one model, one number.
    const gap = await page.getByTestId('brief-gap').textContent();
    await waitForMonteCarlo(page);
    await expect(page.getByTestId('brief-uncertainty').textContent()).resolves.toMatch(
      /(\d chances? sur 10 que|Presque certain|Très peu probable)[\s\S]*Dans 8 cas sur 10/
    );
    await expect(page.getByTestId('brief-sites').locator('tbody tr').count()).resolves.toBe(6);
    await expect(page.getByTestId('territory-map').locator('[data-site]').count()).resolves.toBe(6);
    const overview = await session.w.context.newPage();
    await overview.goto(`${baseUrl}/`);
    await expect.poll(() => overview.getByTestId('kpi-unfilled').textContent()).toBe(gap);
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
    await expect(
      page.locator('.note', { hasText: 'partagées entre ses sites' }).textContent()
    ).resolves.toMatch(/Electro.Mob[^:]* ?: \d+[\u202f\u00a0]%/);
    await expect(
      page
        .getByRole('link', { name: 'Note de la région Hauts-de-France' })
        .first()
        .getAttribute('href')
    ).resolves.toMatch(/\/territoires\/32(\?|$)/);
    await waitForMonteCarlo(page);
    await page.screenshot({ path: `${SHOTS}/brief-59-desktop.png`, fullPage: true });
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
