/**
 * A small static file server for the built app (build/): the right MIME types (application/wasm
 * for DuckDB), HTTP range requests (DuckDB-WASM reads Parquet with HEAD + Range), SvelteKit's
 * prerendered `page.html` files, and the SPA fallback for other paths. Used by `npm start` and
 * by the browser tests.
 *
 * Whatever arrives, it answers: the request target is parsed in one guarded place (only
 * origin-form paths, at most MAX_TARGET characters), and any other failure is a 500, never a
 * crash. Every answer carries strict security headers (`securityHeaders`): a Content-Security-
 * Policy of the app's own origin only, with the hashes of the page's inline bootstrap script
 * (SvelteKit writes one per page) and `'wasm-unsafe-eval'` for DuckDB-WASM's WebAssembly.
 *
 * Compression: `npm run build` writes brotli (`x.br`) and gzip (`x.gz`) copies beside the files
 * where they pay (scripts/lib/precompress.ts). A whole-file GET whose Accept-Encoding allows it
 * gets the brotli copy, else the gzip one, else the file (`chooseEncoding`), with
 * `Content-Encoding`, `Vary: Accept-Encoding` and the copy's length. A range request always gets
 * bytes of the file itself, never of a compressed copy, and so does a HEAD of Parquet (DuckDB
 * sizes the file by it before reading ranges).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Longest request target served (characters); the app's links stay far below it. */
export const MAX_TARGET = 8192;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json'
};

function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const clean = path.normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(root, clean);
  if (!base.startsWith(root)) return null;
  const candidates = [base, `${base}.html`, path.join(base, 'index.html')];
  for (const file of candidates) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** The path of an origin-form request target ("/a/b?c"), or the status that refuses it. */
export function requestPath(target: string | undefined): { path: string } | { status: 400 | 414 } {
  const t = target ?? '/';
  if (t.length > MAX_TARGET) return { status: 414 };
  // Origin-form only: "/…", not "//host", "http://…", "*" or an authority.
  if (!t.startsWith('/') || t.startsWith('//')) return { status: 400 };
  try {
    return { path: new URL(t, 'http://localhost').pathname };
  } catch {
    return { status: 400 };
  }
}

/**
 * The encoding to send, from an Accept-Encoding header and the copies that exist: br before
 * gzip before identity, an encoding given `q=0` refused, `*` standing for any not named.
 */
export function chooseEncoding(
  header: string | string[] | undefined,
  available: { br: boolean; gzip: boolean }
): 'br' | 'gzip' | null {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  if (text.length > 1024) return null;
  const q = new Map<string, number>();
  for (const part of text.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let weight = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
      if (m) weight = Number(m[1]);
    }
    q.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const accepts = (name: string) => (q.get(name) ?? (q.has(name) ? 0 : (q.get('*') ?? 0))) > 0;
  if (available.br && accepts('br')) return 'br';
  if (available.gzip && (accepts('gzip') || accepts('x-gzip'))) return 'gzip';
  return null;
}

/** sha256 hashes of a page's inline scripts, as CSP sources; cached by file and modification. */
const scriptHashes = new Map<string, { mtime: number; hashes: string[] }>();
function inlineScriptHashes(file: string): string[] {
  const mtime = statSync(file).mtimeMs;
  const cached = scriptHashes.get(file);
  if (cached && cached.mtime === mtime) return cached.hashes;
  const html = readFileSync(file, 'utf8');
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`
  );
  scriptHashes.set(file, { mtime, hashes });
  return hashes;
}

/**
 * The security headers of every answer. Scripts, workers, data and images from the app's own
 * origin only (images also from blob: and data:, which the PNG export draws through); styles
 * from the origin and inline (Svelte writes style attributes into the prerendered pages);
 * no plugin, no framing, no referrer, no camera, microphone or location.
 */
export function securityHeaders(
  inlineHashes: readonly string[] = [],
  { embeddable = false } = {}
): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${inlineHashes.map((h) => ` ${h}`).join('')}`,
    "worker-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // The chart-only view (/graphique) is made to be embedded in other sites' pages.
    embeddable ? 'frame-ancestors *' : "frame-ancestors 'none'"
  ].join('; ');
  const framing: Record<string, string> = embeddable ? {} : { 'X-Frame-Options': 'DENY' };
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...framing
  };
}

