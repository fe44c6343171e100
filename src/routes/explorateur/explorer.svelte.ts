/* eslint-disable svelte/prefer-svelte-reactivity -- the Sets, Maps and Dates below are local
   temporaries, never state: the page reacts to the $state fields only. */
/**
 * The explorer page's state: the shared DuckDB-WASM engine and the explorer's own session, the
 * schema, the query being run (and its cancellation), the result's pages, the history, and the
 * researcher's file being checked. Browser only (created in onMount).
 */
import type { BrowserConnector, BrowserSession } from '$lib/data/browser';
import { TABLE_NAMES } from '$lib/data/tables';
import { RESULT_TABLE, sqlString, type ResultColumn } from '$lib/data/explorer-sql';
import {
  ExplorerError,
  HISTORY_KEY,
  parseHistory,
  pushHistory,
  readPage,
  runExplorerSql,
  type HistoryEntry,
  type RunOutcome
} from '$lib/data/explorer-run';
import { exportTable, EXPORT_TYPES, type ExportFormat } from '$lib/data/export-sql';
import {
  checkFileSize,
  checkUpload,
  CheckCancelled,
  readCsvSql,
  readParquetSql,
  userViewName,
  type CheckProgress,
  type UploadCheck,
  type UserFormat,
  type UserTable
} from '$lib/data/user-data';
import type { References } from '$lib/data/validate';

export const PAGE_SIZE = 50;

export interface SchemaTable {
  name: string;
  kind: 'app' | 'user-file' | 'other';
  columns: ResultColumn[];
  rows: number | null;
}

export interface UserFileView {
  view: string;
  file: string;
  registered: string;
  format: UserFormat;
  rows: number | null;
}

export class ExplorerState {
  engine: BrowserConnector | null = null;
  private session: BrowserSession | null = null;
  version = $state<string | null>(null);
  startMs = $state<number | null>(null);
  engineError = $state<string | null>(null);

  schema = $state<SchemaTable[]>([]);
  sql = $state('');
  running = $state(false);
  private runningPromise: Promise<unknown> | null = null;
  cancelling = $state(false);
  notice = $state<'cancelled' | 'restarted' | null>(null);
  error = $state<ExplorerError | null>(null);
  outcome = $state<RunOutcome | null>(null);
  page = $state(0);
  rows = $state<(string | null)[][]>([]);
  history = $state<HistoryEntry[]>([]);
  exporting = $state<ExportFormat | null>(null);
  /** Views made on the researcher's files, kept to make them again after a restart. */
  userViews = $state<UserFileView[]>([]);

  get pages(): number {
    return this.outcome ? Math.max(1, Math.ceil(this.outcome.rowCount / PAGE_SIZE)) : 0;
  }

  async start(): Promise<void> {
    this.history = parseHistory(localStorage.getItem(HISTORY_KEY));
    try {
      const { browserEngine } = await import('$lib/data/live');
      this.engine = await browserEngine();
      await this.engine.ready();
      this.version = await this.engine.version();
      this.startMs = this.engine.startMs;
      await this.loadSchema();
      void this.cacheTables();
    } catch (e) {
      this.engineError = (e as Error).message;
    }
  }

  /** Size of the app's tables held in memory (bytes), once fetched. */
  cachedBytes = $state<number | null>(null);

  /**
   * Fetches the app's Parquet files once (≈ 9 MB, all but 40 kB of it the synthetic table) and
   * lets DuckDB read them from memory: later queries read no HTTP range (on this machine the
   * synthetic table's aggregate went from ≈ 0.5 s to ≈ 0.15 s).
   */
  private async cacheTables(): Promise<void> {
    const engine = this.engine!;
    let total = 0;
    for (const name of TABLE_NAMES) total += await engine.cacheTable(name).catch(() => 0);
    // One pass of Parquet decoding and hash aggregation over the large table, while the reader
    // is still reading the page: the browser compiles that WebAssembly code to its fast tier
    // now, not during the researcher's first query.
    await engine
      .stream('SELECT departement, year, count(*) FROM trainees_synthetic GROUP BY ALL', () => {})
      .catch(() => {});
    this.cachedBytes = total;
  }

  private async ensureSession(): Promise<BrowserSession> {
    const engine = this.engine!;
    if (this.session && this.session.generation === engine.generation) return this.session;
    this.session = await engine.session();
    for (const name of TABLE_NAMES) await engine.useTable(name);
    for (const v of this.userViews) await this.makeView(v).catch(() => {});
    return this.session;
  }

