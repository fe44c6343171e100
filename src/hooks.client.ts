/**
 * Before the prerendered page is hydrated. The first `Intl.NumberFormat` of a page loads ICU's
 * number data for its locale (≈ 20 ms on this machine, ≈ 80 ms with a phone's 4× slower CPU,
 * measured in Chromium's profile of `/` and `/scenarios`): it is paid here, in a task of its own,
 * and the page yields before hydrating, so that neither lengthens hydration's one long task
 * (docs/serving.md, « Light pages »). The prerendered page is in French; the formats of the
 * other language load when it is chosen.
 */
import { LOCALES } from '$lib/i18n/lang';

export async function init(): Promise<void> {
  new Intl.NumberFormat(LOCALES.fr, { maximumFractionDigits: 1 }).format(1.5);
  await new Promise((resolve) => setTimeout(resolve, 0));
}