/** Pages other sites may frame: the chart-only view that « Intégrer ce graphique » offers. */
const EMBEDDABLE_PAGES = new Set(['graphique.html', path.join('graphique', 'index.html')]);

function plain(res: ServerResponse, status: number, text: string, extra = {}): void {
  res
    .writeHead(status, {
      ...securityHeaders(),
      'Content-Type': 'text/plain; charset=utf-8',
      ...extra
    })
    .end(text);
}

/**
 * @param options.precompressed send the build's .br/.gz copies (default true; false measures
 *   the app as served before precompression, `npm run bench:browser`)
 */
export function createStaticServer(rootDir: string, { precompressed = true } = {}): Server {
  const root = path.resolve(rootDir);
  const server = createServer((req, res) => {
    try {
      serve(root, req, res, precompressed);
    } catch {
      // Nothing a request sends may stop the server: an unforeseen failure is this answer's.
      if (!res.headersSent) plain(res, 500, 'Internal error');
      else res.destroy();
    }
  });
  // CONNECT (a proxy's method) reaches its own event: refuse it as any other method.
  server.on('connect', (_req, socket) => {
    socket.end(
      'HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'
    );
  });
  return server;
}

function serve(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  precompressed: boolean
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const target = requestPath(req.url);
  if ('status' in target) {
    plain(res, target.status, target.status === 414 ? 'Request target too long' : 'Bad request');
    return;
  }
  const urlPath = target.path;
  let file = resolveFile(root, urlPath);
  let status = 200;
  if (!file) {
    // Not a file: every page of the app is prerendered, so this is no page. Answer 404 (for
    // links checkers and search engines) with the app's fallback shell, whose router shows the
    // app's own "page introuvable" with its links back in.
    file = path.join(root, '200.html');
    if (!existsSync(file) || path.extname(urlPath)) {
      plain(res, 404, 'Not found');
      return;
    }
    status = 404;
  }
  const size = statSync(file).size;
  const html = path.extname(file) === '.html';
  const headers: Record<string, string | number> = {
    ...securityHeaders(html ? inlineScriptHashes(file) : [], {
      embeddable: html && EMBEDDABLE_PAGES.has(path.relative(root, file))
    }),
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Accept-Ranges': 'bytes',
    'Cache-Control': file.includes(`${path.sep}_app${path.sep}immutable${path.sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache'
  };
  let start = 0;
  let end = size - 1;
  let body = file;
  let bodySize = size;
  const copies = {
    br: precompressed && existsSync(`${file}.br`),
    gzip: precompressed && existsSync(`${file}.gz`)
  };
  if (copies.br || copies.gzip) headers['Vary'] = 'Accept-Encoding';
  // A range of a page that does not exist is not honoured: the fallback is sent whole. Several
  // ranges ("bytes=0-1,2-3") get the whole file too, which RFC 9110 allows.
  const range = status === 200 ? req.headers.range : undefined;
  if (range && !range.includes(',')) {
    const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
    if (!m || (m[1] === '' && m[2] === '')) {
      plain(res, 416, 'Range not satisfiable', { 'Content-Range': `bytes */${size}` });
      return;
    }
    if (m[1] === '') start = Math.max(0, size - Number(m[2]));
    else {
      start = Number(m[1]);
      if (m[2] !== '') end = Math.min(Number(m[2]), size - 1);
    }
    if (!Number.isSafeInteger(start) || start >= size || start > end) {
      plain(res, 416, 'Range not satisfiable', { 'Content-Range': `bytes */${size}` });
      return;
    }
    status = 206;
    headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  }
  // DuckDB-WASM sizes a Parquet file by the Content-Length of a HEAD, then reads it by ranges:
  // that HEAD must give the file's own length, so Parquet's HEAD is never "compressed".
  const sizing = req.method === 'HEAD' && path.extname(file) === '.parquet';
  const encoding =
    status === 206 || sizing ? null : chooseEncoding(req.headers['accept-encoding'], copies);
  if (encoding) {
    body = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
    bodySize = statSync(body).size;
    start = 0;
    end = bodySize - 1;
    headers['Content-Encoding'] = encoding;
  }
  headers['Content-Length'] = end - start + 1;
  res.writeHead(status, headers);
  if (req.method === 'HEAD' || bodySize === 0) {
    res.end();
    return;
  }
  const stream = createReadStream(body, { start, end });
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
