/**
 * Accuracy benchmark of the point forecasters on the M3 yearly series (Makridakis & Hibon 2000):
 * 645 series, horizon 6. Prints each method's mean sMAPE (200 |y - f| / (|y| + |f|), averaged
 * over the horizons, then over the series) and MASE (MAE scaled by the in-sample one-step naive
 * MAE), with run times.
 *
 * Usage: npx tsx scripts/bench-accuracy.ts        (npm run bench:accuracy)
 *        M3_CSV=/path/to/m3-yearly.csv npx tsx scripts/bench-accuracy.ts
 *
 * The CSV (columns series,type,h,part,t,value; part = train | test) lives in ../shared/bench/,
 * beside the repository: it is not shipped with the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { comb, damped, drift, holt, naive, ses, theta } from '../src/lib/forecast/index.ts';
import { mase, smape } from '../src/lib/forecast/accuracy.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const csvPath = process.env.M3_CSV ?? path.resolve(repoRoot, '../shared/bench/m3-yearly.csv');

if (!existsSync(csvPath)) {
  console.log(`M3 yearly data not found at ${csvPath}.`);
  console.log(
    'The M3 data lives in ../shared/bench/ beside the repository and is not shipped with the'
  );
  console.log(
    'project; set M3_CSV=/path/to/m3-yearly.csv to point at a copy. Nothing to benchmark.'
  );
  process.exit(0);
}

interface M3Series {
  id: string;
  h: number;
  train: number[];
  test: number[];
}

function readM3(file: string): M3Series[] {
  const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(',');
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column "${name}" in the header`);
    return i;
  };
  const [cS, cH, cP, cT, cV] = ['series', 'h', 'part', 't', 'value'].map(col);
  const bySeries = new Map<
    string,
    { h: number; train: [number, number][]; test: [number, number][] }
  >();
  for (const line of lines.slice(1)) {
    const f = line.split(',');
    let s = bySeries.get(f[cS]);
    if (!s) bySeries.set(f[cS], (s = { h: Number(f[cH]), train: [], test: [] }));
    (f[cP] === 'test' ? s.test : s.train).push([Number(f[cT]), Number(f[cV])]);
  }
  const byT = (a: [number, number][]): number[] => a.sort((x, y) => x[0] - y[0]).map((p) => p[1]);
  return [...bySeries].map(([id, s]) => ({ id, h: s.h, train: byT(s.train), test: byT(s.test) }));
}

const methods = { naive, drift, ses, holt, damped, theta, comb };
const published: Record<string, string> = {
  naive: '17.88 (Naive2)',
  drift: '—',
  ses: '17.82',
  holt: '20.02',
  damped: '—',
  theta: '16.90',
  comb: '17.07'
};

const series = readM3(csvPath);
console.log(
  `M3 yearly: ${series.length} series from ${path.relative(process.cwd(), csvPath)}, horizon ${series[0]?.h}`
);
console.log('');
console.log('method    sMAPE    MASE   time (ms)   published sMAPE (Makridakis & Hibon 2000)');
const results: Record<string, number> = {};
const start = performance.now();
for (const [name, forecaster] of Object.entries(methods)) {
  const t0 = performance.now();
  let sumSmape = 0;
  let sumMase = 0;
  let nMase = 0;
  for (const s of series) {
    const f = forecaster(s.train, s.test.length);
    sumSmape += smape(s.test, f) ?? 0;
    const m = mase(s.train, s.test, f);
    if (m !== null) {
      sumMase += m;
      nMase++;
    }
  }
  const ms = performance.now() - t0;
  const meanSmape = sumSmape / series.length;
  results[name] = meanSmape;
  console.log(
    `${name.padEnd(8)} ${meanSmape.toFixed(2).padStart(6)}  ${(sumMase / nMase).toFixed(3).padStart(6)}  ${ms
      .toFixed(0)
      .padStart(9)}   ${published[name]}`
  );
}
console.log(`total run time ${((performance.now() - start) / 1000).toFixed(2)} s`);
console.log('');
const margin = (m: string): string => (results.naive - results[m]).toFixed(2);
console.log(`Theta beats naive by ${margin('theta')} sMAPE points, Comb by ${margin('comb')}.`);
