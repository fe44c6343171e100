/**
 * At prerender (every page is prerendered): each page paints before it asks for its scripts
 * (src/lib/serving/paint-first.ts, docs/serving.md « Paint first »).
 */
import type { Handle } from '@sveltejs/kit';
import { paintFirst } from '$lib/serving/paint-first';

export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html, done }) => (done ? paintFirst(html, event.url.pathname) : html)
  });
