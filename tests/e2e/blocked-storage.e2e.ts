/**
 * A browser that refuses this site's storage (site data blocked: Chromium then throws a
 * SecurityError on the mere access to `localStorage`, and IndexedDB refuses to open): the pages
 * still compute and show their figures, the saved-scenarios box says why it cannot save, and
 * nothing is thrown to the console.
 */
import { describe, expect, it } from 'vitest';
import { chromiumSession, waitForDuckDb } from './session.ts';

const session = chromiumSession();

describe('with the browser’s storage blocked', () => {
  it('the workbench still works and says scenarios cannot be saved here', async () => {
    const { page, context, consoleErrors } = session.w;
    await context.addInitScript(() => {
      const denied = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: denied, configurable: true });
      Object.defineProperty(window.indexedDB, 'open', { value: denied, configurable: true });
    });
    await page.goto(`${session.baseUrl}/scenarios`);
    await waitForDuckDb(page);
    await expect
      .poll(async () =>
        Number((await page.getByTestId('wb-unfilled').getAttribute('data-value')) ?? NaN)
      )
      .toBeGreaterThan(0);
    const notice = page.getByTestId('saved-problem');
    await expect
      .poll(() => notice.first().textContent())
      .toContain('Ce navigateur n’autorise pas ce site à enregistrer des données');

    await page.getByTestId('save-name').fill('Essai');
    await page.getByTestId('save').click();
    await expect
      .poll(() => page.locator('.saved [role=alert]').allTextContents())
      .toContain(
        'Ce navigateur n’autorise pas ce site à enregistrer des données (stockage local bloqué)\u00a0: les scénarios ne peuvent pas être enregistrés ici. Le lien de la page garde le scénario en cours.'
      );

    await page.goto(`${session.baseUrl}/`);
    await waitForDuckDb(page);
    await expect
      .poll(async () =>
        Number((await page.getByTestId('kpi-unfilled').getAttribute('data-value')) ?? NaN)
      )
      .toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });

  it('the SQL explorer runs queries and keeps their history for the visit', async () => {
    const { page, consoleErrors } = session.w;
    // The init script of the first test still blocks localStorage and IndexedDB.
    await page.goto(`${session.baseUrl}/explorateur`);
    await page.waitForSelector('[data-testid=explorer-engine][data-ready=true]', {
      timeout: 45_000
    });
    await expect(
      page.evaluate(() => {
        try {
          return typeof window.localStorage;
        } catch (e) {
          return (e as Error).name;
        }
      })
    ).resolves.toBe('SecurityError');
    // The editor is swapped for CodeMirror once its chunk loads: type into the one that stays.
    await expect
      .poll(() => page.locator('[data-editor]').getAttribute('data-editor'), { timeout: 30_000 })
      .toBe('codemirror');
    await page.getByTestId('sql-editor').fill('SELECT count(*) AS n FROM sites');
    await page.getByTestId('sql-editor').press('Control+Enter');
    await expect
      .poll(() => page.getByTestId('result-summary').getAttribute('data-rows'), { timeout: 30_000 })
      .toBe('1');
    await expect(page.locator('[data-testid=result-table] tbody td').textContent()).resolves.toBe(
      '7'
    );
    await expect(
      page.getByTestId('history').locator('li').first().textContent()
    ).resolves.toContain('SELECT count(*) AS n FROM sites');
    // The schema's list grows above the history once read: click after it, not into the shift.
    await page.waitForSelector('[data-testid=schema] li[data-table=trainees_synthetic]', {
      timeout: 30_000
    });
    await page.getByRole('button', { name: 'Effacer l’historique' }).click();
    await expect.poll(() => page.getByTestId('history').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});
