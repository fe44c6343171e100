/**
 * `npm run lighthouse` (after `npm run build`): Lighthouse's mobile defaults (simulated slow 4G
 * and 4× CPU slowdown) on the built app served by the project's server, in Debian's Chromium.
 * Each page is audited RUNS times (default 3; `RUNS=1 npm run lighthouse`); prints the median
 * performance and accessibility scores, first contentful paint, largest contentful paint, total
 * blocking time and bytes transferred. The machine is shared: total blocking time is the noisy
 * one. Not part of `npm test` (slow).
 */
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createStaticServer } from './lib/static-server.ts';

const PAGES = (process.env.PAGES ?? '/,/carte,/scenarios,/explorateur').split(',');
const RUNS = Math.max(1, Math.min(9, Number(process.env.RUNS ?? 3) || 3));

interface Audit {
  perf: number;
  a11y: number;
  fcp: number;
  lcp: number;
  tbt: number;
  bytes: number;
}

function lighthouse(url: string): Promise<Audit> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      [
        'lighthouse',
        url,
        '--quiet',
        '--output=json',
        '--output-path=stdout',
        '--only-categories=performance,accessibility',
        '--chrome-flags=--headless --no-sandbox --disable-gpu'
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } }
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      try {
        const r = JSON.parse(out);
        const a = r.audits;
        resolve({
          perf: Math.round(r.categories.performance.score * 100),
          a11y: Math.round(r.categories.accessibility.score * 100),
          fcp: a['first-contentful-paint'].numericValue,
          lcp: a['largest-contentful-paint'].numericValue,
          tbt: a['total-blocking-time'].numericValue,
          bytes: a['total-byte-weight'].numericValue
        });
      } catch {
        reject(new Error(`lighthouse ${url} (exit ${code}): ${err.slice(-500)}`));
      }
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = createStaticServer(process.env.BUILD_DIR ?? 'build');
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
console.log(`Lighthouse (mobile defaults), median of ${RUNS} run(s) per page`);
console.log('page            perf  a11y   FCP      LCP      TBT      transferred');
try {
  for (const p of PAGES) {
    const runs: Audit[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(base + p));
    const m = (k: keyof Audit) => median(runs.map((r) => r[k]));
    console.log(
      `${p.padEnd(15)} ${String(m('perf')).padStart(4)}  ${String(m('a11y')).padStart(4)}  ${(m('fcp') / 1000).toFixed(1).padStart(4)} s   ${(m('lcp') / 1000).toFixed(1).padStart(4)} s   ${String(Math.round(m('tbt'))).padStart(4)} ms  ${(m('bytes') / 1e6).toFixed(2)} MB   (perf runs: ${runs.map((r) => r.perf).join(', ')})`
    );
  }
} finally {
  server.close();
}
