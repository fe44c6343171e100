import { beforeAll, describe, expect, it } from 'vitest';
import { geoContains } from 'd3';
import { loadFrance } from '../../../src/lib/map/france.server.ts';
import { pathBounds } from './path-points.ts';
import type { France } from '../../../src/lib/map/boundaries.ts';
import {
  arrangement,
  buildFranceMap,
  buildTerritoryMap,
  FRANCE_LAYOUT,
  place,
  projectPoint,
  transformOf,
  zoomBox,
  type FranceMapGeometry
} from '../../../src/lib/map/geometry.ts';

let france: France;
let g: FranceMapGeometry;
beforeAll(() => {
  france = loadFrance();
  g = buildFranceMap(france);
});

describe('buildFranceMap', () => {
  it('draws the 101 départements and 18 régions, each with a path', () => {
    expect(g.departements).toHaveLength(101);
    expect(g.regions).toHaveLength(18);
    for (const s of [...g.departements, ...g.regions]) {
      expect(s.d, s.code).toMatch(/^M/);
      expect(Number.isFinite(s.cx) && Number.isFinite(s.cy), s.code).toBe(true);
    }
    expect(g.regionBorders).toMatch(/^M/);
  });

  it('fits mainland France in the width right of the inset column', () => {
    const { margin, insetWidth, gap } = FRANCE_LAYOUT;
    const mainland = g.departements.filter((d) => d.code.length === 2);
    const boxes = mainland.map((d) => pathBounds(d.d));
    const x0 = Math.min(...boxes.map((b) => b[0][0]));
    const x1 = Math.max(...boxes.map((b) => b[1][0]));
    const y0 = Math.min(...boxes.map((b) => b[0][1]));
    const y1 = Math.max(...boxes.map((b) => b[1][1]));
    expect(x0).toBeCloseTo(margin + insetWidth + gap, 0);
    expect(x1).toBeCloseTo(g.width - margin, 0);
    expect(y0).toBeGreaterThanOrEqual(margin - 0.1);
    expect(y1).toBeLessThanOrEqual(g.height - margin + 0.1);
    // Mainland France is about as tall as it is wide in Lambert-93.
    expect((y1 - y0) / (x1 - x0)).toBeGreaterThan(0.85);
    expect((y1 - y0) / (x1 - x0)).toBeLessThan(1.1);
  });

  it('draws the five overseas régions inside their labelled boxes', () => {
    expect(g.insets.map((i) => [i.region, i.name])).toEqual([
      ['01', 'Guadeloupe'],
      ['02', 'Martinique'],
      ['03', 'Guyane'],
      ['04', 'La Réunion'],
      ['06', 'Mayotte']
    ]);
    for (const inset of g.insets) {
      const shape = g.regions.find((r) => r.code === inset.region)!;
      const [[x0, y0], [x1, y1]] = pathBounds(shape.d);
      expect(x0).toBeGreaterThanOrEqual(inset.x);
      expect(x1).toBeLessThanOrEqual(inset.x + inset.width);
      expect(y0).toBeGreaterThanOrEqual(inset.y + FRANCE_LAYOUT.insetLabel);
      expect(y1).toBeLessThanOrEqual(inset.y + inset.height);
    }
    // Boxes do not overlap one another.
    for (let i = 1; i < g.insets.length; i++) {
      expect(g.insets[i].y).toBeGreaterThanOrEqual(g.insets[i - 1].y + g.insets[i - 1].height);
    }
  });

  it('places a site inside its département (AESC Douai in the Nord, Saint-Denis in La Réunion)', () => {
    const check = (code: string, lon: number, lat: number, region: string) => {
      const f = france.departements.find((d) => d.properties.code === code)!;
      expect(geoContains(f, [lon, lat])).toBe(true);
      const [x, y] = projectPoint(g, lon, lat, region)!;
      const [[x0, y0], [x1, y1]] = pathBounds(g.departements.find((d) => d.code === code)!.d);
      expect(x).toBeGreaterThan(x0);
      expect(x).toBeLessThan(x1);
      expect(y).toBeGreaterThan(y0);
      expect(y).toBeLessThan(y1);
    };
    check('59', 3.06, 50.35, '32');
    check('974', 55.45, -20.9, '04');
  });
});

