/**
 * The methodology page's table of tables (row counts and sizes from the manifest the data build
 * writes next to the Parquet files) and its backtest against reality (what the model would have
 * said with the data published by the end of 2023, against the headcounts observed since).
 * Prerendered, so computed at build time with the same WASM engine the browser runs.
 */
import { readFileSync } from 'node:fs';
import type { Manifest } from '$lib/data/tables';
import { loadDataset, loadInserjeunes } from '$lib/data/queries';
import { resolveRateChanges } from '$lib/data/rate-changes';
import { BACKTEST_KNOWN_AT, realityCheck } from '$lib/scenario/reality-check';
import { MONTE_CARLO_RUNS } from '$lib/scenario/build';

export async function load() {
  const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as Manifest;
  const { NodeConnector } = await import('$lib/data/node');
  const db = await NodeConnector.open('static');
  try {
    const dataset = await loadDataset(db);
    const backtest = (['realiste', 'annonces'] as const).map((preset) =>
      realityCheck(dataset, { knownAt: BACKTEST_KNOWN_AT, preset, runs: MONTE_CARLO_RUNS })
    );
    const rateChanges = resolveRateChanges(dataset.programmes, await loadInserjeunes(db));
    return { manifest, backtest, rateChanges };
  } finally {
    await db.close();
  }
}
