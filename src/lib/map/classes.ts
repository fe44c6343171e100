/**
 * Class breaks of the map: each class says what it means ("severe shortage" … "jobs nearly all
 * covered"), not only a range of numbers. Two measures, both about the jobs without a person
 * trained by the tracked programmes (docs/model.md: unfilled = Σ max(0, J − W) per cell, never
 * netted against a surplus elsewhere), so neither has a "surplus" class: trained people with no
 * post are shown beside, in the panel and the tables, never as a colour that would hide the
 * shortage of another occupation.
 *
 * - coverage c = Σ min(J, W) / Σ J (at most 100 %): below 50 % fewer than one job in two has a
 *   trained person; from 95 % the jobs are taken as nearly all covered (the model's own
 *   uncertainty on intake and completion is ±15–25 %, so a few percent is noise);
 * - unfilled jobs u (measure key 'gap', the URL's `mm=gap`), in jobs: up to 100 is taken as
 *   nearly all covered (announced job figures are given to the fifty or the hundred at best,
 *   e.g. "1 400 à 2 000", data/sites.csv); 500 and 2 000 split the shortages at the size of a
 *   small site's workforce (ProLogium 350, AESC 1 200) and of several sites'.
 *
 * Colours: orange (jobs without a trained person) to light purple (nearly all covered), from
 * ColorBrewer's PuOr scheme, which stays readable with the common colour-vision deficiencies;
 * grey where no site is tracked, hatched where the sites have no jobs yet.
 *
 * Beside these named thresholds, the reader may ask for natural breaks: Ckmeans (Wang & Song
 * 2011, simple-statistics' `ckmeans`, the optimal 1-D k-means that Jenks' breaks approximate)
 * splits the figures shown into four groups, coloured in the same order; the legend then names
 * groups, not shortages, and says that they move with the year and the scenario.
 *
 * @example
 *   coverageClass(0.547); // 'shortage' (Hauts-de-France 2030, « Réaliste »)
 *   unfilledClass(2431, 5371); // 'strong'
 */
import { ckmeans } from 'simple-statistics';
import { formatInt, formatPercent, type Lang } from '../i18n/format.ts';
import { MAP_MESSAGES } from '../i18n/messages-map.ts';

/** From most jobs without a trained person to nearly all covered. */
export const CLASS_KEYS = ['strong', 'shortage', 'slight', 'balance'] as const;
export type ClassKey = (typeof CLASS_KEYS)[number];
/** A class, or: no tracked site ('none'), sites whose jobs have not started yet ('nojobs'). */
export type FillKey = ClassKey | 'none' | 'nojobs';
/** 'gap': the unfilled jobs (the key the URL has always carried). */
export type Measure = 'gap' | 'coverage';

/** Upper bounds of strong | shortage | slight (coverage is a share, at most 1). */
export const COVERAGE_BREAKS = [0.5, 0.8, 0.95] as const;
/** Lower bounds (exclusive) of strong | shortage | slight, in unfilled jobs. */
export const UNFILLED_BREAKS = [2000, 500, 100] as const;

/** How the classes are cut: the named thresholds above, or natural breaks of the figures shown. */
export const CLASS_METHODS = ['named', 'natural'] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];

/**
 * The three bounds that cut a measure into strong | shortage | slight | balance, with the
 * semantics of COVERAGE_BREAKS (upper bounds, exclusive) or UNFILLED_BREAKS (lower bounds,
 * exclusive), and how they were found.
 */
export interface ClassBreaks {
  measure: Measure;
  method: ClassMethod;
  bounds: readonly [number, number, number];
}

/** The named thresholds of a measure. */
export function namedBreaks(measure: Measure): ClassBreaks {
  return {
    measure,
    method: 'named',
    bounds: measure === 'gap' ? UNFILLED_BREAKS : COVERAGE_BREAKS
  };
}

/**
 * Natural breaks (Ckmeans, four groups) of the figures shown, in the named thresholds' form;
 * the named thresholds where there are fewer than four distinct values to group.
 *
 * @example naturalBreaks('coverage', [0.1, 0.2, 0.5, 0.55, 0.9, 0.95]).bounds // [0.2, 0.5, 0.9]
 */
export function naturalBreaks(measure: Measure, values: readonly number[]): ClassBreaks {
  const finite = values.filter(Number.isFinite);
  if (new Set(finite).size < CLASS_KEYS.length) return namedBreaks(measure);
  const groups = ckmeans([...finite], CLASS_KEYS.length);
  const bounds: [number, number, number] =
    measure === 'gap'
      ? // Above the third group's largest value: strong; above the second's: shortage; …
        [groups[2].at(-1)!, groups[1].at(-1)!, groups[0].at(-1)!]
      : // Below the second group's smallest value: strong; below the third's: shortage; …
        [groups[1][0], groups[2][0], groups[3][0]];
  return { measure, method: 'natural', bounds };
}

/** The breaks of a measure by a method, over the figures shown (territories with jobs). */
export function classBreaks(
  measure: Measure,
  method: ClassMethod,
  figures: readonly { jobs: number; unfilled: number; coverage: number | null }[]
): ClassBreaks {
  if (method === 'named') return namedBreaks(measure);
  const shown = figures.filter((f) => f.jobs >= MIN_JOBS);
  const values = shown.map((f) => (measure === 'gap' ? f.unfilled : (f.coverage ?? NaN)));
  return naturalBreaks(measure, values);
}

