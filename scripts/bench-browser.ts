/**
 * Planner-side performance in Debian's Chromium on the built app (`npm run bench:browser`,
 * after `npm run build`): time to the overview's first content, time from a lever change to the
 * updated figures and charts in the workbench (projection + redraw), and the Monte Carlo of
 * 10 000 runs in the worker. Prints medians; compare ratios, the machine is noisy.
 *
 * First, bytes transferred by a first visit (empty cache, no service worker) of /, /carte,
 * /scenarios and /explorateur, as served by the project's server with the build's brotli/gzip
 * copies and without them (issue 15), and the data files fetched more than once.
 *
 * Then the national Monte Carlo (issue 14): 10 000 runs on the synthetic national input
 * (`npm run data:national`) through the app's `runMonteCarlo`, with 1 worker and with N
 * (navigator.hardwareConcurrency, capped), on a page built from scripts/bench-monte-carlo/ into
 * build-bench-monte-carlo/; checks that both give the same result and prints the ratio, each
 * worker's busy time, and a control: a plain loop on 1 and N workers, the parallelism the machine
 * gives the browser at that moment (the Monte Carlo's ratio cannot exceed it).
 *
 * `npx tsx scripts/bench-browser.ts --national-only`: the national Monte Carlo alone (no app build).
 */
import { copyFileSync, existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'vite';
import { createStaticServer } from './lib/static-server.ts';
import { launchChromium } from '../tests/e2e/browser.ts';
import { WIDE_UNCERTAIN } from '../tests/unit/forecast/fixture.ts';
import { firstVisit } from './lib/transfer.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

const server = createStaticServer(process.env.BUILD_DIR ?? 'build');
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchChromium();

try {
  // --national-only: the national Monte Carlo alone (no build of the app needed).
  if (!process.argv.includes('--national-only')) await benchPages();
  await benchNationalMonteCarlo();
} finally {
  await browser.close();
  server.close();
}

/** Transfer, overview, workbench and the default Monte Carlo on the built app. */
async function benchPages(): Promise<void> {
  await benchTransfer();
  // 1. Overview: first contentful paint and DuckDB-WASM read, fresh context each time.
  const fcp: number[] = [];
  const duck: number[] = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`${base}/`);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=engine]')?.getAttribute('data-engine') ===
        'duckdb-wasm',
      undefined,
      { timeout: 60_000 }
    );
    duck.push(Date.now() - t0);
    fcp.push(
      await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN
      )
    );
    await context.close();
  }

  // 2. Workbench: a lever change → projection, sensitivity, what it takes, DOM and chart update.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/scenarios`);
  await page.getByTestId('mc-fingerprint').waitFor({ timeout: 60_000 });
  const lever = await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="intake-electromob"]')!;
    const gap = document.querySelector('[data-testid="wb-unfilled"]')!;
    const path = document.querySelector('[data-chart="workbench-chart"] path[stroke]')!;
    const update: number[] = [];
    const frame: number[] = [];
    for (let i = 0; i < 30; i++) {
      const before = gap.textContent + path.getAttribute('d')!;
      const t0 = performance.now();
      input.value = String(1 + (i % 10) / 5);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Svelte flushes its updates in a microtask: wait for the DOM to change (no timer, whose
      // clamping would be counted), at most 100 microtasks.
      for (let k = 0; k < 100 && gap.textContent + path.getAttribute('d') === before; k++) {
        await new Promise((r) => queueMicrotask(() => r(null)));
      }
      const t1 = performance.now();
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const t2 = performance.now();
      if (gap.textContent + path.getAttribute('d') !== before || i % 10 === 0) {
        update.push(t1 - t0);
        frame.push(t2 - t0);
      }
    }
    return { update, frame };
  });

  // 3. Monte Carlo: 10 000 runs in the worker after a lever change, as the page reports it.
  const mc: number[] = [];
  for (let i = 0; i < 5; i++) {
    const prev = await page.getByTestId('mc-fingerprint').getAttribute('data-value');
    await page.getByTestId('intake-electromob').fill(String(1.1 + i / 10));
    await page.waitForFunction(
      (p) =>
        document.querySelector('[data-testid=mc-fingerprint]')?.getAttribute('data-value') !== p,
      prev,
      { timeout: 60_000 }
    );
    const text = (await page.getByTestId('mc-fingerprint').locator('..').textContent()) ?? '';
    const m = /en ([\d\s\u202f\u00a0]+) ms/.exec(text);
    if (m) mc.push(Number(m[1].replace(/\D/g, '')));
  }
  await context.close();

  console.log('Relève — planner pages in Chromium (medians)');
  console.log(
    `  overview first contentful paint     ${fmt(median(fcp))}   (prerendered, before DuckDB)`
  );
  console.log(
    `  overview data read by DuckDB-WASM   ${fmt(median(duck))}   (navigation → engine ready + queries)`
  );
  console.log(
    `  lever change → figures + chart DOM  ${fmt(median(lever.update))}   (target ≤ 16.7 ms; max ${fmt(Math.max(...lever.update))}, n=${lever.update.length})`
  );
  console.log(`  lever change → next frame           ${fmt(median(lever.frame))}`);
  console.log(`  Monte Carlo 10 000 runs in worker   ${fmt(median(mc))}   (n=${mc.length})`);
}

