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

/**
 * Waits until the page is hydrated (`<html data-hydrated>`, set by the layout): its scripts start
 * after the first paint, and a control used before that is not yet the app's.
 */
export function waitForHydration(page: Page): Promise<unknown> {
  return page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 30_000 });
}

/** Waits until the page shows data read by DuckDB-WASM in the browser. */
export function waitForDuckDb(page: Page): Promise<unknown> {
  return page.waitForSelector('[data-engine=duckdb-wasm]', { timeout: 45_000 });
}
