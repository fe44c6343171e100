/**
 * Screenshots of the built app's pages in Debian's Chromium, at desktop and phone widths, into
 * test-results/screenshots/ — to look at what a user sees. Usage:
 *   npm run build && npx tsx scripts/screenshots.ts [/path ...]
 * With USER_FILE=some-sites.csv, the file is first added as the researcher's own data (through
 * the explorer, as a user would), so pages such as /sites/vos-donnees#<id> show it.
 * With ELEMENT='[data-testid=local-market]', only that element of each page is shot.
 * With HOVER='[data-testid=overview-chart-plot]' (and HOVER_AT=0.9, a fraction of its width), the
 * pointer is first put on that element (a chart then shows its values at the pointed year).
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createStaticServer } from './lib/static-server.ts';
import { launchChromium } from '../tests/e2e/browser.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = process.env.SHOTS_DIR ?? 'test-results/screenshots';
mkdirSync(out, { recursive: true });

const server = createStaticServer(process.env.BUILD_DIR ?? 'build');
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchChromium();
try {
  for (const [label, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }]
  ] as const) {
    const context = await browser.newContext({ viewport, locale: 'fr-FR', deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && console.log(`console error: ${m.text()}`));
    if (process.env.USER_FILE) {
      await page.goto(`${base}/explorateur`);
      await page.waitForSelector('[data-testid=explorer-engine][data-ready=true]', {
        timeout: 60_000
      });
      await page.getByTestId('user-file').setInputFiles(process.env.USER_FILE);
      await page.waitForSelector('[data-testid=user-state][data-step=checked]', {
        timeout: 60_000
      });
      await page.getByTestId('user-add').click();
      await page.waitForSelector('[data-testid=user-current]', { timeout: 30_000 });
    }
    for (const p of paths) {
      await page.goto(base + p);
      await page
        .waitForFunction(
          () =>
            !document.querySelector('[data-engine]') ||
            document.querySelector('[data-engine]')?.getAttribute('data-engine') !== 'prerendered',
          undefined,
          { timeout: 30_000 }
        )
        .catch(() => console.log(`${p}: DuckDB-WASM did not finish within 30 s`));
      await page.waitForTimeout(300);
      if (process.env.HOVER) {
        const target = page.locator(process.env.HOVER).first();
        await target.scrollIntoViewIfNeeded();
        const box = await target.boundingBox();
        const at = Number(process.env.HOVER_AT ?? '0.5');
        if (box) await page.mouse.move(box.x + box.width * at, box.y + box.height / 2);
        await page.waitForTimeout(200);
      }
      const name = `${out}/${label}${p === '/' ? '-home' : p.replace(/[/?=&#]+/g, '-')}.png`;
      if (process.env.ELEMENT) {
        await page.locator(process.env.ELEMENT).first().screenshot({ path: name });
      } else {
        await page.screenshot({ path: name, fullPage: true });
      }
      console.log(name);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
