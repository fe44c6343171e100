/**
 * Shared fixtures of the researchers' tests: the real DuckDB-WASM engine in Node, a valid site
 * and programme row in the format of data/README.md, and a strict XML well-formedness check.
 */
import { readFileSync } from 'node:fs';
import { NodeConnector } from '../../../src/lib/data/node.ts';
import { loadDataset, type Dataset } from '../../../src/lib/data/queries.ts';

let engine: Promise<NodeConnector> | null = null;
/** One engine for a test file (the WASM engine starts in ≈ 0.2 s). */
export function nodeEngine(): Promise<NodeConnector> {
  return (engine ??= NodeConnector.open('static'));
}

let dataset: Promise<Dataset> | null = null;
export async function defaultDataset(): Promise<Dataset> {
  return (dataset ??= nodeEngine().then((db) => loadDataset(db)));
}

const header = (file: string) => readFileSync(`data/${file}`, 'utf8').split(/\r?\n/)[0].split(',');
export const SITE_HEADER = header('sites.csv');
export const PROGRAMME_HEADER = header('programmes.csv');

export const GOOD_SITE: Record<string, string> = {
  id: 'usine-test',
  name: 'Usine test',
  operator: 'Test SA',
  activity: 'battery_cells',
  commune: 'Arras',
  commune_insee: '62041',
  departement: '62',
  region: '32',
  latitude: '50.29',
  longitude: '2.78',
  production_start: '2027',
  full_capacity_year: '2031',
  jobs_direct_low: '500',
  jobs_direct_high: '800',
  jobs_indirect: '',
  capacity_gwh: '5',
  status: 'announced',
  occupation_mix: 'operator:0.7;technician:0.3',
  initial_trained: '',
  notes: 'Ligne de test',
  source: 'https://example.org/usine-test',
  source_title: 'Annonce de test',
  source_date: '2025-01-02',
  kind: 'announced'
};

export const GOOD_PROGRAMME: Record<string, string> = {
  id: 'formation-test',
  name: 'Formation test',
  operator: 'Organisme test',
  programme_type: 'training',
  target_site: '',
  target_region: '32',
  occupation: 'operator',
  intake_per_year: '120',
  intake_source: 'hypothèse de test',
  duration_years: '0.5',
  start_year: '2025',
  end_year: '',
  completion_rate: '0.8',
  completion_source: 'test',
  placement_rate: '0.7',
  placement_source: 'test',
  budget_eur: '',
  people_target: '',
  internships_per_year: '',
  notes: '',
  source: 'https://example.org/formation-test',
  source_title: '',
  source_date: '2025-03-01',
  kind: 'estimate'
};

const quote = (c: string) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

/** A CSV of rows (objects over `columns`; missing cells are empty). */
export function csvOf(columns: readonly string[], rows: Record<string, string>[]): string {
  return [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))]
    .map((cells) => cells.map(quote).join(','))
    .join('\n')
    .concat('\n');
}

/**
 * A strict well-formedness check of XML (the subset SVG exports use): one root, tags balanced and
 * properly nested, attributes quoted and unique, entities known. Returns the root's name.
 */
export function parseXml(text: string): { root: string; elements: string[] } {
  let s = text.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const elements: string[] = [];
  let root: string | null = null;
  const entity = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
  const checkText = (t: string) => {
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '<') throw new Error(`stray "<" in text: ${t.slice(i, i + 20)}`);
      if (t[i] === '&') {
        entity.lastIndex = i;
        if (!entity.test(t)) throw new Error(`bad entity at ${t.slice(i, i + 12)}`);
      }
    }
  };
  while (s.length) {
    const lt = s.indexOf('<');
    if (lt < 0) {
      checkText(s);
      if (s.trim() && stack.length === 0) throw new Error('text after the root');
      break;
    }
    checkText(s.slice(0, lt));
    s = s.slice(lt);
    if (s.startsWith('<!--')) {
      const end = s.indexOf('-->');
      if (end < 0) throw new Error('unclosed comment');
      s = s.slice(end + 3);
      continue;
    }
    const close = /^<\/([A-Za-z_][\w:.-]*)\s*>/.exec(s);
    if (close) {
      const open = stack.pop();
      if (open !== close[1]) throw new Error(`</${close[1]}> closes <${open}>`);
      s = s.slice(close[0].length);
      continue;
    }
    const tag =
      /^<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(
        s
      );
    if (!tag) throw new Error(`malformed tag at ${s.slice(0, 60)}`);
    const names = [
      ...tag[2].replace(/"[^"]*"|'[^']*'/g, '""').matchAll(/([A-Za-z_][\w:.-]*)\s*=/g)
    ].map((m) => m[1]);
    if (new Set(names).size !== names.length) throw new Error(`duplicate attribute in <${tag[1]}>`);
    for (const v of tag[2].matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) checkText(v[1] ?? v[2] ?? '');
    if (stack.length === 0) {
      if (root) throw new Error('two roots');
      root = tag[1];
    }
    elements.push(tag[1]);
    if (!tag[3]) stack.push(tag[1]);
    s = s.slice(tag[0].length);
  }
  if (stack.length) throw new Error(`unclosed <${stack.at(-1)}>`);
  if (!root) throw new Error('no root element');
  return { root, elements };
}
