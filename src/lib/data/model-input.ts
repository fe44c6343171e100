/**
 * From the dataset's records to the forecasting library's inputs (MODEL.md shapes).
 * Orientation actions are not training programmes: they feed other programmes' intake (the
 * planners' orientation lever), so they are left out here.
 */
import type { Program, Site } from '../forecast/index.ts';
import type { ProgrammeRecord, SiteRecord } from './queries.ts';

/** The announced target is the high end of the announced range; presets scale it. */
export function toModelSite(site: SiteRecord): Site {
  return {
    id: site.id,
    name: site.name,
    region: site.region,
    productionStart: site.productionStart,
    fullCapacity: site.fullCapacityYear,
    targetJobs: site.jobsDirectHigh,
    ...(site.occupationMix ? { occupationMix: site.occupationMix } : {}),
    ...(site.initialTrained !== null ? { initialTrained: site.initialTrained } : {})
  };
}

export function toModelProgram(p: ProgrammeRecord): Program {
  const target = p.targetSite ? { site: p.targetSite } : { region: p.targetRegion ?? '' };
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
    target
  };
}

export function toModelInput(data: { sites: SiteRecord[]; programmes: ProgrammeRecord[] }): {
  sites: Site[];
  programs: Program[];
} {
  return {
    sites: data.sites.map(toModelSite),
    programs: data.programmes.filter((p) => p.programmeType === 'training').map(toModelProgram)
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
  const { loadSites, loadProgrammes } = await import('./queries.ts');
  const db = await NodeConnector.open(staticDir);
  try {
    return toModelInput({ sites: await loadSites(db), programmes: await loadProgrammes(db) });
  } finally {
    await db.close();
  }
}
