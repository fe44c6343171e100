/**
 * The footer's links and the three pages a French public site carries: the accessibility
 * statement (RGAA: « totalement », « partiellement » or « non conforme », the last where no
 * audit is in force), the legal notice and the personal-data page.
 *
 * Each page is a title, a lead and sections of paragraphs; `{…}` are filled by the page.
 */
import type { Lang } from './format.ts';

export interface LegalSection {
  heading: string;
  paragraphs: string[];
}

export interface LegalPage {
  title: string;
  lead: string;
  sections: LegalSection[];
}

export interface LegalMessages {
  /** The footer's line on accessibility, as the RGAA asks it to be written. */
  accessibilityStatus: string;
  footerNav: string;
  links: { accessibility: string; legal: string; privacy: string };
  updated: string;
  accessibility: LegalPage;
  legal: LegalPage;
  privacy: LegalPage;
}

const FR: LegalMessages = {
  accessibilityStatus: 'Accessibilité\u00a0: non conforme',
  footerNav: 'Informations légales',
  links: {
    accessibility: 'Accessibilité\u00a0: non conforme',
    legal: 'Mentions légales',
    privacy: 'Données personnelles'
  },
  updated: 'Mise à jour\u00a0: {date}',
  accessibility: {
    title: 'Déclaration d’accessibilité',
    lead: 'Relève veut être utilisable par toutes et tous, au clavier comme avec un lecteur d’écran, conformément à l’article 47 de la loi n°\u00a02005-102 du 11\u00a0février 2005. Cette déclaration s’applique à l’application Relève et à chacune de ses pages.',
    sections: [
      {
        heading: 'État de conformité',
        paragraphs: [
          'Relève est non conforme au référentiel général d’amélioration de l’accessibilité (RGAA\u00a04.1)\u00a0: aucun audit de conformité n’a encore été réalisé, et sans audit en cours de validité, le référentiel impose de déclarer un site non conforme, quels que soient ses efforts.'
        ]
      },
      {
        heading: 'Ce qui est vérifié aujourd’hui',
        paragraphs: [
          'À chaque modification du code, les pages principales sont ouvertes dans un vrai navigateur (Chromium) et contrôlées par axe-core sur les règles WCAG\u00a02.1 de niveaux A et AA, à la largeur d’un ordinateur et, pour la carte, les fiches territoriales et l’explorateur, à celle d’un téléphone\u00a0; une seule erreur bloque la modification.',
          'Chaque graphique est accompagné d’un tableau de ses valeurs et d’un résumé en texte\u00a0; les couleurs des courbes viennent d’une palette lisible par les personnes daltoniennes (Okabe–Ito) et chaque courbe est nommée dans la légende\u00a0; un lien d’évitement mène au contenu\u00a0; la langue de chaque page est déclarée.',
          'Ces contrôles automatiques ne remplacent pas un audit\u00a0: ils ne couvrent qu’une partie des critères du RGAA.'
        ]
      },
      {
        heading: 'Contenus dont l’accessibilité n’est pas vérifiée',
        paragraphs: [
          'La carte interactive (/carte) a pour équivalent le tableau des territoires placé sous elle, mais sa lecture avec un lecteur d’écran n’a pas été testée par des utilisateurs.',
          'L’éditeur SQL de l’explorateur et les exports de fichiers n’ont pas été testés avec des technologies d’assistance.'
        ]
      },
      {
        heading: 'Signaler un défaut',
        paragraphs: [
          'Si un contenu vous est inaccessible, signalez-le sur le dépôt du projet (rubrique des tickets)\u00a0: nous vous proposerons le contenu sous une autre forme, par exemple les données en CSV.',
          'Si vous n’obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits.'
        ]
      }
    ]
  },
  legal: {
    title: 'Mentions légales',
    lead: 'Relève est un logiciel libre, publié sous licence MIT. Chaque organisme qui le met en ligne en est l’éditeur et complète cette page avec son nom, son adresse, son directeur ou sa directrice de la publication et son hébergeur.',
    sections: [
      {
        heading: 'Cette instance',
        paragraphs: [
          'Cette instance est une version de démonstration du projet, servie par le serveur fourni avec le code (npm start). Aucun organisme ne l’édite encore\u00a0: ses informations d’éditeur et d’hébergeur sont à compléter lors d’une mise en ligne publique.'
        ]
      },
      {
        heading: 'Sources des données',
        paragraphs: [
          'Les chiffres viennent d’annonces d’entreprises et de collectivités, d’articles de presse et des découpages administratifs de l’Insee (code officiel géographique, par le paquet @etalab/decoupage-administratif). Chaque chiffre porte sur la page sa source, sa date et sa nature\u00a0: annoncé, observé, estimation ou synthétique.',
          'Les projections sont celles d’un modèle documenté sur la page Méthodologie\u00a0: ce ne sont ni des annonces ni des prévisions officielles.'
        ]
      },
      {
        heading: 'Réutilisation',
        paragraphs: [
          'Le code peut être réutilisé selon la licence MIT. Les données sont réutilisables avec la mention de leurs sources, citées à côté de chaque chiffre et dans les exports.'
        ]
      }
    ]
  },
  privacy: {
    title: 'Données personnelles',
    lead: 'Relève ne collecte aucune donnée personnelle\u00a0: pas de compte, pas de cookie, pas de mesure d’audience, aucune ressource chargée depuis un autre site.',
    sections: [
      {
        heading: 'Ce qui reste dans votre navigateur',
        paragraphs: [
          'Les scénarios que vous enregistrez sont gardés dans le stockage local de votre navigateur (localStorage), les fichiers que vous chargez dans l’explorateur dans sa base locale (IndexedDB). Ils ne sont jamais envoyés à un serveur\u00a0: les calculs et les requêtes SQL s’exécutent dans la page.',
          'Pour les effacer, supprimez-les depuis l’atelier ou l’explorateur, ou effacez les données de ce site dans les réglages de votre navigateur.'
        ]
      },
      {
        heading: 'Ce que reçoit le serveur',
        paragraphs: [
          'Le serveur reçoit les demandes de pages et de fichiers habituelles d’un site web, avec l’adresse de la page (et donc les réglages du scénario qu’elle contient). Le serveur fourni avec le code n’en garde aucune trace\u00a0; un organisme qui met Relève en ligne avec un autre serveur indique ici ce qu’il conserve.'
        ]
      }
    ]
  }
};