/** Fewer jobs than this count as "not started yet". */
export const MIN_JOBS = 0.5;

export const CLASS_COLORS: Record<FillKey, string> = {
  strong: '#b35806',
  shortage: '#f1a340',
  slight: '#fee0b6',
  balance: '#b2abd2',
  none: '#eceef1',
  nojobs: '#ffffff'
};

/** Coverage class: < 50 % strong, < 80 % shortage, < 95 % slight, else nearly all covered. */
export function coverageClass(
  coverage: number | null,
  bounds: readonly [number, number, number] = COVERAGE_BREAKS
): ClassKey | 'nojobs' {
  if (coverage === null || !Number.isFinite(coverage)) return 'nojobs';
  const [a, b, c] = bounds;
  if (coverage < a) return 'strong';
  if (coverage < b) return 'shortage';
  if (coverage < c) return 'slight';
  return 'balance';
}

/** Unfilled-jobs class: > 2 000 strong, > 500 shortage, > 100 slight, else nearly all covered. */
export function unfilledClass(
  unfilled: number,
  jobs: number,
  bounds: readonly [number, number, number] = UNFILLED_BREAKS
): ClassKey | 'nojobs' {
  if (!(jobs >= MIN_JOBS)) return 'nojobs';
  const [a, b, c] = bounds;
  if (unfilled > a) return 'strong';
  if (unfilled > b) return 'shortage';
  if (unfilled > c) return 'slight';
  return 'balance';
}

/** A measure (its named thresholds) or breaks. */
const breaksOf = (by: Measure | ClassBreaks): ClassBreaks =>
  typeof by === 'string' ? namedBreaks(by) : by;

/**
 * The class of a territory's (or site's) figures for a measure (its named thresholds) or for
 * given breaks; 'none' without figures.
 */
export function classOf(
  figure: { jobs: number; unfilled: number; coverage: number | null } | undefined,
  by: Measure | ClassBreaks
): FillKey {
  if (!figure) return 'none';
  if (!(figure.jobs >= MIN_JOBS)) return 'nojobs';
  const { measure, bounds } = breaksOf(by);
  return measure === 'gap'
    ? unfilledClass(figure.unfilled, figure.jobs, bounds)
    : coverageClass(figure.coverage, bounds);
}

export interface LegendItem {
  key: FillKey;
  color: string;
  /** What the class means, in words: "Pénurie". */
  meaning: string;
  /** Its range, with units: "500 à 2 000 emplois sans personne formée". */
  range: string;
}

/** What each class means in words: a shortage at the named thresholds, a group at natural breaks. */
export function classMeanings(by: Measure | ClassBreaks, lang: Lang): Record<FillKey, string> {
  const m = MAP_MESSAGES[lang].classes;
  return breaksOf(by).method === 'natural' ? { ...m.meaning, ...m.naturalMeaning } : m.meaning;
}

/**
 * The legend of a measure (named thresholds) or of breaks: its classes from most jobs without a
 * person, then the greys. Natural breaks name groups, not shortages.
 */
export function legend(by: Measure | ClassBreaks, lang: Lang): LegendItem[] {
  const m = MAP_MESSAGES[lang].classes;
  const { measure, bounds } = breaksOf(by);
  const n = (v: number) => formatInt(v, lang);
  const p = (v: number) => formatPercent(v, lang);
  const [ca, cb, cc] = bounds;
  const [ua, ub, uc] = bounds;
  const meanings = classMeanings(by, lang);
  const ranges: Record<ClassKey, string> =
    measure === 'coverage'
      ? {
          strong: m.below.replace('{v}', p(ca)),
          shortage: m.between.replace('{a}', p(ca)).replace('{b}', p(cb)),
          slight: m.between.replace('{a}', p(cb)).replace('{b}', p(cc)),
          balance: m.atLeast.replace('{v}', p(cc))
        }
      : {
          strong: m.unfilledAbove.replace('{v}', n(ua)),
          shortage: m.unfilledBetween.replace('{a}', n(ub)).replace('{b}', n(ua)),
          slight: m.unfilledBetween.replace('{a}', n(uc)).replace('{b}', n(ub)),
          balance: m.unfilledUpTo.replace('{v}', n(uc))
        };
  return [
    ...CLASS_KEYS.map((key) => ({
      key,
      color: CLASS_COLORS[key],
      meaning: meanings[key],
      range: ranges[key]
    })),
    { key: 'nojobs' as const, color: CLASS_COLORS.nojobs, meaning: m.meaning.nojobs, range: '' },
    { key: 'none' as const, color: CLASS_COLORS.none, meaning: m.meaning.none, range: '' }
  ];
}

/** The class's colour as a CSS background (the hatching of 'nojobs' as a gradient). */
export function cssBackground(key: FillKey): string {
  return key === 'nojobs'
    ? 'repeating-linear-gradient(45deg, #ffffff 0 2px, #9aa3ad 2px 3px)'
    : CLASS_COLORS[key];
}
