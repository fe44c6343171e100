import { error } from '@sveltejs/kit';
import { bmoAtBuild } from '$lib/data/bmo.server';
import { loadFrance } from '$lib/map/france.server';
import { buildTerritoryMap } from '$lib/map/geometry';
import { parseTerritorySlug, territorySlug } from '$lib/map/territory';

function codes() {
  const france = loadFrance();
  return {
    france,
    regions: new Set(france.regions.map((r) => r.properties.code)),
    departements: new Set(france.departements.map((d) => d.properties.code))
  };
}

/** One prerendered brief per région (18) and per département (101). */
export function entries() {
  const { france, regions } = codes();
  return [
    ...france.regions.map((r) => ({
      code: territorySlug({ level: 'region', code: r.properties.code }, regions)
    })),
    ...france.departements.map((d) => ({
      code: territorySlug({ level: 'departement', code: d.properties.code }, regions)
    }))
  ];
}

export async function load({ params }) {
  const { france, regions, departements } = codes();
  const ref = parseTerritorySlug(params.code, regions, departements);
  if (!ref) error(404, `Territoire inconnu : ${params.code}`);
  const dep =
    ref.level === 'departement'
      ? france.departements.find((d) => d.properties.code === ref.code)!.properties
      : null;
  const region = dep ? dep.region : ref.code;
  const regionName = france.regions.find((r) => r.properties.code === region)!.properties.name;
  return {
    slug: params.code,
    territory: {
      level: ref.level,
      code: ref.code,
      name: dep ? dep.name : regionName,
      region,
      regionName,
      departements: france.departements
        .filter((d) => d.properties.region === region)
        .map((d) => ({
          code: d.properties.code,
          name: d.properties.name,
          slug: territorySlug({ level: 'departement', code: d.properties.code }, regions)
        }))
    },
    regionSlug: territorySlug({ level: 'region', code: region }, regions),
    map: buildTerritoryMap(france, ref),
    bmo: await bmoAtBuild()
  };
}
