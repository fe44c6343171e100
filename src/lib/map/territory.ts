/**
 * Territories of the map and the briefs: their addresses and their slice of the model.
 *
 * Addresses: `/territoires/32` is the région Hauts-de-France and `/territoires/59` the
 * département du Nord. Région and département codes overlap (32 is also the Gers, 11 the Aude,
 * 75 Paris…), so a bare code means the région where one exists, and a département whose code is
 * also a région's is `departement-32`.
 *
 * A département has no model of its own: the région's pools (docs/model.md, "Supply") are
 * shared by all its sites, so a département's figures are its sites' in the région's projection,
 * and "what it takes" for it is solved inside the région's model (`placesToCloseGap` with `sites`).
 *
 * @example
 *   territorySlug({ level: 'departement', code: '32' }, regionCodes); // 'departement-32'
 *   parseTerritorySlug('59', regionCodes, depCodes); // { level: 'departement', code: '59' }
 */
export type TerritoryLevel = 'region' | 'departement';

export interface TerritoryRef {
  level: TerritoryLevel;
  code: string;
}

export const DEPARTEMENT_PREFIX = 'departement-';

/** The address segment of a territory's brief. */
export function territorySlug(ref: TerritoryRef, regionCodes: ReadonlySet<string>): string {
  if (ref.level === 'region') return ref.code;
  return regionCodes.has(ref.code) ? `${DEPARTEMENT_PREFIX}${ref.code}` : ref.code;
}

/** The territory of an address segment, or null when it names none. */
export function parseTerritorySlug(
  slug: string,
  regionCodes: ReadonlySet<string>,
  departementCodes: ReadonlySet<string>
): TerritoryRef | null {
  if (slug.startsWith(DEPARTEMENT_PREFIX)) {
    const code = slug.slice(DEPARTEMENT_PREFIX.length).toUpperCase();
    // Only where the bare code is taken by a région: one address per territory.
    return departementCodes.has(code) && regionCodes.has(code)
      ? { level: 'departement', code }
      : null;
  }
  if (regionCodes.has(slug)) return { level: 'region', code: slug };
  const code = slug.toUpperCase();
  return departementCodes.has(code) ? { level: 'departement', code } : null;
}

/** What the map's side panel shows: a site, a territory, or (null) France as a whole. */
export type MapSelection =
  { kind: 'site'; id: string } | { kind: 'region' | 'departement'; code: string };
