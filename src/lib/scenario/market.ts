/**
 * The local labour market beside the model: France Travail's BMO survey (data/bmo.csv) for the
 * territories of a site or a brief, and the share of those hiring projects a site's own projected
 * hires would be. The BMO figures are observed and cover every occupation and sector; the sites'
 * hires are the model's projection: the two are shown side by side, never mixed.
 *
 * @example
 *   marketLines(bmo, { departements: ['59'], region: '32' });
 *   // [{ level: 'departement', code: '59', name: 'Nord', rows: [2018, 2019, 2021, 2022 rows], … },
 *   //  { level: 'region', code: '32', … }, { level: 'france', code: 'FR', … }]
 */
import type { AggregateRow } from '../forecast/index.ts';
import type { BmoRecord } from '../data/queries.ts';

export interface MarketLine {
  level: 'departement' | 'region' | 'france';
  code: string;
  name: string;
  /** All-occupation rows, oldest first. */
  rows: BmoRecord[];
  /** The newest row with a number of projects. */
  latest: BmoRecord | null;
  /** The newest row giving the share of projects judged difficult. */
  latestDifficult: BmoRecord | null;
}

function line(
  bmo: readonly BmoRecord[],
  level: MarketLine['level'],
  code: string
): MarketLine | null {
  const rows = bmo
    .filter((r) => r.territoryLevel === level && r.territoryCode === code && r.occupation === null)
    .sort((a, b) => a.year - b.year);
  if (!rows.length) return null;
  const newest = (ok: (r: BmoRecord) => boolean): BmoRecord | null =>
    rows.filter(ok).at(-1) ?? null;
  return {
    level,
    code,
    name: rows.at(-1)!.territoryName,
    rows,
    latest: newest((r) => r.projects !== null),
    latestDifficult: newest((r) => r.difficultShare !== null)
  };
}

/** The BMO lines of some départements, their région and France, those with figures only. */
export function marketLines(
  bmo: readonly BmoRecord[],
  territory: { departements: readonly string[]; region: string }
): MarketLine[] {
  return [
    ...[...new Set(territory.departements)].sort().map((d) => line(bmo, 'departement', d)),
    line(bmo, 'region', territory.region),
    line(bmo, 'france', 'FR')
  ].filter((l): l is MarketLine => l !== null);
}

/**
 * Direct jobs a site (or territory) would create in `year` by the projection: jobs(year) −
 * jobs(year − 1), never below 0 (a site shrinking hires nobody new in this count; replacements
 * of leavers are not included). Null outside the horizon and at its first year.
 */
export function projectedHires(rows: readonly AggregateRow[], year: number): number | null {
  const at = rows.find((r) => r.year === year);
  const before = rows.find((r) => r.year === year - 1);
  return at && before ? Math.max(0, at.jobs - before.jobs) : null;
}

/** The year of the horizon with the most projected hires, and their number (null: none). */
export function peakHires(rows: readonly AggregateRow[]): { year: number; value: number } | null {
  let best: { year: number; value: number } | null = null;
  for (const r of rows) {
    const value = projectedHires(rows, r.year);
    if (value !== null && value >= 0.5 && (!best || value > best.value)) {
      best = { year: r.year, value };
    }
  }
  return best;
}
