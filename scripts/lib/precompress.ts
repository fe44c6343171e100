/**
 * Precompression of the built app (build/), run after `vite build` by `npm run build`: for every
 * file worth it, a brotli copy (`x.br`) and a gzip copy (`x.gz`) beside it, which the static
 * server (static-server.ts) sends to a browser that accepts them. Node's own zlib, no other tool.
 *
 * A copy is kept only where it pays: at least MIN_GAIN smaller than the file. Parquet is
 * compressed inside (zstd), so its copies mostly do not pay and are not written; the server
 * then sends the file itself. Large files (DuckDB's 18 MB WebAssembly) get brotli quality 9 and
 * not 11: 11 takes minutes on them for a few percent more.
 */
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/** Extensions considered for precompression. */
export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.wasm',
  '.txt',
  '.csv',
  '.webmanifest',
  '.parquet'
]);
/** A copy is written when it saves at least this share of the file. */
export const MIN_GAIN = 0.1;
/** Below this size a file is sent as it is (headers outweigh the gain). */
export const MIN_SIZE = 256;
const LARGE = 1 << 20;

export interface Precompressed {
  file: string;
  size: number;
  br: number | null;
  gzip: number | null;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.isFile() ? [p] : [];
  });
}

async function compressOne(file: string): Promise<Precompressed> {
  const bytes = readFileSync(file);
  const size = bytes.length;
  const [b, g] = await Promise.all([
    br(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: size > LARGE ? 9 : 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: size
      }
    }),
    gz(bytes, { level: 9 })
  ]);
  const keep = (out: Buffer, ext: string): number | null => {
    const target = `${file}${ext}`;
    if (out.length <= size * (1 - MIN_GAIN)) {
      writeFileSync(target, out);
      return out.length;
    }
    try {
      unlinkSync(target);
    } catch {
      /* no stale copy */
    }
    return null;
  };
  return { file, size, br: keep(b, '.br'), gzip: keep(g, '.gz') };
}

/** Writes the .br and .gz copies of `root`'s files; returns what was done, per file. */
export async function precompress(root: string, parallel = 2): Promise<Precompressed[]> {
  const files = walk(root).filter(
    (f) => COMPRESSIBLE.has(path.extname(f)) && statSync(f).size >= MIN_SIZE
  );
  // Largest first, so the two cores finish together.
  files.sort((a, b) => statSync(b).size - statSync(a).size);
  const out: Precompressed[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < files.length) out.push(await compressOne(files[next++]));
    })
  );
  return out.sort((a, b) => a.file.localeCompare(b.file));
}
