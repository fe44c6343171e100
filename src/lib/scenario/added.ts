/**
 * The dataset of a scenario with the programmes added in the workbench (`state/added.ts`): each
 * becomes a programmes row through the same checks and the same conversion as an uploaded row
 * (`checkAddedFields`, `programmeRecord`), named after its occupation and target and marked
 * « ajout de l'atelier » wherever its name shows, never passed off as observed data (kind
 * `estimate`, source « atelier de scénarios », « hypothèse de l'utilisateur, pas une source
 * publiée »). Every page that asks the territory model (`model.svelte.ts`) gets them: the
 * headline, the charts, « ce qu'il faut », the Monte Carlo; the map adds them the same way.
 *
 * @example
 *   withAdded(dataset, [{ n: 1, occupation: 'operator', target: { site: 'aesc-douai' },
 *     intakePerYear: 24, startYear: 2027, durationYears: 1, completionRate: 0.73,
 *     placementRate: 0.7, costPerPlaceEur: null }], 'fr').programmes.at(-1)?.name;
 *   // "Formation ajoutée 1 : Opérateurs de production, Gigafactory AESC Douai (…) (ajout de l’atelier)"
 */
import type { Lang } from '../i18n/format.ts';
import { newestSourceDate, occupationLabel } from '../data/provenance.ts';
import type { Dataset, ProgrammeRecord } from '../data/queries.ts';
import type { SiteRecord } from '../data/queries.ts';
import { programmeRecord, referencesOf, siteRecord } from '../data/user-data.ts';
import { departementCentre } from '../map/centres.ts';
import {
  addedFields,
  addedSiteFields,
  checkAddedFields,
  checkAddedSiteFields,
  mixText,
  type AddedProgramme,
  type AddedSite,
  type AddedSitePlace
} from '../state/added.ts';

/** The words that flag an added programme, wherever its name shows. */
export const ADDED_MARK = { fr: 'ajout de l’atelier', en: 'added in the workbench' } as const;

/** What an added programme is called: its number, occupation and target, in the data's French. */
export function addedName(
  p: AddedProgramme,
  dataset: Pick<Dataset, 'occupations' | 'sites' | 'regions'>
): string {
  const occupation = occupationLabel(dataset.occupations, p.occupation, 'fr');
  const target =
    'site' in p.target
      ? (dataset.sites.find((s) => s.id === (p.target as { site: string }).site)?.name ??
        p.target.site)
      : (dataset.regions.find((r) => r.code === (p.target as { region: string }).region)?.name ??
        p.target.region);
  return `Formation ajoutée ${p.n} : ${occupation}, ${target}`;
}

/**
 * The date an addition carries: that of the data it is added to, so that an addition does not
 * move the « données au » date.
 */
function addedSourceDate(dataset: Dataset): string {
  return (
    newestSourceDate(dataset.sites, dataset.sitePlans, dataset.observations, dataset.programmes) ||
    '2026-01-01'
  );
}

/**
 * The programmes added, as the dataset's records (an entry that no longer passes the checks
 * against this dataset is left out: `restrictAdded` names it in the page's notice).
 */
export function addedRecords(
  added: readonly AddedProgramme[],
  dataset: Dataset,
  lang: Lang
): ProgrammeRecord[] {
  const sourceDate = addedSourceDate(dataset);
  const refs = new Map([
    ['sites.id', new Set(dataset.sites.map((s) => s.id))],
    ['regions.code', new Set(dataset.regions.map((r) => r.code))],
    ['occupations.code', new Set(dataset.occupations.map((o) => o.code))]
  ]);
  const out: ProgrammeRecord[] = [];
  for (const p of added) {
    const name = addedName(p, dataset);
    const checked = checkAddedFields(p.n, addedFields(p), refs, name, sourceDate);
    if (!checked.row) continue;
    const record = programmeRecord(checked.row, { file: 'atelier', loadedAt: '' });
    out.push({ ...record, name: `${name} (${ADDED_MARK[lang]})` });
  }
  return out;
}

/** Where an added site stands in this dataset: its département's région and centre, the mixes. */
export function sitePlace(dataset: Pick<Dataset, 'departements' | 'sites'>): AddedSitePlace {
  return {
    regionOf: (dep) => dataset.departements.find((d) => d.code === dep)?.region,
    centreOf: departementCentre,
    mixOf: (id) => mixText(dataset.sites.find((s) => s.id === id)?.occupationMix ?? null)
  };
}

/**
 * The sites added, as the dataset's records, marked « ajout de l'atelier » (an entry that no
 * longer passes the checks against this dataset is left out, as for programmes).
 */
export function addedSiteRecords(
  added: readonly AddedSite[],
  dataset: Dataset,
  lang: Lang
): SiteRecord[] {
  const sourceDate = addedSourceDate(dataset);
  const refs = referencesOf(dataset);
  const place = sitePlace(dataset);
  const out: SiteRecord[] = [];
  for (const s of added) {
    const checked = checkAddedSiteFields(s.n, addedSiteFields(s), place, refs, sourceDate);
    if (!checked.row) continue;
    const record = siteRecord(checked.row, { file: 'atelier', loadedAt: '' });
    out.push({ ...record, name: `${record.name} (${ADDED_MARK[lang]})` });
  }
  return out;
}

let last: { dataset: Dataset; key: string; out: Dataset } | null = null;

/**
 * The dataset with the scenario's added sites and programmes after its own (the same object if
 * none). Sites first: an added programme may train for an added site.
 */
export function withAdded(
  dataset: Dataset,
  added: readonly AddedProgramme[],
  lang: Lang,
  sites: readonly AddedSite[] = []
): Dataset {
  if (!added.length && !sites.length) return dataset;
  // Keyed by value: a lever's move makes a new state, not new programmes.
  const key = `${lang}:${JSON.stringify(added)}:${JSON.stringify(sites)}`;
  if (last && last.dataset === dataset && last.key === key) return last.out;
  const withSites = sites.length
    ? { ...dataset, sites: [...dataset.sites, ...addedSiteRecords(sites, dataset, lang)] }
    : dataset;
  const out = {
    ...withSites,
    programmes: [...dataset.programmes, ...addedRecords(added, withSites, lang)]
  };
  last = { dataset, key, out };
  return out;
}
