import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3';
import type { Feature } from 'geojson';
import {
  fitLambert93,
  fitLocal,
  isOverseasDepartement,
  isOverseasRegion,
  lambert93,
  LAMBERT93,
  makeProjection,
  OVERSEAS_DEPARTEMENTS,
  OVERSEAS_REGIONS
} from '../../../src/lib/map/projection.ts';

const square = (lon0: number, lat0: number, d: number): Feature => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    // d3 winding: clockwise exterior ring.
    coordinates: [
      [
        [lon0, lat0],
        [lon0, lat0 + d],
        [lon0 + d, lat0 + d],
        [lon0 + d, lat0],
        [lon0, lat0]
      ]
    ]
  }
});

describe('Lambert-93', () => {
  it('is conic conformal with parallels 44° and 49° N, central meridian 3° E, origin 46.5° N', () => {
    expect(LAMBERT93).toEqual({ parallels: [44, 49], centralMeridian: 3, originLatitude: 46.5 });
    const p = lambert93();
    expect(p.parallels()).toEqual([44, 49]);
    const [lambda, phi, gamma] = p.rotate();
    expect(lambda).toBeCloseTo(-3, 12);
    expect(Math.abs(phi) + Math.abs(gamma)).toBe(0);
    const [, lat0] = p.center();
    expect(lat0).toBeCloseTo(46.5, 12);
  });

  it('puts the origin (3° E, 46.5° N) at the translate point and keeps 3° E vertical', () => {
    const p = lambert93().scale(3000).translate([400, 300]);
    const [x0, y0] = p([3, 46.5])!;
    expect(x0).toBeCloseTo(400, 6);
    expect(y0).toBeCloseTo(300, 6);
    // The central meridian is a straight vertical line; north is up.
    const [xn, yn] = p([3, 51])!;
    const [xs, ys] = p([3, 42])!;
    expect(xn).toBeCloseTo(400, 6);
    expect(xs).toBeCloseTo(400, 6);
    expect(yn).toBeLessThan(y0);
    expect(ys).toBeGreaterThan(y0);
  });

  it('is conformal: a small square stays square (equal sides) in Brittany and in Alsace', () => {
    const p = lambert93().scale(5000).translate([0, 0]);
    for (const [lon, lat] of [
      [-4, 48],
      [7.5, 48.5]
    ]) {
      const d = 0.001;
      const [ax, ay] = p([lon, lat])!;
      const [bx, by] = p([lon + d, lat])!;
      const [cx, cy] = p([lon, lat + d])!;
      const east = Math.hypot(bx - ax, by - ay) / Math.cos((lat * Math.PI) / 180);
      const north = Math.hypot(cx - ax, cy - ay);
      expect(east / north).toBeCloseTo(1, 3);
    }
  });

  it('round-trips through its serialisable parameters', () => {
    const params = fitLambert93(square(-5, 42, 10), [
      [10, 10],
      [510, 410]
    ]);
    expect(params.kind).toBe('lambert93');
    const again = makeProjection(params);
    const fitted = lambert93().fitExtent(
      [
        [10, 10],
        [510, 410]
      ],
      square(-5, 42, 10)
    );
    for (const pt of [
      [2.35, 48.86],
      [5.37, 43.3],
      [-4.49, 48.39]
    ] as [number, number][]) {
      const [x1, y1] = again(pt)!;
      const [x2, y2] = fitted(pt)!;
      expect(Math.abs(x1 - x2)).toBeLessThan(0.01);
      expect(Math.abs(y1 - y2)).toBeLessThan(0.01);
    }
  });

  it('fits a shape inside the extent it is given', () => {
    const shape = square(-5, 42, 10);
    const p = makeProjection(
      fitLambert93(shape, [
        [100, 20],
        [400, 320]
      ])
    );
    const [[x0, y0], [x1, y1]] = geoPath(p).bounds(shape);
    expect(x0).toBeGreaterThanOrEqual(99.9);
    expect(y0).toBeGreaterThanOrEqual(19.9);
    expect(x1).toBeLessThanOrEqual(400.1);
    expect(y1).toBeLessThanOrEqual(320.1);
    // …and touches it on one axis at least.
    expect(Math.min(Math.abs(x1 - x0 - 300), Math.abs(y1 - y0 - 300))).toBeLessThan(0.5);
  });
});

describe('overseas insets', () => {
  it('lists the five overseas régions and their départements', () => {
    expect([...OVERSEAS_REGIONS]).toEqual(['01', '02', '03', '04', '06']);
    expect([...OVERSEAS_DEPARTEMENTS]).toEqual(['971', '972', '973', '974', '976']);
    expect(isOverseasRegion('04')).toBe(true);
    expect(isOverseasRegion('32')).toBe(false);
    expect(isOverseasDepartement('974')).toBe(true);
    expect(isOverseasDepartement('59')).toBe(false);
  });

  it('draws each inset in a local Mercator centred on it (north up, not turned)', () => {
    const reunion = square(55.2, -21.4, 0.6);
    const p = makeProjection(
      fitLocal(
        reunion,
        [
          [0, 0],
          [100, 100]
        ],
        55.5
      )
    );
    const [xw] = p([55.3, -21])!;
    const [xe] = p([55.7, -21])!;
    const [, yn] = p([55.5, -20.9])!;
    const [, ys] = p([55.5, -21.3])!;
    expect(xe).toBeGreaterThan(xw);
    expect(ys).toBeGreaterThan(yn);
    // The meridian through the centre is vertical: no rotation as a Lambert-93 cone would give.
    expect(p([55.5, -20.9])![0]).toBeCloseTo(p([55.5, -21.3])![0], 6);
  });
});
