/**
 * A researcher's file being checked in the explorer: size, then the one door of every upload
 * (checkUpload: decoding, separator, structure, rows, time-out), then a SQL view of it. Never
 * left « reading »: a cancel or an error brings the file picker back.
 */
import {
  checkFileSize,
  checkUpload,
  CheckCancelled,
  type CheckProgress,
  type UploadCheck,
  type UserTable
} from '$lib/data/user-data';
import type { References } from '$lib/data/validate';
import type { ExplorerState } from './explorer.svelte';

export type LoadStep =
  | { step: 'idle' }
  | {
      step: 'error';
      message: 'tooLarge' | 'unknownFormat' | 'wrongDelimiter' | 'other';
      detail: Record<string, string>;
    }
  | { step: 'reading'; progress: CheckProgress | null }
  | { step: 'cancelled' }
  | { step: 'checked'; check: UploadCheck; view: string | null; fileName: string };

/** How long a cancelled check may take to stop before its worker is ended. */
export const CANCEL_GRACE_MS = 3000;

export class UserFileLoader {
  state = $state<LoadStep>({ step: 'idle' });
  private signal = { cancelled: false };
  /** The check under way (settled or not), to tell a cancel that ends from one that does not. */
  private running: Promise<unknown> | null = null;

  constructor(private readonly explorer: ExplorerState) {}

  async load(file: File, table: UserTable | null, refs: References): Promise<void> {
    const engine = this.explorer.engine;
    if (!engine) return;
    const size = checkFileSize(file.size);
    if (!size.ok) {
      this.state = {
        step: 'error',
        message: 'tooLarge',
        detail: { file: file.name, bytes: String(file.size) }
      };
      return;
    }
    const signal = { cancelled: false };
    this.signal = signal;
    this.state = { step: 'reading', progress: null };
    try {
      // One door for every upload (checkUpload): decoding, separator, structure, rows, time-out.
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (signal.cancelled) throw new CheckCancelled();
      const checking = checkUpload(engine, {
        file: file.name,
        bytes,
        table,
        refs,
        signal,
        onProgress: (p) => {
          if (this.signal === signal) this.state = { step: 'reading', progress: p };
        }
      });
      this.running = checking;
      const check = await checking;
      // A check that ran out of time may have left the engine inside one long step.
      if (check.problems.some((p) => p.found === 'a check still running')) void this.restart();
      let view: string | null = null;
      if (check.registered) {
        view = await this.explorer
          .addUserView(
            {
              file: file.name,
              registered: check.registered,
              format: check.format,
              rows: check.rowsRead
            },
            check.format === 'csv' ? check.header : undefined
          )
          .catch(() => null);
      }
      if (this.signal === signal)
        this.state = { step: 'checked', check, view, fileName: file.name };
    } catch (e) {
      if (this.signal !== signal) return;
      if (e instanceof CheckCancelled) this.state = { step: 'cancelled' };
      else
        this.state = {
          step: 'error',
          message: 'other',
          detail: { file: file.name, error: String((e as Error)?.message ?? e) }
        };
    } finally {
      // Never left reading: whatever happened above, the picker comes back.
      if (this.signal === signal && this.state.step === 'reading')
        this.state = { step: 'cancelled' };
    }
  }

  /** Stops the check now: the page leaves « reading » even if the engine answers late. */
  cancel(): void {
    this.signal.cancelled = true;
    this.signal = { cancelled: true };
    if (this.state.step === 'reading') this.state = { step: 'cancelled' };
    // The check stops between steps; one that has not settled within the grace period is inside
    // a single long step of the engine (a corrupt Parquet file: npm run fuzz, case 656449694),
    // and only ending its worker stops it, as the explorer's own cancel does.
    const running = this.running;
    if (!running) return;
    const settled = running.then(
      () => 'settled' as const,
      () => 'settled' as const
    );
    const late = new Promise<'late'>((resolve) =>
      setTimeout(() => resolve('late'), CANCEL_GRACE_MS)
    );
    void Promise.race([settled, late]).then((how) => {
      if (how === 'late' && this.running === running) return this.restart();
    });
  }

  /** A new engine worker; the explorer's session and schema follow (its notice says so). */
  private async restart(): Promise<void> {
    this.running = null;
    await this.explorer.engine?.restart();
    await this.explorer.restarted('check');
  }

  reset(): void {
    this.state = { step: 'idle' };
  }
}
