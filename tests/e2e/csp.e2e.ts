/**
 * The server's Content-Security-Policy (same origin only, the pages' inline bootstrap by hash,
 * WebAssembly for DuckDB) lets every page work in Chromium with the policy enforced: no
 * violation, no console error, DuckDB-WASM starts and runs a query, the Monte Carlo worker
 * answers, a chart exports as PNG (drawn through a blob: image).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from './browser.ts';
import { chromiumSession, waitForDuckDb } from './session.ts';

const session = chromiumSession();

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
}

describe('Content-Security-Policy in Chromium, enforced', () => {
  it('lets every page, DuckDB-WASM, the Monte Carlo worker and the exports work', async () => {
    const w = await openPage(session.browser, session.baseUrl, undefined, {
      bypassCSP: false,
      acceptDownloads: true
    });
    await w.page.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = list;
      document.addEventListener('securitypolicyviolation', (e) =>
        list.push(`${e.violatedDirective} ${e.blockedURI}`)
      );
    });
    const response = await w.page.goto(`${session.baseUrl}/`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await waitForDuckDb(w.page);
    // The Monte Carlo band comes from its worker.
    await expect
      .poll(() => w.page.getByTestId('kpi-shortage').textContent(), { timeout: 60_000 })
      .toMatch(/%/);
    expect(await violations(w.page)).toEqual([]);
    for (const path of [
      '/scenarios',
      '/carte',
      '/territoires/32',
      '/sites/aesc-douai',
      '/methodologie'
    ]) {
      await w.page.goto(`${session.baseUrl}${path}`);
      await w.page.waitForLoadState('networkidle');
      expect(await violations(w.page), path).toEqual([]);
    }
    await w.page.goto(`${session.baseUrl}/explorateur`);
    await w.page.waitForSelector('[data-testid=explorer-engine][data-ready=true]', {
      timeout: 60_000
    });
    await w.page.getByTestId('sql-editor').fill('SELECT count(*) AS n FROM sites');
    await w.page.getByTestId('sql-editor').press('Control+Enter');
    await expect
      .poll(() => w.page.locator('table').first().textContent(), { timeout: 30_000 })
      .toContain('7');
    await w.page.goto(`${session.baseUrl}/carte`);
    await waitForDuckDb(w.page);
    await w.page.getByTestId('map-export').locator('summary').click();
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByTestId('map-export-png').click()
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(await violations(w.page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });
});
