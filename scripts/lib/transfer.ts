/**
 * What a first visit of a page downloads, read from Chromium's network events as Playwright
 * reports them: bytes on the wire per request (headers and body as sent, compressed or not), and
 * how many times each URL was fetched. Used by `npm run bench:browser` and the browser tests.
 * The offline service worker's own downloads (after the page's data is read) are not counted.
 */
import type { Browser, Page } from 'playwright-core';

export interface Transfer {
  /** Bytes received for the page's requests, headers included. */
  bytes: number;
  /** Requests per path (data, code, pages), in order of first request. */
  fetches: Map<string, number>;
  /** Bytes per path. */
  bytesByPath: Map<string, number>;
}

/**
 * Opens `url` in a fresh context (empty cache, no service worker), waits for `ready(page)`, then
 * for the network to be quiet, and returns what was transferred.
 */
export async function firstVisit(
  browser: Browser,
  url: string,
  ready: (page: Page) => Promise<unknown>
): Promise<Transfer> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block'
  });
  const page = await context.newPage();
  const fetches = new Map<string, number>();
  const bytesByPath = new Map<string, number>();
  const sizes: Promise<void>[] = [];
  let bytes = 0;
  // Context-level events also see the requests of the page's workers (DuckDB's engine).
  context.on('request', (request) => {
    const u = new URL(request.url());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return;
    fetches.set(u.pathname, (fetches.get(u.pathname) ?? 0) + 1);
  });
  context.on('requestfinished', (request) => {
    const u = new URL(request.url());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return;
    sizes.push(
      request.sizes().then((s) => {
        const n = s.responseHeadersSize + s.responseBodySize;
        bytes += n;
        bytesByPath.set(u.pathname, (bytesByPath.get(u.pathname) ?? 0) + n);
      })
    );
  });
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  await Promise.all(sizes);
  await context.close();
  return { bytes, fetches, bytesByPath };
}
