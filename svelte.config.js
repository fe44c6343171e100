import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    // Every page is prerendered; unknown URLs fall back to the client-side app.
    adapter: adapter({ fallback: '200.html' }),
    prerender: { handleHttpError: 'fail' }
  }
};
