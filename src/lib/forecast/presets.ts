/**
 * The four named scenario presets. Each parameter carries its source and reasoning in French and
 * English (`BilingualText`), as the methodology page shows them; docs/presets.md gives the same
 * reasoning as tables, in both languages.
 *
 * A preset has global scenario fields and per-site rules. Rules match a site by a keyword of its
 * id or name (e.g. "aesc" matches id "aesc-douai" and name "AESC Douai"), so a preset survives a
 * change of id spelling; `presetScenario` resolves them into `scenario.sites` overrides for the
 * sites at hand.
 *
 * Delays and target scales are relative to each site's row in the default dataset
 * (data/sites.csv): its production and full-capacity years and its target (the high end of its
 * range). Those rows hold the NEWEST announcement of each site, several of them already revised
 * (Verkor's 2024 re-plan, ProLogium's 2026 revision, Tiamat's 2027 start, AESC's 2025–2026
 * dates), so a rule only corrects what the row does not already carry: a revision is never
 * applied twice.
 *
 * @example
 *   const scenario = presetScenario('realiste', { years: [2024, 2035], sites });
 *   project({ sites, programs, scenario });
 */
import { InputError } from './errors.ts';
import type { Scenario, Site, SiteOverride } from './types.ts';

export type PresetId = 'annonces' | 'realiste' | 'stress' | 'volontariste';

/**
 * A text shown to readers, in the app's two languages (French first). Both versions say the same
 * thing with the same figures, in each language's typography (fr: « 1 200 », « 0,572 »; en:
 * "1 200", "0.572"); a test checks that their numbers match.
 */
export interface BilingualText {
  fr: string;
  en: string;
}

export interface SiteRule extends SiteOverride {
  /** Lower-case keywords; the rule applies to a site whose id or name contains one as a word. */
  match: readonly string[];
  /** Where the numbers come from. */
  source: BilingualText;
}

export interface ScenarioPreset {
  id: PresetId;
  label: BilingualText;
  description: BilingualText;
  /** Global scenario fields (years are the caller's). */
  scenario: Omit<Scenario, 'years' | 'sites' | 'programs'>;
  /** Sources of the global fields, by field name. */
  sources: Partial<Record<keyof Scenario, BilingualText>>;
  /** Per-site rules, the first matching rule wins. */
  siteRules: readonly SiteRule[];
  /** Applied to the sites no rule matches. */
  otherSites?: SiteOverride & { source: BilingualText };
}

/** One project of the reference class: its first plan against the plan that now holds. */
export interface ReferenceProject {
  site: string;
  /** Years between the first plan's dates and the dates that now hold. */
  slipYears: number;
  /** Direct jobs of the first plan. */
  firstTarget: number;
  /** Direct jobs of the plan that now holds (the site's row). */
  keptTarget: number;
  source: BilingualText;
}

/**
 * The reference class: the three Hauts-de-France gigafactories whose first plan can be compared
 * with what happened (FACTS.md; data/site_plans.csv; data/observations.csv).
 */
