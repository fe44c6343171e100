/**
 * The charts in Chromium (issue 15): the values at the pointed year (mouse, keyboard, 390 px
 * phone) are those of the chart's own data table; every band has its legend entry; unticking a
 * site takes it out of the chart and the choice is kept in the URL; the embed code opens the
 * chart-only view with its legend and source line. Axe stays clean.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSession, waitForDuckDb } from './session.ts';
import { axeViolations } from './axe.ts';

const session = chromiumSession();
const baseUrl = session.baseUrl;
const id = 'overview-chart';

/** The chart's data table as shown, by year: [jobs, trained, unfilled, surplus, p10, p90]. */
async function tableByYear(page: Page, chart: string): Promise<Map<string, string[]>> {
  const rows = await page
    .locator(`[data-chart=${chart}] table tr`)
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''))
    );
  return new Map(rows.slice(1).map((r) => [r[0], r.slice(1)]));
}

/** Points the mouse at a year of the x axis (its tick label), halfway down the plot. */
async function hoverYear(page: Page, chart: string, year: number): Promise<void> {
  // The pointer reaches only what is on the screen.
  await page.getByTestId(`${chart}-plot`).scrollIntoViewIfNeeded();
  const tick = page.locator(`[data-chart=${chart}] .axis-x text`, { hasText: String(year) });
  const t = (await tick.first().boundingBox())!;
  const plot = (await page.getByTestId(`${chart}-plot`).boundingBox())!;
  await page.mouse.move(t.x + t.width / 2, plot.y + plot.height / 2);
}

/** Points the mouse at the plot's left or right edge (the first or last year). */
async function hoverEdge(page: Page, chart: string, edge: 'left' | 'right'): Promise<void> {
  await page.getByTestId(`${chart}-plot`).scrollIntoViewIfNeeded();
  const plot = (await page.getByTestId(`${chart}-plot`).boundingBox())!;
  const x = edge === 'left' ? plot.x + 2 : plot.x + plot.width - 2;
  await page.mouse.move(x, plot.y + plot.height / 2);
}

async function tip(page: Page, chart: string, series: string): Promise<string> {
  return (await page.getByTestId(`${chart}-tip-${series}`).textContent())?.trim() ?? '';
}

/** Waits for the Monte Carlo (the table then has its p10 and p90 columns). */
async function waitForBands(page: Page, chart: string): Promise<void> {
  await expect
    .poll(async () => (await tableByYear(page, chart)).get('2030')?.length ?? 0, {
      timeout: 45_000
    })
    .toBe(6);
}

