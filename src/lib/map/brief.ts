/**
 * The territory brief's sentences, in plain words for a council meeting: numbers in the
 * language's format and the right plural forms ("1 site industriel suivi", "6 sites industriels
 * suivis"), probabilities as "7 chances sur 10". Pure functions of figures: the page computes
 * the figures, these only say them.
 *
 * @example
 *   chancesSentence('fr', { probability: 0.71, year: 2035, threshold: 0.1 });
 *   // "7 chances sur 10 que plus de 10 % des emplois de 2035 restent sans personne formée."
 */
import {
  formatEuros,
  formatInt,
  formatNumber,
  formatPercent,
  roundAbout,
  roundProjected,
  type Lang
} from '../i18n/format.ts';
import { fill } from '../i18n/messages.ts';
import { count, MAP_MESSAGES, plural } from '../i18n/messages-map.ts';
import { unfilledClass } from './classes.ts';

const S = (lang: Lang) => MAP_MESSAGES[lang].brief.sentences;
const U = (lang: Lang) => MAP_MESSAGES[lang].units;

/** "6 250 à 8 050 emplois directs" (the noun agrees with the larger number). */
export function jobsRange(low: number, high: number, lang: Lang): string {
  const noun = plural(high, lang, U(lang).directJob);
  if (Math.round(low) === Math.round(high)) return `${formatInt(high, lang)} ${noun}`;
  return `${formatInt(low, lang)} ${S(lang).rangeTo} ${formatInt(high, lang)} ${noun}`;
}

/**
 * A figure said "about": two significant digits from 100 up (423 → 420, 1 386 → 1 400), whole
 * numbers below (`roundAbout`). The model's inputs are announcements given to the hundred at best.
 */
export const about = roundAbout;

export function sitesSentence(
  lang: Lang,
  f: { sites: number; announcedLow: number; announcedHigh: number }
): string {
  return fill(f.sites === 1 ? S(lang).sitesOne : S(lang).sites, {
    sites: count(f.sites, lang, U(lang).trackedSite),
    jobs: jobsRange(f.announcedLow, f.announcedHigh, lang)
  });
}

export function jobsSentence(
  lang: Lang,
  f: { year: number; preset: string; jobs: number; indirectJobs: number }
): string {
  return fill(S(lang).jobs, {
    year: f.year,
    preset: f.preset,
    jobs: count(roundProjected(f.jobs), lang, U(lang).directJob),
    // Direct jobs × a multiplier: known to two digits at best, said "about".
    indirect: count(roundAbout(f.indirectJobs), lang, U(lang).indirectJob)
  });
}

/**
 * The people in post at the year. A converted plant's employees already qualified for their post
 * (`existingJobs − reconversionJobs`) are in post without any programme (`brownfield`): then the
 * sentence does not credit the programmes with them.
 */
export function trainedSentence(
  lang: Lang,
  f: { year: number; trained: number; brownfield?: boolean }
): string {
  return fill(f.brownfield ? S(lang).trainedBrownfield : S(lang).trained, {
    year: f.year,
    trained: count(
      roundProjected(f.trained),
      lang,
      f.brownfield ? U(lang).person : U(lang).trainedPerson
    )
  });
}

/** Where the surplus waits: the brief's own région, or (a département's brief) its named région. */
export interface SurplusPlace {
  /** The région's name, for a département's brief; absent for a région's. */
  regionName?: string;
}

/**
 * The headline: the jobs without a person trained by the listed programmes at the year
 * (Σ max(0, J − W) of the cells, never netted), and beside it the trained people with no post in
 * the région (its pools' available people, plus any cell surplus). The two are not netted: in the
 * model, people available in a région are of occupations whose posts there are all filled.
 */