export const REFERENCE_CLASS: readonly ReferenceProject[] = [
  {
    site: 'aesc-douai',
    slipYears: 1,
    firstTarget: 1200,
    keptTarget: 1200,
    source: {
      fr:
        'AESC : plan de 2021, 1 000–1 200 emplois au démarrage, fin 2024 ' +
        '(concertation-envision-aesc.fr ; france3-regions) ; production depuis mars 2025, 900 ' +
        'salariés en janvier 2026 avec 1 200 visés (AFP via boursorama.com) : environ un an de ' +
        'retard, premier bloc gardé. Ses 2 500–3 000 emplois vers 2029 étaient conditionnés à ' +
        'des blocs supplémentaires et ne sont pas comptés comme premier objectif',
      en:
        'AESC: 2021 plan 1 000–1 200 jobs at the start, end 2024 (concertation-envision-aesc.fr; ' +
        'france3-regions); production from March 2025, 900 employees in Jan 2026 with 1 200 ' +
        'targeted (AFP via boursorama.com): about one year late, first block kept. Its ' +
        '2 500–3 000 by 2029 was conditional on more blocks and is not counted as the first target'
    }
  },
  {
    site: 'verkor-dunkerque',
    slipYears: 2,
    firstTarget: 2000,
    keptTarget: 1200,
    source: {
      fr:
        'Verkor : plan de 2022, 1 200 emplois directs en 2025 et 2 000 en 2030 ' +
        '(hautsdefrance.fr ; francebleu.fr) ; nouveau plan de 2024, 1 200 en 2027 ' +
        '(journalauto.com), confirmé à l’inauguration du 11 décembre 2025 (deltafm.fr) : deux ' +
        'ans de retard, 1 200 des 2 000 gardés',
      en:
        'Verkor: 2022 plan 1 200 direct jobs by 2025 and 2 000 by 2030 (hautsdefrance.fr; ' +
        'francebleu.fr); 2024 re-plan 1 200 by 2027 (journalauto.com), confirmed at the ' +
        'inauguration on 11 Dec 2025 (deltafm.fr): two years late, 1 200 of 2 000 kept'
    }
  },
  {
    site: 'prologium-dunkerque',
    slipYears: 2,
    firstTarget: 3000,
    keptTarget: 350,
    source: {
      fr:
        'ProLogium : plan de 2023, 3 000 emplois directs, production fin 2026 (francebleu.fr) ; ' +
        'révision de 2026 : première pierre le 10 février 2026, 0,8 GWh en 2028, 350 emplois ' +
        'en 2030 (42mag.fr) : deux ans de retard, 350 des 3 000 gardés',
      en:
        'ProLogium: 2023 plan 3 000 direct jobs, production end 2026 (francebleu.fr); 2026 ' +
        'revision: first stone 10 Feb 2026, 0.8 GWh in 2028, 350 jobs by 2030 (42mag.fr): two ' +
        'years late, 350 of 3 000 kept'
    }
  }
];

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Mean slip of the reference class: (1 + 2 + 2) / 3 = 5/3 ≈ 1.67 years. */
export const REFERENCE_CLASS_DELAY = mean(REFERENCE_CLASS.map((p) => p.slipYears));

/** Mean share of the first target kept: (1 + 1 200/2 000 + 350/3 000) / 3 ≈ 0.572. */
export const REFERENCE_CLASS_SCALE = mean(REFERENCE_CLASS.map((p) => p.keptTarget / p.firstTarget));

const REFERENCE_CLASS_SOURCE: BilingualText = {
  fr:
    'Classe de référence, premiers plans face aux plans qui tiennent aujourd’hui — ' +
    REFERENCE_CLASS.map((p) => p.source.fr).join(' ; ') +
    '. Retard moyen (1 + 2 + 2) / 3 = 1,67 an ; part moyenne du premier objectif gardée ' +
    '(1 + 1 200/2 000 + 350/3 000) / 3 = 0,572 (FACTS.md ; data/site_plans.csv)',
  en:
    'Reference class, first plans against the plans that now hold — ' +
    REFERENCE_CLASS.map((p) => p.source.en).join('; ') +
    '. Mean delay (1 + 2 + 2) / 3 = 1.67 years; mean share of the first target kept ' +
    '(1 + 1 200/2 000 + 350/3 000) / 3 = 0.572 (FACTS.md; data/site_plans.csv)'
};

/** The T&E figure used for cancelled capacity in `stress`. */
const TE_SHARE_KEPT = 0.32;
const TE_SOURCE: BilingualText = {
  fr:
    'Transport & Environment 2023 : 68 % des capacités de batteries prévues dans l’UE sont ' +
    '« à risque », comptées ici comme perdues (1 - 0,68 = 0,32 gardé ; FACTS.md)',
  en:
    'Transport & Environment 2023: 68 % of planned EU battery capacity at risk, taken here as ' +
    'lost (1 - 0.68 = 0.32 kept; FACTS.md)'
};

// ——— realiste ———

const AESC_REALISTIC: BilingualText = {
  fr:
    'AESC Douai : la ligne (production 2025, pleine capacité 2026, 1 000–1 200, objectif 1 200) ' +
    'contient déjà le glissement d’un an du plan de 2021 (démarrage fin 2024). 650 salariés ' +
    'observés en juin 2025 (journalauto.com) et 900 en janvier 2026 avec 1 200 toujours visés ' +
    '(AFP via boursorama.com) ; la courbe du modèle passe par ces effectifs observés (elle est ' +
    'calée sur eux, docs/model.md) et suit donc déjà le rythme réel du site : pas de retard ' +
    'supplémentaire (0) et les 1 200 réaffirmés gardés (× 1)',
  en:
    'AESC Douai: the row (production 2025, full capacity 2026, 1 000–1 200, target 1 200) already ' +
    'carries the one-year slip from the 2021 plan (start end 2024). Observed 650 employees in June ' +
    '2025 (journalauto.com) and 900 in Jan 2026 with 1 200 still targeted (AFP via ' +
    'boursorama.com); the model’s curve passes through these observed headcounts (it is ' +
    'calibrated on them, docs/model.md), so it already follows the site’s real pace: no further ' +
    'delay (0) and the restated 1 200 kept (× 1)'
};

