import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage } from './browser.ts';
import { axeViolations } from './axe.ts';
import { NodeConnector } from '../../src/lib/data/node.ts';
import { loadBmo, loadDataset, type Dataset } from '../../src/lib/data/queries.ts';
import { defaultState } from '../../src/lib/state/app-state.ts';
import { buildModelInput } from '../../src/lib/scenario/build.ts';
import { restrictToRegion, territoryTotal } from '../../src/lib/scenario/territory.ts';
import { projectDetailed } from '../../src/lib/forecast/index.ts';
import { roundProjected } from '../../src/lib/i18n/format.ts';
import { sourceLabel } from '../../src/lib/data/provenance.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let dataset: Dataset;

beforeAll(async () => {
  browser = await launchChromium();
  const db = await NodeConnector.open('static');
  dataset = await loadDataset(db);
  await db.close();
});

/** A figure as the page writes it ("2 430", "1,5 %") → its number. */
const toNumber = (s: string | null) => Number((s ?? '').replace(/[^\d,.-]/g, '').replace(',', '.'));

/** The model's total row of a territory at a year, as the pages compute it. */
function totalAt(region: string, year: number) {
  const input = restrictToRegion(buildModelInput(defaultState(), dataset), region);
  return territoryTotal(projectDetailed(input)).find((r) => r.year === year)!;
}
afterAll(async () => {
  await browser?.close();
});

