/**
 * The words of the map (`/carte`) and of the territory briefs (`/territoires/[code]`), French
 * first, English second (`en` has every key of `fr`, the type says so), with the plural rules of
 * each language: French takes the singular for 0 and 1 ("0 site", "1 site", "2 sites"), English
 * only for 1 ("0 sites").
 *
 * @example
 *   plural(0, 'fr', MAP_MESSAGES.fr.units.site); // "site"
 *   count(1200, 'fr', MAP_MESSAGES.fr.units.job); // "1 200 emplois"
 */
import { formatInt } from './format.ts';
import { TYPOGRAPHY, plural, type Forms, type Lang } from './lang.ts';

export { plural, type Forms } from './lang.ts';

/** A whole number with its noun: count(2, 'fr', { one: 'site', other: 'sites' }) → "2 sites". */
export function count(n: number, lang: Lang, forms: Forms): string {
  return `${formatInt(n, lang)} ${plural(n, lang, forms)}`;
}

const fr = {
  /** The colon and the space after it (TYPOGRAPHY; `labelled` says it in one call). */
  colon: `${TYPOGRAPHY.fr.colon} `,
  units: {
    site: { one: 'site', other: 'sites' },
    trackedSite: { one: 'site industriel suivi', other: 'sites industriels suivis' },
    directJob: { one: 'emploi direct', other: 'emplois directs' },
    indirectJob: { one: 'emploi indirect', other: 'emplois indirects' },
    person: { one: 'personne', other: 'personnes' },
    trainedPerson: { one: 'personne formée', other: 'personnes formées' },
    job: { one: 'emploi', other: 'emplois' },
    unfilledJob: { one: 'emploi sans personne formée', other: 'emplois sans personne formée' },
    idlePerson: { one: 'personne formée sans poste', other: 'personnes formées sans poste' },
    trainingPlace: { one: 'place de formation', other: 'places de formation' },
    place: { one: 'place', other: 'places' },
    listedProgramme: { one: 'formation recensée', other: 'formations recensées' },
    trainee: { one: 'entrée en formation', other: 'entrées en formation' },
    region: { one: 'région', other: 'régions' },
    departement: { one: 'département', other: 'départements' },
    chance: { one: 'chance', other: 'chances' },
    month: { one: 'mois', other: 'mois' },
    year: { one: 'an', other: 'ans' }
  },
  level: { region: 'Région', departement: 'Département' },
  /** The recruitment-difficulty map (France Travail's BMO survey, by région). */
  difficulty: {
    title: 'Difficultés de recrutement déclarées par les employeurs, par région',
    intro:
      'Part des projets de recrutement que les employeurs jugent difficiles, tous métiers et secteurs (enquête Besoins en main-d’œuvre de France Travail). Un chiffre observé, à côté du modèle : il ne se mélange pas à ses projections.',
    year: 'Année de l’enquête',
    mapLabel: 'Carte des régions : part des projets de recrutement jugés difficiles en {year}',
    share: '{name} : {share} des projets jugés difficiles en {year}',
    noFigure: '{name} : pas de chiffre {year} trouvé',
    classes: {
      strong: '55 % ou plus',
      shortage: '50 à 55 %',
      slight: '45 à 50 %',
      balance: 'moins de 45 %'
    },
    missing: 'Pas de chiffre publié trouvé',
    france: 'France entière : {share} en {year}.',
    missingTitle: 'Régions sans chiffre pour {year}',
    newest: 'dernier chiffre trouvé : {share} en {year}',
    none: 'aucun chiffre trouvé',
    dateUnknown: 'date de publication non trouvée',
    cols: {
      region: 'Région',
      projects: 'Projets de recrutement',
      difficult: 'Jugés difficiles',
      source: 'Source'
    },
    source:
      'Source : France Travail, enquête Besoins en main-d’œuvre {year}, chiffres relevés dans les publications régionales et la presse (table bmo, une source par ligne).'
  },
  classes: {
    /** Natural breaks (Ckmeans) name groups of the figures shown, not shortages. */
    naturalMeaning: {
      strong: 'Groupe le plus en manque',
      shortage: 'Deuxième groupe',
      slight: 'Troisième groupe',
      balance: 'Groupe le moins en manque'
    },
    meaning: {
      strong: 'Forte pénurie',
      shortage: 'Pénurie',
      slight: 'Légère pénurie',
      balance: 'Emplois presque tous couverts',
      nojobs: 'Sites pas encore ouverts',
      none: 'Aucun site suivi'
    },
    below: 'moins de {v} des emplois couverts',
    between: '{a} à {b} des emplois couverts',
    atLeast: '{v} ou plus des emplois couverts',
    unfilledAbove: 'plus de {v} emplois sans personne formée',
    unfilledBetween: '{a} à {b} emplois sans personne formée',
    unfilledUpTo: 'au plus {v} emplois sans personne formée'
  },
  /** The map's choice of classes: named thresholds or natural breaks. */
  classMethod: {
    legend: 'Classes',
    named: 'Seuils fixes',
    natural: 'Seuils naturels',
    /** The territories' legend heading when the sites, at named thresholds, are shown apart. */
    territoriesCoverage:
      'Territoires\u00a0: part des emplois directs pourvus par une personne formée (100\u00a0% au plus)',
    naturalNote:
      'Seuils naturels (Ckmeans) des territoires affichés en {year}\u00a0: ils changent avec l’année, le niveau et le scénario.',
    fallback:
      'Trop peu de territoires aux valeurs distinctes pour des seuils naturels\u00a0: seuils fixes.'
  },
  map: {
    title: 'Carte des sites et des personnes formées',
    intro:
      'Où sont les nouvelles usines, combien d’emplois elles apportent et combien de ces emplois n’auraient pas de personne formée par les formations recensées, année par année, selon le scénario choisi.',
    controls: 'Réglages de la carte',
    preset: 'Scénario',
    year: 'Année',
    play: 'Lancer l’animation des années',
    pause: 'Arrêter l’animation',
    level: 'Territoires',
    levels: { region: 'Régions', departement: 'Départements' },
    measure: 'Couleur des territoires',
    measures: { coverage: 'Couverture des emplois', gap: 'Emplois sans personne formée' },
    levers:
      'Ce scénario porte aussi vos réglages de l’atelier ({n}) : ils s’appliquent à la carte.',
    openWorkbench: 'Voir ou changer les réglages dans l’atelier',
    figureTitle: {
      coverage: 'Part des emplois pourvus par une personne formée en {year}, par {level}',
      gap: 'Emplois sans personne formée en {year}, par {level}'
    },
    levelOf: { region: 'région', departement: 'département' },
    legendTerritories: {
      coverage:
        'Territoires et sites : part des emplois directs pourvus par une personne formée (100 % au plus)',
      gap: 'Territoires : emplois directs sans personne formée par les formations recensées, additionnés métier par métier'
    },
    legendSites: 'Sites : part des emplois directs pourvus par une personne formée',
    legendSize: 'Emplois directs du site en {year}',
    legendSizeNote:
      'Aire proportionnelle aux emplois. Des sites voisins sont écartés pour rester lisibles : un trait les relie à leur emplacement (point noir).',
    overseas: 'Outre-mer : encarts à des échelles différentes.',
    zoomIn: 'Zoomer sur les sites',
    zoomOut: 'Voir toute la France',
    source:
      'Sources : annonces des industriels et des collectivités, effectifs observés (voir chaque site) ; modèle Relève, scénario « {preset} » (projection, estimation). Fond de carte : Natural Earth (domaine public), codes Insee (COG).',
    dataDate: 'Données au {date}.',
    keyboard:
      'Au clavier : Tab va d’un site à l’autre puis aux territoires, les flèches passent d’un territoire au suivant, Entrée ou Espace ouvre sa fiche, Échap la ferme.',
    mapLabel: 'Carte de France : {title}',
    siteLabel: '{name} : {jobs}, {class} ({coverage} des emplois couverts) en {year}',
    siteLabelNoJobs: '{name} : pas encore d’emplois en {year}',
    territoryLabel: '{name} : {class}, {detail} en {year}',
    territoryNone: '{name} : aucun site suivi',
    covered: '{pct} des emplois couverts',
    panelTitle: 'Fiche',
    close: 'Fermer la fiche',
    nothingSelected:
      'Choisissez un site ou un territoire sur la carte (clic, ou clavier) pour voir ses chiffres.',
    france: 'France entière',
    inYear: 'en {year}',
    jobs: 'Emplois directs',
    indirect: 'Emplois indirects associés',
    trained: 'Personnes formées en poste',
    unfilled: 'Emplois sans personne formée',
    surplus: 'Personnes formées sans poste',
    cols: {
      jobs: 'Emplois directs',
      trained: 'Formées en poste',
      unfilled: 'Sans personne formée',
      surplus: 'Formées sans poste'
    },
    surplusElsewhere: 'dont {n} dans une région sans site suivi',
    surplusNote:
      'Sans poste : formées par les formations recensées, elles n’ont pas de poste sur les sites suivis de leur région, faute de postes de leur métier (le modèle ne leur fait pas pourvoir les emplois d’un autre métier ni d’une autre région).',
    coverage: 'Couverture',
    announced: 'Emplois directs annoncés',
    status: 'Statut',
    sites: 'Sites',
    where: 'Lieu',
    peak: 'Les emplois sans personne formée culminent en {year} : {unfilled}.',
    peakEnd:
      'Les emplois sans personne formée augmentent jusqu’en {year}, fin de l’horizon : {unfilled}.',
    noShortage: 'Aucun emploi sans personne formée sur {from}–{to} dans ce scénario.',
    noSite: 'Aucun site industriel suivi dans ce territoire.',
    programmesHere: '{programmes} ciblant ce territoire ou toute sa région.',
    openSite: 'Page du site',
    openBrief: 'Note territoriale (imprimable)',
    openRegionBrief: 'Note de la région',
    openDepartementBrief: 'Note du département',
    openInWorkbench: 'Ouvrir la région dans l’atelier de scénarios',
    textTitle: 'La carte en texte et en tableaux',
    textIntro:
      'En {year}, scénario « {preset} » : {sites} dans {territories} comptent {jobs}, dont {unfilled} (couverture {coverage})',
    textSurplus: ' ; {surplus} sur les sites suivis de leur région{elsewhere}.',
    textNoSurplus: ' ; aucune personne formée n’est sans poste.',
    textTerritory:
      '{name} : {class} ; {jobs}, dont {unfilled}, {trained} en poste, couverture {coverage}.',
    textTerritorySurplus:
      '{name} : {class} ; {jobs}, dont {unfilled}, {trained} en poste, couverture {coverage} ; {surplus}.',
    textOthers: 'Les autres territoires n’ont aucun site suivi.',
    territoriesTable: 'Territoires avec au moins un site, en {year}',
    sitesTable: 'Sites, en {year}',
    territory: 'Territoire',
    site: 'Site',
    class: 'Situation',
    sortBy: 'Trier par {column}',
    scrollable: 'Tableau défilant',
    briefs: 'Toutes les notes territoriales'
  },
  brief: {
    marketShort:
      'Au plus fort de leur recrutement ({year}), les sites suivis créeraient environ {hires} emplois directs : {share} des {projects} projets de recrutement recensés en {bmoYear} par l’enquête BMO de France Travail ({territory}, tous métiers).',
    kicker: 'Note territoriale',
    title: '{name} : emplois et personnes formées',
    meta: 'Scénario « {preset} » · année {year} · horizon {from}–{to} · données au {date}',
    print: 'Imprimer la note',
    printedOn: 'Note produite par Relève le {date}',
    permalink: 'Lien permanent (scénario compris) :',
    onMap: 'Voir sur la carte',
    workbench: 'Changer le scénario dans l’atelier',
    regionBrief: 'Note de la région {name}',
    links: 'Liens',
    keyFigures: 'Chiffres clés en {year}',
    inShort: 'En bref',
    chartTitle: 'Emplois directs et personnes formées en poste, {from}–{to}',
    chartSummary:
      'Emplois directs : de {jobsFrom} en {from} à {jobsTo} en {to} ; personnes formées en poste : de {trainedFrom} à {trainedTo}. La zone orange : les emplois sans personne formée.',
    chartJobs: 'Emplois directs',
    chartTrained: 'Personnes formées en poste',
    chartGap: 'Emplois sans personne formée',
    chartRenewed:
      'Dès {year} : hypothèse de formations reconduites après leur fin financée ({programmes})',
    chartRenewedAll:
      'Toutes les années : hypothèse de formations reconduites après leur fin financée ({programmes})',
    chartTable: 'Voir les chiffres par année',
    year: 'Année',
    mapTitle: 'Carte : {name} et ses sites',
    mapTitleDep: 'Carte : {name} dans sa région, et ses sites',
    mapKey:
      'Numéros : ceux du tableau des sites ; couleur : part des emplois pourvus par une personne formée en {year} (orange : des emplois sans personne formée, violet : presque tous couverts).',
    sitesTitle: 'Les sites',
    programmesTitle: 'Les formations',
    closingTitle: 'Ce qu’il faut pour pourvoir ces emplois',
    uncertaintyTitle: 'Ce qui est sûr et ce qui ne l’est pas',
    sourcesTitle: 'Sources et méthode',
    site: 'Site',
    commune: 'Commune',
    status: 'Statut',
    announced: 'Emplois annoncés',
    jobsAt: 'Emplois {year}',
    trainedAt: 'Formés en poste {year}',
    unfilledAt: 'Sans personne formée {year}',
    programme: 'Formation',
    occupation: 'Métier',
    intake: 'Entrées par an',
    duration: 'Durée',
    years: 'Années',
    target: 'Pour',
    budget: 'Budget',
    targetSite: '{site}',
    targetRegion: 'toute la région (partagée)',
    underMonth: 'moins d’un mois',
    ongoing: 'depuis {from}',
    poolNote:
      'Les formations qui ciblent toute la région alimentent un vivier régional qui pourvoit les postes vacants de tous ses sites, au prorata de ces postes : les chiffres du département sont ceux de ses sites dans le calcul de la région.',
    noProgramme: 'Aucune formation recensée ne cible ce territoire ou sa région.',
    noSite: 'Aucun site industriel n’est suivi dans ce territoire.',
    noSiteRegion: 'La région {name} compte {sites} : leurs chiffres sont dans la note régionale.',
    computing: 'calcul en cours…',
    shortageRisk: 'Risque : plus de {share} des emplois de {year} sans personne formée',
    shortageRiskRegion:
      'Risque pour la région : plus de {share} de ses emplois de {year} sans personne formée',
    chancesShort: '{chances} sur 10',
    almostSureShort: 'plus de 9 sur 10',
    almostNoneShort: 'moins d’1 sur 10',
    departements: 'Les départements de la région',
    perOccupation: 'Par métier',
    placesPerYear: '{places} par an',
    placesPerYearCost: '{places} par an, environ {euros} par an',
    placesPerYearNoCost: '{places} par an, coût inconnu',
    sentences: {
      /** Between the two ends of a range: « 6 250 à 8 050 emplois directs ». */
      rangeTo: 'à',
      sites: '{sites}, qui annoncent {jobs} à pleine capacité.',
      sitesOne: '{sites}, qui annonce {jobs} à pleine capacité.',
      jobs: 'En {year}, le scénario « {preset} » prévoit {jobs}, et environ {indirect} chez les fournisseurs et dans les services.',
      trained: 'Les formations recensées auraient mis {trained} en poste sur ces sites en {year}.',
      trainedBrownfield:
        'En {year}, {trained} tiendraient un poste sur ces sites : formées par les formations recensées, ou salariés de l’usine reconvertie déjà qualifiés pour leur poste.',
      unfilled:
        'En {year}, environ {unfilled} n’auraient pas de personne formée par les formations recensées (couverture {coverage})',
      unfilledOne:
        'En {year}, environ {unfilled} n’aurait pas de personne formée par les formations recensées (couverture {coverage})',
      unfilledNearly:
        'En {year}, les formations recensées pourvoiraient presque tous les emplois : {unfilled} (couverture {coverage})',
      unfilledNone:
        'En {year}, les formations recensées pourvoiraient tous les emplois (couverture {coverage})',
      surplus:
        ' ; en même temps, {surplus} {where} sans poste sur ses sites suivis, faute de postes de leur métier.',
      surplusOne:
        ' ; en même temps, {surplus} {where} sans poste sur ses sites suivis, faute de postes de son métier.',
      noSurplus: ', et aucune personne formée ne resterait sans poste {where}.',
      whereRegion: 'resteraient dans la région',
      whereRegionOne: 'resterait dans la région',
      whereRegionNamed: 'resteraient dans la région {name}',
      whereRegionNamedOne: 'resterait dans la région {name}',
      inRegion: 'dans la région',
      inRegionNamed: 'dans la région {name}',
      peak: 'Les emplois sans personne formée seraient les plus nombreux en {year} : {unfilled}.',
      peakEnd:
        'Les emplois sans personne formée augmenteraient jusqu’en {year}, dernière année projetée : {unfilled}.',
      noPeak: 'Aucun emploi sans personne formée n’est prévu entre {from} et {to}.',
      programmes: '{programmes} ciblent ce territoire ou toute sa région.',
      programmesOne: '{programmes} cible ce territoire ou toute sa région.',
      programmesNone: 'Aucune formation recensée ne cible ce territoire ou sa région.',
      open: 'Celles ouvertes en {year} accueillent {intake} par an.',
      openOne: 'En {year}, elle accueille {intake} par an.',
      openNone: 'Aucune n’est annoncée ouverte en {year}.',
      openNoneOne: 'Elle n’est pas annoncée ouverte en {year}.',
      renewedOne:
        ' 1 autre, dont la fin annoncée est passée, est supposée reconduite à l’identique (hypothèse du modèle).',
      renewed:
        ' {n} autres, dont la fin annoncée est passée, sont supposées reconduites à l’identique (hypothèse du modèle).',
      renewedAll:
        ' Le modèle la suppose reconduite à l’identique après sa fin annoncée (hypothèse).',
      closing:
        'Pour pourvoir d’ici {year} les {unfilled} qui n’auraient pas de personne formée, il faudrait environ {places} en plus chaque année{at} à partir de {from}, soit environ {euros} par an.',
      closingPartialCost:
        'Pour pourvoir d’ici {year} les {unfilled} qui n’auraient pas de personne formée, il faudrait environ {places} en plus chaque année{at} à partir de {from}, soit au moins {euros} par an, sans les métiers au coût inconnu.',
      closingNoCost:
        'Pour pourvoir d’ici {year} les {unfilled} qui n’auraient pas de personne formée, il faudrait environ {places} en plus chaque année{at} à partir de {from} (coût inconnu).',
      closingAtSites: ' pour ses sites',
      closingNone:
        'Aucun emploi ne serait sans personne formée en {year} dans ce scénario : rien à pourvoir.',
      closingInfeasible:
        'Aucun nombre de places ne pourvoit les {unfilled} sans personne formée en {year} : des personnes formées à partir de {from} arriveraient trop tard.',
      chances:
        '{chances} sur 10 que plus de {share} des emplois de {year} restent sans personne formée.',
      chancesAlmostSure:
        'Presque certain (plus de 9 chances sur 10) : plus de {share} des emplois de {year} resteraient sans personne formée.',
      chancesAlmostNone:
        'Très peu probable (moins d’une chance sur 10) que plus de {share} des emplois de {year} restent sans personne formée.',
      chancesRegion:
        '{sentence} — calcul pour toute la région {name}, dont le département fait partie.',
      range: 'Dans 8 cas sur 10, entre {low} et {high} resteraient sans personne formée en {year}.',
      rangeRegion:
        'Dans 8 cas sur 10, entre {low} et {high} de la région resteraient sans personne formée en {year}.',
      method:
        'Calcul sur {runs} tirages du modèle autour des valeurs du scénario : retards et effectifs de chaque usine (tirés site par site, corrélation {correlation} entre sites), entrées en formation, réussite, placement et départs.'
    },
    closingSitesNote:
      'Places ouvertes pour les seuls sites du département : leurs diplômés au-delà des postes vacants de ces sites rejoignent le vivier régional. Les places pour toute la région sont dans sa note.',
    renewedYears: 'reconduite dès {year} (hypothèse)',
    mix: 'forme plusieurs métiers : {mix}',
    defaultMix: 'plusieurs métiers, selon la répartition par défaut des emplois (estimation)',
    targetShare:
      '{share} de ses diplômés placés vont aux sites suivis, les autres ailleurs dans la filière (estimation)',
    costNote:
      'Coût par place : le budget annoncé divisé par les personnes à former, d’une formation recensée qui prépare au métier et dure à peu près autant que les places à ouvrir (de la moitié au double) ; sinon, coût inconnu (estimation).',
    estimates:
      'Les emplois et personnes formées sont des projections du modèle Relève (estimations), à partir des annonces et des effectifs observés ; les emplois indirects le sont aussi (multiplicateur du scénario).',
    method:
      'Méthode : les emplois suivent la montée en charge de chaque site, calée sur ses effectifs observés, l’embauche précédant la production ; les personnes formées (entrées × réussite × placement, moins les départs) ne prennent que des postes vacants de leur métier, les autres restent disponibles dans la région ; « sans personne formée » ne compte que les formations recensées : une usine recrute aussi des personnes expérimentées et forme en interne (voir la méthodologie).',
    sourceKinds: 'Nature : {kind}, date : {date}.'
  },
  index: {
    title: 'Notes territoriales',
    intro:
      'Une note imprimable par région et par département : sites, emplois, personnes formées, emplois sans personne formée et ce qu’il faut pour les pourvoir.',
    withSites: 'avec des sites suivis',
    regionsTitle: 'Régions et leurs départements'
  }
};