const VERKOR_REALISTIC: BilingualText = {
  fr:
    'Verkor Dunkerque : la ligne est le nouveau plan d’avril 2024 (production à l’été 2025, ' +
    '1 200 CDI en 2027 ; journalauto.com), confirmé à l’inauguration du 11 décembre 2025 ' +
    '(deltafm.fr) ; elle contient déjà les deux ans de retard et l’abandon des 2 000 du plan de ' +
    '2022 (1 200 en 2025, 2 000 en 2030 ; hautsdefrance.fr). 570 salariés à l’inauguration ' +
    '(lagazettefrance.fr) : en retard sur le rythme annuel du nouveau plan (300 embauches en ' +
    '2024, au moins 600 en 2025, soit environ 900) ; la courbe du modèle passe par ces 570 ' +
    '(elle est calée sur les effectifs observés, docs/model.md) et le reste de la montée suit la ' +
    'ligne, l’usine tournant « quasiment à plein régime » (deltafm.fr) — retard 0, × 1',
  en:
    'Verkor Dunkerque: the row is the April 2024 re-plan (production summer 2025, 1 200 permanent ' +
    'jobs by 2027; journalauto.com), confirmed at the inauguration on 11 Dec 2025 (deltafm.fr); it ' +
    'already carries the two-year slip and the lost 2 000 of the 2022 plan (1 200 by 2025, 2 000 by ' +
    '2030; hautsdefrance.fr). 570 employees at the inauguration (lagazettefrance.fr): behind the ' +
    're-plan’s yearly path (300 hires in 2024, ≥ 600 in 2025, i.e. about 900); the model’s curve ' +
    'passes through these 570 (it is calibrated on observed headcounts, docs/model.md) and the ' +
    'rest of the ramp follows the row, the plant running almost at full rate (deltafm.fr) — ' +
    'delay 0, × 1'
};

const PROLOGIUM_REALISTIC: BilingualText = {
  fr:
    'ProLogium Dunkerque : la ligne est déjà la révision de 2026 (première pierre le 10 février ' +
    '2026, 0,8 GWh en 2028, 4 GWh et 350 emplois en 2030 ; 42mag.fr) du plan de 2023 (3 000 ' +
    'emplois directs, production fin 2026 ; francebleu.fr) : deux ans plus tard et ' +
    '350/3 000 = 0,117 des emplois. Cette révision est elle-même la correction de la classe de ' +
    'référence ; appliquer encore 350/3 000 et +2 ans laisserait environ 2 emplois en 2030 (un ' +
    'double compte) — retard 0, × 1',
  en:
    'ProLogium Dunkerque: the row is already the 2026 revision (first stone 10 Feb 2026, 0.8 GWh ' +
    'in 2028, 4 GWh and 350 jobs by 2030; 42mag.fr) of the 2023 plan (3 000 direct jobs, ' +
    'production end 2026; francebleu.fr): two years later and 350/3 000 = 0.117 of the jobs. That ' +
    'revision is itself the reference-class haircut; applying 350/3 000 and +2 years again would ' +
    'leave about 2 jobs in 2030 (a double count) — delay 0, × 1'
};

