/**
 * The dataset the pages show: the prerendered copy first (read at build time from the same
 * Parquet files), then the copy DuckDB-WASM reads in the browser, which replaces it.
 */
import type { Dataset } from './queries.ts';

class DatasetStore {
  live = $state<{ dataset: Dataset; version: string; ms: number } | null>(null);
  error = $state<string | null>(null);
  private started = false;

  /** Starts DuckDB-WASM once, after the first content is on screen. */
  start(): void {
    if (this.started) return;
    this.started = true;
    import('./live.ts')
      .then(({ liveDataset }) => liveDataset())
      .then((result) => (this.live = result))
      .catch((error: Error) => (this.error = error.message));
  }

  /** The freshest dataset available: DuckDB-WASM's once read, else the prerendered one. */
  pick(prerendered: Dataset): Dataset {
    return this.live?.dataset ?? prerendered;
  }
}

export const datasetStore = new DatasetStore();
