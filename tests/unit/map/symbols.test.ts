import { describe, expect, it } from 'vitest';
import {
  MAX_RADIUS,
  MIN_RADIUS,
  placeSites,
  sizeLegendValues,
  symbolRadius
} from '../../../src/lib/map/symbols.ts';

describe('symbolRadius', () => {
  it('makes the area proportional to the jobs (radius ∝ √jobs)', () => {
    const r = symbolRadius(3000);
    expect(r(3000)).toBeCloseTo(MAX_RADIUS, 9);
    expect(r(750)).toBeCloseTo(MAX_RADIUS / 2, 9);
    expect((r(2000) / r(500)) ** 2).toBeCloseTo(4, 9);
  });

  it('keeps a visible minimum for tiny or missing figures', () => {
    const r = symbolRadius(3000);
    expect(r(0)).toBe(MIN_RADIUS);
    expect(r(-5)).toBe(MIN_RADIUS);
    expect(symbolRadius(0)(0)).toBe(MIN_RADIUS);
  });
});

describe('sizeLegendValues', () => {
  it('picks round values below the largest site', () => {
    expect(sizeLegendValues(2280)).toEqual([500, 1000, 2000]);
    expect(sizeLegendValues(3000)).toEqual([500, 1000, 2000]);
    expect(sizeLegendValues(650)).toEqual([125, 250, 500]);
    expect(sizeLegendValues(0)).toEqual([]);
  });
});

describe('placeSites', () => {
  it('moves overlapping circles apart, keeps others where they are', () => {
    const placed = placeSites([
      { id: 'a', x: 100, y: 100, r: 10 },
      { id: 'b', x: 103, y: 100, r: 10 },
      { id: 'far', x: 300, y: 300, r: 5 }
    ]);
    const [a, b, far] = placed;
    expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(20);
    expect(far.cx).toBeCloseTo(300, 0);
    expect(far.cy).toBeCloseTo(300, 0);
    // The true positions are kept for the leader lines.
    expect([a.x, b.x]).toEqual([100, 103]);
  });

  it('is deterministic and keeps circles inside the bounds', () => {
    const points = [
      { id: 'a', x: 5, y: 5, r: 10 },
      { id: 'b', x: 8, y: 6, r: 8 }
    ];
    const one = placeSites(points, 1.5, { width: 200, height: 100 });
    expect(placeSites(points, 1.5, { width: 200, height: 100 })).toEqual(one);
    for (const p of one) {
      expect(p.cx - p.r).toBeGreaterThanOrEqual(0);
      expect(p.cy - p.r).toBeGreaterThanOrEqual(0);
    }
  });
});
