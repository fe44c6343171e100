/**
 * The methodology in Chromium: the backtest against reality (what the model said with the data
 * of the end of 2023, against the headcounts observed since) shows its three headcounts per
 * preset, and the counts its prose states; the hiring lead's reference class is computed from
 * the data, its mean the library's `referenceLead`; every placeholder is filled, model times
 * are never written as thousands; the English version; axe-core finds no violation.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NodeConnector } from '../../src/lib/data/node.ts';
import { loadDataset } from '../../src/lib/data/queries.ts';
import { toModelInput } from '../../src/lib/data/model-input.ts';
import { referenceLead } from '../../src/lib/forecast/index.ts';
import { chromiumSession } from './session.ts';
import { axeViolations } from './axe.ts';

const session = chromiumSession();
const baseUrl = session.baseUrl;
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/shots-map';
mkdirSync(SHOTS, { recursive: true });

async function defaultLead(): Promise<number> {
  const db = await NodeConnector.open('static');
  try {
    return referenceLead(toModelInput(await loadDataset(db)).sites);
  } finally {
    await db.close();
  }
}

/** The page's prose: everything before the citation box (BibTeX has braces of its own). */
const prose = (text: string) => text.split(/8\. (Citer|Cite)/)[0];

describe('the methodology', () => {
  it('confronts the model with reality: 3 headcounts per preset, the counts the text states', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/methodologie`);
    await expect(page.locator('#backtest h2').textContent()).resolves.toBe(
      '4. Confronter le modèle à la réalité'
    );
    for (const preset of ['realiste', 'annonces']) {
      const rows = page.getByTestId(`backtest-${preset}`).locator('tbody tr');
      await expect(rows.count()).resolves.toBe(3);
      await expect(rows.locator('th').allTextContents()).resolves.toEqual([
        expect.stringContaining('AESC'),
        expect.stringContaining('AESC'),
        expect.stringContaining('Verkor')
      ]);
    }
    // The finding says « aucun des trois » for Réaliste and « deux effectifs sur trois » for the
    // announcements: the computed table must agree, or the prose must change.
    const insideOf = (preset: string) =>
      page.getByTestId(`backtest-${preset}`).locator('tbody tr[data-inside="true"]').count();
    await expect(insideOf('realiste')).resolves.toBe(0);
    await expect(insideOf('annonces')).resolves.toBe(2);
    await expect(page.getByTestId('backtest-realiste-count').textContent()).resolves.toContain(
      'Aucun des 3 effectifs'
    );
    await expect(page.getByTestId('backtest-annonces-count').textContent()).resolves.toContain(
      '2 effectifs sur 3'
    );
    const finding = (await page.getByTestId('backtest-finding').allTextContents()).join(' ');
    expect(finding).toContain('aucun des trois effectifs');
    expect(finding).toContain('deux effectifs sur trois');
    await expect(page.locator('#backtest').textContent()).resolves.toContain(
      'avec ce qui était connu au 31 décembre 2023'
    );
  });

  it('computes the hiring lead from the sites with observed headcounts, its mean referenceLead', async () => {
    const { page } = session.w;
    const table = page.getByTestId('lead-table');
    await expect(table.locator('tbody tr').count()).resolves.toBe(3);
    const leads = (await table
      .locator('td[data-lead]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-lead'))))) as number[];
    const mean = Number(await page.getByTestId('lead-mean').getAttribute('data-value'));
    expect(mean).toBeCloseTo(leads.reduce((a, b) => a + b, 0) / leads.length, 2);
    expect(mean).toBe(await defaultLead());
    await expect(page.getByTestId('lead-mean').textContent()).resolves.toContain(
      `L = ${String(mean).replace('.', ',')}\u00a0ans`
    );
    // The defaults table quotes the same computed lead.
    await expect(page.getByTestId('default-lead').textContent()).resolves.toContain(
      String(mean).replace('.', ',')
    );
    // Dates on the model's axis, written as years with a fraction, never "2 025,055".
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('21 janvier 2026 (x = 2025,055)');
    expect(text).not.toMatch(/x = \d[\u202f\u00a0 ]\d{3}/);
    // Every placeholder filled, the v2 rules stated with their sources.
    expect(prose(text).match(/\{[a-zA-Z]+\}/)?.[0]).toBeUndefined();
    for (const phrase of [
      'Personne en poste sans poste',
      'les 38 techniciens de maintenance d’AESC',
      'τ = 4\u202f400 / 13\u202f000 = 0,3385',
      '= 0,351',
      'E = 1\u202f938 salariés',
      'reconduite à l’identique',
      'corrélation r = 0,5',
      'plus de 10\u00a0% des emplois de la dernière année',
      'coût inconnu'
    ]) {
      expect(text, phrase).toContain(phrase);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/method-desktop.png`, fullPage: true });
  });

  it('lists the rates official statistics replaced, before → after, with their sources', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/methodologie`);
    const rows = page.getByTestId('rate-changes').locator('tbody tr');
    // One line per replaced rate: the five titre professionnel courses and the new places share one.
    await expect(rows.count()).resolves.toBe(3);
    const cells = async (name: RegExp) => {
      const row = rows.filter({ has: page.locator('th', { hasText: name }) });
      return (await row.first().locator('td').allTextContents()).map((t) => t.trim());
    };
    // The titre professionnel counts give 0.73, not the page's rounded « 80 % ».
    const tsmi = await cells(/maintenance industrielle/);
    expect(tsmi.slice(0, 4)).toEqual(['réussite', '0,8', '0,73', '−7\u00a0pt']);
    expect(tsmi[4]).toContain('151\u202f117 sur 206\u202f315 = 0,732');
    expect(tsmi[4]).toContain('novembre 2023');
    const school = await cells(/École de production/);
    expect(school.slice(0, 4)).toEqual(['placement', '0,65', '0,68', '+3\u00a0pt']);
    expect(school[4]).toContain('InserJeunes, ligne fr-2022-6m-app-prod');
    const links = page.getByTestId('rate-changes').locator('a[href^="https://"]');
    await expect(links.count()).resolves.toBe(3);
    await expect(rows.first().locator('th li').count()).resolves.toBe(6);
  });

  it('shows every column of the defaults table at 1280 px, its sources included', async () => {
    const { page } = session.w;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/methodologie`);
    const table = page.getByTestId('defaults-table');
    // The table fits its scrolling box: nothing to scroll sideways to find the « Source » column.
    const [scrollWidth, boxWidth] = await table.evaluate((t) => [
      t.scrollWidth,
      t.parentElement!.clientWidth
    ]);
    expect(scrollWidth).toBeLessThanOrEqual(boxWidth);
    const source = table.locator('thead th').nth(2);
    await expect(source.textContent()).resolves.toBe('Source et raisonnement');
    const box = await source.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    // The source of the default occupation mix is in view beside its list.
    const mixRow = table
      .locator('tbody tr')
      .filter({ has: page.locator('ul.mix') })
      .last();
    const cell = await mixRow.locator('td').nth(1).boundingBox();
    expect(cell!.x + cell!.width).toBeLessThanOrEqual(1280);
  });

  it('reads in English', async () => {
    const { page } = session.w;
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Methodology');
    await expect(page.locator('#backtest h2').textContent()).resolves.toBe(
      '4. Backtest against reality'
    );
    await expect(page.getByTestId('backtest-realiste-count').textContent()).resolves.toContain(
      'None of the 3 headcounts'
    );
    const text = (await page.locator('main').textContent()) ?? '';
    expect(prose(text).match(/\{[a-zA-Z]+\}/)?.[0]).toBeUndefined();
    expect(text).toContain('21 January 2026 (x = 2025.055)');
    expect(await axeViolations(page)).toEqual([]);
    expect(session.w.consoleErrors).toEqual([]);
    expect(session.w.foreignRequests).toEqual([]);
  });

  it('names each preset without its internal id, and opens it in the workbench', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/methodologie`);
    const heading = page.locator('#preset-volontariste');
    await expect(heading.textContent()).resolves.toMatch(
      /^\s*Volontariste\s+ouvrir dans l’atelier\s*$/
    );
    await expect(page.locator('section.preset h3 code').count()).resolves.toBe(0);
    await page.getByTestId('open-preset-volontariste').click();
    await page.waitForURL(/\/scenarios\?/);
    expect(new URL(page.url()).searchParams.get('p')).toBe('volontariste');
  });
});
