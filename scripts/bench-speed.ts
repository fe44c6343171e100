/**
 * Speed benchmark of the forecasting library: project() (median of many runs), simulate() with
 * 1 000 and 10 000 runs, and memory. Targets: project() < 1 ms, simulate(10 000) < 200 ms.
 *
 * Usage: npx tsx scripts/bench-speed.ts        (npm run bench)
 *        npm run bench -- --national          (the scaling table on the synthetic national input)
 *
 * Input: the default dataset (data/*.csv built to static/data/ by `npm run data`), read through
 * src/lib/data/model-input.ts. Where that cannot be read, the benchmark says so and runs on the
 * test fixture of 7 sites × 5 occupations and 8 programmes (tests/unit/forecast/fixture.ts).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  project,
  simulate,
  type Program,
  type Site,
  type Uncertain
} from '../src/lib/forecast/index.ts';
import { compilePlan, createBuffers, makeResolver, runPlan } from '../src/lib/forecast/engine.ts';
import { mulberry32, triangular } from '../src/lib/forecast/random.ts';
import { storedSeriesCount } from '../src/lib/forecast/simulate.ts';
import { quantiles10_50_90 } from '../src/lib/forecast/quantile.ts';
import { quantile as ssQuantile } from 'simple-statistics';
import { FIXTURE, WIDE_UNCERTAIN } from '../tests/unit/forecast/fixture.ts';

/**
 * The default dataset is read in a child process, not here: DuckDB-WASM detaches ArrayBuffers
 * (its memory grows), and once any ArrayBuffer has been detached V8 adds a check to every typed
 * array access of the process, which makes the model ≈ 20 % slower. The pages run the Monte
 * Carlo in a worker of its own, which receives a structured clone of the input and never
 * detaches a buffer; the child process keeps this benchmark under the same conditions.
 */
if (process.argv.includes('--print-input')) {
  const { readDefaultModelInput } = await import('../src/lib/data/model-input.ts');
  process.stdout.write(JSON.stringify(await readDefaultModelInput()));
  process.exit(0);
}

if (process.argv.includes('--national')) {
  const { benchNational } = await import('./lib/bench-national.ts');
  await benchNational();
  process.exit(0);
}

function loadInput(): { label: string; sites: Site[]; programs: Program[] } {
  try {
    const json = execFileSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--print-input'],
      { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] }
    );
    const input = JSON.parse(json) as { sites: Site[]; programs: Program[] };
    if (input.sites.length === 0) throw new Error('no sites in the default dataset');
    return { label: 'default dataset (static/data)', ...input };
  } catch (e) {
    console.log(`Default dataset not available (${(e as Error).message.split('\n')[0]}).`);
    return { label: 'fixture: 7 sites × 5 occupations, 8 programmes', ...FIXTURE };
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const { label, sites, programs } = loadInput();
const years: [number, number] = [2024, 2035];
const input = { sites, programs, scenario: { years } };
const uncertain: Uncertain = WIDE_UNCERTAIN;

const rows = project(input);
console.log(`Input: ${label}`);
console.log(
  `  ${sites.length} sites, ${programs.length} programmes, years ${years[0]}–${years[1]}: ${rows.length} rows`
);
console.log('');

// project(): warm up, then the median of 2 000 timed calls.
for (let i = 0; i < 300; i++) project(input);
const times: number[] = [];
for (let i = 0; i < 2000; i++) {
  const t0 = performance.now();
  project(input);
  times.push(performance.now() - t0);
}
const projectMs = median(times);
console.log(
  `project()          median ${projectMs.toFixed(3)} ms over 2 000 calls   (target < 1 ms)`
);

// simulate(): one warm-up, then the median of 5 timed calls per size, as the pages call it
// (sums only: sites, régions, total) and with the per-row quantiles of the library's default.
for (const rowsToo of [false, true]) {
  for (const runs of [1000, 10000]) {
    simulate(input, { runs, seed: 1, uncertain, rows: rowsToo });
    const ts: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      simulate(input, { runs, seed: i + 1, uncertain, rows: rowsToo });
      ts.push(performance.now() - t0);
    }
    const target = runs === 10000 && !rowsToo ? '   (target < 200 ms)' : '';
    console.log(
      `simulate(${String(runs).padStart(5)}${rowsToo ? ', rows' : ', sums'})  median ${median(ts).toFixed(1).padStart(6)} ms over 5 calls, ` +
        `${uncertain ? Object.keys(uncertain).length : 0} uncertain parameters${target}`
    );
  }
}

// Where simulate's time goes: the bare model runs (draw, resolve, evaluate), without storing the
// values or computing quantiles.
{
  const plan = compilePlan(input);
  const resolve = makeResolver(plan, input.scenario);
  const out = createBuffers(plan);
  const params = resolve();
  const ts: number[] = [];
  for (let rep = 0; rep < 5; rep++) {
    const rand = mulberry32(rep + 1);
    const t0 = performance.now();
    for (let r = 0; r < 10000; r++) {
      resolve(
        {
          delayYears: triangular(rand, uncertain.delayYears!),
          targetScale: triangular(rand, uncertain.targetScale!),
          intakeScale: triangular(rand, uncertain.intakeScale!),
          attritionRate: triangular(rand, uncertain.attritionRate!),
          completionRate: triangular(rand, uncertain.completionRate!),
          placementRate: triangular(rand, uncertain.placementRate!)
        },
        params
      );
      runPlan(plan, params, out);
    }
    ts.push(performance.now() - t0);
  }
  console.log(
    `  of which the 10 000 model runs alone: median ${median(ts).toFixed(1)} ms (the rest: storing and quantiles)`
  );
}

// The quantile fast path against simple-statistics' quantile (a copy, then one selection per
// p) on what simulate hands it: 400 series of 10 000 float32 draws, p10 / p50 / p90 of each.
// Their definitions differ (type 7 and simple-statistics' own), not their work.
{
  const rand = mulberry32(7);
  const series = Array.from({ length: 400 }, () =>
    Float32Array.from(
      { length: 10000 },
      () => 1000 * triangular(rand, { low: 0, mode: 1, high: 3 })
    )
  );
  const time = (f: (a: Float32Array) => unknown): number => {
    for (const a of series.slice(0, 50)) f(a);
    const ts: number[] = [];
    for (let rep = 0; rep < 5; rep++) {
      const t0 = performance.now();
      for (const a of series) f(a);
      ts.push(performance.now() - t0);
    }
    return median(ts);
  };
  const fast = time((a) => quantiles10_50_90(a));
  const ss = time((a) => ssQuantile(a as unknown as number[], [0.1, 0.5, 0.9]));
  console.log(
    `quantiles          fast path ${fast.toFixed(1)} ms, simple-statistics ${ss.toFixed(1)} ms for 400 × 10 000 values: ×${(ss / fast).toFixed(1)}`
  );
}

const mem = process.memoryUsage();
// Series stored per run (float32, as differences from the scenario's own run): the sums (site,
// région, total: jobs, people in post, unfilled, surplus), and with rows:true each live cell's
// people in post and unfilled; series the draws cannot move are derived, not stored.
const storedSums = storedSeriesCount(input, false);
const storedRows = storedSeriesCount(input, true);
console.log('');
console.log(
  `Memory: heapUsed ${mb(mem.heapUsed)}, arrayBuffers ${mb(mem.arrayBuffers)}, rss ${mb(mem.rss)}; ` +
    `simulate stores ${storedSums} series per run for the sums (${mb(4 * storedSums * 10000)} for 10 000 runs), ` +
    `${storedRows} with the rows (${mb(4 * storedRows * 10000)})`
);