const EN: LegalMessages = {
  accessibilityStatus: 'Accessibility: not compliant',
  footerNav: 'Legal information',
  links: {
    accessibility: 'Accessibility: not compliant',
    legal: 'Legal notice',
    privacy: 'Personal data'
  },
  updated: 'Updated: {date}',
  accessibility: {
    title: 'Accessibility statement',
    lead: 'Relève aims to be usable by everyone, with a keyboard as with a screen reader, under article 47 of French law no. 2005-102 of 11 February 2005. This statement applies to the Relève application and each of its pages.',
    sections: [
      {
        heading: 'Compliance status',
        paragraphs: [
          'Relève does not comply with the French accessibility standard (RGAA 4.1): no compliance audit has been carried out yet, and without a valid audit the standard requires a site to be declared not compliant, whatever its efforts.'
        ]
      },
      {
        heading: 'What is checked today',
        paragraphs: [
          'On every change of the code, the main pages are opened in a real browser (Chromium) and checked by axe-core against the WCAG 2.1 level A and AA rules, at a desktop width and, for the map, the territory briefs and the explorer, at a phone width; a single error blocks the change.',
          'Every chart comes with a table of its values and a summary in words; the colours of the lines come from a palette readable by colour-blind people (Okabe–Ito) and every line is named in the legend; a skip link leads to the content; the language of each page is declared.',
          'These automatic checks do not replace an audit: they cover only part of the RGAA criteria.'
        ]
      },
      {
        heading: 'Content whose accessibility is not checked',
        paragraphs: [
          'The interactive map (/carte) has the table of territories below it as its equivalent, but reading it with a screen reader has not been tested with users.',
          'The explorer’s SQL editor and the file exports have not been tested with assistive technologies.'
        ]
      },
      {
        heading: 'Reporting a problem',
        paragraphs: [
          'If some content is inaccessible to you, report it on the project’s repository (its issue tracker): we will offer the content in another form, for example the data as CSV.',
          'If you do not get a satisfactory answer, you can refer the matter to the Défenseur des droits.'
        ]
      }
    ]
  },
  legal: {
    title: 'Legal notice',
    lead: 'Relève is free software, published under the MIT licence. Each organisation that puts it online is its publisher and completes this page with its name, address, publication director and host.',
    sections: [
      {
        heading: 'This instance',
        paragraphs: [
          'This instance is a demonstration version of the project, served by the server that comes with the code (npm start). No organisation publishes it yet: its publisher and host details are to be completed when it is put online publicly.'
        ]
      },
      {
        heading: 'Sources of the data',
        paragraphs: [
          'The figures come from announcements by companies and local authorities, press articles and Insee’s administrative divisions (the official geographic code, through the @etalab/decoupage-administratif package). On the page, each figure carries its source, its date and its kind: announced, observed, estimate or synthetic.',
          'The projections are those of a model documented on the Methodology page: they are neither announcements nor official forecasts.'
        ]
      },
      {
        heading: 'Reuse',
        paragraphs: [
          'The code can be reused under the MIT licence. The data can be reused with credit to their sources, cited beside each figure and in the exports.'
        ]
      }
    ]
  },
  privacy: {
    title: 'Personal data',
    lead: 'Relève collects no personal data: no account, no cookie, no audience measurement, no resource loaded from another site.',
    sections: [
      {
        heading: 'What stays in your browser',
        paragraphs: [
          'The scenarios you save are kept in your browser’s local storage (localStorage), the files you load in the explorer in its local database (IndexedDB). They are never sent to a server: the computations and SQL queries run in the page.',
          'To erase them, delete them from the workbench or the explorer, or clear this site’s data in your browser’s settings.'
        ]
      },
      {
        heading: 'What the server receives',
        paragraphs: [
          'The server receives the usual requests of a website for pages and files, with the address of the page (and so the scenario settings it carries). The server that comes with the code keeps no record of them; an organisation that puts Relève online with another server states here what it keeps.'
        ]
      }
    ]
  }
};

export const LEGAL: Record<Lang, LegalMessages> = { fr: FR, en: EN };
