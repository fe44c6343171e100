/**
 * Launches Debian's Chromium with playwright-core (no browser download) and records what a test
 * must check on every page: requests leaving the app's origin and console errors.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page
} from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS
  });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** URLs requested outside the app's origin. */
  foreignRequests: string[];
  consoleErrors: string[];
}

export async function openPage(
  browser: Browser,
  baseUrl: string,
  viewport = { width: 1280, height: 900 },
  /** More context options, e.g. `{ acceptDownloads: true }` for tests that check downloads. */
  options: BrowserContextOptions = {}
): Promise<Watched> {
  // bypassCSP: the tests inject axe-core as a script, which the server's policy refuses; the
  // policy itself is checked by csp.e2e.ts, with bypassCSP: false.
  const context = await browser.newContext({
    viewport,
    locale: 'fr-FR',
    bypassCSP: true,
    ...options
  });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  return { page, context, foreignRequests, consoleErrors };
}
