/**
 * The map's legend as the export draws it (the page's legend is HTML, which a file does not
 * carry): the territories' colour classes, the sites' classes where they differ, and the symbol
 * sizes at the map's own scale — the same items and words as `MapLegend.svelte`.
 *
 * @example mapExportLegend({ measure: 'gap', lang: 'fr', year: 2030, maxJobs: 3000, pxPerUnit: 0.9 })
 *   // [{ kind: 'heading', label: 'Emplois sans personne formée, par territoire' }, { kind: 'swatch', … }, …]
 */
import type { LegendItem } from '../charts/export.ts';
import type { Lang } from '../i18n/format.ts';
import { fill } from '../i18n/messages.ts';
import { count, MAP_MESSAGES } from '../i18n/messages-map.ts';
import { legend, type ClassBreaks, type Measure } from './classes.ts';
import { sizeLegendValues, symbolRadius } from './symbols.ts';

export function mapExportLegend(o: {
  measure: Measure;
  /** The territories' class breaks as drawn; the measure's named thresholds if absent. */
  breaks?: ClassBreaks;
  lang: Lang;
  year: number;
  maxJobs: number;
  /** Pixels per map unit, as drawn: the circles keep the map's scale. */
  pxPerUnit: number;
}): LegendItem[] {
  const m = MAP_MESSAGES[o.lang].map;
  const colon = MAP_MESSAGES[o.lang].colon;
  const label = (meaning: string, range: string) =>
    range ? `${meaning}${colon}${range}` : meaning;
  const items: LegendItem[] = [
    {
      kind: 'heading',
      // At natural breaks the sites keep the named classes, drawn apart: the heading says so.
      label:
        o.breaks?.method === 'natural' && o.measure === 'coverage'
          ? MAP_MESSAGES[o.lang].classMethod.territoriesCoverage
          : m.legendTerritories[o.measure],
      color: '#1b1f24'
    },
    ...legend(o.breaks ?? o.measure, o.lang).map((i): LegendItem =>
      i.key === 'nojobs'
        ? { kind: 'hatch', label: label(i.meaning, i.range), color: '#5b6470' }
        : { kind: 'swatch', label: label(i.meaning, i.range), color: i.color }
    )
  ];
  if (o.measure === 'gap' || o.breaks?.method === 'natural') {
    items.push({ kind: 'heading', label: m.legendSites, color: '#1b1f24' });
    for (const i of legend('coverage', o.lang).filter((c) => c.key !== 'none')) {
      // A site not open yet is an empty circle on the map.
      items.push(
        i.key === 'nojobs'
          ? { kind: 'circle', label: label(i.meaning, i.range), color: '#5b6470', r: 4 }
          : { kind: 'point', label: label(i.meaning, i.range), color: i.color }
      );
    }
  }
  const values = sizeLegendValues(o.maxJobs);
  if (values.length) {
    const radius = symbolRadius(o.maxJobs);
    items.push({ kind: 'heading', label: fill(m.legendSize, { year: o.year }), color: '#1b1f24' });
    for (const v of values) {
      items.push({
        kind: 'circle',
        label: count(v, o.lang, MAP_MESSAGES[o.lang].units.directJob),
        color: '#1b1f24',
        r: radius(v) * o.pxPerUnit
      });
    }
  }
  return items;
}