export function unfilledSentence(
  lang: Lang,
  f: {
    year: number;
    jobs: number;
    unfilled: number;
    surplus: number;
    coverage: number | null;
  } & SurplusPlace
): string {
  const s = S(lang);
  const u = U(lang);
  const coverage = f.coverage === null ? '—' : formatPercent(f.coverage, lang);
  const unfilled = roundProjected(f.unfilled);
  const cls = unfilledClass(f.unfilled, f.jobs);
  const head =
    unfilled === 0
      ? fill(s.unfilledNone, { year: f.year, coverage })
      : cls === 'balance' || cls === 'nojobs'
        ? fill(s.unfilledNearly, {
            year: f.year,
            unfilled: count(unfilled, lang, u.unfilledJob),
            coverage
          })
        : fill(isOne(unfilled, lang) ? s.unfilledOne : s.unfilled, {
            year: f.year,
            unfilled: count(unfilled, lang, u.directJob),
            coverage
          });
  const surplus = roundProjected(f.surplus);
  const named = f.regionName !== undefined;
  if (surplus === 0) {
    const where = named ? fill(s.inRegionNamed, { name: f.regionName! }) : s.inRegion;
    return `${head}${fill(s.noSurplus, { where })}`;
  }
  const one = isOne(surplus, lang);
  const where = named
    ? fill(one ? s.whereRegionNamedOne : s.whereRegionNamed, { name: f.regionName! })
    : one
      ? s.whereRegionOne
      : s.whereRegion;
  return `${head}${fill(one ? s.surplusOne : s.surplus, {
    surplus: count(surplus, lang, u.trainedPerson),
    where
  })}`;
}

/** Whether a count as shown takes the singular (French: 0 and 1; English: 1). */
function isOne(n: number, lang: Lang): boolean {
  return plural(n, lang, { one: 'one', other: 'other' }) === 'one';
}

/** When the unfilled jobs are most numerous: inside the horizon, at its end, or never. */
export function peakSentence(
  lang: Lang,
  f: { peak: { year: number; unfilled: number } | null; years: [number, number] }
): string {
  if (!f.peak) return fill(S(lang).noPeak, { from: f.years[0], to: f.years[1] });
  return fill(f.peak.year === f.years[1] ? S(lang).peakEnd : S(lang).peak, {
    year: f.peak.year,
    unfilled: count(roundProjected(f.peak.unfilled), lang, U(lang).job)
  });
}

/**
 * How many programmes feed the territory, the intake of those announced open in the year, and
 * how many others the model takes as renewed that year (their announced end has passed; the
 * default `afterFundedEnd: 'renew'`, docs/model.md) — so the page never shows an intake the model
 * does not use, nor hides one it does.
 */
export function programmesSentence(
  lang: Lang,
  f: { programmes: number; open: number; intake: number; year: number; renewed?: number }
): string {
  const s = S(lang);
  if (f.programmes === 0) return s.programmesNone;
  const one = f.programmes === 1;
  const listed = fill(one ? s.programmesOne : s.programmes, {
    programmes: count(f.programmes, lang, U(lang).listedProgramme)
  });
  const open =
    f.open === 0
      ? fill(one ? s.openNoneOne : s.openNone, { year: f.year })
      : fill(one ? s.openOne : s.open, {
          year: f.year,
          intake: count(f.intake, lang, U(lang).trainee)
        });
  const renewed = f.renewed ?? 0;
  const tail =
    renewed === 0
      ? ''
      : one
        ? s.renewedAll
        : renewed === 1
          ? s.renewedOne
          : fill(s.renewed, { n: formatInt(renewed, lang) });
  return `${listed} ${open}${tail}`;
}

export interface Closing {
  /** The year by which every job should have a trained person. */
  byYear: number;
  /** First year of the extra places. */
  from: number;
  /** The unfilled jobs at `byYear` the places fill (the solver's gap before, Σ over occupations). */
  unfilled: number;
  /** Extra places a year; 0 where nothing is unfilled; null where no number fills the jobs. */
  places: number | null;
  /** Euros a year for the places whose cost is known; null where no cost is known. */
  euros: number | null;
  /** Occupations with places but no known cost, left out of `euros` (default 0). */
  unknownCosts?: number;
  /** The places are for the territory's own sites (a département's brief), not the région's. */
  atSites?: boolean;
}

