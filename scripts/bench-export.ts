/**
 * The explorer's export of the 1.2 M-row synthetic table, measured in Debian's Chromium on the
 * built app: for CSV, Parquet and JSON, the export's wall time and the page's longest frame
 * (the longest gap between two animation frames while it runs: a frozen page shows here).
 * Usage: npx vite build && npx tsx scripts/bench-export.ts [csv parquet json]
 */
import type { AddressInfo } from 'node:net';
import { createStaticServer } from './lib/static-server.ts';
import { launchChromium } from '../tests/e2e/browser.ts';

const formats = process.argv.slice(2).length ? process.argv.slice(2) : ['csv', 'parquet', 'json'];
const server = createStaticServer(process.env.BUILD_DIR ?? 'build');
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchChromium();
try {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${base}/explorateur`);
  await page.waitForSelector('[data-testid=explorer-engine][data-cached]:not([data-cached=""])', {
    timeout: 90_000
  });
  const editor = page.getByTestId('sql-editor');
  await editor.fill('SELECT * FROM trainees_synthetic');
  await page.getByTestId('run-query').click();
  await page.waitForSelector('[data-testid=result-summary][data-rows="1200000"]', {
    timeout: 90_000
  });
  for (const format of formats) {
    // A string, not a function: tsx would wrap the callback's inner functions in its __name().
    await page.evaluate(`(() => {
      window.__longest = 0;
      window.__stop = false;
      let last = performance.now();
      const tick = (t) => {
        window.__longest = Math.max(window.__longest, t - last);
        last = t;
        if (!window.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    const t0 = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 180_000 }),
      page.getByTestId(`export-${format}`).click()
    ]);
    const wall = Date.now() - t0;
    await download.path();
    const longest = await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __stop: boolean };
      w.__stop = true;
      return w.__longest;
    });
    const status = await page.getByTestId('export-status').textContent();
    console.log(
      `${format}: ${(wall / 1000).toFixed(1)} s, longest frame ${Math.round(longest)} ms — ${status?.trim()}`
    );
  }
} finally {
  await browser.close();
  server.close();
}
