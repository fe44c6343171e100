import { loadFrance } from '$lib/map/france.server';
import { territorySlug } from '$lib/map/territory';

/** The list of every brief: régions with their départements. */
export function load() {
  const france = loadFrance();
  const regions = new Set(france.regions.map((r) => r.properties.code));
  return {
    regions: france.regions.map((r) => ({
      code: r.properties.code,
      name: r.properties.name,
      slug: territorySlug({ level: 'region', code: r.properties.code }, regions),
      departements: france.departements
        .filter((d) => d.properties.region === r.properties.code)
        .map((d) => ({
          code: d.properties.code,
          name: d.properties.name,
          slug: territorySlug({ level: 'departement', code: d.properties.code }, regions)
        }))
    }))
  };
}
