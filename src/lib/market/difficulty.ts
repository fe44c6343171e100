/**
 * Recruitment difficulty by région for the map: the share of hiring projects that employers judge
 * difficult in France Travail's BMO survey (data/bmo.csv, all occupations and sectors), for one
 * survey year — never a mix of years on one map. The year shown by default is the newest year in
 * which the most régions have a figure; régions without one are listed, not filled in.
 *
 *   class(share) = 'strong' if share ≥ 55 %, 'shortage' if ≥ 50 %, 'slight' if ≥ 45 %, else 'balance'
 *
 * The breaks sit around France's 50.1 % of 2025 (bmo.csv, fr-2025), five points apart.
 *
 * @example
 *   const d = difficultyByRegion(bmo, ['11', '32', '44']);
 *   d.year;                 // 2025
 *   d.byRegion.get('44');   // the Grand Est row of 2025 (difficultShare 0.514)
 *   d.missing;              // ['32']: no 2025 figure for Hauts-de-France
 */
import type { BmoRecord } from '../data/queries.ts';
import type { ClassKey } from '../map/classes.ts';

/** Lower bounds of the classes 'strong', 'shortage', 'slight' (shares, 0 to 1). */
export const DIFFICULTY_BREAKS = [0.55, 0.5, 0.45] as const;

export interface DifficultyMap {
  /** The survey year shown, or null when no région has a figure. */
  year: number | null;
  /** Years with at least one région's share, newest first (the choices of a year selector). */
  years: number[];
  /** The région rows of `year` giving a share, by INSEE code. */
  byRegion: Map<string, BmoRecord>;
  /** Région codes asked for that have no share for `year`, in the order asked. */
  missing: string[];
  /** France's row of `year`, if it gives a share. */
  france: BmoRecord | null;
}

const hasShare = (r: BmoRecord): boolean =>
  r.difficultShare !== null && r.occupation === null && r.territoryCode !== null;

/**
 * The difficulty figures of `regions` for `year` (default: the newest year with the most régions).
 * A year with no figure gives an empty map with every région missing.
 */
export function difficultyByRegion(
  bmo: readonly BmoRecord[],
  regions: readonly string[],
  year?: number
): DifficultyMap {
  const asked = new Set(regions);
  const rows = bmo.filter(
    (r) => r.territoryLevel === 'region' && hasShare(r) && asked.has(r.territoryCode!)
  );
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  const years = [...counts.keys()].sort((a, b) => b - a);
  // Newest first, so a tie between years goes to the newer one.
  const best = years.reduce<number | null>(
    (y, candidate) => (y === null || counts.get(candidate)! > counts.get(y)! ? candidate : y),
    null
  );
  const shown = year ?? best;
  const byRegion = new Map<string, BmoRecord>();
  for (const r of rows) if (r.year === shown) byRegion.set(r.territoryCode!, r);
  const france =
    bmo.find((r) => r.territoryLevel === 'france' && r.year === shown && hasShare(r)) ?? null;
  return {
    year: shown,
    years,
    byRegion,
    missing: regions.filter((c) => !byRegion.has(c)),
    france
  };
}

/** The class of a share judged difficult (breaks above). */
export function difficultyClass(share: number): ClassKey {
  const [strong, shortage, slight] = DIFFICULTY_BREAKS;
  if (share >= strong) return 'strong';
  if (share >= shortage) return 'shortage';
  if (share >= slight) return 'slight';
  return 'balance';
}

/**
 * Whether a row's `source_date` is the page's own date: rows whose page shows none carry the
 * first of January of the survey year and say « Date de la page inconnue » (or « de l'article »)
 * in their notes (data/README.md) — a date to leave unprinted, not to read as 1 January.
 */
export function sourceDateKnown(row: Pick<BmoRecord, 'notes'>): boolean {
  return !/date de (la page|l['’]article) inconnue/i.test(row.notes ?? '');
}
