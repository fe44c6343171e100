/**
 * From the boundaries to what the map draws: SVG path strings in the map's own units, computed
 * once (at prerender, on the server) and never again — a change of year only recolours them.
 *
 * Layout of the France map (units of its viewBox): the five overseas régions in a column of
 * labelled boxes on the left, as on INSEE and IGN maps, and mainland France with Corsica on the
 * right, in Lambert-93, fitted to the width left.
 *
 * @example
 *   const g = buildFranceMap(parseFrance(json));
 *   g.departements.length;      // 101
 *   projectPoint(g, 3.06, 50.35, '32'); // AESC Douai → [x, y]
 */
import { geoBounds, geoPath, type GeoProjection } from 'd3';
import { compactPath } from './compact-path.ts';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import {
  innerBorders,
  type DepartementFeature,
  type France,
  type RegionFeature
} from './boundaries.ts';
import {
  fitLambert93,
  fitLocal,
  isOverseasDepartement,
  isOverseasRegion,
  makeProjection,
  OVERSEAS_REGIONS,
  type ProjectionParams
} from './projection.ts';

/** One territory as drawn. */
export interface MapShape {
  code: string;
  name: string;
  /** The région of a département; a région's own code. */
  region: string;
  /** SVG path data, in the map's units. */
  d: string;
  /** A point inside the shape's bounding box, for labels and tooltips: the path's centroid. */
  cx: number;
  cy: number;
}

export interface MapInset {
  region: string;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  projection: ProjectionParams;
}

export interface FranceMapGeometry {
  width: number;
  height: number;
  /** Mainland (Lambert-93). */
  projection: ProjectionParams;
  insets: MapInset[];
  departements: MapShape[];
  regions: MapShape[];
  /** Borders between mainland régions (drawn over the départements, thicker). */
  regionBorders: string;
}

export const FRANCE_LAYOUT = {
  width: 560,
  margin: 6,
  insetWidth: 84,
  /** Between the inset column and the mainland, and between insets. */
  gap: 8,
  /** Room for the inset's name above its territory. */
  insetLabel: 15
} as const;

/** Path data with one decimal: sub-pixel at any size the map is shown at, and short. */
const DIGITS = 1;

function pathOf(projection: GeoProjection) {
  return geoPath(projection).digits(DIGITS);
}

function collectionOf<G extends Geometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}

/** The longitude at the middle of a feature's bounds (the centre of its inset's projection). */
function centreLongitude(f: Feature): number {
  const [[w], [e]] = geoBounds(f);
  return Math.round(((w + e) / 2) * 1000) / 1000;
}

function shape(
  f: DepartementFeature | RegionFeature,
  path: ReturnType<typeof pathOf>,
  region: string
): MapShape {
  const d = compactPath(path(f) ?? '');
  const [cx, cy] = path.centroid(f);
  return {
    code: f.properties.code,
    name: f.properties.name,
    region,
    d,
    cx: Math.round(cx * 10) / 10,
    cy: Math.round(cy * 10) / 10
  };
}

/** The whole France map: mainland in Lambert-93 and the five overseas insets. */
export function buildFranceMap(
  france: France,
  layout: typeof FRANCE_LAYOUT = FRANCE_LAYOUT
): FranceMapGeometry {
  const { width, margin, insetWidth, gap, insetLabel } = layout;
  const mainlandDeps = france.departements.filter((f) => !isOverseasDepartement(f.properties.code));
  const mainland = collectionOf(mainlandDeps);

  // Fit the width first, then read the height it takes.
  const x0 = margin + insetWidth + gap;
  const x1 = width - margin;
  const probe = fitLambert93(mainland, [
    [x0, 0],
    [x1, 1e4]
  ]);
  const [[, top], [, bottom]] = pathOf(makeProjection(probe)).bounds(mainland);
  const height = Math.ceil(bottom - top + 2 * margin);
  const projection = fitLambert93(mainland, [
    [x0, margin],
    [x1, height - margin]
  ]);
  const mainPath = pathOf(makeProjection(projection));

  const boxHeight =
    (height - 2 * margin - gap * (OVERSEAS_REGIONS.length - 1)) / OVERSEAS_REGIONS.length;
  const insets: MapInset[] = OVERSEAS_REGIONS.map((code, i) => {
    const f = france.regions.find((r) => r.properties.code === code)!;
    const y = margin + i * (boxHeight + gap);
    const pad = 5;
    return {
      region: code,
      name: f.properties.name,
      x: margin,
      y: Math.round(y * 10) / 10,
      width: insetWidth,
      height: Math.round(boxHeight * 10) / 10,
      projection: fitLocal(
        f,
        [
          [margin + pad, y + insetLabel + 2],
          [margin + insetWidth - pad, y + boxHeight - pad]
        ],
        centreLongitude(f)
      )
    };
  });
  const insetPath = new Map(
    insets.map((inset) => [inset.region, pathOf(makeProjection(inset.projection))])
  );
  const pathFor = (region: string) => insetPath.get(region) ?? mainPath;

  const isMainlandReg = (code: string) => !isOverseasRegion(code);
  return {
    width,
    height,
    projection,
    insets,
    departements: france.departements.map((f) =>
      shape(f, pathFor(f.properties.region), f.properties.region)
    ),
    regions: france.regions.map((f) => shape(f, pathFor(f.properties.code), f.properties.code)),
    regionBorders: compactPath(mainPath(innerBorders(france, 'regions', isMainlandReg)) ?? '')
  };
}

/** A uniform scale then a translation: (x, y) → (k·x + dx, k·y + dy). */
export interface Placement {
  dx: number;
  dy: number;
  k: number;
}

