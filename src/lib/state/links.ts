/**
 * Links to a site's page, carrying the app state. A site of the default dataset has its own
 * prerendered page; a researcher's own site (flagged `userData`) lives only in their browser, so
 * it opens the client-rendered page `/sites/vos-donnees` with its id after `#` (the state query
 * is rewritten on every change; the fragment is left alone).
 *
 * @example
 *   siteHref({ id: 'aesc-douai' }, '?v=1&p=stress');     // "/sites/aesc-douai?v=1&p=stress"
 *   siteHref({ id: 'mon site', userData: mark }, '');    // "/sites/vos-donnees#mon%20site"
 */
import { resolve } from '$app/paths';

export function siteHref(site: { id: string; userData?: unknown }, query: string): string {
  return site.userData
    ? `${resolve('/sites/vos-donnees')}${query}#${encodeURIComponent(site.id)}`
    : resolve('/sites/[id]', { id: site.id }) + query;
}
