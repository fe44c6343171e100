/**
 * Recruitment difficulty by région, on the real BMO rows (data/bmo.csv, read from Parquet).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../../src/lib/data/node.ts';
import { loadBmo, loadRegions, type BmoRecord } from '../../../src/lib/data/queries.ts';
import {
  difficultyByRegion,
  difficultyClass,
  sourceDateKnown
} from '../../../src/lib/market/difficulty.ts';

let db: NodeConnector;
let bmo: BmoRecord[];
let regions: string[];
beforeAll(async () => {
  db = await NodeConnector.open('static');
  bmo = await loadBmo(db);
  regions = (await loadRegions(db)).map((r) => r.code);
});
afterAll(async () => {
  await db?.close();
});

describe('difficultyByRegion', () => {
  it('shows the year with the most régions, one year only, and lists the régions without a figure', () => {
    const d = difficultyByRegion(bmo, regions);
    expect(d.year).toBe(2025);
    expect([...d.byRegion.values()].every((r) => r.year === 2025)).toBe(true);
    expect(d.byRegion.get('44')).toMatchObject({ difficultShare: 0.514, projects: 164735 });
    expect(d.byRegion.get('11')?.difficultShare).toBe(0.417);
    // Hauts-de-France's newest share is 2023's: not drawn on the 2025 map, listed as missing.
    expect(d.byRegion.has('32')).toBe(false);
    expect(d.missing).toContain('32');
    expect(d.missing).toEqual(regions.filter((c) => !d.byRegion.has(c)));
    expect(d.byRegion.size + d.missing.length).toBe(regions.length);
    expect(d.france?.difficultShare).toBe(0.501);
    expect(d.years[0]).toBe(2025);
    expect(d.years).toEqual([...d.years].sort((a, b) => b - a));
  });

  it('gives another year on request, and an empty map for a year without figures', () => {
    const d2023 = difficultyByRegion(bmo, regions, 2023);
    expect([...d2023.byRegion.keys()]).toEqual(['32']);
    expect(d2023.byRegion.get('32')?.difficultShare).toBe(0.5);
    expect(d2023.france).toBeNull();
    const none = difficultyByRegion(bmo, regions, 2010);
    expect(none.byRegion.size).toBe(0);
    expect(none.missing).toEqual(regions);
  });

  it('classes shares around France’s 50 %, five points apart', () => {
    expect(difficultyClass(0.576)).toBe('strong');
    expect(difficultyClass(0.55)).toBe('strong');
    expect(difficultyClass(0.514)).toBe('shortage');
    expect(difficultyClass(0.47)).toBe('slight');
    expect(difficultyClass(0.417)).toBe('balance');
  });

  it('tells a page’s own date from the first of January put where the page shows none', () => {
    const byId = new Map(bmo.map((r) => [r.id, r]));
    expect(sourceDateKnown(byId.get('r27-2025')!)).toBe(true); // emfor-bfc.org, 15 April 2025
    expect(sourceDateKnown(byId.get('r44-2025')!)).toBe(false); // « Date de l'article inconnue »
    expect(sourceDateKnown(byId.get('r11-2025')!)).toBe(false); // « Date de la page inconnue »
  });
});
