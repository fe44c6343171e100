/**
 * `npm run bench -- --national`: project() and simulate(10 000) on the synthetic national input
 * (scripts/lib/national.ts) and on subsets of it — its first 7 and 50 sites, with the
 * programmes of those sites and every région's — with time and peak memory, and the ratios
 * time / sites. Each size runs in a child process of its own, so that one size's memory does
 * not count in another's peak (rss, and V8's heap and array buffers sampled during the call).
 * Prints wall and CPU time: the machine is shared, CPU time is the steadier of the two.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ProjectionInput } from '../../src/lib/forecast/index.ts';

export const NATIONAL_SIZES = [7, 50, 505] as const;

/** The first `n` sites of the national input and the programmes that can reach them. */
export function nationalSubset(input: ProjectionInput, n: number): ProjectionInput {
  const sites = input.sites.slice(0, n);
  const ids = new Set(sites.map((s) => s.id));
  const regions = new Set(sites.map((s) => s.region));
  const programs = input.programs.filter((p) =>
    'site' in p.target ? ids.has(p.target.site) : regions.has(p.target.region)
  );
  return { sites, programs, scenario: input.scenario };
}

interface Measure {
  sites: number;
  programs: number;
  rows: number;
  projectMs: number;
  simulateMs: number;
  simulateCpuMs: number;
  /** CPU of the same call reporting no site's rows (`sites: []`), then the largest région's. */
  noSitesCpuMs: number;
  regionSitesCpuMs: number;
  regionSites: number;
  rowsMs: number;
  peakRssMb: number;
  peakHeapMb: number;
  exact: string;
  sketched: number;
  maxRankError: number;
}

/** One size, in this process: the child's side. */
async function measure(n: number): Promise<Measure> {
  const { nationalInput } = await import('./national.ts');
  const { project, simulate, clearSimulationCache } =
    await import('../../src/lib/forecast/index.ts');
  const { WIDE_UNCERTAIN } = await import('../../tests/unit/forecast/fixture.ts');
  const input = nationalSubset(nationalInput(), n);
  const rows = project(input).length;
  for (let i = 0; i < 20; i++) project(input);
  const ts: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    project(input);
    ts.push(performance.now() - t0);
  }
  const projectMs = [...ts].sort((a, b) => a - b)[ts.length >> 1];
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
  };
  // simulate is synchronous: memory is sampled right after (the run store is kept between calls
  // until clearSimulationCache, so it is still counted) and by V8's own peak of the process.
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const sim = simulate(input, { runs: 10_000, seed: 1, uncertain: WIDE_UNCERTAIN, rows: false });
  const simulateMs = performance.now() - t0;
  const simulateCpuMs = process.cpuUsage(c0).user / 1000;
  sample();
  // What a page that reads no site's bands (the map: the total's, the régions' and every
  // site's shortage probability) or one région's sites asks for.
  const cpu = (sites: string[]) => {
    const c = process.cpuUsage();
    simulate(input, { runs: 10_000, seed: 1, uncertain: WIDE_UNCERTAIN, rows: false, sites });
    return process.cpuUsage(c).user / 1000;
  };
  const byRegion = new Map<string, string[]>();
  for (const s of input.sites) byRegion.set(s.region, [...(byRegion.get(s.region) ?? []), s.id]);
  const largest = [...byRegion.values()].sort((a, b) => b.length - a.length)[0];
  const noSitesCpuMs = cpu([]);
  const regionSitesCpuMs = cpu(largest);
  clearSimulationCache();
  const t1 = performance.now();
  simulate(input, { runs: 10_000, seed: 1, uncertain: WIDE_UNCERTAIN });
  const rowsMs = performance.now() - t1;
  sample();
  const { maxRSS } = process.resourceUsage(); // kB, the process's peak
  return {
    sites: input.sites.length,
    programs: input.programs.length,
    rows,
    projectMs,
    simulateMs,
    simulateCpuMs,
    noSitesCpuMs,
    regionSitesCpuMs,
    regionSites: largest.length,
    rowsMs,
    peakRssMb: Math.max(peakRss / 1048576, maxRSS / 1024),
    peakHeapMb: peakHeap / 1048576,
    exact: sim.approximation.exact.join('+'),
    sketched: sim.approximation.sketched,
    maxRankError: sim.approximation.maxRankError
  };
}

export async function benchNational(): Promise<void> {
  const child = process.argv.indexOf('--national-child');
  if (child >= 0) {
    process.stdout.write(JSON.stringify(await measure(Number(process.argv[child + 1]))));
    return;
  }
  const script = fileURLToPath(new URL('../bench-speed.ts', import.meta.url));
  console.log(
    'Relève — the model on the synthetic national input (npm run data:national), 2024–2035'
  );
  console.log(
    'simulate: 10 000 runs, seed 1, the wide uncertainty of the tests; sums (sites, régions, total)'
  );
  console.log('unless "with rows"; each size in a process of its own\n');
  const results: Measure[] = [];
  for (const n of NATIONAL_SIZES) {
    const json = execFileSync(
      process.execPath,
      [...process.execArgv, script, '--national', '--national-child', String(n)],
      { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] }
    );
    results.push(JSON.parse(json) as Measure);
  }
  const pad = (x: string, w: number) => x.padStart(w);
  console.log(
    ' sites  progs   rows | project ms  µs/site | simulate ms   cpu ms  ms/site | cpu ms: no site rows, 1 région | with rows ms | peak rss MB  heap+buffers MB | exact levels (sketched series, max rank-error bound)'
  );
  for (const r of results) {
    console.log(
      [
        pad(String(r.sites), 6),
        pad(String(r.programs), 6),
        pad(String(r.rows), 6),
        '|',
        pad(r.projectMs.toFixed(2), 10),
        pad(((1000 * r.projectMs) / r.sites).toFixed(1), 8),
        '|',
        pad(r.simulateMs.toFixed(0), 11),
        pad(r.simulateCpuMs.toFixed(0), 8),
        pad((r.simulateMs / r.sites).toFixed(1), 8),
        '|',
        pad(r.noSitesCpuMs.toFixed(0), 20),
        pad(`${r.regionSitesCpuMs.toFixed(0)} (${r.regionSites})`, 12),
        '|',
        pad(r.rowsMs.toFixed(0), 12),
        '|',
        pad(r.peakRssMb.toFixed(0), 11),
        pad(r.peakHeapMb.toFixed(0), 16),
        '|',
        `${r.exact} (${r.sketched}, ${(100 * r.maxRankError).toFixed(1)} %)`
      ].join(' ')
    );
  }
  const [a, , c] = results;
  console.log(
    `\n${a.sites} → ${c.sites} sites (×${(c.sites / a.sites).toFixed(0)}): project ×${(c.projectMs / a.projectMs).toFixed(0)}, ` +
      `simulate ×${(c.simulateMs / a.simulateMs).toFixed(0)} (time per site ×${(c.simulateMs / c.sites / (a.simulateMs / a.sites)).toFixed(2)}), ` +
      `peak rss ×${(c.peakRssMb / a.peakRssMb).toFixed(1)}`
  );
}
