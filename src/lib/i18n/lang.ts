/**
 * The two languages of Relève and the rules every catalogue shares, defined once: the locale
 * of each language (numbers, dates, plural rules, sorting), the plural of a noun and the
 * typography of a label before its value (French puts a no-break space before « : » and « ; »,
 * English none).
 *
 * @example
 *   plural(0, 'fr', { one: 'site', other: 'sites' }); // "site" (French: 0 and 1 are singular)
 *   plural(0, 'en', { one: 'site', other: 'sites' }); // "sites"
 *   labelled('Source', 'Insee', 'fr');                 // "Source\u00a0: Insee"
 */
export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** The locale of each language, for every `Intl` formatter of the app. */
export const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const satisfies Record<Lang, string>;

/** The other language: what the language switch offers. */
export const OTHER_LANG: Readonly<Record<Lang, Lang>> = { fr: 'en', en: 'fr' };

/** A text's language if it is one of the app's, else French (the default). */
export function asLang(value: string | null | undefined): Lang {
  return LANGS.find((l) => l === value) ?? 'fr';
}

/** Singular and plural of a noun. */
export interface Forms {
  one: string;
  other: string;
}

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};

/**
 * The form of a noun that goes with `n` as shown (rounded to a whole number first: 0.6 people
 * is shown "1" and takes the singular), by the language's CLDR rule (Intl.PluralRules): French
 * takes the singular for 0 and 1, English only for 1.
 */
export function plural(n: number, lang: Lang, forms: Forms): string {
  const rules = (pluralRules[lang] ??= new Intl.PluralRules(LOCALES[lang]));
  return rules.select(Math.round(Math.abs(n))) === 'one' ? forms.one : forms.other;
}

/** Punctuation that French spaces and English does not. */
export const TYPOGRAPHY = {
  fr: { colon: '\u00a0:', semicolon: '\u00a0;', spacedPunctuation: true },
  en: { colon: ':', semicolon: ';', spacedPunctuation: false }
} satisfies Record<Lang, { colon: string; semicolon: string; spacedPunctuation: boolean }>;

/** A label and its value: « Source : Insee » (no-break space before the colon) / "Source: Insee". */
export function labelled(label: string, value: string, lang: Lang): string {
  return `${label}${TYPOGRAPHY[lang].colon} ${value}`;
}

/** The `lang` attribute of a text that exists in French only, on a page in `pageLang`. */
export function frenchOnly(pageLang: Lang): 'fr' | undefined {
  return FRENCH_ONLY[pageLang];
}
const FRENCH_ONLY: Record<Lang, 'fr' | undefined> = { fr: undefined, en: 'fr' };
