/**
 * An export of the explorer's whole result, off the page's thread: DuckDB writes the file in
 * its worker in pieces of 100 000 rows (`exportParts`), the page only copies each finished piece
 * out and joins them in a Blob. Its progress is state; `cancel()` stops it between pieces and
 * asks the engine to stop the piece being written.
 */
import { RESULT_TABLE } from '$lib/data/explorer-sql';
import {
  EXPORT_TYPES,
  ExportCancelled,
  exportParts,
  type ExportFormat,
  type ExportProgress
} from '$lib/data/export-sql';
import type { ExplorerState } from './explorer.svelte';

export type ExportStep =
  | { step: 'idle' }
  | { step: 'running'; format: ExportFormat; progress: ExportProgress | null }
  | { step: 'done'; file: string; bytes: number }
  | { step: 'cancelled' }
  | { step: 'failed'; error: string };

export class ExportJob {
  state = $state<ExportStep>({ step: 'idle' });
  private signal = { cancelled: false };
  private job: Promise<unknown> | null = null;

  constructor(private readonly explorer: ExplorerState) {}

  get running(): boolean {
    return this.state.step === 'running';
  }

  /** Writes the result and hands the Blob to `save` (the page downloads it). */
  async start(
    format: ExportFormat,
    file: string,
    save: (blob: Blob, file: string) => void | Promise<void>
  ): Promise<void> {
    const ex = this.explorer;
    if (this.running || !ex.engine) return;
    const signal = { cancelled: false };
    this.signal = signal;
    this.state = { step: 'running', format, progress: null };
    ex.exporting = true;
    try {
      const engine = ex.engine;
      const session = await ex.session();
      const job = exportParts(
        {
          stream: (sql, onBatch) => session.stream(sql, onBatch),
          copyFileToBuffer: (name) => engine.copyFileToBuffer(name),
          dropFile: (name) => engine.dropFile(name)
        },
        RESULT_TABLE,
        format,
        {
          signal,
          onProgress: (progress) => {
            if (this.signal === signal) this.state = { step: 'running', format, progress };
          }
        }
      );
      this.job = job;
      const parts = await job;
      if (signal.cancelled) throw new ExportCancelled();
      const blob = new Blob(parts as BlobPart[], { type: EXPORT_TYPES[format] });
      await save(blob, file);
      this.state = { step: 'done', file, bytes: blob.size };
    } catch (e) {
      const err = e as Error;
      this.state =
        signal.cancelled || err.name === 'QueryCancelled' || err instanceof ExportCancelled
          ? { step: 'cancelled' }
          : { step: 'failed', error: err.message };
    } finally {
      this.job = null;
      ex.exporting = false;
    }
  }

  /** Stops the export: no file is downloaded. */
  async cancel(): Promise<void> {
    if (!this.running) return;
    this.signal.cancelled = true;
    const job = this.job;
    const session = this.explorer.engine ? await this.explorer.session() : null;
    if (job && session?.busy) {
      const how = await session.cancel(job);
      if (how === 'restarted') await this.explorer.restarted();
    }
  }
}
