/**
 * Values on hover and focus for the territory brief's chart and the workbench's tornado (issue
 * 15), in Chromium: the pointed year's (or bar's) values are those of the chart's own data
 * table and of the page's key figures; the keyboard steps through them and announces them; the
 * tooltip stays inside the chart on a 390 px phone. Axe stays clean with the charts focusable.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSession, waitForDuckDb } from './session.ts';
import { axeViolations } from './axe.ts';

const session = chromiumSession();
const baseUrl = session.baseUrl;

/** A chart's data table as shown: its rows' cells, keyed by the first one. */
async function tableRows(page: Page, chart: string): Promise<Map<string, string[]>> {
  const rows = await page
    .locator(`${chart} table tr`)
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''))
    );
  return new Map(rows.slice(1).map((r) => [r[0], r.slice(1)]));
}

const tip = async (page: Page, id: string, series: string) =>
  (await page.getByTestId(`${id}-tip-${series}`).textContent())?.trim() ?? '';

describe('the territory brief’s chart', () => {
  const id = 'brief-chart';

  it('shows on hover the values of the pointed year, as its table and the key figures say', async () => {
    const { page } = session.w;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/territoires/32`);
    await waitForDuckDb(page);
    const table = await tableRows(page, '.brief-chart');
    expect([...table.keys()]).toContain('2030');
    const plot = page.getByTestId(`${id}-plot`);
    await plot.scrollIntoViewIfNeeded();
    // The pointer on the 2030 tick label, halfway down the plot.
    const tick = page.locator('.brief-chart .axis text', { hasText: '2030' });
    const t = (await tick.first().boundingBox())!;
    const box = (await plot.boundingBox())!;
    await page.mouse.move(t.x + t.width / 2, box.y + box.height / 2);
    const tooltip = page.getByTestId(`${id}-tooltip`);
    await expect.poll(() => tooltip.getAttribute('data-year')).toBe('2030');
    const [jobs, trained, unfilled] = table.get('2030')!;
    expect(await tip(page, id, 'jobs')).toBe(jobs);
    expect(await tip(page, id, 'trained')).toBe(trained);
    expect(await tip(page, id, 'unfilled')).toBe(unfilled);
    expect(await tooltip.locator('.tip-year').textContent()).toBe('2030, au 31 décembre');
    // The page's key figures of 2030 (the page's year): the same numbers.
    expect(await page.getByTestId('brief-unfilled').textContent()).toBe(unfilled);
    expect(unfilled).toMatch(/^\d{1,3}(\u202f\d{3})*$/);
    // Another year; then the mouse leaves and the values hide.
    const t27 = (await page.locator('.brief-chart .axis text', { hasText: '2027' }).boundingBox())!;
    await page.mouse.move(t27.x + t27.width / 2, box.y + box.height / 2);
    await expect.poll(() => tooltip.getAttribute('data-year')).toBe('2027');
    expect(await tip(page, id, 'jobs')).toBe(table.get('2027')![0]);
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltip.count()).toBe(0);
  });

  it('steps the year with ← and → from the page’s year, announces it, hides on Escape', async () => {
    const { page } = session.w;
    const table = await tableRows(page, '.brief-chart');
    const plot = page.getByTestId(`${id}-plot`);
    await plot.focus();
    await page.keyboard.press('ArrowRight');
    const tooltip = page.getByTestId(`${id}-tooltip`);
    await expect.poll(() => tooltip.getAttribute('data-year')).toBe('2030');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tooltip.getAttribute('data-year')).toBe('2031');
    expect(await tip(page, id, 'trained')).toBe(table.get('2031')![1]);
    const live = (await page.getByTestId(`${id}-live`).textContent()) ?? '';
    expect(live).toBe(
      `2031, au 31 décembre\u00a0: Emplois directs\u00a0: ${table.get('2031')![0]}\u00a0; ` +
        `Personnes formées en poste\u00a0: ${table.get('2031')![1]}\u00a0; ` +
        `Emplois sans personne formée\u00a0: ${table.get('2031')![2]}.`
    );
    expect(await plot.getAttribute('aria-valuenow')).toBe('2031');
    await page.keyboard.press('Home');
    await expect.poll(() => tooltip.getAttribute('data-year')).toBe('2024');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);
  });

  it('keeps the tooltip inside the chart on a 390 px phone, flipped left at the right edge', async () => {
    const { page } = session.w;
    await page.setViewportSize({ width: 390, height: 844 });
    const plot = page.getByTestId(`${id}-plot`);
    await plot.scrollIntoViewIfNeeded();
    const box = (await plot.boundingBox())!;
    // The last years, at the right edge: the tooltip flips to the left of the cursor.
    await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
    const tooltip = page.getByTestId(`${id}-tooltip`);
    await expect.poll(() => tooltip.getAttribute('data-year')).toBe('2035');
    const t = (await tooltip.boundingBox())!;
    expect(t.x).toBeGreaterThanOrEqual(box.x - 0.5);
    expect(t.x + t.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
    expect(t.x + t.width).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the workbench’s tornado', () => {
  const id = 'tornado';

  it('shows on hover a bar’s unfilled jobs at the low and high values, as its table says', async () => {
    const { page } = session.w;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/scenarios`);
    await waitForDuckDb(page);
    const plot = page.getByTestId(`${id}-plot`);
    await plot.waitFor({ timeout: 45_000 });
    await plot.scrollIntoViewIfNeeded();
    const table = await tableRows(page, '[data-chart=tornado]');
    const names = [...table.keys()];
    expect(names.length).toBeGreaterThanOrEqual(3);
    // The pointer on the second bar's label.
    const label = page.locator('[data-chart=tornado] svg text', { hasText: names[1] }).first();
    const l = (await label.boundingBox())!;
    await page.mouse.move(l.x + l.width + 20, l.y + l.height / 2);
    const tooltip = page.getByTestId(`${id}-tooltip`);
    await expect.poll(() => tooltip.locator('.tip-year').textContent()).toBe(names[1]);
    const [range, low, high] = table.get(names[1])!;
    expect(await tip(page, id, 'low')).toBe(low);
    expect(await tip(page, id, 'high')).toBe(high);
    // Each value names the parameter's value it is computed at (the table's range).
    const [from, to] = range.split(' – ');
    expect(await tooltip.locator('li[data-series=low] .tip-label').textContent()).toBe(
      `valeur basse (${from})`
    );
    expect(await tooltip.locator('li[data-series=high] .tip-label').textContent()).toBe(
      `valeur haute (${to})`
    );
    // The scenario's value, as the legend states it.
    const base = await tip(page, id, 'base');
    expect(await page.locator('[data-chart=tornado] ul.legend').textContent()).toContain(
      `Scénario (${base})`
    );
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltip.count()).toBe(0);
  });

  it('steps through the bars with ↓ and ↑, and announces each', async () => {
    const { page } = session.w;
    const table = await tableRows(page, '[data-chart=tornado]');
    const names = [...table.keys()];
    const plot = page.getByTestId(`${id}-plot`);
    await plot.focus();
    await page.keyboard.press('ArrowDown');
    const tooltip = page.getByTestId(`${id}-tooltip`);
    await expect.poll(() => tooltip.getAttribute('data-point')).not.toBeNull();
    expect(await tooltip.locator('.tip-year').textContent()).toBe(names[0]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => tooltip.locator('.tip-year').textContent()).toBe(names[1]);
    expect(await tip(page, id, 'low')).toBe(table.get(names[1])![1]);
    const live = (await page.getByTestId(`${id}-live`).textContent()) ?? '';
    expect(live).toContain(`${names[1]}\u00a0: valeur basse (`);
    expect(live).toContain(`\u00a0: ${table.get(names[1])![2]}\u00a0; Scénario\u00a0: `);
    expect(await plot.getAttribute('aria-valuenow')).toBe('2');
    await page.keyboard.press('End');
    await expect.poll(() => tooltip.locator('.tip-year').textContent()).toBe(names.at(-1));
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => tooltip.locator('.tip-year').textContent()).toBe(names.at(-2));
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
