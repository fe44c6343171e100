/**
 * The same DuckDB-WASM engine as the browser, in Node, through its blocking bundle: tests and
 * scripts run exactly the SQL that the pages run. Node only.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as blocking from '@duckdb/duckdb-wasm/blocking';
// With moduleResolution "bundler", TypeScript picks the browser typings; use the Node ones.
import type * as NodeBlocking from '../../../node_modules/@duckdb/duckdb-wasm/dist/duckdb-node-blocking';
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

const duckdb = blocking as unknown as typeof NodeBlocking;

export class NodeConnector implements FileConnector {
  private registered = new Set<string>();

  private constructor(
    private readonly db: NodeBlocking.DuckDBBindings,
    private readonly conn: NodeBlocking.DuckDBConnection,
    private readonly staticDir: string
  ) {}

  /** @param staticDir the folder that holds data/*.parquet (the app's static/ folder). */
  static async open(staticDir: string): Promise<NodeConnector> {
    const require = createRequire(import.meta.url);
    const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
    const db = await duckdb.createDuckDB(
      {
        mvp: {
          mainModule: path.join(dist, 'duckdb-mvp.wasm'),
          mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs')
        },
        eh: {
          mainModule: path.join(dist, 'duckdb-eh.wasm'),
          mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs')
        }
      },
      new duckdb.VoidLogger(),
      duckdb.NODE_RUNTIME
    );
    await db.instantiate();
    return new NodeConnector(db, db.connect(), staticDir);
  }

  async query<T extends Row = Row>(sql: string): Promise<T[]> {
    return this.conn
      .query(sql)
      .toArray()
      .map((r: { toJSON(): Row }) => plainRow(r.toJSON()) as T);
  }

  async useTable(name: TableName): Promise<void> {
    if (this.registered.has(name)) return;
    const file = path.resolve(this.staticDir, tablePath(TABLES[name].file)).replace(/'/g, "''");
    this.conn.query(`CREATE OR REPLACE VIEW "${name}" AS SELECT * FROM read_parquet('${file}')`);
    this.registered.add(name);
  }

  async version(): Promise<string> {
    return this.db.getVersion();
  }

  async stream(
    sql: string,
    onBatch: (batch: RowBatch) => void | Promise<void>
  ): Promise<ColumnInfo[]> {
    const reader = await this.conn.send(sql);
    reader.open(); // the schema is known once the stream's first message is read
    const columns = columnInfos(reader.schema?.fields ?? []);
    for (const batch of reader) await onBatch({ columns, rows: batchRows(batch) });
    return columns;
  }

  async registerFileBuffer(name: string, bytes: Uint8Array): Promise<void> {
    this.db.registerFileBuffer(name, bytes);
  }

  async copyFileToBuffer(name: string): Promise<Uint8Array> {
    return this.db.copyFileToBuffer(name);
  }

  async dropFile(name: string): Promise<void> {
    this.db.dropFile(name);
  }

  async close(): Promise<void> {
    this.conn.close();
    this.db.reset();
  }
}
