/**
 * The footer every page carries: accessibility status (RGAA wording), legal notice, personal
 * data; and the three pages it leads to, in French and English, clean for axe, at 1280 and 390 px.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from './browser.ts';
import { chromiumSession, waitForHydration } from './session.ts';
import { axeViolations } from './axe.ts';

const session = chromiumSession();
const baseUrl = session.baseUrl;

describe('footer and legal pages in Chromium', () => {
  it('every page links to the accessibility statement, the legal notice and the personal-data page', async () => {
    const { page } = session.w;
    for (const path of ['/', '/scenarios', '/carte', '/territoires/32', '/methodologie']) {
      await page.goto(`${baseUrl}${path}`);
      const footer = page.locator('footer');
      await expect(footer.getByTestId('footer-accessibility').textContent()).resolves.toBe(
        'Accessibilité\u00a0: non conforme'
      );
      // The link's target, resolved: the prerendered page links relatively (./mentions-legales),
      // the hydrated one absolutely; both lead to the same page.
      await expect(
        footer
          .getByTestId('footer-legal')
          .evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname)
      ).resolves.toBe('/mentions-legales');
      await expect(footer.getByTestId('footer-privacy').textContent()).resolves.toBe(
        'Données personnelles'
      );
    }
  });

  it('the statement says why it is « non conforme », and the links keep the scenario', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/scenarios?v=1&p=volontariste`);
    await waitForHydration(page);
    await page.getByTestId('footer-accessibility').click();
    await page.waitForURL(/\/accessibilite\?/);
    expect(new URL(page.url()).searchParams.get('p')).toBe('volontariste');
    await expect(page.locator('h1').textContent()).resolves.toBe('Déclaration d’accessibilité');
    const text = (await page.getByTestId('legal-accessibility').textContent()) ?? '';
    expect(text).toContain('aucun audit de conformité n’a encore été réalisé');
    expect(text).toContain('axe-core');
    await expect(page.title()).resolves.toBe('Relève — Déclaration d’accessibilité');
    expect(await axeViolations(page)).toEqual([]);
    expect(session.w.consoleErrors).toEqual([]);
  });

  it('reads in English, and fits a phone with no axe violation', async () => {
    const phone = await openPage(session.browser, baseUrl, { width: 390, height: 844 });
    for (const [path, title] of [
      ['/donnees-personnelles', 'Personal data'],
      ['/mentions-legales', 'Legal notice'],
      ['/accessibilite', 'Accessibility statement']
    ]) {
      await phone.page.goto(`${baseUrl}${path}?v=1&lang=en`);
      await expect.poll(() => phone.page.locator('h1').textContent()).toBe(title);
      await expect(phone.page.getByTestId('footer-accessibility').textContent()).resolves.toBe(
        'Accessibility: not compliant'
      );
      const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBe(390);
      expect(await axeViolations(phone.page)).toEqual([]);
    }
    expect(phone.foreignRequests).toEqual([]);
    expect(phone.consoleErrors).toEqual([]);
    await phone.context.close();
  });
});
