/**
 * Paint first, then ask for the scripts: a build-time rewrite of SvelteKit's prerendered HTML.
 *
 * Every page is prerendered whole (the map, the figures, the charts are in the HTML), so the first
 * paint needs no script. SvelteKit still puts one `<link rel="modulepreload">` per chunk in the
 * head (20–24 on a page, ≈ 150–165 kB brotli), and its bootstrap imports the entry points while
 * the HTML is being parsed: on a phone's network those downloads share the line with the HTML and
 * the first paint waits for its share (Lighthouse, mobile: first paint 2.9 s on /carte).
 *
 * `paintFirst(html)` moves those preloads into the bootstrap, behind "after the first contentful
 * paint" (the `paint` performance entry): the browser paints the page, then the bootstrap inserts
 * the same preload links (the chunks still download in parallel, not one import after another) and
 * imports the entry points. If no paint is seen (a tab opened in the background), a timer starts
 * the scripts anyway. The cost: hydration starts one paint later (the page is already drawn).
 *
 * The bootstrap's shape is SvelteKit's (`Promise.all([import(start), import(app)]).then(([kit,
 * app]) => kit.start(…))`): a page that does not have it is an error at build time, not a page
 * quietly left as it was.
 */

/**
 * How long after the page is parsed the scripts wait for its first paint at most: a tab opened in
 * the background paints nothing until it is shown (its timers fire once a second at best).
 */
export const FRAME_WAIT_MS = 1000;

const PRELOAD = /<link href="([^"]+\.js)" rel="modulepreload">\s*/g;
const START = 'Promise.all([';
const THEN = ']).then(([kit, app]) =>';

export class PaintFirstError extends Error {}

/** The page with its script preloads started after the first paint (see the module's note). */
export function paintFirst(html: string, page = 'page'): string {
  const hrefs = [...html.matchAll(PRELOAD)].map((m) => m[1]);
  // Not a page SvelteKit hydrates, or one with nothing to paint and no preload (the 200.html
  // fallback, whose body is empty: it would wait for a paint that never comes).
  if (!html.includes('kit.start(') || hrefs.length === 0) return html;
  const start = html.indexOf(START);
  const then = html.indexOf(THEN, start);
  if (start < 0 || then < 0 || html.indexOf(START, start + 1) >= 0)
    throw new PaintFirstError(
      `paint-first: ${page}: SvelteKit's bootstrap (« ${START} … ${THEN} ») not found once; ` +
        'its shape changed with a SvelteKit upgrade: update src/lib/serving/paint-first.ts'
    );
  // After the first contentful paint (its performance entry); where the browser has no paint
  // entries, after the next frame; at most FRAME_WAIT_MS after the page is parsed.
  const afterPaint =
    `new Promise((go) => { setTimeout(go, ${FRAME_WAIT_MS}); ` +
    `try { new PerformanceObserver((list, seen) => { ` +
    `if (list.getEntriesByName("first-contentful-paint").length) { seen.disconnect(); go(); } ` +
    `}).observe({ type: "paint", buffered: true }); } ` +
    `catch { requestAnimationFrame(() => setTimeout(go)); } })` +
    `.then(() => { for (const href of ${JSON.stringify(hrefs)}) { ` +
    `const link = document.createElement("link"); link.rel = "modulepreload"; link.href = href; ` +
    `document.head.append(link); } return ${START}`;
  const rewritten =
    html.slice(0, start) +
    afterPaint +
    html.slice(start + START.length, then) +
    ']); })' +
    html.slice(then + 2);
  return rewritten.replace(PRELOAD, '');
}

/** The scripts a rewritten page preloads after its first paint (for tests and audits). */
export function deferredPreloads(html: string): string[] {
  const list = /for \(const href of (\[[^\]]*\])\)/.exec(html);
  return list ? (JSON.parse(list[1]) as string[]) : [];
}
