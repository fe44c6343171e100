/**
 * Number and date formats of Relève's users: fr-FR first (`1 200`, `1,5 %`), en-GB second.
 */
export type Lang = 'fr' | 'en';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

/** Formats never show "-0": a value that rounds to zero is written 0 (signDisplay "negative"). */
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { signDisplay: 'negative', ...options });
    cache.set(key, f);
  }
  return f;
}

/** Whole number with the locale's group separator: formatInt(1200) → "1 200" (fr). */
export function formatInt(value: number, lang: Lang = 'fr'): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(Math.round(value));
}

/** A number with at most `digits` decimals: formatNumber(1.5) → "1,5" (fr). */
export function formatNumber(value: number, lang: Lang = 'fr', digits = 1): string {
  return numberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** A share as a percentage: formatPercent(0.015) → "1,5 %" (fr). */
export function formatPercent(share: number, lang: Lang = 'fr', digits = 0): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/** A range "1 000–1 200", or one number when low = high. */
export function formatRange(low: number, high: number, lang: Lang = 'fr'): string {
  return low === high ? formatInt(low, lang) : `${formatInt(low, lang)}–${formatInt(high, lang)}`;
}

/** Euros in millions where large: formatEuros(25e6) → "25 M€" (fr), "€25m" (en). */
export function formatEuros(value: number, lang: Lang = 'fr'): string {
  if (Math.abs(value) >= 1e6) {
    const m = formatNumber(value / 1e6, lang, 1);
    // A narrow no-break space keeps the number and its unit on one line.
    return lang === 'fr' ? `${m}\u202fM€` : `€${m}m`;
  }
  return numberFormat(lang, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0
  }).format(value);
}

/** An ISO date "2025-06-01" as "1 juin 2025" (fr) / "1 June 2025" (en). */
export function formatDate(iso: string, lang: Lang = 'fr'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC'
  }).format(date);
}

/**
 * Keeps a text's numbers and punctuation from breaking across lines: "1 200" gets a narrow
 * no-break space, and in French the space before : ; ! ? » and after « becomes a no-break one.
 * For long texts written with plain spaces (the presets' reasoning).
 *
 * @example unbreakable('1 400–2 000 emplois : « bas »', 'fr'); // "1 400–2 000 emplois : « bas »" with no-break spaces
 */
export function unbreakable(text: string, lang: Lang): string {
  const grouped = text.replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u202f');
  return lang === 'fr'
    ? grouped.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0')
    : grouped;
}
