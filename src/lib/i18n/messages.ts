/**
 * The interface's words, French first and English second. `en` must have every key of `fr`
 * (the type says so), so a missing translation is a type error, not a blank on screen.
 */
import { TYPOGRAPHY, type Lang } from './lang.ts';

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
    'Relève — logiciel libre. Données\u00a0: annonces d’entreprises et de collectivités, presse, Insee (COG). Chaque chiffre porte sa source, sa date et sa nature (annoncé, observé, estimation).',
  /** The colon after a label (TYPOGRAPHY): « Source : », 'Source:'. */
  colon: TYPOGRAPHY.fr.colon,
  scrollTable: 'Tableau défilant',
  overview: {
    title: 'Emplois et personnes formées',
    heading: '{territory}\u00a0: emplois et personnes formées',
    peak: 'Les emplois sans personne formée sont les plus nombreux en {year}\u00a0: {unfilled}.',
    lead: 'En {year}, sur {jobs} emplois directs projetés, {unfilled} {unfilledVerb} de personne formée par les formations recensées ici\u00a0; {surplus} {surplusWords} sur les sites suivis du territoire.',
    unfilledVerb: { one: 'n’aurait pas', other: 'n’auraient pas' },
    surplusWords: {
      one: 'personne formée par ces formations resterait sans poste',
      other: 'personnes formées par ces formations resteraient sans poste'
    },
    balance:
      'Les deux ne se compensent pas\u00a0: ce ne sont pas les mêmes métiers. Emplois sans personne formée\u00a0: {unfilled}. Personnes formées sans poste\u00a0: {surplus}.',
    territory: 'Territoire',
    preset: 'Scénario',
    year: 'Année affichée',
    announced: 'Emplois directs annoncés',
    announcedNote: 'à pleine capacité, fourchette des annonces',
    projected: 'Emplois directs projetés',
    trained: 'Personnes formées en poste',
    trainedNote: 'issues des formations recensées (ou déjà en poste), jamais plus que les emplois',
    unfilled: 'Emplois sans personne formée',
    unfilledNote: 'emplois directs sans personne formée par les formations recensées ici',
    surplus: 'Personnes formées sans poste',
    surplusNote: 'formées par ces formations, sans poste sur les sites suivis du territoire',
    coverage: 'couverture',
    coverageNote: 'emplois tenus par une personne formée',
    shortage:
      'Probabilité que plus de {threshold} des emplois de {year} restent sans personne formée',
    shortageNote: 'sur {runs} tirages Monte-Carlo autour du scénario',
    computing: 'calcul en cours…',
    indirect: 'emplois indirects associés',
    chartTitle: 'Emplois directs et personnes formées, {territory}',
    people: 'personnes',
    bandNote:
      'Les lignes suivent le scénario choisi\u00a0; les bandes (emplois, personnes formées en poste, emplois sans personne formée) contiennent 8 tirages sur 10 d’un Monte-Carlo autour de lui (retard et cible de chaque site, entrées, réussite, placement, départs). Celle des emplois passe souvent sous la ligne\u00a0: les retards sont plus probables que les avances.',
    chartSummary:
      'En {year}, {jobs} emplois directs, {trained} personnes formées en poste, {unfilled} emplois sans personne formée et {surplus} personnes formées sans poste.',
    sitesTitle: 'Sites du territoire',
    site: 'Site',
    status: 'Statut',
    observedCol: 'Effectif observé',
    projectedCol: 'Emplois projetés {year}',
    trainedCol: 'Formés en poste {year}',
    unfilledCol: 'Sans personne formée {year}',
    coverageCol: 'Couverture',
    total: 'Total du territoire',
    totalNote:
      'Chiffres du modèle arrondis à la dizaine à partir de 100\u00a0: le total, arrondi une seule fois, peut différer de la somme des lignes arrondies.',
    noSite:
      'Aucun site industriel suivi dans ce territoire\u00a0: seules ses formations sont recensées (voir la méthodologie).',
    noSiteProgrammes:
      'Aucun site industriel suivi en {territory}. Formations recensées\u00a0: {names}. Leurs diplômés n’ont pas de poste sur un site suivi\u00a0: la fiche du territoire les compte, année par année.',
    noSiteNone: 'Aucun site industriel suivi ni aucune formation recensée en {territory}.',
    openBrief: 'Ouvrir la fiche {territory}',
    engineLive: 'Données lues dans votre navigateur par DuckDB-WASM {version} ({ms} ms).',
    enginePending: 'Données préparées à la construction\u00a0; lecture par DuckDB-WASM en cours…',
    engineError: 'DuckDB-WASM n’a pas pu lire les données\u00a0:',
    sourceLine:
      'annonces des industriels et des collectivités, effectifs observés dans la presse (voir chaque site)\u00a0; modèle Relève, scénario «\u00a0{preset}\u00a0»',
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
    brownfield: 'Usine reconvertie',
    brownfieldText: '{existing} emplois existants, dont {reconversion} à reconvertir',
    brownfieldNote:
      'Site reconverti d’une usine existante\u00a0: {existing} personnes y travaillaient déjà au départ du modèle, dont {reconversion} sur des postes à reconvertir vers la nouvelle activité. Les emplois à pourvoir sont ces reconversions et les emplois nouveaux\u00a0; les {kept} autres personnes sont comptées en poste dès le départ.',
    rampTitle: 'Montée en charge\u00a0: emplois de {site}',
    plan: 'Plan annoncé (fourchette)',
    observed: 'Effectif observé',
    fitted: 'Courbe ajustée aux effectifs observés',
    scenario: 'Emplois (scénario)',
    trained: 'Personnes formées en poste',
    fitNote:
      'Courbe logistique ajustée aux {n} effectifs observés (cible fixée à l’annonce)\u00a0: 5\u00a0% atteints {a}, 95\u00a0% {b}\u00a0; écart quadratique moyen {rmse}.',
    fitExact:
      'Courbe logistique passant exactement par les {n} effectifs observés ({n} points, {p} paramètres\u00a0: pas d’erreur mesurable\u00a0; cible fixée à l’annonce)\u00a0: 5\u00a0% atteints {a}, 95\u00a0% {b}.',
    noFit: 'Moins de deux effectifs observés\u00a0: pas de courbe ajustée.',
    rampSummary:
      'Emplois de {site} selon le scénario, fin {year}\u00a0: {jobs}, dont {trained} tenus par des personnes formées par les formations recensées et {unfilled} sans personne formée.',
    timeConvention:
      'Convention de temps\u00a0: la valeur d’une année est l’effectif à la fin de cette année («\u00a02025\u00a0» = 31 décembre 2025)\u00a0; les effectifs observés sont placés à leur date, entre deux fins d’année.',
    rampCheck: 'Le scénario passe par les effectifs observés ({observed})\u00a0: {jobs}.',
    rampCheckNone: 'Effectifs observés\u00a0: {observed}, avant l’horizon du modèle.',
    observedAt: '{value} le {date}',
    jobsAtEnd: '{jobs} emplois fin {year}',
    unfilledNote:
      'fin {year}, sur {jobs} emplois projetés, sans personne formée par les formations recensées',
    trainedNote: 'fin {year}, issues des formations recensées (ou déjà en poste)',
    surplus: 'Personnes formées sans poste, {region}',
    surplusNote:
      'un site n’en a pas\u00a0: les diplômés de ses formations au-delà de ses embauches rejoignent le vivier de la région, qui pourvoit les postes des autres sites\u00a0; ce chiffre est celui de la région, fin {year}',
    shortage:
      'Probabilité que plus de {threshold} des emplois du site en {year} restent sans personne formée',
    balance:
      'Ils ne se compensent pas\u00a0: ce ne sont pas les mêmes métiers. Emplois du site sans personne formée\u00a0: {unfilled}. Personnes formées sans poste dans la région\u00a0: {surplus}.',
    gapTitle: 'Emplois sans personne formée, par famille de métiers',
    gapCaption:
      'Emplois sans personne formée par les formations recensées, par métier, en fin d’année\u00a0; un site n’a jamais plus de personnes formées en poste que d’emplois.',
    occupation: 'Métier',
    feedTitle: 'Formations qui alimentent le site',
    programme: 'Formation',
    target: 'Cible',
    targetSite: 'ce site',
    targetRegion: 'la région (partagée entre ses sites)',
    intake: 'Entrées par an',
    rates: 'Réussite / placement',
    brings: 'Diplômés placés sur la période',
    bringsNote:
      'diplômés × taux de placement, {from}–{to}, avant la part qui va aux sites suivis et le partage entre les sites d’une cible régionale\u00a0; ceux qui ne trouvent pas de poste sur ce site rejoignent le vivier de la région.',
    renewed: 'reconduite à partir de {year} (hypothèse)',
    stopped: 'arrêtée après {year}',
    noFeed: 'Aucune formation recensée ne cible ce site ou sa région.',
    sourcesTitle: 'Sources de cette page',
    notes: 'Notes'
  },
  workbench: {
    title: 'Atelier de scénarios',
    intro:
      'Partez d’un scénario, changez les leviers\u00a0: tous les chiffres et graphiques se mettent à jour. Le lien de la page garde vos réglages.',
    preset: 'Scénario de départ',
    levers: 'Leviers',
    reset: 'Revenir au scénario de départ',
    sitesLevers: 'Sites\u00a0: retard et cible',
    delay: 'Retard (années)',
    target: 'Cible (% de l’annonce retenue)',
    programmesLevers: 'Formations\u00a0: places et budget',
    intake: 'Entrées (% de l’actuel)',
    budget: 'Budget en plus (€ par an)',
    budgetPlaces: '= {places} places de plus par an à {cost} par stagiaire',
    noCost: 'coût par stagiaire inconnu\u00a0: levier budget indisponible',
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
    assumptions: 'Hypothèses du modèle',
    afterFunded: 'Après la fin annoncée de leur financement, les formations sont',
    renew: 'reconduites (par défaut)',
    stop: 'arrêtées',
    afterFundedHelp:
      'Aucune formation recensée n’a annoncé sa fermeture\u00a0: «\u00a0reconduites\u00a0» garde ses entrées chaque année après la fin annoncée (années hachurées sur les graphiques)\u00a0; «\u00a0arrêtées\u00a0» n’en prend plus.',
    lead: 'Avance des embauches sur la production',
    leadValue: '{years}\u00a0{unit}',
    leadUnit: { one: 'an', other: 'ans' },
    leadReference: 'classe de référence',
    leadHelp:
      'Années entre 5 % des embauches et le début de la production. Par défaut, la classe de référence\u00a0: la moyenne des avances ajustées sur les sites aux effectifs observés ({reference}).',
    leadReset: 'Revenir à la classe de référence',
    results: 'Résultats',
    closeBy: 'Pourvoir les emplois d’ici',
    closeFrom: 'avec des places ouvertes à partir de',
    closeFromAuto: '{year} (rentrée qui suit les données)',
    whatItTakes: 'Ce qu’il faut pour pourvoir les emplois sans personne formée',
    whatItTakesFor:
      'Pour que les {unfilled} emplois sans personne formée de {year} en aient une\u00a0:',
    whatItTakesText:
      '{places} places de formation en plus par an à partir de {from}, soit environ {euros} par an (coût par stagiaire d’une formation recensée du même métier et de durée voisine, estimation).',
    whatItTakesPartial:
      '{places} places de formation en plus par an à partir de {from}, soit au moins {euros} par an, sans les métiers au coût inconnu (coût par stagiaire d’une formation recensée du même métier et de durée voisine, estimation).',
    whatItTakesNoCost:
      '{places} places de formation en plus par an à partir de {from}\u00a0; coût inconnu\u00a0: aucune formation recensée de ces métiers et de cette durée n’a de coût publié.',
    occupationPlaces: '{places} par an, soit {euros} par an ({cost} la place)',
    occupationNoCost: '{places} par an, coût inconnu',
    noGap: 'Aucun emploi sans personne formée en {year} dans ce scénario.',
    infeasible:
      'Aucun nombre de places ouvertes à partir de {from} ne pourvoit les {unfilled} emplois sans personne formée de {year}\u00a0: les formations arrivent trop tard.',
    perOccupation: 'Par métier',
    compare: 'Comparer avec',
    compareTitle: 'Scénarios côte à côte (mêmes leviers)',
    tornado: 'Ce qui fait le plus varier les emplois sans personne formée en {year}',
    tornadoSource:
      'Chaque paramètre varie de sa valeur basse à sa valeur haute, les autres restant à la valeur du scénario (modèle Relève).',
    tornadoLow: 'valeur basse',
    tornadoHigh: 'valeur haute',
    tornadoBase: 'Scénario',
    tornadoParam: 'Paramètre',
    tornadoRange: 'Plage',
    tornadoUnit: 'emplois sans personne formée',
    tornadoSummary:
      'Le paramètre qui fait le plus varier les emplois sans personne formée est «\u00a0{param}\u00a0»\u00a0: de {low} à {high}.',
    fingerprint: 'Graine 1, emplois sans personne formée {year}, p10 / p50 / p90',
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
    savedOk: 'Scénario «\u00a0{name}\u00a0» enregistré.',
    importedOk: 'Scénario «\u00a0{name}\u00a0» importé.',
    savedProblems: {
      unreadable:
        'Les scénarios enregistrés dans ce navigateur sont illisibles ({why})\u00a0: ils sont gardés de côté sous «\u00a0{key}\u00a0», pas effacés.',
      notJson: 'ce n’est pas du JSON',
      notList: 'ce n’est pas une liste',
      entry:
        'Le scénario enregistré n°\u00a0{index} est illisible (champ «\u00a0{field}\u00a0»\u00a0: {found})\u00a0: il est gardé de côté, les autres sont là.',
      duplicate:
        'Deux scénarios s’appelaient «\u00a0{name}\u00a0»\u00a0: le second s’appelle désormais «\u00a0{renamed}\u00a0».',
      ignored: '«\u00a0{name}\u00a0»\u00a0: paramètres ignorés\u00a0: {params}.',
      full: 'Espace de stockage du navigateur plein\u00a0: le scénario n’a pas été enregistré. Ceux déjà enregistrés sont intacts.',
      blocked:
        'Ce navigateur n’autorise pas ce site à enregistrer des données (stockage local bloqué)\u00a0: les scénarios ne peuvent pas être enregistrés ici. Le lien de la page garde le scénario en cours.',
      noName: 'Un scénario doit avoir un nom de 1 à {max} caractères, sans caractère invisible.',
      exists: 'Un scénario «\u00a0{name}\u00a0» existe déjà.',
      missing: 'Aucun scénario enregistré ne s’appelle «\u00a0{name}\u00a0».',
      file: '{file}\u00a0: le champ «\u00a0{field}\u00a0» devrait être {expected}, trouvé\u00a0: {found}.',
      fileNotJson: '{file}\u00a0: ce n’est pas un fichier JSON.'
    },
    mcTime: 'Monte-Carlo\u00a0: {runs} tirages en {ms} ms (dans un Web Worker).'
  },
  chart: {
    jobs: 'Emplois directs (scénario)',
    jobsColumn: 'Emplois directs',
    trained: 'Personnes formées en poste',
    unfilled: 'Emplois sans personne formée',
    unfilledShort: 'Sans personne formée',
    surplus: 'Personnes formées sans poste',
    band: 'Intervalle 10 %–90 %',
    bandOf: '{what}\u00a0: intervalle 10\u00a0%–90\u00a0%',
    renewal: 'Formations reconduites après leur financement annoncé (hypothèse)',
    renewalFrom: 'reconduction supposée à partir de {year}',
    renewalNote:
      'Hachures à partir de {year}\u00a0: ces années reposent sur la reconduction des formations après la fin annoncée de leur financement (hypothèse du modèle, réglable dans l’atelier)',
    renewalItem: 'dès {year}',
    separator: '\u00a0; ',
    year: 'Année',
    xLabel: 'valeurs au 31 décembre',
    source: 'Source',
    dataAsOf: 'Données du',
    showTable: 'Voir les données du graphique',
    legend: 'Légende',
    p10: '{what} p10',
    p90: '{what} p90',
    atYear: '{year}, au 31 décembre',
    bandRange: 'intervalle 10\u00a0%–90\u00a0%\u00a0: {range}',
    valueItem: '{label}\u00a0: {value}',
    interactive:
      '{title}. Valeurs par année\u00a0: survolez ou touchez le graphique, ou, une fois sélectionné, flèches ← et → (Début, Fin\u00a0; Échap pour masquer).',
    interactiveBars:
      '{title}. Valeurs par paramètre\u00a0: survolez ou touchez une barre, ou, une fois le graphique sélectionné, flèches ↑ et ↓ (Début, Fin\u00a0; Échap pour masquer).',
    sites: 'Sites du graphique',
    sitesAll: 'Tous les sites',
    sitesNone: 'Aucun site choisi\u00a0: cochez au moins un site pour voir ses courbes.',
    sitesBands:
      'Sites choisis\u00a0: {n} sur {total}. Les intervalles 10 %–90 % ne sont calculés que pour l’ensemble des sites du territoire.',
    embed: 'Intégrer ce graphique',
    embedHelp:
      'Copiez ce code dans une page web\u00a0: il affiche ce graphique (titre, légende, source) dans l’état de cette vue.',
    embedCopy: 'Copier le code',
    embedCopied: 'Code copié.',
    embedOpen: 'Ouvrir la vue à intégrer',
    embedFrom: 'Relève, observatoire des emplois et des formations des nouveaux sites industriels'
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
      'Certains paramètres du lien n’ont pas pu être utilisés et ont été remplacés par les valeurs par défaut\u00a0:',
    dismiss: 'Fermer'
  },
  market: {
    title: 'Le marché du travail local',
    intro:
      'Projets de recrutement de l’enquête Besoins en Main-d’Œuvre (BMO) de France Travail, tous métiers et tous secteurs confondus : ce que les employeurs du territoire prévoyaient d’embaucher chaque année.',
    territory: 'Territoire',
    year: 'Année',
    projects: 'Projets de recrutement',
    difficult: 'Jugés difficiles',
    source: 'Source',
    approximate: '≈ chiffre arrondi par la source',
    hires:
      '{name} recruterait le plus en {year} selon la projection (scénario « {preset} ») : environ {hires} emplois directs créés, l’équivalent de {share} des {projects} projets de recrutement recensés en {bmoYear} ({territory}), tous métiers confondus.',
    hiresSites:
      'Les sites suivis du territoire recruteraient le plus en {year} selon la projection (scénario « {preset} ») : environ {hires} emplois directs créés, l’équivalent de {share} des {projects} projets de recrutement recensés en {bmoYear} ({territory}), tous métiers confondus.',
    noHires:
      'La projection ne crée aucun emploi direct nouveau à {name} sur l’horizon (scénario « {preset} »).',
    missing:
      'Les chiffres BMO par métier et par bassin d’emploi de ce territoire n’ont pas été trouvés dans les publications consultées : seuls les totaux tous métiers sont montrés (liste dans data/README.md).',
    none: 'Aucun chiffre BMO n’a été trouvé pour ce territoire.',
    projection: {
      title: 'Les prochaines années, en projection',
      caption:
        '{territory}\u00a0: projection {from}–{to} par la méthode «\u00a0{method}\u00a0», retenue parmi {candidates} méthodes de la bibliothèque de prévision par validation sur origine glissante (erreur absolue moyenne à un an sur {origins} années\u00a0: {mae} projets). Bandes\u00a0: intervalles de prévision à 80\u00a0% et 95\u00a0%. C’est une projection des tendances passées, pas un chiffre de l’enquête.',
      tooShort:
        '{territory}\u00a0: série trop courte pour une projection ({range}, {count}\u00a0; il en faut au moins {needed}, sans année manquante).',
      years: { one: 'année consécutive', other: 'années consécutives' },
      observed: 'Projets (enquête BMO)',
      projected: 'Projection',
      band80: 'Intervalle à 80\u00a0%',
      band95: 'Intervalle à 95\u00a0%',
      chartLabel:
        '{territory}\u00a0: projets de recrutement BMO observés de {first} à {last} et projection jusqu’en {to} avec ses intervalles à 80\u00a0% et 95\u00a0% (valeurs dans le tableau qui suit).',
      methods: {
        naive: 'naïve (la dernière valeur reconduite)',
        drift: 'dérive (la tendance moyenne prolongée)',
        ses: 'lissage exponentiel simple',
        holt: 'Holt (tendance linéaire)',
        damped: 'tendance amortie',
        theta: 'Thêta',
        dotm: 'Thêta optimisée dynamique (DOTM)',
        comb: 'moyenne lissage simple, Holt et tendance amortie',
        combMedian: 'médiane naïve, tendance amortie et dérive'
      }
    }
  },
  upload: {
    readAs: 'Fichier lu en {encoding}, séparateur {delimiter}.',
    notUtf8:
      'Il n’était pas en UTF-8 : il a été converti. Pour le partager, enregistrez-le en «\u00a0CSV UTF-8\u00a0».',
    semicolon: 'point-virgule (virgule décimale acceptée)',
    comma: 'virgule',
    tab: 'tabulation',
    storedSetAside: 'Lignes enregistrées mises de côté (les autres sont gardées) :'
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
  colon: TYPOGRAPHY.en.colon,
  scrollTable: 'Scrollable table',
  overview: {
    title: 'Jobs and trained people',
    heading: '{territory}: jobs and trained people',
    peak: 'Unfilled jobs peak in {year}: {unfilled}.',
    lead: 'In {year}, of {jobs} projected direct jobs, {unfilled} {unfilledVerb} no person trained by the programmes listed here; {surplus} {surplusWords} at the territory’s tracked sites.',
    unfilledVerb: { one: 'would have', other: 'would have' },
    surplusWords: {
      one: 'person trained by these programmes would have no post',
      other: 'people trained by these programmes would have no post'
    },
    balance:
      'The two do not offset each other: they are not the same occupations. Jobs without a trained person: {unfilled}. Trained people without a post: {surplus}.',
    territory: 'Territory',
    preset: 'Scenario',
    year: 'Year shown',
    announced: 'Direct jobs announced',
    announcedNote: 'at full capacity, range of announcements',
    projected: 'Direct jobs projected',
    trained: 'Trained people in post',
    trainedNote: 'from the listed programmes (or already in post), never more than the jobs',
    unfilled: 'Jobs without a trained person',
    unfilledNote: 'direct jobs with no person trained by the programmes listed here',
    surplus: 'Trained people without a post',
    surplusNote: 'trained by these programmes, with no post at the territory’s tracked sites',
    coverage: 'coverage',
    coverageNote: 'jobs held by a trained person',
    shortage: 'Probability that more than {threshold} of the jobs of {year} have no trained person',
    shortageNote: 'over {runs} Monte Carlo draws around the scenario',
    computing: 'computing…',
    indirect: 'related indirect jobs',
    chartTitle: 'Direct jobs and trained people, {territory}',
    people: 'people',
    bandNote:
      'The lines follow the chosen scenario; the bands (jobs, trained people in post, jobs without a trained person) hold 8 draws out of 10 of a Monte Carlo around it (each site’s delay and target, intake, completion, placement, departures). The jobs band often lies below the line: delays are likelier than advances.',
    chartSummary:
      'In {year}, {jobs} direct jobs, {trained} trained people in post, {unfilled} jobs without a trained person and {surplus} trained people without a post.',
    sitesTitle: 'Sites of the territory',
    site: 'Site',
    status: 'Status',
    observedCol: 'Observed headcount',
    projectedCol: 'Projected jobs {year}',
    trainedCol: 'Trained in post {year}',
    unfilledCol: 'Without a trained person {year}',
    coverageCol: 'Coverage',
    total: 'Territory total',
    totalNote:
      'Model figures rounded to the ten from 100 up: the total, rounded once, may differ from the sum of the rounded rows.',
    noSite:
      'No industrial site is tracked in this territory: only its training programmes are listed (see the methodology).',
    noSiteProgrammes:
      'No industrial site is tracked in {territory}. Training programmes listed: {names}. Their graduates have no post at a tracked site: the territory’s brief counts them, year by year.',
    noSiteNone: 'No industrial site and no training programme are tracked in {territory}.',
    openBrief: 'Open the {territory} brief',
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
    brownfield: 'Converted plant',
    brownfieldText: '{existing} existing jobs, {reconversion} of them to retrain for',
    brownfieldNote:
      'A site converted from an existing plant: {existing} people already worked there at the model’s start, {reconversion} of them in posts to be retrained for the new activity. The jobs to fill are these reconversions and the new jobs; the other {kept} people are counted in post from the start.',
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
    rampSummary:
      'Jobs at {site} in the scenario, end of {year}: {jobs}, {trained} of them held by people trained by the listed programmes and {unfilled} without a trained person.',
    timeConvention:
      'Time convention: a year’s value is the headcount at the end of that year (“2025” = 31 December 2025); observed headcounts are placed at their dates, between two year-ends.',
    rampCheck: 'The scenario passes through the observed headcounts ({observed}): {jobs}.',
    rampCheckNone: 'Observed headcounts: {observed}, before the model’s horizon.',
    observedAt: '{value} on {date}',
    jobsAtEnd: '{jobs} jobs at the end of {year}',
    unfilledNote:
      'end of {year}, of {jobs} projected jobs, with no person trained by the listed programmes',
    trainedNote: 'end of {year}, from the listed programmes (or already in post)',
    surplus: 'Trained people without a post, {region}',
    surplusNote:
      'a site has none: its programmes’ graduates beyond its hires join the région’s pool, which fills the other sites’ posts; this is the région’s figure, end of {year}',
    shortage:
      'Probability that more than {threshold} of the site’s jobs in {year} have no trained person',
    balance:
      'They do not offset each other: they are not the same occupations. The site’s jobs without a trained person: {unfilled}. Trained people without a post in the région: {surplus}.',
    gapTitle: 'Jobs without a trained person, by occupation family',
    gapCaption:
      'Jobs with no person trained by the listed programmes, by occupation, at year-end; a site never has more trained people in post than jobs.',
    occupation: 'Occupation',
    feedTitle: 'Training programmes feeding the site',
    programme: 'Programme',
    target: 'Target',
    targetSite: 'this site',
    targetRegion: 'the région (shared among its sites)',
    intake: 'Intake per year',
    rates: 'Completion / placement',
    brings: 'Graduates placed over the period',
    bringsNote:
      'graduates × placement rate, {from}–{to}, before the share going to the tracked sites and the sharing among the sites of a région target; those who find no post at this site join the région’s pool.',
    renewed: 'renewed from {year} (assumption)',
    stopped: 'stopped after {year}',
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
    assumptions: 'Model assumptions',
    afterFunded: 'After their announced funding ends, programmes are',
    renew: 'renewed (default)',
    stop: 'stopped',
    afterFundedHelp:
      'No listed programme has announced its closure: “renewed” keeps its intake every year after the announced end (years hatched on the charts); “stopped” takes no one after it.',
    lead: 'Hiring ahead of production',
    leadValue: '{years}\u00a0{unit}',
    leadUnit: { one: 'year', other: 'years' },
    leadReference: 'reference class',
    leadHelp:
      'Years between 5% of the hires and the production start. By default, the reference class: the mean of the leads fitted to the sites with observed headcounts ({reference}).',
    leadReset: 'Back to the reference class',
    results: 'Results',
    closeBy: 'Fill the jobs by',
    closeFrom: 'with places opening from',
    closeFromAuto: '{year} (next intake after the data)',
    whatItTakes: 'What it takes to fill the jobs without a trained person',
    whatItTakesFor: 'For the {unfilled} jobs without a trained person in {year} to get one:',
    whatItTakesText:
      '{places} more training places a year from {from}, about {euros} a year (cost per trainee of a listed programme of the same occupation and a similar length, estimate).',
    whatItTakesPartial:
      '{places} more training places a year from {from}, at least {euros} a year, excluding occupations with no known cost (cost per trainee of a listed programme of the same occupation and a similar length, estimate).',
    whatItTakesNoCost:
      '{places} more training places a year from {from}; cost unknown: no listed programme of these occupations and of that length has a published cost.',
    occupationPlaces: '{places} a year, {euros} a year ({cost} a place)',
    occupationNoCost: '{places} a year, cost unknown',
    noGap: 'No job without a trained person in {year} in this scenario.',
    infeasible:
      'No number of places opening from {from} fills the {unfilled} jobs without a trained person in {year}: training comes too late.',
    perOccupation: 'By occupation',
    compare: 'Compare with',
    compareTitle: 'Scenarios side by side (same levers)',
    tornado: 'What moves the jobs without a trained person most in {year}',
    tornadoSource:
      'Each parameter swings from its low to its high value, the others at the scenario’s value (Relève model).',
    tornadoLow: 'low value',
    tornadoHigh: 'high value',
    tornadoBase: 'Scenario',
    tornadoParam: 'Parameter',
    tornadoRange: 'Range',
    tornadoUnit: 'jobs without a trained person',
    tornadoSummary:
      'The parameter that moves the jobs without a trained person most is “{param}”: from {low} to {high}.',
    fingerprint: 'Seed 1, jobs without a trained person {year}, p10 / p50 / p90',
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
    savedProblems: {
      unreadable:
        'The scenarios saved in this browser cannot be read ({why}): they are kept aside under “{key}”, not erased.',
      notJson: 'not JSON',
      notList: 'not a list',
      entry:
        'Saved scenario no. {index} cannot be read (field “{field}”: {found}): it is kept aside, the others are here.',
      duplicate: 'Two scenarios were named “{name}”: the second is now “{renamed}”.',
      ignored: '“{name}”: parameters ignored: {params}.',
      full: 'The browser’s storage is full: the scenario was not saved. Those already saved are intact.',
      blocked:
        'This browser does not let this site store data (local storage blocked): scenarios cannot be saved here. The page’s link keeps the current scenario.',
      noName: 'A scenario needs a name of 1 to {max} characters, with no invisible character.',
      exists: 'A scenario named “{name}” already exists.',
      missing: 'No saved scenario is named “{name}”.',
      file: '{file}: field “{field}” should be {expected}, found: {found}.',
      fileNotJson: '{file}: not a JSON file.'
    },
    mcTime: 'Monte Carlo: {runs} draws in {ms} ms (in a Web Worker).'
  },
  chart: {
    jobs: 'Direct jobs (scenario)',
    jobsColumn: 'Direct jobs',
    trained: 'Trained people in post',
    unfilled: 'Jobs without a trained person',
    unfilledShort: 'Without a trained person',
    surplus: 'Trained people without a post',
    band: '10%–90% interval',
    bandOf: '{what}: 10%–90% interval',
    renewal: 'Programmes renewed after their announced funding (assumption)',
    renewalFrom: 'renewal assumed from {year}',
    renewalNote:
      'Hatched from {year}: these years rest on programmes being renewed after their announced funding ends (a model assumption, set in the workbench)',
    renewalItem: 'from {year}',
    separator: '; ',
    year: 'Year',
    xLabel: 'values at 31 December',
    source: 'Source',
    dataAsOf: 'Data as of',
    showTable: 'Show the chart’s data',
    legend: 'Legend',
    p10: '{what} p10',
    p90: '{what} p90',
    atYear: '{year}, at 31 December',
    bandRange: '10%–90% interval: {range}',
    valueItem: '{label}: {value}',
    interactive:
      '{title}. Values by year: hover or tap the chart, or, once selected, the ← and → keys (Home, End; Escape hides).',
    interactiveBars:
      '{title}. Values by parameter: hover or tap a bar, or, once the chart is selected, the ↑ and ↓ keys (Home, End; Escape hides).',
    sites: 'Sites in the chart',
    sitesAll: 'All sites',
    sitesNone: 'No site chosen: tick at least one site to see its curves.',
    sitesBands:
      'Sites chosen: {n} of {total}. The 10%–90% intervals are only computed for all the territory’s sites together.',
    embed: 'Embed this chart',
    embedHelp:
      'Copy this code into a web page: it shows this chart (title, legend, source) in this view’s state.',
    embedCopy: 'Copy the code',
    embedCopied: 'Code copied.',
    embedOpen: 'Open the embeddable view',
    embedFrom: 'Relève, observatory of jobs and training for new industrial sites'
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
  },
  market: {
    title: 'The local labour market',
    intro:
      'Hiring projects from France Travail’s Besoins en Main-d’Œuvre (BMO) survey, all occupations and sectors together: what the territory’s employers planned to hire each year.',
    territory: 'Territory',
    year: 'Year',
    projects: 'Hiring projects',
    difficult: 'Judged difficult',
    source: 'Source',
    approximate: '≈ figure rounded by the source',
    hires:
      '{name} would hire most in {year} in the projection (“{preset}” scenario): about {hires} direct jobs created, as many as {share} of the {projects} hiring projects counted in {bmoYear} ({territory}), all occupations together.',
    hiresSites:
      'The territory’s tracked sites would hire most in {year} in the projection (“{preset}” scenario): about {hires} direct jobs created, as many as {share} of the {projects} hiring projects counted in {bmoYear} ({territory}), all occupations together.',
    noHires:
      'The projection creates no new direct job at {name} over the horizon (“{preset}” scenario).',
    missing:
      'BMO figures by occupation and by employment area for this territory were not found in the publications searched: only the all-occupation totals are shown (list in data/README.md).',
    none: 'No BMO figure was found for this territory.',
    projection: {
      title: 'The next years, projected',
      caption:
        '{territory}: projection {from}–{to} by the “{method}” method, chosen among {candidates} methods of the forecasting library by rolling-origin validation (mean absolute one-year-ahead error over {origins} years: {mae} projects). Bands: 80% and 95% prediction intervals. It is a projection of past trends, not a survey figure.',
      tooShort:
        '{territory}: series too short to project ({range}, {count}; at least {needed} are needed, with no missing year).',
      years: { one: 'consecutive year', other: 'consecutive years' },
      observed: 'Projects (BMO survey)',
      projected: 'Projection',
      band80: '80% interval',
      band95: '95% interval',
      chartLabel:
        '{territory}: BMO hiring projects observed from {first} to {last} and projected to {to} with their 80% and 95% intervals (values in the table that follows).',
      methods: {
        naive: 'naive (last value carried forward)',
        drift: 'drift (the average trend extended)',
        ses: 'simple exponential smoothing',
        holt: 'Holt (linear trend)',
        damped: 'damped trend',
        theta: 'Theta',
        dotm: 'dynamic optimised Theta (DOTM)',
        comb: 'mean of simple smoothing, Holt and damped trend',
        combMedian: 'median of naive, damped trend and drift'
      }
    }
  },
  upload: {
    readAs: 'File read as {encoding}, separator {delimiter}.',
    notUtf8: 'It was not UTF-8: it was converted. To share it, save it as “CSV UTF-8”.',
    semicolon: 'semicolon (decimal comma accepted)',
    comma: 'comma',
    tab: 'tab',
    storedSetAside: 'Stored rows set aside (the others are kept):'
  }
};

export const MESSAGES: Record<Lang, Messages> = { fr, en };

/** Fills `{name}` placeholders: fill('En {year}', { year: 2030 }) → "En 2030". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
