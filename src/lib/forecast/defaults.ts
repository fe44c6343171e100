/**
 * Every default of the model, each with its source (FACTS.md and the seed documents in
 * ../shared/seeds/). The methodology page quotes this module; change a value here and the app,
 * the library and the docs follow.
 *
 * @example
 *   import { DEFAULT_ATTRITION_RATE } from './defaults.ts';
 *   DEFAULT_ATTRITION_RATE; // 0.08
 */
import type { OccupationMix, RampShape } from './types.ts';

/**
 * ρ, annual attrition of a site's workforce (quits, retirements, moves), used both for
 * replacement demand and for the decay of the trained stock.
 *
 * 0.08 = the middle of 7.2 %–8.7 %, the sum of
 * - resignations from industry CDIs: 4.7 % (2019) to about 6.2 % (2022) — Dares;
 * - end-of-career departures: about 2.5 %/yr (27 % of 2019 employment leaves by 2030 in
 *   Hauts-de-France, 28 % in France) — France Stratégie–Dares, *Les métiers en 2030*.
 * A gigafactory workforce is younger than industry's (fewer retirements) but new plants also lose
 * recruits during ramp-up, so the two effects are taken to cancel.
 */
export const DEFAULT_ATTRITION_RATE = 0.08;

/**
 * Indirect jobs per direct job. 2 = the Région Hauts-de-France's "more than 10 000 direct and
 * 20 000 indirect jobs" for the four gigafactories (seed 000_17c22de868369aa0.txt, 15/11/2023).
 * Other published ratios (kept for sensitivity work): CCI 3–4 (latribune.fr); Verkor 3 000
 * indirect for 2 000 direct (1.5); ProLogium 12 000 for 3 000 (4); Neomat 400 for 1 300 (0.3).
 */
export const DEFAULT_INDIRECT_MULTIPLIER = 2;

/**
 * The ramp-up curve. Logistic: a plant's headcount grows slowly at first (first block, pre-hire
 * courses), fastest in mid-ramp, then levels off — the S shape of ACC's 2021 plan (200–300 in
 * 2023, 350–500 in 2024, 600–1 000 in 2025, 1 400–2 000 in 2030; concertation-acc-batteries.fr).
 */
export const DEFAULT_RAMP_SHAPE: RampShape = 'logistic';

/**
 * Share of the target N reached at the production start a (and 1 - share at full capacity b):
 * the logistic is anchored at 5 % and 95 % (MODEL.md), so k = 2 ln(19) / (b - a).
 */
export const RAMP_ANCHOR_SHARE = 0.05;

/**
 * Default occupation mix of a site without a published one: AESC Douai's announced split of its
 * first 1 050 jobs — 600 operators, 280 technicians, 100 engineers and workshop heads, 40 managers,
 * 30 administrative and support staff (lejournaldesentreprises.com, "Envision AESC lance ses
 * premiers recrutements"). The 280 technicians are split as in the AESC row of data/sites.csv:
 * 190 maintenance technicians (the need assessed by AESC's HR director, mediacites.fr,
 * 22/11/2023) and 90 process and quality technicians (the rest, an estimate). The codes are those
 * of data/occupations.csv, so that programmes for maintenance technicians find demand at the
 * sites that use this mix. It agrees with Verkor's "> 80 % operators and technicians"
 * (hautsdefrance.fr) and Neomat's 80–85 % (orano.group): here 84 %.
 */
export const DEFAULT_OCCUPATION_MIX: Readonly<OccupationMix> = Object.freeze({
  operator: 600 / 1050,
  'maintenance-technician': 190 / 1050,
  technician: 90 / 1050,
  engineer: 100 / 1050,
  manager: 40 / 1050,
  support: 30 / 1050
});

/**
 * Parameters of a programme the library has to invent (the "what it takes" solver, when an
 * occupation has no programme yet):
 * - completion 0.73: share of titre professionnel candidates who obtain it, 151 117 of 206 315 in
 *   2022 (toutpourlemploi.fr, November 2023; the page rounds it to "about 80 %", the rate among
 *   those who sit the exam). 0.8 until December 2026;
 * - placement 0.7: 69–73 % of job seekers in work within 6 months after pre-hire training
 *   (AFPR/POEI; Centre Inffo / France Travail), ~66 % claimed by the Région (2021);
 * - duration 1 year: a titre professionnel course (AESC's maintenance technicians: 9 months, seed
 *   000).
 */
export const DEFAULT_NEW_PROGRAM = Object.freeze({
  completionRate: 0.73,
  placementRate: 0.7,
  durationYears: 1
});

/** Scenario defaults that need no source: no delay, no scaling (MODEL.md). */
export const DEFAULT_DELAY_YEARS = 0;
export const DEFAULT_SCALE = 1;

/** Monte Carlo defaults for `simulate`. */
export const DEFAULT_RUNS = 1000;
export const DEFAULT_SEED = 1;

/**
 * What a programme does after its announced (funded) end year: 'renew' keeps its last intake
 * every year to the horizon. A stated assumption, not an announcement: no programme of the
 * dataset has announced its end as a closure, and a Région that funds a course for a plant
 * still hiring usually renews it (the Programme Régional de Formation is voted every year).
 * Stopping every course at its funded end made the last years of any horizon a shortage by
 * construction. Pages mark the years that rest on it; 'stop' is the other choice.
 */
export const DEFAULT_AFTER_FUNDED_END = 'renew' as const;

/** How far back the stocks built before the horizon are computed (cohorts older than this are
 * taken to have left or to be in `initialTrained`). */
export const HISTORY_MAX_YEARS = 15;

/**
 * Correlation between two sites' drawn delays (and between their drawn targets). An estimate:
 * the sites share a market (EV demand, the 2023–2026 slowdown) and a supply chain, which moves
 * them together, but each plant's schedule also slipped for its own reasons (AESC about one
 * year, Verkor and ProLogium two; FACTS.md). 0.5 sits between "every plant slips together" (1)
 * and independence (0).
 */
export const DEFAULT_SITE_CORRELATION = 0.5;

/**
 * A shortage, for the shortage probability: more than this share of the jobs of the horizon
 * year without a person trained for them by the tracked programmes. 10 %: one job in ten.
 */
export const DEFAULT_SHORTAGE_SHARE = 0.1;
