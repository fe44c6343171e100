/**
 * `npm run fuzz [-- --cases N] [--seed S] [--only requests]`: the fuzz modules of tests/fuzz/
 * (every file but report.ts) with a random seed (or the one given) and N cases each (default
 * 10 000). Prints the counts per category (tried / clear / accepted / crash / hang / restarted),
 * then each failure with the seed that replays it alone, and exits 1 if there is any.
 * `npm test` runs the same modules with fixed seeds and fewer cases (tests/unit/fuzz/).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FuzzReport } from '../tests/fuzz/report.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const cases = Number(arg('cases') ?? 10_000);
const seed = Number(arg('seed') ?? Math.floor(Math.random() * 2 ** 31));
if (!Number.isInteger(cases) || cases < 1) throw new Error(`--cases must be a whole number ≥ 1`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number`);

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/fuzz');
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'report.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((m) => !arg('only') || m === arg('only'));

console.log(`Fuzz: seed ${seed}, ${cases} cases per module (${modules.join(', ')})\n`);
let failures = 0;
for (const name of modules) {
  const mod = (await import(pathToFileURL(path.join(dir, `${name}.ts`)).href)) as {
    fuzz: (seed: number, count: number) => Promise<FuzzReport>;
  };
  const t0 = Date.now();
  const report = await mod.fuzz(seed, cases);
  console.log(`${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  console.log('  category                tried   clear accepted   crash    hang restarted');
  for (const [category, c] of Object.entries(report.byCategory)) {
    console.log(
      `  ${category.padEnd(22)} ${[c.tried, c.clear, c.accepted, c.crash, c.hang, c.restarted].map((v) => String(v).padStart(7)).join(' ')}`
    );
  }
  for (const s of report.restarts ?? [])
    console.log(
      `  restarted: case seed ${s} kept the engine busy; its thread was ended and a new one started ` +
        `(npm run fuzz -- --only ${name} --cases 1 --seed ${s})`
    );
  for (const f of report.failures) {
    failures++;
    console.log(`  FAIL ${f.outcome} [${f.category}] ${f.problem}`);
    console.log(`       input ${f.input}`);
    console.log(
      `       replay: npm run fuzz -- --only ${name} --cases 1 --seed ${f.caseSeed} (case seed)`
    );
  }
  console.log('');
}
console.log(failures ? `${failures} failures (seed ${seed})` : `no failure (seed ${seed})`);
process.exit(failures ? 1 : 0);
