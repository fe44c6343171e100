/**
 * Malformed uploads through the explorer's one entry point (`checkUpload`, src/lib/data/user-data.ts)
 * on the real DuckDB-WASM engine in Node: files of each kind of issue 11 (quote in a header,
 * binary junk, empty file, wrong extension, UTF-16, Latin-1, French spreadsheets, huge numbers,
 * duplicate names and columns, hidden characters, places outside their région, corrupt Parquet)
 * and random mutations of the valid default tables (data/sites.csv, data/programmes.csv): byte
 * flips, truncation, deleted, duplicated and swapped columns, stray quotes and separators.
 *
 * For each file: an answer within LIMIT_MS (else "hang"); a refusal is "clear" when every
 * problem names the file, has a column when it has a line, and is not the engine's own text
 * (else "crash"); an acceptance is "accepted" only when every kept value is within the schema's
 * bounds (else "crash"). Any exception is a "crash".
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { NodeConnector } from '../../src/lib/data/node.ts';
import { loadDataset } from '../../src/lib/data/queries.ts';
import { mulberry32 } from '../../src/lib/forecast/random.ts';
import {
  checkUpload,
  ENGINE_TEXT,
  referencesOf,
  USER_TABLES,
  type UploadCheck,
  type UserTable
} from '../../src/lib/data/user-data.ts';
import { checkCell, type References } from '../../src/lib/data/validate.ts';
import { caseSeed, record, type FuzzReport } from './report.ts';

const LIMIT_MS = 10_000;

let shared: Promise<{ db: NodeConnector; refs: References; parquet: Uint8Array }> | null = null;

/** One engine for every case of a run (and of the runs of one process). */
function engine() {
  return (shared ??= (async () => {
    const db = await NodeConnector.open('static');
    const refs = referencesOf(await loadDataset(db));
    await db.registerFileBuffer('fuzz-base.csv', new TextEncoder().encode(BASE.sites));
    const path = `/tmp/releve-fuzz-${process.pid}.parquet`;
    await db.stream(
      `COPY (SELECT * FROM read_csv_auto('fuzz-base.csv', header = true, all_varchar = true)) ` +
        `TO '${path}' (FORMAT parquet)`,
      () => {}
    );
    const parquet = await db.copyFileToBuffer(path);
    return { db, refs, parquet };
  })());
}

const BASE = {
  sites: readFileSync('data/sites.csv', 'utf8'),
  programmes: readFileSync('data/programmes.csv', 'utf8')
};

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const int = (r: Rand, n: number) => Math.floor(r() * n);
const enc = (s: string) => new TextEncoder().encode(s);

/** A base table as rows of cells, header first. */
function table(text: string): string[][] {
  const t = parseCsv(text, 'base.csv');
  return [t.header, ...t.records.map((r) => r.cells)];
}

