import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, MAX_TARGET } from '../../scripts/lib/static-server.ts';

let dir: string;
let base: string;
let close: () => void;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'releve-static-'));
  mkdirSync(path.join(dir, 'data'));
  mkdirSync(path.join(dir, 'sites'));
  writeFileSync(path.join(dir, 'index.html'), '<h1>home</h1><script>boot()</script>');
  writeFileSync(path.join(dir, '200.html'), '<h1>app</h1>');
  writeFileSync(path.join(dir, 'graphique.html'), '<h1>chart</h1>');
  writeFileSync(path.join(dir, 'sites', 'aesc-douai.html'), '<h1>AESC</h1>');
  writeFileSync(path.join(dir, 'data', 'x.parquet'), Buffer.from('0123456789'));
  writeFileSync(path.join(dir, 'engine.wasm'), Buffer.from([0, 97, 115, 109]));
  const server = createStaticServer(dir);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => {
  close?.();
  rmSync(dir, { recursive: true, force: true });
});

describe('static server', () => {
  it('serves prerendered pages without their .html, and the SPA shell with a 404 for other paths', async () => {
    expect(await (await fetch(`${base}/`)).text()).toBe('<h1>home</h1><script>boot()</script>');
    expect(await (await fetch(`${base}/sites/aesc-douai`)).text()).toBe('<h1>AESC</h1>');
    // A path with no prerendered page is no page: 404, with the app's shell to say so nicely.
    const unknown = await fetch(`${base}/scenarios`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe('<h1>app</h1>');
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
  });

  it('sends WebAssembly as application/wasm (DuckDB-WASM needs it)', async () => {
    const r = await fetch(`${base}/engine.wasm`);
    expect(r.headers.get('content-type')).toBe('application/wasm');
  });

  it('answers HTTP range requests as DuckDB reads Parquet', async () => {
    const r = await fetch(`${base}/data/x.parquet`, { headers: { Range: 'bytes=2-5' } });
    expect(r.status).toBe(206);
    expect(r.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(await r.text()).toBe('2345');
    const tail = await fetch(`${base}/data/x.parquet`, { headers: { Range: 'bytes=-3' } });
    expect(await tail.text()).toBe('789');
    const bad = await fetch(`${base}/data/x.parquet`, { headers: { Range: 'bytes=20-' } });
    expect(bad.status).toBe(416);
    const head = await fetch(`${base}/data/x.parquet`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe('10');
  });

  it('does not serve files outside its folder', async () => {
    const r = await fetch(`${base}/..%2F..%2Fetc%2Fpasswd`);
    expect(await r.text()).not.toContain('root:');
  });

  /** A raw request line, as curl --request-target sends it; resolves with the status line. */
  const raw = (line: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const socket = connect(Number(new URL(base).port), '127.0.0.1');
      let data = '';
      socket.on('connect', () => socket.write(`${line}\r\nHost: x\r\nConnection: close\r\n\r\n`));
      socket.on('data', (d) => (data += d.toString('latin1')));
      socket.on('close', () => resolve(data.split('\r\n')[0]));
      socket.on('error', reject);
    });

  it('survives request targets that are no path, and keeps serving (one used to kill it)', async () => {
    for (const target of ['//[', 'http://[', '//a:b@c:99999/', '//%5B', 'http://x:abc/', '*']) {
      expect(await raw(`GET ${target} HTTP/1.1`), target).toBe('HTTP/1.1 400 Bad Request');
    }
    expect(await raw(`GET /?q=${'x'.repeat(MAX_TARGET)} HTTP/1.1`)).toBe(
      'HTTP/1.1 414 URI Too Long'
    );
    expect(await raw('CONNECT / HTTP/1.1')).toBe('HTTP/1.1 405 Method Not Allowed');
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${base}/`)).status).toBe(200);
  });

  it('sends strict security headers, with the hash of the page’s inline script', async () => {
    const r = await fetch(`${base}/`);
    const hash = createHash('sha256').update('boot()').digest('base64');
    expect(r.headers.get('content-security-policy')).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'; ` +
        "worker-src 'self'; connect-src 'self'; img-src 'self' data: blob:; " +
        "style-src 'self' 'unsafe-inline'; font-src 'self'; manifest-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    );
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    expect(r.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(r.headers.get('permissions-policy')).toContain('camera=()');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    // Error answers carry them too.
    const missing = await fetch(`${base}/missing.js`);
    expect(missing.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('lets other sites frame the chart-only view, and only it', async () => {
    const chart = await fetch(`${base}/graphique?hs=aesc-douai`);
    expect(chart.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(chart.headers.get('x-frame-options')).toBe(null);
    const site = await fetch(`${base}/sites/aesc-douai`);
    expect(site.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(site.headers.get('x-frame-options')).toBe('DENY');
  });

  it('sends the whole file for several ranges, and no range of a page that does not exist', async () => {
    const multi = await fetch(`${base}/data/x.parquet`, { headers: { Range: 'bytes=0-1,2-3' } });
    expect(multi.status).toBe(200);
    expect(await multi.text()).toBe('0123456789');
    const fallback = await fetch(`${base}/scenarios`, { headers: { Range: 'bytes=0-3' } });
    expect(fallback.status).toBe(404);
    expect(await fallback.text()).toBe('<h1>app</h1>');
    const huge = await fetch(`${base}/data/x.parquet`, {
      headers: { Range: 'bytes=99999999999999999999-' }
    });
    expect(huge.status).toBe(416);
  });
});
