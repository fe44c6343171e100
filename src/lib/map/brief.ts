/**
 * The territory brief's sentences, in plain words for a council meeting: numbers in the
 * language's format and the right plural forms ("1 site industriel suivi", "6 sites industriels
 * suivis"), probabilities as "7 chances sur 10". Pure functions of figures: the page computes
 * the figures, these only say them.
 *
 * @example
 *   chancesSentence('fr', { probability: 0.71, year: 2035 });
 *   // "7 chances sur 10 que des personnes formées manquent encore en 2035."
 */
import {
  formatEuros,
  formatInt,
  formatPercent,
  roundAbout,
  roundProjected,
  type Lang
} from '../i18n/format.ts';
import { fill } from '../i18n/messages.ts';
import { count, MAP_MESSAGES, plural } from '../i18n/messages-map.ts';
import { gapClass } from './classes.ts';

const S = (lang: Lang) => MAP_MESSAGES[lang].brief.sentences;
const U = (lang: Lang) => MAP_MESSAGES[lang].units;

/** "6 250 à 8 050 emplois directs" (the noun agrees with the larger number). */
export function jobsRange(low: number, high: number, lang: Lang): string {
  const noun = plural(high, lang, U(lang).directJob);
  if (Math.round(low) === Math.round(high)) return `${formatInt(high, lang)} ${noun}`;
  const to = lang === 'fr' ? 'à' : 'to';
  return `${formatInt(low, lang)} ${to} ${formatInt(high, lang)} ${noun}`;
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

export function trainedSentence(lang: Lang, f: { year: number; trained: number }): string {
  return fill(S(lang).trained, {
    year: f.year,
    trained: count(roundProjected(f.trained), lang, U(lang).trainedPerson)
  });
}

/** Shortage, balance (the map's balance class) or surplus at the year. */
export function gapSentence(
  lang: Lang,
  f: { year: number; jobs: number; gap: number; coverage: number | null }
): string {
  const coverage = f.coverage === null ? '—' : formatPercent(f.coverage, lang);
  const cls = gapClass(f.gap, f.jobs);
  if (cls === 'balance' || cls === 'nojobs') {
    return fill(S(lang).balance, { year: f.year, coverage });
  }
  if (f.gap > 0) {
    return fill(S(lang).gap, {
      year: f.year,
      gap: count(roundProjected(f.gap), lang, U(lang).trainedPerson),
      coverage
    });
  }
  return fill(S(lang).surplus, {
    year: f.year,
    gap: count(roundProjected(-f.gap), lang, U(lang).trainedPerson),
    coverage
  });
}

/** When the gap is largest: a peak inside the horizon, a gap still growing at its end, or none. */
export function peakSentence(
  lang: Lang,
  f: { peak: { year: number; gap: number } | null; years: [number, number] }
): string {
  if (!f.peak) return fill(S(lang).noPeak, { from: f.years[0], to: f.years[1] });
  return fill(f.peak.year === f.years[1] ? S(lang).peakEnd : S(lang).peak, {
    year: f.peak.year,
    gap: count(roundProjected(f.peak.gap), lang, U(lang).missingPerson)
  });
}

/** How many programmes feed the territory, and the intake of those open in the year. */
export function programmesSentence(
  lang: Lang,
  f: { programmes: number; open: number; intake: number; year: number }
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
  return `${listed} ${open}`;
}

export interface Closing {
  /** The year by which the gap should be closed. */
  byYear: number;
  /** First year of the extra places (the horizon's first year). */
  from: number;
  /** Extra places a year; 0 where there is no gap; null where no number closes it. */
  places: number | null;
  /** Euros a year for the places whose cost is known; null where no cost is known. */
  euros: number | null;
  /** Occupations with places but no known cost, left out of `euros` (default 0). */
  unknownCosts?: number;
}

export function closingSentence(lang: Lang, f: Closing): string {
  const s = S(lang);
  if (f.places === null) return fill(s.closingInfeasible, { year: f.byYear, from: f.from });
  if (f.places < 0.5) return fill(s.closingNone, { year: f.byYear });
  const values = {
    year: f.byYear,
    from: f.from,
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

export function chancesSentence(lang: Lang, f: { probability: number; year: number }): string {
  const s = S(lang);
  const k = chancesOutOfTen(f.probability);
  if (k === 'almost-sure') return fill(s.chancesAlmostSure, { year: f.year });
  if (k === 'almost-none') return fill(s.chancesAlmostNone, { year: f.year });
  return fill(s.chances, { chances: count(k, lang, U(lang).chance), year: f.year });
}

/** The 10 %–90 % range of the gap, in words: missing, too many, or from one to the other. */
export function rangeSentence(lang: Lang, f: { year: number; p10: number; p90: number }): string {
  const s = S(lang);
  const u = U(lang);
  const low = roundProjected(Math.min(f.p10, f.p90));
  const high = roundProjected(Math.max(f.p10, f.p90));
  if (Math.round(low) >= 0) {
    return fill(s.rangeShortage, {
      year: f.year,
      low: formatInt(low, lang),
      high: count(high, lang, u.trainedPerson)
    });
  }
  if (Math.round(high) <= 0) {
    return fill(s.rangeSurplus, {
      year: f.year,
      low: formatInt(-high, lang),
      high: count(-low, lang, u.trainedPerson)
    });
  }
  return fill(s.rangeMixed, {
    year: f.year,
    low: count(-low, lang, u.trainedPerson),
    high: formatInt(high, lang)
  });
}

export function methodSentence(lang: Lang, runs: number): string {
  return fill(S(lang).method, { runs: formatInt(runs, lang) });
}
