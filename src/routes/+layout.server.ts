/**
 * At build time (prerender) the pages read the default dataset from the built Parquet files with
 * the same queries the browser runs, through the same WASM engine in Node. The browser then reads
 * the same files with DuckDB-WASM.
 */
import { loadDataset } from '$lib/data/queries';
import { departementCentres } from '$lib/map/centres';
import { loadFrance } from '$lib/map/france.server';

export async function load() {
  const { NodeConnector } = await import('$lib/data/node');
  const db = await NodeConnector.open('static');
  try {
    // The official statistics (BMO) are read by the pages that show them (bmo.server.ts).
    // Département centres: where a site added in the workbench is placed (`map/centres.ts`).
    const centres = departementCentres(loadFrance());
    return { dataset: await loadDataset(db), centres };
  } finally {
    await db.close();
  }
}
