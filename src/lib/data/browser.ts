/**
 * DuckDB-WASM in the browser: the bundles are served by the app itself (Vite copies them into the
 * build; no CDN), the engine starts lazily in a Web Worker on first use, and the Parquet files of
 * static/data/ are fetched whole once (the small ones, compressed on the wire) or registered by URL
 * (the 9 MB synthetic table, which DuckDB reads with HTTP range requests).
 * Browser only: import it dynamically (`await import('$lib/data/browser')`), never from SSR code.
 *
 * Beyond the `Connector` of every page, the SQL explorer uses a browser-only extension: a
 * session (one connection, so that its temporary tables live between queries) whose running
 * statement can be cancelled, a researcher's file registered by handle (DuckDB reads it in
 * slices, the page never copies it into JavaScript memory), and a restart of the worker when a
 * statement does not stop.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import {
  batchRows,
  columnInfos,
  plainRow,
  tablePath,
  type ColumnInfo,
  type FileConnector,
  type Row,
  type RowBatch
} from './connector.ts';
import { TABLES, type TableName } from './tables.ts';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/** Thrown by a session's statement that was cancelled. */
export class QueryCancelled extends Error {
  constructor(readonly restarted = false) {
    super(restarted ? 'cancelled (engine restarted)' : 'cancelled');
    this.name = 'QueryCancelled';
  }
}

/** The name under which a table's Parquet file is held in memory. */
const memoryName = (file: string) => `mem/${file}`;

type BatchHandler = (batch: RowBatch) => void | Promise<void>;

/**
 * One connection of the explorer. Its TEMP tables live as long as it does; `cancel()` stops the
 * statement it is running (DuckDB-WASM runs a sent statement in slices of about 100 ms and
 * checks for a cancel request between them).
 */
export class BrowserSession {
  private running: { cancelled: boolean } | null = null;

  constructor(
    private readonly owner: BrowserConnector,
    private conn: duckdb.AsyncDuckDBConnection,
    readonly generation: number
  ) {}

  get busy(): boolean {
    return this.running !== null;
  }

  async stream(sql: string, onBatch: BatchHandler): Promise<ColumnInfo[]> {
    if (this.generation !== this.owner.generation) throw new QueryCancelled(true);
    const state = { cancelled: false };
    this.running = state;
    // A worker that is ended never answers what it was sent: a restart (by this session's cancel
    // or by another's, e.g. a stuck file check) ends the statement here at once.
    const { answer, stopWaiting } = this.owner.untilRestart();
    try {
      const reader = await answer(this.conn.send(sql));
      // An async Arrow stream knows its schema once opened (its first message read).
      await answer(reader.open());
      const columns = columnInfos(reader.schema?.fields ?? []);
      const batches = reader[Symbol.asyncIterator]();
      for (;;) {
        const next: IteratorResult<Parameters<typeof batchRows>[0]> = await answer(batches.next());
        if (next.done) break;
        if (state.cancelled) throw new QueryCancelled();
        await onBatch({ columns, rows: batchRows(next.value) });
      }
      if (state.cancelled) throw new QueryCancelled();
      return columns;
    } catch (error) {
      if (state.cancelled || this.generation !== this.owner.generation) {
        throw new QueryCancelled(this.generation !== this.owner.generation);
      }
      throw error;
    } finally {
      stopWaiting();
      if (this.running === state) this.running = null;
    }
  }

  /**
   * Asks the engine to stop the running statement. Resolves true once it has stopped; if it has
   * not within `graceMs` (a single long step, e.g. a synchronous read), the worker is restarted.
   */
  async cancel(settled: Promise<unknown>, graceMs = 3000): Promise<'cancelled' | 'restarted'> {
    if (!this.running) return 'cancelled';
    this.running.cancelled = true;
    await this.conn.cancelSent().catch(() => false);
    const stopped = await Promise.race([
      settled.then(
        () => true,
        () => true
      ),
      new Promise<false>((r) => setTimeout(() => r(false), graceMs))
    ]);
    if (stopped) return 'cancelled';
    await this.owner.restart();
    return 'restarted';
  }

  async close(): Promise<void> {
    if (this.generation === this.owner.generation) await this.conn.close().catch(() => {});
  }
}

export class BrowserConnector implements FileConnector {
  private db: Promise<duckdb.AsyncDuckDB> | null = null;
  private registered = new Map<string, Promise<void>>();
  /** Files registered by the researcher, kept to register them again after a restart. */
  private files = new Map<string, File | Uint8Array>();
  /** Bumped by every restart: sessions of an older generation are dead. */
  generation = 0;
  private restartListeners = new Set<() => void>();
  /** Milliseconds the last start took (download, compile and instantiate the WebAssembly). */
  startMs: number | null = null;

  /** @param baseUrl absolute URL of the app's root, e.g. `new URL(base + '/', location.href)` */
  constructor(private readonly baseUrl: string) {}

  private start(): Promise<duckdb.AsyncDuckDB> {
    return (this.db ??= (async () => {
      const t0 = performance.now();
      const bundle = await duckdb.selectBundle(BUNDLES);
      const worker = new Worker(bundle.mainWorker!);
      const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
      await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
      for (const [name, file] of this.files) await this.registerOn(db, name, file);
      this.startMs = performance.now() - t0;
      return db;
    })());
  }

