/**
 * The map's projections. Mainland France (with Corsica) is drawn in Lambert-93, the official
 * French projection (IGN; decree 2000-1276 and its 2006 amendment): a conic conformal projection
 * with standard parallels 44° N and 49° N, central meridian 3° E and origin latitude 46.5° N. The
 * false easting and northing of the real grid (700 000 m, 6 600 000 m) do not matter on screen:
 * the projection is scaled and translated to fit its box instead.
 *
 * The five overseas régions (DROM) lie far from 3° E, where a Lambert-93 cone would turn them
 * by tens of degrees, so each inset uses its own local conformal projection (Mercator centred on
 * it), as IGN and INSEE maps do. Insets are not at the mainland's scale (captioned on the map).
 *
 * Projections travel from the server (where the SVG is prerendered) to the browser as plain
 * numbers (`ProjectionParams`), so both draw the same points.
 *
 * @example
 *   const p = makeProjection({ kind: 'lambert93', scale: 2600, translate: [330, 240] });
 *   p([2.35, 48.86]); // Paris → [x, y] in the map's units
 */
import {
  geoConicConformal,
  geoMercator,
  type GeoConicProjection,
  type GeoPermissibleObjects,
  type GeoProjection
} from 'd3';

/** Lambert-93 (RGF93 / Lambert-93, EPSG:2154): standard parallels, central meridian, origin. */
export const LAMBERT93 = {
  parallels: [44, 49] as [number, number],
  centralMeridian: 3,
  originLatitude: 46.5
} as const;

/** INSEE codes of the five overseas régions, in the order of their insets. */
export const OVERSEAS_REGIONS = ['01', '02', '03', '04', '06'] as const;
/** INSEE codes of the overseas départements (one per overseas région). */
export const OVERSEAS_DEPARTEMENTS = ['971', '972', '973', '974', '976'] as const;

export function isOverseasRegion(code: string): boolean {
  return (OVERSEAS_REGIONS as readonly string[]).includes(code);
}

export function isOverseasDepartement(code: string): boolean {
  return (OVERSEAS_DEPARTEMENTS as readonly string[]).includes(code);
}

/** The unfitted Lambert-93 projection (d3's default scale, centred on 3° E, 46.5° N). */
export function lambert93(): GeoConicProjection {
  return geoConicConformal()
    .parallels(LAMBERT93.parallels)
    .rotate([-LAMBERT93.centralMeridian, 0])
    .center([0, LAMBERT93.originLatitude]);
}

/** A fitted projection as plain, serialisable numbers. */
export interface ProjectionParams {
  kind: 'lambert93' | 'mercator';
  scale: number;
  translate: [number, number];
  /** Mercator insets only: the centre longitude (the projection is rotated to it). */
  centerLon?: number;
}

/** Rebuilds a projection from its parameters (the same on server and browser). */
export function makeProjection(params: ProjectionParams): GeoProjection {
  const p =
    params.kind === 'lambert93' ? lambert93() : geoMercator().rotate([-(params.centerLon ?? 0), 0]);
  return p.scale(params.scale).translate(params.translate);
}

/** Reads a fitted projection's parameters back, rounded to keep page data short. */
export function paramsOf(
  kind: ProjectionParams['kind'],
  p: GeoProjection,
  centerLon?: number
): ProjectionParams {
  const [tx, ty] = p.translate();
  const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
  return {
    kind,
    scale: round(p.scale(), 3),
    translate: [round(tx, 3), round(ty, 3)],
    ...(centerLon !== undefined ? { centerLon } : {})
  };
}

type Extent = [[number, number], [number, number]];

/** Lambert-93 fitted to `object` (GeoJSON) inside `extent` ([[x0, y0], [x1, y1]]). */
export function fitLambert93(object: GeoPermissibleObjects, extent: Extent): ProjectionParams {
  return paramsOf('lambert93', lambert93().fitExtent(extent, object));
}

/** A local Mercator (for an overseas territory) fitted to `object` inside `extent`. */
export function fitLocal(
  object: GeoPermissibleObjects,
  extent: Extent,
  centerLon: number
): ProjectionParams {
  const p = geoMercator().rotate([-centerLon, 0]).fitExtent(extent, object);
  return paramsOf('mercator', p, centerLon);
}
