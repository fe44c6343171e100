/**
 * Site symbols: circles whose area is proportional to the site's direct jobs (a square-root
 * scale on the radius, Bertin's rule for proportional symbols), and their placement. Sites a
 * few kilometres apart (the three Dunkerque gigafactories) would hide one another, so circles
 * are pushed apart just enough not to overlap (a few ticks of a collision force), each keeping a
 * line to its true location. The placement uses each site's largest circle over the horizon, so
 * it is computed once per scenario: moving the year only resizes and recolours.
 *
 * @example
 *   const r = symbolRadius(3000);       // jobs → radius
 *   placeSites([{ id: 'a', x: 10, y: 10, r: 8 }, { id: 'b', x: 12, y: 10, r: 8 }]);
 *   // [{ id: 'a', x: 3, … }, { id: 'b', x: 19, … }]: 16 apart, centred on the pair
 */
import {
  forceCollide,
  forceSimulation,
  forceX,
  forceY,
  scaleSqrt,
  type SimulationNodeDatum
} from 'd3';

/** Radius of the largest symbol, in map units. */
export const MAX_RADIUS = 13;
/** The smallest symbol still drawn as a circle one can see and point at. */
export const MIN_RADIUS = 2.5;

/** jobs → radius: area proportional to jobs, `maxRadius` for `maxJobs`. */
export function symbolRadius(maxJobs: number, maxRadius = MAX_RADIUS): (jobs: number) => number {
  const scale = scaleSqrt()
    .domain([0, Math.max(1, maxJobs)])
    .range([0, maxRadius]);
  return (jobs) => Math.max(MIN_RADIUS, scale(Math.max(0, jobs)));
}

/** Up to three round values for the size legend (top, half, quarter), top ≤ `maxJobs`. */
export function sizeLegendValues(maxJobs: number): number[] {
  if (!(maxJobs >= 1)) return [];
  const magnitude = 10 ** Math.floor(Math.log10(maxJobs));
  const top = [5, 2, 1].map((m) => m * magnitude).find((v) => v <= maxJobs) ?? magnitude;
  return [...new Set([top / 4, top / 2, top].map(Math.round))].filter((v) => v >= 1);
}

export interface SitePoint {
  id: string;
  /** True position (projected). */
  x: number;
  y: number;
  /** Largest radius the site takes over the horizon. */
  r: number;
}

export interface PlacedSite extends SitePoint {
  /** Where the circle is drawn (equal to x, y unless moved apart from a neighbour). */
  cx: number;
  cy: number;
}

/**
 * Moves overlapping circles apart (deterministic: the same input gives the same output), and
 * keeps each whole circle inside `bounds` (the map's viewBox) when given.
 */
export function placeSites(
  points: readonly SitePoint[],
  gap = 1.5,
  bounds?: { x?: number; y?: number; width: number; height: number }
): PlacedSite[] {
  type Node = SimulationNodeDatum & SitePoint;
  const nodes: Node[] = points.map((p) => ({ ...p, x: p.x, y: p.y }));
  const origin = new Map(points.map((p) => [p.id, p]));
  const simulation = forceSimulation(nodes)
    .force('collide', forceCollide<Node>((n) => n.r + gap).strength(1))
    .force('x', forceX<Node>((n) => origin.get(n.id)!.x).strength(0.2))
    .force('y', forceY<Node>((n) => origin.get(n.id)!.y).strength(0.2))
    .stop();
  for (let i = 0; i < 160; i++) {
    simulation.tick();
    if (!bounds) continue;
    for (const n of nodes) {
      const x0 = bounds.x ?? 0;
      const y0 = bounds.y ?? 0;
      n.x = Math.min(x0 + bounds.width - n.r, Math.max(x0 + n.r, n.x ?? x0));
      n.y = Math.min(y0 + bounds.height - n.r, Math.max(y0 + n.r, n.y ?? y0));
    }
  }
  const round = (v: number) => Math.round(v * 10) / 10;
  return nodes.map((n) => {
    const p = origin.get(n.id)!;
    return { ...p, cx: round(n.x ?? p.x), cy: round(n.y ?? p.y) };
  });
}
