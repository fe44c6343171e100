/**
 * The explorer's SQL editor: CodeMirror 6 with its SQL language (PostgreSQL's dialect, the
 * closest to DuckDB's), highlighting, undo history, line numbers (DuckDB's errors name the
 * editor's line) and completion of keywords and of the real table and column names. Ctrl+Enter
 * (⌘+Enter) runs the query. Tab is left to the browser, so the editor is no keyboard trap.
 * Browser only, loaded lazily by the page (`await import('$lib/explorer/sql-editor')`): the page
 * paints with a plain textarea first.
 *
 * @example
 *   const editor = createSqlEditor(div, { doc: 'SELECT 1', onChange, onRun, label: 'sql-label' });
 *   editor.setSchema({ sites: ['id', 'name'] });
 */
import {
  autocompletion,
  closeCompletion,
  completionKeymap,
  type CompletionContext,
  type CompletionResult,
  type CompletionSource
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  syntaxHighlighting
} from '@codemirror/language';
import {
  keywordCompletionSource,
  PostgreSQL,
  schemaCompletionSource,
  sql
} from '@codemirror/lang-sql';
import { Compartment, EditorState, Prec } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  keymap,
  lineNumbers
} from '@codemirror/view';

/** Table name → its column names, as the schema panel lists them. */
export type SqlSchema = Record<string, readonly string[]>;

export interface SqlEditorOptions {
  doc: string;
  onChange: (doc: string) => void;
  onRun: () => void;
  /** id of the element that names the editor (its label). */
  labelledBy: string;
  /** id of the help text. */
  describedBy?: string;
  testId?: string;
}

export interface SqlEditor {
  setDoc(doc: string): void;
  setSchema(schema: SqlSchema): void;
  focus(): void;
  destroy(): void;
}

/**
 * Column names anywhere a name is typed (CodeMirror's schema source completes them only after
 * `table.`): a researcher writes `SELECT departement FROM trainees_synthetic`. Each completion
 * says which tables hold the column.
 */
export function columnCompletions(schema: SqlSchema): CompletionSource {
  const tables = new Map<string, string[]>();
  for (const [table, columns] of Object.entries(schema))
    for (const c of columns) tables.set(c, [...(tables.get(c) ?? []), table]);
  const options = [...tables].map(([label, inTables]) => ({
    label,
    type: 'property',
    detail: inTables.length > 3 ? `${inTables.slice(0, 3).join(', ')}…` : inTables.join(', ')
  }));
  return (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/[\w$]+/);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    // After a dot, the schema source completes the table's own columns; after FROM or JOIN, a
    // table is expected.
    if (word.from > 0 && context.state.sliceDoc(word.from - 1, word.from) === '.') return null;
    const before = context.state.sliceDoc(Math.max(0, word.from - 40), word.from);
    if (/\b(from|join|into|table|update|describe|summarize)\s+$/i.test(before)) return null;
    return { from: word.from, options, validFor: /^[\w$]*$/ };
  };
}

function completion(schema: SqlSchema) {
  const config = { dialect: PostgreSQL, schema: schema as Record<string, string[]> };
  return autocompletion({
    override: [
      schemaCompletionSource(config),
      columnCompletions(schema),
      keywordCompletionSource(PostgreSQL, true)
    ],
    icons: false
  });
}

const theme = EditorView.theme({
  '&': {
    border: '1px solid #8a919c',
    borderRadius: '4px',
    fontSize: '0.85rem',
    background: '#fff'
  },
  '&.cm-focused': { outline: '2px solid var(--accent)', outlineOffset: '1px' },
  '.cm-scroller': {
    fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace",
    lineHeight: '1.45',
    minHeight: '12.5em',
    maxHeight: '28em'
  },
  '.cm-content': { padding: '0.4rem 0' },
  '.cm-gutters': { background: '#f4f5f7', color: '#5b6370', borderRight: '1px solid #d5d9df' },
  '.cm-activeLine': { background: '#f3f7fd' },
  // The list fits a 390 px screen: a long detail is cut with an ellipsis, not off the screen.
  '.cm-tooltip.cm-tooltip-autocomplete > ul': { maxWidth: 'min(30em, calc(100vw - 4rem))' },
  '.cm-tooltip.cm-tooltip-autocomplete > ul > li': { overflow: 'hidden', textOverflow: 'ellipsis' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { background: '#1f4e8c', color: '#fff' },
  '.cm-completionDetail': { marginLeft: '0.75em', color: 'inherit', opacity: '0.8' }
});

export function createSqlEditor(parent: HTMLElement, options: SqlEditorOptions): SqlEditor {
  const schemaSlot = new Compartment();
  let applying = false;
  const attributes: Record<string, string> = {
    'aria-labelledby': options.labelledBy,
    spellcheck: 'false',
    autocapitalize: 'off',
    autocorrect: 'off'
  };
  if (options.describedBy) attributes['aria-describedby'] = options.describedBy;
  if (options.testId) attributes['data-testid'] = options.testId;
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        Prec.highest(
          keymap.of([
            {
              key: 'Mod-Enter',
              run: (view) => {
                // The completion list closes: the result, not a stale list, is what follows.
                closeCompletion(view);
                options.onRun();
                return true;
              }
            }
          ])
        ),
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        indentOnInput(),
        bracketMatching(),
        syntaxHighlighting(defaultHighlightStyle),
        sql({ dialect: PostgreSQL, upperCaseKeywords: true }),
        schemaSlot.of(completion({})),
        keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of(attributes),
        EditorView.updateListener.of((u) => {
          if (u.docChanged && !applying) options.onChange(u.state.doc.toString());
        }),
        theme
      ]
    })
  });
  return {
    setDoc(doc) {
      if (doc === view.state.doc.toString()) return;
      applying = true;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
      applying = false;
    },
    setSchema(schema) {
      view.dispatch({ effects: schemaSlot.reconfigure(completion(schema)) });
    },
    focus: () => view.focus(),
    destroy: () => view.destroy()
  };
}
