/**
 * Number and date formats of Relève's users: fr-FR first (`1 200`, `1,5 %`), en-GB second.
 */
import { LOCALES, TYPOGRAPHY, type Lang } from './lang.ts';

export type { Lang } from './lang.ts';
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

/**
 * A model projection (jobs, trained people, gaps, unfilled jobs) rounded to the precision its
 * inputs support: to the nearest ten from 100 up (1 234 → 1 230, −1 386 → −1 390), to the unit
 * below 100 (a ten would turn 5 jobs into 0 or 10, and the small figures are sums of a few
 * known cohorts). Never −0. Observed and announced figures keep their exact value (formatInt).
 */
export function roundProjected(value: number): number {
  const v = Math.abs(value);
  const r = Math.sign(value) * (v < 100 ? Math.round(v) : Math.round(v / 10) * 10);
  return r === 0 ? 0 : r;
}

/** A projection as shown on the pages: formatProjected(1234) → "1 230" (fr), "1,230" (en). */
export function formatProjected(value: number, lang: Lang = 'fr'): string {
  return formatInt(roundProjected(value), lang);
}

/**
 * A figure only known roughly (indirect jobs: direct jobs × a multiplier), to two significant
 * digits from 100 up (9 672 → 9 700, 423 → 420), whole numbers below. Never −0.
 */
export function roundAbout(value: number): number {
  const v = Math.abs(value);
  if (v < 100) return Math.round(value) || 0;
  const step = 10 ** (Math.floor(Math.log10(v)) - 1);
  return Math.round(value / step) * step || 0;
}

const ABOUT: Record<Lang, string> = { fr: 'environ', en: 'about' };

/** The same with its word: formatAbout(9672) → "environ 9 700" (fr), "about 9,700" (en). */
export function formatAbout(value: number, lang: Lang = 'fr'): string {
  return `${ABOUT[lang]} ${formatInt(roundAbout(value), lang)}`;
}

/** Parts of a year, by thirds: early (January–April), mid (May–August), late. */
const YEAR_PARTS: Record<Lang, { whole: string; parts: [string, string, string] }> = {
  fr: { whole: '{y}', parts: ['début {y}', 'mi-{y}', 'fin {y}'] },
  en: { whole: '{y}', parts: ['early {y}', 'mid-{y}', 'late {y}'] }
};
const IN_YEAR: Record<Lang, { whole: string; part: string }> = {
  fr: { whole: 'en {when}', part: '{when}' },
  en: { whole: 'in {when}', part: 'in {when}' }
};

/**
 * A year, never formatted as a number ("2 022,3"): a whole year as written ("2022"), a calendar
 * year with a fraction (2022.5 = 1 July 2022) by its third: « début 2022 », « mi-2022 »,
 * « fin 2022 » / "early 2022", "mid-2022", "late 2022".
 *
 * @example formatYear(2022); // "2022"; formatYear(2022.5, 'en'); // "mid-2022"
 */
export function formatYear(year: number, lang: Lang = 'fr'): string {
  if (Number.isInteger(year)) return YEAR_PARTS[lang].whole.replace('{y}', String(year));
  const y = Math.floor(year);
  const part = Math.min(2, Math.floor((year - y) * 3));
  return YEAR_PARTS[lang].parts[part].replace('{y}', String(y));
}

/** The same after "reached": « en 2022 », « mi-2022 » / "in 2022", "in mid-2022". */
export function formatInYear(year: number, lang: Lang = 'fr'): string {
  const t = IN_YEAR[lang];
  return (Number.isInteger(year) ? t.whole : t.part).replace('{when}', formatYear(year, lang));
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

/** Millions of euros: a narrow no-break space keeps the French number and its unit on one line. */
const MILLIONS_EUR: Record<Lang, (millions: string) => string> = {
  fr: (m) => `${m}\u202fM€`,
  en: (m) => `€${m}m`
};

/** Euros in millions where large: formatEuros(25e6) → "25 M€" (fr), "€25m" (en). */
export function formatEuros(value: number, lang: Lang = 'fr'): string {
  if (Math.abs(value) >= 1e6) {
    const m = formatNumber(value / 1e6, lang, 1);
    return MILLIONS_EUR[lang](m);
  }
  return numberFormat(lang, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0
  }).format(value);
}

/** French writes the first day of a month as an ordinal: « 1er novembre 2023 ». */
const FIRST_OF_MONTH: Record<Lang, string> = { fr: '1er', en: '1' };

/** One formatter per language and precision: creating one costs more than formatting (pages
 * format every source's date while they hydrate). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO date "2025-06-01" as "1er juin 2025" (fr) / "1 June 2025" (en); "2025-06" as "juin 2025". */
export function formatDate(iso: string, lang: Lang = 'fr'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m || 1) - 1, d || 1));
  // A date known to the month (« 2025-06 ») or the year is printed as such, not as its first day.
  const precision = d ? 'day' : m ? 'month' : 'year';
  const key = `${lang}|${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      ...(d ? { day: 'numeric' } : {}),
      ...(m ? { month: 'long' } : {}),
      year: 'numeric',
      timeZone: 'UTC'
    });
    dateFormats.set(key, format);
  }
  const parts = format.formatToParts(date);
  const first = FIRST_OF_MONTH[lang];
  return parts.map((p) => (p.type === 'day' && p.value === '1' ? first : p.value)).join('');
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
  if (!TYPOGRAPHY[lang].spacedPunctuation) return grouped;
  return grouped.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

/**
 * Euros computed from projections (places × a cost per trainee), to two significant digits like
 * `roundAbout`: formatEurosAbout(739_066) → "740 000 €" (fr), "€740,000" (en); millions as
 * formatEuros ("2,1 M€").
 */
export function formatEurosAbout(value: number, lang: Lang = 'fr'): string {
  return formatEuros(roundAbout(value), lang);
}
