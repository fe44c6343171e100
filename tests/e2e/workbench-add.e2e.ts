/**
 * « Ajouter une formation » in the workbench (issue 15): a planner adds 24 places in Douai from
 * 2027 and sees the 2030 headline move by what the model gives (computed here in Node with the
 * same functions); the link keeps it through a reload, a saved scenario keeps it, « Retirer »
 * takes it out; a bad value is refused with the field, the column and the value named; the form
 * works at 390 px and axe finds nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from './browser.ts';
import { axeViolations } from './axe.ts';
import { chromiumSession, waitForDuckDb } from './session.ts';
import { defaultDataset } from '../unit/research/helpers.ts';
import { defaultState } from '../../src/lib/state/app-state.ts';
import type { AddedProgramme, AddedSite } from '../../src/lib/state/added.ts';
import { departementCentres, setDepartementCentres } from '../../src/lib/map/centres.ts';
import { loadFrance } from '../../src/lib/map/france.server.ts';
import { withAdded } from '../../src/lib/scenario/added.ts';
import { regionModelInput, scopeTotals } from '../../src/lib/scenario/territory.ts';
import { projectDetailed } from '../../src/lib/forecast/index.ts';
import type { Dataset } from '../../src/lib/data/queries.ts';

const session = chromiumSession();

const DOUAI: AddedProgramme = {
  n: 1,
  occupation: 'operator',
  target: { site: 'aesc-douai' },
  intakePerYear: 24,
  startYear: 2027,
  durationYears: 1,
  completionRate: 0.73,
  placementRate: 0.7,
  costPerPlaceEur: null
};
const PARAM = 'operator_s.aesc-douai_24_2027_1_0.73_0.7';

/** Unfilled jobs of Hauts-de-France in 2030 under the default scenario, as the model gives. */
const unfilled2030 = (d: Dataset) =>
  scopeTotals(projectDetailed(regionModelInput(d, defaultState(), '32')), null).total.find(
    (r) => r.year === 2030
  )!.unfilled;

/** The headline's raw value once DuckDB-WASM's data is in. */
async function headline(page: Page): Promise<number> {
  return Number(await page.getByTestId('wb-unfilled').getAttribute('data-value'));
}

async function addDouai(page: Page) {
  await page.getByTestId('add-occupation').selectOption('operator');
  await page.getByTestId('add-target').selectOption('s.aesc-douai');
  await page.getByTestId('add-intake_per_year').fill('24');
  await page.getByTestId('add-start_year').fill('2027');
  await page.getByTestId('add-submit').click();
}

