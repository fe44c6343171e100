import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BUILD_DIR / KIT_OUT_DIR let two builds run side by side (e.g. a benchmark and a test run).
const buildDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    // Every page is prerendered; unknown URLs fall back to the client-side app.
    adapter: adapter({ pages: buildDir, assets: buildDir, fallback: '200.html' }),
    outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
    // Every stylesheet (the largest is ≈ 11 kB) is written into the page's <head>: a first paint
    // waits for no CSS request (each was one more round trip on a phone's network; the CSP
    // allows inline styles).
    inlineStyleThreshold: 16_384,
    // Registered by the app itself once the page's data is read (src/lib/offline/register.ts).
    serviceWorker: { register: false },
    // /sites/vos-donnees (a researcher's own site) is linked only from the browser: listed here.
    prerender: { handleHttpError: 'fail', entries: ['*', '/sites/vos-donnees'] }
  }
};