const ACC_REALISTIC: BilingualText = {
  fr:
    'ACC Douvrin : la ligne est le plan de 2021 (production 2023, 1 400–2 000 emplois directs en ' +
    '2030 en trois blocs ; concertation-acc-batteries.fr), objectif = le haut de fourchette, ' +
    '2 000. 250 salariés observés en mai 2023 (rtl.fr) et environ 450 en novembre 2023 ' +
    '(polesocietes.com) contre 200–300 prévus pour 2023 et 350–500 pour 2024 : dans les temps ' +
    'ou en avance, retard 0. Objectif : le bas de fourchette, 1 400/2 000 = 0,7 — en février ' +
    '2026, la montée en cadence est plus lente que voulu et les usines allemande et italienne ' +
    'sont abandonnées (journalauto.com), et les effectifs réalisés tombent au bas des ' +
    'fourchettes annoncées (AESC : 900 en janvier 2026, sous les 1 000–1 200 prévus d’abord ' +
    'pour fin 2024)',
  en:
    'ACC Douvrin: the row is the 2021 plan (production 2023, 1 400–2 000 direct jobs in 2030 in ' +
    'three blocks; concertation-acc-batteries.fr), target = the high end 2 000. Observed 250 in ' +
    'May 2023 (rtl.fr) and about 450 in Nov 2023 (polesocietes.com) against 200–300 planned for ' +
    '2023 and 350–500 for 2024: on or ahead of schedule, delay 0. Target: the low end, ' +
    '1 400/2 000 = 0.7 — in Feb 2026 the ramp-up is slower than wanted and the German and Italian ' +
    'plants are abandoned (journalauto.com), and realised headcounts land at the low end of ' +
    'announced ranges (AESC: 900 in Jan 2026, below the 1 000–1 200 first planned for end 2024)'
};

const FLINS_REALISTIC: BilingualText = {
  fr:
    'Renault ReFactory Flins (région 11) : la ligne est l’objectif de Renault de novembre 2020, ' +
    'plus de 3 000 personnes sur le site en 2030 (Agefi-Dow Jones via fr.advfn.com), pour une ' +
    'usine existante qui comptait environ 2 400–2 600 salariés à l’annonce et se reconvertit ' +
    'depuis 2021 (campus ICM en 2023, communiqué de Renault, seed 004) : pas une gigafactory ' +
    'nouvelle. En novembre 2023, le directeur du site annonce 2 000 salariés et 400 emplois ' +
    'encore à créer (lagazette-yvelines.fr, 15 novembre 2023) : la lecture réaliste est cet ' +
    'effectif plus ces créations, 2 000 + 400 = 2 400, soit 2 400/3 000 = 0,8 de l’objectif ; ' +
    'retard 0, la reconversion a commencé en 2021 comme annoncé',
  en:
    'Renault ReFactory Flins (région 11): the row is Renault’s Nov 2020 goal of more than 3 000 ' +
    'people on the site by 2030 (Agefi-Dow Jones via fr.advfn.com) for an existing plant that had ' +
    'about 2 400–2 600 employees at the announcement and has been converting since 2021 (ICM ' +
    'campus 2023, Renault press release, seed 004): not a new gigafactory. In Nov 2023 the site ' +
    'director reported 2 000 employees and 400 jobs still to create (lagazette-yvelines.fr, 15 Nov ' +
    '2023): the realistic reading is that workforce plus those jobs, 2 000 + 400 = 2 400, i.e. ' +
    '2 400/3 000 = 0.8 of the target; delay 0, the conversion started in 2021 as announced'
};

const TIAMAT_REALISTIC: BilingualText = {
  fr:
    'Tiamat Amiens (sodium-ion) : pas lancé. La ligne (production 2027, 2 000 emplois en 2031 ; ' +
    'clubentreprise.fr) a déjà décalé d’un an le plan de mai 2024 (démarrage début 2026, ' +
    'environ 2 000 en 2030 ; energiesactu.fr, francebleu.fr), mais les travaux prévus fin 2025 ' +
    'ne sont pas signalés comme commencés : la ligne est encore un plan d’avant chantier, le ' +
    'type de plan que la classe de référence voit glisser, d’où la moyenne de la classe. ' +
    REFERENCE_CLASS_SOURCE.fr,
  en:
    'Tiamat Amiens (sodium-ion): not started. The row (production 2027, 2 000 jobs by 2031; ' +
    'clubentreprise.fr) already moved the May 2024 plan (start early 2026, about 2 000 by 2030; ' +
    'energiesactu.fr, francebleu.fr) by a year, but the works planned for end 2025 are not ' +
    'reported started: the row is still a pre-construction plan, the kind the reference class ' +
    'shows slipping, so it gets the class mean. ' +
    REFERENCE_CLASS_SOURCE.en
};

