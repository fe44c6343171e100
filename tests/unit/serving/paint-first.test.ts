/**
 * paint-first: SvelteKit's bootstrap rewritten so that the scripts are asked for after the first
 * frame. The page below is SvelteKit 2's prerendered shape (two preloads, the bootstrap); the
 * rewritten script is then run with a fake document, paint and clock to check what it does, in
 * which order.
 */
import { describe, expect, it } from 'vitest';
import {
  deferredPreloads,
  FRAME_WAIT_MS,
  paintFirst,
  PaintFirstError
} from '../../../src/lib/serving/paint-first.ts';

const page = `<!doctype html><html><head>
<link href="./_app/immutable/entry/start.A1.js" rel="modulepreload">
<link href="./_app/immutable/chunks/B2.js" rel="modulepreload">
<link href="./_app/immutable/assets/0.css" rel="stylesheet" disabled media="(max-width: 0)">
</head><body><div><p>Carte</p>
<script>
  {
    const element = document.currentScript.parentElement;

    Promise.all([
      import("./_app/immutable/entry/start.A1.js"),
      import("./_app/immutable/entry/app.C3.js")
    ]).then(([kit, app]) => {
      kit.start(app, element, { node_ids: [0, 4], data: [null], form: null, error: null });
    });
  }
</script></div></body></html>`;

type Browser = 'paint entries' | 'no paint entries' | 'background tab';

/**
 * Runs the page's inline script with a fake document and clock; returns what happened, in order.
 * The page paints at 16 ms (never in a background tab); timers fire in order of their delay.
 */
async function run(html: string, browser: Browser = 'paint entries') {
  const log: string[] = [];
  const script = /<script>([\s\S]*?)<\/script>/
    .exec(html)![1]
    .replace(/import\(("[^"]+")\)/g, 'load($1)');
  const timers: Array<[number, () => void]> = [];
  const observers: Array<(list: unknown, seen: unknown) => void> = [];
  let now = 0;
  const paint = () => {
    log.push('paint');
    for (const f of observers.splice(0))
      f(
        { getEntriesByName: (n: string) => (n === 'first-contentful-paint' ? [{}] : []) },
        {
          disconnect: () => log.push('observer off')
        }
      );
  };
  if (browser !== 'background tab') timers.push([16, paint]);
  const env = {
    document: {
      currentScript: { parentElement: 'root' },
      createElement: () => ({ rel: '', href: '' }),
      head: { append: (l: { rel: string; href: string }) => log.push(`${l.rel} ${l.href}`) }
    },
    PerformanceObserver: class {
      constructor(private f: (list: unknown, seen: unknown) => void) {
        if (browser === 'no paint entries') throw new TypeError('no such entry type');
      }
      observe() {
        observers.push(this.f);
      }
    },
    requestAnimationFrame: (f: () => void) => timers.push([16, f]),
    setTimeout: (f: () => void, ms = 0) => timers.push([now + ms, f]),
    load: async (href: string) => {
      log.push(`import ${href}`);
      return { start: (_app: unknown, el: string) => log.push(`start on ${el}`) };
    }
  };
  new Function(...Object.keys(env), script)(...Object.values(env));
  log.push('parsed');
  while (timers.length) {
    timers.sort((a, b) => a[0] - b[0]);
    const [ms, f] = timers.shift()!;
    now = ms;
    if (f !== paint) log.push(`t${ms}`);
    f();
    await new Promise((r) => setImmediate(r));
  }
  return log;
}

const preloadsAndStart = [
  'modulepreload ./_app/immutable/entry/start.A1.js',
  'modulepreload ./_app/immutable/chunks/B2.js',
  'import ./_app/immutable/entry/start.A1.js',
  'import ./_app/immutable/entry/app.C3.js',
  'start on root'
];

describe('paintFirst', () => {
  const out = paintFirst(page, '/carte');

  it('takes the script preloads out of the head and keeps the stylesheet', () => {
    expect(out).not.toMatch(/<link[^>]*modulepreload/);
    expect(out).toContain('<link href="./_app/immutable/assets/0.css" rel="stylesheet"');
    expect(deferredPreloads(out)).toEqual([
      './_app/immutable/entry/start.A1.js',
      './_app/immutable/chunks/B2.js'
    ]);
  });

  it('runs nothing while the page is parsed; once it has painted, preloads every chunk, imports and starts', async () => {
    expect(await run(out)).toEqual([
      'parsed',
      'paint',
      'observer off',
      ...preloadsAndStart,
      `t${FRAME_WAIT_MS}` // the fallback fires too, and does nothing more
    ]);
  });

  it('waits for the next frame where the browser has no paint entries', async () => {
    expect(await run(out, 'no paint entries')).toEqual([
      'parsed',
      'paint', // seen by no observer
      't16', // the frame
      't16', // the timer after it: the frame is painted
      ...preloadsAndStart,
      `t${FRAME_WAIT_MS}`
    ]);
  });

  it('starts the scripts after the fallback when nothing is painted (a background tab)', async () => {
    expect(await run(out, 'background tab')).toEqual([
      'parsed',
      `t${FRAME_WAIT_MS}`,
      ...preloadsAndStart
    ]);
  });

  it('leaves a page SvelteKit does not hydrate, or one with no preload (the fallback), as it is', () => {
    const plain = '<html><body><p>Mentions légales</p></body></html>';
    expect(paintFirst(plain)).toBe(plain);
    const fallback = page.replace(/<link href="[^"]+\.js" rel="modulepreload">\n/g, '');
    expect(paintFirst(fallback)).toBe(fallback);
  });

  it('names the page when the bootstrap is not the expected one', () => {
    const changed = page.replace('Promise.all([', 'Promise.allSettled([');
    expect(() => paintFirst(changed, '/carte')).toThrow(PaintFirstError);
    expect(() => paintFirst(changed, '/carte')).toThrow(/\/carte: SvelteKit's bootstrap/);
  });
});
