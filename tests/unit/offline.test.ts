import { describe, expect, it } from 'vitest';
import { parseRange, precacheList, rangeResponse } from '../../src/lib/offline/cache-plan.ts';

describe('offline cache plan', () => {
  it('keeps the code, one DuckDB engine, the small tables, the main and site pages with their data', () => {
    const list = precacheList({
      build: [
        '/_app/immutable/entry/start.js',
        '/_app/immutable/assets/duckdb-eh.abc.wasm',
        '/_app/immutable/assets/duckdb-mvp.def.wasm',
        '/_app/immutable/assets/duckdb-browser-eh.worker.1.js',
        '/_app/immutable/assets/duckdb-browser-mvp.worker.2.js'
      ],
      files: ['/data/sites.parquet', '/data/trainees_synthetic.parquet', '/data/france.topo.json'],
      prerendered: ['/', '/carte', '/sites/aesc-douai', '/territoires/32', '/territoires']
    });
    expect(list).toEqual([
      '/_app/immutable/entry/start.js',
      '/_app/immutable/assets/duckdb-eh.abc.wasm',
      '/_app/immutable/assets/duckdb-browser-eh.worker.1.js',
      '/data/sites.parquet',
      '/data/france.topo.json',
      '/',
      '/carte',
      '/sites/aesc-douai',
      '/territoires',
      '/__data.json',
      '/carte/__data.json',
      '/sites/aesc-douai/__data.json',
      '/territoires/__data.json',
      '/200.html'
    ]);
  });

  it('reads Range headers as the static server does', () => {
    expect(parseRange('bytes=2-5', 10)).toEqual({ start: 2, end: 5 });
    expect(parseRange('bytes=7-', 10)).toEqual({ start: 7, end: 9 });
    expect(parseRange('bytes=-3', 10)).toEqual({ start: 7, end: 9 });
    expect(parseRange('bytes=4-100', 10)).toEqual({ start: 4, end: 9 });
    expect(parseRange('bytes=10-12', 10)).toBeNull();
    expect(parseRange('bytes=-', 10)).toBeNull();
    expect(parseRange('items=0-1', 10)).toBeNull();
  });

  it('answers a range from the whole file with 206 and its bytes, or 416', async () => {
    const bytes = Uint8Array.from({ length: 10 }, (_, i) => i * 3).buffer;
    const r = rangeResponse(bytes, 'bytes=2-5', 'application/vnd.apache.parquet');
    expect(r.status).toBe(206);
    expect(r.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(r.headers.get('content-length')).toBe('4');
    expect([...new Uint8Array(await r.arrayBuffer())]).toEqual([6, 9, 12, 15]);
    const bad = rangeResponse(bytes, 'bytes=20-30', null);
    expect(bad.status).toBe(416);
    expect(bad.headers.get('content-range')).toBe('bytes */10');
  });
});
