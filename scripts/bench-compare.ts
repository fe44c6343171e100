/**
 * A/B of `simulate` against another commit, in ONE process: the machine is shared and its load
 * moves by the minute, so two versions timed minutes apart do not compare; timed in turn, in
 * the same process, they see the same load. The other commit's src/lib/forecast/ is extracted
 * (`git archive`) to a temporary folder and imported beside the working tree's.
 *
 * Usage: npx tsx scripts/bench-compare.ts [ref = HEAD] [--runs 3000] [--reps 5] [--default]
 *   national input (scripts/lib/national.ts, 505 sites) by default; --default: the default
 *   dataset (read as `npm run bench` reads it), sums and rows.
 * Prints the CPU time (process.cpuUsage, user) of each call, the medians and the ratio
 * working tree / ref, and checks that both give the same result (JSON of the whole result).
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ProjectionInput, SimulateOptions } from '../src/lib/forecast/index.ts';
import * as current from '../src/lib/forecast/index.ts';
import { WIDE_UNCERTAIN } from '../tests/unit/forecast/fixture.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3000' },
    reps: { type: 'string', default: '5' },
    default: { type: 'boolean', default: false }
  }
});
const ref = positionals[0] ?? 'HEAD';
const runs = Number(values.runs);
const reps = Number(values.reps);

const dir = mkdtempSync(path.join(tmpdir(), 'releve-ab-'));
try {
  execSync(`git archive ${ref} src/lib/forecast | tar -x -C ${dir}`, { cwd: root });
  const other = (await import(
    pathToFileURL(path.join(dir, 'src/lib/forecast/index.ts')).href
  )) as typeof current;

  let input: ProjectionInput;
  if (values.default) {
    const json = execFileSync(
      process.execPath,
      [...process.execArgv, path.join(root, 'scripts/bench-speed.ts'), '--print-input'],
      { encoding: 'utf8', maxBuffer: 1 << 28 }
    );
    const d = JSON.parse(json) as Pick<ProjectionInput, 'sites' | 'programs'>;
    input = { ...d, scenario: { years: [2024, 2035] } };
  } else {
    const { nationalInput } = await import('./lib/national.ts');
    input = nationalInput();
  }
  const cases: [string, SimulateOptions][] = [
    ['sums', { runs, seed: 1, uncertain: WIDE_UNCERTAIN, rows: false }]
  ];
  if (values.default) cases.push(['rows', { runs, seed: 1, uncertain: WIDE_UNCERTAIN }]);
  console.log(
    `simulate(${runs}) on the ${values.default ? 'default dataset' : `national input (${input.sites.length} sites)`}: ` +
      `working tree vs ${ref}, ${reps} calls each, in turn, CPU ms`
  );
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
  for (const [name, options] of cases) {
    const times = { tree: [] as number[], ref: [] as number[] };
    let same = true;
    for (let k = 0; k < reps; k++) {
      const results: string[] = [];
      for (const [who, lib] of [
        ['ref', other],
        ['tree', current]
      ] as const) {
        lib.clearSimulationCache();
        const c0 = process.cpuUsage();
        const result = lib.simulate(input, options);
        times[who].push(process.cpuUsage(c0).user / 1000);
        if (k === 0) results.push(JSON.stringify(result));
      }
      if (k === 0) same = results[0] === results[1];
    }
    const line = (a: number[]) => a.map((x) => x.toFixed(0)).join(' ');
    console.log(
      `${name}: ${ref} ${line(times.ref)} (median ${median(times.ref).toFixed(0)}) | ` +
        `tree ${line(times.tree)} (median ${median(times.tree).toFixed(0)}) | ` +
        `tree / ${ref} ×${(median(times.tree) / median(times.ref)).toFixed(3)} | ` +
        `results ${same ? 'identical' : 'DIFFER'}`
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
