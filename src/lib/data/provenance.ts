/**
 * How a figure's provenance is shown: its kind in words, and its source as a link (a URL) or as
 * the seed document it comes from.
 */
import { max } from 'd3';
import type { Lang } from '../i18n/format.ts';
import type { OccupationRecord, Provenance } from './queries.ts';

const KIND_LABELS: Record<Lang, Record<Provenance['kind'], string>> = {
  fr: {
    announced: 'annoncé',
    observed: 'observé',
    estimate: 'estimation',
    synthetic: 'synthétique'
  },
  en: { announced: 'announced', observed: 'observed', estimate: 'estimate', synthetic: 'synthetic' }
};

export function kindLabel(kind: Provenance['kind'], lang: Lang = 'fr'): string {
  return KIND_LABELS[lang][kind];
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//.test(source);
}

/**
 * The `lang` attribute for the data's free text (source titles, programme names, notes), which is
 * French as published: set on an English page so that it is read as French; none on a French
 * page, nor for a researcher's own rows (their language is theirs).
 *
 * @example <a lang={dataLang(lang, row)}>{sourceLabel(row)}</a>
 */
export function dataLang(pageLang: 'fr' | 'en', row?: object): 'fr' | undefined {
  const own = row !== undefined && 'userData' in row && Boolean(row.userData);
  return pageLang === 'en' && !own ? 'fr' : undefined;
}

/** A short readable name for a source: the host of a URL, or the seed file name. */
export function sourceLabel(p: Pick<Provenance, 'source' | 'sourceTitle'>): string {
  if (isUrl(p.source)) {
    const host = new URL(p.source).hostname.replace(/^www\./, '');
    return p.sourceTitle ? `${host} — ${p.sourceTitle}` : host;
  }
  return p.sourceTitle ? `${p.sourceTitle} (${p.source})` : p.source;
}

/** An occupation family's label in the reader's language (its code when unknown). */
export function occupationLabel(
  occupations: readonly Pick<OccupationRecord, 'code' | 'labelFr' | 'labelEn'>[],
  code: string,
  lang: Lang = 'fr'
): string {
  const o = occupations.find((x) => x.code === code);
  return o ? { fr: o.labelFr, en: o.labelEn }[lang] : code;
}

/**
 * The newest source date (ISO) among the rows of the given tables: the "data as of" date of
 * what a page shows. "" when there are no rows.
 *
 * @example newestSourceDate(sites, observations); // "2026-02-10"
 */
export function newestSourceDate(...tables: (readonly { sourceDate: string }[])[]): string {
  // ISO dates compare as strings; "" where no row has one.
  return max(tables.flat(), (row) => row.sourceDate || undefined) ?? '';
}
