import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/lib/static-server.ts';

let dir: string;
let base: string;
let close: () => void;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'releve-static-'));
  mkdirSync(path.join(dir, 'data'));
  mkdirSync(path.join(dir, 'sites'));
  writeFileSync(path.join(dir, 'index.html'), '<h1>home</h1>');
  writeFileSync(path.join(dir, '200.html'), '<h1>app</h1>');
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
    expect(await (await fetch(`${base}/`)).text()).toBe('<h1>home</h1>');
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
});
