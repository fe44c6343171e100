/**
 * The workbench's levers, as a screen reader announces them: every slider and budget field has
 * an accessible name of its own, naming the site or programme it moves, and its value in words.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from './browser.ts';
import { chromiumSession, waitForHydration } from './session.ts';
import { axeViolations } from './axe.ts';

const session = chromiumSession();

describe('workbench levers in Chromium', () => {
  it('names each slider with its site or programme, and reads its value as shown', async () => {
    const { page } = session.w;
    await page.goto(`${session.baseUrl}/scenarios`);
    await waitForHydration(page);
    const delay = page.getByTestId('delay-aesc-douai');
    const name = await delay.evaluate((el) => el.getAttribute('aria-label'));
    expect(name).toBe('Retard (années), Gigafactory AESC Douai (Lambres-lez-Douai)');
    await expect(page.getByRole('slider', { name: name! }).count()).resolves.toBe(1);
    await expect(delay.getAttribute('aria-valuetext')).resolves.toBe('0');
    await delay.fill('1.5');
    await expect.poll(() => delay.getAttribute('aria-valuetext')).toBe('+1,5');
    // No two levers share an accessible name.
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('input[type=range], input[type=number]')].map(
        (el) => el.getAttribute('aria-label') ?? el.closest('label')?.textContent?.trim() ?? ''
      )
    );
    expect(names.length).toBeGreaterThan(10);
    expect(new Set(names).size).toBe(names.length);
    expect(session.w.consoleErrors).toEqual([]);
  });

  it('keeps the results in view while a lever at the bottom of the list moves, at 1280 and 390 px', async () => {
    const inView = async (page: import('playwright-core').Page, testId: string) => {
      const box = await page.getByTestId(testId).boundingBox();
      const height = page.viewportSize()!.height;
      return box !== null && box.y >= 0 && box.y + box.height <= height;
    };
    // Desktop: the levers scroll in their own column; the headline beside them stays.
    const { page } = session.w;
    await page.goto(`${session.baseUrl}/scenarios`);
    await waitForHydration(page);
    const before = await page.getByTestId('wb-unfilled').textContent();
    await page.getByTestId('orientation-share').scrollIntoViewIfNeeded();
    await page.getByTestId('attrition').fill('0.2');
    await expect.poll(() => page.getByTestId('wb-unfilled').textContent()).not.toBe(before);
    expect(await inView(page, 'attrition')).toBe(true);
    expect(await inView(page, 'wb-unfilled')).toBe(true);
    await expect(page.getByTestId('wb-sticky').isVisible()).resolves.toBe(false);

    // Phone: the results come after the levers; their headline sticks above the levers.
    const phone = await openPage(session.browser, session.baseUrl, { width: 390, height: 844 });
    await phone.page.goto(`${session.baseUrl}/scenarios`);
    await waitForHydration(phone.page);
    await phone.page.getByTestId('orientation-share').scrollIntoViewIfNeeded();
    await phone.page.getByTestId('attrition').fill('0.2');
    await expect
      .poll(() => phone.page.getByTestId('wb-sticky-unfilled').textContent())
      .toBe(await phone.page.getByTestId('wb-unfilled').textContent());
    expect(await inView(phone.page, 'attrition')).toBe(true);
    expect(await inView(phone.page, 'wb-sticky-unfilled')).toBe(true);
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBe(390);
    expect(await axeViolations(phone.page)).toEqual([]);
    expect(phone.consoleErrors).toEqual([]);
    await phone.context.close();
  });

  it('chooses its territory from a menu, kept in the link', async () => {
    const { page } = session.w;
    await page.goto(`${session.baseUrl}/scenarios`);
    await waitForHydration(page);
    const menu = page.getByTestId('wb-territory');
    const options = await menu.locator('option').allTextContents();
    expect(options[0]).toBe('Hauts-de-France');
    expect(options).toContain('Île-de-France');
    await menu.selectOption({ label: 'Île-de-France' });
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Atelier de scénarios — Île-de-France');
    await expect.poll(() => new URL(page.url()).searchParams.get('r')).toBe('11');
    await expect(page.getByTestId('delay-refactory-flins').count()).resolves.toBe(1);
    await expect(page.getByTestId('delay-aesc-douai').count()).resolves.toBe(0);
  });
});
