/**
 * The centre of each département, from the app's own boundaries (`france.topo.json`, d3's
 * spherical `geoCentroid`): where a site added in the workbench is placed, since no package gives
 * the centres of communes (the row says so: « position : centre du département »). Computed at
 * prerender (`+layout.server.ts`) and registered for the browser by the layout.
 *
 * @example
 *   departementCentres(loadFrance())['59']; // [3.2208, 50.4472] (longitude, latitude)
 */
import { geoCentroid } from 'd3';
import type { France } from './boundaries.ts';

/** [longitude, latitude] of each département's centre, by INSEE code, to 4 decimals. */
export function departementCentres(france: France): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const d of france.departements) {
    const [lon, lat] = geoCentroid(d);
    out[d.properties.code] = [Number(lon.toFixed(4)), Number(lat.toFixed(4))];
  }
  return out;
}

let registered: Readonly<Record<string, [number, number]>> = {};

/** The centres the pages use (the layout registers those of its data). */
export function setDepartementCentres(centres: Readonly<Record<string, [number, number]>>): void {
  registered = centres;
}

/** A département's centre, [longitude, latitude]; undefined when unknown. */
export function departementCentre(code: string): [number, number] | undefined {
  return Object.hasOwn(registered, code) ? registered[code] : undefined;
}