describe('values at the pointed year', () => {
  it(
    'shows, on hover, every series of the year as the data table writes it',
    { timeout: 150_000 },
    async () => {
      const { page } = session.w;
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${baseUrl}/?t=2030`);
      await waitForDuckDb(page);
      await waitForBands(page, id);
      const table = await tableByYear(page, id);
      await hoverYear(page, id, 2030);
      const tooltip = page.getByTestId(`${id}-tooltip`);
      await expect.poll(() => tooltip.getAttribute('data-year')).toBe('2030');
      const [jobs, trained, unfilled, surplus, p10, p90] = table.get('2030')!;
      expect(await tip(page, id, 'jobs')).toBe(jobs);
      expect(await tip(page, id, 'trained')).toBe(trained);
      expect(await tip(page, id, 'unfilled')).toBe(unfilled);
      expect(await tip(page, id, 'surplus')).toBe(surplus);
      // The unfilled jobs' band: the table's p10 and p90 of the same year.
      expect(await tip(page, id, 'unfilled-band')).toBe(
        `intervalle 10\u00a0%–90\u00a0%\u00a0: ${p10}–${p90}`
      );
      expect(await tooltip.locator('.tip-year').textContent()).toBe('2030, au 31 décembre');
      // Numbers formatted « 1 234 » (a narrow no-break space in thousands).
      expect(jobs).toMatch(/^\d{1,3}(\u202f\d{3})*$/);
      // Another year: the values follow.
      await hoverYear(page, id, 2027);
      await expect.poll(() => tooltip.getAttribute('data-year')).toBe('2027');
      expect(await tip(page, id, 'jobs')).toBe(table.get('2027')![0]);
      // The mouse leaves: the values hide.
      await page.mouse.move(5, 5);
      await expect.poll(() => tooltip.count()).toBe(0);
    }
  );

  it('moves the year with ← and →, announces it, and hides on Escape', async () => {
    const { page } = session.w;
    const table = await tableByYear(page, id);
    const plot = page.getByTestId(`${id}-plot`);
    await plot.focus();
    await page.keyboard.press('ArrowLeft'); // starts at the page's year, 2030
    const tooltip = page.getByTestId(`${id}-tooltip`);
    await expect.poll(() => tooltip.getAttribute('data-year')).toBe('2030');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => tooltip.getAttribute('data-year')).toBe('2029');
    expect(await tip(page, id, 'jobs')).toBe(table.get('2029')![0]);
    const live = (await page.getByTestId(`${id}-live`).textContent()) ?? '';
    expect(live).toContain('2029, au 31 décembre\u00a0:');
    expect(live).toContain(`Emplois directs (scénario)\u00a0: ${table.get('2029')![0]}`);
    expect(await plot.getAttribute('aria-valuenow')).toBe('2029');
    await page.keyboard.press('End');
    await expect.poll(() => tooltip.getAttribute('data-year')).toBe('2035');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);
  });

  it('gives every drawn band its legend entry', async () => {
    const { page } = session.w;
    const legend = await page.locator(`[data-chart=${id}] ul.legend li`).allTextContents();
    const bands = legend.map((t) => t.trim()).filter((t) => t.includes('intervalle 10\u00a0%'));
    expect(bands).toEqual([
      'Emplois directs\u00a0: intervalle 10\u00a0%–90\u00a0%',
      'Personnes formées en poste\u00a0: intervalle 10\u00a0%–90\u00a0%',
      'Sans personne formée\u00a0: intervalle 10\u00a0%–90\u00a0%'
    ]);
    // As many bands drawn as entries.
    const drawn = await page.locator(`[data-testid=${id}-svg] > path[opacity="0.2"]`).count();
    expect(drawn).toBe(bands.length);
  });

  it('keeps the tooltip inside the chart on a 390 px phone, and a tap shows the values', async () => {
    const { page } = session.w;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    const table = await tableByYear(page, id);
    for (const [year, edge] of [
      [2024, 'left'],
      [2035, 'right']
    ] as const) {
      await hoverEdge(page, id, edge);
      const tooltip = page.getByTestId(`${id}-tooltip`);
      await expect.poll(() => tooltip.getAttribute('data-year')).toBe(String(year));
      const box = (await tooltip.boundingBox())!;
      const plot = (await page.getByTestId(`${id}-plot`).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(plot.x - 0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(plot.x + plot.width + 0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await tip(page, id, 'jobs')).toBe(table.get(String(year))![0]);
    }
    await page.mouse.move(1, 1);
    // A tap (a touch pointer) shows the values and leaves them shown.
    const plot = (await page.getByTestId(`${id}-plot`).boundingBox())!;
    await page.getByTestId(`${id}-plot`).dispatchEvent('pointerdown', {
      pointerType: 'touch',
      clientX: plot.x + plot.width - 3,
      clientY: plot.y + plot.height / 2,
      bubbles: true
    });
    await expect
      .poll(() => page.getByTestId(`${id}-tooltip`).getAttribute('data-year'))
      .toBe('2035');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

describe('choosing the sites', () => {
  let hidden = '';
  let partJobs = '';

  it(
    'takes an unticked site out of the chart and keeps the choice in the URL',
    { timeout: 150_000 },
    async () => {
      const { page } = session.w;
      await page.goto(`${baseUrl}/?t=2030`);
      await waitForDuckDb(page);
      await waitForBands(page, id);
      const before = (await tableByYear(page, id)).get('2030')!;
      const boxes = page.getByTestId(`${id}-sites`).locator('input[type=checkbox]');
      expect(await boxes.count()).toBeGreaterThan(1);
      const first = boxes.first();
      hidden = (await first.getAttribute('data-site'))!;
      await first.uncheck();
      await expect.poll(() => new URL(page.url()).searchParams.get('hs')).toBe(hidden);
      const after = (await tableByYear(page, id)).get('2030')!;
      // Fewer jobs, and no band for a part of the territory (4 columns, no p10/p90).
      const num = (s: string) => Number(s.replace(/\s/g, ''));
      expect(num(after[0])).toBeLessThan(num(before[0]));
      expect(after).toHaveLength(4);
      partJobs = after[0];
      expect(await page.getByTestId(`${id}-sites-note`).textContent()).toContain('Sites choisis');
      // The link reproduces the choice.
      await page.reload();
      await waitForDuckDb(page);
      await expect.poll(async () => (await tableByYear(page, id)).get('2030')?.[0]).toBe(partJobs);
      expect(
        await page.getByTestId(`${id}-sites`).locator(`input[data-site="${hidden}"]`).isChecked()
      ).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
    }
  );

  it(
    'offers the embed code of the chart-only view, which draws the chart with its source',
    { timeout: 90_000 },
    async () => {
      const { page } = session.w;
      const embed = page.getByTestId(`${id}-embed`);
      await embed.locator('summary').click();
      const code = await page.getByTestId(`${id}-embed-code`).inputValue();
      const src =
        /^<iframe src="([^"]+)" title="Emplois directs et personnes formées, Hauts-de-France"/.exec(
          code
        )?.[1];
      expect(src).toBeDefined();
      const url = new URL(src!.replace(/&amp;/g, '&'));
      expect(url.pathname).toBe('/graphique');
      expect(url.searchParams.get('hs')).toBe(hidden);
      await page.goto(url.href);
      const view = page.getByTestId('embed-view');
      await expect.poll(() => view.locator('[data-testid=embed-chart-svg]').count()).toBe(1);
      // Only the chart: no site header or footer.
      expect(await page.locator('header.top, footer.foot').count()).toBe(0);
      expect(await view.locator('h3').textContent()).toBe(
        'Emplois directs et personnes formées, Hauts-de-France'
      );
      expect(await view.locator('p.source').textContent()).toMatch(/^Source\s?: .+Données du /);
      expect(await view.locator('ul.legend li').count()).toBeGreaterThan(3);
      // The same figures as the page it came from (the same sites left out).
      await expect
        .poll(async () => (await tableByYear(page, 'embed-chart')).get('2030')?.[0])
        .toBe(partJobs);
      expect(await axeViolations(page)).toEqual([]);
    }
  );
});