const quote = (c: string, d = ',') =>
  c.includes(d) || /["\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
const join = (rows: string[][], d = ',', eol = '\n') =>
  rows.map((r) => r.map((c) => quote(c, d)).join(d)).join(eol) + eol;

function setCell(rows: string[][], column: string, value: string, row = 1): string[][] {
  const i = rows[0].indexOf(column);
  return rows.map((r, k) => (k === row && i >= 0 ? r.map((c, j) => (j === i ? value : c)) : r));
}

interface Case {
  category: string;
  file: string;
  bytes: Uint8Array;
  table: UserTable | null;
}

const HUGE = ['1e308', '99999999999999999999', '1e300', '-1', 'Infinity', 'NaN', '1e15', '0x10'];
const NUMERIC: Record<UserTable, string[]> = {
  sites: ['jobs_direct_low', 'jobs_direct_high', 'latitude', 'production_start', 'capacity_gwh'],
  programmes: ['intake_per_year', 'completion_rate', 'start_year', 'budget_eur', 'duration_years']
};

/** One generated file. */
function generate(r: Rand): Case {
  const which: UserTable = r() < 0.6 ? 'sites' : 'programmes';
  const rows = table(BASE[which]);
  const file = `${which}-${int(r, 1000)}.csv`;
  const kind = pick(r, [
    'quote in header',
    'binary junk',
    'empty file',
    'wrong extension',
    'utf-16',
    'latin-1',
    'semicolon excel',
    'huge numbers',
    'duplicate names',
    'duplicate column',
    'hidden characters',
    'long id',
    'geography',
    'blank and short lines',
    'corrupt parquet',
    'byte flips',
    'truncation',
    'deleted column',
    'swapped columns',
    'quotes and separators',
    'valid'
  ] as const);
  const text = join(rows);
  const c = (bytes: Uint8Array, name = file, table: UserTable | null = null): Case => ({
    category: kind,
    file: name,
    bytes,
    table
  });
  switch (kind) {
    case 'quote in header': {
      const h = [...rows[0]];
      const at = int(r, h.length);
      const header = h.map((x, i) => (i === at ? x.slice(0, 2) + '"' + x.slice(2) : x)).join(',');
      return c(enc(header + '\n' + text.split('\n').slice(1).join('\n')));
    }
    case 'binary junk':
      return c(Uint8Array.from({ length: 16 + int(r, 4000) }, () => int(r, 256)));
    case 'empty file':
      return c(enc(pick(r, ['', '\n', '\r\n\r\n', '   ', '\uFEFF'])));
    case 'wrong extension':
      return c(enc(text), file.replace(/\.csv$/, pick(r, ['.xlsx', '.json', '', '.csv.gz'])));
    case 'utf-16': {
      const be = r() < 0.5;
      const out = new Uint8Array(2 + text.length * 2);
      out.set(be ? [0xfe, 0xff] : [0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) {
        const u = text.charCodeAt(i);
        out[2 + 2 * i + (be ? 1 : 0)] = u & 0xff;
        out[2 + 2 * i + (be ? 0 : 1)] = u >> 8;
      }
      return c(out);
    }
    case 'latin-1':
      return c(Uint8Array.from(text, (ch) => Math.min(ch.charCodeAt(0), 0xff)));
    case 'semicolon excel': {
      const semi = rows.map((row) => row.map((v) => v.replace(/^(-?\d+)\.(\d+)$/, '$1,$2')));
      return c(enc(join(semi, ';', '\r\n')));
    }
    case 'huge numbers':
      return c(enc(join(setCell(rows, pick(r, NUMERIC[which]), pick(r, HUGE), 1 + int(r, 3)))));
    case 'duplicate names': {
      const name = rows[1][rows[0].indexOf('name')];
      return c(enc(join(setCell(rows, 'name', name, 2))));
    }
    case 'duplicate column': {
      const at = int(r, rows[0].length);
      return c(enc(join(rows.map((row) => [...row, row[at]]))));
    }
    case 'hidden characters':
      return c(
        enc(join(setCell(rows, 'name', pick(r, ['a\u0000b', 'x\u202ey', '\u2066z', 'q\u0007']))))
      );
    case 'long id':
      return c(enc(join(setCell(rows, 'id', 'a'.repeat(65 + int(r, 10_000))))));
    case 'geography': {
      if (which === 'programmes') return c(enc(join(setCell(rows, 'target_region', '99'))));
      const i = rows[0].indexOf('latitude');
      const swapped = rows.map((row, k) =>
        k === 1 ? row.map((v, j) => (j === i ? row[i + 1] : j === i + 1 ? row[i] : v)) : row
      );
      return c(
        enc(
          join(
            pick(r, [
              swapped,
              setCell(rows, 'departement', '13'),
              setCell(rows, 'commune_insee', '75056'),
              setCell(rows, 'region', '04')
            ])
          )
        )
      );
    }
    case 'blank and short lines': {
      const lines = text.split('\n');
      const at = 1 + int(r, lines.length - 1);
      const insert = pick(r, ['', '', 'a,b', ',', '"x"']);
      return c(enc([...lines.slice(0, at), insert, ...lines.slice(at)].join('\n')));
    }
    case 'corrupt parquet':
      return c(new Uint8Array(), `${which}.parquet`, 'sites');
    case 'byte flips': {
      const b = enc(text);
      for (let k = 1 + int(r, 8); k > 0; k--) b[int(r, b.length)] ^= 1 << int(r, 8);
      return c(b);
    }
    case 'truncation': {
      const b = enc(text);
      return c(b.slice(0, int(r, b.length)));
    }
    case 'deleted column': {
      const at = int(r, rows[0].length);
      return c(enc(join(rows.map((row) => row.filter((_, j) => j !== at)))));
    }
    case 'swapped columns': {
      const [a, b] = [int(r, rows[0].length), int(r, rows[0].length)];
      const swap = (row: string[]) => row.map((v, j) => (j === a ? row[b] : j === b ? row[a] : v));
      return c(enc(join([rows[0], ...rows.slice(1).map(swap)])));
    }
    case 'quotes and separators': {
      const chars = enc(text);
      const out: number[] = [];
      for (const ch of chars) {
        out.push(ch);
        if (r() < 0.01) out.push(pick(r, [0x22, 0x2c, 0x3b, 0x09, 0x0a, 0x0d]));
      }
      return c(Uint8Array.from(out));
    }
    case 'valid':
      return c(enc(text), file, which);
  }
}

/** Every problem names the file; a line comes with its column; no raw engine text or path. */
function unclear(check: UploadCheck, file: string): string | null {
  for (const p of check.problems) {
    if (p.file !== file || !p.message.includes(file))
      return `problem without the file: ${p.message}`;
    if (p.line > 0 && !p.column) return `line without column: ${p.message}`;
    if (p.found.startsWith(ENGINE_TEXT)) return `unmapped engine error: ${p.message}`;
    // eslint-disable-next-line no-control-regex
    if (/upload-\d|user\/\d|[\u0000-\u0008]/.test(p.message)) return `internal text: ${p.message}`;
  }
  return null;
}

/** Every kept value within the schema (types and bounds). */
function outOfBounds(check: UploadCheck): string | null {
  const spec = USER_TABLES[check.table];
  for (const row of check.valid ?? []) {
    for (const col of spec.columns) {
      const v = row[col.name];
      if (v === null || v === undefined || typeof v === 'object') continue;
      const c = checkCell(spec, col.name, String(v));
      if ('expected' in c) return `${col.name} = ${String(v)}: expected ${c.expected}`;
    }
  }
  return null;
}

/** The file of one case, from its case seed (what `npm run fuzz` prints to replay it). */
function caseOf(s: number, parquet: Uint8Array): Case {
  const r = mulberry32(s);
  const k = generate(r);
  if (k.category === 'corrupt parquet') {
    const b = parquet.slice(0, r() < 0.5 ? parquet.length : 4 + int(r, parquet.length - 4));
    for (let n = int(r, 6); n > 0; n--) b[int(r, b.length)] ^= 1 << int(r, 8);
    k.bytes = b;
  }
  return k;
}

/** One case's file and bytes, e.g. to upload it in the browser. */
export async function replayCase(
  caseSeedValue: number
): Promise<{ file: string; bytes: Uint8Array }> {
  const { parquet } = await engine();
  const k = caseOf(caseSeedValue, parquet);
  return { file: k.file, bytes: k.bytes };
}

/** What one case came to, inside the engine's thread. */
export interface CaseResult {
  category: string;
  outcome: 'clear' | 'accepted' | 'crash';
  problem?: string;
  input: string;
}

/** Checks the file of case `s` on the engine and classifies the answer (no time limit here). */
export async function runCase(s: number): Promise<CaseResult> {
  const { db, refs, parquet } = await engine();
  const k = caseOf(s, parquet);
  const input = describe(k);
  const crash = (problem: string): CaseResult => ({
    category: k.category,
    outcome: 'crash',
    problem,
    input
  });
  try {
    const answer = await checkUpload(db, { file: k.file, bytes: k.bytes, table: k.table, refs });
    if (answer.registered) await db.dropFile(answer.registered).catch(() => {});
    const bad =
      answer.problems.length === 0
        ? outOfBounds(answer)
        : (unclear(answer, k.file) ?? outOfBounds(answer));
    if (bad) return crash(answer.problems.length ? bad : `accepted out of bounds: ${bad}`);
    return { category: k.category, outcome: answer.problems.length ? 'clear' : 'accepted', input };
  } catch (e) {
    return crash(String((e as Error)?.stack ?? e).slice(0, 300));
  }
}

const describe = (k: Case) =>
  `${k.file} (${k.bytes.length} bytes): ${JSON.stringify(new TextDecoder().decode(k.bytes.slice(0, 80)))}`;

/**
 * The engine in a thread of its own (tests/fuzz/upload-thread.mjs), as the explorer has its
 * worker: DuckDB's Node bundle is blocking, and a file that keeps it inside one long step (a
 * corrupt Parquet file, case 656449694) can only be stopped by ending its thread. Past LIMIT_MS
 * the thread is ended and a new one started, which is what the explorer does to its worker (its
 * notice says « le moteur a été redémarré »): such a case is counted "restarted", and printed.
 * A thread that cannot be restarted, or that dies, is a crash.
 */
class EngineThread {
  private worker: Worker | null = null;
  private pending: { resolve: (r: CaseResult) => void; reject: (e: Error) => void } | null = null;

  private start(): Worker {
    const w = new Worker(new URL('./upload-thread.mjs', import.meta.url));
    w.on('message', (r: CaseResult) => this.pending?.resolve(r));
    w.on('error', (e) => this.pending?.reject(e));
    w.on('exit', (code) => {
      if (this.worker === w) this.worker = null;
      this.pending?.reject(new Error(`the engine's thread stopped (exit ${code})`));
    });
    return w;
  }

  /** The case's result, or 'restarted' when it did not answer within `ms`. */
  async run(s: number, ms: number): Promise<CaseResult | 'restarted'> {
    const w = (this.worker ??= this.start());
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      return await new Promise<CaseResult | 'restarted'>((resolve, reject) => {
        this.pending = { resolve, reject };
        timer = setTimeout(() => resolve('restarted'), ms);
        w.postMessage(s);
      }).then(async (r) => {
        if (r === 'restarted') await this.stop();
        return r;
      });
    } finally {
      clearTimeout(timer);
      this.pending = null;
    }
  }

  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.pending = null;
    await w?.terminate();
  }
}

export async function fuzz(
  seed: number,
  count: number,
  { limitMs = LIMIT_MS }: { limitMs?: number } = {}
): Promise<FuzzReport> {
  const report: FuzzReport = { byCategory: {}, failures: [] };
  const thread = new EngineThread();
  try {
    for (let i = 0; i < count; i++) {
      const s = caseSeed(seed, i);
      const r = await thread.run(s, limitMs).catch((e: Error): CaseResult => ({
        category: 'engine thread',
        outcome: 'crash',
        problem: e.message,
        input: `case ${s}`
      }));
      if (r === 'restarted') {
        // The category without the engine: the case's kind is drawn before its bytes.
        record(report, generate(mulberry32(s)).category, 'restarted');
        report.restarts = [...(report.restarts ?? []), s];
        continue;
      }
      record(report, r.category, r.outcome);
      if (r.outcome === 'crash')
        report.failures.push({
          caseSeed: s,
          category: r.category,
          outcome: 'crash',
          input: r.input,
          problem: r.problem ?? ''
        });
    }
  } finally {
    await thread.stop();
  }
  return report;
}
