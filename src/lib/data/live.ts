/**
 * The browser's DuckDB-WASM connector, created once and only when first asked for: the engine
 * (≈ 18 MB of WebAssembly) loads after the prerendered page is on screen.
 */
import { base } from '$app/paths';
import type { BrowserConnector } from './browser.ts';
import type { Connector } from './connector.ts';
import { loadDataset, type Dataset } from './queries.ts';

let connector: Promise<BrowserConnector> | null = null;

export function browserConnector(): Promise<Connector> {
  return browserEngine();
}

/**
 * The same engine as `browserConnector()`, with its browser-only extension (sessions that can
 * be cancelled, files registered by handle): the SQL explorer and the pages share one worker.
 */
export function browserEngine(): Promise<BrowserConnector> {
  return (connector ??= import('./browser.ts').then(
    ({ BrowserConnector }) => new BrowserConnector(new URL(`${base}/`, location.href).href)
  ));
}

let dataset: Promise<{ dataset: Dataset; version: string; ms: number }> | null = null;

/** The default dataset read in the browser by DuckDB-WASM (once per page load). */
export function liveDataset(): Promise<{ dataset: Dataset; version: string; ms: number }> {
  return (dataset ??= (async () => {
    const t0 = performance.now();
    const db = await browserConnector();
    const result = await loadDataset(db);
    return { dataset: result, version: await db.version(), ms: performance.now() - t0 };
  })());
}
