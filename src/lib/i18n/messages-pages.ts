/**
 * The words the pages themselves say that no other catalogue has: French first, English second
 * (`en` has every key of `fr`, the type says so). Pages take them from here instead of writing
 * `lang === 'fr' ? … : …` inline.
 *
 * @example
 *   PAGES.fr.method.boundaries; // "Contours de la carte"
 */
import type { Lang } from './format.ts';

const fr = {
  overview: {
    /** The home page's description for search engines and link previews. */
    metaDescription:
      'Emplois annoncés, projetés et personnes formées dans les gigafactories et nouveaux sites industriels français, avec leurs sources.',
    sourcesTitle: 'Sources'
  },
  map: {
    /** Above the list of sites to tap on a phone, under the map. */
    sitePicker: 'Les sites'
  },
  brief: {
    /** Between the sites of the brief's map read aloud: « 1. Verkor : pénurie ; 2. … ». */
    listSeparator: '\u00a0; '
  },
  method: {
    /** The map's TopoJSON in the table of data files. */
    boundaries: 'Contours de la carte',
    /** Between the bounds of a column's range: « [0 ; 1] » (a comma is the decimal mark). */
    rangeSeparator: '\u00a0; '
  }
};

export type PagesMessages = typeof fr;

const en: PagesMessages = {
  overview: {
    metaDescription:
      'Announced and projected jobs and trained people at France’s gigafactories and new industrial sites, with their sources.',
    sourcesTitle: 'Sources'
  },
  map: {
    sitePicker: 'The sites'
  },
  brief: {
    listSeparator: '; '
  },
  method: {
    boundaries: 'Map boundaries',
    rangeSeparator: ', '
  }
};

export const PAGES: Record<Lang, PagesMessages> = { fr, en };
