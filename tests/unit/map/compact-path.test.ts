import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3';
import { compactPath } from '../../../src/lib/map/compact-path.ts';
import { loadFrance } from '../../../src/lib/map/france.server.ts';
import { buildFranceMap, FRANCE_LAYOUT } from '../../../src/lib/map/geometry.ts';
import { fitLambert93, makeProjection } from '../../../src/lib/map/projection.ts';
import { pathPoints as points } from './path-points.ts';

describe('compactPath', () => {
  it('writes each ring absolutely, then relative steps with one l', () => {
    expect(compactPath('M305.6,123.7L304.2,123.7L302.1,122.6Z')).toBe(
      'M305.6,123.7l-1.4,0-2.1-1.1z'
    );
    expect(compactPath('M0,0L0.5,0L1,1ZM10,10L9.5,10.5L9.5,10.5Z')).toBe(
      'M0,0l.5,0,.5,1zM10,10l-.5,.5z'
    );
    expect(compactPath('M1,2L3,4')).toBe('M1,2l2,2');
    expect(compactPath('')).toBe('');
  });

  it('draws exactly the points of every boundary of the France map, in far fewer characters', () => {
    const france = loadFrance();
    const projection = fitLambert93({ type: 'FeatureCollection', features: france.departements }, [
      [0, 0],
      [FRANCE_LAYOUT.width, 600]
    ]);
    const path = geoPath(makeProjection(projection)).digits(1);
    let before = 0;
    let after = 0;
    for (const f of [...france.departements, ...france.regions]) {
      const d = path(f) ?? '';
      const c = compactPath(d);
      expect(points(c)).toEqual(points(d));
      before += d.length;
      after += c.length;
    }
    expect(after / before).toBeLessThan(0.7);
    // The map the page draws is built with it.
    const map = buildFranceMap(france);
    expect(map.departements.every((s) => /^M[\d.]+,[\d.]+l/.test(s.d))).toBe(true);
    expect(map.regionBorders).toMatch(/^M[\d.]+,[\d.]+l/);
  });
});
