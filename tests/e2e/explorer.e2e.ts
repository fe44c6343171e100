/**
 * The researcher in Chromium, on the built app: the SQL explorer (a query run with Ctrl+Enter,
 * its result paged and exported as CSV, Parquet and JSON — the downloads checked —, an error shown
 * next to the query, a long query cancelled, the history), a good and a bad file of their own
 * (file picker and drag and drop), the good rows showing on the overview flagged as theirs, and
 * axe-core finding no violation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { openPage } from './browser.ts';
import { replayCase } from '../fuzz/uploads.ts';
import { chromiumSession, waitForDuckDb } from './session.ts';
import { axeViolations } from './axe.ts';
import { csvOf, GOOD_SITE, SITE_HEADER } from '../unit/research/helpers.ts';

const session = chromiumSession({ acceptDownloads: true });
const baseUrl = session.baseUrl;

// The researchers' unit tests' valid row, renamed per test site.
const site = (id: string, over: Record<string, string> = {}) => ({
  ...GOOD_SITE,
  id,
  name: `Usine ${id}`,
  ...over
});
const GOOD_CSV = csvOf(SITE_HEADER, [site('usine-e2e')]);
const BAD_CSV = csvOf(SITE_HEADER, [
  site('usine-ok'),
  site('usine-x', { latitude: '95', source_date: '2025-13-01' }),
  site('usine-y', { departement: '99' })
]);

const ready = (page: Page) =>
  page.waitForSelector('[data-testid=explorer-engine][data-ready=true]', { timeout: 45_000 });
const idle = (page: Page) =>
  page.waitForFunction(
    () => !document.querySelector('[data-testid=run-query]')?.hasAttribute('disabled'),
    undefined,
    { timeout: 45_000 }
  );
async function run(page: Page, sql: string, how: 'keys' | 'click' = 'keys') {
  await page.getByTestId('sql-editor').fill(sql);
  if (how === 'keys') await page.getByTestId('sql-editor').press('Control+Enter');
  else await page.getByTestId('run-query').click();
  await page.waitForTimeout(50);
  await idle(page);
}
/** npm run fuzz case 656449694: a Parquet file whose bit flips keep DuckDB in one long step. */
async function uploadStuckFile(page: Page) {
  const { file, bytes } = await replayCase(656449694);
  await page.goto(`${baseUrl}/explorateur`);
  await ready(page);
  await page.getByTestId('user-file').setInputFiles({
    name: file,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(bytes)
  });
  await page.waitForTimeout(1500);
}
async function downloaded(page: Page, testId: string): Promise<{ d: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { d, bytes: readFileSync((await d.path())!) };
}

