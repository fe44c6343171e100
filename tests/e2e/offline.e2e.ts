/**
 * Offline once loaded (PRODUCT.md), in Chromium on the built app: after a first visit the
 * service worker has kept the code, DuckDB-WASM and the tables; with the network cut, the overview
 * reloads and DuckDB-WASM reads the Parquet again (range reads answered from the kept files), the
 * map opens, and a page never opened says it is offline instead of failing.
 */
import { describe, expect, it } from 'vitest';
import { chromiumSession, waitForDuckDb } from './session.ts';

const session = chromiumSession();
const baseUrl = session.baseUrl;

describe('offline use', () => {
  it('reloads the overview with DuckDB-WASM and opens the map with the network cut', async () => {
    const { page, context } = session.w;
    await page.goto(`${baseUrl}/`);
    await waitForDuckDb(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000
    });
    const kept = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys())[0]);
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(kept).toEqual(expect.arrayContaining(['/', '/carte', '/data/sites.parquet']));
    expect(kept.some((p) => /duckdb-eh.*\.wasm$/.test(p))).toBe(true);

    await context.setOffline(true);
    try {
      await page.reload();
      await expect(page.locator('h1').textContent()).resolves.toContain('Hauts-de-France');
      await waitForDuckDb(page);
      const aesc = page.locator('tr[data-site="aesc-douai"]');
      await expect(aesc.getByTestId('jobs').textContent()).resolves.toMatch(
        /\d[\u202f\u00a0]\d{3}/
      );

      await page.goto(`${baseUrl}/carte`);
      await expect(page.locator('h1').textContent()).resolves.toBe(
        'Carte des sites et des personnes formées'
      );
      await expect(
        page.getByTestId('france-map').locator('path[data-code="32"]').count()
      ).resolves.toBe(1);

      await page.goto(`${baseUrl}/territoires/44`);
      await expect
        .poll(() => page.getByTestId('error-title').textContent(), { timeout: 30_000 })
        .toBe('Hors ligne');
    } finally {
      await context.setOffline(false);
    }
    expect(session.w.foreignRequests).toEqual([]);
  });
});