const NEOMAT_REALISTIC: BilingualText = {
  fr:
    'Neomat Dunkerque (Orano–XTC) : pas lancé, décision finale d’investissement attendue à ' +
    'l’été 2025 et non confirmée (orano.group ; eedk.fr) ; la ligne (démarrage fin 2026, ' +
    '1 300 CDI en 2030) est le premier plan, d’où la moyenne de la classe. ' +
    REFERENCE_CLASS_SOURCE.fr,
  en:
    'Neomat Dunkerque (Orano–XTC): not started, final investment decision expected in summer 2025 ' +
    'and unconfirmed (orano.group; eedk.fr); the row (start end 2026, 1 300 permanent jobs by ' +
    '2030) is the first plan, so it gets the class mean. ' +
    REFERENCE_CLASS_SOURCE.en
};

/** Realistic demand: each row corrected only for what it does not already carry. */
const REALISTIC_RULES: readonly SiteRule[] = [
  { match: ['aesc'], delayYears: 0, targetScale: 1, source: AESC_REALISTIC },
  { match: ['verkor'], delayYears: 0, targetScale: 1, source: VERKOR_REALISTIC },
  { match: ['prologium'], delayYears: 0, targetScale: 1, source: PROLOGIUM_REALISTIC },
  { match: ['acc'], delayYears: 0, targetScale: 1400 / 2000, source: ACC_REALISTIC },
  {
    match: ['refactory', 'flins'],
    delayYears: 0,
    targetScale: 2400 / 3000,
    source: FLINS_REALISTIC
  },
  {
    match: ['tiamat'],
    delayYears: REFERENCE_CLASS_DELAY,
    targetScale: REFERENCE_CLASS_SCALE,
    source: TIAMAT_REALISTIC
  },
  {
    match: ['neomat'],
    delayYears: REFERENCE_CLASS_DELAY,
    targetScale: REFERENCE_CLASS_SCALE,
    source: NEOMAT_REALISTIC
  }
];

const REALISTIC_OTHERS = {
  delayYears: REFERENCE_CLASS_DELAY,
  targetScale: REFERENCE_CLASS_SCALE,
  source: {
    fr:
      'Un site qu’aucune règle ne connaît est traité comme pas lancé (sa ligne prise comme un ' +
      'premier plan). ' +
      REFERENCE_CLASS_SOURCE.fr,
    en:
      'A site no rule knows is treated as not started (its row taken as a first plan). ' +
      REFERENCE_CLASS_SOURCE.en
  }
};

// ——— stress ———

const STRESS_RULES: readonly SiteRule[] = [
  {
    match: ['aesc'],
    delayYears: 1,
    targetScale: 1000 / 1200,
    source: {
      fr:
        'AESC (en production) : un an de retard de plus, le plus petit glissement de la classe ' +
        'de référence (celui d’AESC) une fois encore, et le bas de la fourchette de démarrage, ' +
        '1 000/1 200 = 0,833 (concertation-envision-aesc.fr, 2021 ; 900 salariés en janvier ' +
        '2026, AFP via boursorama.com)',
      en:
        'AESC (producing): one more year of delay, the smallest slip of the reference class ' +
        '(AESC’s own) once more, and the low end of the start range, 1 000/1 200 = 0.833 ' +
        '(concertation-envision-aesc.fr, 2021; 900 employees in Jan 2026, AFP via boursorama.com)'
    }
  },
  {
    match: ['verkor'],
    delayYears: 1,
    targetScale: 1,
    source: {
      fr:
        'Verkor (en production) : un an de retard de plus sur le nouveau plan de 2024 ; ses ' +
        '1 200 emplois ne sont déjà que le premier bloc (16 GWh ; les 2 000 emplois et 50 GWh ' +
        'du plan de 2022 ne sont pas dans la ligne), donc × 1 (journalauto.com ; deltafm.fr)',
      en:
        'Verkor (producing): one more year of delay on the 2024 re-plan; its 1 200 jobs are ' +
        'already the first block only (16 GWh; the 2 000 and 50 GWh of the 2022 plan are not in ' +
        'the row), so × 1 (journalauto.com; deltafm.fr)'
    }
  },
  {
    match: ['prologium'],
    delayYears: 2,
    targetScale: 1,
    source: {
      fr:
        'ProLogium (en chantier depuis le 10 février 2026) : le plus grand glissement de la ' +
        'classe de référence (2 ans, celui de Verkor et le sien, 2023→2026) une fois encore, sur ' +
        'les 350 emplois révisés (42mag.fr), qui ont déjà abandonné les 3 000 du plan de 2023 : ' +
        '× 1',
      en:
        'ProLogium (under construction since 10 Feb 2026): the largest slip of the reference ' +
        'class (2 years, Verkor’s and its own 2023→2026 slip) once more, at the revised 350 jobs ' +
        '(42mag.fr), which already drop the 3 000 of the 2023 plan: × 1'
    }
  },
  {
    match: ['acc'],
    delayYears: 1,
    targetScale: 1000 / 2000,
    source: {
      fr:
        'ACC (en production) : un an de retard de plus et seulement les deux premiers blocs, ' +
        '1 000/2 000 = 0,5 : le haut des 600–1 000 prévus pour 2025 avec le deuxième bloc (plan ' +
        'de 2021, concertation-acc-batteries.fr) ; le troisième bloc suit les usines allemande ' +
        'et italienne abandonnées en février 2026 (journalauto.com)',
      en:
        'ACC (producing): one more year of delay and only the first two blocks, 1 000/2 000 = 0.5: ' +
        'the high end of the 600–1 000 planned for 2025 with the second block (2021 plan, ' +
        'concertation-acc-batteries.fr); the third block goes the way of the German and Italian ' +
        'plants abandoned in Feb 2026 (journalauto.com)'
    }
  },
  {
    match: ['refactory', 'flins'],
    delayYears: 1,
    targetScale: 2400 / 3000,
    source: {
      fr:
        'ReFactory Flins (en reconversion) : un an de retard de plus et aucune croissance ' +
        'au-delà de l’effectif existant, 2 400/3 000 = 0,8 (environ 2 400–2 600 salariés à ' +
        'l’annonce de novembre 2020 ; fr.advfn.com)',
      en:
        'ReFactory Flins (converting): one more year of delay and no growth beyond the existing ' +
        'workforce, 2 400/3 000 = 0.8 (about 2 400–2 600 employees at the Nov 2020 announcement; ' +
        'fr.advfn.com)'
    }
  }
];