describe('SQL explorer', () => {
  it('runs a query with Ctrl+Enter and shows it paged, with DuckDB types and fr-FR numbers', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/explorateur`);
    await ready(page);
    await expect(page.getByTestId('schema').textContent()).resolves.toContain('trainees_synthetic');
    await expect
      .poll(() => page.locator('[data-table=trainees_synthetic] .rows').textContent())
      .toBe('1\u202f200\u202f000 lignes');
    await run(
      page,
      'SELECT departement, year, count(*) AS stagiaires FROM trainees_synthetic GROUP BY departement, year ORDER BY stagiaires DESC'
    );
    const summary = page.getByTestId('result-summary');
    const rows = Number(await summary.getAttribute('data-rows'));
    expect(rows).toBeGreaterThan(1000);
    await expect(page.locator('[data-testid=result-table] tbody tr').count()).resolves.toBe(50);
    await expect(page.getByTestId('page-of').textContent()).resolves.toBe(
      `Page 1 sur ${Math.ceil(rows / 50)}`
    );
    await page.getByTestId('next-page').click();
    await expect
      .poll(() => page.getByTestId('page-of').textContent())
      .toBe(`Page 2 sur ${Math.ceil(rows / 50)}`);
    // Types under the column names; years unformatted, counts in fr-FR.
    await expect(page.locator('[data-testid=result-table] thead').textContent()).resolves.toContain(
      'yearINTEGER'
    );
    const firstYear = await page
      .locator('[data-testid=result-table] tbody tr td')
      .nth(1)
      .textContent();
    expect(firstYear).toMatch(/^20[23]\d$/);
  });

  it('exports the result as CSV, Parquet and JSON, written by DuckDB', async () => {
    const { page } = session.w;
    await run(
      page,
      "SELECT id, jobs_direct_high, '=1+1' AS formula FROM sites ORDER BY id",
      'click'
    );
    const csv = await downloaded(page, 'export-csv');
    expect(csv.d.suggestedFilename()).toMatch(/^releve-requete-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
    const lines = csv.bytes.toString('utf8').trim().split('\n');
    expect(lines[0]).toBe('id,jobs_direct_high,formula');
    expect(lines[1]).toBe("acc-douvrin,2000,'=1+1");
    expect(lines).toHaveLength(8);

    const parquet = await downloaded(page, 'export-parquet');
    expect(parquet.d.suggestedFilename()).toMatch(/\.parquet$/);
    expect(parquet.bytes.subarray(0, 4).toString()).toBe('PAR1');
    expect(parquet.bytes.subarray(-4).toString()).toBe('PAR1');

    const json = await downloaded(page, 'export-json');
    const rows = JSON.parse(json.bytes.toString('utf8'));
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual({ id: 'acc-douvrin', jobs_direct_high: 2000, formula: '=1+1' });
    await expect(page.getByTestId('export-status').textContent()).resolves.toMatch(
      /«\u00a0releve-requete-.*\.json\u00a0» téléchargé/
    );
  });

  it('shows DuckDB’s error next to the query, with the editor’s line', async () => {
    const { page } = session.w;
    await run(page, 'SELECT 1;\n\nSELECT nope\nFROM sites');
    const error = page.getByTestId('query-error');
    await expect(error.getAttribute('data-kind')).resolves.toBe('binder');
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('Nom de colonne ou d’alias inconnu ou ambigu');
    expect(text).toContain('ligne 3 de l’éditeur');
    expect(text).toContain('instruction 2 sur 2');
    expect(text).toContain('Referenced column "nope" not found');
    await expect(page.getByTestId('result-summary').count()).resolves.toBe(0);
  });

  it('cancels a long query', async () => {
    const { page } = session.w;
    await page
      .getByTestId('sql-editor')
      .fill('SELECT count(*) FROM range(5000000000) t(i) WHERE i % 7 = 3');
    await page.getByTestId('run-query').click();
    await page.waitForTimeout(800);
    await expect(page.getByTestId('cancel-query').isEnabled()).resolves.toBe(true);
    const t0 = Date.now();
    await page.getByTestId('cancel-query').click();
    await idle(page);
    expect(Date.now() - t0).toBeLessThan(5000);
    await expect(page.getByTestId('query-status').textContent()).resolves.toMatch(
      /Requête annulée|moteur a été redémarré/
    );
    // The engine still answers.
    await run(page, 'SELECT 42 AS answer');
    await expect(page.getByTestId('result-summary').getAttribute('data-rows')).resolves.toBe('1');
  });

  it('keeps a history that brings a query back', async () => {
    const { page } = session.w;
    const history = page.getByTestId('history');
    await expect(history.locator('li').count()).resolves.toBeGreaterThanOrEqual(4);
    await expect(history.locator('li').first().textContent()).resolves.toContain(
      'SELECT 42 AS answer'
    );
    await history.locator('li', { hasText: 'SELECT nope' }).locator('button').click();
    // The CodeMirror editor shows it (a contenteditable, read as text).
    await expect.poll(() => page.getByTestId('sql-editor').textContent()).toContain('SELECT nope');
    // It survives a reload (kept in this browser).
    await page.reload();
    await ready(page);
    await expect(page.getByTestId('history').locator('li').count()).resolves.toBeGreaterThanOrEqual(
      4
    );
  });

  it('has no axe violation, with a result on screen', async () => {
    const { page } = session.w;
    await run(page, 'SELECT * FROM sites');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the researcher’s own file', () => {
  it('lists every problem of a bad file (file, line, column, expected, found)', async () => {
    const { page } = session.w;
    await page.getByTestId('user-file').setInputFiles({
      name: 'mauvais.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(BAD_CSV)
    });
    await page.waitForSelector('[data-testid=user-state][data-step=checked]', { timeout: 30_000 });
    const summary = page.getByTestId('user-summary');
    await expect(summary.getAttribute('data-problems')).resolves.toBe('3');
    await expect(summary.getAttribute('data-valid')).resolves.toBe('1');
    const rows = await page
      .locator('[data-testid=user-problems] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()))
      );
    expect(rows).toEqual([
      ['mauvais.csv', 'ligne 3', 'latitude', 'un nombre ≤ 52', '"95"'],
      ['mauvais.csv', 'ligne 3', 'source_date', 'une date AAAA-MM-JJ', '"2025-13-01"'],
      ['mauvais.csv', 'ligne 4', 'departement', 'une valeur connue de departements.code', '"99"']
    ]);
    // Every problem, also as a file.
    const all = await downloaded(page, 'user-problems-csv');
    expect(all.d.suggestedFilename()).toBe('releve-problemes-mauvais.csv');
    const lines = all.bytes
      .toString('utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(lines[0]).toBe('file,line,column,expected,found,message');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      'mauvais.csv,3,latitude,a number ≤ 52,"""95""","mauvais.csv, line 3, column latitude: expected a number ≤ 52, found ""95"""'
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reads a semicolon-separated file from French Excel, and says how it read it', async () => {
    const { page } = session.w;
    await page.getByTestId('user-file').setInputFiles({
      name: 'excel.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(GOOD_CSV.replaceAll(',', ';'))
    });
    await page.waitForSelector('[data-testid=user-state][data-step=checked]', { timeout: 30_000 });
    await expect(page.getByTestId('user-encoding').textContent()).resolves.toContain(
      'séparateur point-virgule (virgule décimale acceptée)'
    );
  });

  it('ends a check stuck inside the engine (a corrupt Parquet file): the explorer answers again', async () => {
    const { page } = session.w;
    await uploadStuckFile(page);
    await expect(page.getByTestId('user-state').getAttribute('data-step')).resolves.toBe('reading');
    await page.getByRole('button', { name: 'Arrêter la vérification' }).click();
    await page.waitForSelector('[data-testid=user-state][data-step=cancelled]', { timeout: 5_000 });
    // Still stuck after the grace period: the worker is ended, and the page says so.
    await expect
      .poll(() => page.getByTestId('query-status').textContent(), { timeout: 15_000 })
      .toContain('La vérification du fichier ne s’arrêtait pas');
    await run(page, 'SELECT 6 * 7 AS answer');
    await expect(page.getByTestId('result-table').textContent()).resolves.toContain('42');
  });

  it('keeps a query typed while a stuck check is being ended: it runs on the new engine', async () => {
    const { page } = session.w;
    await uploadStuckFile(page);
    await page.getByRole('button', { name: 'Arrêter la vérification' }).click();
    // Inside the 3 s grace period the engine is still stuck: the query waits for it.
    await page.getByTestId('sql-editor').fill('SELECT 6 * 7 AS answer');
    await page.getByTestId('sql-editor').press('Control+Enter');
    await expect
      .poll(
        () =>
          page
            .getByTestId('result-table')
            .textContent()
            .catch(() => ''),
        {
          timeout: 20_000
        }
      )
      .toContain('42');
    await expect(page.getByTestId('query-status').textContent()).resolves.toContain(
      'La vérification du fichier ne s’arrêtait pas'
    );
    await expect(page.getByTestId('sql-editor').textContent()).resolves.toBe(
      'SELECT 6 * 7 AS answer'
    );
  });

  it('takes a good file by drag and drop, adds it, and every page shows it as the user’s', async () => {
    const { page } = session.w;
    const dropped = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'mes-sites.csv', { type: 'text/csv' }));
      return dt;
    }, GOOD_CSV);
    await page.getByTestId('user-drop').dispatchEvent('drop', { dataTransfer: dropped });
    await page.waitForSelector('[data-testid=user-state][data-step=checked]', { timeout: 30_000 });
    await expect(page.getByTestId('user-summary').getAttribute('data-problems')).resolves.toBe('0');
    await expect(page.getByTestId('user-state').textContent()).resolves.toContain(
      'Interrogeable en SQL sous le nom user_mes_sites'
    );
    await page.getByTestId('user-add').click();
    await expect(page.getByTestId('user-message').textContent()).resolves.toContain(
      '«\u00a0mes-sites.csv\u00a0» est dans le scénario (1 ligne)'
    );
    await expect(page.getByTestId('user-current').textContent()).resolves.toContain(
      'mes-sites.csv'
    );
    // Each added site's own page is one click away.
    await expect(
      page.getByTestId('user-site-pages').locator('a').getAttribute('href')
    ).resolves.toBe('/sites/vos-donnees#usine-e2e');

    // The file is a table in SQL.
    await run(page, 'SELECT id, jobs_direct_high FROM user_mes_sites');
    await expect(page.locator('[data-testid=result-table] tbody').textContent()).resolves.toContain(
      'usine-e2e'
    );
    // And the pages' merged sites are a view: Relève's 7 and the researcher's, flagged.
    await expect
      .poll(() => page.getByTestId('schema-merged').locator('li').getAttribute('data-table'))
      .toBe('sites_avec_vos_donnees');
    await run(
      page,
      'SELECT count(*) AS n, count(*) FILTER (WHERE vos_donnees) AS own, max(id) FILTER (WHERE vos_donnees) AS id FROM sites_avec_vos_donnees'
    );
    expect(await page.locator('[data-testid=result-table] tbody td').allTextContents()).toEqual([
      '8',
      '1',
      'usine-e2e'
    ]);
    await run(page, 'SELECT count(*) AS n FROM sites');
    await expect(page.locator('[data-testid=result-table] tbody td').textContent()).resolves.toBe(
      '7'
    );

    // The overview shows it, flagged, and the scenario notice says so; in English too.
    await page.goto(`${baseUrl}/`);
    const row = page.locator('tr[data-site=usine-e2e]');
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    await expect(row.locator('th').textContent()).resolves.toContain(
      'Usine usine-e2e (vos données)'
    );
    await expect(page.getByTestId('user-data-notice').textContent()).resolves.toContain(
      'vos données\u00a0: 1 site.'
    );
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => row.locator('th').textContent()).toContain('(your data)');
    await page.getByTestId('lang-switch').click();

    // Its link opens its own page (client-rendered: the site lives only in this browser), which
    // a reload brings back from the stored rows.
    await row.locator('th a').click();
    await page.waitForURL(/\/sites\/vos-donnees(\?[^#]*)?#usine-e2e$/);
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 30_000 })
      .toBe('Usine usine-e2e (vos données)');
    await expect(page.getByTestId('site-ramp-svg').count()).resolves.toBe(1);
    await expect(page.getByTestId('gap-table').textContent()).resolves.toContain('Opérateurs');
    await expect(page.locator('.sources').textContent()).resolves.toContain('Annonce de test');
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 30_000 })
      .toBe('Usine usine-e2e (vos données)');
  });

  it('removes the rows from the scenario', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/explorateur`);
    await ready(page);
    await page.getByTestId('user-remove-sites').click();
    await expect.poll(() => page.getByTestId('user-current').count()).toBe(0);
    // The merged view goes with them.
    await expect.poll(() => page.getByTestId('schema-merged').count()).toBe(0);
    await page.goto(`${baseUrl}/`);
    await waitForDuckDb(page);
    await expect(page.locator('tr[data-site=usine-e2e]').count()).resolves.toBe(0);
    await expect(page.getByTestId('user-data-notice').count()).resolves.toBe(0);

    // Its page, opened from an old link, says what happened instead of failing.
    await page.goto(`${baseUrl}/sites/vos-donnees#usine-e2e`);
    const state = page.getByTestId('user-site-state');
    await expect.poll(() => state.getAttribute('data-step'), { timeout: 30_000 }).toBe('missing');
    await expect(state.textContent()).resolves.toContain('Aucun site «\u00a0usine-e2e\u00a0»');
  });

  it('makes no request outside the app and logs no error', () => {
    expect(session.w.foreignRequests).toEqual([]);
    expect(session.w.consoleErrors).toEqual([]);
  });
});

