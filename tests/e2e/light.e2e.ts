/**
 * Light pages (issue 15): the prerendered page paints before DuckDB-WASM is asked for, its CSS is
 * in the HTML, the pages that do not show the BMO survey do not carry it, and the figures the page
 * first shows are those it shows once DuckDB-WASM has read the tables (nothing moves).
 * Needs `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deferredPreloads } from '../../src/lib/serving/paint-first.ts';
import { chromiumSession, waitForDuckDb } from './session.ts';

const session = chromiumSession();
/** The build the server serves (global-setup.ts reads the same variable). */
const build = process.env.BUILD_DIR ?? 'build';

/** The start of the first request for DuckDB-WASM's engine or worker, and the first paint, ms. */
async function engineAfterPaint(path: string) {
  const { page } = session.w;
  await page.goto(session.baseUrl + path);
  await waitForDuckDb(page);
  return page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const engine = performance
      .getEntriesByType('resource')
      .filter((e) => /duckdb/.test(e.name))
      .map((e) => e.startTime);
    return { paint, engine: engine.length ? Math.min(...engine) : null, count: engine.length };
  });
}

describe('DuckDB-WASM after the first paint', () => {
  it.each(['/', '/scenarios', '/carte'])(
    'on %s, the engine is asked for only after the page is painted',
    async (path) => {
      const { paint, engine, count } = await engineAfterPaint(path);
      expect(paint).not.toBeNull();
      expect(count).toBeGreaterThan(0);
      expect(engine!).toBeGreaterThan(paint!);
    }
  );
});

describe('paint first, then the scripts', () => {
  it.each(['/', '/carte', '/explorateur'])(
    'on %s, no script is asked for before the first paint, then every chunk is preloaded and the page hydrates',
    async (path) => {
      const html = readFileSync(`${build}/${path === '/' ? 'index' : path.slice(1)}.html`, 'utf8');
      expect(html).not.toMatch(/<link[^>]*rel="modulepreload"/);
      const deferred = deferredPreloads(html);
      expect(deferred.length).toBeGreaterThan(10);
      const { page } = session.w;
      await page.goto(session.baseUrl + path);
      await waitForDuckDb(page);
      const seen = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        scripts: performance
          .getEntriesByType('resource')
          .filter((e) => /\/_app\/immutable\/.*\.js$/.test(e.name))
          .map((e) => ({ name: new URL(e.name).pathname, start: e.startTime })),
        preloads: [...document.head.querySelectorAll('link[rel="modulepreload"]')].length
      }));
      expect(seen.paint).not.toBeNull();
      expect(seen.scripts.length).toBeGreaterThan(0);
      for (const s of seen.scripts) expect(s.start, s.name).toBeGreaterThan(seen.paint!);
      expect(seen.preloads).toBeGreaterThanOrEqual(deferred.length);
      // Hydrated: the page answers a control (the language switch is on every page).
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
      await page.getByTestId('lang-switch').click();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    }
  );
});

describe('what the HTML carries', () => {
  it('writes every stylesheet into the head (no CSS request before the first paint)', () => {
    for (const file of ['index.html', 'scenarios.html', 'carte.html', 'explorateur.html']) {
      const html = readFileSync(`${build}/${file}`, 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      // SvelteKit keeps a disabled <link> beside the inlined rules, for client navigations.
      const links = [...head.matchAll(/<link href="\.\/([^"]+\.css)" rel="stylesheet"([^>]*)>/g)];
      expect(links.length, file).toBeGreaterThan(0);
      for (const [, href, rest] of links) {
        expect(rest, `${file}: ${href}`).toMatch(/disabled/);
        const css = readFileSync(`${build}/${href}`, 'utf8').trim();
        expect(head.includes(css), `${file} inlines ${href}`).toBe(true);
      }
    }
  });

  it('carries the BMO survey on the map only, not on the overview or the workbench', () => {
    // A survey row as the page data writes it: id:"r32-2025" (Hauts-de-France, 2025).
    const bmoRow = /id:"r32-20\d\d"/;
    expect(bmoRow.test(readFileSync(`${build}/carte.html`, 'utf8'))).toBe(true);
    for (const file of ['index.html', 'scenarios.html']) {
      expect(bmoRow.test(readFileSync(`${build}/${file}`, 'utf8')), file).toBe(false);
    }
  });
});

describe('the same figures before and after DuckDB-WASM', () => {
  it('keeps the overview’s headline as prerendered once the engine has read the tables', async () => {
    const html = readFileSync(`${build}/index.html`, 'utf8');
    const prerendered = html.match(/data-testid="kpi-unfilled"[^>]*>\s*([^<]+?)\s*</)?.[1];
    expect(prerendered).toMatch(/^\d[\d\u202f]*$/);
    const { page } = session.w;
    await page.goto(session.baseUrl + '/');
    await waitForDuckDb(page);
    const shown = (await page.getByTestId('kpi-unfilled').textContent())?.trim();
    expect(shown).toBe(prerendered);
    // The Monte Carlo (merged in a worker) answers on the page.
    await expect
      .poll(() => page.getByTestId('kpi-shortage').getAttribute('data-value'), {
        timeout: 45_000
      })
      .toMatch(/^(0|1|0\.\d+)$/);
    expect(session.w.consoleErrors).toEqual([]);
  });

  it('answers “what it takes” and the tornado on the workbench (computed in a worker)', async () => {
    const { page } = session.w;
    await page.goto(session.baseUrl + '/scenarios');
    await expect
      .poll(() => page.getByTestId('what-it-takes').textContent(), { timeout: 45_000 })
      .toMatch(/\d/);
    await expect
      .poll(() => page.locator('[data-testid=tornado-svg] rect').count(), {
        timeout: 45_000
      })
      .toBeGreaterThan(0);
    expect(session.w.consoleErrors).toEqual([]);
  });
});
