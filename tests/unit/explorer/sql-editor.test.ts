/**
 * The SQL editor's column completion: every column of the schema, anywhere a name is typed,
 * saying which tables hold it — not after a dot (the table's own columns) nor after FROM / JOIN
 * (a table is expected there).
 */
import { describe, expect, it } from 'vitest';
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { columnCompletions } from '../../../src/lib/explorer/sql-editor.ts';

const schema = {
  sites: ['id', 'departement'],
  communes: ['code', 'departement'],
  trainees_synthetic: ['departement', 'year']
};

function complete(doc: string, explicit = false): CompletionResult | null {
  const state = EditorState.create({ doc });
  const result = columnCompletions(schema)(new CompletionContext(state, doc.length, explicit));
  return result as CompletionResult | null;
}

describe('columnCompletions', () => {
  it('offers the columns of every table, each with its tables', () => {
    const r = complete('SELECT depa')!;
    expect(r.from).toBe(7);
    const dep = r.options.find((o) => o.label === 'departement');
    expect(dep?.detail).toBe('sites, communes, trainees_synthetic');
    expect(r.options.map((o) => o.label).sort()).toEqual(['code', 'departement', 'id', 'year']);
  });

  it('stays quiet after a dot, after FROM or JOIN, and on nothing typed unless asked', () => {
    expect(complete('SELECT s.depa')).toBeNull();
    expect(complete('SELECT * FROM trai')).toBeNull();
    expect(complete('SELECT * FROM sites s JOIN comm')).toBeNull();
    expect(complete('SELECT ')).toBeNull();
    expect(complete('SELECT ', true)).toBeNull();
    expect(complete('SELECT * FROM sites WHERE ye')!.options.length).toBe(4);
  });
});
