/**
 * The methodology page's table of tables: row counts and sizes from the manifest the data build
 * writes next to the Parquet files (prerendered, so read at build time).
 */
import { readFileSync } from 'node:fs';
import type { Manifest } from '$lib/data/tables';

export function load() {
  const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as Manifest;
  return { manifest };
}
