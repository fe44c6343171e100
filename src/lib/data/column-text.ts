/**
 * What a column means, in the reader's language: French descriptions from messages-research.ts,
 * English ones from the schema (the single definition of the source tables) or, for the generated
 * tables, from messages-research.ts too.
 */
import type { Lang } from '../i18n/format.ts';
import { RESEARCH } from '../i18n/messages-research.ts';
import { SOURCE_TABLES } from './schema.ts';

/** A column's description in the reader's language (table-specific first). */
export function columnText(table: string, column: string, lang: Lang): string {
  const own = RESEARCH[lang].columns;
  const found = own[`${table}.${column}`] ?? own[column];
  if (found) return found;
  const spec = SOURCE_TABLES.find((t) => t.name === table)?.columns.find((c) => c.name === column);
  return spec?.description ?? '';
}
