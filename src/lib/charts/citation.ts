/**
 * How to cite a figure, a page or the whole of Relève: a permalink (the address bar carries the
 * whole scenario), a citation line and a BibTeX entry. `CITATION.cff` at the root says the same
 * for the software; a unit test keeps the version in step with package.json.
 *
 * @example
 *   citationLine({ title: 'Emplois et formés', scenario: 'Réaliste', permalink, accessed: '2026-11-23', lang: 'fr' })
 *   // "Contributeurs de Relève (2026). « Emplois et formés », scénario Réaliste. Relève, …"
 */
import { formatDate, type Lang } from '../i18n/format.ts';

export const RELEVE_VERSION = '0.1.0';

export const PROJECT = {
  fr: {
    authors: 'Contributeurs de Relève',
    name: 'Relève, observatoire des emplois et des compétences des nouveaux sites industriels',
    scenario: 'scénario',
    version: 'version',
    accessed: 'consulté le',
    open: '«\u00a0',
    close: '\u00a0»'
  },
  en: {
    authors: 'Relève contributors',
    name: 'Relève, observatory of jobs and skills for new industrial sites',
    scenario: 'scenario',
    version: 'version',
    accessed: 'accessed',
    open: '“',
    close: '”'
  }
} as const;

export interface CitationInput {
  /** What is cited: a chart's title, a page's title; empty for the software as a whole. */
  title?: string;
  scenario?: string;
  permalink: string;
  /** Date of consultation, YYYY-MM-DD. */
  accessed: string;
  lang: Lang;
}

export function citationLine(c: CitationInput): string {
  const P = PROJECT[c.lang];
  const year = c.accessed.slice(0, 4);
  const what = c.title
    ? ` ${P.open}${c.title}${P.close}${c.scenario ? `, ${P.scenario} ${c.scenario}` : ''}.`
    : '';
  return (
    `${P.authors} (${year}).${what} ${P.name}, ${P.version} ${RELEVE_VERSION}. ` +
    `${c.permalink} (${P.accessed} ${formatDate(c.accessed, c.lang)}).`
  );
}

/** Escapes the characters BibTeX/LaTeX treat specially in a field's text. */
export function bibEscape(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/** BibTeX's (babel's) name of each language. */
const BIBTEX_LANGUAGE: Record<Lang, string> = { fr: 'french', en: 'english' };

/** A citation key: releve2026emplois. */
export function bibKey(title: string | undefined, year: string): string {
  const word =
    (title ?? '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .find((w) => w.length > 3) ?? 'software';
  return `releve${year}${word}`;
}

export function bibtex(c: CitationInput): string {
  const P = PROJECT[c.lang];
  const year = c.accessed.slice(0, 4);
  const title = c.title
    ? `${c.title}${c.scenario ? ` (${P.scenario} ${c.scenario})` : ''}`
    : P.name;
  const fields: [string, string][] = [
    ['author', `{${bibEscape(P.authors)}}`],
    ['title', `{${bibEscape(title)}}`],
    ['year', year],
    ['howpublished', bibEscape(`${P.name}, ${P.version} ${RELEVE_VERSION}`)],
    ['version', RELEVE_VERSION],
    ['url', c.permalink.replace(/([{}])/g, '\\$1')],
    ['urldate', c.accessed],
    ['language', BIBTEX_LANGUAGE[c.lang]]
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  return (
    `@misc{${bibKey(c.title, year)},\n` +
    fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n') +
    `\n}\n`
  );
}
