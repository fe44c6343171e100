/**
 * The synthetic national dataset (scripts/build-national.ts): the same seed gives the same
 * files, every row is flagged synthetic, it covers the 101 départements with ≥ 500 sites and
 * ≥ 300 programmes of the real occupation families, and the explorer's upload checks
 * (`checkUpload`, sites then programmes as a user would load them) accept every row.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  nationalInput,
  nationalRecords,
  occupationFamilies,
  toCsvText,
  NATIONAL_SOURCE
} from '../../../scripts/lib/national.ts';
import { loadTerritories } from '../../../scripts/lib/territories.ts';
import {
  checkUpload,
  mergeUserData,
  referencesOf,
  siteRecord
} from '../../../src/lib/data/user-data.ts';
import type { NodeConnector } from '../../../src/lib/data/node.ts';
import type { Dataset } from '../../../src/lib/data/queries.ts';
import { project } from '../../../src/lib/forecast/index.ts';
import { defaultDataset, nodeEngine } from '../research/helpers.ts';

const records = nationalRecords({ seed: 1 });

describe('the synthetic national dataset', () => {
  it('is the same for the same seed, and another seed gives other rows', () => {
    const again = nationalRecords({ seed: 1 });
    expect(toCsvText('sites', again.sites)).toBe(toCsvText('sites', records.sites));
    expect(toCsvText('programmes', again.programmes)).toBe(
      toCsvText('programmes', records.programmes)
    );
    expect(JSON.stringify(nationalInput({ seed: 1 }))).toBe(JSON.stringify(nationalInput()));
    expect(toCsvText('sites', nationalRecords({ seed: 2 }).sites)).not.toBe(
      toCsvText('sites', records.sites)
    );
  });

  it('covers the 101 départements with ≥ 500 sites, ≥ 300 programmes, all synthetic', () => {
    const { departements } = loadTerritories();
    expect(records.sites.length).toBeGreaterThanOrEqual(500);
    expect(records.programmes.length).toBeGreaterThanOrEqual(300);
    expect(new Set(records.sites.map((s) => s.departement))).toEqual(
      new Set(departements.map((d) => d.code))
    );
    for (const row of [...records.sites, ...records.programmes]) {
      expect(row).toMatchObject({ kind: 'synthetic', source: NATIONAL_SOURCE });
      expect(row.source_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // The real families of data/occupations.csv, and only them.
    const families = new Set(occupationFamilies());
    const used = new Set(records.programmes.map((p) => p.occupation));
    for (const s of records.sites) {
      for (const part of s.occupation_mix ? s.occupation_mix.split(';') : []) {
        used.add(part.split(':')[0]);
      }
    }
    expect([...used].filter((f) => !families.has(f))).toEqual([]);
    expect(used.size).toBeGreaterThanOrEqual(6);
  });

  it('is a valid model input of 505 sites and 320 programmes', () => {
    const input = nationalInput();
    expect(input.sites).toHaveLength(505);
    expect(input.programs).toHaveLength(320);
    expect(project(input).length).toBeGreaterThan(30_000);
  });

  describe('loaded in the explorer like a user’s files', () => {
    let db: NodeConnector;
    let dataset: Dataset;
    beforeAll(async () => {
      db = await nodeEngine();
      dataset = await defaultDataset();
    }, 60_000);
    const enc = (s: string) => new TextEncoder().encode(s);

    it('passes checkUpload: every site, then every programme against those sites', async () => {
      const sites = await checkUpload(db, {
        file: 'sites.csv',
        bytes: enc(toCsvText('sites', records.sites)),
        table: null,
        refs: referencesOf(dataset),
        timeoutMs: 60_000
      });
      expect(sites.problems).toEqual([]);
      expect(sites.table).toBe('sites');
      expect(sites.validCount).toBe(records.sites.length);
      // As the explorer does: the checked sites join the dataset, then the programmes are checked.
      const mark = { file: 'sites.csv', loadedAt: '2026-12-01T00:00:00.000Z' };
      const merged = mergeUserData(dataset, {
        sites: {
          mode: 'extend',
          file: 'sites.csv',
          loadedAt: mark.loadedAt,
          rows: sites.valid!.map((r) => siteRecord(r, mark))
        }
      }).dataset;
      const programmes = await checkUpload(db, {
        file: 'programmes.csv',
        bytes: enc(toCsvText('programmes', records.programmes)),
        table: null,
        refs: referencesOf(merged),
        timeoutMs: 60_000
      });
      expect(programmes.problems).toEqual([]);
      expect(programmes.table).toBe('programmes');
      expect(programmes.validCount).toBe(records.programmes.length);
    }, 120_000);
  });
});
