/**
 * The words of the workbench's « Ajouter une formation » form and of its list of programmes added
 * (`src/lib/workbench/AddProgramme.svelte`), French first, English second (`en` has every key of
 * `fr`, the type says so). The problems' « attendu … trouvé … » are the upload's own texts
 * (`uploadText`), so a value is refused in the same words as in an uploaded file.
 */
import type { Lang } from './lang.ts';

const fr = {
  title: 'Ajouter une formation',
  help: 'Une formation qui n’existe pas encore, pour voir ce qu’elle changerait\u00a0: elle entre dans le scénario, son lien et ses copies enregistrées, vérifiée comme une ligne chargée dans l’explorateur. C’est une hypothèse, marquée «\u00a0ajout de l’atelier\u00a0» partout où elle apparaît.',
  fields: {
    occupation: 'Famille de métiers',
    target: 'Destinée à (site ou région)',
    intake_per_year: 'Entrées par an',
    start_year: 'Première rentrée',
    duration_years: 'Durée (années)',
    completion_rate: 'Taux de réussite (part, de 0 à 1)',
    placement_rate: 'Taux de placement (part, de 0 à 1)',
    budget_eur: 'Coût par place (€, facultatif)'
  },
  sitesGroup: 'Sites',
  regionsGroup: 'Régions',
  choose: 'Choisir…',
  completionDefault:
    'Par défaut 0,73\u00a0: part des candidats au titre professionnel qui l’obtiennent (toutpourlemploi.fr, 2022).',
  placementDefault:
    'Par défaut 0,7\u00a0: 69 à 73\u00a0% des demandeurs d’emploi en poste 6 mois après une formation préalable à l’embauche (France Travail).',
  costHelp: 'Vide\u00a0: coût inconnu (le levier budget reste indisponible pour cette formation).',
  submit: 'Ajouter au scénario',
  problem: '{field} ({column})\u00a0: attendu {expected}, trouvé {found}',
  problemsSummary: {
    one: '1 valeur à corriger\u00a0: voir le champ signalé.',
    other: '{n} valeurs à corriger\u00a0: voir les champs signalés.'
  },
  full: 'Au plus {max} formations ajoutées par scénario.',
  added:
    '«\u00a0{name}\u00a0» est dans le scénario\u00a0: tous les chiffres de la page en tiennent compte.',
  listTitle: 'Formations ajoutées dans l’atelier',
  entry:
    '{intake} entrées par an dès {start}, durée {duration}\u00a0; réussite {completion}, placement {placement}\u00a0; {cost}.',
  years: { one: '{n}\u00a0an', other: '{n}\u00a0ans' },
  costKnown: '{cost} la place',
  costUnknown: 'coût inconnu',
  effect: {
    one: 'Effet en {year}\u00a0: {n} emploi sans personne formée de moins.',
    other: 'Effet en {year}\u00a0: {n} emplois sans personne formée de moins.'
  },
  elsewhere:
    'Destinée à une autre région que celle de l’atelier\u00a0: sans effet sur ses chiffres.',
  noEffect:
    'Effet en {year}\u00a0: aucun emploi sans personne formée de moins (ce métier n’en manque pas là, ou ses diplômés arrivent après {year}).',
  remove: 'Retirer',
  removeLabel: 'Retirer «\u00a0{name}\u00a0» du scénario',
  removed: '«\u00a0{name}\u00a0» est retirée du scénario.'
};

const en: typeof fr = {
  title: 'Add a programme',
  help: 'A programme that does not exist yet, to see what it would change: it joins the scenario, its link and its saved copies, checked like a row uploaded in the explorer. It is an assumption, marked “added in the workbench” wherever it shows.',
  fields: {
    occupation: 'Occupation family',
    target: 'Trains for (site or région)',
    intake_per_year: 'Intake per year',
    start_year: 'First intake',
    duration_years: 'Length (years)',
    completion_rate: 'Completion rate (share, 0 to 1)',
    placement_rate: 'Placement rate (share, 0 to 1)',
    budget_eur: 'Cost per place (€, optional)'
  },
  sitesGroup: 'Sites',
  regionsGroup: 'Régions',
  choose: 'Choose…',
  completionDefault:
    'Default 0.73: share of titre professionnel candidates who obtain it (toutpourlemploi.fr, 2022).',
  placementDefault:
    'Default 0.7: 69 to 73% of job seekers in work 6 months after pre-hire training (France Travail).',
  costHelp: 'Empty: cost unknown (the budget lever stays unavailable for this programme).',
  submit: 'Add to the scenario',
  problem: '{field} ({column}): expected {expected}, found {found}',
  problemsSummary: {
    one: '1 value to fix: see the field marked.',
    other: '{n} values to fix: see the fields marked.'
  },
  full: 'At most {max} programmes added per scenario.',
  added: '“{name}” is in the scenario: every figure of the page counts it.',
  listTitle: 'Programmes added in the workbench',
  entry:
    '{intake} starters a year from {start}, lasting {duration}; completion {completion}, placement {placement}; {cost}.',
  years: { one: '{n} year', other: '{n} years' },
  costKnown: '{cost} per place',
  costUnknown: 'cost unknown',
  effect: {
    one: 'Effect in {year}: {n} fewer job without a trained person.',
    other: 'Effect in {year}: {n} fewer jobs without a trained person.'
  },
  elsewhere: 'Trains for another région than the workbench’s: no effect on its figures.',
  noEffect:
    'Effect in {year}: no fewer jobs without a trained person (that occupation lacks none there, or its graduates arrive after {year}).',
  remove: 'Remove',
  removeLabel: 'Remove “{name}” from the scenario',
  removed: '“{name}” was removed from the scenario.'
};