export type MapMessages = typeof fr;

const en: MapMessages = {
  colon: `${TYPOGRAPHY.en.colon} `,
  units: {
    site: { one: 'site', other: 'sites' },
    trackedSite: { one: 'tracked industrial site', other: 'tracked industrial sites' },
    directJob: { one: 'direct job', other: 'direct jobs' },
    indirectJob: { one: 'indirect job', other: 'indirect jobs' },
    person: { one: 'person', other: 'people' },
    trainedPerson: { one: 'trained person', other: 'trained people' },
    job: { one: 'job', other: 'jobs' },
    unfilledJob: { one: 'job without a trained person', other: 'jobs without a trained person' },
    idlePerson: { one: 'trained person with no post', other: 'trained people with no post' },
    trainingPlace: { one: 'training place', other: 'training places' },
    place: { one: 'place', other: 'places' },
    listedProgramme: { one: 'listed programme', other: 'listed programmes' },
    trainee: { one: 'trainee', other: 'trainees' },
    region: { one: 'région', other: 'régions' },
    departement: { one: 'département', other: 'départements' },
    chance: { one: 'chance', other: 'chances' },
    month: { one: 'month', other: 'months' },
    year: { one: 'year', other: 'years' }
  },
  level: { region: 'Région', departement: 'Département' },
  difficulty: {
    title: 'Recruitment difficulties reported by employers, by région',
    intro:
      'Share of hiring projects that employers judge difficult, all occupations and sectors (France Travail’s Besoins en main-d’œuvre survey). An observed figure beside the model: it is never mixed with its projections.',
    year: 'Survey year',
    mapLabel: 'Map of the régions: share of hiring projects judged difficult in {year}',
    share: '{name}: {share} of projects judged difficult in {year}',
    noFigure: '{name}: no {year} figure found',
    classes: {
      strong: '55% or more',
      shortage: '50 to 55%',
      slight: '45 to 50%',
      balance: 'under 45%'
    },
    missing: 'No published figure found',
    france: 'France as a whole: {share} in {year}.',
    missingTitle: 'Régions without a {year} figure',
    newest: 'newest figure found: {share} in {year}',
    none: 'no figure found',
    dateUnknown: 'publication date not found',
    cols: {
      region: 'Région',
      projects: 'Hiring projects',
      difficult: 'Judged difficult',
      source: 'Source'
    },
    source:
      'Source: France Travail, Besoins en main-d’œuvre survey {year}, figures read in regional publications and the press (table bmo, one source per row).'
  },
  classes: {
    naturalMeaning: {
      strong: 'Group most short',
      shortage: 'Second group',
      slight: 'Third group',
      balance: 'Group least short'
    },
    meaning: {
      strong: 'Severe shortage',
      shortage: 'Shortage',
      slight: 'Slight shortage',
      balance: 'Jobs nearly all covered',
      nojobs: 'Sites not open yet',
      none: 'No tracked site'
    },
    below: 'under {v} of jobs covered',
    between: '{a} to {b} of jobs covered',
    atLeast: '{v} or more of jobs covered',
    unfilledAbove: 'over {v} jobs without a trained person',
    unfilledBetween: '{a} to {b} jobs without a trained person',
    unfilledUpTo: 'at most {v} jobs without a trained person'
  },
  classMethod: {
    legend: 'Classes',
    named: 'Fixed thresholds',
    natural: 'Natural breaks',
    territoriesCoverage:
      'Territories: share of direct jobs filled by a trained person (100% at most)',
    naturalNote:
      'Natural breaks (Ckmeans) of the territories shown in {year}: they change with the year, the level and the scenario.',
    fallback: 'Too few territories with distinct values for natural breaks: fixed thresholds.'
  },
  map: {
    title: 'Map of sites and trained people',
    intro:
      'Where the new factories are, how many jobs they bring and how many of those jobs would have no person trained by the listed programmes, year by year, in the chosen scenario.',
    controls: 'Map settings',
    preset: 'Scenario',
    year: 'Year',
    play: 'Play the years',
    pause: 'Stop the animation',
    level: 'Territories',
    levels: { region: 'Régions', departement: 'Départements' },
    measure: 'Colour of territories',
    measures: { coverage: 'Job coverage', gap: 'Jobs without a trained person' },
    levers: 'This scenario also carries your workbench settings ({n}): they apply to the map.',
    openWorkbench: 'See or change the settings in the workbench',
    figureTitle: {
      coverage: 'Share of jobs filled by a trained person in {year}, by {level}',
      gap: 'Jobs without a trained person in {year}, by {level}'
    },
    levelOf: { region: 'région', departement: 'département' },
    legendTerritories: {
      coverage:
        'Territories and sites: share of direct jobs filled by a trained person (100% at most)',
      gap: 'Territories: direct jobs without a person trained by the listed programmes, summed occupation by occupation'
    },
    legendSites: 'Sites: share of direct jobs filled by a trained person',
    legendSize: 'Direct jobs at the site in {year}',
    legendSizeNote:
      'Area proportional to jobs. Neighbouring sites are moved apart to stay readable: a line links each to its location (black dot).',
    overseas: 'Overseas: insets at different scales.',
    zoomIn: 'Zoom on the sites',
    zoomOut: 'See all of France',
    source:
      'Sources: company and local-authority announcements, observed headcounts (see each site); Relève model, “{preset}” scenario (projection, estimate). Base map: Natural Earth (public domain), INSEE codes (COG).',
    dataDate: 'Data as of {date}.',
    keyboard:
      'Keyboard: Tab moves from site to site then to the territories, arrow keys go from one territory to the next, Enter or Space opens its card, Escape closes it.',
    mapLabel: 'Map of France: {title}',
    siteLabel: '{name}: {jobs}, {class} ({coverage} of jobs covered) in {year}',
    siteLabelNoJobs: '{name}: no jobs yet in {year}',
    territoryLabel: '{name}: {class}, {detail} in {year}',
    territoryNone: '{name}: no tracked site',
    covered: '{pct} of jobs covered',
    panelTitle: 'Card',
    close: 'Close the card',
    nothingSelected:
      'Choose a site or a territory on the map (click, or keyboard) to see its figures.',
    france: 'All of France',
    inYear: 'in {year}',
    jobs: 'Direct jobs',
    indirect: 'Related indirect jobs',
    trained: 'Trained people in post',
    unfilled: 'Jobs without a trained person',
    surplus: 'Trained people with no post',
    cols: {
      jobs: 'Direct jobs',
      trained: 'Trained in post',
      unfilled: 'Without a trained person',
      surplus: 'Trained with no post'
    },
    surplusElsewhere: '{n} of them in a région with no tracked site',
    surplusNote:
      'No post: trained by the listed programmes, they have no post at the tracked sites of their région, for want of posts in their occupation (the model does not make them fill the jobs of another occupation or another région).',
    coverage: 'Coverage',
    announced: 'Direct jobs announced',
    status: 'Status',
    sites: 'Sites',
    where: 'Location',
    peak: 'Jobs without a trained person peak in {year}: {unfilled}.',
    peakEnd: 'Jobs without a trained person grow until {year}, the end of the horizon: {unfilled}.',
    noShortage: 'No job without a trained person over {from}–{to} in this scenario.',
    noSite: 'No industrial site is tracked in this territory.',
    programmesHere: '{programmes} targeting this territory or its whole région.',
    openSite: 'Site page',
    openBrief: 'Territory brief (printable)',
    openRegionBrief: 'Brief of the région',
    openDepartementBrief: 'Brief of the département',
    openInWorkbench: 'Open the région in the scenario workbench',
    textTitle: 'The map as text and tables',
    textIntro:
      'In {year}, “{preset}” scenario: {sites} in {territories} count {jobs}, of which {unfilled} (coverage {coverage})',
    textSurplus: '; {surplus} at the tracked sites of their région{elsewhere}.',
    textNoSurplus: '; no trained person is without a post.',
    textTerritory:
      '{name}: {class}; {jobs}, of which {unfilled}, {trained} in post, coverage {coverage}.',
    textTerritorySurplus:
      '{name}: {class}; {jobs}, of which {unfilled}, {trained} in post, coverage {coverage}; {surplus}.',
    textOthers: 'The other territories have no tracked site.',
    territoriesTable: 'Territories with at least one site, in {year}',
    sitesTable: 'Sites, in {year}',
    territory: 'Territory',
    site: 'Site',
    class: 'Situation',
    sortBy: 'Sort by {column}',
    scrollable: 'Scrollable table',
    briefs: 'All territory briefs'
  },
  brief: {
    marketShort:
      'At their hiring peak ({year}), the tracked sites would create about {hires} direct jobs: {share} of the {projects} hiring projects counted in {bmoYear} by France Travail’s BMO survey ({territory}, all occupations).',
    kicker: 'Territory brief',
    title: '{name}: jobs and trained people',
    meta: '“{preset}” scenario · year {year} · horizon {from}–{to} · data as of {date}',
    print: 'Print the brief',
    printedOn: 'Brief produced by Relève on {date}',
    permalink: 'Permanent link (with the scenario):',
    onMap: 'See on the map',
    workbench: 'Change the scenario in the workbench',
    regionBrief: 'Brief of the région {name}',
    links: 'Links',
    keyFigures: 'Key figures in {year}',
    inShort: 'In short',
    chartTitle: 'Direct jobs and trained people in post, {from}–{to}',
    chartSummary:
      'Direct jobs: from {jobsFrom} in {from} to {jobsTo} in {to}; trained people in post: from {trainedFrom} to {trainedTo}. The orange area: jobs without a trained person.',
    chartJobs: 'Direct jobs',
    chartTrained: 'Trained people in post',
    chartGap: 'Jobs without a trained person',
    chartRenewed: 'From {year}: assumes programmes renewed after their funded end ({programmes})',
    chartRenewedAll: 'Every year: assumes programmes renewed after their funded end ({programmes})',
    chartTable: 'Show the figures by year',
    year: 'Year',
    mapTitle: 'Map: {name} and its sites',
    mapTitleDep: 'Map: {name} in its région, and its sites',
    mapKey:
      'Numbers: those of the sites table; colour: share of jobs filled by a trained person in {year} (orange: jobs without a trained person, purple: nearly all covered).',
    sitesTitle: 'The sites',
    programmesTitle: 'The training programmes',
    closingTitle: 'What it takes to fill these jobs',
    uncertaintyTitle: 'What is sure and what is not',
    sourcesTitle: 'Sources and method',
    site: 'Site',
    commune: 'Town',
    status: 'Status',
    announced: 'Jobs announced',
    jobsAt: 'Jobs {year}',
    trainedAt: 'Trained in post {year}',
    unfilledAt: 'Without a trained person {year}',
    programme: 'Programme',
    occupation: 'Occupation',
    intake: 'Intake a year',
    duration: 'Length',
    years: 'Years',
    target: 'For',
    budget: 'Budget',
    targetSite: '{site}',
    targetRegion: 'the whole région (shared)',
    underMonth: 'under a month',
    ongoing: 'since {from}',
    poolNote:
      'Programmes that target the whole région feed a régional pool that fills the vacancies of all its sites, in proportion to those vacancies: the département’s figures are those of its sites in the région’s computation.',
    noProgramme: 'No listed programme targets this territory or its région.',
    noSite: 'No industrial site is tracked in this territory.',
    noSiteRegion: 'The région {name} has {sites}: their figures are in the région’s brief.',
    computing: 'computing…',
    shortageRisk: 'Risk: over {share} of the jobs of {year} without a trained person',
    shortageRiskRegion:
      'Risk for the région: over {share} of its jobs of {year} without a trained person',
    chancesShort: '{chances} in 10',
    almostSureShort: 'over 9 in 10',
    almostNoneShort: 'under 1 in 10',
    departements: 'The région’s départements',
    perOccupation: 'By occupation',
    placesPerYear: '{places} a year',
    placesPerYearCost: '{places} a year, about {euros} a year',
    placesPerYearNoCost: '{places} a year, cost unknown',
    sentences: {
      rangeTo: 'to',
      sites: '{sites}, announcing {jobs} at full capacity.',
      sitesOne: '{sites}, announcing {jobs} at full capacity.',
      jobs: 'In {year}, the “{preset}” scenario expects {jobs}, and about {indirect} at suppliers and in services.',
      trained: 'The listed programmes would have put {trained} in post at these sites by {year}.',
      trainedBrownfield:
        'In {year}, {trained} would hold a post at these sites: trained by the listed programmes, or employees of the converted plant already qualified for their post.',
      unfilled:
        'In {year}, about {unfilled} would have no person trained by the listed programmes (coverage {coverage})',
      unfilledOne:
        'In {year}, about {unfilled} would have no person trained by the listed programmes (coverage {coverage})',
      unfilledNearly:
        'In {year}, the listed programmes would fill nearly all the jobs: {unfilled} (coverage {coverage})',
      unfilledNone: 'In {year}, the listed programmes would fill every job (coverage {coverage})',
      surplus:
        '; at the same time, {surplus} {where} with no post at its tracked sites, for want of posts in their occupation.',
      surplusOne:
        '; at the same time, {surplus} {where} with no post at its tracked sites, for want of posts in their occupation.',
      noSurplus: ', and no trained person would be left with no post {where}.',
      whereRegion: 'would remain in the région',
      whereRegionOne: 'would remain in the région',
      whereRegionNamed: 'would remain in the région {name}',
      whereRegionNamedOne: 'would remain in the région {name}',
      inRegion: 'in the région',
      inRegionNamed: 'in the région {name}',
      peak: 'Jobs without a trained person would be most numerous in {year}: {unfilled}.',
      peakEnd:
        'Jobs without a trained person would grow until {year}, the last year projected: {unfilled}.',
      noPeak: 'No job without a trained person is expected between {from} and {to}.',
      programmes: '{programmes} target this territory or its whole région.',
      programmesOne: '{programmes} targets this territory or its whole région.',
      programmesNone: 'No listed programme targets this territory or its région.',
      open: 'Those open in {year} take {intake} a year.',
      openOne: 'In {year}, it takes {intake} a year.',
      openNone: 'None is announced as open in {year}.',
      openNoneOne: 'It is not announced as open in {year}.',
      renewedOne:
        ' 1 other, whose announced end has passed, is assumed renewed as it was (the model’s assumption).',
      renewed:
        ' {n} others, whose announced end has passed, are assumed renewed as they were (the model’s assumption).',
      renewedAll:
        ' The model assumes it renewed as it was after its announced end (an assumption).',
      closing:
        'To fill by {year} the {unfilled} that would have no trained person, about {places} more would be needed every year{at} from {from}, about {euros} a year.',
      closingPartialCost:
        'To fill by {year} the {unfilled} that would have no trained person, about {places} more would be needed every year{at} from {from}, at least {euros} a year, excluding occupations with no known cost.',
      closingNoCost:
        'To fill by {year} the {unfilled} that would have no trained person, about {places} more would be needed every year{at} from {from} (cost unknown).',
      closingAtSites: ' for its sites',
      closingNone:
        'No job would be without a trained person in {year} in this scenario: nothing to fill.',
      closingInfeasible:
        'No number of places fills the {unfilled} without a trained person in {year}: people trained from {from} would come too late.',
      chances:
        '{chances} in 10 that more than {share} of the jobs of {year} remain without a trained person.',
      chancesAlmostSure:
        'Almost certain (over 9 chances in 10): more than {share} of the jobs of {year} would remain without a trained person.',
      chancesAlmostNone:
        'Very unlikely (under 1 chance in 10) that more than {share} of the jobs of {year} remain without a trained person.',
      chancesRegion:
        '{sentence} — computed for the whole région {name}, which the département is part of.',
      range:
        'In 8 cases out of 10, between {low} and {high} would remain without a trained person in {year}.',
      rangeRegion:
        'In 8 cases out of 10, between {low} and {high} of the région would remain without a trained person in {year}.',
      method:
        'Computed over {runs} draws of the model around the scenario’s values: each plant’s delay and headcount (drawn site by site, correlation {correlation} between sites), training intake, completion, placement and departures.'
    },
    closingSitesNote:
      'Places opened for the département’s sites only: their graduates beyond these sites’ vacancies join the régional pool. The places for the whole région are in its brief.',
    renewedYears: 'renewed from {year} (assumption)',
    mix: 'trains several occupations: {mix}',
    defaultMix: 'several occupations, by the default split of jobs (estimate)',
    targetShare:
      '{share} of its placed graduates go to the tracked sites, the others elsewhere in the sector (estimate)',
    costNote:
      'Cost per place: the announced budget divided by the people to train, of a listed programme that trains for the occupation and lasts about as long as the places to open (half to twice as long); otherwise, cost unknown (estimate).',
    estimates:
      'Jobs and trained people are projections of the Relève model (estimates) from the announcements and the observed headcounts; so are indirect jobs (the scenario’s multiplier).',
    method:
      'Method: jobs follow each site’s ramp-up, calibrated on its observed headcounts, hiring ahead of production; trained people (intake × completion × placement, minus departures) only take vacant posts of their occupation, the others stay available in the région; “without a trained person” counts only the listed programmes: a plant also hires experienced people and trains in-house (see the methodology).',
    sourceKinds: 'Kind: {kind}, date: {date}.'
  },
  index: {
    title: 'Territory briefs',
    intro:
      'One printable brief per région and per département: sites, jobs, trained people, jobs without a trained person and what it takes to fill them.',
    withSites: 'with tracked sites',
    regionsTitle: 'Régions and their départements'
  }
};

export const MAP_MESSAGES: Record<Lang, MapMessages> = { fr, en };
