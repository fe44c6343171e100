/**
 * Writes static/data/france.topo.json: simplified TopoJSON of the 101 départements and 18 régions.
 *
 *   npx tsx scripts/build-boundaries.ts
 *
 * Importing this file has no side effects; `writeBoundaries()` is exported for other build scripts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBoundaries, matchSourceFeatures, serialiseBoundaries } from './lib/boundaries.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BOUNDARIES_PATH = join(ROOT, 'static', 'data', 'france.topo.json');

export function writeBoundaries(outPath: string = BOUNDARIES_PATH): {
  path: string;
  bytes: number;
  departements: number;
  regions: number;
  arcs: number;
} {
  const topo = buildBoundaries();
  const json = serialiseBoundaries(topo);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, json);
  return {
    path: outPath,
    bytes: Buffer.byteLength(json),
    departements: topo.objects.departements.geometries.length,
    regions: topo.objects.regions.geometries.length,
    arcs: topo.arcs.length
  };
}

function main(): void {
  const { nameMismatches } = matchSourceFeatures();
  for (const m of nameMismatches) {
    console.log(
      `note: Natural Earth names ${m.code} "${m.naturalEarth}"; using INSEE name "${m.insee}"`
    );
  }
  const r = writeBoundaries();
  console.log(
    `wrote ${relative(process.cwd(), r.path)}: ${(r.bytes / 1024).toFixed(1)} KB, ` +
      `${r.departements} départements, ${r.regions} régions, ${r.arcs} arcs`
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
