/**
 * Every column of every source table is described in both languages on /methodologie and in the
 * explorer: a French page never falls back to the schema's English text.
 */
import { describe, expect, it } from 'vitest';
import { columnText } from '../../../src/lib/data/column-text.ts';
import { SOURCE_TABLES } from '../../../src/lib/data/schema.ts';
import { RESEARCH } from '../../../src/lib/i18n/messages-research.ts';

describe('column descriptions', () => {
  for (const table of SOURCE_TABLES) {
    it(`${table.name}: every column has its own French text and the table a description in both languages`, () => {
      for (const column of table.columns) {
        const fr = columnText(table.name, column.name, 'fr');
        expect(fr, `${table.name}.${column.name}`).not.toBe('');
        expect(fr, `${table.name}.${column.name} is the English text`).not.toBe(column.description);
        expect(columnText(table.name, column.name, 'en')).not.toBe('');
      }
      expect(RESEARCH.fr.explorer.tableText[table.name], table.name).toBeTruthy();
      expect(RESEARCH.en.explorer.tableText[table.name], table.name).toBeTruthy();
    });
  }
});
