/**
 * The planner's journey in Chromium: overview → site page → workbench → change a lever → the
 * gap changes → the URL carries the state to a new page → save and reload a scenario; axe-core
 * finds no violation; the Monte Carlo run in the browser's worker gives Node's numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSession, waitForDuckDb } from './session.ts';
import { axeViolations } from './axe.ts';
import { NodeConnector } from '../../src/lib/data/node.ts';
import { loadDataset } from '../../src/lib/data/queries.ts';
import { defaultState } from '../../src/lib/state/app-state.ts';
import { buildModelInput, defaultUncertainty } from '../../src/lib/state/scenario.ts';
import { restrictToRegion } from '../../src/lib/state/territory.ts';
import { simulate } from '../../src/lib/forecast/index.ts';

const session = chromiumSession();
const baseUrl = session.baseUrl;

const text = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).textContent())?.trim() ?? '';
const toNumber = (s: string) => Number(s.replace(/[^\d-]/g, ''));

describe('planner journey', () => {
  it('goes from the overview to a site page', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/`);
    await waitForDuckDb(page);
    await expect(page.locator('h1').textContent()).resolves.toContain('Hauts-de-France');
    expect(toNumber(await text(page, 'kpi-jobs'))).toBeGreaterThan(0);
    await page.locator('tr[data-site="aesc-douai"] th a').click();
    await page.waitForURL(/\/sites\/aesc-douai/);
    await expect(page.locator('h1').textContent()).resolves.toContain('AESC');
    await expect(page.getByTestId('site-ramp-svg').count()).resolves.toBe(1);
    // Two observed headcounts (650, 900) and two parameters: an exact fit, said as such, its
    // dates as parts of years (never "2 022,3").
    await expect(text(page, 'fit-note')).resolves.toMatch(
      /passant exactement par les 2 effectifs observés \(2 points, 2 paramètres : pas d’erreur mesurable/
    );
    await expect(text(page, 'fit-note')).resolves.toMatch(
      /5 % atteints (début |mi-|fin |en )\d{4}, 95 % (début |mi-|fin |en )\d{4}\.$/
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('changes a lever in the workbench and sees the gap change, then shares the URL', async () => {
    const { page } = session.w;
    await page.getByRole('link', { name: 'Scénarios' }).click();
    await page.waitForURL(/\/scenarios/);
    await waitForDuckDb(page);
    const before = toNumber(await text(page, 'wb-gap'));
    await page.getByTestId('intake-electromob').fill('3');
    await expect.poll(async () => toNumber(await text(page, 'wb-gap'))).toBeLessThan(before);
    const after = toNumber(await text(page, 'wb-gap'));
    await expect.poll(() => page.url()).toContain('gi.electromob=3');

    // The same link in a fresh page shows the same state.
    const other = await session.w.context.newPage();
    await other.goto(page.url());
    await expect.poll(async () => toNumber(await text(other, 'wb-gap'))).toBe(after);
    await expect(other.getByTestId('intake-electromob').inputValue()).resolves.toBe('3');
    await other.close();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says what it takes from the next intake, and more when the places open later', async () => {
    const { page } = session.w;
    const takes = page.getByTestId('what-it-takes');
    // The sentence opens with the places a year: "1 297 places de formation en plus par an…".
    const places = async () =>
      toNumber(
        /^\s*([\d\u202f\u00a0 ]+)/.exec(
          (await takes.locator('p').first().textContent()) ?? ''
        )?.[1] ?? ''
      );
    // Figures up to February 2026: new places open at the 2027 intake, not in a past year.
    await expect.poll(() => takes.textContent()).toMatch(/par an à partir de 2027/);
    const from2027 = await places();
    expect(from2027).toBeGreaterThan(0);
    await page.getByTestId('close-from').selectOption('2028');
    await expect.poll(() => takes.textContent()).toMatch(/par an à partir de 2028/);
    expect(await places()).toBeGreaterThan(from2027);
    await expect.poll(() => page.url()).toContain('cf=2028');
    await page.getByTestId('close-from').selectOption('');
    await expect.poll(() => takes.textContent()).toMatch(/par an à partir de 2027/);
    await expect.poll(() => page.url()).not.toContain('cf=');
  });

  it('saves a scenario that survives a reload', async () => {
    const { page } = session.w;
    await page.getByTestId('save-name').fill('Electro’Mob ×3');
    await page.getByTestId('save').click();
    await expect(page.getByTestId('saved-list').textContent()).resolves.toContain('Electro’Mob ×3');
    await page.goto(`${baseUrl}/scenarios`);
    await expect(page.getByTestId('saved-list').textContent()).resolves.toContain('Electro’Mob ×3');
    await page.getByTestId('saved-list').getByRole('button', { name: 'Ouvrir' }).click();
    await expect.poll(() => page.url()).toContain('gi.electromob=3');
  });

  it('switches to English and keeps the state', async () => {
    const { page } = session.w;
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Scenario workbench');
    await expect.poll(() => page.url()).toContain('lang=en');
    expect(page.url()).toContain('gi.electromob=3');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });

  it('shows a notice, not a crash, for a tampered link', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/scenarios?p=doom&t=abc`);
    await expect.poll(() => page.getByTestId('state-notice').textContent()).toContain('p=doom');
    await expect(page.locator('h1').textContent()).resolves.toContain('Atelier de scénarios');
  });

  it('runs the Monte Carlo in the worker with the same numbers as Node', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/scenarios`);
    await waitForDuckDb(page);
    const fingerprint = page.getByTestId('mc-fingerprint');
    await fingerprint.waitFor({ timeout: 45_000 });
    const browserGap = JSON.parse((await fingerprint.getAttribute('data-value')) ?? 'null');

    const db = await NodeConnector.open('static');
    const dataset = await loadDataset(db);
    await db.close();
    const state = defaultState();
    const input = restrictToRegion(buildModelInput(state, dataset), state.region);
    const node = simulate(JSON.parse(JSON.stringify(input)), {
      runs: 10_000,
      seed: 1,
      uncertain: defaultUncertainty(state)
    });
    expect(browserGap).toEqual(node.total.at(-1)!.gap);
  });

  it('made no request outside the app and logged no console error', () => {
    expect(session.w.foreignRequests).toEqual([]);
    expect(session.w.consoleErrors).toEqual([]);
  });
});