/** Where the mainland and each inset go in one arrangement of the map, and its size. */
export interface MapArrangement {
  width: number;
  height: number;
  mainland: Placement;
  insets: Record<string, Placement>;
}

const IDENTITY: Placement = { dx: 0, dy: 0, k: 1 };

export function place(p: Placement, [x, y]: [number, number]): [number, number] {
  return [p.k * x + p.dx, p.k * y + p.dy];
}

export function transformOf(p: Placement): string | undefined {
  if (p.dx === 0 && p.dy === 0 && p.k === 1) return undefined;
  const r = (v: number) => Math.round(v * 100) / 100;
  return `translate(${r(p.dx)},${r(p.dy)})${p.k === 1 ? '' : ` scale(${r(p.k)})`}`;
}

/**
 * The map's two arrangements, from the same paths: 'wide' (insets in a column on the left, as
 * computed) and 'narrow' for phones (insets in a row under the mainland, which then takes the
 * whole width). Switching only changes group transforms, never a path.
 */
export function arrangement(
  geometry: Pick<FranceMapGeometry, 'width' | 'height' | 'insets'>,
  kind: 'wide' | 'narrow',
  layout: typeof FRANCE_LAYOUT = FRANCE_LAYOUT
): MapArrangement {
  if (kind === 'wide') {
    return {
      width: geometry.width,
      height: geometry.height,
      mainland: IDENTITY,
      insets: Object.fromEntries(geometry.insets.map((i) => [i.region, IDENTITY]))
    };
  }
  const { margin, insetWidth, gap } = layout;
  const width = geometry.width - insetWidth - gap;
  const count = geometry.insets.length;
  const boxWidth = (width - 2 * margin - gap * (count - 1)) / count;
  const k = boxWidth / insetWidth;
  const top = geometry.height;
  const boxHeight = Math.max(0, ...geometry.insets.map((i) => i.height)) * k;
  return {
    width,
    height: Math.ceil(top + boxHeight + margin),
    mainland: { dx: -(insetWidth + gap), dy: 0, k: 1 },
    insets: Object.fromEntries(
      geometry.insets.map((inset, i) => [
        inset.region,
        {
          dx: margin + i * (boxWidth + gap) - inset.x * k,
          dy: top - inset.y * k,
          k
        }
      ])
    )
  };
}

/**
 * A view box around `points` (with `pad` around them) with the aspect ratio of the whole map,
 * for zooming on the sites; null without points. Never larger than the map itself.
 */
export function zoomBox(
  points: readonly [number, number][],
  map: { width: number; height: number },
  pad = 30
): { x: number; y: number; width: number; height: number; k: number } | null {
  if (!points.length) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  let width = Math.max(...xs) - Math.min(...xs) + 2 * pad;
  let height = Math.max(...ys) - Math.min(...ys) + 2 * pad;
  const aspect = map.width / map.height;
  if (width / height < aspect) width = height * aspect;
  else height = width / aspect;
  width = Math.min(width, map.width);
  height = Math.min(height, map.height);
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  const x = Math.min(map.width - width, Math.max(0, cx - width / 2));
  const y = Math.min(map.height - height, Math.max(0, cy - height / 2));
  const r = (v: number) => Math.round(v * 10) / 10;
  return { x: r(x), y: r(y), width: r(width), height: r(height), k: map.width / r(width) };
}

const projections = new WeakMap<ProjectionParams, GeoProjection>();
function cached(params: ProjectionParams): GeoProjection {
  let p = projections.get(params);
  if (!p) projections.set(params, (p = makeProjection(params)));
  return p;
}

/**
 * A point (a site) on the France map: in its région's inset for the overseas régions, else on
 * the mainland. Null where the projection cannot place it.
 */
export function projectPoint(
  geometry: Pick<FranceMapGeometry, 'projection' | 'insets'>,
  lon: number,
  lat: number,
  region: string
): [number, number] | null {
  const inset = geometry.insets.find((i) => i.region === region);
  const xy = cached(inset ? inset.projection : geometry.projection)([lon, lat]);
  return xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1]) ? xy : null;
}

/** One territory's small map (the brief): its shapes, which of them is the subject, and scale. */
export interface TerritoryMapGeometry {
  width: number;
  height: number;
  projection: ProjectionParams;
  shapes: (MapShape & { subject: boolean })[];
}

/**
 * The small map of a région (its départements) or of a département (shown inside its région,
 * the others in grey). Mainland territories in Lambert-93, overseas ones in a local Mercator.
 */
export function buildTerritoryMap(
  france: France,
  territory: { level: 'region' | 'departement'; code: string },
  size = { width: 320, height: 260 }
): TerritoryMapGeometry {
  const region =
    territory.level === 'region'
      ? territory.code
      : france.departements.find((d) => d.properties.code === territory.code)?.properties.region;
  const deps = france.departements.filter((d) => d.properties.region === region);
  if (!region || deps.length === 0) throw new Error(`unknown territory ${territory.code}`);
  const collection = collectionOf(deps);
  const pad = 8;
  const extent: [[number, number], [number, number]] = [
    [pad, pad],
    [size.width - pad, size.height - pad]
  ];
  const projection = isOverseasRegion(region)
    ? fitLocal(collection, extent, centreLongitude(deps[0]))
    : fitLambert93(collection, extent);
  const path = pathOf(makeProjection(projection));
  return {
    ...size,
    projection,
    shapes: deps.map((f) => ({
      ...shape(f, path, region),
      subject: territory.level === 'region' || f.properties.code === territory.code
    }))
  };
}