const STRESS_NOT_STARTED = {
  delayYears: 3,
  targetScale: TE_SHARE_KEPT,
  source: {
    fr:
      'Pas lancés (Tiamat, Neomat et tout site qu’aucune règle ne connaît) : le plus grand ' +
      'glissement observé (2 ans, Verkor, ProLogium) plus un, à partir des dates de la ligne ; ' +
      TE_SOURCE.fr,
    en:
      'Not started (Tiamat, Neomat and any site no rule knows): the largest observed slip (2 years, ' +
      'Verkor, ProLogium) plus one, from the row’s dates; ' +
      TE_SOURCE.en
  }
};

export const PRESETS: Readonly<Record<PresetId, ScenarioPreset>> = {
  annonces: {
    id: 'annonces',
    label: { fr: 'Annonces', en: 'Announcements' },
    description: {
      fr: 'Les annonces les plus récentes des industriels (certaines déjà révisées), sans retard ni révision supplémentaire.',
      en: "The companies' newest announcements (some already revised), with no further delay or revision."
    },
    scenario: { delayYears: 0, targetScale: 1, intakeScale: 1 },
    sources: {
      delayYears: {
        fr:
          'Années de démarrage et de pleine capacité de l’annonce la plus récente de chaque ' +
          'site, comme dans data/sites.csv (FACTS.md, sites batteries)',
        en:
          'Production and full-capacity years of each site’s newest announcement, as in ' +
          'data/sites.csv (FACTS.md, battery sites)'
      },
      targetScale: {
        fr:
          'Emplois directs de l’annonce la plus récente de chaque site, haut de sa fourchette, ' +
          'comme dans data/sites.csv (FACTS.md, sites batteries)',
        en:
          'Direct jobs of each site’s newest announcement, high end of its range, as in ' +
          'data/sites.csv (FACTS.md, battery sites)'
      },
      intakeScale: {
        fr: 'Entrées en formation telles que publiées par chaque programme (FACTS.md, offre de formation)',
        en: 'Training intakes as published by each programme (FACTS.md, training supply)'
      }
    },
    siteRules: []
  },

  realiste: {
    id: 'realiste',
    label: { fr: 'Réaliste', en: 'Realistic' },
    description: {
      fr: 'Les annonces les plus récentes, corrigées là où elles ne l’ont pas déjà été : bas de fourchette pour ACC et Flins, retard et objectif réduit de la classe de référence (AESC, Verkor, ProLogium) pour les projets pas encore lancés.',
      en: 'The newest announcements, corrected only where not already revised: low end of the range for ACC and Flins, the reference class’s (AESC, Verkor, ProLogium) delay and reduced target for projects not yet started.'
    },
    scenario: { delayYears: 0, targetScale: 1, intakeScale: 1 },
    sources: {
      intakeScale: {
        fr:
          'Entrées en formation telles que publiées ; réussite et placement comme dans la ligne ' +
          'de chaque programme',
        en: 'Training intakes as published; completion and placement as in each programme row'
      }
    },
    siteRules: REALISTIC_RULES,
    otherSites: REALISTIC_OTHERS
  },

  stress: {
    id: 'stress',
    label: { fr: 'Tension', en: 'Stress' },
    description: {
      fr: 'Retards plus longs et blocs annulés : seuls les premiers blocs se font.',
      en: 'Longer delays and cancelled blocks: only the first blocks are built.'
    },
    scenario: { delayYears: 0, targetScale: 1, intakeScale: 1 },
    sources: {
      intakeScale: {
        fr: 'Inchangées : la tension porte sur la demande',
        en: 'Unchanged: the stress is on demand'
      }
    },
    siteRules: STRESS_RULES,
    otherSites: STRESS_NOT_STARTED
  },

  volontariste: {
    id: 'volontariste',
    label: { fr: 'Volontariste', en: 'Proactive' },
    description: {
      fr: 'La demande du scénario réaliste, avec 50 % de places de formation en plus et un meilleur placement.',
      en: 'The realistic scenario’s demand, with 50 % more training places and better placement.'
    },
    scenario: { delayYears: 0, targetScale: 1, intakeScale: 1.5, placementScale: 73 / 66 },
    sources: {
      intakeScale: {
        fr:
          'Levier politique, pas une prévision : +50 % de places dans chaque programme, l’ordre ' +
          'de grandeur de l’effort de 80 M€ de la Région pour la formation aux métiers des ' +
          'gigafactories (seed 000), reconduit sur l’horizon',
        en:
          'Policy lever, not a forecast: +50 % places in every programme, the scale of the ' +
          "Région's €80 M gigafactory training effort (seed 000) renewed over the horizon"
      },
      placementScale: {
        fr:
          'Placement porté des 66 % de la Région (2021) au meilleur taux de retour à l’emploi ' +
          'observé après une préparation à l’embauche, 73 % (AFPR/POEI, Centre Inffo / France ' +
          'Travail) : × 73/66, plafonné à 1',
        en:
          'Placement raised from the Région’s 66 % (2021) to the best observed return to work after ' +
          'pre-hire training, 73 % (AFPR/POEI, Centre Inffo / France Travail): × 73/66, capped at 1'
      }
    },
    // The proactive scenario plays its training lever against the realistic demand.
    siteRules: REALISTIC_RULES,
    otherSites: REALISTIC_OTHERS
  }
};

