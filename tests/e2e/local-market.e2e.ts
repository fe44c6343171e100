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
});
