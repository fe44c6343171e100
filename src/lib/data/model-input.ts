/**
 * From the dataset's records to the forecasting library's inputs (shapes of
 * `src/lib/forecast/types.ts`). Orientation actions are not training programmes: they feed other
 * programmes' intake (the planners' orientation lever), so they are left out here.
 *
 * Observations travel with the records: a site's dated headcounts (`Site.observations`, on which
 * the model calibrates its ramp) and a programme's observed graduates and hires
 * (`Program.observed`, per model year: a date's model year is its calendar year, since model
 * year t is the end of year t; several rows of one year are summed).
 */
import { ascending } from 'd3';
import type { Program, Site, SiteObservation } from '../forecast/index.ts';
import type {
  Dataset,
  ObservationRecord,
  ProgrammeRecord,
  SitePlanRecord,
  SiteRecord
} from './queries.ts';

/** What `toModelInput` reads: the records, and optionally the observations of the dataset. */
export interface ModelInputData {
  sites: readonly SiteRecord[];
  programmes: readonly ProgrammeRecord[];
  observations?: readonly ObservationRecord[];
}

/** A site's observed headcounts, oldest first. */
export function siteObservations(
  siteId: string,
  observations: readonly ObservationRecord[]
): SiteObservation[] {
  return observations
    .filter((o) => o.subjectType === 'site' && o.subjectId === siteId && o.metric === 'headcount')
    .map((o) => ({ date: o.date, jobs: o.value }))
    .sort((a, b) => ascending(a.date, b.date));
}

/**
 * A programme's observed graduates and hires per model year (the calendar year of the date),
 * summed over rows of the same year; null where there are none.
 */
export function programmeObserved(
  programmeId: string,
  observations: readonly ObservationRecord[]
): NonNullable<Program['observed']> | null {
  const out: NonNullable<Program['observed']> = {};
  for (const o of observations) {
    if (o.subjectType !== 'programme' || o.subjectId !== programmeId) continue;
    if (o.metric !== 'graduates' && o.metric !== 'hired') continue;
    const year = Number(o.date.slice(0, 4));
    const byYear = (out[o.metric] ??= {});
    byYear[year] = (byYear[year] ?? 0) + o.value;
  }
  return out.graduates || out.hired ? out : null;
}

/** The announced target is the high end of the announced range; presets scale it. */
export function toModelSite(
  site: SiteRecord,
  observations: readonly ObservationRecord[] = []
): Site {
  const observed = siteObservations(site.id, observations);
  return {
    id: site.id,
    name: site.name,
    region: site.region,
    productionStart: site.productionStart,
    fullCapacity: site.fullCapacityYear,
    targetJobs: site.jobsDirectHigh,
    ...(site.occupationMix ? { occupationMix: site.occupationMix } : {}),
    ...(site.initialTrained != null ? { initialTrained: site.initialTrained } : {}),
    ...(observed.length ? { observations: observed } : {}),
    ...(site.existingJobs != null ? { existingJobs: site.existingJobs } : {}),
    ...(site.reconversionJobs != null ? { reconversionJobs: site.reconversionJobs } : {})
  };
}

export function toModelProgram(
  p: ProgrammeRecord,
  observations: readonly ObservationRecord[] = []
): Program {
  const target = p.targetSite ? { site: p.targetSite } : { region: p.targetRegion ?? '' };
  const observed = programmeObserved(p.id, observations);
  return {
    id: p.id,
    name: p.name,
    occupation: p.occupation,
    intake: p.intakePerYear,
    startYear: p.startYear,
    ...(p.endYear !== null ? { endYear: p.endYear } : {}),
    durationYears: p.durationYears,
    completionRate: p.completionRate,
    placementRate: p.placementRate,
    target,
    ...(p.occupationMix ? { occupationMix: p.occupationMix } : {}),
    ...(p.targetShare != null ? { targetShare: p.targetShare } : {}),
    ...(observed ? { observed } : {})
  };
}