/** Same object, lower-case name for `presets.annonces` style access. */
export const presets = PRESETS;

export const PRESET_IDS: readonly PresetId[] = ['annonces', 'realiste', 'stress', 'volontariste'];

function words(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
  );
}

/** The first rule whose keywords match the site's id or name, if any. */
export function ruleForSite(
  preset: ScenarioPreset,
  site: Pick<Site, 'id' | 'name'>
): SiteRule | undefined {
  const w = new Set([...words(site.id), ...words(site.name ?? '')]);
  return preset.siteRules.find((r) => r.match.some((k) => w.has(k)));
}

/** A full scenario from a preset for the given sites and years (rules → `scenario.sites`). */
export function presetScenario(
  preset: PresetId | ScenarioPreset,
  context: { years: [number, number]; sites: readonly Pick<Site, 'id' | 'name'>[] }
): Scenario {
  const p = typeof preset === 'string' ? PRESETS[preset] : preset;
  if (!p) throw new InputError('preset', 'presetScenario()', `is unknown: ${String(preset)}`);
  const sites: Record<string, SiteOverride> = {};
  for (const site of context.sites) {
    const rule = ruleForSite(p, site) ?? p.otherSites;
    if (!rule) continue;
    const o: SiteOverride = {};
    if (rule.delayYears !== undefined) o.delayYears = rule.delayYears;
    if (rule.targetScale !== undefined) o.targetScale = rule.targetScale;
    sites[site.id] = o;
  }
  return { ...p.scenario, years: [context.years[0], context.years[1]], sites };
}
