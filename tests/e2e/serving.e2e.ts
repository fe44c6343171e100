/**
 * Serving of the built app (issue 15): DuckDB's WebAssembly arrives compressed when the client
 * asks for it (the build's .br/.gz copies), a range of Parquet is the file's own bytes, and a
 * first visit of each main page fetches every data file's bytes once (no second full read).
 * Needs `npm run build` (which precompresses).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstVisit } from '../../scripts/lib/transfer.ts';
import { chromiumSession, waitForDuckDb } from './session.ts';

const session = chromiumSession();
const wasm = readdirSync('build/_app/immutable/assets').find((f) => /^duckdb-eh.*\.wasm$/.test(f));
const wasmPath = `/_app/immutable/assets/${wasm}`;

describe('compressed answers', () => {
  it('sends the .wasm as br, gzip or identity as asked, with Vary and the right length', async () => {
    const raw = readFileSync(path.join('build', wasmPath));
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip;q=1, br;q=0', 'gzip'],
      ['identity', undefined]
    ] as const) {
      const res = await fetch(session.baseUrl + wasmPath, {
        headers: { 'Accept-Encoding': accept }
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding') ?? undefined).toBe(encoding);
      expect(res.headers.get('vary')).toBe('Accept-Encoding');
      expect(res.headers.get('cache-control')).toContain('immutable');
      // fetch() decodes the body: the decoded bytes are the file, the length is the copy's.
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.equals(raw)).toBe(true);
      const length = Number(res.headers.get('content-length'));
      if (encoding) expect(length).toBeLessThan(raw.length / 3);
      else expect(length).toBe(raw.length);
    }
  });

  it('answers a range of Parquet with the file’s own bytes, never a compressed copy', async () => {
    const file = 'build/data/trainees_synthetic.parquet';
    const raw = readFileSync(file);
    const res = await fetch(`${session.baseUrl}/data/trainees_synthetic.parquet`, {
      headers: { Range: 'bytes=-8', 'Accept-Encoding': 'br, gzip' }
    });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-encoding')).toBeNull();
    const tail = Buffer.from(await res.arrayBuffer());
    expect(tail.equals(raw.subarray(raw.length - 8))).toBe(true);
    expect(tail.subarray(4).toString()).toBe('PAR1');
  });

  it('serves the pages compressed to Chromium', async () => {
    const response = await session.w.page.goto(`${session.baseUrl}/`);
    expect(response?.headers()['content-encoding']).toBe('br');
    await waitForDuckDb(session.w.page);
  });
});

describe('first visit', () => {
  for (const route of ['/', '/explorateur']) {
    it(`${route} reads each data file’s bytes once`, async () => {
      const t = await firstVisit(session.browser, session.baseUrl + route, (page) =>
        route === '/explorateur'
          ? page.waitForSelector('[data-cached]:not([data-cached=""])', { timeout: 90_000 })
          : waitForDuckDb(page)
      );
      const data = [...t.bytesByPath].filter(([p]) => p.startsWith('/data/'));
      expect(data.length).toBeGreaterThan(5);
      for (const [p, bytes] of data) {
        const size = readFileSync(path.join('build', p)).length;
        // Headers of a HEAD and a few ranges aside, never a second copy of the file.
        expect(bytes, p).toBeLessThan(size + 4096);
      }
      // The engine once.
      expect(t.fetches.get(wasmPath)).toBe(1);
    }, 120_000);
  }
});
