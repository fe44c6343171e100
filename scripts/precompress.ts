/** `npm run build` step after `vite build`: brotli and gzip copies of build/ (lib/precompress.ts). */
import path from 'node:path';
import { precompress } from './lib/precompress.ts';

const root = process.argv[2] ?? 'build';
const t0 = performance.now();
const done = await precompress(root);
const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
let raw = 0;
let brotli = 0;
for (const f of done) {
  raw += f.size;
  brotli += f.br ?? f.gzip ?? f.size;
}
for (const f of done.filter((x) => x.size > 200_000 || path.extname(x.file) === '.parquet')) {
  console.log(
    `${path.relative(root, f.file)}: ${kb(f.size)} → br ${f.br ? kb(f.br) : 'not kept'}, gzip ${f.gzip ? kb(f.gzip) : 'not kept'}`
  );
}
console.log(
  `precompress: ${done.length} files, ${kb(raw)} → ${kb(brotli)} with brotli where kept (${((performance.now() - t0) / 1000).toFixed(1)} s)`
);
