/**
 * Registers the offline service worker once the page has what it came for: its first install
 * downloads about 20 MB (DuckDB-WASM's engine, the tables, the main pages), which must not
 * compete with the page's own first read. So it waits until `ready()` (DuckDB-WASM has read the
 * data, or failed), or at most `maxWaitMs`.
 *
 * @example registerOffline(() => datasetStore.live !== null || datasetStore.error !== null);
 */
import { dev } from '$app/environment';
import { asset } from '$app/paths';

export function registerOffline(ready: () => boolean, maxWaitMs = 8000): () => void {
  if (dev || !('serviceWorker' in navigator)) return () => {};
  let done = false;
  const register = () => {
    if (done) return;
    done = true;
    clearInterval(poll);
    clearTimeout(limit);
    // A failure only means no offline copy: the app works as before.
    navigator.serviceWorker.register(asset('/service-worker.js')).catch(() => {});
  };
  const poll = setInterval(() => ready() && register(), 250);
  const limit = setTimeout(register, maxWaitMs);
  return () => {
    done = true;
    clearInterval(poll);
    clearTimeout(limit);
  };
}
