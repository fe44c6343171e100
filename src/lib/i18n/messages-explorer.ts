/**
 * The SQL explorer's words added with its editor, shareable links, exports in pieces, column
 * statistics and merged views (the rest of the explorer's words are in messages-research.ts).
 * French typography: a no-break space (\u00a0) before « : », « ; », « ? » and inside « ».
 */
import type { Lang } from './lang.ts';

const fr = {
  editorHelp:
    'Ctrl+Entrée (⌘+Entrée) pour exécuter, Ctrl+Espace pour compléter les noms de tables et de colonnes\u00a0; Tab quitte l’éditeur. Plusieurs instructions séparées par «\u00a0;\u00a0»\u00a0: la dernière donne le résultat.',
  share: {
    written: 'Le lien de cette page rejoue la requête et affiche la même vue du résultat.',
    tooLong:
      'Requête trop longue pour un lien ({length} caractères, {max} au plus)\u00a0: le lien de cette page ne la contient pas.',
    linkTooLong:
      'Le lien ouvert contient une requête trop longue ({length} caractères, {max} au plus)\u00a0: elle n’a pas été lue.',
    badParam: 'Partie du lien ignorée\u00a0: {name}={found}.',
    fromLink: 'Requête ouverte depuis un lien.'
  },
  sort: {
    by: 'Trier par {column}',
    asc: 'croissant',
    desc: 'décroissant',
    none: 'non trié',
    sortedBy: 'Trié par {column} ({direction}).'
  },
  export: {
    progress: 'Export {format}\u00a0: {rows} sur {total} ({percent})',
    writing: 'Export {format}\u00a0: écriture du fichier par DuckDB…',
    cancel: 'Annuler l’export',
    cancelled: 'Export annulé\u00a0: aucun fichier n’a été téléchargé.',
    failed: 'L’export a échoué\u00a0: {error}',
    label: 'Progression de l’export'
  },
  stats: {
    title: 'Statistiques d’une colonne',
    column: 'Colonne numérique',
    choose: 'Choisir…',
    none: 'Le résultat n’a pas de colonne numérique.',
    compute: 'Calculer',
    computing: 'Calcul…',
    count: 'Valeurs',
    nulls: 'Valeurs manquantes (NULL, NaN, infinies)',
    mean: 'Moyenne',
    median: 'Médiane',
    q1: '1er quartile',
    q3: '3e quartile',
    min: 'Minimum',
    max: 'Maximum',
    sd: 'Écart type (n − 1)',
    histogram: 'Histogramme de {column}\u00a0: {bins} classes de même largeur, de {min} à {max}',
    bin: 'de {from} à {to}\u00a0: {count}',
    sampled:
      'Calculé sur un échantillon aléatoire (tirage fixe) de {sample} valeurs parmi {rows} lignes.',
    all: 'Calculé sur les {rows} lignes du résultat, avec simple-statistics.',
    statistic: 'Statistique',
    value: 'Valeur'
  },
  merged: {
    heading: 'Avec vos données',
    sites:
      'Les sites tels que les pages les montrent\u00a0: ceux de Relève que vos données gardent et les vôtres (colonne vos_donnees).',
    programmes:
      'Les formations telles que les pages les montrent\u00a0: celles de Relève que vos données gardent et les vôtres (colonne vos_donnees).',
    appOnly: 'Données de Relève seules (sans les vôtres)\u00a0: voir {view}.'
  }
};

type ExplorerWords = typeof fr;

const en: ExplorerWords = {
  editorHelp:
    'Ctrl+Enter (⌘+Enter) to run, Ctrl+Space to complete table and column names; Tab leaves the editor. Several statements separated by “;”: the last one gives the result.',
  share: {
    written: 'This page’s link reruns the query and shows the same view of the result.',
    tooLong:
      'Query too long for a link ({length} characters, at most {max}): this page’s link does not hold it.',
    linkTooLong:
      'The link opened holds a query too long ({length} characters, at most {max}): it was not read.',
    badParam: 'Part of the link ignored: {name}={found}.',
    fromLink: 'Query opened from a link.'
  },
  sort: {
    by: 'Sort by {column}',
    asc: 'ascending',
    desc: 'descending',
    none: 'not sorted',
    sortedBy: 'Sorted by {column} ({direction}).'
  },
  export: {
    progress: '{format} export: {rows} of {total} ({percent})',
    writing: '{format} export: DuckDB is writing the file…',
    cancel: 'Cancel the export',
    cancelled: 'Export cancelled: no file was downloaded.',
    failed: 'The export failed: {error}',
    label: 'Export progress'
  },
  stats: {
    title: 'Statistics of a column',
    column: 'Numeric column',
    choose: 'Choose…',
    none: 'The result has no numeric column.',
    compute: 'Compute',
    computing: 'Computing…',
    count: 'Values',
    nulls: 'Missing values (NULL, NaN, infinite)',
    mean: 'Mean',
    median: 'Median',
    q1: '1st quartile',
    q3: '3rd quartile',
    min: 'Minimum',
    max: 'Maximum',
    sd: 'Standard deviation (n − 1)',
    histogram: 'Histogram of {column}: {bins} equal-width bins, from {min} to {max}',
    bin: 'from {from} to {to}: {count}',
    sampled: 'Computed on a random sample (fixed seed) of {sample} values among {rows} rows.',
    all: 'Computed on the result’s {rows} rows, with simple-statistics.',
    statistic: 'Statistic',
    value: 'Value'
  },
  merged: {
    heading: 'With your data',
    sites:
      'The sites as the pages show them: Relève’s that your data keeps, and yours (column vos_donnees).',
    programmes:
      'The programmes as the pages show them: Relève’s that your data keeps, and yours (column vos_donnees).',
    appOnly: 'Relève’s data alone (without yours): see {view}.'
  }
};

export const EXPLORER: Record<Lang, ExplorerWords> = { fr, en };
