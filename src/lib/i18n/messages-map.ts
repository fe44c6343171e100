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
import { formatInt, type Lang } from './format.ts';

/** Singular and plural of a noun. */
export interface Forms {
  one: string;
  other: string;
}

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};

/**
 * The form of a noun that goes with `n` as shown (rounded to a whole number first: 0.6 people
 * is shown "1" and takes the singular).
 */
export function plural(n: number, lang: Lang, forms: Forms): string {
  const rules = (pluralRules[lang] ??= new Intl.PluralRules(lang === 'fr' ? 'fr-FR' : 'en-GB'));
  return rules.select(Math.round(Math.abs(n))) === 'one' ? forms.one : forms.other;
}

/** A whole number with its noun: count(2, 'fr', { one: 'site', other: 'sites' }) → "2 sites". */
export function count(n: number, lang: Lang, forms: Forms): string {
  return `${formatInt(n, lang)} ${plural(n, lang, forms)}`;
}

const fr = {
  /** Before a colon, French puts a (no-break) space. */
  colon: '\u00a0: ',
  units: {
    site: { one: 'site', other: 'sites' },
    trackedSite: { one: 'site industriel suivi', other: 'sites industriels suivis' },
    directJob: { one: 'emploi direct', other: 'emplois directs' },
    indirectJob: { one: 'emploi indirect', other: 'emplois indirects' },
    person: { one: 'personne', other: 'personnes' },
    trainedPerson: { one: 'personne formée', other: 'personnes formées' },
    missingPerson: { one: 'personne formée manquante', other: 'personnes formées manquantes' },
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
  classes: {
    meaning: {
      strong: 'Forte pénurie',
      shortage: 'Pénurie',
      slight: 'Légère pénurie',
      balance: 'Équilibre',
      surplus: 'Excédent',
      nojobs: 'Sites pas encore ouverts',
      none: 'Aucun site suivi'
    },
    below: 'moins de {v} des emplois couverts',
    between: '{a} à {b} des emplois couverts',
    above: 'plus de {v} des emplois couverts',
    gapAbove: 'plus de {v} personnes formées manquantes',
    gapBetween: '{a} à {b} personnes formées manquantes',
    gapBalance: 'moins de {v} personnes d’écart',
    gapSurplus: 'plus de {v} personnes formées en plus'
  },
  map: {
    title: 'Carte des sites et des personnes formées',
    intro:
      'Où sont les nouvelles usines, combien d’emplois elles apportent et où les personnes formées manqueront, année par année, selon le scénario choisi.',
    controls: 'Réglages de la carte',
    preset: 'Scénario',
    year: 'Année',
    play: 'Lancer l’animation des années',
    pause: 'Arrêter l’animation',
    level: 'Territoires',
    levels: { region: 'Régions', departement: 'Départements' },
    measure: 'Couleur des territoires',
    measures: { coverage: 'Couverture des emplois', gap: 'Écart en personnes' },
    levers:
      'Ce scénario porte aussi vos réglages de l’atelier ({n}) : ils s’appliquent à la carte.',
    openWorkbench: 'Voir ou changer les réglages dans l’atelier',
    figureTitle: {
      coverage: 'Couverture des emplois par des personnes formées en {year}, par {level}',
      gap: 'Personnes formées manquantes en {year}, par {level}'
    },
    levelOf: { region: 'région', departement: 'département' },
    legendTerritories: {
      coverage: 'Territoires et sites : personnes formées en poste ÷ emplois directs',
      gap: 'Territoires : emplois directs − personnes formées en poste (personnes)'
    },
    legendSites: 'Sites : personnes formées ÷ emplois directs',
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
    more: '{people} en plus',
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
    gap: 'Écart (personnes manquantes)',
    coverage: 'Couverture',
    announced: 'Emplois directs annoncés',
    status: 'Statut',
    sites: 'Sites',
    where: 'Lieu',
    peak: 'L’écart culmine en {year} : {gap}.',
    peakEnd: 'L’écart grandit jusqu’en {year}, fin de l’horizon : {gap}.',
    noShortage: 'Pas de pénurie sur {from}–{to} dans ce scénario.',
    noSite: 'Aucun site industriel suivi dans ce territoire.',
    programmesHere: '{programmes} ciblant ce territoire ou toute sa région.',
    openSite: 'Page du site',
    openBrief: 'Note territoriale (imprimable)',
    openRegionBrief: 'Note de la région',
    openDepartementBrief: 'Note du département',
    openInWorkbench: 'Ouvrir la région dans l’atelier de scénarios',
    textTitle: 'La carte en texte et en tableaux',
    textIntro:
      'En {year}, scénario « {preset} » : {sites} dans {territories} comptent {jobs} pour {trained} en poste',
    textGap: ' ; il manque {gap} (couverture {coverage}).',
    textSurplus: ' ; les personnes formées dépassent les emplois de {gap} (couverture {coverage}).',
    textTerritory: '{name} : {class} ; {jobs}, {trained} en poste, couverture {coverage}.',
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
      'Emplois directs : de {jobsFrom} en {from} à {jobsTo} en {to} ; personnes formées : de {trainedFrom} à {trainedTo}. La zone orange est l’écart.',
    chartJobs: 'Emplois directs',
    chartTrained: 'Personnes formées en poste',
    chartGap: 'Écart (personnes manquantes)',
    chartTable: 'Voir les chiffres par année',
    year: 'Année',
    mapTitle: 'Carte : {name} et ses sites',
    mapTitleDep: 'Carte : {name} dans sa région, et ses sites',
    mapKey:
      'Numéros : ceux du tableau des sites ; couleur : couverture des emplois en {year} (orange : pénurie, violet : équilibre ou excédent).',
    sitesTitle: 'Les sites',
    programmesTitle: 'Les formations',
    closingTitle: 'Ce qu’il faut pour combler l’écart',
    uncertaintyTitle: 'Ce qui est sûr et ce qui ne l’est pas',
    sourcesTitle: 'Sources et méthode',
    site: 'Site',
    commune: 'Commune',
    status: 'Statut',
    announced: 'Emplois annoncés',
    jobsAt: 'Emplois {year}',
    trainedAt: 'Formés {year}',
    gapAt: 'Écart {year}',
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
    sharedNote:
      'Les formations qui ciblent toute la région sont partagées entre ses sites, au prorata de leurs besoins d’embauche. Part de leurs diplômés placés qui va aux sites de ce département sur {from}–{to} : {shares}.',
    noProgramme: 'Aucune formation recensée ne cible ce territoire ou sa région.',
    noSite: 'Aucun site industriel n’est suivi dans ce territoire.',
    noSiteRegion: 'La région {name} compte {sites} : leurs chiffres sont dans la note régionale.',
    computing: 'calcul en cours…',
    shortageRisk: 'Risque de pénurie en {year}',
    chancesShort: '{chances} sur 10',
    almostSureShort: 'plus de 9 sur 10',
    almostNoneShort: 'moins d’1 sur 10',
    departements: 'Les départements de la région',
    perOccupation: 'Par métier',
    placesPerYear: '{places} par an',
    placesPerYearCost: '{places} par an, environ {euros} par an',
    placesPerYearNoCost: '{places} par an, coût inconnu',
    sentences: {
      sites: '{sites}, qui annoncent {jobs} à pleine capacité.',
      sitesOne: '{sites}, qui annonce {jobs} à pleine capacité.',
      jobs: 'En {year}, le scénario « {preset} » prévoit {jobs}, et environ {indirect} chez les fournisseurs et dans les services.',
      trained: 'Les formations recensées auraient mis {trained} en poste sur ces sites en {year}.',
      gap: 'Il manquerait environ {gap} par les formations recensées en {year} : elles couvriraient {coverage} des emplois.',
      surplus:
        'Les personnes formées seraient plus nombreuses que les emplois en {year} : {gap} de plus (couverture {coverage}).',
      balance:
        'Emplois et personnes formées seraient à peu près à l’équilibre en {year} (couverture {coverage}).',
      peak: 'L’écart serait le plus grand en {year} : {gap}.',
      peakEnd: 'L’écart grandirait jusqu’en {year}, dernière année projetée : {gap}.',
      noPeak: 'Aucun manque de personnes formées n’est prévu entre {from} et {to}.',
      programmes: '{programmes} ciblent ce territoire ou toute sa région.',
      programmesOne: '{programmes} cible ce territoire ou toute sa région.',
      programmesNone: 'Aucune formation recensée ne cible ce territoire ou sa région.',
      open: 'Celles ouvertes en {year} accueillent {intake} par an.',
      openOne: 'En {year}, elle accueille {intake} par an.',
      openNone: 'Aucune n’est annoncée ouverte en {year}.',
      openNoneOne: 'Elle n’est pas annoncée ouverte en {year}.',
      closing:
        'Pour combler l’écart d’ici {year}, il faudrait environ {places} en plus chaque année à partir de {from}, soit environ {euros} par an.',
      closingPartialCost:
        'Pour combler l’écart d’ici {year}, il faudrait environ {places} en plus chaque année à partir de {from}, soit au moins {euros} par an, sans les métiers au coût inconnu.',
      closingNoCost:
        'Pour combler l’écart d’ici {year}, il faudrait environ {places} en plus chaque année à partir de {from} (coût inconnu).',
      closingNone: 'Il n’y a pas d’écart à combler en {year} dans ce scénario.',
      closingInfeasible:
        'Aucun nombre de places ne comble l’écart en {year} : des personnes formées à partir de {from} arriveraient trop tard.',
      chances: '{chances} sur 10 que des personnes formées manquent encore en {year}.',
      chancesAlmostSure:
        'Presque certain (plus de 9 chances sur 10) : des personnes formées manqueront encore en {year}.',
      chancesAlmostNone:
        'Très peu probable (moins d’une chance sur 10) que des personnes formées manquent encore en {year}.',
      rangeShortage: 'Dans 8 cas sur 10, il en manquerait entre {low} et {high} en {year}.',
      rangeMixed: 'Dans 8 cas sur 10, on irait en {year} de {low} en trop à {high} manquantes.',
      rangeSurplus: 'Dans 8 cas sur 10, il y aurait entre {low} et {high} en trop en {year}.',
      method:
        'Calcul sur {runs} tirages du modèle, en faisant varier les retards des usines, leurs effectifs, les entrées en formation, la réussite, le placement et les départs.'
    },
    costNote:
      'Coût par place : le budget annoncé divisé par les personnes à former, d’une formation recensée qui prépare au métier et dure à peu près autant que les places à ouvrir (de la moitié au double) ; sinon, coût inconnu (estimation).',
    estimates:
      'Les emplois et personnes formées sont des projections du modèle Relève (estimations), à partir des annonces ; les emplois indirects le sont aussi (multiplicateur du scénario).',
    method:
      'Méthode : emplois selon la montée en charge annoncée de chaque site ; personnes formées = entrées en formation × réussite × placement, moins les départs (voir la méthodologie).',
    sourceKinds: 'Nature : {kind}, date : {date}.'
  },
  index: {
    title: 'Notes territoriales',
    intro:
      'Une note imprimable par région et par département : sites, emplois, personnes formées, écart et ce qu’il faut pour le combler.',
    withSites: 'avec des sites suivis',
    regionsTitle: 'Régions et leurs départements'
  }
};

export type MapMessages = typeof fr;

const en: MapMessages = {
  colon: ': ',
  units: {
    site: { one: 'site', other: 'sites' },
    trackedSite: { one: 'tracked industrial site', other: 'tracked industrial sites' },
    directJob: { one: 'direct job', other: 'direct jobs' },
    indirectJob: { one: 'indirect job', other: 'indirect jobs' },
    person: { one: 'person', other: 'people' },
    trainedPerson: { one: 'trained person', other: 'trained people' },
    missingPerson: { one: 'trained person missing', other: 'trained people missing' },
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
  classes: {
    meaning: {
      strong: 'Severe shortage',
      shortage: 'Shortage',
      slight: 'Slight shortage',
      balance: 'Balance',
      surplus: 'Surplus',
      nojobs: 'Sites not open yet',
      none: 'No tracked site'
    },
    below: 'under {v} of jobs covered',
    between: '{a} to {b} of jobs covered',
    above: 'over {v} of jobs covered',
    gapAbove: 'over {v} trained people missing',
    gapBetween: '{a} to {b} trained people missing',
    gapBalance: 'a gap under {v} people',
    gapSurplus: 'over {v} more trained people than jobs'
  },
  map: {
    title: 'Map of sites and trained people',
    intro:
      'Where the new factories are, how many jobs they bring and where trained people will be missing, year by year, in the chosen scenario.',
    controls: 'Map settings',
    preset: 'Scenario',
    year: 'Year',
    play: 'Play the years',
    pause: 'Stop the animation',
    level: 'Territories',
    levels: { region: 'Régions', departement: 'Départements' },
    measure: 'Colour of territories',
    measures: { coverage: 'Job coverage', gap: 'Gap in people' },
    levers: 'This scenario also carries your workbench settings ({n}): they apply to the map.',
    openWorkbench: 'See or change the settings in the workbench',
    figureTitle: {
      coverage: 'Jobs covered by trained people in {year}, by {level}',
      gap: 'Trained people missing in {year}, by {level}'
    },
    levelOf: { region: 'région', departement: 'département' },
    legendTerritories: {
      coverage: 'Territories and sites: trained people in post ÷ direct jobs',
      gap: 'Territories: direct jobs − trained people in post (people)'
    },
    legendSites: 'Sites: trained people ÷ direct jobs',
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
    more: '{people} more',
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
    gap: 'Gap (people missing)',
    coverage: 'Coverage',
    announced: 'Direct jobs announced',
    status: 'Status',
    sites: 'Sites',
    where: 'Location',
    peak: 'The gap peaks in {year}: {gap}.',
    peakEnd: 'The gap grows until {year}, the end of the horizon: {gap}.',
    noShortage: 'No shortage over {from}–{to} in this scenario.',
    noSite: 'No industrial site is tracked in this territory.',
    programmesHere: '{programmes} targeting this territory or its whole région.',
    openSite: 'Site page',
    openBrief: 'Territory brief (printable)',
    openRegionBrief: 'Brief of the région',
    openDepartementBrief: 'Brief of the département',
    openInWorkbench: 'Open the région in the scenario workbench',
    textTitle: 'The map as text and tables',
    textIntro:
      'In {year}, “{preset}” scenario: {sites} in {territories} count {jobs} for {trained} in post',
    textGap: '; {gap} are missing (coverage {coverage}).',
    textSurplus: '; trained people exceed jobs by {gap} (coverage {coverage}).',
    textTerritory: '{name}: {class}; {jobs}, {trained} in post, coverage {coverage}.',
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
      'Direct jobs: from {jobsFrom} in {from} to {jobsTo} in {to}; trained people: from {trainedFrom} to {trainedTo}. The orange area is the gap.',
    chartJobs: 'Direct jobs',
    chartTrained: 'Trained people in post',
    chartGap: 'Gap (people missing)',
    chartTable: 'Show the figures by year',
    year: 'Year',
    mapTitle: 'Map: {name} and its sites',
    mapTitleDep: 'Map: {name} in its région, and its sites',
    mapKey:
      'Numbers: those of the sites table; colour: job coverage in {year} (orange: shortage, purple: balance or surplus).',
    sitesTitle: 'The sites',
    programmesTitle: 'The training programmes',
    closingTitle: 'What it takes to close the gap',
    uncertaintyTitle: 'What is sure and what is not',
    sourcesTitle: 'Sources and method',
    site: 'Site',
    commune: 'Town',
    status: 'Status',
    announced: 'Jobs announced',
    jobsAt: 'Jobs {year}',
    trainedAt: 'Trained {year}',
    gapAt: 'Gap {year}',
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
    sharedNote:
      'Programmes that target the whole région are shared between its sites, in proportion to their hiring needs. Share of their placed graduates going to this département’s sites over {from}–{to}: {shares}.',
    noProgramme: 'No listed programme targets this territory or its région.',
    noSite: 'No industrial site is tracked in this territory.',
    noSiteRegion: 'The région {name} has {sites}: their figures are in the région’s brief.',
    computing: 'computing…',
    shortageRisk: 'Risk of a shortage in {year}',
    chancesShort: '{chances} in 10',
    almostSureShort: 'over 9 in 10',
    almostNoneShort: 'under 1 in 10',
    departements: 'The région’s départements',
    perOccupation: 'By occupation',
    placesPerYear: '{places} a year',
    placesPerYearCost: '{places} a year, about {euros} a year',
    placesPerYearNoCost: '{places} a year, cost unknown',
    sentences: {
      sites: '{sites}, announcing {jobs} at full capacity.',
      sitesOne: '{sites}, announcing {jobs} at full capacity.',
      jobs: 'In {year}, the “{preset}” scenario expects {jobs}, and about {indirect} at suppliers and in services.',
      trained: 'The listed programmes would have put {trained} in post at these sites by {year}.',
      gap: 'About {gap} from the listed programmes would be missing in {year}: they would cover {coverage} of the jobs.',
      surplus: 'Trained people would outnumber jobs in {year}: {gap} more (coverage {coverage}).',
      balance:
        'Jobs and trained people would be roughly in balance in {year} (coverage {coverage}).',
      peak: 'The gap would be largest in {year}: {gap}.',
      peakEnd: 'The gap would grow until {year}, the last year projected: {gap}.',
      noPeak: 'No shortage of trained people is expected between {from} and {to}.',
      programmes: '{programmes} target this territory or its whole région.',
      programmesOne: '{programmes} targets this territory or its whole région.',
      programmesNone: 'No listed programme targets this territory or its région.',
      open: 'Those open in {year} take {intake} a year.',
      openOne: 'In {year}, it takes {intake} a year.',
      openNone: 'None is announced as open in {year}.',
      openNoneOne: 'It is not announced as open in {year}.',
      closing:
        'To close the gap by {year}, about {places} more would be needed every year from {from}, about {euros} a year.',
      closingPartialCost:
        'To close the gap by {year}, about {places} more would be needed every year from {from}, at least {euros} a year, excluding occupations with no known cost.',
      closingNoCost:
        'To close the gap by {year}, about {places} more would be needed every year from {from} (cost unknown).',
      closingNone: 'There is no gap to close in {year} in this scenario.',
      closingInfeasible:
        'No number of places closes the gap in {year}: people trained from {from} would come too late.',
      chances: '{chances} in 10 that trained people will still be missing in {year}.',
      chancesAlmostSure:
        'Almost certain (over 9 chances in 10): trained people will still be missing in {year}.',
      chancesAlmostNone:
        'Very unlikely (under 1 chance in 10) that trained people will still be missing in {year}.',
      rangeShortage: 'In 8 cases out of 10, between {low} and {high} would be missing in {year}.',
      rangeMixed: 'In 8 cases out of 10, {year} would range from {low} too many to {high} missing.',
      rangeSurplus:
        'In 8 cases out of 10, there would be between {low} and {high} too many in {year}.',
      method:
        'Computed over {runs} draws of the model, varying factory delays and headcounts, training intake, completion, placement and departures.'
    },
    costNote:
      'Cost per place: the announced budget divided by the people to train, of a listed programme that trains for the occupation and lasts about as long as the places to open (half to twice as long); otherwise, cost unknown (estimate).',
    estimates:
      'Jobs and trained people are projections of the Relève model (estimates) from the announcements; so are indirect jobs (the scenario’s multiplier).',
    method:
      'Method: jobs follow each site’s announced ramp-up; trained people = training intake × completion × placement, minus departures (see the methodology).',
    sourceKinds: 'Kind: {kind}, date: {date}.'
  },
  index: {
    title: 'Territory briefs',
    intro:
      'One printable brief per région and per département: sites, jobs, trained people, the gap and what it takes to close it.',
    withSites: 'with tracked sites',
    regionsTitle: 'Régions and their départements'
  }
};

export const MAP_MESSAGES: Record<Lang, MapMessages> = { fr, en };
