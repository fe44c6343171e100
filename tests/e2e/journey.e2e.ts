/**
 * The planner's journey in Chromium: overview → site page → workbench → change a lever → the
 * unfilled jobs change → the URL carries the state to a new page → save and reload a scenario; axe-core
 * finds no violation; the Monte Carlo run in the browser's worker gives Node's numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSession, waitForDuckDb, waitForHydration } from './session.ts';
import { axeViolations } from './axe.ts';
import { NodeConnector } from '../../src/lib/data/node.ts';
import { loadDataset } from '../../src/lib/data/queries.ts';
import { defaultState } from '../../src/lib/state/app-state.ts';
import { buildModelInput, defaultUncertainty } from '../../src/lib/scenario/build.ts';
import { restrictToRegion } from '../../src/lib/scenario/territory.ts';
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
      /passant exactement par les 2 effectifs observés \(2 points, 2 paramètres\u00a0: pas d’erreur mesurable/
    );
    await expect(text(page, 'fit-note')).resolves.toMatch(
      /5\u00a0% atteints (début |mi-|fin |en )\d{4}, 95\u00a0% (début |mi-|fin |en )\d{4}\.$/
    );
    // The time convention, and the curve through the observed headcounts: the end of 2025 lies
    // between June 2025's 650 and January 2026's 900, near the latter.
    await expect(text(page, 'time-convention')).resolves.toContain(
      'la valeur d’une année est l’effectif à la fin de cette année («\u00a02025\u00a0» = 31 décembre 2025)'
    );
    const check = await text(page, 'ramp-check');
    const m =
      /^Le scénario passe par les effectifs observés \(650 le 3 juin 2025 et 900 le 21 janvier 2026\)\u00a0: ([\d\u202f]+) emplois fin 2025\.$/.exec(
        check
      );
    expect(m, check).not.toBeNull();
    expect(toNumber(m![1])).toBeGreaterThan(650);
    expect(toNumber(m![1])).toBeLessThan(900);
    // The headline: unfilled jobs, none in surplus at a site (the région's figure beside).
    const unfilled = toNumber(await text(page, 'site-unfilled'));
    const trained = toNumber(await text(page, 'site-trained'));
    expect(unfilled).toBeGreaterThan(0);
    expect(unfilled + trained).toBeGreaterThanOrEqual(1190); // ≈ the 1 200 jobs of 2030
    expect(unfilled + trained).toBeLessThanOrEqual(1210);
    await expect(
      page.locator('.card', { has: page.getByTestId('site-surplus') }).textContent()
    ).resolves.toContain(
      'un site n’en a pas\u00a0: les diplômés de ses formations au-delà de ses embauches rejoignent le vivier de la région'
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says that Flins is a converted plant', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/sites/refactory-flins`);
    await expect(text(page, 'brownfield')).resolves.toBe(
      '1\u202f938 emplois existants, dont 1\u202f744 à reconvertir'
    );
    await expect(text(page, 'brownfield-note')).resolves.toMatch(
      /^Site reconverti d’une usine existante\u00a0: 1\u202f938 personnes y travaillaient déjà .* les 194 autres personnes sont comptées en poste dès le départ\.$/
    );
    // No observed headcount at Flins: no legend entry for one.
    await expect(
      page.locator('[data-chart=site-ramp] .legend').textContent()
    ).resolves.not.toContain('Effectif observé');
  });

  it('changes a lever in the workbench and sees the unfilled jobs change, then shares the URL', async () => {
    const { page } = session.w;
    await page.getByRole('link', { name: 'Scénarios' }).click();
    await page.waitForURL(/\/scenarios/);
    await waitForDuckDb(page);
    const before = toNumber(await text(page, 'wb-unfilled'));
    await page.getByTestId('intake-electromob').fill('3');
    await expect.poll(async () => toNumber(await text(page, 'wb-unfilled'))).toBeLessThan(before);
    const after = toNumber(await text(page, 'wb-unfilled'));
    await expect.poll(() => page.url()).toContain('gi.electromob=3');

    // The same link in a fresh page shows the same state.
    const other = await session.w.context.newPage();
    await other.goto(page.url());
    await expect.poll(async () => toNumber(await text(other, 'wb-unfilled'))).toBe(after);
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
          (await page.getByTestId('what-it-takes-places').textContent()) ?? ''
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
    // « Ce qu'il faut » fills exactly the headline's unfilled jobs of the chosen year.
    await expect
      .poll(async () =>
        toNumber(/les ([\d\u202f]+) emplois/.exec(await text(page, 'what-it-takes-for'))?.[1] ?? '')
      )
      .toBe(toNumber(await text(page, 'wb-unfilled')));
  });

  it('stops the programmes after their funded end, and says it in the URL', async () => {
    const { page } = session.w;
    const endUnfilled = async () =>
      toNumber(
        (await page
          .locator('[data-testid=compare-table] tr[data-preset] td')
          .last()
          .textContent()) ?? ''
      );
    const renewed = await endUnfilled();
    await expect(page.getByTestId('workbench-chart-renewal').count()).resolves.toBe(1);
    await page.getByTestId('after-funded-stop').check();
    await expect.poll(endUnfilled).toBeGreaterThan(renewed);
    await expect.poll(() => page.url()).toContain('fe=stop');
    // Nothing rests on a renewal any more: no hatch, no note.
    await expect.poll(() => page.getByTestId('workbench-chart-renewal').count()).toBe(0);
    await page.getByTestId('after-funded-renew').check();
    await expect.poll(endUnfilled).toBe(renewed);
    await expect.poll(() => page.url()).not.toContain('fe=');
  });

  it('shows the hiring lead of the reference class, and moves it', async () => {
    const { page } = session.w;
    const lever = page.locator('label', { has: page.getByTestId('hiring-lead') });
    await expect(lever.textContent()).resolves.toMatch(
      /Avance des embauches sur la production\u00a0: 2,3\u00a0ans\s*\(classe de référence\)/
    );
    const jobs = toNumber(await text(page, 'wb-jobs'));
    await page.getByTestId('hiring-lead').fill('0');
    await expect.poll(() => page.url()).toContain('hl=0');
    await expect.poll(() => lever.textContent()).toMatch(/: 0\u00a0an\b/);
    await expect.poll(async () => toNumber(await text(page, 'wb-jobs'))).not.toBe(jobs);
    await page.getByTestId('lead-reset').click();
    await expect.poll(() => page.url()).not.toContain('hl=');
    await expect.poll(async () => toNumber(await text(page, 'wb-jobs'))).toBe(jobs);
  });

  it('saves a scenario that survives a reload', async () => {
    const { page } = session.w;
    await page.getByTestId('save-name').fill('Electro’Mob ×3');
    await page.getByTestId('save').click();
    await expect(page.getByTestId('saved-list').textContent()).resolves.toContain('Electro’Mob ×3');
    await page.goto(`${baseUrl}/scenarios`);
    await waitForHydration(page);
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
    const browserUnfilled = JSON.parse((await fingerprint.getAttribute('data-value')) ?? 'null');

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
    expect(browserUnfilled).toEqual(node.total.at(-1)!.unfilled);
  });

  it('made no request outside the app and logged no console error', () => {
    expect(session.w.foreignRequests).toEqual([]);
    expect(session.w.consoleErrors).toEqual([]);
  });
});
