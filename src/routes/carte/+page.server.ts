import { bmoAtBuild } from '$lib/data/bmo.server';
import { loadFrance } from '$lib/map/france.server';
import { buildFranceMap } from '$lib/map/geometry';

/**
 * The map's paths are computed here, at prerender, from the project's TopoJSON: the page's first
 * paint is the finished map, and the browser never runs the projection over the boundaries.
 */
export async function load() {
  return { geometry: buildFranceMap(loadFrance()), bmo: await bmoAtBuild() };
}