describe('adding a programme in the workbench', () => {
  let before = 0;
  let after = 0;
  beforeAll(async () => {
    const dataset = await defaultDataset();
    before = unfilled2030(dataset);
    after = unfilled2030(withAdded(dataset, [DOUAI], 'fr'));
  });

  it('adds 24 places in Douai from 2027: the headline moves by the model’s figure, the link, a reload and a saved scenario keep it, « Retirer » removes it', async () => {
    const { page } = session.w;
    await page.goto(`${session.baseUrl}/scenarios`);
    await waitForDuckDb(page);
    expect(await headline(page)).toBeCloseTo(before, 6);
    // The form starts with the library's defaults and the next intake after the data.
    await expect(page.getByTestId('add-completion_rate').inputValue()).resolves.toBe('0,73');
    await expect(page.getByTestId('add-placement_rate').inputValue()).resolves.toBe('0,7');
    await expect(page.getByTestId('add-duration_years').inputValue()).resolves.toBe('1');

    await addDouai(page);
    await expect.poll(() => headline(page)).toBeCloseTo(after, 6);
    // 12.264 placed a year from 2028, less 8 % attrition a year: 33.9 fewer unfilled in 2030.
    expect(before - after).toBeCloseTo(12.264 * (1 + 0.92 + 0.92 ** 2), 6);
    const name =
      'Formation ajoutée 1 : Opérateurs de production, Gigafactory AESC Douai (Lambres-lez-Douai) (ajout de l’atelier)';
    await expect(page.getByTestId('added-1').locator('.name').textContent()).resolves.toBe(name);
    await expect(page.getByTestId('add-status').textContent()).resolves.toContain(name);
    // Its own effect, beside it: the same difference, rounded as the pages round projections.
    const effect = page.getByTestId('added-effect-1');
    await expect
      .poll(async () => Number(await effect.getAttribute('data-value')))
      .toBeCloseTo(before - after, 6);
    await expect(effect.textContent().then((t) => t?.trim())).resolves.toBe(
      'Effet en 2030\u00a0: 34 emplois sans personne formée de moins.'
    );
    // It is a programme of the scenario: its intake lever is there, under its marked name.
    await expect(page.getByTestId('intake-atelier-1').count()).resolves.toBe(1);
    await expect.poll(() => new URL(page.url()).searchParams.get('ap.1')).toBe(PARAM);

    await page.reload();
    await waitForDuckDb(page);
    await expect.poll(() => headline(page)).toBeCloseTo(after, 6);
    await expect(page.getByTestId('added-1').locator('.name').textContent()).resolves.toBe(name);

    await page.getByTestId('save-name').fill('Douai 2027');
    await page.getByTestId('save').click();
    await page.getByTestId('remove-added-1').click();
    await expect.poll(() => headline(page)).toBeCloseTo(before, 6);
    await expect(page.getByTestId('added-list').count()).resolves.toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.has('ap.1')).toBe(false);

    // The saved copy outlives the page: reloaded without the programme, then opened.
    await page.reload();
    await waitForDuckDb(page);
    await expect.poll(() => headline(page)).toBeCloseTo(before, 6);
    await page
      .getByTestId('saved-list')
      .locator('li', { hasText: 'Douai 2027' })
      .getByRole('button', { name: 'Ouvrir' })
      .click();
    await expect.poll(() => headline(page)).toBeCloseTo(after, 6);
    await expect.poll(() => new URL(page.url()).searchParams.get('ap.1')).toBe(PARAM);

    // The link carries it to the overview, which quotes the same figure (one model).
    await page.goto(`${session.baseUrl}/${new URL(page.url()).search}`);
    await waitForDuckDb(page);
    await expect
      .poll(async () => Number(await page.getByTestId('kpi-unfilled').getAttribute('data-value')))
      .toBeCloseTo(after, 6);
    expect(session.w.consoleErrors).toEqual([]);
  });

  it('refuses bad values with the field, the column and the value named, as an upload does', async () => {
    const { page } = session.w;
    await page.goto(`${session.baseUrl}/scenarios`);
    await waitForDuckDb(page);
    const start = await headline(page);
    await page.getByTestId('add-intake_per_year').fill('20000');
    await page.getByTestId('add-completion_rate').fill('1,5');
    await page.getByTestId('add-submit').click();
    await expect(page.getByTestId('add-problems').textContent()).resolves.toContain(
      '3 valeurs à corriger'
    );
    const said = (field: string) =>
      page
        .getByTestId(`add-error-${field}`)
        .textContent()
        .then((t) => t?.trim());
    await expect(said('occupation')).resolves.toBe(
      'Famille de métiers (occupation)\u00a0: attendu une valeur (obligatoire), trouvé une cellule vide'
    );
    await expect(said('intake_per_year')).resolves.toBe(
      'Entrées par an (intake_per_year)\u00a0: attendu un nombre ≤ 10000, trouvé "20000"'
    );
    await expect(said('completion_rate')).resolves.toBe(
      'Taux de réussite (part, de 0 à 1) (completion_rate)\u00a0: attendu un nombre ≤ 1, trouvé "1,5"'
    );
    // The first field to fix has the focus; nothing joined the scenario.
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-testid'))
    ).resolves.toBe('add-occupation');
    await expect(page.getByTestId('added-list').count()).resolves.toBe(0);
    expect(await headline(page)).toBe(start);
    expect(await axeViolations(page)).toEqual([]);

    // As in an upload, the rule across columns (one target) is checked once each cell is right.
    await page.getByTestId('add-occupation').selectOption('operator');
    await page.getByTestId('add-intake_per_year').fill('24');
    await page.getByTestId('add-completion_rate').fill('0,73');
    await page.getByTestId('add-submit').click();
    await expect
      .poll(() => page.getByTestId('add-problems').textContent())
      .toContain('1 valeur à corriger');
    await expect(said('target')).resolves.toBe(
      'Destinée à (site ou région) (target_site)\u00a0: attendu exactement un de target_site ou target_region, trouvé aucun des deux'
    );
    await expect(page.getByTestId('add-error-intake_per_year').count()).resolves.toBe(0);
    expect(await headline(page)).toBe(start);
  });

  it('says a programme for another région leaves this workbench’s figures as they are', async () => {
    const { page } = session.w;
    await page.goto(`${session.baseUrl}/scenarios?v=1&ap.2=technician_r.11_12_2027_2_0.8_0.75`);
    await waitForDuckDb(page);
    await expect
      .poll(() =>
        page
          .getByTestId('added-effect-2')
          .textContent()
          .then((t) => t?.trim())
      )
      .toBe(
        'Destinée à une autre région que celle de l’atelier\u00a0: sans effet sur ses chiffres.'
      );
    expect(await headline(page)).toBeCloseTo(before, 6);
  });

  it('rejects a malformed link parameter by name, and works at 390 px, in English', async () => {
    const phone = await openPage(session.browser, session.baseUrl, { width: 390, height: 844 });
    const { page } = phone;
    await page.goto(`${session.baseUrl}/scenarios?v=1&lang=en&ap.1=operator_s.aesc-douai_24`);
    await waitForDuckDb(page);
    // The pre-filled rates are written as the page's language writes numbers.
    await expect.poll(() => page.getByTestId('add-completion_rate').inputValue()).toBe('0.73');
    await expect(page.locator('body').textContent()).resolves.toContain(
      'ap.1=operator_s.aesc-douai_24'
    );
    await page.getByTestId('add-programme').scrollIntoViewIfNeeded();
    await addDouai(page);
    await expect.poll(() => headline(page)).toBeCloseTo(after, 6);
    await expect(page.getByTestId('remove-added-1').isVisible()).resolves.toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBe(390);
    expect(await axeViolations(page)).toEqual([]);
    expect(phone.consoleErrors).toEqual([]);
    await phone.context.close();
  });
});

