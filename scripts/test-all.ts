/**
 * `npm test`: type-checks, builds the data and the app, runs the unit tests (vitest) and the
 * browser tests (vitest + a real Chromium), then prints the plain closing line CI reads:
 * `N passed, N failed`, summed over unit and browser tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
}

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const result = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
  });
  console.log(
    `◀ ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`
  );
  return result.status === 0;
}

function vitest(label: string, config: string | null, out: string): Counts {
  rmSync(out, { force: true });
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`];
  if (config) args.push('--config', config);
  run(label, 'npx', args);
  if (!existsSync(out)) {
    console.log(`${label}: vitest wrote no report; counted as one failure`);
    return { passed: 0, failed: 1 };
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  // A suite that fails to load (syntax error, failing import) has no tests: count it as failed.
  const brokenFiles = (report.testResults ?? []).filter(
    (f: { status: string; assertionResults: unknown[] }) =>
      f.status === 'failed' && f.assertionResults.length === 0
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles
  };
}

const only = process.argv[2]; // optional: "unit" or "e2e"
const total: Counts = { passed: 0, failed: 0 };
const add = (c: Counts) => {
  total.passed += c.passed;
  total.failed += c.failed;
};

if (!only || only === 'unit' || only === 'e2e') {
  if (
    !run('type check', 'npx', [
      'svelte-check',
      '--tsconfig',
      './tsconfig.json',
      '--threshold',
      'error'
    ])
  ) {
    total.failed += 1;
  }
}
const built = run('build (data + app)', 'npm', ['run', 'build', '--silent']);
if (!built) total.failed += 1;

if (!only || only === 'unit') add(vitest('unit tests', null, '.vt-unit.json'));
if (!only || only === 'e2e') {
  if (built) add(vitest('browser tests (Chromium)', 'vitest.e2e.config.ts', '.vt-e2e.json'));
  else console.log('browser tests skipped: the build failed');
}

console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
