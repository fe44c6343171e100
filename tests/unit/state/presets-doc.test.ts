/** docs/presets.md states the 2030 direct jobs of each preset: recompute them on the app's path. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../../src/lib/data/node.ts';
import { loadDataset, type Dataset } from '../../../src/lib/data/queries.ts';
import { defaultState } from '../../../src/lib/state/app-state.ts';
import { buildModelInput } from '../../../src/lib/scenario/build.ts';
import {
  aggregateBySite,
  leadEvidence,
  project,
  referenceLead
} from '../../../src/lib/forecast/index.ts';
import { toModelInput } from '../../../src/lib/data/model-input.ts';

let dataset: Dataset;
beforeAll(async () => {
  const db = await NodeConnector.open('static');
  dataset = await loadDataset(db);
  await db.close();
});

const doc = readFileSync('docs/presets.md', 'utf8');
const num = (cell: string) => Number(cell.replace(/[*\s\u202f\u00a0]/g, '').replace(',', '.'));

describe('docs/presets.md', () => {
  it('states the 2030 jobs of every site and preset as the model computes them', () => {
    const table = doc.slice(doc.indexOf('| site | annonces | realiste | stress |'));
    const all = table.split('\n').slice(2);
    const lines = all.slice(
      0,
      all.findIndex((l) => !l.startsWith('|'))
    );
    const computed = (['annonces', 'realiste', 'stress'] as const).map((preset) =>
      aggregateBySite(project(buildModelInput({ ...defaultState(), preset }, dataset))).filter(
        (r) => r.year === 2030
      )
    );
    expect(lines.length).toBe(dataset.sites.length + 1);
    for (const line of lines) {
      const [label, ...cells] = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      const word = label.replace(/\*/g, '').split(' ')[0].toLowerCase();
      const values = cells.map(num);
      computed.forEach((rows, k) => {
        const pick =
          word === 'total' ? rows : rows.filter((r) => (r.siteId ?? '').startsWith(word));
        expect(pick.length, label).toBeGreaterThan(0);
        expect(Math.round(pick.reduce((s, r) => s + r.jobs, 0)), `${label} col ${k}`).toBe(
          values[k]
        );
      });
    }
  });

  it('states the hiring lead of each observed site and their mean', () => {
    const { sites } = toModelInput(dataset);
    const fr = (x: number) => x.toFixed(2).replace('.', ',');
    for (const e of leadEvidence(sites)) expect(doc).toContain(fr(e.lead));
    expect(doc).toContain(`L = ${fr(referenceLead(sites))} ans`);
  });
});
