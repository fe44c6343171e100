/**
 * At build time (prerender) the pages read the default dataset from the built Parquet files with
 * the same queries the browser runs, through the same WASM engine in Node. The browser then reads
 * the same files with DuckDB-WASM.
 */
import { loadDataset } from '$lib/data/queries';

export async function load() {
  const { NodeConnector } = await import('$lib/data/node');
  const db = await NodeConnector.open('static');
  try {
    // The official statistics (BMO) are read by the pages that show them (bmo.server.ts).
    return { dataset: await loadDataset(db) };
  } finally {
    await db.close();
  }
}
