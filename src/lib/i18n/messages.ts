/**
 * The interface's words, French first and English second. `en` must have every key of `fr`
 * (the type says so), so a missing translation is a type error, not a blank on screen.
 */
import type { Lang } from './format.ts';

const fr = {
  skip: 'Aller au contenu',
  tagline: 'Observatoire des emplois et des compétences des nouveaux sites industriels',
  nav: {
    overview: 'Vue d’ensemble',
    workbench: 'Scénarios',
    map: 'Carte',
    explorer: 'Explorateur',
    method: 'Méthodologie'
  },
  langSwitch: 'English',
  langSwitchLabel: 'Read this page in English',
  footer:
    'Relève — logiciel libre. Données : annonces d’entreprises et de collectivités, presse, Insee (COG). Chaque chiffre porte sa source, sa date et sa nature (annoncé, observé, estimation).',
  notice: {
    rejected: 'Certains paramètres du lien n’ont pas pu être utilisés et ont été remplacés par les valeurs par défaut :',
    dismiss: 'Fermer'
  }
};

export type Messages = typeof fr;

const en: Messages = {
  skip: 'Skip to content',
  tagline: 'Observatory of jobs and skills for new industrial sites',
  nav: {
    overview: 'Overview',
    workbench: 'Scenarios',
    map: 'Map',
    explorer: 'Explorer',
    method: 'Methodology'
  },
  langSwitch: 'Français',
  langSwitchLabel: 'Lire cette page en français',
  footer:
    'Relève — open-source software. Data: company and local-authority announcements, press, INSEE (COG). Every figure carries its source, its date and its kind (announced, observed, estimate).',
  notice: {
    rejected: 'Some parameters of the link could not be used and were replaced by the defaults:',
    dismiss: 'Close'
  }
};

export const MESSAGES: Record<Lang, Messages> = { fr, en };
