/**
 * The official statistics of issue 13 (data/occupation_codes.csv, bmo.csv, replacement.csv,
 * inserjeunes.csv): every row cites a web page and its date, and the labour market of every
 * tracked site is covered by BMO rows.
 *
 * The BMO figures found are by département (and région) for every tracked site; by bassin
 * d'emploi only for Amiens (Tiamat). So the coverage test asks for the site's département, and
 * the bassin where one is published.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSourceTables } from '../../../scripts/lib/source-tables.ts';
import { OFFICIAL_TABLES } from '../../../src/lib/data/schema.ts';
import type { TypedRow } from '../../../src/lib/data/validate.ts';

const DATA = 'data';
const { tables, problems } = readSourceTables(DATA);
const rowsOf = (name: string): TypedRow[] => tables.get(name) ?? [];

describe('official statistics tables', () => {
  it('are read and validated by the same build as the other tables', () => {
    expect(problems).toEqual([]);
    for (const spec of OFFICIAL_TABLES) expect(rowsOf(spec.name).length).toBeGreaterThan(0);
  });

  it('give every row a source URL, a real date and a kind', () => {
    const bad: string[] = [];
    for (const spec of OFFICIAL_TABLES) {
      for (const row of rowsOf(spec.name)) {
        const where = `${spec.file} ${String(row.id)}`;
        if (typeof row.source !== 'string' || !/^https?:\/\/[^\s/]+\.[^\s/]+/.test(row.source))
          bad.push(`${where}: source ${String(row.source)}`);
        const date = String(row.source_date);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
          bad.push(`${where}: source_date ${date}`);
        if (date > '2026-12-31') bad.push(`${where}: source_date in the future ${date}`);
        if (!['observed', 'estimate'].includes(String(row.kind)))
          bad.push(`${where}: kind ${String(row.kind)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('keep the figures of survey rows observed, and dated no earlier than their survey', () => {
    for (const row of rowsOf('bmo')) {
      expect(row.kind, String(row.id)).toBe('observed');
      // A BMO survey of year N is published in the spring of N: a source cannot predate N.
      expect(Number(String(row.source_date).slice(0, 4)), String(row.id)).toBeGreaterThanOrEqual(
        Number(row.year)
      );
    }
    for (const row of rowsOf('inserjeunes')) {
      expect(row.kind, String(row.id)).toBe('observed');
      expect(Number(String(row.source_date).slice(0, 4)), String(row.id)).toBeGreaterThan(
        Number(row.exit_year)
      );
    }
  });

  it("have BMO rows for every tracked site's département (the finest level found for all)", () => {
    const bmo = rowsOf('bmo');
    const byDepartement = new Set(
      bmo.filter((r) => r.territory_level === 'departement').map((r) => String(r.territory_code))
    );
    const missing = rowsOf('sites')
      .filter((s) => !byDepartement.has(String(s.departement)))
      .map((s) => `${String(s.id)} (${String(s.departement)})`);
    expect(missing).toEqual([]);
    // …and for its région.
    const byRegion = new Set(
      bmo.filter((r) => r.territory_level === 'region').map((r) => String(r.territory_code))
    );
    for (const site of rowsOf('sites')) expect(byRegion.has(String(site.region))).toBe(true);
  });

  it('have the one bassin found (Amiens, for Tiamat) as a bassin row', () => {
    const amiens = rowsOf('bmo').filter(
      (r) => r.territory_level === 'bassin' && /amiénois/i.test(String(r.territory_name))
    );
    expect(amiens.length).toBeGreaterThan(0);
  });

  it('refuse a bad row with its file, line and column', () => {
    const text = readFileSync(`${DATA}/bmo.csv`, 'utf8').trimEnd();
    const header = text.split('\n')[0];
    const cells = (values: Record<string, string>) =>
      header
        .split(',')
        .map((c) => values[c] ?? '')
        .join(',');
    const base = {
      id: 'x',
      year: '2024',
      territory_level: 'departement',
      territory_code: '59',
      territory_name: 'Nord',
      projects: '10',
      projects_approximate: 'false',
      source: 'https://example.org/bmo',
      source_date: '2024-04-01',
      kind: 'observed'
    };
    const check = (values: Record<string, string>) =>
      readSourceTables(DATA, { 'bmo.csv': `${header}\n${cells(values)}\n` }).problems.map(
        (p) => p.message
      );
    expect(check(base)).toEqual([]);
    expect(check({ ...base, territory_code: '99' })).toEqual([
      'data/bmo.csv, line 2, column territory_code: expected a known departements.code, found "99"'
    ]);
    expect(check({ ...base, territory_level: 'bassin' })[0]).toMatch(
      /^data\/bmo\.csv, line 2, column territory_code: expected no code for a bassin/
    );
    expect(check({ ...base, projects: '' })[0]).toMatch(
      /^data\/bmo\.csv, line 2, column projects: expected a figure in one of projects/
    );
    expect(check({ ...base, source: '000_17c22de868369aa0.txt' })[0]).toMatch(
      /^data\/bmo\.csv, line 2, column source: expected text matching/
    );
    expect(check({ ...base, difficult_share: '57.4' })[0]).toMatch(
      /^data\/bmo\.csv, line 2, column difficult_share: /
    );
  });
});
