/* eslint-disable svelte/prefer-svelte-reactivity -- the Maps and Sets below are private
   bookkeeping or local temporaries, never state: the page reacts to the $state fields only. */
/**
 * The explorer page's state: the shared DuckDB-WASM engine and the explorer's own session, the
 * schema, the query being run (and its cancellation), the result's pages and order, the history
 * (in the browser's storage when it allows it), the researcher's file views and the merged views.
 * Browser only (created in onMount). The export job, the file check and the shareable link are
 * their own modules.
 */
import type { BrowserConnector, BrowserSession } from '$lib/data/browser';
import { TABLE_NAMES } from '$lib/data/tables';
import { sqlString, type ResultOrder } from '$lib/data/explorer-sql';
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
import { describeTable } from '$lib/data/export-sql';
import { readCsvSql, readParquetSql, userViewName, type UserFormat } from '$lib/data/user-data';
import type { UserTable } from '$lib/data/user-data';
import { browserStore } from '$lib/state/saved';
import { readSchema, type SchemaTable } from '$lib/explorer/schema';
import { mergedViewSql, MERGED_VIEWS, type MergedRecord } from '$lib/explorer/merged-views';

export type { SchemaTable } from '$lib/explorer/schema';

export const PAGE_SIZE = 50;

export interface UserFileView {
  view: string;
  file: string;
  registered: string;
  format: UserFormat;
  rows: number | null;
}

export class ExplorerState {
  engine: BrowserConnector | null = null;
  private current: BrowserSession | null = null;
  version = $state<string | null>(null);
  startMs = $state<number | null>(null);
  engineError = $state<string | null>(null);

  schema = $state<SchemaTable[]>([]);
  sql = $state('');
  running = $state(false);
  private runningPromise: Promise<unknown> | null = null;
  cancelling = $state(false);
  notice = $state<'cancelled' | 'restarted' | 'restartedCheck' | null>(null);
  error = $state<ExplorerError | null>(null);
  outcome = $state<RunOutcome | null>(null);
  /** The SQL that gave `outcome` (the editor may hold another since). */
  outcomeSql = $state('');
  page = $state(0);
  order = $state<ResultOrder | null>(null);
  rows = $state<(string | null)[][]>([]);
  history = $state<HistoryEntry[]>([]);
  /** True while an export holds the session (no page read may slip between its pieces). */
  exporting = $state(false);
  /** Views made on the researcher's files, kept to make them again after a restart. */
  userViews = $state<UserFileView[]>([]);
  /** The merged views' SQL by table, kept to make them again after a restart. */
  private merged = new Map<UserTable, string>();

  get pages(): number {
    return this.outcome ? Math.max(1, Math.ceil(this.outcome.rowCount / PAGE_SIZE)) : 0;
  }

  private markStarted!: () => void;
  /** Resolves once `start()` has finished (engine ready and schema read, or failed). */
  readonly started: Promise<void> = new Promise((resolve) => (this.markStarted = resolve));

  async start(): Promise<void> {
    try {
      await this.startEngine();
    } finally {
      this.markStarted();
    }
  }