export const ADDED_MESSAGES: Record<Lang, typeof fr> = { fr, en };

/** The words of « Ajouter un site » (`src/lib/workbench/AddSite.svelte`). */
const siteFr = {
  title: 'Ajouter un site',
  help: 'Un site qui n’est pas dans les données, pour voir ce qu’il changerait\u00a0: il entre dans le scénario, son lien et ses copies enregistrées, vérifié comme une ligne de sites chargée dans l’explorateur. C’est une hypothèse, marquée «\u00a0ajout de l’atelier\u00a0», placée au centre de son département (pas à l’adresse du site).',
  fields: {
    name: 'Nom du site',
    departement: 'Département',
    commune_insee: 'Code Insee de la commune (facultatif)',
    activity: 'Activité',
    occupation_mix: 'Répartition des emplois par métier',
    jobs_direct_low: 'Emplois directs annoncés, bas',
    jobs_direct_high: 'Emplois directs annoncés, haut',
    production_start: 'Début de production',
    full_capacity_year: 'Pleine capacité'
  },
  activities: {
    battery_cells: 'Cellules de batteries',
    battery_materials: 'Matériaux de batteries',
    battery_recycling: 'Recyclage de batteries',
    vehicle_circular_economy: 'Économie circulaire du véhicule'
  } as Record<string, string>,
  region: 'Région\u00a0: {name}',
  choose: 'Choisir…',
  defaultMix: 'Le mix par défaut du modèle',
  likeSite: 'Comme {name}',
  mixLike: 'répartition par métier comme {name}',
  mixDefault: 'répartition par métier par défaut du modèle',
  communeHelp:
    'Cinq caractères, vérifiés comme dans un fichier chargé\u00a0: un code de commune en vigueur (COG), d’une commune du département.',
  highHelp: 'Égal au bas quand l’annonce ne donne pas de fourchette.',
  submit: 'Ajouter le site au scénario',
  full: 'Au plus {max} sites ajoutés par scénario.',
  added:
    '«\u00a0{name}\u00a0» est dans le scénario\u00a0: tous les chiffres de la page en tiennent compte, et une formation ajoutée peut lui être destinée.',
  listTitle: 'Sites ajoutés dans l’atelier',
  range: '{low} à {high}',
  entry:
    '{where}\u00a0; {jobs} emplois directs, production en {start}, pleine capacité en {full}\u00a0; {mix}.',
  elsewhere: 'Dans une autre région que celle de l’atelier\u00a0: sans effet sur ses chiffres.',
  remove: 'Retirer',
  removeLabel: 'Retirer «\u00a0{name}\u00a0» du scénario',
  removed: '«\u00a0{name}\u00a0» est retiré du scénario.'
};

const siteEn: typeof siteFr = {
  title: 'Add a site',
  help: 'A site that is not in the data, to see what it would change: it joins the scenario, its link and its saved copies, checked like a sites row uploaded in the explorer. It is an assumption, marked “added in the workbench”, placed at the centre of its département (not at the site’s address).',
  fields: {
    name: 'Site name',
    departement: 'Département',
    commune_insee: 'INSEE commune code (optional)',
    activity: 'Activity',
    occupation_mix: 'Jobs by occupation',
    jobs_direct_low: 'Direct jobs announced, low',
    jobs_direct_high: 'Direct jobs announced, high',
    production_start: 'Production starts',
    full_capacity_year: 'Full capacity'
  },
  activities: {
    battery_cells: 'Battery cells',
    battery_materials: 'Battery materials',
    battery_recycling: 'Battery recycling',
    vehicle_circular_economy: 'Vehicle circular economy'
  },
  region: 'Région: {name}',
  choose: 'Choose…',
  defaultMix: 'The model’s default mix',
  likeSite: 'Like {name}',
  mixLike: 'jobs by occupation as at {name}',
  mixDefault: 'the model’s default jobs by occupation',
  communeHelp:
    'Five characters, checked as in an uploaded file: a current commune code (COG), of a commune in the département.',
  highHelp: 'Equal to the low end when the announcement gives no range.',
  submit: 'Add the site to the scenario',
  full: 'At most {max} sites added per scenario.',
  added:
    '“{name}” is in the scenario: every figure of the page counts it, and an added programme can train for it.',
  listTitle: 'Sites added in the workbench',
  range: '{low} to {high}',
  entry: '{where}; {jobs} direct jobs, production in {start}, full capacity in {full}; {mix}.',
  elsewhere: 'In another région than the workbench’s: no effect on its figures.',
  remove: 'Remove',
  removeLabel: 'Remove “{name}” from the scenario',
  removed: '“{name}” was removed from the scenario.'
};

export const ADDED_SITE_MESSAGES: Record<Lang, typeof siteFr> = { fr: siteFr, en: siteEn };