describe('at phone width', () => {
  it('the explorer fits 390 px and still runs a query', async () => {
    const phone = await openPage(session.browser, baseUrl, { width: 390, height: 844 });
    try {
      await phone.page.goto(`${baseUrl}/explorateur`);
      await ready(phone.page);
      await run(phone.page, 'SELECT * FROM sites');
      await expect(
        phone.page.getByTestId('result-summary').getAttribute('data-rows')
      ).resolves.toBe('7');
      const overflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(phone.page)).toEqual([]);
      // The methodology too: formulas wrap, wide tables scroll inside keyboard-reachable regions.
      await phone.page.goto(`${baseUrl}/methodologie`);
      const methodOverflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect(methodOverflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(phone.page)).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });
});

describe('methodology', () => {
  it('shows the formulas, defaults with sources, presets, limits, tables and the citation', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/methodologie`);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('J(t) = N′ / (1 + exp(−k · (t − m)))');
    expect(text).toContain('H_o(t) = max(0, J_o(t) − J_o(t − 1)) + ρ · J_o(t − 1)');
    expect(text).toContain('La demande d’expansion');
    expect(text).toContain('Les annonces ne sont pas des prévisions');
    await expect(page.getByTestId('defaults-table').textContent()).resolves.toContain('8\u00a0%');
    await expect(page.locator('[data-preset]').count()).resolves.toBe(4);
    await expect(page.getByTestId('data-tables').textContent()).resolves.toContain(
      '1\u202f200\u202f000'
    );
    await expect(page.getByTestId('library-example').textContent()).resolves.toContain(
      "from 'releve/forecast'"
    );
    await expect(page.getByTestId('method-bibtex').textContent()).resolves.toMatch(
      /^@misc\{releve\d{4}software,/
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Methodology');
    await expect(page.locator('main').textContent()).resolves.toContain(
      'Announcements are not forecasts'
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
