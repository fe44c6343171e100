/**
 * The merged views of the explorer hold the rows the pages use, as the pages merge them
 * (mergeUserData): Relève's rows kept, the researcher's beside them or in their place, each
 * column in the table's own type, and `vos_donnees` telling them apart.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mergedViewSql, MERGED_VIEWS } from '../../../src/lib/explorer/merged-views.ts';
import { describeTable } from '../../../src/lib/data/export-sql.ts';
import { mergeUserData, type UserData } from '../../../src/lib/data/user-data.ts';
import type { Dataset } from '../../../src/lib/data/queries.ts';
import type { NodeConnector } from '../../../src/lib/data/node.ts';
import { defaultDataset, nodeEngine } from '../research/helpers.ts';

let db: NodeConnector;
let dataset: Dataset;
beforeAll(async () => {
  db = await nodeEngine();
  await db.useTable('sites');
  await db.useTable('programmes');
  dataset = await defaultDataset();
});

const mark = { file: 'mes-sites.csv', loadedAt: '2026-12-04T10:00:00.000Z' };

async function rows(sql: string): Promise<unknown[][]> {
  const out: unknown[][] = [];
  await db.stream(sql, (b) => void out.push(...b.rows));
  return out;
}

describe('mergedViewSql', () => {
  it('extends Relève’s sites with the researcher’s, one of them in a default’s place', async () => {
    const [first] = dataset.sites;
    const user: UserData = {
      sites: {
        mode: 'extend',
        ...mark,
        rows: [
          {
            ...first,
            id: 'usine-moi',
            name: "L'usine « moi »",
            occupationMix: { operator: 1 },
            userData: mark
          },
          { ...first, jobsDirectHigh: 4321, jobsIndirect: null, userData: mark }
        ]
      }
    };
    const merged = mergeUserData(dataset, user).dataset.sites;
    const columns = await describeTable(db, 'sites');
    await db.stream(mergedViewSql('sites', columns, merged), () => {});
    const view = MERGED_VIEWS.sites;
    expect(view).toBe('sites_avec_vos_donnees');
    const all = await rows(`SELECT id, vos_donnees FROM ${view} ORDER BY id`);
    expect(all).toHaveLength(dataset.sites.length + 1);
    expect(all.filter((r) => r[1] === true).map((r) => r[0])).toEqual(
      [first.id, 'usine-moi'].sort()
    );
    const replaced = await rows(
      `SELECT jobs_direct_high, jobs_indirect, name FROM ${view} WHERE id = '${first.id}'`
    );
    expect(replaced).toEqual([[4321, null, first.name]]);
    const own = await rows(
      `SELECT name, occupation_mix, CAST(source_date AS VARCHAR), typeof(latitude) FROM ${view} WHERE id = 'usine-moi'`
    );
    expect(own).toEqual([["L'usine « moi »", 'operator:1', first.sourceDate, 'DOUBLE']]);
    // The same columns and types as `sites`, plus vos_donnees.
    expect(await describeTable(db, view)).toEqual([
      ...columns,
      { name: 'vos_donnees', type: 'BOOLEAN' }
    ]);
  });

  it('replaces them (mode replace): only the researcher’s rows are left', async () => {
    const [first] = dataset.programmes;
    const user: UserData = {
      programmes: {
        mode: 'replace',
        ...mark,
        rows: [{ ...first, id: 'ma-formation', targetSite: null, userData: mark }]
      }
    };
    const merged = mergeUserData(dataset, user).dataset.programmes;
    await db.stream(
      mergedViewSql('programmes', await describeTable(db, 'programmes'), merged),
      () => {}
    );
    expect(
      await rows(`SELECT id, target_site, vos_donnees FROM programmes_avec_vos_donnees`)
    ).toEqual([['ma-formation', null, true]]);
  });
});
