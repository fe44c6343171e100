/**
 * The four named scenario presets. Each parameter carries its source; docs/presets.md gives the
 * same table in French and English for the methodology page.
 *
 * A preset has global scenario fields and per-site rules. Rules match a site by a keyword of its
 * id or name (e.g. "aesc" matches id "aesc-douai" and name "AESC Douai"), so a preset survives a
 * change of id spelling; `presetScenario` resolves them into `scenario.sites` overrides for the
 * sites at hand. Delays are counted from the announced dates, and target scales from the
 * announced target (the high end of the announced range in the default dataset).
 *
 * @example
 *   const scenario = presetScenario('realiste', { years: [2024, 2035], sites });
 *   project({ sites, programs, scenario });
 */
import { InputError } from './errors.ts';
import type { Scenario, Site, SiteOverride } from './types.ts';

export type PresetId = 'annonces' | 'realiste' | 'stress' | 'volontariste';

export interface SiteRule extends SiteOverride {
  /** Lower-case keywords; the rule applies to a site whose id or name contains one as a word. */
  match: readonly string[];
  /** Where the numbers come from. */
  source: string;
}

export interface ScenarioPreset {
  id: PresetId;
  label: { fr: string; en: string };
  description: { fr: string; en: string };
  /** Global scenario fields (years are the caller's). */
  scenario: Omit<Scenario, 'years' | 'sites' | 'programs'>;
  /** Sources of the global fields, by field name. */
  sources: Partial<Record<keyof Scenario, string>>;
  /** Per-site rules, the first matching rule wins. */
  siteRules: readonly SiteRule[];
  /** Applied to the sites no rule matches. */
  otherSites?: SiteOverride & { source: string };
}

/** Reference class: the three Hauts-de-France gigafactories with observed hiring (FACTS.md). */
const AESC_SOURCE =
  'AESC Douai: 1 000–1 200 jobs planned for the start at end 2024; production from March 2025, ' +
  '650 employees in June 2025, 900 in Jan 2026 (target 1 200) — about one year behind ' +
  '(lagazettefrance.fr; journalauto.com; francebleu.fr)';
const VERKOR_SOURCE =
  'Verkor Dunkerque: 1 200 direct jobs planned by 2025 (2022 plan); 570 employees at the ' +
  'inauguration on 11 Dec 2025; 2024 re-plan: 1 200 by 2027 — two years behind ' +
  '(hautsdefrance.fr/recrutements-verkor; lagazettefrance.fr)';
const PROLOGIUM_SOURCE =
  'ProLogium Dunkerque: 3 000 direct jobs and production at end 2026 announced in 2023; revised ' +
  '2026: first stone 10 Feb 2026, 0.8 GWh in 2028, 350 jobs by 2030 — two years late, ' +
  '350 / 3 000 = 0.117 of the target (francebleu.fr; 42mag.fr)';
const ACC_SOURCE =
  'ACC Douvrin: about 450 employees in Nov 2023 against 200–300 planned for 2023 and 350–500 ' +
  'for 2024 — on schedule; 2030 plan 1 400–2 000: realised headcounts land at the low end of ' +
  'announced ranges (AESC 900 of 1 000–1 200), so 1 400 / 2 000 = 0.7 ' +
  '(concertation-acc-batteries.fr; polesocietes.com)';

/** Realistic demand: each observed project's own slip, the reference class for the others. */
const REALISTIC_RULES: readonly SiteRule[] = [
  { match: ['aesc'], delayYears: 1, targetScale: 1, source: AESC_SOURCE },
  { match: ['verkor'], delayYears: 2, targetScale: 1, source: VERKOR_SOURCE },
  { match: ['prologium'], delayYears: 2, targetScale: 350 / 3000, source: PROLOGIUM_SOURCE },
  { match: ['acc'], delayYears: 0, targetScale: 0.7, source: ACC_SOURCE }
];

const REALISTIC_OTHERS = {
  // Mean delay of the reference class (1 + 2 + 2) / 3; mean kept share of the final target
  // (1 + 1 + 0.117) / 3 ≈ 0.7.
  delayYears: 5 / 3,
  targetScale: 0.7,
  source:
    'Reference class AESC, Verkor, ProLogium: mean delay (1 + 2 + 2) / 3 ≈ 1.7 years; mean ' +
    'share of the final target kept (1 + 1 + 0.117) / 3 ≈ 0.7 (FACTS.md)'
};

export const PRESETS: Readonly<Record<PresetId, ScenarioPreset>> = {
  annonces: {
    id: 'annonces',
    label: { fr: 'Annonces', en: 'Announcements' },
    description: {
      fr: 'Les annonces des industriels, sans retard ni révision.',
      en: "The companies' announcements, with no delay and no revision."
    },
    scenario: { delayYears: 0, targetScale: 1, intakeScale: 1 },
    sources: {
      delayYears:
        'Announced production and full-capacity years as published (FACTS.md, battery sites)',
      targetScale: 'Announced direct jobs, high end of each range (FACTS.md, battery sites)',
      intakeScale: 'Training intakes as published by each programme (FACTS.md, training supply)'
    },
    siteRules: []
  },

  realiste: {
    id: 'realiste',
    label: { fr: 'Réaliste', en: 'Realistic' },
    description: {
      fr: 'Les annonces corrigées par ce qui s’est réellement passé à AESC, Verkor et ProLogium (classe de référence).',
      en: 'Announcements corrected by what actually happened at AESC, Verkor and ProLogium (reference class).'
    },
    scenario: { delayYears: 0, targetScale: 1, intakeScale: 1 },
    sources: {
      intakeScale:
        'Training intakes as published; completion and placement as in each programme row'
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
    sources: {},
    siteRules: [
      {
        match: ['prologium'],
        delayYears: 3,
        targetScale: 350 / 3000,
        source: PROLOGIUM_SOURCE + '; one more year of delay than the revision'
      },
      {
        match: ['aesc', 'verkor', 'acc'],
        delayYears: 3,
        targetScale: 0.5,
        source:
          'Producing sites keep their first blocks only: ACC 600–1 000 of 1 400–2 000 with the ' +
          'second block (2021 plan), Verkor 1 200 of 2 000, AESC 1 200 of 2 500–3 000; ACC ' +
          'abandoned its German and Italian plants in Feb 2026 (journalauto.com). Delay: the ' +
          'longest observed (2 years, Verkor, ProLogium) plus one'
      }
    ],
    otherSites: {
      delayYears: 3,
      targetScale: 0.32,
      source:
        'Transport & Environment 2023: 68 % of planned EU battery capacity at risk, taken here ' +
        'as lost (0.32 kept); delay: longest observed (2 years) plus one'
    }
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
      intakeScale:
        'Policy lever, not a forecast: +50 % places in every programme, the scale of the ' +
        "Région's €80 M gigafactory training effort (seed 000) renewed over the horizon",
      placementScale:
        'Placement raised from the Région’s 66 % (2021) to the best observed return to work after ' +
        'pre-hire training, 73 % (AFPR/POEI, Centre Inffo / France Travail): × 73/66, capped at 1'
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
