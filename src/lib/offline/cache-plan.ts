/**
 * What the service worker keeps so that the app works offline once loaded (PRODUCT.md), and how
 * it answers DuckDB-WASM's HTTP range reads of Parquet from a cached whole file.
 *
 * @example
 *   precacheList({ build, files, prerendered }); // ['/_app/…js', '/data/sites.parquet', '/carte', …]
 *   sliceRange(bytes, 'bytes=0-3');              // { start: 0, end: 3, body: bytes.slice(0, 4) }
 */

/** The pages a user opens first, kept at install with their page data; others when visited. */
export const MAIN_PAGES = [
  '/',
  '/scenarios',
  '/carte',
  '/territoires',
  '/explorateur',
  '/methodologie',
  '/sites/vos-donnees'
];

export interface BuildManifest {
  /** Files written by Vite (code, styles, DuckDB-WASM's bundles). */
  build: string[];
  /** Files of static/ (the Parquet tables, the TopoJSON, the manifest). */
  files: string[];
  /** Prerendered pages. */
  prerendered: string[];
}

/**
 * The files kept at install. DuckDB-WASM ships two engines (mvp, eh); every browser the app
 * supports takes "eh", so only that one (18 MB) is kept. The 9 MB synthetic table is kept when
 * the explorer first reads it, not at install. Pages: the main ones and the site pages, each with
 * its page data (client-side navigation reads `__data.json`), and the fallback shell.
 */
export function precacheList({ build, files, prerendered }: BuildManifest): string[] {
  const code = build.filter((f) => !/duckdb-mvp|duckdb-browser-mvp/.test(f));
  const data = files.filter((f) => !f.includes('trainees_synthetic'));
  const pages = prerendered.filter((p) => MAIN_PAGES.includes(p) || /^\/sites\/[^/]+$/.test(p));
  const pageData = pages.map((p) => (p === '/' ? '/__data.json' : `${p}/__data.json`));
  return [...new Set([...code, ...data, ...pages, ...pageData, '/200.html'])];
}

/** The byte range asked by a `Range: bytes=a-b` header, within a file of `size` bytes. */
export function parseRange(header: string, size: number): { start: number; end: number } | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start: number;
  let end = size - 1;
  if (m[1] === '') start = Math.max(0, size - Number(m[2]));
  else {
    start = Number(m[1]);
    if (m[2] !== '') end = Math.min(Number(m[2]), size - 1);
  }
  return start < size && start <= end ? { start, end } : null;
}

/** A 206 answer to `range` from the whole file's bytes (416 where the range cannot be met). */
export function rangeResponse(
  bytes: ArrayBuffer,
  range: string,
  contentType: string | null
): Response {
  const r = parseRange(range, bytes.byteLength);
  if (!r) {
    return new Response(null, {
      status: 416,
      headers: { 'Content-Range': `bytes */${bytes.byteLength}` }
    });
  }
  return new Response(bytes.slice(r.start, r.end + 1), {
    status: 206,
    headers: {
      'Content-Type': contentType ?? 'application/octet-stream',
      'Content-Range': `bytes ${r.start}-${r.end}/${bytes.byteLength}`,
      'Content-Length': String(r.end - r.start + 1),
      'Accept-Ranges': 'bytes'
    }
  });
}