  /**
   * `answer(p)` is `p`, or a QueryCancelled(restarted) as soon as the worker is restarted: an
   * ended worker never answers what it was sent, and whoever awaits it must not wait forever.
   * Call `stopWaiting()` when done.
   */
  untilRestart(): { answer: <T>(p: Promise<T>) => Promise<T>; stopWaiting: () => void } {
    let listener = () => {};
    const abandoned = new Promise<never>((_, reject) => {
      listener = () => {
        this.restartListeners.delete(listener);
        reject(new QueryCancelled(true));
      };
      this.restartListeners.add(listener);
    });
    abandoned.catch(() => {});
    return {
      answer: (p) => Promise.race([p, abandoned]),
      stopWaiting: () => this.restartListeners.delete(listener)
    };
  }

  /** Starts the engine (if not yet) and resolves when it is ready. */
  async ready(): Promise<void> {
    await this.start();
  }

  async query<T extends Row = Row>(sql: string): Promise<T[]> {
    const conn = await (await this.start()).connect();
    try {
      const table = await conn.query(sql);
      return table.toArray().map((r: { toJSON(): Row }) => plainRow(r.toJSON()) as T);
    } finally {
      await conn.close();
    }
  }

  async stream(sql: string, onBatch: BatchHandler): Promise<ColumnInfo[]> {
    const session = await this.session();
    try {
      return await session.stream(sql, onBatch);
    } finally {
      await session.close();
    }
  }

  /** A connection of its own, for the explorer (TEMP tables, cancellable statements). */
  async session(): Promise<BrowserSession> {
    const db = await this.start();
    return new BrowserSession(this, await db.connect(), this.generation);
  }

  useTable(name: TableName): Promise<void> {
    let done = this.registered.get(name);
    if (!done) {
      done = (async () => {
        const db = await this.start();
        const file = TABLES[name].file;
        const inMemory = memoryName(file);
        if (this.files.has(inMemory)) {
          await this.query(
            `CREATE OR REPLACE VIEW "${name}" AS SELECT * FROM read_parquet('${inMemory}')`
          );
          return;
        }
        if (!('ranged' in TABLES[name])) {
          // A small file: one GET of the whole (compressed on the wire), read from memory. By
          // URL, DuckDB would send a HEAD and a range of the same bytes, and the explorer's
          // cacheTable would then fetch them a second time.
          await this.registerFileBuffer(inMemory, await this.fetchWhole(file));
          await this.query(
            `CREATE OR REPLACE VIEW "${name}" AS SELECT * FROM read_parquet('${inMemory}')`
          );
          return;
        }
        const url = new URL(tablePath(file), this.baseUrl).href;
        await db.registerFileURL(file, url, duckdb.DuckDBDataProtocol.HTTP, false);
        await this.query(
          `CREATE OR REPLACE VIEW "${name}" AS SELECT * FROM read_parquet('${file}')`
        );
      })();
      this.registered.set(name, done);
      done.catch(() => this.registered.delete(name));
    }
    return done;
  }

  /**
   * Fetches a table's Parquet file once and points its view at the copy in memory: later queries
   * read no HTTP range. Used by the SQL explorer (the default pages read by range, and never load
   * the synthetic table). Returns the file's size in bytes.
   */
  async cacheTable(name: TableName): Promise<number> {
    const file = TABLES[name].file;
    const inMemory = memoryName(file);
    if (!this.files.has(inMemory)) {
      await this.registerFileBuffer(inMemory, await this.fetchWhole(file));
    }
    await this.useTable(name);
    await this.query(
      `CREATE OR REPLACE VIEW "${name}" AS SELECT * FROM read_parquet('${inMemory}')`
    );
    const bytes = this.files.get(inMemory);
    return bytes instanceof Uint8Array ? bytes.length : 0;
  }

  /** A table's whole Parquet file, fetched once (the server sends it compressed if it pays). */
  private async fetchWhole(file: string): Promise<Uint8Array> {
    const response = await fetch(new URL(tablePath(file), this.baseUrl).href);
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }

  private async registerOn(db: duckdb.AsyncDuckDB, name: string, file: File | Uint8Array) {
    if (file instanceof Uint8Array) await db.registerFileBuffer(name, file.slice());
    else
      await db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
  }

  /**
   * A researcher's file, read by DuckDB in slices straight from the `File` (the browser's
   * FileReader in the worker): a 200 MB file is never copied into the page's memory.
   */
  async registerFileHandle(name: string, file: File): Promise<void> {
    this.files.set(name, file);
    await this.registerOn(await this.start(), name, file);
  }

  async registerFileBuffer(name: string, bytes: Uint8Array): Promise<void> {
    this.files.set(name, bytes);
    // The worker takes the buffer over; keep our own copy for a restart.
    await (await this.start()).registerFileBuffer(name, bytes.slice());
  }

  async copyFileToBuffer(name: string): Promise<Uint8Array> {
    return (await this.start()).copyFileToBuffer(name);
  }

  async dropFile(name: string): Promise<void> {
    this.files.delete(name);
    await (await this.start()).dropFile(name).catch(() => {});
  }

  async version(): Promise<string> {
    return (await this.start()).getVersion();
  }

  /**
   * Ends the worker (and whatever it was running) and starts a fresh one on next use: tables are
   * registered again on demand, the researcher's files at once. TEMP tables are lost.
   */
  async restart(): Promise<void> {
    const old = this.db;
    this.db = null;
    this.generation++;
    this.registered.clear();
    for (const listener of [...this.restartListeners]) listener();
    if (old) await (await old.catch(() => null))?.terminate();
  }

  async close(): Promise<void> {
    if (!this.db) return;
    const db = await this.db;
    await db.terminate();
    this.db = null;
    this.registered.clear();
  }
}
