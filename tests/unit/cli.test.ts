/**
 * The command line `npm run -s project -- …` (scripts/project.ts), run as a user runs it, in a
 * child process: bad arguments exit 2 with one line naming the argument; a small valid run
 * prints nothing but the data, with the exact columns, ordered quantiles, and site rows that sum
 * to the territory's row. Needs the built data (npm run data).
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { COLUMNS, parseProjectArgs, rounded } from '../../scripts/project.ts';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    // `npx tsx scripts/project.ts …` without npx's own start-up second: the same tsx loader.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/project.ts', ...args], {
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const GOOD = ['--territory', '32', '--scenario', 'realiste'];

describe('bad arguments: exit 2, one line on stderr naming the argument, nothing on stdout', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown argument', [...GOOD, '--colour', 'red'], /unknown argument --colour/],
    ['a missing value', ['--territory', '32', '--scenario'], /--scenario needs a value/],
    ['an unknown scenario', ['--territory', '32', '--scenario', 'rose'], /--scenario: unknown/],
    [
      'a territory that does not exist',
      ['--territory', '99', '--scenario', 'stress'],
      /--territory/
    ],
    ['runs out of range', [...GOOD, '--runs', '100001'], /--runs: expected an integer/]
  ];
  it.concurrent.each(cases)('%s', async (_name, args, message) => {
    const r = await run(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('the argument checks (one place: parseProjectArgs)', () => {
  const error = (args: string[]) => {
    const r = parseProjectArgs(args);
    return r.ok ? null : r.error;
  };
  it('names the argument of every bad input', () => {
    expect(error(['--scenario', 'realiste'])).toMatch(/^--territory is required/);
    expect(error(['--territory', '32'])).toMatch(/^--scenario is required/);
    for (const runs of ['0', '-1', '1.5', 'many', '100001', '1e3']) {
      expect(error([...GOOD, '--runs', runs]), runs).toMatch(/--runs/);
    }
    expect(error([...GOOD, '--runs', '--seed', '3'])).toMatch(/--runs needs a value/);
    expect(error([...GOOD, '--seed', 'x'])).toMatch(/^--seed: expected an integer/);
    expect(error([...GOOD, '--seed', '4294967296'])).toMatch(/^--seed/);
    for (const date of ['2023-02-30', '31/12/2023', '2023-1-1']) {
      expect(error([...GOOD, '--known-at', date]), date).toMatch(/^--known-at: expected a date/);
    }
    expect(error([...GOOD, '--format', 'xml'])).toMatch(/^--format: expected csv or json/);
    expect(error([...GOOD, 'extra'])).toMatch(/unexpected argument extra/);
  });
  it('reads good arguments, with the documented defaults', () => {
    expect(parseProjectArgs(GOOD)).toEqual({
      ok: true,
      options: {
        territory: '32',
        scenario: 'realiste',
        runs: 10_000,
        seed: 1,
        knownAt: null,
        format: 'csv'
      }
    });
    const r = parseProjectArgs([...GOOD, '--runs=200', '--seed', '0', '--known-at', '2023-12-31']);
    expect(r).toMatchObject({ ok: true, options: { runs: 200, seed: 0, knownAt: '2023-12-31' } });
    expect(parseProjectArgs(['--help'])).toEqual({ ok: true, help: true });
  });
  it('prints numbers with at most 3 decimals, coverage 4, and no -0', () => {
    expect([rounded(1 / 3), rounded(2 / 3, 4), rounded(-0.0001), rounded(null)]).toEqual([
      0.333,
      0.6667,
      0,
      null
    ]);
  });
});

describe('a small valid run: --runs 200 --territory 32 --scenario realiste --format json', () => {
  it('prints only the data: exact columns, p10 ≤ p50 ≤ p90, site rows summing to the territory', async () => {
    const r = await run([...GOOD, '--runs', '200', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    // Nothing but the data on stdout: the whole of it parses as one JSON array.
    const rows = JSON.parse(r.stdout) as Record<string, string | number | null>[];
    expect(Array.isArray(rows) && rows.length > 0).toBe(true);
    for (const row of rows) expect(Object.keys(row)).toEqual([...COLUMNS]);

    const levels = new Set(rows.map((x) => x.level));
    expect([...levels].sort()).toEqual(['site', 'territory']);
    expect(rows.filter((x) => x.level === 'territory').every((x) => x.id === '32')).toBe(true);
    const sites = new Set(rows.filter((x) => x.level === 'site').map((x) => x.id));
    expect([...sites]).toEqual(expect.arrayContaining(['acc-douvrin', 'aesc-douai']));
    expect([...sites]).not.toContain('refactory-flins'); // Île-de-France

    for (const row of rows) {
      for (const m of ['jobs', 'unfilled']) {
        const [p10, p50, p90] = ['p10', 'p50', 'p90'].map((p) => row[`${m}_${p}`]);
        if (row.level === 'territory' && row.occupation !== 'all') {
          // No occupation quantiles for a territory of several sites.
          expect([p10, p50, p90]).toEqual([null, null, null]);
          continue;
        }
        expect(typeof p10, JSON.stringify(row)).toBe('number');
        expect(p10 as number).toBeLessThanOrEqual(p50 as number);
        expect(p50 as number).toBeLessThanOrEqual(p90 as number);
      }
      for (const k of ['jobs', 'trained', 'unfilled', 'surplus']) {
        expect(row[k] as number).toBeGreaterThanOrEqual(0);
        expect(String(row[k])).toMatch(/^\d+(\.\d{1,3})?$/);
      }
    }

    // Site rows (occupation all) sum to the territory row, year by year: unfilled never netted.
    const years = [...new Set(rows.map((x) => x.year as number))];
    expect(years[0]).toBe(2024);
    for (const year of years) {
      const territory = rows.find(
        (x) => x.level === 'territory' && x.occupation === 'all' && x.year === year
      )!;
      const siteRows = rows.filter(
        (x) => x.level === 'site' && x.occupation === 'all' && x.year === year
      );
      const sum = (k: string) => siteRows.reduce((s, x) => s + (x[k] as number), 0);
      expect(sum('unfilled')).toBeCloseTo(territory.unfilled as number, 1);
      expect(sum('jobs')).toBeCloseTo(territory.jobs as number, 1);
      // And the territory's occupations sum to it too.
      const occ = rows.filter(
        (x) => x.level === 'territory' && x.occupation !== 'all' && x.year === year
      );
      expect(occ.reduce((s, x) => s + (x.unfilled as number), 0)).toBeCloseTo(
        territory.unfilled as number,
        1
      );
    }
  }, 20_000);
});

describe('a département known at the end of 2023, as CSV', () => {
  it('sums the département’s sites as they were known then', async () => {
    const r = await run(
      ['--territory', '59', '--scenario', 'stress', '--runs', '50'].concat([
        '--known-at',
        '2023-12-31',
        '--format',
        'csv'
      ])
    );
    expect(r.status, r.stderr).toBe(0);
    const table = csvParse(r.stdout);
    expect(table.columns).toEqual([...COLUMNS]);
    const sites = new Set(table.filter((x) => x.level === 'site').map((x) => x.id));
    // Nord (59): AESC, Verkor and ProLogium were announced by then; Neomat came in 2024.
    expect([...sites].sort()).toEqual(['aesc-douai', 'prologium-dunkerque', 'verkor-dunkerque']);
    const total = table.filter((x) => x.level === 'territory' && x.occupation === 'all');
    expect(total.every((x) => x.id === '59' && x.surplus === '')).toBe(true);
    for (const x of total) {
      expect(Number(x.unfilled_p10)).toBeLessThanOrEqual(Number(x.unfilled_p90));
    }
  }, 20_000);
});
