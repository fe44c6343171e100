import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData } from '../../../scripts/build-data.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function digests(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(path.join(dir, f)))
          .digest('hex')
      ])
  );
}

describe('npm run data', () => {
  it('writes every table, the boundaries and a manifest, byte for byte the same on each build', async () => {
    const a = mkdtempSync(path.join(tmpdir(), 'releve-a-'));
    const b = mkdtempSync(path.join(tmpdir(), 'releve-b-'));
    dirs.push(a, b);
    const manifest = await buildData(a);
    await buildData(b);
    const files = readdirSync(a).sort();
    expect(files).toEqual(
      [
        'bmo.parquet',
        'communes.parquet',
        'departements.parquet',
        'france.topo.json',
        'inserjeunes.parquet',
        'manifest.json',
        'observations.parquet',
        'occupation_codes.parquet',
        'occupations.parquet',
        'programmes.parquet',
        'regions.parquet',
        'replacement.parquet',
        'site_plans.parquet',
        'sites.parquet',
        'trainees_synthetic.parquet'
      ].sort()
    );
    expect(digests(a)).toEqual(digests(b));
    const rows = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
    expect(rows.regions).toBe(18);
    expect(rows.departements).toBe(101);
    expect(rows.trainees_synthetic).toBeGreaterThanOrEqual(1_000_000);
  }, 120_000);
});
