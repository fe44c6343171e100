/**
 * France Travail's BMO survey, read at build time (prerender) from the built Parquet file with the
 * same query the browser would run, once per build, for the pages that show it (the map, a site,
 * a territory's brief). The other pages do not carry its ≈ 33 kB in their HTML: the browser
 * would parse it while the page hydrates, for nothing.
 */
import { loadBmo, type BmoRecord } from './queries.ts';

let bmo: Promise<BmoRecord[]> | null = null;

export function bmoAtBuild(): Promise<BmoRecord[]> {
  return (bmo ??= (async () => {
    const { NodeConnector } = await import('./node.ts');
    const db = await NodeConnector.open('static');
    try {
      return await loadBmo(db);
    } finally {
      await db.close();
    }
  })());
}
