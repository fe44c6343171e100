/**
 * The workbench's levers, as a screen reader announces them: every slider and budget field has
 * an accessible name of its own, naming the site or programme it moves, and its value in words.
 */
import { describe, expect, it } from 'vitest';
import { chromiumSession } from './session.ts';

const session = chromiumSession();

describe('workbench levers in Chromium', () => {
  it('names each slider with its site or programme, and reads its value as shown', async () => {
    const { page } = session.w;
    await page.goto(`${session.baseUrl}/scenarios`);
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
});
