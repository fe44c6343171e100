/**
 * Reads and validates the hand-curated tables of data/ against src/lib/data/schema.ts.
 * Used by `npm run data` (which stops on the first bad table) and by the tests.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseCsv, CsvSyntaxError } from '../../src/lib/data/csv.ts';
import { SOURCE_TABLES, type TableSpec } from '../../src/lib/data/schema.ts';
import {
  collectReferences,
  communeReferences,
  validateTable,
  type Problem,
  type References,
  type TypedRow
} from '../../src/lib/data/validate.ts';
import { loadCommunes, loadTerritories } from './territories.ts';

export interface SourceData {
  tables: Map<string, TypedRow[]>;
  problems: Problem[];
}

export function territoryReferences(): References {
  const { regions, departements } = loadTerritories();
  return new Map([
    ['regions.code', new Set(regions.map((r) => r.code))],
    ['departements.code', new Set(departements.map((d) => d.code))],
    ...communeReferences(loadCommunes(departements))
  ]);
}

/**
 * Validates every source table of `dataDir`, in dependency order. `override` replaces a file's
 * text (tests use it to feed a bad row without touching data/).
 */
export function readSourceTables(
  dataDir: string,
  override: Record<string, string> = {}
): SourceData {
  const refs = territoryReferences();
  const tables = new Map<string, TypedRow[]>();
  const problems: Problem[] = [];
  for (const spec of SOURCE_TABLES) {
    const file = path.join(dataDir, spec.file);
    const label = `data/${spec.file}`;
    let text: string;
    if (spec.file in override) text = override[spec.file];
    else if (existsSync(file)) text = readFileSync(file, 'utf8');
    else {
      problems.push({
        file: label,
        line: 0,
        column: '(file)',
        expected: 'the file to exist',
        found: 'no file',
        message: `${label}: file not found`
      });
      continue;
    }
    const result = validateOne(spec, text, label, refs);
    problems.push(...result.problems);
    tables.set(spec.name, result.rows);
    collectReferences(spec, result.rows, refs);
  }
  return { tables, problems };
}

function validateOne(spec: TableSpec, text: string, label: string, refs: References) {
  try {
    return validateTable(spec, parseCsv(text, label), label, refs);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      return {
        rows: [],
        problems: [
          {
            file: label,
            line: error.line,
            column: '(syntax)',
            expected: 'valid CSV',
            found: error.message,
            message: error.message
          }
        ]
      };
    }
    throw error;
  }
}
