/** Reads the map's SVG paths back into points, for tests. */

/** The points a path of M, L, l and Z/z commands draws, in tenths (integers), ring by ring. */
export function pathPoints(d: string): number[][][] {
  const tokens = d.match(/[MLlZz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const rings: number[][][] = [];
  let cmd = '';
  let x = 0;
  let y = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (/^[MLlZz]$/.test(t)) {
      cmd = t;
      if (t === 'M') rings.push([]);
      continue;
    }
    const a = Math.round(Number(t) * 10);
    const b = Math.round(Number(tokens[++i]) * 10);
    if (cmd === 'l') {
      x += a;
      y += b;
    } else {
      x = a;
      y = b;
    }
    if (cmd === 'M') cmd = 'L';
    const ring = rings.at(-1)!;
    const last = ring.at(-1);
    if (!last || last[0] !== x || last[1] !== y) ring.push([x, y]);
  }
  return rings;
}

/** Bounding box of a path, in the path's units. */
export function pathBounds(d: string): [[number, number], [number, number]] {
  const pts = pathPoints(d).flat();
  const xs = pts.map((p) => p[0] / 10);
  const ys = pts.map((p) => p[1] / 10);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)]
  ];
}