  /** Tables and views of the catalog (not the explorer's own temporary table). */
  async loadSchema(): Promise<void> {
    const engine = this.engine;
    if (!engine) return;
    await this.ensureSession();
    const cols: { table: string; column: string; type: string }[] = [];
    await engine.stream(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_catalog <> 'temp' AND table_schema = 'main'
        ORDER BY table_name, ordinal_position`,
      (b) => {
        for (const r of b.rows)
          cols.push({ table: String(r[0]), column: String(r[1]), type: String(r[2]) });
      }
    );
    const names = [...new Set(cols.map((c) => c.table))];
    const appNames = new Set<string>(TABLE_NAMES);
    const userNames = new Map(this.userViews.map((v) => [v.view, v]));
    const known = new Map(this.schema.map((t) => [t.name, t.rows]));
    const order = (n: string) =>
      appNames.has(n)
        ? TABLE_NAMES.indexOf(n as (typeof TABLE_NAMES)[number])
        : userNames.has(n)
          ? 100
          : 200;
    this.schema = names
      .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
      .map((name) => ({
        name,
        kind: appNames.has(name) ? 'app' : userNames.has(name) ? 'user-file' : 'other',
        columns: cols
          .filter((c) => c.table === name)
          .map((c) => ({ name: c.column, type: c.type })),
        rows: userNames.get(name)?.rows ?? known.get(name) ?? null
      }));
    // Row counts of the app's tables: Parquet footers, no full read.
    for (const t of this.schema) {
      if (t.kind !== 'app' || t.rows !== null) continue;
      await engine
        .stream(`SELECT count(*)::BIGINT FROM "${t.name}"`, (b) => {
          t.rows = Number(b.rows[0][0]);
        })
        .catch(() => {});
    }
    this.schema = [...this.schema];
  }

  async run(sql = this.sql): Promise<void> {
    if (this.running || !this.engine) return;
    this.sql = sql;
    this.running = true;
    this.notice = null;
    this.error = null;
    const at = new Date().toISOString();
    try {
      const session = await this.ensureSession();
      const job = runExplorerSql(session, sql);
      this.runningPromise = job;
      const outcome = await job;
      const rows =
        outcome.kind === 'table' ? await readPage(session, outcome.columns, 0, PAGE_SIZE) : [];
      // Rows and columns change together: a page never meets another result's columns.
      this.rows = [];
      this.outcome = outcome;
      this.page = 0;
      this.rows = rows;
      this.remember({ sql, at, ok: true, rows: outcome.rowCount, ms: Math.round(outcome.ms) });
      if (outcome.kind === 'statement') await this.loadSchema();
    } catch (e) {
      const err = e as Error;
      this.outcome = null;
      this.rows = [];
      if (err.name === 'QueryCancelled') {
        this.notice = (err as Error & { restarted?: boolean }).restarted
          ? 'restarted'
          : 'cancelled';
      } else if (err instanceof ExplorerError) {
        this.error = err;
        this.remember({ sql, at, ok: false });
      } else {
        this.error = new ExplorerError(err.message, 1, 1);
        this.remember({ sql, at, ok: false });
      }
    } finally {
      this.running = false;
      this.runningPromise = null;
    }
  }

  async cancel(): Promise<void> {
    if (!this.running || !this.session || !this.runningPromise) return;
    this.cancelling = true;
    try {
      const how = await this.session.cancel(this.runningPromise);
      if (how === 'restarted') {
        this.notice = 'restarted';
        this.session = null;
        await this.loadSchema();
      }
    } finally {
      this.cancelling = false;
    }
  }

  async goTo(page: number): Promise<void> {
    if (!this.outcome || !this.session) return;
    const p = Math.min(Math.max(0, Math.floor(page)), this.pages - 1);
    const outcome = this.outcome;
    const rows = await readPage(this.session, outcome.columns, p, PAGE_SIZE);
    if (this.outcome !== outcome) return;
    this.rows = rows;
    this.page = p;
  }

  private remember(entry: HistoryEntry): void {
    this.history = pushHistory(this.history, entry);
    try {
      localStorage.setItem(HISTORY_KEY, JSON.stringify(this.history));
    } catch {
      // Storage full or disabled: the history stays for this visit.
    }
  }

  clearHistory(): void {
    this.history = [];
    localStorage.removeItem(HISTORY_KEY);
  }

  /** The whole result written by DuckDB, as a downloadable blob. */
  async exportResult(format: ExportFormat): Promise<{ blob: Blob; size: number }> {
    const engine = this.engine!;
    const session = await this.ensureSession();
    this.exporting = format;
    try {
      const bytes = await exportTable(
        {
          stream: (sql, onBatch) => session.stream(sql, onBatch),
          copyFileToBuffer: (name) => engine.copyFileToBuffer(name),
          dropFile: (name) => engine.dropFile(name)
        },
        RESULT_TABLE,
        format
      );
      return {
        blob: new Blob([bytes as BlobPart], { type: EXPORT_TYPES[format] }),
        size: bytes.length
      };
    } finally {
      this.exporting = null;
    }
  }

  private async makeView(v: UserFileView): Promise<void> {
    const engine = this.engine!;
    const source =
      v.format === 'parquet'
        ? readParquetSql(v.registered)
        : `read_csv_auto(${sqlString(v.registered)}, header = true)`;
    try {
      await engine.stream(
        `CREATE OR REPLACE VIEW "${v.view}" AS SELECT * FROM ${source}`,
        () => {}
      );
      // Auto-detection can fail on a broken file: fall back to every column as text.
    } catch {
      const head = await this.csvHeader(v.registered);
      if (!head) throw new Error('unreadable file');
      await engine.stream(
        `CREATE OR REPLACE VIEW "${v.view}" AS SELECT * FROM ${readCsvSql(v.registered, head)}`,
        () => {}
      );
    }
  }

  private headers = new Map<string, string[]>();
  private async csvHeader(registered: string): Promise<string[] | null> {
    return this.headers.get(registered) ?? null;
  }

  /** Makes a researcher's file queryable in SQL. */
  async addUserView(v: Omit<UserFileView, 'view'>, header?: string[]): Promise<string> {
    const taken = new Set([
      ...this.schema.map((t) => t.name),
      ...this.userViews.map((u) => u.view)
    ]);
    const view = userViewName(v.file, taken);
    if (header) this.headers.set(v.registered, header);
    const entry = { ...v, view };
    await this.makeView(entry);
    this.userViews = [...this.userViews, entry];
    await this.loadSchema();
    return view;
  }
}

// ——— A researcher's file ———

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

export class UserFileLoader {
  state = $state<LoadStep>({ step: 'idle' });
  private signal = { cancelled: false };

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
      const check = await checkUpload(engine, {
        file: file.name,
        bytes,
        table,
        refs,
        signal,
        onProgress: (p) => {
          if (this.signal === signal) this.state = { step: 'reading', progress: p };
        }
      });
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
  }

  reset(): void {
    this.state = { step: 'idle' };
  }
}
