/**
 * One Chromium and one watched page for a test file: launched before its tests, closed after.
 *
 * @example
 *   const session = chromiumSession();            // in a *.e2e.ts file, at top level
 *   it('…', async () => { await session.w.page.goto(session.baseUrl); });
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, openPage, type Watched } from './browser.ts';

export interface ChromiumSession {
  baseUrl: string;
  browser: Browser;
  w: Watched;
}

export function chromiumSession(options: BrowserContextOptions = {}): ChromiumSession {
  const session = { baseUrl: inject('baseUrl') } as ChromiumSession;
  beforeAll(async () => {
    session.browser = await launchChromium();
    session.w = await openPage(session.browser, session.baseUrl, undefined, options);
  });
  afterAll(async () => {
    await session.w?.context.close();
    await session.browser?.close();
  });
  return session;
}

/** Waits until the page shows data read by DuckDB-WASM in the browser. */
export function waitForDuckDb(page: Page): Promise<unknown> {
  return page.waitForSelector('[data-engine=duckdb-wasm]', { timeout: 45_000 });
}
