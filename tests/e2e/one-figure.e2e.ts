/**
 * One figure, one place (issue 12): the same territory, scenario and year give the same unfilled
 * jobs, shortage probability and cost of "what it takes" on the overview, the workbench, the map
 * and the brief — read in Chromium from each page, under a scenario that is not the default one
 * (« Volontariste », attrition 10 %), in Hauts-de-France, 2030.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSession, waitForDuckDb } from './session.ts';

const session = chromiumSession();
const baseUrl = session.baseUrl;
const QUERY = '?v=1&p=volontariste&ar=0.1';

/** The raw value behind a figure, once the page has it (data-value is set, not empty). */
async function valueOf(page: Page, testId: string, attribute = 'data-value'): Promise<number> {
  const el = page.getByTestId(testId).first();
  await expect
    .poll(async () => (await el.getAttribute(attribute)) ?? '', { timeout: 60_000 })
    .toMatch(/^-?\d/);
  return Number(await el.getAttribute(attribute));
}
/** A projected figure as the page prints it ("4 110") → 4110. */
const printed = async (page: Page, testId: string): Promise<number> =>
  Number(((await page.getByTestId(testId).first().textContent()) ?? '').replace(/[^\d]/g, ''));

describe('one figure on every page', () => {
  it('Hauts-de-France 2030 under « Volontariste »: same gap, probability and cost on four pages', async () => {
    const { page } = session.w;

    await page.goto(`${baseUrl}/${QUERY}`);
    await waitForDuckDb(page);
    const overview = {
      unfilled: await valueOf(page, 'kpi-unfilled'),
      shown: await printed(page, 'kpi-unfilled'),
      probability: await valueOf(page, 'kpi-shortage')
    };
    expect(overview.unfilled).toBeGreaterThan(100);

    await page.goto(`${baseUrl}/scenarios${QUERY}`);
    await waitForDuckDb(page);
    const workbench = {
      unfilled: await valueOf(page, 'wb-unfilled'),
      shown: await printed(page, 'wb-unfilled'),
      probability: await valueOf(page, 'wb-shortage'),
      places: await valueOf(page, 'what-it-takes-places', 'data-places'),
      euros: await valueOf(page, 'what-it-takes-places', 'data-euros')
    };

    await page.goto(`${baseUrl}/territoires/32${QUERY}`);
    await waitForDuckDb(page);
    const brief = {
      unfilled: await valueOf(page, 'brief-unfilled'),
      shown: await printed(page, 'brief-unfilled'),
      probability: await valueOf(page, 'brief-chances'),
      places: await valueOf(page, 'brief-closing', 'data-places'),
      euros: await valueOf(page, 'brief-closing', 'data-euros')
    };

    await page.goto(`${baseUrl}/carte${QUERY}`);
    await waitForDuckDb(page);
    await page.locator('path.territory[data-code="32"]').dispatchEvent('click');
    const panel = page.getByTestId('map-panel');
    await expect(panel.getAttribute('data-kind')).resolves.toBe('region');
    const map = {
      unfilled: await valueOf(page, 'panel-unfilled'),
      shown: await printed(page, 'panel-unfilled')
    };

    // The same model answers: equal to the last digit, and printed alike (rounded to tens).
    for (const other of [workbench, brief, map]) {
      expect(other.unfilled).toBeCloseTo(overview.unfilled, 6);
      expect(other.shown).toBe(overview.shown);
    }
    expect(overview.shown).toBe(Math.round(overview.unfilled / 10) * 10);
    // One Monte Carlo question (same runs, seed, uncertainty): one probability.
    expect(workbench.probability).toBe(overview.probability);
    expect(brief.probability).toBe(overview.probability);
    // One "what it takes": the same places and euros on the workbench and the brief.
    expect(workbench.places).toBeGreaterThan(0);
    expect(brief.places).toBeCloseTo(workbench.places, 6);
    expect(brief.euros).toBeCloseTo(workbench.euros, 2);
  });
});
