/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline use once loaded (PRODUCT.md). At install the worker keeps the app's code, DuckDB-WASM's
 * engine, the data tables and the main pages; afterwards it keeps every same-origin file it sees
 * pass. Online, the network answers first (nothing is ever stale); offline, the kept copy does,
 * including DuckDB's range reads of Parquet, cut from the whole file. Nothing leaves the origin.
 */
import { build, files, prerendered, version } from '$service-worker';
import { precacheList, rangeResponse } from '$lib/offline/cache-plan';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `releve-${version}`;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(precacheList({ build, files, prerendered })))
      .then(() => sw.skipWaiting())
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim())
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (request.method !== 'GET' && request.method !== 'HEAD') return;
  event.respondWith(respond(request, url, (p) => event.waitUntil(p)));
});

/** Whole files read back for range answers, kept while the worker lives. */
const bytesOf = new Map<string, Promise<ArrayBuffer>>();

async function respond(
  request: Request,
  url: URL,
  keep: (work: Promise<unknown>) => void
): Promise<Response> {
  const cache = await caches.open(CACHE);
  // One entry per path: a page's query only carries the app's state, the same page answers it.
  const key = url.pathname;
  const range = request.headers.get('range');
  try {
    const response = await fetch(request);
    if (request.method === 'GET' && !range && response.status === 200) {
      // Stored beside the answer, not before it: the page gets its bytes as they arrive.
      keep(cache.put(key, response.clone()));
      bytesOf.delete(key);
    }
    return response;
  } catch (error) {
    const kept = await cache.match(key);
    if (!kept) {
      const shell = request.mode === 'navigate' ? await cache.match('/200.html') : undefined;
      if (shell) return shell;
      throw error;
    }
    if (request.method === 'HEAD') return new Response(null, { headers: kept.headers });
    if (range) {
      let bytes = bytesOf.get(key);
      if (!bytes) bytesOf.set(key, (bytes = kept.clone().arrayBuffer()));
      return rangeResponse(await bytes, range, kept.headers.get('Content-Type'));
    }
    return kept;
  }
}
