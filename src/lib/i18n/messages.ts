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
  colon: ' :',
  overview: {
    title: 'Emplois et personnes formées',
    heading: '{territory} : emplois et personnes formées',
    peak: 'L’écart est le plus grand en {year} : {gap} personnes formées manquantes.',
    territory: 'Territoire',
    preset: 'Scénario',
    year: 'Année affichée',
    announced: 'Emplois directs annoncés',
    announcedNote: 'à pleine capacité, fourchette des annonces',
    projected: 'Emplois directs projetés',
    trained: 'Personnes formées projetées',
    trainedNote: 'en poste, issues des formations recensées',
    gap: 'Écart à combler',
    gapNote: 'emplois moins personnes formées',
    coverage: 'couverture',
    shortage: 'Probabilité de pénurie',
    shortageNote: 'en {year}, sur {runs} tirages',
    computing: 'calcul en cours…',
    indirect: 'emplois indirects associés',
    chartTitle: 'Emplois directs et personnes formées, {territory}',
    people: 'personnes',
    jobsLine: 'Emplois directs (scénario)',
    trainedLine: 'Personnes formées en poste',
    band: 'Intervalle 10 %–90 %',
    bandNote:
      'La ligne suit le scénario choisi ; la bande contient 8 tirages sur 10 d’un Monte-Carlo autour de lui (retards, cibles, entrées, réussite, placement, départs). Elle passe souvent sous la ligne : les retards sont plus probables que les avances.',
    chartSummary:
      'En {year}, {jobs} emplois directs pour {trained} personnes formées : écart de {gap}.',
    sitesTitle: 'Sites du territoire',
    site: 'Site',
    status: 'Statut',
    observedCol: 'Effectif observé',
    projectedCol: 'Emplois projetés {year}',
    trainedCol: 'Formés {year}',
    gapCol: 'Écart {year}',
    coverageCol: 'Couverture',
    noSite:
      'Aucun site industriel suivi dans ce territoire : seules ses formations sont recensées (voir la méthodologie).',
    engineLive: 'Données lues dans votre navigateur par DuckDB-WASM {version} ({ms} ms).',
    enginePending: 'Données préparées à la construction ; lecture par DuckDB-WASM en cours…',
    engineError: 'DuckDB-WASM n’a pas pu lire les données :',
    sourceLine:
      'annonces des industriels et des collectivités, effectifs observés dans la presse (voir chaque site) ; modèle Relève, scénario « {preset} »',
    programmes: 'Formations du territoire'
  },
  error: {
    notFound: 'Page introuvable',
    notFoundText:
      'Cette adresse ne correspond à aucune page de Relève\u00a0: un site, un territoire ou une page a peut-être changé de nom. Voici les points d’entrée.',
    failed: 'La page n’a pas pu s’afficher',
    offline: 'Hors ligne',
    offlineText:
      'Vous êtes hors ligne et cette page n’a pas encore été ouverte sur cet appareil. Les pages déjà ouvertes et les pages principales restent disponibles\u00a0:',
    failedText: 'Une erreur est survenue. Les autres pages restent disponibles\u00a0:',
    overview: 'Vue d’ensemble',
    map: 'Carte des sites et des territoires',
    briefs: 'Fiches des régions et des départements'
  },
  site: {
    userLoading: 'Lecture de vos données enregistrées dans ce navigateur…',
    userMissing: 'Ce site n’est pas dans vos données',
    userMissingText:
      'Aucun site «\u00a0{id}\u00a0» parmi les données que vous avez ajoutées dans ce navigateur\u00a0: elles ont peut-être été retirées, ou ce lien vient d’un autre navigateur. Vos fichiers s’ajoutent depuis l’explorateur.',
    userNoId: 'Aucun site indiqué dans l’adresse.',
    toExplorer: 'Ouvrir l’explorateur',
    back: 'Vue d’ensemble',
    operator: 'Exploitant',
    where: 'Lieu',
    activity: 'Activité',
    announced: 'Emplois directs annoncés',
    indirect: 'Emplois indirects annoncés',
    capacity: 'Capacité annoncée',
    schedule: 'Calendrier annoncé',
    scheduleText: 'production en {a}, pleine capacité en {b}',
    rampTitle: 'Montée en charge : emplois de {site}',
    plan: 'Plan annoncé (fourchette)',
    observed: 'Effectif observé',
    fitted: 'Courbe ajustée aux effectifs observés',
    scenario: 'Emplois (scénario)',
    trained: 'Personnes formées en poste',
    fitNote:
      'Courbe logistique ajustée aux {n} effectifs observés (cible fixée à l’annonce) : 5 % atteints {a}, 95 % {b} ; écart quadratique moyen {rmse}.',
    fitExact:
      'Courbe logistique passant exactement par les {n} effectifs observés ({n} points, {p} paramètres : pas d’erreur mesurable ; cible fixée à l’annonce) : 5 % atteints {a}, 95 % {b}.',
    noFit: 'Moins de deux effectifs observés : pas de courbe ajustée.',
    rampSummary:
      'Emplois de {site} selon le scénario : {jobs} en {year}, pour {trained} personnes formées.',
    gapTitle: 'Écart par famille de métiers',
    gapCaption:
      'Écart (emplois moins personnes formées) par métier et par année ; positif = pénurie.',
    occupation: 'Métier',
    feedTitle: 'Formations qui alimentent le site',
    programme: 'Formation',
    target: 'Cible',
    targetSite: 'ce site',
    targetRegion: 'la région (partagée entre ses sites)',
    intake: 'Entrées par an',
    rates: 'Réussite / placement',
    brings: 'Placés sur la période',
    bringsNote:
      'diplômés placés dans la cible, {from}–{to}, avant partage entre sites pour une cible régionale',
    noFeed: 'Aucune formation recensée ne cible ce site ou sa région.',
    sourcesTitle: 'Sources de cette page',
    notes: 'Notes'
  },
  workbench: {
    title: 'Atelier de scénarios',
    intro:
      'Partez d’un scénario, changez les leviers : tous les chiffres et graphiques se mettent à jour. Le lien de la page garde vos réglages.',
    preset: 'Scénario de départ',
    levers: 'Leviers',
    reset: 'Revenir au scénario de départ',
    sitesLevers: 'Sites : retard et cible',
    delay: 'Retard (années)',
    target: 'Cible (% de l’annonce retenue)',
    programmesLevers: 'Formations : places et budget',
    intake: 'Entrées (% de l’actuel)',
    budget: 'Budget en plus (€ par an)',
    budgetPlaces: '= {places} places de plus par an à {cost} par stagiaire',
    noCost: 'coût par stagiaire inconnu : levier budget indisponible',
    rates: 'Taux',
    completion: 'Réussite (× taux de chaque formation)',
    placement: 'Placement (× taux de chaque formation)',
    attrition: 'Départs par an (attrition)',
    presetValue: 'valeur du scénario',
    orientation: 'Orientation vers l’industrie',
    orientationHelp:
      'Stages de découverte (Usine Extraordinaire, Teknik) × part des élèves qui entrent ensuite dans une formation industrielle initiale, après un délai. La part est une estimation, sans source publiée.',
    internships: 'Stages de découverte par an dans la région',
    share: 'Part qui entre en formation (estimation)',
    results: 'Résultats',
    closeBy: 'Combler l’écart d’ici',
    closeFrom: 'avec des places ouvertes à partir de',
    closeFromAuto: '{year} (rentrée qui suit les données)',
    whatItTakes: 'Ce qu’il faut pour combler l’écart',
    whatItTakesText:
      '{places} places de formation en plus par an à partir de {from}, soit environ {euros} par an (coût par stagiaire d’une formation recensée du même métier et de durée voisine, estimation).',
    whatItTakesPartial:
      '{places} places de formation en plus par an à partir de {from}, soit au moins {euros} par an, sans les métiers au coût inconnu (coût par stagiaire d’une formation recensée du même métier et de durée voisine, estimation).',
    whatItTakesNoCost:
      '{places} places de formation en plus par an à partir de {from} ; coût inconnu : aucune formation recensée de ces métiers et de cette durée n’a de coût publié.',
    occupationPlaces: '{places} par an, soit {euros} par an ({cost} la place)',
    occupationNoCost: '{places} par an, coût inconnu',
    noGap: 'Pas d’écart à combler en {year} dans ce scénario.',
    infeasible:
      'Aucun nombre de places ouvertes à partir de {from} ne comble l’écart en {year}\u00a0: les formations arrivent trop tard.',
    perOccupation: 'Par métier',
    compare: 'Comparer avec',
    compareTitle: 'Scénarios côte à côte (mêmes leviers)',
    tornado: 'Ce qui fait le plus varier l’écart en {year}',
    tornadoSource:
      'Chaque paramètre varie de sa valeur basse à sa valeur haute, les autres restant à leur valeur centrale (modèle Relève).',
    params: {
      delayYears: 'Retard des sites',
      targetScale: 'Cible d’emplois',
      intakeScale: 'Entrées en formation',
      attritionRate: 'Départs annuels',
      completionScale: 'Taux de réussite',
      placementScale: 'Taux de placement',
      completionRate: 'Taux de réussite',
      placementRate: 'Taux de placement'
    },
    saved: 'Scénarios enregistrés',
    name: 'Nom',
    save: 'Enregistrer',
    load: 'Ouvrir',
    rename: 'Renommer',
    delete: 'Supprimer',
    export: 'Exporter (JSON)',
    import: 'Importer un scénario (JSON)',
    noneSaved: 'Aucun scénario enregistré dans ce navigateur.',
    savedOk: 'Scénario « {name} » enregistré.',
    importedOk: 'Scénario « {name} » importé.',
    mcTime: 'Monte-Carlo : {runs} tirages en {ms} ms (dans un Web Worker).'
  },
  status: {
    announced: 'annoncé',
    under_construction: 'en construction',
    ramping_up: 'en montée en charge',
    producing: 'en production',
    postponed: 'reporté',
    cancelled: 'abandonné'
  },
  notice: {
    rejected:
      'Certains paramètres du lien n’ont pas pu être utilisés et ont été remplacés par les valeurs par défaut :',
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
  colon: ':',
  overview: {
    title: 'Jobs and trained people',
    heading: '{territory}: jobs and trained people',
    peak: 'The gap peaks in {year}: {gap} trained people missing.',
    territory: 'Territory',
    preset: 'Scenario',
    year: 'Year shown',
    announced: 'Direct jobs announced',
    announcedNote: 'at full capacity, range of announcements',
    projected: 'Direct jobs projected',
    trained: 'Trained people projected',
    trainedNote: 'in post, from the listed programmes',
    gap: 'Gap to close',
    gapNote: 'jobs minus trained people',
    coverage: 'coverage',
    shortage: 'Probability of a shortage',
    shortageNote: 'in {year}, over {runs} draws',
    computing: 'computing…',
    indirect: 'related indirect jobs',
    chartTitle: 'Direct jobs and trained people, {territory}',
    people: 'people',
    jobsLine: 'Direct jobs (scenario)',
    trainedLine: 'Trained people in post',
    band: '10%–90% interval',
    bandNote:
      'The line follows the chosen scenario; the band holds 8 draws out of 10 of a Monte Carlo around it (delays, targets, intake, completion, placement, departures). It often lies below the line: delays are likelier than advances.',
    chartSummary: 'In {year}, {jobs} direct jobs for {trained} trained people: a gap of {gap}.',
    sitesTitle: 'Sites of the territory',
    site: 'Site',
    status: 'Status',
    observedCol: 'Observed headcount',
    projectedCol: 'Projected jobs {year}',
    trainedCol: 'Trained {year}',
    gapCol: 'Gap {year}',
    coverageCol: 'Coverage',
    noSite:
      'No industrial site is tracked in this territory: only its training programmes are listed (see the methodology).',
    engineLive: 'Data read in your browser by DuckDB-WASM {version} ({ms} ms).',
    enginePending: 'Data prepared at build time; DuckDB-WASM is reading it…',
    engineError: 'DuckDB-WASM could not read the data:',
    sourceLine:
      'company and local-authority announcements, headcounts observed in the press (see each site); Relève model, “{preset}” scenario',
    programmes: 'Training programmes of the territory'
  },
  error: {
    notFound: 'Page not found',
    notFoundText:
      'This address matches no page of Relève: a site, a territory or a page may have been renamed. Here are the ways in.',
    failed: 'The page could not be shown',
    offline: 'Offline',
    offlineText:
      'You are offline and this page has not been opened on this device yet. Pages already opened and the main pages are still there:',
    failedText: 'Something went wrong. The other pages are still there:',
    overview: 'Overview',
    map: 'Map of sites and territories',
    briefs: 'Briefs of the régions and départements'
  },
  site: {
    userLoading: 'Reading your data saved in this browser…',
    userMissing: 'This site is not in your data',
    userMissingText:
      'No site “{id}” among the data you added in this browser: it may have been removed, or this link comes from another browser. Your files are added from the explorer.',
    userNoId: 'No site given in the address.',
    toExplorer: 'Open the explorer',
    back: 'Overview',
    operator: 'Operator',
    where: 'Location',
    activity: 'Activity',
    announced: 'Direct jobs announced',
    indirect: 'Indirect jobs announced',
    capacity: 'Announced capacity',
    schedule: 'Announced schedule',
    scheduleText: 'production in {a}, full capacity in {b}',
    rampTitle: 'Ramp-up: jobs at {site}',
    plan: 'Announced plan (range)',
    observed: 'Observed headcount',
    fitted: 'Curve fitted to observed headcounts',
    scenario: 'Jobs (scenario)',
    trained: 'Trained people in post',
    fitNote:
      'Logistic curve fitted to the {n} observed headcounts (target fixed at the announcement): 5% reached {a}, 95% {b}; root-mean-square error {rmse}.',
    fitExact:
      'Logistic curve passing exactly through the {n} observed headcounts ({n} points, {p} parameters: no measurable error; target fixed at the announcement): 5% reached {a}, 95% {b}.',
    noFit: 'Fewer than two observed headcounts: no fitted curve.',
    rampSummary: 'Jobs at {site} in the scenario: {jobs} in {year}, for {trained} trained people.',
    gapTitle: 'Gap by occupation family',
    gapCaption: 'Gap (jobs minus trained people) by occupation and year; positive = shortage.',
    occupation: 'Occupation',
    feedTitle: 'Training programmes feeding the site',
    programme: 'Programme',
    target: 'Target',
    targetSite: 'this site',
    targetRegion: 'the région (shared among its sites)',
    intake: 'Intake per year',
    rates: 'Completion / placement',
    brings: 'Placed over the period',
    bringsNote:
      'graduates placed in the target, {from}–{to}, before sharing among sites for a région target',
    noFeed: 'No listed programme targets this site or its région.',
    sourcesTitle: 'Sources of this page',
    notes: 'Notes'
  },
  workbench: {
    title: 'Scenario workbench',
    intro:
      'Start from a scenario, change the levers: every figure and chart updates. The page’s link keeps your settings.',
    preset: 'Starting scenario',
    levers: 'Levers',
    reset: 'Back to the starting scenario',
    sitesLevers: 'Sites: delay and target',
    delay: 'Delay (years)',
    target: 'Target (% of the announcement used)',
    programmesLevers: 'Programmes: places and budget',
    intake: 'Intake (% of current)',
    budget: 'Extra budget (€ per year)',
    budgetPlaces: '= {places} more places a year at {cost} per trainee',
    noCost: 'cost per trainee unknown: budget lever unavailable',
    rates: 'Rates',
    completion: 'Completion (× each programme’s rate)',
    placement: 'Placement (× each programme’s rate)',
    attrition: 'Departures per year (attrition)',
    presetValue: 'scenario’s value',
    orientation: 'Steering pupils towards industry',
    orientationHelp:
      'Discovery internships (Usine Extraordinaire, Teknik) × the share of pupils who then enter an initial industrial training track, after a lag. The share is an estimate with no published source.',
    internships: 'Discovery internships per year in the région',
    share: 'Share entering training (estimate)',
    results: 'Results',
    closeBy: 'Close the gap by',
    closeFrom: 'with places opening from',
    closeFromAuto: '{year} (next intake after the data)',
    whatItTakes: 'What it takes to close the gap',
    whatItTakesText:
      '{places} more training places a year from {from}, about {euros} a year (cost per trainee of a listed programme of the same occupation and a similar length, estimate).',
    whatItTakesPartial:
      '{places} more training places a year from {from}, at least {euros} a year, excluding occupations with no known cost (cost per trainee of a listed programme of the same occupation and a similar length, estimate).',
    whatItTakesNoCost:
      '{places} more training places a year from {from}; cost unknown: no listed programme of these occupations and of that length has a published cost.',
    occupationPlaces: '{places} a year, {euros} a year ({cost} a place)',
    occupationNoCost: '{places} a year, cost unknown',
    noGap: 'No gap to close in {year} in this scenario.',
    infeasible:
      'No number of places opening from {from} closes the gap in {year}: training comes too late.',
    perOccupation: 'By occupation',
    compare: 'Compare with',
    compareTitle: 'Scenarios side by side (same levers)',
    tornado: 'What moves the gap most in {year}',
    tornadoSource:
      'Each parameter swings from its low to its high value, the others at their central value (Relève model).',
    params: {
      delayYears: 'Site delays',
      targetScale: 'Job targets',
      intakeScale: 'Training intake',
      attritionRate: 'Yearly departures',
      completionScale: 'Completion rate',
      placementScale: 'Placement rate',
      completionRate: 'Completion rate',
      placementRate: 'Placement rate'
    },
    saved: 'Saved scenarios',
    name: 'Name',
    save: 'Save',
    load: 'Open',
    rename: 'Rename',
    delete: 'Delete',
    export: 'Export (JSON)',
    import: 'Import a scenario (JSON)',
    noneSaved: 'No scenario saved in this browser.',
    savedOk: 'Scenario “{name}” saved.',
    importedOk: 'Scenario “{name}” imported.',
    mcTime: 'Monte Carlo: {runs} draws in {ms} ms (in a Web Worker).'
  },
  status: {
    announced: 'announced',
    under_construction: 'under construction',
    ramping_up: 'ramping up',
    producing: 'producing',
    postponed: 'postponed',
    cancelled: 'cancelled'
  },
  notice: {
    rejected: 'Some parameters of the link could not be used and were replaced by the defaults:',
    dismiss: 'Close'
  }
};

export const MESSAGES: Record<Lang, Messages> = { fr, en };

/** Fills `{name}` placeholders: fill('En {year}', { year: 2030 }) → "En 2030". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
