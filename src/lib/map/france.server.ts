/**
 * The boundaries read from `static/data/france.topo.json` at build time (prerender), once per
 * build process, checked by `parseFrance`.
 */
import { readFileSync } from 'node:fs';
import { parseFrance, type France } from './boundaries.ts';

export const FRANCE_FILE = 'static/data/france.topo.json';

let cached: France | null = null;

export function loadFrance(file = FRANCE_FILE): France {
  if (file !== FRANCE_FILE) return parseFrance(JSON.parse(readFileSync(file, 'utf8')));
  return (cached ??= parseFrance(JSON.parse(readFileSync(file, 'utf8'))));
}
