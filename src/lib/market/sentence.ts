/**
 * The sentence comparing projected hires with the BMO hiring projects of a territory, shared by
 * the market panel and the brief's « En bref » on paper.
 *
 * @example marketSentence(lines, { name: 'Gigafactory AESC Douai', year: 2025, value: 450,
 *   preset: 'Réaliste' }, 'fr');
 *   // "Gigafactory AESC Douai recruterait le plus en 2025 … 0,4 % des 105 190 projets …"
 */
import { formatInt, formatPercent, formatProjected, type Lang } from '../i18n/format.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import type { MarketLine } from '../scenario/market.ts';

export interface MarketHires {
  name: string;
  /** The year of most hires in the projection (null: none over the horizon). */
  year: number | null;
  value: number | null;
  preset: string;
  /** The hires of a territory's tracked sites, not one site's. */
  sites?: boolean;
}

/** The line the hires are compared with: the first with a count of projects (of `level`). */
export function referenceLine(
  lines: readonly MarketLine[],
  level?: MarketLine['level']
): MarketLine | null {
  return lines.find((l) => l.latest?.projects && (!level || l.level === level)) ?? null;
}

export function marketSentence(
  lines: readonly MarketLine[],
  hires: MarketHires | null,
  lang: Lang,
  level?: MarketLine['level'],
  /** Another template with the same placeholders (the brief's shorter one on paper). */
  template?: string
): string | null {
  const m = MESSAGES[lang].market;
  const reference = referenceLine(lines, level);
  if (!hires || !reference?.latest?.projects) return null;
  if (hires.value === null || hires.year === null || hires.value < 0.5) {
    return fill(m.noHires, { name: hires.name, preset: hires.preset });
  }
  const projects = reference.latest.projects;
  const share = hires.value / projects;
  return fill(template ?? (hires.sites ? m.hiresSites : m.hires), {
    year: hires.year,
    name: hires.name,
    hires: formatProjected(hires.value, lang),
    preset: hires.preset,
    share: formatPercent(share, lang, share < 0.01 ? 1 : 0),
    projects: `${reference.latest.projectsApproximate ? '≈ ' : ''}${formatInt(projects, lang)}`,
    territory: reference.name,
    bmoYear: reference.latest.year
  });
}