describe('arrangement', () => {
  it('leaves the wide map as drawn', () => {
    const wide = arrangement(g, 'wide');
    expect(wide.width).toBe(g.width);
    expect(transformOf(wide.mainland)).toBeUndefined();
    expect(Object.values(wide.insets).every((p) => transformOf(p) === undefined)).toBe(true);
  });

  it('puts the insets in a row under the mainland on phones, inside the width, apart', () => {
    const narrow = arrangement(g, 'narrow');
    const { margin, insetWidth, gap } = FRANCE_LAYOUT;
    expect(narrow.width).toBe(g.width - insetWidth - gap);
    // The mainland's left edge moves to the margin.
    expect(place(narrow.mainland, [margin + insetWidth + gap, 0])[0]).toBeCloseTo(margin, 6);
    let right = 0;
    for (const inset of g.insets) {
      const p = narrow.insets[inset.region];
      const [x0, y0] = place(p, [inset.x, inset.y]);
      const [x1, y1] = place(p, [inset.x + inset.width, inset.y + inset.height]);
      expect(x0).toBeGreaterThanOrEqual(right);
      expect(x1).toBeLessThanOrEqual(narrow.width - margin + 1e-6);
      expect(y0).toBeGreaterThanOrEqual(g.height - 1e-6);
      expect(y1).toBeLessThanOrEqual(narrow.height);
      right = x1;
    }
    expect(transformOf(narrow.insets['01'])).toMatch(
      /^translate\([-\d.]+,[-\d.]+\) scale\([\d.]+\)$/
    );
  });
});

describe('zoomBox', () => {
  it('frames the points with a margin, at the map’s aspect ratio, inside the map', () => {
    const box = zoomBox(
      [
        [300, 40],
        [330, 60],
        [310, 120]
      ],
      { width: 560, height: 420 },
      30
    )!;
    expect(box.width / box.height).toBeCloseTo(560 / 420, 2);
    expect(box.x).toBeLessThanOrEqual(300 - 30);
    expect(box.x + box.width).toBeGreaterThanOrEqual(330 + 30);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeGreaterThanOrEqual(120 + 30);
    expect(box.k).toBeCloseTo(560 / box.width, 6);
    expect(box.k).toBeGreaterThan(2);
  });

  it('never zooms out beyond the map, and has nothing to frame without points', () => {
    const box = zoomBox(
      [
        [0, 0],
        [560, 420]
      ],
      { width: 560, height: 420 }
    )!;
    expect(box).toEqual({ x: 0, y: 0, width: 560, height: 420, k: 1 });
    expect(zoomBox([], { width: 560, height: 420 })).toBeNull();
  });
});

describe('buildTerritoryMap', () => {
  it('draws a région with its départements, all the subject', () => {
    const m = buildTerritoryMap(france, { level: 'region', code: '32' });
    expect(m.shapes.map((s) => s.code).sort()).toEqual(['02', '59', '60', '62', '80']);
    expect(m.shapes.every((s) => s.subject)).toBe(true);
    expect(m.projection.kind).toBe('lambert93');
  });

  it('draws a département inside its région, itself the only subject', () => {
    const m = buildTerritoryMap(france, { level: 'departement', code: '59' });
    expect(m.shapes).toHaveLength(5);
    expect(m.shapes.filter((s) => s.subject).map((s) => s.code)).toEqual(['59']);
  });

  it('draws an overseas département in a local projection', () => {
    const m = buildTerritoryMap(france, { level: 'departement', code: '974' });
    expect(m.projection.kind).toBe('mercator');
    const [[x0, y0], [x1, y1]] = pathBounds(m.shapes[0].d);
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(m.width);
    expect(y1).toBeLessThanOrEqual(m.height);
  });

  it('rejects an unknown territory', () => {
    expect(() => buildTerritoryMap(france, { level: 'departement', code: '99' })).toThrow(
      /unknown territory/
    );
  });
});