/** The national Monte Carlo with 1 and N workers, in a page of its own. */
async function benchNationalMonteCarlo(): Promise<void> {
  const outDir = path.resolve('build-bench-monte-carlo');
  const national = path.resolve('build-national/input.json');
  if (!existsSync(national)) {
    console.log('  national Monte Carlo: run `npm run data:national` first');
    return;
  }
  await build({
    configFile: false,
    logLevel: 'warn',
    root: path.resolve('scripts/bench-monte-carlo'),
    build: { outDir, emptyOutDir: true, target: 'es2022' },
    worker: { format: 'es' }
  });
  copyFileSync(national, path.join(outDir, 'input.json'));
  const mcServer = createStaticServer(outDir);
  await new Promise<void>((resolve) => mcServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(mcServer.address() as AddressInfo).port}/`;
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => typeof window.benchMonteCarlo === 'function');
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const run = (workers: number) =>
      page.evaluate(([w, u]) => window.benchMonteCarlo(w, u, 10_000), [
        workers,
        WIDE_UNCERTAIN
      ] as const);
    // One warm-up each (workers start, code compiles), then alternate 1 and N, 3 times each.
    const first = await run(1);
    const many = await run(cores);
    const same = first.fingerprint === many.fingerprint;
    const t1: number[] = [];
    const tn: number[] = [];
    // Per call: the longest worker's busy time (prepare + its runs); the rest of the wall time is
    // the main thread (clone, prepare, merge) and the messages.
    const w1: number[] = [];
    const wn: number[] = [];
    for (let i = 0; i < 3; i++) {
      const one = await run(1);
      const n = await run(cores);
      t1.push(one.ms);
      tn.push(n.ms);
      w1.push(Math.max(...one.workerMs));
      wn.push(Math.max(...n.workerMs));
    }
    const a = median(t1);
    const b = median(tn);
    // The control: a plain loop of the same order of time, on 1 and on N workers.
    const steps = 5e7;
    await page.evaluate(([w, n]) => window.benchSpin(w, n), [cores, 1e7] as const);
    const s1: number[] = [];
    const sn: number[] = [];
    for (let i = 0; i < 3; i++) {
      s1.push(await page.evaluate(([w, n]) => window.benchSpin(w, n), [1, steps] as const));
      sn.push(await page.evaluate(([w, n]) => window.benchSpin(w, n), [cores, steps] as const));
    }
    console.log(
      `  national Monte Carlo 10 000 runs (${path.basename(national)}: 505 sites), 1 worker  ${fmt(a)}   (worker busy ${fmt(median(w1))})`
    );
    console.log(
      `  national Monte Carlo 10 000 runs, ${many.workers} workers (of ${cores} cores)      ${fmt(b)}   (slowest worker busy ${fmt(median(wn))}); ratio 1/N ${(a / b).toFixed(2)}×; same result: ${same ? 'yes' : 'NO'}`
    );
    console.log(
      `  control: a plain loop on 1 worker ${fmt(median(s1))}, on ${cores} workers ${fmt(median(sn))}: ratio ${(median(s1) / median(sn)).toFixed(2)}× (the parallelism the machine gives the browser now; the Monte Carlo ratio cannot exceed it)`
    );
    await context.close();
    if (!same) process.exitCode = 1;
  } finally {
    mcServer.close();
  }
}

/** Bytes of a first visit of the main pages, with and without the precompressed copies. */
async function benchTransfer(): Promise<void> {
  const plain = createStaticServer(process.env.BUILD_DIR ?? 'build', { precompressed: false });
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  const plainBase = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  console.log('Relève — bytes transferred by a first visit (empty cache, service worker blocked)');
  console.log('  page            uncompressed   br/gzip    data files: requests');
  try {
    for (const route of ['/', '/carte', '/scenarios', '/explorateur']) {
      const ready = (page: import('playwright-core').Page) =>
        route === '/explorateur'
          ? page.waitForSelector('[data-cached]:not([data-cached=""])', { timeout: 120_000 })
          : page.waitForSelector('[data-engine=duckdb-wasm]', { timeout: 120_000 });
      const before = await firstVisit(browser, plainBase + route, ready);
      const after = await firstVisit(browser, base + route, ready);
      // Requests per data file (a file read by ranges shows its HEAD and ranges here).
      const data = [...after.fetches].filter(([p]) => p.startsWith('/data/'));
      const twice = data.filter(([, n]) => n > 1).map(([p, n]) => `${p.slice(6)} ×${n}`);
      console.log(
        `  ${route.padEnd(15)} ${mb(before.bytes).padStart(10)}   ${mb(after.bytes).padStart(9)}    ${data.length} files${twice.length ? `; more than one request: ${twice.join(', ')}` : ', one request each'}`
      );
    }
  } finally {
    plain.close();
  }
}
