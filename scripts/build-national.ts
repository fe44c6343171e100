/**
 * `npm run data:national`: writes the synthetic France-wide dataset (scripts/lib/national.ts)
 * to build-national/ (gitignored; not build/, which `vite build` empties): sites.csv and programmes.csv in the columns of data/*.csv,
 * which the explorer loads like a researcher's files (sites first, then programmes), and
 * input.json, the model's ProjectionInput for the same rows.
 *
 * Usage: npm run data:national -- [--seed 1] [--sites 505] [--programmes 320] [--out DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  NATIONAL_DEFAULTS,
  nationalInput,
  nationalRecords,
  toCsvText
} from './lib/national.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(NATIONAL_DEFAULTS.seed) },
    sites: { type: 'string', default: String(NATIONAL_DEFAULTS.sites) },
    programmes: { type: 'string', default: String(NATIONAL_DEFAULTS.programmes) },
    out: { type: 'string', default: 'build-national' }
  }
});
const options = {
  seed: Number(values.seed),
  sites: Number(values.sites),
  programmes: Number(values.programmes)
};
const t0 = performance.now();
const records = nationalRecords(options);
const input = nationalInput(options);
mkdirSync(values.out, { recursive: true });
writeFileSync(path.join(values.out, 'sites.csv'), toCsvText('sites', records.sites));
writeFileSync(path.join(values.out, 'programmes.csv'), toCsvText('programmes', records.programmes));
writeFileSync(path.join(values.out, 'input.json'), JSON.stringify(input) + '\n');
const deps = new Set(records.sites.map((s) => s.departement)).size;
console.log(
  `npm run data:national: ${records.sites.length} sites in ${deps} départements, ` +
    `${records.programmes.length} programmes (seed ${options.seed}, all kind synthetic) → ` +
    `${values.out}/sites.csv, programmes.csv, input.json (${Math.round(performance.now() - t0)} ms)`
);
