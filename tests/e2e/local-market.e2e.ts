/**
 * The local labour market panel (issue 13) in Chromium: on /sites/aesc-douai and /territoires/32,
 * the BMO hiring projects of the territories, with year and source, and the share of them the
 * projected hires would be — the share computed from the figures printed beside it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSession, waitForDuckDb } from './session.ts';

const session = chromiumSession();
const baseUrl = session.baseUrl;
const digits = (t: string) => Number(t.replace(/[^\d]/g, ''));

async function readPanel(page: Page) {
  const panel = page.getByTestId('local-market');
  await expect(panel.locator('h2').textContent()).resolves.toBe('Le marché du travail local');
  const sentence = (await panel.getByTestId('market-hires').textContent()) ?? '';
  const m =
    /environ ([\d\u202f]+) emplois directs créés, l’équivalent de ([\d,]+)\u00a0% des ([\d\u202f]+) projets de recrutement recensés en (\d{4}) \(([^)]+)\)/.exec(
      sentence
    );
  expect(m, sentence).not.toBeNull();
  return {
    panel,
    hires: digits(m![1]),
    share: Number(m![2].replace(',', '.')) / 100,
    projects: digits(m![3]),
    year: Number(m![4]),
    territory: m![5]
  };
}

describe('the local labour market', () => {
  it('on a site page: the Nord’s BMO projects by year, and the site’s peak hires as a share of them', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/sites/aesc-douai`);
    await waitForDuckDb(page);
    const r = await readPanel(page);
    expect(r.territory).toBe('Nord');
    const nord = r.panel.locator('tr[data-level=departement][data-code="59"]');
    expect(await nord.count()).toBeGreaterThanOrEqual(3);
    const latest = r.panel.locator(`tr[data-code="59"][data-year="${r.year}"] td[data-value]`);
    await expect(latest.getAttribute('data-value')).resolves.toBe(String(r.projects));
    // The printed share is the printed hires over the printed projects (hires rounded to tens).
    expect(Math.abs(r.share - r.hires / r.projects)).toBeLessThan(0.0006);
    await expect(r.panel.locator('a[rel~=external]').first().getAttribute('href')).resolves.toMatch(
      /^https:\/\//
    );
    expect(await r.panel.textContent()).toContain('observé');
  });

  it('in the région brief: one row per territory, compared with the région’s projects', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/territoires/32`);
    await waitForDuckDb(page);
    const r = await readPanel(page);
    expect(r.territory).toBe('Hauts-de-France');
    const rows = r.panel.locator('tbody tr');
    const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain('32');
    expect(codes).toContain('59');
  });

  it('on a site page: France’s BMO series projected with the backtest’s method and its 80 % and 95 % intervals; the short series said so', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/sites/aesc-douai`);
    await waitForDuckDb(page);
    const block = page.getByTestId('bmo-projections');
    await expect(block.locator('h3').textContent()).resolves.toBe(
      'Les prochaines années, en projection'
    );
    // Nord (2021–2022) and Hauts-de-France (2021–2023, no 2020 wave) are too short.
    const short = await block.getByTestId('bmo-too-short').allTextContents();
    expect(short.map((t) => t.split('\u00a0:')[0])).toEqual(['Nord', 'Hauts-de-France']);
    expect(short[1]).toContain('2021\u2060–\u20602023, 3 années consécutives');
    // France 2021–2025 is projected; naive wins the backtest on it (unit test), so the projection
    // is the newest survey figure, the one printed in the table above.
    const fig = block.getByTestId('bmo-projection');
    await expect(fig.getAttribute('data-method')).resolves.toBe('naive');
    const caption = (await fig.getByTestId('bmo-projection-caption').textContent()) ?? '';
    expect(caption).toContain('France\u00a0: projection 2026–2028 par la méthode «\u00a0naïve');
    expect(caption).toContain('intervalles de prévision à 80\u00a0% et 95\u00a0%');
    expect(caption).toContain('pas un chiffre de l’enquête');
    const latestFrance = await page
      .getByTestId('local-market')
      .locator('tr[data-code="FR"][data-year="2025"] td[data-value]')
      .getAttribute('data-value');
    const rows = fig.locator('[data-testid=bmo-projection-table] tbody tr');
    await expect(
      rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-year')))
    ).resolves.toEqual(['2026', '2027', '2028']);
    for (let i = 0; i < 3; i++) {
      const cells = await rows.nth(i).locator('td').allTextContents();
      expect(digits(cells[0])).toBe(Number(latestFrance));
      const [lo80, hi80] = cells[1].split(' – ').map(digits);
      const [lo95, hi95] = cells[2].split(' – ').map(digits);
      // The 95 % interval holds the 80 % one, which holds the projection.
      expect(lo95).toBeLessThan(lo80);
      expect(lo80).toBeLessThan(digits(cells[0]));
      expect(hi80).toBeGreaterThan(digits(cells[0]));
      expect(hi95).toBeGreaterThan(hi80);
    }
    // The bands are drawn: two filled areas beside the observed and projected lines.
    await expect(fig.locator('path.band80').getAttribute('d')).resolves.toMatch(/^M/);
    await expect(fig.locator('path.band95').getAttribute('d')).resolves.toMatch(/^M/);
  });
});
