/**
 * The elected official's map in Chromium: France in Lambert-93 with its 101 départements and the
 * sites; the year slider recolours (and only recolours: no path is redrawn) in under a frame;
 * a click or the keyboard opens the side panel; the table sorts; axe-core finds no violation at
 * desktop and phone widths. Screenshots go to test-results/shots-map/.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from './browser.ts';
import { chromiumSession, waitForDuckDb } from './session.ts';
import { axeViolations } from './axe.ts';

const session = chromiumSession();
const baseUrl = session.baseUrl;
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/shots-map';
mkdirSync(SHOTS, { recursive: true });

const classes = (page: Page, selector: string) =>
  page.$$eval(selector, (els) =>
    els.map(
      (e) =>
        `${e.getAttribute('data-code') ?? e.getAttribute('data-site')}=${e.getAttribute('data-class')}`
    )
  );

describe('the map of France', () => {
  it('draws the régions, the 101 départements with the overseas insets, and the 7 sites', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/carte`);
    await waitForDuckDb(page);
    await expect(page.locator('h1').textContent()).resolves.toContain('Carte');
    await expect(page.locator('[data-testid=france-map] path.territory').count()).resolves.toBe(18);
    await page.getByTestId('map-level-departement').check();
    await expect
      .poll(() => page.locator('[data-testid=france-map] path.territory').count())
      .toBe(101);
    const codes = await page.$$eval('[data-testid=france-map] path.territory', (els) =>
      els.map((e) => e.getAttribute('data-code'))
    );
    expect(codes).toEqual(
      expect.arrayContaining(['2A', '2B', '59', '971', '972', '973', '974', '976'])
    );
    // Every path has geometry, and the overseas ones sit in their labelled boxes.
    const empty = await page.$$eval(
      '[data-testid=france-map] path.territory',
      (els) =>
        els.filter((e) => {
          const b = (e as SVGGraphicsElement).getBBox();
          return !(b.width > 0 && b.height > 0);
        }).length
    );
    expect(empty).toBe(0);
    await expect(page.locator('.insets text').allTextContents()).resolves.toEqual([
      'Guadeloupe',
      'Martinique',
      'Guyane',
      'La Réunion',
      'Mayotte'
    ]);
    await expect(page.locator('[data-testid=france-map] g.site').count()).resolves.toBe(7);
    // Sites in the Nord are coloured; départements without a site are not.
    expect(await page.getAttribute('path[data-code="59"]', 'data-class')).not.toBe('none');
    expect(await page.getAttribute('path[data-code="33"]', 'data-class')).toBe('none');
    await page.screenshot({ path: `${SHOTS}/map-departements-desktop.png`, fullPage: true });
    // Zoom on the sites: the view box changes, the paths stay as they are.
    const viewBox = await page.getAttribute('[data-testid=france-map]', 'viewBox');
    const d59 = await page.getAttribute('path[data-code="59"]', 'd');
    await page.getByTestId('map-zoom').click();
    await expect
      .poll(() => page.getAttribute('[data-testid=france-map]', 'viewBox'))
      .not.toBe(viewBox);
    expect(await page.getAttribute('path[data-code="59"]', 'd')).toBe(d59);
    await page.locator('.map-col').screenshot({ path: `${SHOTS}/map-zoomed-desktop.png` });
    await page.getByTestId('map-zoom').click();
    await expect.poll(() => page.getAttribute('[data-testid=france-map]', 'viewBox')).toBe(viewBox);
    expect(session.w.foreignRequests).toEqual([]);
  });

  it('recolours when the year changes, only recolouring, in under a frame', async () => {
    const { page } = session.w;
    await page.getByTestId('map-measure-gap').check();
    const before = await classes(page, '[data-testid=france-map] [data-class]');
    const result = await page.evaluate(async () => {
      const slider = document.querySelector<HTMLInputElement>('[data-testid=map-year-slider]')!;
      const svg = document.querySelector('[data-testid=france-map]')!;
      const pathsBefore = [...svg.querySelectorAll('path.territory')];
      const changed = new Set<string>();
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes') changed.add(r.attributeName ?? '');
          else
            changed.add(
              `childList:${(r.target as Element).getAttribute('class') ?? r.target.nodeName}`
            );
        }
      });
      observer.observe(svg, { attributes: true, childList: true, subtree: true });
      const macrotask = () =>
        new Promise<void>((resolve) => {
          const c = new MessageChannel();
          c.port1.onmessage = () => resolve();
          c.port2.postMessage(null);
        });
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      // The last DOM change of the update (mutation observers run right after Svelte's flush).
      let lastMutation = 0;
      const timer = new MutationObserver(() => (lastMutation = performance.now()));
      timer.observe(document.body, {
        attributes: true,
        childList: true,
        subtree: true,
        characterData: true
      });
      const work: number[] = [];
      const toFrame: number[] = [];
      const years = [2024, 2025, 2026, 2027, 2028, 2029, 2031, 2032, 2033, 2034, 2035, 2026];
      for (const year of years) {
        // Start right after a frame, as a user's input event would.
        await frame();
        await macrotask();
        const t0 = performance.now();
        slider.value = String(year);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await macrotask(); // Svelte's update has run (microtasks): the map is recoloured
        if (svg.getAttribute('data-year') !== String(year)) throw new Error(`not redrawn: ${year}`);
        work.push(lastMutation - t0);
        await frame(); // the next frame paints the new colours
        toFrame.push(performance.now() - t0);
      }
      timer.disconnect();
      observer.disconnect();
      const pathsAfter = [...svg.querySelectorAll('path.territory')];
      const sameNodes =
        pathsAfter.length === pathsBefore.length &&
        pathsAfter.every((p, i) => p === pathsBefore[i]);
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      return {
        work,
        medianWork: median(work),
        maxWork: Math.max(...work),
        medianToFrame: median(toFrame),
        changed: [...changed].sort(),
        sameNodes
      };
    });
    console.log(
      `year change: work median ${result.medianWork.toFixed(2)} ms, max ${result.maxWork.toFixed(2)} ms; ` +
        `to next frame median ${result.medianToFrame.toFixed(2)} ms; attributes changed: ${result.changed.join(', ')}`
    );
    // Under one frame (16.7 ms at 60 Hz).
    expect(result.medianWork).toBeLessThan(16.7);
    // Only recolouring: the same path elements, no path geometry rewritten.
    expect(result.sameNodes).toBe(true);
    expect(result.changed).not.toContain('d');
    expect(result.changed.filter((c) => c.startsWith('childList'))).toEqual([]);
    await expect(page.getByTestId('map-year').textContent()).resolves.toBe('2026');
    await expect.poll(() => page.url()).toContain('t=2026');
    const after = await classes(page, '[data-testid=france-map] [data-class]');
    expect(after).not.toEqual(before);
  });

  it('plays the years', async () => {
    const { page } = session.w;
    await page.getByTestId('map-play').click();
    await expect
      .poll(async () => Number(await page.getByTestId('map-year').textContent()), {
        timeout: 5000
      })
      .toBeGreaterThan(2026);
    await page.getByTestId('map-play').click();
    await expect(page.getByTestId('map-play').getAttribute('aria-pressed')).resolves.toBe('false');
  });

  it('opens the side panel on a click on a site, then on a territory', async () => {
    const { page } = session.w;
    await page.getByTestId('map-year-slider').fill('2030');
    await page.locator('g.site[data-site="aesc-douai"]').click();
    const panel = page.getByTestId('map-panel');
    await expect(panel.getAttribute('data-kind')).resolves.toBe('site');
    await expect(panel.locator('h2').textContent()).resolves.toContain('AESC');
    await expect(
      panel.getByRole('link', { name: 'Page du site' }).getAttribute('href')
    ).resolves.toMatch(/\/sites\/aesc-douai(\?|$)/);
    // The panel's jobs equal the sites table's.
    const jobs = await panel.getByTestId('panel-jobs').textContent();
    const row = page.locator('[data-testid=map-sites-table] tr[data-row="aesc-douai"]');
    await expect(row.locator('td').nth(1).textContent()).resolves.toContain(jobs!.trim());

    await page.locator('path.territory[data-code="62"]').dispatchEvent('click');
    await expect(panel.getAttribute('data-kind')).resolves.toBe('departement');
    await expect(panel.locator('h2').textContent()).resolves.toContain('Pas-de-Calais');
    await expect(panel.getByTestId('panel-brief').getAttribute('href')).resolves.toMatch(
      /\/territoires\/62(\?|$)/
    );
    await page.getByTestId('panel-close').click();
    await expect(panel.getAttribute('data-kind')).resolves.toBe('france');
  });

  it('keeps the open panel in the link (sel), and names an unknown one in the notice', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/carte?sel=site%3Aaesc-douai`);
    await waitForDuckDb(page);
    const panel = page.getByTestId('map-panel');
    await expect(panel.getAttribute('data-kind')).resolves.toBe('site');
    await expect(panel.locator('h2').textContent()).resolves.toContain('AESC');
    await page.locator('path.territory[data-code="32"]').dispatchEvent('click');
    await page.waitForURL(/sel=region%3A32/);
    await page.reload();
    await waitForDuckDb(page);
    await expect(panel.getAttribute('data-kind')).resolves.toBe('region');
    await expect(panel.locator('h2').textContent()).resolves.toContain('Hauts-de-France');
    await page.getByTestId('panel-close').click();
    await page.waitForURL((u) => !u.searchParams.has('sel'));
    await page.goto(`${baseUrl}/carte?sel=site%3Anowhere`);
    await waitForDuckDb(page);
    await expect(page.getByTestId('state-notice').textContent()).resolves.toContain(
      'sel=site:nowhere'
    );
    await expect(panel.getAttribute('data-kind')).resolves.toBe('france');
  });

  it('is usable with the keyboard: sites and territories focusable, Enter opens, Escape closes', async () => {
    const { page } = session.w;
    await page.getByTestId('map-level-region').check();
    const site = page.locator('g.site[data-site="verkor-dunkerque"]');
    await site.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('map-panel').locator('h2').textContent()).resolves.toContain(
      'Verkor'
    );
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('map-panel').getAttribute('data-kind')).resolves.toBe('france');
    // One tab stop for the territories; arrows move between them.
    await expect(page.locator('path.territory[tabindex="0"]').count()).resolves.toBe(1);
    await page.locator('path.territory[tabindex="0"]').focus();
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(second).not.toBe(first);
    await expect(page.locator('.ring-focus').count()).resolves.toBe(1);
    await page.keyboard.press(' ');
    await expect(page.getByTestId('map-panel').getAttribute('data-kind')).resolves.toBe('region');
    await page.keyboard.press('Escape');
  });

  it('gives the same figures as a sortable table and a text', async () => {
    const { page } = session.w;
    await expect(page.getByTestId('map-text').textContent()).resolves.toMatch(
      /^En 2030, scénario «\u00a0Réaliste\u00a0»\u00a0: 7 sites dans 2 régions comptent \d[\d\u202f]* emplois directs, dont \d[\d\u202f]* emplois sans personne formée \(couverture \d+\u00a0%\)\u00a0; \d[\d\u202f]* personnes formées sans poste sur les sites suivis de leur région \(dont \d+ dans une région sans site suivi\)\.$/
    );
    const table = page.getByTestId('map-sites-table');
    const header = table.locator('th', { hasText: 'Couverture' });
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    const coverages = async () =>
      (await table.locator('tbody tr td:nth-child(6)').allTextContents()).map((t) =>
        Number(t.replace(/[^\d]/g, ''))
      );
    const desc = await coverages();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    const asc = await coverages();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
  });

  it('colours by unfilled jobs, never netted: a région shows its people with no post beside', async () => {
    const { page } = session.w;
    await page.getByTestId('map-measure-gap').check();
    await page.getByTestId('map-level-region').check();
    const legend = (await page.getByTestId('map-legend').textContent()) ?? '';
    expect(legend).toContain('Territoires\u00a0: emplois directs sans personne formée');
    expect(legend).toContain(
      'Forte pénurie\u00a0: plus de 2\u202f000 emplois sans personne formée'
    );
    expect(legend).not.toMatch(/[Ee]xcédent|en plus/);
    await expect(page.locator('.map-title').first().textContent()).resolves.toContain(
      'Emplois sans personne formée en 2030, par région'
    );
    await page.locator('path.territory[data-code="11"]').dispatchEvent('click');
    const panel = page.getByTestId('map-panel');
    await expect(panel.getAttribute('data-kind')).resolves.toBe('region');
    const figure = (t: string | null) => Number((t ?? '').replace(/[^\d]/g, ''));
    const unfilled = figure(await panel.getByTestId('panel-unfilled').textContent());
    const surplus = figure(await panel.getByTestId('panel-surplus').textContent());
    expect(unfilled).toBeGreaterThan(1000);
    expect(surplus).toBeGreaterThan(500);
    await expect(panel.textContent()).resolves.toContain('faute de postes de leur métier');
    // The same figures in the territories table, and a class that is a shortage, not « excédent ».
    const row = page.locator('[data-testid=map-territories-table] tr[data-row="11"]');
    const cells = await row.locator('td').allTextContents();
    expect(cells.map(figure)).toEqual(expect.arrayContaining([unfilled, surplus]));
    expect(await page.getAttribute('path[data-code="11"]', 'data-class')).toBe('shortage');
    // Coverage never above 100 %.
    await page.getByTestId('map-measure-coverage').check();
    const coverages = (
      await page.locator('[data-testid=map-sites-table] tbody tr td:nth-child(6)').allTextContents()
    ).map(figure);
    expect(Math.max(...coverages)).toBeLessThanOrEqual(100);
    await page.getByTestId('panel-close').click();
  });

  it('shows recruitment difficulty by région for one BMO year, with its sources and the régions without a figure', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/carte`);
    const layer = page.getByTestId('difficulty-map');
    await expect(layer.locator('h2').textContent()).resolves.toBe(
      'Difficultés de recrutement déclarées par les employeurs, par région'
    );
    const svg = layer.locator('svg');
    await expect(svg.getAttribute('data-year')).resolves.toBe('2025');
    // Grand Est 51.4 %: the 50–55 % class; Bourgogne-Franche-Comté 57.6 %: 55 % or more;
    // Île-de-France 41.7 %: under 45 %; Hauts-de-France has no 2025 figure: hatched, listed.
    const cls = (code: string) =>
      svg.locator(`path[data-region="${code}"]`).getAttribute('data-class');
    await expect(cls('44')).resolves.toBe('shortage');
    await expect(cls('27')).resolves.toBe('strong');
    await expect(cls('11')).resolves.toBe('balance');
    await expect(cls('32')).resolves.toBe('missing');
    await expect(svg.locator('path[data-region="44"] title').textContent()).resolves.toBe(
      'Grand Est\u00a0: 51,4\u00a0% des projets jugés difficiles en 2025'
    );
    const missing = layer.getByTestId('difficulty-missing');
    await expect(missing.locator('li[data-code="32"]').textContent()).resolves.toContain(
      'dernier chiffre trouvé\u00a0: 50\u00a0% en 2023'
    );
    // Every coloured région has a table row with its source link; none is drawn twice.
    const coloured = await svg.locator('path:not([data-class="missing"])').count();
    const rows = layer.getByTestId('difficulty-table').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(coloured);
    await expect(rows.locator('a[href^="https://"]').count()).resolves.toBe(coloured);
    await expect(layer.textContent()).resolves.toContain(
      'France entière\u00a0: 50,1\u00a0% en 2025.'
    );
    // A page's own date is printed; a date the page does not show is said to be unknown.
    const row = (code: string) => rows.and(page.locator(`[data-code="${code}"]`));
    await expect(row('27').textContent()).resolves.toContain('15 avril 2025');
    await expect(row('44').textContent()).resolves.toContain('date de publication non trouvée');
    await expect(row('52').locator('td').first().textContent()).resolves.toContain(
      '≈\u00a0168\u202f000'
    );
    // Another survey year: one year on the map, never a mix.
    await layer.getByTestId('difficulty-year').selectOption('2024');
    await expect(svg.getAttribute('data-year')).resolves.toBe('2024');
    await expect(cls('44')).resolves.toBe('missing');
    await expect(cls('93')).resolves.toBe('strong');
    expect(session.w.consoleErrors).toEqual([]);
  });

  it('cuts the classes at natural breaks on demand, each of the four used, kept in the link', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/carte?v=1&ml=departement`);
    await waitForDuckDb(page);
    const used = async () =>
      new Set(
        (await classes(page, '[data-testid=france-map] path.territory'))
          .map((c) => c.split('=')[1])
          .filter((c) => ['strong', 'shortage', 'slight', 'balance'].includes(c))
      );
    await page.getByTestId('map-classes-natural').check();
    await expect.poll(() => page.url()).toContain('mc=natural');
    const note = page.getByTestId('map-classes-note');
    await expect(note.textContent()).resolves.toContain('Seuils naturels (Ckmeans)');
    // Four groups of the départements shown: every colour is used at least once.
    await expect
      .poll(async () => [...(await used())].sort())
      .toEqual(['balance', 'shortage', 'slight', 'strong']);
    await expect(
      page.locator('[data-testid=map-legend] li[data-class=strong] strong').textContent()
    ).resolves.toBe('Groupe le plus en manque');
    // The text alternative names the groups too, never a shortage the thresholds did not find.
    const list = (await page.locator('.text-list').first().textContent()) ?? '';
    expect(list).toContain('groupe');
    expect(list).not.toMatch(/pénurie/);
    await page.screenshot({ path: `${SHOTS}/map-natural-breaks.png`, fullPage: true });
    await page.getByTestId('map-classes-named').check();
    await expect.poll(() => page.url()).not.toContain('mc=');
    await expect(note.count()).resolves.toBe(0);
    await expect(
      page.locator('[data-testid=map-legend] li[data-class=strong] strong').textContent()
    ).resolves.toBe('Forte pénurie');
  });

  it('shows the scenario chosen in the workbench (the URL carries it)', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/carte?v=1&p=stress&t=2028&sd.aesc-douai=2`);
    await waitForDuckDb(page);
    await expect(page.getByTestId('map-preset').inputValue()).resolves.toBe('stress');
    await expect(page.getByTestId('map-year').textContent()).resolves.toBe('2028');
    await expect(page.locator('.preset-note').textContent()).resolves.toContain(
      'vos réglages de l’atelier (1)'
    );
    const aescJobs = () =>
      page
        .locator('[data-testid=map-sites-table] tr[data-row="aesc-douai"] td')
        .nth(1)
        .textContent();
    const delayed = await aescJobs();
    await page.getByTestId('map-preset').selectOption('realiste');
    await expect.poll(() => page.url()).not.toContain('p=stress');
    expect(page.url()).toContain('sd.aesc-douai=2');
    await expect.poll(aescJobs).not.toBe(delayed);
  });

  it('keeps every site circle clear of the map’s edges (Dunkerque’s touched the top)', async () => {
    for (const width of [1280, 390]) {
      const w = await openPage(session.browser, baseUrl, { width, height: 900 });
      await w.page.goto(`${baseUrl}/carte`);
      await waitForDuckDb(w.page);
      const map = w.page.getByTestId('france-map');
      await w.page.waitForSelector('[data-testid=france-map] .site');
      const gaps = await map.evaluate((svg) => {
        const frame = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('.site .halo')].map((c) => {
          const b = c.getBoundingClientRect();
          return Math.min(
            b.top - frame.top,
            b.left - frame.left,
            frame.right - b.right,
            frame.bottom - b.bottom
          );
        });
      });
      expect(gaps).toHaveLength(7);
      for (const gap of gaps) expect(gap, `at ${width} px`).toBeGreaterThanOrEqual(2);
      // Each site's tooltip (keyboard focus) opens inside the screen, on a phone too.
      for (const id of await map
        .locator('.site')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-site')!))) {
        await map.locator(`.site[data-site="${id}"]`).focus();
        const tip = await w.page.getByTestId('map-tip').boundingBox();
        expect(tip, id).not.toBeNull();
        expect(tip!.x, `${id} at ${width} px`).toBeGreaterThanOrEqual(0);
        expect(tip!.x + tip!.width, `${id} at ${width} px`).toBeLessThanOrEqual(width);
      }
      await w.context.close();
    }
  });

  it('on a phone, lists the sites as buttons a finger can tap apart, each opening its panel', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/carte`);
    await waitForDuckDb(page);
    // On a desktop the sites are pointed at on the map itself: no list.
    await expect(page.getByTestId('map-site-picker').isVisible()).resolves.toBe(false);

    const phone = await openPage(session.browser, baseUrl, { width: 390, height: 844 });
    await phone.page.goto(`${baseUrl}/carte`);
    await waitForDuckDb(phone.page);
    const buttons = phone.page.locator('[data-testid=map-site-picker] button');
    await expect(buttons.count()).resolves.toBe(7);
    // On the map the seven sites share about 40 px; in the list each is at least 44 × 44 px.
    for (const box of await buttons.evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect)
    )) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.right).toBeLessThanOrEqual(390);
    }
    const douai = phone.page.getByTestId('pick-site-aesc-douai');
    const name = (await douai.locator('.name').textContent())!.trim();
    expect(name).toContain('Douai');
    await douai.click();
    const panel = phone.page.getByTestId('map-panel');
    await expect(panel.getAttribute('data-kind')).resolves.toBe('site');
    await expect(panel.locator('h2').textContent()).resolves.toContain(name);
    await expect(douai.getAttribute('aria-pressed')).resolves.toBe('true');
    // Another tap, another site: the two are told apart.
    await phone.page.getByTestId('pick-site-refactory-flins').click();
    await expect(panel.locator('h2').textContent()).resolves.toContain('Flins');
    await expect(douai.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(phone.consoleErrors).toEqual([]);
    await phone.context.close();
  });

  it('has no axe-core violation, at desktop and phone widths, and no console error', async () => {
    const { page } = session.w;
    await page.goto(`${baseUrl}/carte`);
    await waitForDuckDb(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/map-desktop.png`, fullPage: true });

    const phone = await openPage(session.browser, baseUrl, { width: 390, height: 844 });
    await phone.page.goto(`${baseUrl}/carte`);
    await waitForDuckDb(phone.page);
    // The insets move under the mainland, the map keeps the page's width.
    const box = await phone.page.locator('[data-testid=france-map]').boundingBox();
    expect(box!.width).toBeGreaterThan(330);
    expect(box!.width).toBeLessThanOrEqual(390);
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.page.locator('g.site[data-site="refactory-flins"]').click();
    await expect(phone.page.getByTestId('map-panel').getAttribute('data-kind')).resolves.toBe(
      'site'
    );
    expect(await axeViolations(phone.page)).toEqual([]);
    await phone.page.screenshot({ path: `${SHOTS}/map-phone.png`, fullPage: true });
    expect(phone.consoleErrors).toEqual([]);
    await phone.context.close();
    expect(session.w.consoleErrors).toEqual([]);
  });
});
