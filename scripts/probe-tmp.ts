import type { AddressInfo } from 'node:net';
import { createStaticServer } from './lib/static-server.ts';
import { launchChromium } from '../tests/e2e/browser.ts';
const server = createStaticServer('/work/wt-explorer/build');
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchChromium();
const context = await browser.newContext({ acceptDownloads: true, locale: 'fr-FR' });
const page = await context.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text().slice(0, 300)));
await page.goto(`${base}/explorateur`);
await page.waitForSelector('[data-testid=explorer-engine][data-ready=true]', { timeout: 90_000 });
await page.getByTestId('sql-editor').fill(process.argv[2] ?? 'SELECT * FROM range(250000) t(i)');
await page.getByTestId('run-query').click();
await page.waitForSelector('[data-testid=result-summary]', { timeout: 90_000 });
await page.getByTestId('export-json').click();
for (let i = 0; i < 30; i++) {
  await page.waitForTimeout(1000);
  const st = await page.getByTestId('export-status').textContent();
  console.log(i, st?.trim());
  if (!/Export JSON/.test(st ?? '')) break;
}
await browser.close();
server.close();