describe('adding a site in the workbench', () => {
  const USINE: AddedSite = {
    n: 1,
    name: 'Usine test',
    departement: '59',
    commune: null,
    activity: 'battery_cells',
    template: null,
    jobsLow: 500,
    jobsHigh: 500,
    productionStart: 2028,
    fullCapacityYear: 2030
  };
  const SITE_PARAM = '59_-_battery-cells_-_500_500_2028_2030_Usine test';
  let before = 0;
  let after = 0;
  let delayed = 0;
  beforeAll(async () => {
    setDepartementCentres(departementCentres(loadFrance()));
    const dataset = await defaultDataset();
    before = unfilled2030(dataset);
    after = unfilled2030(withAdded(dataset, [], 'fr', [USINE]));
    const late = defaultState();
    late.levers.sites['atelier-site-1'] = { delayYears: 2 };
    delayed = scopeTotals(
      projectDetailed(regionModelInput(withAdded(dataset, [], 'fr', [USINE]), late, '32')),
      null
    ).total.find((r) => r.year === 2030)!.unfilled;
  });

  async function addUsine(page: Page) {
    await page.getByTestId('site-name').fill('Usine test');
    await page.getByTestId('site-departement').selectOption('59');
    await page.getByTestId('site-jobs_direct_low').fill('500');
    await page.getByTestId('site-production_start').fill('2028');
    await page.getByTestId('site-full_capacity_year').fill('2030');
    await page.getByTestId('site-submit').click();
  }

  it('adds « Usine test » in the Nord, 500 jobs from 2028: the headline moves by the model’s figure; the link, a reload and a saved scenario keep it; « Retirer » removes it', async () => {
    const { page } = session.w;
    await page.goto(`${session.baseUrl}/scenarios`);
    await waitForDuckDb(page);
    expect(await headline(page)).toBeCloseTo(before, 6);
    expect(after - before).toBeGreaterThan(100);
    await page.getByTestId('site-departement').selectOption('59');
    await expect(page.getByTestId('site-region').textContent()).resolves.toContain(
      'Région\u00a0: Hauts-de-France'
    );
    await addUsine(page);
    await expect.poll(() => headline(page)).toBeCloseTo(after, 6);
    await expect(page.getByTestId('added-site-1').locator('.name').textContent()).resolves.toBe(
      'Usine test (ajout de l’atelier)'
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('as.1')).toBe(SITE_PARAM);
    // It is a site of the scenario: an added programme can train for it.
    await expect(
      page.getByTestId('add-target').locator('option[value="s.atelier-site-1"]').count()
    ).resolves.toBe(1);
    // Its delay lever is that of any site: two years later, the model's 2030 figure.
    await page.getByTestId('delay-atelier-site-1').fill('2');
    await expect.poll(() => headline(page)).toBeCloseTo(delayed, 6);
    expect(delayed).toBeLessThan(after);
    await expect.poll(() => new URL(page.url()).searchParams.get('sd.atelier-site-1')).toBe('2');

    // The link keeps the site and its lever.
    await page.reload();
    await waitForDuckDb(page);
    await expect.poll(() => headline(page)).toBeCloseTo(delayed, 6);
    await page.getByTestId('save-name').fill('Usine Nord');
    await page.getByTestId('save').click();
    await page.getByTestId('remove-site-1').click();
    await expect.poll(() => headline(page)).toBeCloseTo(before, 6);
    await expect.poll(() => new URL(page.url()).searchParams.has('as.1')).toBe(false);
    // Its lever went with it.
    expect(new URL(page.url()).searchParams.has('sd.atelier-site-1')).toBe(false);
    await page
      .getByTestId('saved-list')
      .locator('li', { hasText: 'Usine Nord' })
      .getByRole('button', { name: 'Ouvrir' })
      .click();
    await expect.poll(() => headline(page)).toBeCloseTo(delayed, 6);
    await expect.poll(() => new URL(page.url()).searchParams.get('as.1')).toBe(SITE_PARAM);
    expect(session.w.consoleErrors).toEqual([]);
  });

  it('refuses bad values with the field named, as an upload does', async () => {
    const { page } = session.w;
    await page.goto(`${session.baseUrl}/scenarios`);
    await waitForDuckDb(page);
    const start = await headline(page);
    await page.getByTestId('site-jobs_direct_low').fill('-5');
    await page.getByTestId('site-production_start').fill('2028');
    await page.getByTestId('site-full_capacity_year').fill('2030');
    await page.getByTestId('site-submit').click();
    const said = (field: string) =>
      page
        .getByTestId(`site-error-${field}`)
        .textContent()
        .then((t) => t?.trim());
    await expect(said('name')).resolves.toBe(
      'Nom du site (name)\u00a0: attendu une valeur (obligatoire), trouvé une cellule vide'
    );
    await expect(said('jobs_direct_low')).resolves.toBe(
      'Emplois directs annoncés, bas (jobs_direct_low)\u00a0: attendu un nombre ≥ 0, trouvé "-5"'
    );
    await expect(page.getByTestId('added-sites').count()).resolves.toBe(0);
    expect(await headline(page)).toBe(start);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('in English, checks the commune against the COG’s list, then adds the site with its commune', async () => {
    const { page } = session.w;
    await page.goto(`${session.baseUrl}/scenarios?v=1&lang=en`);
    await waitForDuckDb(page);
    const said = () =>
      page
        .getByTestId('site-error-commune_insee')
        .textContent()
        .then((t) => t?.trim());
    await page.getByTestId('site-commune_insee').fill('59999');
    await addUsine(page);
    // 59999 has the Nord's prefix but is no commune: only the list can say so.
    await expect
      .poll(said)
      .toBe(
        'INSEE commune code (optional) (commune_insee): expected a current INSEE commune code (COG), found "59999"'
      );
    await expect(page.getByTestId('site-commune_insee').getAttribute('aria-invalid')).resolves.toBe(
      'true'
    );
    await page.getByTestId('site-commune_insee').fill('62041');
    await page.getByTestId('site-submit').click();
    await expect
      .poll(said)
      .toBe(
        'INSEE commune code (optional) (commune_insee): expected a commune of département 59, found "62041"'
      );
    expect(await page.getByTestId('added-sites').count()).toBe(0);
    // Douai, in the Nord.
    await page.getByTestId('site-commune_insee').fill('59178');
    await page.getByTestId('site-submit').click();
    await expect.poll(() => headline(page)).toBeCloseTo(after, 6);
    await expect(page.getByTestId('added-site-1').locator('.name').textContent()).resolves.toBe(
      'Usine test (added in the workbench)'
    );
    await expect
      .poll(() => new URL(page.url()).searchParams.get('as.1'))
      .toBe(SITE_PARAM.replace('59_-_', '59_59178_'));
    expect(await axeViolations(page)).toEqual([]);
    expect(session.w.consoleErrors).toEqual([]);
  });

  it('works at 390 px and names a bad link parameter', async () => {
    const phone = await openPage(session.browser, session.baseUrl, { width: 390, height: 844 });
    const { page } = phone;
    await page.goto(`${session.baseUrl}/scenarios?v=1&as.1=59_-_fusee_-_5_5_2028_2030_X`);
    await waitForDuckDb(page);
    await expect(page.locator('body').textContent()).resolves.toContain(
      'as.1=59_-_fusee_-_5_5_2028_2030_X'
    );
    await page.getByTestId('add-site').scrollIntoViewIfNeeded();
    await addUsine(page);
    await expect.poll(() => headline(page)).toBeCloseTo(after, 6);
    await expect(page.getByTestId('remove-site-1').isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    expect(await axeViolations(page)).toEqual([]);
    expect(phone.consoleErrors).toEqual([]);
    await phone.context.close();
  });
});

describe('an added site on the map and the overview', () => {
  it('is in the map’s panel, its table and the overview’s list, with no link to a site page it does not have', async () => {
    const { page } = session.w;
    const query = `v=1&as.1=${encodeURIComponent('59_-_battery-cells_-_500_500_2028_2030_Usine test')}`;
    await page.goto(`${session.baseUrl}/carte?${query}&sel=site:atelier-site-1`);
    await waitForDuckDb(page);
    const panel = page.getByTestId('map-panel');
    await expect
      .poll(() => panel.locator('#panel-title').textContent())
      .toContain('Usine test (ajout de l’atelier)');
    await expect(panel.locator('a', { hasText: 'Page du site' }).count()).resolves.toBe(0);
    const row = page.locator('tr', { hasText: 'Usine test (ajout de l’atelier)' }).first();
    await expect(row.count()).resolves.toBe(1);
    await expect(row.locator('a').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${session.baseUrl}/?${query}`);
    await waitForDuckDb(page);
    const siteRow = page.locator('tr[data-site="atelier-site-1"]');
    await expect.poll(() => siteRow.count()).toBe(1);
    await expect(siteRow.locator('th a').count()).resolves.toBe(0);
    expect(session.w.consoleErrors).toEqual([]);
  });
});