export function closingSentence(lang: Lang, f: Closing): string {
  const s = S(lang);
  const unfilled = count(roundProjected(f.unfilled), lang, U(lang).directJob);
  if (f.places === null) {
    return fill(s.closingInfeasible, { year: f.byYear, from: f.from, unfilled });
  }
  if (f.places < 0.5) return fill(s.closingNone, { year: f.byYear });
  const values = {
    year: f.byYear,
    from: f.from,
    unfilled,
    at: f.atSites ? s.closingAtSites : '',
    places: count(about(f.places), lang, U(lang).trainingPlace),
    euros: f.euros === null ? '' : formatEuros(about(f.euros), lang)
  };
  if (f.euros === null || f.euros <= 0) return fill(s.closingNoCost, values);
  return fill((f.unknownCosts ?? 0) > 0 ? s.closingPartialCost : s.closing, values);
}

/**
 * A probability as chances out of ten: 0.71 → 7. Near certainty is said as such rather than
 * rounded to "10 out of 10" (or "0"): 'almost-sure' from 95 %, 'almost-none' below 5 %.
 */
export function chancesOutOfTen(probability: number): number | 'almost-sure' | 'almost-none' {
  if (probability >= 0.95) return 'almost-sure';
  if (probability < 0.05) return 'almost-none';
  return Math.min(9, Math.max(1, Math.round(probability * 10)));
}

/** The same, short, for a key-figure card: "7 sur 10". */
export function chancesShort(lang: Lang, probability: number): string {
  const b = MAP_MESSAGES[lang].brief;
  const k = chancesOutOfTen(probability);
  if (k === 'almost-sure') return b.almostSureShort;
  if (k === 'almost-none') return b.almostNoneShort;
  return fill(b.chancesShort, { chances: k });
}

/**
 * The shortage probability, saying what it measures: the chances that more than `threshold`
 * (the simulation's, 10 %) of the jobs of the horizon's last year have no trained person. For a
 * département the probability is its région's (`regionName`), said so.
 */
export function chancesSentence(
  lang: Lang,
  f: { probability: number; year: number; threshold: number; regionName?: string }
): string {
  const s = S(lang);
  const k = chancesOutOfTen(f.probability);
  const share = formatPercent(f.threshold, lang);
  const sentence =
    k === 'almost-sure'
      ? fill(s.chancesAlmostSure, { year: f.year, share })
      : k === 'almost-none'
        ? fill(s.chancesAlmostNone, { year: f.year, share })
        : fill(s.chances, { chances: count(k, lang, U(lang).chance), year: f.year, share });
  return f.regionName === undefined
    ? sentence
    : fill(s.chancesRegion, { name: f.regionName, sentence: sentence.replace(/\.$/, '') });
}

/** The 10 %–90 % range of the unfilled jobs at a year, in words (`region`: the région's). */
export function rangeSentence(
  lang: Lang,
  f: { year: number; p10: number; p90: number; region?: boolean }
): string {
  const low = roundProjected(Math.max(0, Math.min(f.p10, f.p90)));
  const high = roundProjected(Math.max(0, f.p10, f.p90));
  return fill(f.region ? S(lang).rangeRegion : S(lang).range, {
    year: f.year,
    low: formatInt(low, lang),
    high: count(high, lang, U(lang).job)
  });
}

/** How the uncertainty was computed: the run count and the correlation between sites. */
export function methodSentence(lang: Lang, runs: number, correlation: number): string {
  return fill(S(lang).method, {
    runs: formatInt(runs, lang),
    correlation: formatNumber(correlation, lang, 1)
  });
}