export function toModelInput(data: ModelInputData): {
  sites: Site[];
  programs: Program[];
} {
  const observations = data.observations ?? [];
  return {
    sites: data.sites.map((s) => toModelSite(s, observations)),
    programs: data.programmes
      .filter((p) => p.programmeType === 'training')
      .map((p) => toModelProgram(p, observations))
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

type KnowableDataset = Pick<Dataset, 'sites' | 'sitePlans' | 'programmes' | 'observations'>;

/**
 * A site row published after `date`, rebuilt from the site's plans known at `date`: for each
 * plan year, the newest `site_plans` row known then (on equal dates, the higher jobs_high). The
 * production start is the plan's earliest year, the full-capacity year the year of its largest
 * jobs_high (the latest such year on ties), jobs high and low come from that row; a one-year plan
 * starts one year before it (the shortest ramp the model accepts; a convention). Null where no
 * plan was known: the site did not exist yet.
 */
export function siteFromPlans(
  site: SiteRecord,
  plans: readonly SitePlanRecord[],
  date: string,
  headcountKnown = false
): SiteRecord | null {
  const byYear = new Map<number, SitePlanRecord>();
  for (const p of plans) {
    if (p.siteId !== site.id || p.sourceDate > date) continue;
    const cur = byYear.get(p.year);
    if (
      !cur ||
      p.sourceDate > cur.sourceDate ||
      (p.sourceDate === cur.sourceDate && p.jobsHigh > cur.jobsHigh)
    ) {
      byYear.set(p.year, p);
    }
  }
  if (!byYear.size) return null;
  const plan = [...byYear.values()].sort((a, b) => a.year - b.year);
  let top = plan[0];
  for (const p of plan) if (p.jobsHigh >= top.jobsHigh) top = p;
  const start = plan[0].year;
  return {
    ...site,
    productionStart: top.year > start ? start : top.year - 1,
    fullCapacityYear: top.year,
    jobsDirectLow: top.jobsLow,
    jobsDirectHigh: top.jobsHigh,
    jobsIndirect: null,
    capacityGwh: null,
    initialTrained: null,
    existingJobs: null,
    reconversionJobs: null,
    status: headcountKnown ? 'ramping_up' : 'announced',
    notes: `Ligne reconstruite à partir des plans d'embauche connus au ${date} (knownAt, data/README.md).`,
    source: top.source,
    sourceTitle: top.sourceTitle,
    sourceDate: top.sourceDate,
    kind: top.kind
  };
}

/**
 * The dataset as it was known on `date` (YYYY-MM-DD): only the rows whose `source_date` is on or
 * before it, for backtests and the command line's `--known-at` (data/README.md, "What was known
 * on a date").
 *
 * - `sitePlans`, `observations`: rows with source_date ≤ date whose subject is still there.
 * - `sites`: a row with source_date ≤ date is kept; a newer row is rebuilt from the site's plans
 *   known at the date (`siteFromPlans`: production start = the plan's earliest year, full
 *   capacity = the year of its largest jobs_high, jobs high and low from that row); a site with
 *   no plan known did not exist yet and is dropped.
 * - `programmes`: a row newer than the date is dropped, and so is one whose target site was.
 * - Every other table (occupations, régions, départements) is a reference table, kept whole.
 *
 * @example knownAt(dataset, '2023-12-31').observations.filter((o) => o.metric === 'headcount');
 *   // ACC's 250 (2023-05-30) and 450 (2023-11-01) only
 */
export function knownAt<T extends KnowableDataset>(dataset: T, date: string): T {
  if (!isIsoDate(date)) throw new RangeError(`knownAt: expected a date YYYY-MM-DD, found ${date}`);
  const observationsKnown = dataset.observations.filter((o) => o.sourceDate <= date);
  const sites: SiteRecord[] = [];
  for (const site of dataset.sites) {
    if (site.sourceDate <= date) {
      sites.push(site);
      continue;
    }
    const headcount = observationsKnown.some(
      (o) => o.subjectType === 'site' && o.subjectId === site.id && o.metric === 'headcount'
    );
    const rebuilt = siteFromPlans(site, dataset.sitePlans, date, headcount);
    if (rebuilt) sites.push(rebuilt);
  }
  const siteIds = new Set(sites.map((s) => s.id));
  const programmes = dataset.programmes.filter(
    (p) => p.sourceDate <= date && (p.targetSite === null || siteIds.has(p.targetSite))
  );
  const programmeIds = new Set(programmes.map((p) => p.id));
  return {
    ...dataset,
    sites,
    sitePlans: dataset.sitePlans.filter((p) => p.sourceDate <= date && siteIds.has(p.siteId)),
    programmes,
    observations: observationsKnown.filter((o) =>
      o.subjectType === 'site' ? siteIds.has(o.subjectId) : programmeIds.has(o.subjectId)
    )
  };
}

/**
 * Node only (scripts, benchmarks): the default dataset's model input, read from the built
 * Parquet files in static/data/ with the same queries the pages run. Run `npm run data` first.
 */
export async function readDefaultModelInput(
  staticDir = 'static'
): Promise<{ sites: Site[]; programs: Program[] }> {
  const nodeModule = './node.ts';
  const { NodeConnector } = (await import(
    /* @vite-ignore */ nodeModule
  )) as typeof import('./node.ts');
  const { loadSites, loadProgrammes, loadObservations } = await import('./queries.ts');
  const db = await NodeConnector.open(staticDir);
  try {
    return toModelInput({
      sites: await loadSites(db),
      programmes: await loadProgrammes(db),
      observations: await loadObservations(db)
    });
  } finally {
    await db.close();
  }
}
