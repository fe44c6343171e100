/**
 * Class breaks of the map: each class says what it means ("shortage", "balance", "surplus"),
 * not only a range of numbers. Two measures:
 *
 * - coverage c = W / J (trained people in post ÷ direct jobs, MODEL.md): below 50 % fewer than
 *   one job in two has a trained person; 95–105 % is taken as balance (the model's own
 *   uncertainty on intake and completion is ±15–25 %, so a few percent either way is noise);
 * - gap g = J − W, in people: ±100 people is taken as balance (announced job figures are given
 *   to the fifty or the hundred at best, e.g. "1 400 à 2 000", data/sites.csv); 500 and 2 000
 *   split the shortages at the size of a small site's workforce (ProLogium 350, AESC 1 200)
 *   and of several sites'.
 *
 * Colours: orange (people missing) to purple (enough or more), from ColorBrewer's PuOr scheme,
 * which stays readable with the common colour-vision deficiencies; grey where no site is tracked.
 *
 * @example
 *   coverageClass(0.71); // 'shortage'
 *   gapClass(1386, 4836); // 'shortage'
 */
import { formatInt, formatPercent, type Lang } from '../i18n/format.ts';
import { MAP_MESSAGES } from '../i18n/messages-map.ts';

/** From most missing to most surplus. */
export const CLASS_KEYS = ['strong', 'shortage', 'slight', 'balance', 'surplus'] as const;
export type ClassKey = (typeof CLASS_KEYS)[number];
/** A class, or: no tracked site ('none'), sites whose jobs have not started yet ('nojobs'). */
export type FillKey = ClassKey | 'none' | 'nojobs';
export type Measure = 'gap' | 'coverage';

/** Upper bounds of strong | shortage | slight | balance (coverage is a share). */
export const COVERAGE_BREAKS = [0.5, 0.8, 0.95, 1.05] as const;
/** Lower bounds of strong | shortage | slight, and of balance (gap in people, > 0 = shortage). */
export const GAP_BREAKS = [2000, 500, 100, -100] as const;

/** Fewer jobs than this (in people) count as "not started yet". */
export const MIN_JOBS = 0.5;

export const CLASS_COLORS: Record<FillKey, string> = {
  strong: '#b35806',
  shortage: '#f1a340',
  slight: '#fee0b6',
  balance: '#b2abd2',
  surplus: '#5e3c99',
  none: '#eceef1',
  nojobs: '#ffffff'
};

/** Coverage class: < 50 % strong, < 80 % shortage, < 95 % slight, ≤ 105 % balance, > surplus. */
export function coverageClass(coverage: number | null): ClassKey | 'nojobs' {
  if (coverage === null || !Number.isFinite(coverage)) return 'nojobs';
  const [a, b, c, d] = COVERAGE_BREAKS;
  if (coverage < a) return 'strong';
  if (coverage < b) return 'shortage';
  if (coverage < c) return 'slight';
  if (coverage <= d) return 'balance';
  return 'surplus';
}

/** Gap class: > 2 000 strong, > 500 shortage, > 100 slight, ≥ −100 balance, else surplus. */
export function gapClass(gap: number, jobs: number): ClassKey | 'nojobs' {
  if (!(jobs >= MIN_JOBS)) return 'nojobs';
  const [a, b, c, d] = GAP_BREAKS;
  if (gap > a) return 'strong';
  if (gap > b) return 'shortage';
  if (gap > c) return 'slight';
  if (gap >= d) return 'balance';
  return 'surplus';
}

/** The class of a territory's (or site's) figures for a measure; 'none' without figures. */
export function classOf(
  figure: { jobs: number; gap: number; coverage: number | null } | undefined,
  measure: Measure
): FillKey {
  if (!figure) return 'none';
  if (!(figure.jobs >= MIN_JOBS)) return 'nojobs';
  return measure === 'gap' ? gapClass(figure.gap, figure.jobs) : coverageClass(figure.coverage);
}

export interface LegendItem {
  key: FillKey;
  color: string;
  /** What the class means, in words: "Pénurie". */
  meaning: string;
  /** Its range, with units: "500 à 2 000 personnes manquantes". */
  range: string;
}

/** The legend of a measure: its classes from most missing to most surplus, then the greys. */
export function legend(measure: Measure, lang: Lang): LegendItem[] {
  const m = MAP_MESSAGES[lang].classes;
  const n = (v: number) => formatInt(v, lang);
  const p = (v: number) => formatPercent(v, lang);
  const [ca, cb, cc, cd] = COVERAGE_BREAKS;
  const [ga, gb, gc, gd] = GAP_BREAKS;
  const ranges: Record<ClassKey, string> =
    measure === 'coverage'
      ? {
          strong: m.below.replace('{v}', p(ca)),
          shortage: m.between.replace('{a}', p(ca)).replace('{b}', p(cb)),
          slight: m.between.replace('{a}', p(cb)).replace('{b}', p(cc)),
          balance: m.between.replace('{a}', p(cc)).replace('{b}', p(cd)),
          surplus: m.above.replace('{v}', p(cd))
        }
      : {
          strong: m.gapAbove.replace('{v}', n(ga)),
          shortage: m.gapBetween.replace('{a}', n(gb)).replace('{b}', n(ga)),
          slight: m.gapBetween.replace('{a}', n(gc)).replace('{b}', n(gb)),
          balance: m.gapBalance.replace('{v}', n(Math.abs(gd))),
          surplus: m.gapSurplus.replace('{v}', n(Math.abs(gd)))
        };
  return [
    ...CLASS_KEYS.map((key) => ({
      key,
      color: CLASS_COLORS[key],
      meaning: m.meaning[key],
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
