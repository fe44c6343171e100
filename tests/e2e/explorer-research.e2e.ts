/**
 * What a researcher expects of the SQL explorer, in Chromium on the built app: a CodeMirror
 * editor (loaded after the first paint, named, highlighting, completing the real tables and
 * columns, Ctrl+Enter), a shared link that reruns its query with the same page and sort, the
 * 1.2 M-row export written in pieces while the page answers, with progress and cancel, the
 * statistics of a column, and years printed as years.
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deferredPreloads } from '../../src/lib/serving/paint-first.ts';
import type { Page } from 'playwright-core';
import { openPage } from './browser.ts';
import { chromiumSession } from './session.ts';
import { axeViolations } from './axe.ts';

const session = chromiumSession({ acceptDownloads: true });
const baseUrl = session.baseUrl;

const ready = (page: Page) =>
  page.waitForSelector('[data-testid=explorer-engine][data-ready=true]', { timeout: 45_000 });
const idle = (page: Page) =>
  page.waitForFunction(
    () => !document.querySelector('[data-testid=run-query]')?.hasAttribute('disabled'),
    undefined,
    { timeout: 45_000 }
  );
async function run(page: Page, sql: string) {
  await page.getByTestId('sql-editor').fill(sql);
  await page.getByTestId('sql-editor').press('Control+Enter');
  await page.waitForTimeout(50);
  await idle(page);
}
const cells = (page: Page, row = 0) =>
  page.locator('[data-testid=result-table] tbody tr').nth(row).locator('td').allTextContents();

describe('the SQL editor', () => {
  it('paints with a textarea, then loads CodeMirror, which no preloaded script holds', async () => {
    const html = await (await fetch(`${baseUrl}/explorateur`)).text();
    expect(html).toMatch(/<textarea[^>]*data-testid="sql-editor"/);
    // The page's preloads, which it starts once painted (src/lib/serving/paint-first.ts).
    const preloaded = deferredPreloads(html);
    expect(preloaded.length).toBeGreaterThan(3);
    for (const href of preloaded) {
      const js = await (await fetch(new URL(href, `${baseUrl}/explorateur`))).text();
      expect(js.includes('cm-content'), href).toBe(false);
    }
    const { page } = session.w;
    await page.goto(`${baseUrl}/explorateur`);
    await expect
      .poll(() => page.locator('[data-editor]').getAttribute('data-editor'))
      .toBe('codemirror');
  });

  it('is named, highlights SQL and completes the real table and column names', async () => {
    const { page } = session.w;
    await ready(page);
    // Its accessible name is the label's.
    await expect(page.getByRole('textbox', { name: 'Requête SQL' }).count()).resolves.toBe(1);
    const editor = page.getByTestId('sql-editor');
    await editor.fill("SELECT 'texte' AS t");
    const colour = (text: string) =>
      page
        .locator('.cm-line span', { hasText: text })
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    const plain = await page
      .locator('.cm-line')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    const keyword = await colour('SELECT');
    const string = await colour("'texte'");
    expect(keyword).not.toBe(plain);
    expect(string).not.toBe(plain);
    expect(string).not.toBe(keyword);

    // A table name: Relève's tables, as the schema lists them.
    await editor.fill('SELECT * FROM trai');
    await editor.press('Control+Space');
    const options = page.locator('.cm-tooltip-autocomplete li');
    await expect.poll(() => options.allTextContents()).toContainEqual('trainees_synthetic');
    // CodeMirror ignores Enter in the first 75 ms of a list (its interactionDelay).
    await page.waitForTimeout(150);
    await editor.press('Enter');
    await expect(editor.textContent()).resolves.toBe('SELECT * FROM trainees_synthetic');

    // A column name anywhere, saying which tables hold it.
    await editor.fill('SELECT departe');
    await editor.press('Control+Space');
    await expect
      .poll(() => options.allTextContents())
      .toContainEqual(expect.stringMatching(/^departement.*trainees_synthetic/));
    await page.waitForTimeout(150);
    await editor.press('Enter');
    await page.keyboard.type(', count(*) AS n FROM trainees_synthetic GROUP BY ALL');
    await expect(editor.textContent()).resolves.toBe(
      'SELECT departement, count(*) AS n FROM trainees_synthetic GROUP BY ALL'
    );
    await editor.press('Control+Enter');
    await idle(page);
    await expect
      .poll(() => page.getByTestId('result-summary').getAttribute('data-rows'))
      .toMatch(/^\d+$/);
    expect(
      Number(await page.getByTestId('result-summary').getAttribute('data-rows'))
    ).toBeGreaterThan(10);
    expect(await axeViolations(page)).toEqual([]);

    // An example still sets the editor's text and runs it.
    await page.getByTestId('example-synthetic').click();
    await idle(page);
    await expect.poll(() => editor.textContent()).toContain('FROM trainees_synthetic');
    // 101 départements × 11 years of the synthetic table.
    await expect(page.getByTestId('history').locator('li').first().textContent()).resolves.toMatch(
      /^-- Table synthétique[\s\S]*· 1\u202f111 lignes · /
    );
  });

  it('prints years without a thousands separator, beside grouped counts', async () => {
    const { page } = session.w;
    await run(
      page,
      'SELECT 2021 AS year, 2021 AS total, 2030 AS production_start, 2021.0 AS annee'
    );
    expect(await cells(page)).toEqual(['2021', '2\u202f021', '2030', '2021']);
  });
});

describe('sorting the result', () => {
  it('sorts a column by value (1 197 after 997), NULLs last, and back to the result’s order', async () => {
    const { page } = session.w;
    await run(page, 'SELECT * FROM (VALUES (997), (NULL), (1197), (9)) t(v)');
    const header = page.locator('[data-testid=result-table] thead button');
    const column = () => page.locator('[data-testid=result-table] tbody td').allTextContents();
    await header.click();
    await expect.poll(column).toEqual(['9', '997', '1\u202f197', 'NULL']);
    await header.click();
    await expect.poll(column).toEqual(['1\u202f197', '997', '9', 'NULL']);
    await header.click();
    await expect.poll(column).toEqual(['997', 'NULL', '1\u202f197', '9']);
    await expect(page.getByTestId('result-order').count()).resolves.toBe(0);
  });
});

describe('a shared query', () => {
  const SQL = 'SELECT i, i % 7 AS r FROM range(120) t(i)';

  it('a shared explorer URL reruns its query and shows its results, page and sort', async () => {
    const { page } = session.w;
    await run(page, SQL);
    const header = page.locator('[data-testid=result-table] thead button', { hasText: /^r/ });
    await header.click();
    await expect
      .poll(() => page.getByTestId('result-order').textContent())
      .toBe('Trié par r (croissant).');
    await header.click();
    await page.getByTestId('next-page').click();
    await expect.poll(() => page.getByTestId('page-of').textContent()).toBe('Page 2 sur 3');
    await expect.poll(() => page.url()).toContain('page=2');
    const url = page.url();
    const params = new URLSearchParams(new URL(url).hash.slice(1));
    // (Playwright's fill of a multi-line CodeMirror document may leave a last empty line.)
    expect([...params.keys()]).toEqual(['sql', 'page', 'sort', 'desc']);
    expect(params.get('sql')!.trim()).toBe(SQL);
    expect([params.get('page'), params.get('sort'), params.get('desc')]).toEqual(['2', 'r', '1']);

    const other = await openPage(session.browser, baseUrl);
    try {
      await other.page.goto(url);
      await expect
        .poll(() => other.page.getByTestId('result-summary').getAttribute('data-rows'), {
          timeout: 45_000
        })
        .toBe('120');
      await expect(other.page.getByTestId('sql-editor').textContent()).resolves.toBe(
        params.get('sql')
      );
      await expect(other.page.getByTestId('page-of').textContent()).resolves.toBe('Page 2 sur 3');
      await expect(other.page.getByTestId('result-order').textContent()).resolves.toBe(
        'Trié par r (décroissant).'
      );
      await expect(
        other.page.locator('[data-testid=result-table] th[aria-sort=descending]').textContent()
      ).resolves.toContain('r');
      // r = 6, 5 and 4 take 17 rows each: page 2 opens on the last r = 4 (i = 116), then r = 3.
      expect(await cells(other.page, 0)).toEqual(['116', '4']);
      expect(await cells(other.page, 1)).toEqual(['3', '3']);
      await expect(
        other.page.getByTestId('share-status').getAttribute('data-from-link')
      ).resolves.toBe('true');
      // A link pasted into the same tab (only the fragment changes) runs too.
      await other.page.evaluate(() => (location.hash = 'sql=SELECT+42+AS+x'));
      await expect
        .poll(() => other.page.getByTestId('result-summary').getAttribute('data-rows'))
        .toBe('1');
      expect(await cells(other.page)).toEqual(['42']);
      expect(other.consoleErrors).toEqual([]);
    } finally {
      await other.context.close();
    }
  });

  it('says when a query is too long for a link, or a link holds one too long', async () => {
    const { page } = session.w;
    await run(page, `SELECT 1 AS un -- ${'x'.repeat(9000)}`);
    await expect
      .poll(() => page.getByTestId('share-notice').textContent())
      .toContain(
        'Requête trop longue pour un lien (9\u202f022 caractères, 8\u202f192 au plus)\u00a0: le lien de cette page ne la contient pas.'
      );
    expect(new URL(page.url()).hash).toBe('');

    const other = await openPage(session.browser, baseUrl);
    try {
      await other.page.goto(`${baseUrl}/explorateur#sql=${'y'.repeat(9000)}&page=2`);
      await ready(other.page);
      await expect(other.page.getByTestId('share-notice').textContent()).resolves.toContain(
        'Le lien ouvert contient une requête trop longue (9\u202f011 caractères, 8\u202f192 au plus)\u00a0: elle n’a pas été lue.'
      );
      await other.page.goto(`${baseUrl}/explorateur#sql=SELECT+7+AS+sept&page=abc`);
      await expect
        .poll(() => other.page.getByTestId('result-summary').getAttribute('data-rows'), {
          timeout: 45_000
        })
        .toBe('1');
      await expect(other.page.getByTestId('share-notice').textContent()).resolves.toContain(
        'Partie du lien ignorée\u00a0: page=abc.'
      );
    } finally {
      await other.context.close();
    }
  });
});

describe('the statistics of a column', () => {
  it('gives count, mean, median, quartiles, standard deviation and a histogram', async () => {
    const { page } = session.w;
    await run(
      page,
      `SELECT i::INTEGER AS n, 2000 + i % 30 AS year, 'x' AS label FROM range(1, 101) t(i)
       UNION ALL SELECT NULL, NULL, 'vide'`
    );
    const select = page.getByTestId('stats-column');
    await expect(select.locator('option').allTextContents()).resolves.toEqual([
      'Choisir…',
      'n',
      'year'
    ]);
    await select.selectOption('n');
    await page.getByTestId('stats-compute').click();
    const stat = (key: string) =>
      page.locator(`[data-testid=stats-table] tr[data-stat=${key}] td`).textContent();
    await expect.poll(() => stat('count')).toBe('100');
    const figures = await Promise.all(
      ['missing', 'mean', 'sd', 'min', 'q1', 'median', 'q3', 'max'].map(stat)
    );
    // 1…100: sd = sqrt(100 · 101 / 12) = 29.011… (n − 1); quartiles type 7.
    expect(figures).toEqual(['1', '50,5', '29,01', '1', '25,75', '50,5', '75,25', '100']);
    await expect(page.getByTestId('stats-basis').textContent()).resolves.toContain(
      'Calculé sur les 101 lignes du résultat'
    );
    const bars = page.locator('[data-testid=stats-histogram] rect');
    await expect(bars.count()).resolves.toBe(12);
    const counts = await bars.evaluateAll((r) =>
      r.map((e) => Number(e.getAttribute('data-count')))
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(100);
    expect(counts[0]).toBe(9); // 1 … 9.25
    // Years stay years.
    await select.selectOption('year');
    await page.getByTestId('stats-compute').click();
    await expect.poll(() => stat('max')).toBe('2029');
    await expect(stat('min')).resolves.toBe('2000');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the export of the 1.2 M-row table', () => {
  it('writes in pieces while the page answers, shows its progress, and can be cancelled', async () => {
    const { page } = session.w;
    await run(page, 'SELECT * FROM trainees_synthetic');
    await expect(page.getByTestId('result-summary').getAttribute('data-rows')).resolves.toBe(
      '1200000'
    );
    const status = page.getByTestId('export-status');
    // JSON, the slowest (it froze the page for 6 s when written in one piece).
    await page.getByTestId('export-json').click();
    await expect
      .poll(() => status.textContent(), { timeout: 60_000 })
      .toMatch(/Export JSON\u00a0: [1-9][\d\u202f]* sur 1\u202f200\u202f000 lignes \(\d+\u00a0%\)/);
    await expect(page.getByTestId('export-progress').getAttribute('max')).resolves.toBe('1200000');
    // The page answers a click while DuckDB writes.
    const raw = page.getByTestId('raw-numbers');
    const before = await raw.isChecked();
    const t0 = Date.now();
    await raw.click();
    expect(await raw.isChecked()).toBe(!before);
    expect(Date.now() - t0).toBeLessThan(1500);
    await expect(status.getAttribute('data-step')).resolves.toBe('running');
    // No new result may replace the one being written.
    await expect(page.getByTestId('run-query').isDisabled()).resolves.toBe(true);
    // Cancel: no file.
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByTestId('export-cancel').click();
    await expect
      .poll(() => status.textContent(), { timeout: 10_000 })
      .toContain('Export annulé\u00a0: aucun fichier n’a été téléchargé.');
    await page.waitForTimeout(1000);
    expect(downloads).toBe(0);
    await expect(page.getByTestId('export-cancel').count()).resolves.toBe(0);

    // The whole CSV, from its pieces: one header, every row.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByTestId('export-csv').click()
    ]);
    const file = (await download.path())!;
    const head = Buffer.alloc(400);
    const fd = openSync(file, 'r');
    readSync(fd, head, 0, 400, 0);
    closeSync(fd);
    const columns = await page.locator('[data-testid=result-table] thead button').allTextContents();
    expect(head.toString('utf8').split('\n')[0]).toBe(columns.join(','));
    await expect(status.textContent()).resolves.toMatch(/téléchargé \(1\d\d\u00a0Mo\)/);
    expect(session.w.consoleErrors).toEqual([]);
  });
});

describe('at phone width', () => {
  it('the CodeMirror editor fits 390 px and runs a query', async () => {
    const phone = await openPage(session.browser, baseUrl, { width: 390, height: 844 });
    try {
      await phone.page.goto(`${baseUrl}/explorateur`);
      await ready(phone.page);
      await expect
        .poll(() => phone.page.locator('[data-editor]').getAttribute('data-editor'))
        .toBe('codemirror');
      await run(phone.page, 'SELECT id, name, jobs_direct_high FROM sites ORDER BY id');
      await expect(
        phone.page.getByTestId('result-summary').getAttribute('data-rows')
      ).resolves.toBe('7');
      const box = await phone.page.locator('.cm-editor').boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      const overflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(phone.page)).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });
});
