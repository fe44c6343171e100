/**
 * The hiring lead's reference class, computed (never typed), for the methodology: every site of
 * the data with an observed headcount, its fitted lead, and their mean — the default lead of
 * every page.
 *
 * @example
 *   siteLeads(dataset).mean;         // e.g. 1.37 (years)
 *   timeLabel('fr', 2025.0547);       // "2025,055" — a model time, never "2 025,055"
 */
import type { ModelInputData } from '../data/model-input.ts';
import { toModelInput } from '../data/model-input.ts';
import type { SiteRecord } from '../data/queries.ts';
import { leadEvidence, referenceLead } from '../forecast/index.ts';
import { formatNumber, type Lang } from '../i18n/format.ts';

export interface LeadEvidence {
  rows: {
    id: string;
    name: string;
    /** Fitted lead, in years. */
    lead: number;
    /** The site's observed headcounts, oldest first. */
    observations: { date: string; jobs: number }[];
  }[];
  /** Mean of the fitted leads: the reference lead. */
  mean: number;
}

export function siteLeads(
  dataset: ModelInputData & { sites: readonly SiteRecord[] }
): LeadEvidence {
  const modelSites = toModelInput(dataset).sites;
  const names = new Map(dataset.sites.map((s) => [s.id, s.name]));
  const bySite = new Map(modelSites.map((s) => [s.id, s]));
  return {
    rows: leadEvidence(modelSites).map((e) => ({
      id: e.siteId,
      name: names.get(e.siteId) ?? e.siteId,
      lead: e.lead,
      observations: [...(bySite.get(e.siteId)?.observations ?? [])].sort((a, b) =>
        a.date.localeCompare(b.date)
      )
    })),
    mean: referenceLead(modelSites)
  };
}

/** A model time such as 2025.055, a year and its fraction: never with a thousands separator. */
export const timeLabel = (lang: Lang, x: number): string =>
  `${Math.floor(x)}${formatNumber(x - Math.floor(x), lang, 3).slice(1)}`;