describe('home page in Chromium', () => {
  it('shows the sites read through DuckDB-WASM, in fr-FR format, with no foreign request and no console error', async () => {
    const w = await openPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}/`);
    // Prerendered content is there before DuckDB-WASM loads.
    await expect(w.page.locator('h1').textContent()).resolves.toContain('Hauts-de-France');
    const engine = w.page.getByTestId('engine');
    await w.page.waitForFunction(
      () =>
        document.querySelector('[data-testid=engine]')?.getAttribute('data-engine') ===
        'duckdb-wasm',
      undefined,
      { timeout: 45_000 }
    );
    await expect(engine.textContent()).resolves.toMatch(/DuckDB-WASM v0\.9\.1/);

    const aesc = w.page.locator('tr[data-site="aesc-douai"]');
    await expect(aesc.locator('th').textContent()).resolves.toContain('AESC');
    // fr-FR groups thousands with a narrow no-break space: "1 000–1 200" or similar.
    const jobs = (await aesc.getByTestId('jobs').textContent()) ?? '';
    expect(jobs).toMatch(/\d[\u202f\u00a0]\d{3}/);
    for (const id of ['acc-douvrin', 'verkor-dunkerque', 'prologium-dunkerque']) {
      await expect(w.page.locator(`tr[data-site="${id}"]`).count()).resolves.toBe(1);
    }
    // The source of each figure is reachable from its row.
    const href = await aesc.locator('td a').last().getAttribute('href');
    expect(href).toBe('#source-aesc-douai');
    await expect(w.page.locator('#source-aesc-douai').textContent()).resolves.toMatch(
      /annoncé|observé|estimation/
    );

    // The other seeded territories are one click away.
    await w.page.getByText('Île-de-France', { exact: true }).click();
    await expect.poll(() => w.page.locator('tr[data-site="refactory-flins"]').count()).toBe(1);
    await expect(w.page.locator('h1').textContent()).resolves.toContain('Île-de-France');
    await expect.poll(() => w.page.url()).toContain('r=11');

    expect(w.foreignRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('heads with the unfilled jobs of the model’s total row, the available people beside them', async () => {
    const w = await openPage(browser, baseUrl);
    for (const region of ['32', '11']) {
      await w.page.goto(`${baseUrl}/?r=${region}`);
      await w.page.waitForSelector('[data-engine=duckdb-wasm]', { timeout: 45_000 });
      const t = totalAt(region, 2030);
      const text = (id: string) => w.page.getByTestId(id).textContent();
      // Σ of the cells' unfilled jobs, never netted; the région's trained people with no post.
      await expect
        .poll(async () => toNumber(await text('kpi-unfilled')))
        .toBe(roundProjected(t.unfilled));
      expect(toNumber(await text('kpi-surplus'))).toBe(roundProjected(t.surplus));
      expect(toNumber(await text('kpi-jobs'))).toBe(roundProjected(t.jobs));
      expect(toNumber(await text('kpi-trained'))).toBe(roundProjected(t.trained));
      // No impossible figure: in post ≤ jobs, coverage ≤ 100 %.
      expect(t.trained).toBeLessThanOrEqual(t.jobs);
      expect(toNumber(await text('kpi-coverage'))).toBeLessThanOrEqual(100);
      expect(toNumber(await text('kpi-coverage'))).toBe(Math.round(t.coverage! * 100));
      // The lead sentence quotes the same figures, and says whose training it counts.
      const lead = (await text('lead')) ?? '';
      expect(lead).toContain(
        `${new Intl.NumberFormat('fr-FR').format(roundProjected(t.unfilled))} n’auraient pas de personne formée par les formations recensées ici`
      );
      // The total row of the sites table is the headline's.
      const total = w.page.getByTestId('sites-total');
      if (await total.count()) {
        expect(toNumber(await total.locator('td').nth(5).textContent())).toBe(
          roundProjected(t.unfilled)
        );
      }
      // The shortage probability says what it measures, over the run count of every page.
      await expect
        .poll(
          () => w.page.locator('.card', { has: w.page.getByTestId('kpi-shortage') }).textContent(),
          {
            timeout: 45_000
          }
        )
        .toMatch(
          /Probabilité que plus de 10\s%\sdes emplois de 2035 restent sans personne formée\s*\d+\s%\s*sur 10\s000 tirages Monte-Carlo/
        );
    }
    // Île-de-France has both at once (not the same occupations), and says so.
    await expect(w.page.getByTestId('lead').textContent()).resolves.toMatch(
      /ne se compensent pas\u00a0: ce ne sont pas les mêmes métiers/
    );
    // The chart hatches the years that rest on renewed programmes (the ICM campus from 2028).
    await expect(w.page.getByTestId('overview-chart-renewal').textContent()).resolves.toMatch(
      /^\s*Hachures à partir de 2028/
    );
    await expect(
      w.page.locator('[data-chart=overview-chart] .legend').textContent()
    ).resolves.toContain('Formations reconduites après leur financement annoncé (hypothèse)');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('fits a 390 px phone on every page, even with every data table and menu opened', async () => {
    const w = await openPage(browser, baseUrl, { width: 390, height: 844 });
    const widths: Record<string, number> = {};
    for (const path of [
      '/',
      '/scenarios',
      '/sites/aesc-douai',
      '/carte',
      '/territoires',
      '/territoires/32',
      '/territoires/59',
      '/territoires/departement-11',
      '/explorateur',
      '/methodologie',
      '/sites/vos-donnees'
    ]) {
      await w.page.goto(`${baseUrl}${path}`);
      await w.page.waitForLoadState('networkidle');
      widths[path] = await w.page.evaluate(() => {
        document.querySelectorAll('details').forEach((d) => (d.open = true));
        return document.documentElement.scrollWidth;
      });
    }
    // A wide table or chart scrolls in its own box; the page itself never scrolls sideways.
    expect(widths).toEqual(Object.fromEntries(Object.keys(widths).map((p) => [p, 390])));
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('keeps its headings in order: the chart’s title is a section (h2) after the page’s h1', async () => {
    const w = await openPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}/`);
    const levels = await w.page
      .locator('main h1, main h2, main h3, main h4')
      .evaluateAll((els) => els.map((e) => Number(e.tagName.slice(1))));
    expect(levels[0]).toBe(1);
    // No level skipped on the way down (Lighthouse's heading-order audit: h1 then h3 before).
    expect(levels.every((l, i) => i === 0 || l <= levels[i - 1] + 1)).toBe(true);
    await expect(w.page.locator('#overview-chart-title').evaluate((e) => e.tagName)).resolves.toBe(
      'H2'
    );
    await w.context.close();
  });

  it('answers an unknown address with a French page that leads back in', async () => {
    const w = await openPage(browser, baseUrl);
    for (const path of ['/territoires/departement-59', '/sites/usine-inconnue', '/nulle-part']) {
      const response = await w.page.goto(`${baseUrl}${path}`);
      expect(response?.status()).toBe(404);
      await expect
        .poll(() => w.page.getByTestId('error-title').textContent(), { timeout: 30_000 })
        .toBe('Page introuvable');
      await expect(w.page.title()).resolves.toBe('Relève — Page introuvable');
      await expect(w.page.locator('main a[href^="/carte"]').count()).resolves.toBe(1);
    }
    expect(await axeViolations(w.page)).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('writes English punctuation on English pages (no space before a colon), French data aside', async () => {
    // French titles and names from the data keep their French spacing: those are not the UI's.
    const db = await NodeConnector.open('static');
    const dataset = await loadDataset(db);
    const bmo = await loadBmo(db);
    await db.close();
    // The BMO rows' titles are shown as "domain — title" (sourceLabel).
    const french = [...Object.values(dataset), bmo, bmo.map((r) => ({ label: sourceLabel(r) }))]
      .flatMap((table) => (Array.isArray(table) ? table : []))
      .flatMap((row) => Object.values(row as Record<string, unknown>))
      .filter((v): v is string => typeof v === 'string' && /\s[:;!?]/.test(v));
    const w = await openPage(browser, baseUrl);
    const found: string[] = [];
    for (const path of [
      '/',
      '/scenarios',
      '/sites/aesc-douai',
      '/carte',
      '/territoires/32',
      '/methodologie',
      '/explorateur'
    ]) {
      await w.page.goto(`${baseUrl}${path}?v=1&lang=en`);
      await w.page.waitForLoadState('networkidle');
      const texts = await w.page.evaluate(() => {
        const out: string[] = [];
        const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
          if (n.parentElement?.closest('script, style')) continue;
          const t = n.textContent ?? '';
          if (/[ \u00a0\u202f][:;!?](\s|$)/.test(t)) out.push(t.trim());
        }
        return out;
      });
      if (path === '/' || path === '/sites/aesc-douai') {
        // The French titles of the sources are marked as French for screen readers.
        expect(await w.page.locator('a[rel~=external][lang=fr]').count()).toBeGreaterThan(0);
      }
      for (const t of texts) {
        for (const m of t.matchAll(/[ \u00a0\u202f][:;!?](?=\s|$)/g)) {
          const around = t.slice(Math.max(0, m.index - 8), m.index + 2).trimStart();
          if (!french.some((f) => f.includes(around))) found.push(`${path}: …${around}…`);
        }
      }
    }
    expect(found).toEqual([]);
    await w.context.close();
  });
});