  private async startEngine(): Promise<void> {
    // A browser that blocks this site's storage gives null: the history lives for this visit.
    this.history = parseHistory(this.readStored());
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

  private readStored(): string | null {
    try {
      return browserStore()?.getItem(HISTORY_KEY) ?? null;
    } catch {
      return null;
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

  private opening: { generation: number; made: Promise<BrowserSession> } | null = null;

  /** The explorer's connection (its TEMP result lives there), made again after a restart. */
  async session(): Promise<BrowserSession> {
    const engine = this.engine!;
    if (this.current && this.current.generation === engine.generation) return this.current;
    // One session per engine, even when a query and the schema ask for it at once.
    if (this.opening?.generation !== engine.generation) {
      const generation = engine.generation;
      const made = (async () => {
        const current = await engine.session();
        for (const name of TABLE_NAMES) await engine.useTable(name);
        for (const v of this.userViews) await this.makeView(v).catch(() => {});
        for (const sql of this.merged.values()) await engine.stream(sql, () => {}).catch(() => {});
        if (engine.generation === generation) this.current = current;
        return current;
      })();
      this.opening = { generation, made };
      made
        .catch(() => {})
        .finally(() => {
          if (this.opening?.made === made) this.opening = null;
        });
    }
    // A restart while the session is being made (the worker stuck in a file check) ends the wait.
    const { answer, stopWaiting } = engine.untilRestart();
    return answer(this.opening.made).finally(stopWaiting);
  }

  /** Tables and views of the catalog (not the explorer's own temporary table). */
  async loadSchema(): Promise<void> {
    if (!this.engine) return;
    await this.session();
    this.schema = await readSchema(this.engine, {
      userFiles: new Map(this.userViews.map((v) => [v.view, v.rows])),
      merged: new Set([...this.merged.keys()].map((t) => MERGED_VIEWS[t])),
      known: new Map(this.schema.map((t) => [t.name, t.rows]))
    });
  }

  /**
   * Runs `sql` and shows its first page (or `view`'s page and order). A query that the engine's
   * restart ended without being asked to stop (a stuck file check was ended under it) runs once
   * more on the new engine: what the researcher typed is not lost.
   */
  async run(
    sql = this.sql,
    view: { page: number; order: ResultOrder | null } | null = null,
    retry = true
  ): Promise<void> {
    // An export reads the result piece by piece: a new result must wait until it is done.
    if (this.running || this.exporting || !this.engine) return;
    this.sql = sql;
    this.running = true;
    // A query run again after a restart keeps the notice that says why.
    if (retry) this.notice = null;
    this.error = null;
    const at = new Date().toISOString();
    let again = false;
    try {
      const session = await this.session();
      const job = runExplorerSql(session, sql);
      this.runningPromise = job;
      const outcome = await job;
      const order = view?.order ?? null;
      const last = Math.max(0, Math.ceil(outcome.rowCount / PAGE_SIZE) - 1);
      const page = Math.min(Math.max(0, (view?.page ?? 1) - 1), last);
      const rows =
        outcome.kind === 'table'
          ? await readPage(session, outcome.columns, page, PAGE_SIZE, order)
          : [];
      // Rows and columns change together: a page never meets another result's columns.
      this.rows = [];
      this.outcome = outcome;
      this.outcomeSql = sql;
      this.order = order && outcome.columns.some((c) => c.name === order.column) ? order : null;
      this.page = page;
      this.rows = rows;
      this.remember({ sql, at, ok: true, rows: outcome.rowCount, ms: Math.round(outcome.ms) });
      if (outcome.kind === 'statement') await this.loadSchema();
    } catch (e) {
      const err = e as Error;
      this.outcome = null;
      this.rows = [];
      if (err.name === 'QueryCancelled') {
        const restarted = (err as Error & { restarted?: boolean }).restarted === true;
        if (restarted && retry && !this.cancelling) again = true;
        else this.notice = restarted ? 'restarted' : 'cancelled';
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
    if (again) await this.run(sql, view, false);
  }

  async cancel(): Promise<void> {
    if (!this.running || !this.current || !this.runningPromise) return;
    this.cancelling = true;
    try {
      const how = await this.current.cancel(this.runningPromise);
      if (how === 'restarted') await this.restarted();
    } finally {
      this.cancelling = false;
    }
  }

  /** The engine was restarted to stop a statement: its TEMP result is gone. */
  async restarted(why: 'query' | 'check' = 'query'): Promise<void> {
    this.notice = why === 'check' ? 'restartedCheck' : 'restarted';
    if (this.current?.generation !== this.engine?.generation) this.current = null;
    // A query run again on the new engine brings its own result; an older one is gone.
    if (!this.running) {
      this.outcome = null;
      this.rows = [];
    }
    await this.loadSchema();
  }

  async goTo(page: number, order = this.order): Promise<void> {
    if (!this.outcome || !this.current || this.exporting) return;
    const p = Math.min(Math.max(0, Math.floor(page)), this.pages - 1);
    const outcome = this.outcome;
    const rows = await readPage(this.current, outcome.columns, p, PAGE_SIZE, order);
    if (this.outcome !== outcome) return;
    this.rows = rows;
    this.page = p;
    this.order = order;
  }

  /** Sorts by a column: ascending, then descending, then the result's own order. */
  async sortBy(column: string): Promise<void> {
    const o = this.order;
    const next =
      o?.column !== column ? { column, desc: false } : o.desc ? null : { column, desc: true };
    await this.goTo(0, next);
  }

  private remember(entry: HistoryEntry): void {
    this.history = pushHistory(this.history, entry);
    this.store(JSON.stringify(this.history));
  }

  clearHistory(): void {
    this.history = [];
    this.store('[]');
  }

  private store(value: string): void {
    try {
      browserStore()?.setItem(HISTORY_KEY, value);
    } catch {
      // Storage full or refused: the history stays for this visit.
    }
  }

  /**
   * The pages' merged sites or programmes as a SQL view (`rows` from mergeUserData), or no view
   * when the researcher has no rows of that table.
   */
  async setMergedView(table: UserTable, rows: readonly MergedRecord[] | null): Promise<void> {
    const engine = this.engine;
    if (!engine) return;
    await this.session();
    if (rows) {
      const sql = mergedViewSql(table, await describeTable(engine, table), rows);
      await engine.stream(sql, () => {});
      this.merged.set(table, sql);
    } else {
      if (!this.merged.delete(table)) return;
      await engine.stream(`DROP VIEW IF EXISTS "${MERGED_VIEWS[table]}"`, () => {});
    }
    await this.loadSchema();
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
      const head = this.headers.get(v.registered);
      if (!head) throw new Error('unreadable file');
      await engine.stream(
        `CREATE OR REPLACE VIEW "${v.view}" AS SELECT * FROM ${readCsvSql(v.registered, head)}`,
        () => {}
      );
    }
  }

  private headers = new Map<string, string[]>();

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
