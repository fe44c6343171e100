/**
 * The overview of a territory with no tracked site (Grand Est: a training school only) is not a
 * dead end: it names the région's programmes, leads to its brief, and lists their sources.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../src/lib/data/node.ts';
import { loadDataset, type Dataset } from '../../src/lib/data/queries.ts';
import { feedingProgrammes } from '../../src/lib/scenario/territory.ts';
import { chromiumSession } from './session.ts';
import { axeViolations } from './axe.ts';

const session = chromiumSession();
let dataset: Dataset;
beforeAll(async () => {
  const db = await NodeConnector.open('static');
  dataset = await loadDataset(db);
  await db.close();
});

describe('overview of a territory without a tracked site', () => {
  it('names the région’s programmes, leads to its brief and cites their sources', async () => {
    const grandEst = feedingProgrammes(dataset.programmes, new Set(), '44');
    expect(grandEst.length).toBeGreaterThan(0);
    const { page } = session.w;
    await page.goto(`${session.baseUrl}/?r=44`);
    const text = (await page.getByTestId('no-site').textContent()) ?? '';
    expect(text).toContain('Aucun site industriel suivi en Grand Est.');
    for (const p of grandEst) expect(text).toContain(p.name);
    const sources = page.locator('#sources-title + ol li');
    await expect(sources.count()).resolves.toBe(grandEst.length);
    // Each programme's source as the data gives it: a link where it is a URL, else its name.
    for (const p of grandEst) {
      const item = page.locator(`#source-${p.id}`);
      if (/^https?:\/\//.test(p.source)) {
        await expect(item.locator('a').getAttribute('href')).resolves.toBe(p.source);
      } else {
        await expect(item.textContent()).resolves.toContain(p.source);
      }
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('no-site-brief').click();
    await page.waitForURL(/\/territoires\/44/);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Grand Est');
    expect(session.w.consoleErrors).toEqual([]);
  });

  it('lists the programmes’ sources beside the sites’ where the région has sites', async () => {
    const { page } = session.w;
    await page.goto(`${session.baseUrl}/`);
    const hdf = dataset.sites.filter((s) => s.region === '32');
    const feeding = feedingProgrammes(dataset.programmes, new Set(hdf.map((s) => s.id)), '32');
    await expect(page.locator('#sources-title + ol li').count()).resolves.toBe(
      hdf.length + feeding.length
    );
  });
});
