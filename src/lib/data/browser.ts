/**
 * DuckDB-WASM in the browser: the bundles are served by the app itself (Vite copies them into the
 * build; no CDN), the engine starts lazily in a Web Worker on first use, and the Parquet files of
 * static/data/ are registered by URL (DuckDB reads them with HTTP range requests).
 * Browser only: import it dynamically (`await import('$lib/data/browser')`), never from SSR code.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { plainRow, tablePath, type Connector, type Row } from './connector.ts';
import { TABLES, type TableName } from './tables.ts';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

export class BrowserConnector implements Connector {
  private db: Promise<duckdb.AsyncDuckDB> | null = null;
  private registered = new Map<string, Promise<void>>();

  /** @param baseUrl absolute URL of the app's root, e.g. `new URL(base + '/', location.href)` */
  constructor(private readonly baseUrl: string) {}

  private start(): Promise<duckdb.AsyncDuckDB> {
    return (this.db ??= (async () => {
      const bundle = await duckdb.selectBundle(BUNDLES);
      const worker = new Worker(bundle.mainWorker!);
      const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
      await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
      return db;
    })());
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

  useTable(name: TableName): Promise<void> {
    let done = this.registered.get(name);
    if (!done) {
      done = (async () => {
        const db = await this.start();
        const file = TABLES[name].file;
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

  async version(): Promise<string> {
    return (await this.start()).getVersion();
  }

  async close(): Promise<void> {
    if (!this.db) return;
    const db = await this.db;
    await db.terminate();
    this.db = null;
    this.registered.clear();
  }
}
