/**
 * The brief's « En bref »: one sentence per fact, in the order a reader asks — the sites, the
 * jobs, the trained people, the gap, its peak, the programmes, what it takes, the local market
 * (printed only) and the shortage risk. Each sentence is written by `map/brief.ts`; this only
 * picks the model's figures for them, so the brief says what its cards and tables show.
 *
 * @example
 *   briefSentences('fr', model, { year: 2030, preset: 'Tendanciel', … }).map((s) => s.key);
 *   // ['sites', 'jobs', 'trained', 'gap', 'peak', 'programmes', 'closing', 'chances']
 */
import type { ProgrammeRecord } from '../data/queries.ts';
import type { Lang } from '../i18n/format.ts';
import {
  closingSentence,
  jobsSentence,
  peakSentence,
  programmesSentence,
  sitesSentence,
  trainedSentence,
  unfilledSentence,
  type Closing
} from '../map/brief.ts';
import type { TerritoryModel } from '../scenario/model.svelte.ts';

export interface BriefSentence {
  key: string;
  text: string;
}

export interface BriefSentenceInput {
  year: number;
  years: [number, number];
  /** The scenario's name. */
  preset: string;
  /** Trained people with no post: the région's (its pools). */
  surplusAt: number;
  /** A département's région (its figures are said to be the région's); none for a région. */
  regionName?: string;
  closing: Closing | null;
  /** The local market's sentence, if the territory has BMO figures. */
  market: string | null;
  /** The shortage risk, or « computing » until the worker answers. */
  chances: string;
}

/** Whether a programme takes trainees in `year` by its announced dates. */
export const openIn = (p: ProgrammeRecord, year: number): boolean =>
  p.startYear <= year && (p.endYear === null || year <= p.endYear);

export function briefSentences(
  lang: Lang,
  model: Pick<TerritoryModel, 'sites' | 'programmes' | 'announced' | 'peak' | 'detail' | 'at'>,
  f: BriefSentenceInput
): BriefSentence[] {
  const sites = model.sites;
  const atYear = model.at(f.year);
  if (!sites.length || !atYear) return [];
  const programmes = model.programmes;
  const open = programmes.filter((p) => openIn(p, f.year));
  const renewedFrom = model.detail.renewedFrom;
  /** Programmes not announced open in the year whose intake the model renews that year. */
  const renewed = programmes.filter(
    (p) => !openIn(p, f.year) && renewedFrom[p.id] !== undefined && renewedFrom[p.id] <= f.year
  ).length;
  const list: BriefSentence[] = [
    {
      key: 'sites',
      text: sitesSentence(lang, {
        sites: sites.length,
        announcedLow: model.announced.low,
        announcedHigh: model.announced.high
      })
    },
    {
      key: 'jobs',
      text: jobsSentence(lang, {
        year: f.year,
        preset: f.preset,
        jobs: atYear.jobs,
        indirectJobs: atYear.indirectJobs
      })
    },
    {
      key: 'trained',
      text: trainedSentence(lang, {
        year: f.year,
        trained: atYear.trained,
        // A converted plant's qualified employees are in post without any programme.
        brownfield: sites.some((x) => (x.existingJobs ?? 0) > (x.reconversionJobs ?? 0))
      })
    },
    {
      key: 'gap',
      text: unfilledSentence(lang, {
        year: f.year,
        jobs: atYear.jobs,
        unfilled: atYear.unfilled,
        surplus: f.surplusAt,
        coverage: atYear.coverage,
        regionName: f.regionName
      })
    },
    { key: 'peak', text: peakSentence(lang, { peak: model.peak, years: f.years }) },
    {
      key: 'programmes',
      text: programmesSentence(lang, {
        programmes: programmes.length,
        open: open.length,
        intake: open.reduce((s, p) => s + p.intakePerYear, 0),
        year: f.year,
        renewed
      })
    }
  ];
  if (f.closing) list.push({ key: 'closing', text: closingSentence(lang, f.closing) });
  // On paper, the local market panel comes down to its sentence (two A4 pages).
  if (f.market) list.push({ key: 'market', text: f.market });
  list.push({ key: 'chances', text: f.chances });
  return list;
}
