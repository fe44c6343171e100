/**
 * Which sites the jobs-vs-trained chart shows: all of the territory's by default, or those the
 * reader kept ticked (the others are in the URL's `hs`). With every site shown, the chart is the
 * territory's total with its Monte Carlo bands; with some left out, it is the total of the shown
 * sites' cells in the same projection (unfilled jobs summed over the cells, never netted), without
 * bands — the Monte Carlo gives quantiles of the territory's total, and a quantile of a part
 * cannot be read from them.
 *
 * @example
 *   const c = chartSelection(model.detail, model.total, sim?.total ?? null, model.sites, ['aesc-douai']);
 *   c.total;     // the other sites' totals per year
 *   c.quantiles; // null: no band for a part of the territory
 */
import type { AggregateRow, ProjectionDetail, SimulationSumRow } from '../forecast/index.ts';
import { scopeTotals } from '../scenario/territory.ts';

export interface ChartSelection {
  /** The shown sites' ids, in the territory's order. */
  shown: string[];
  /** True when every site of the territory is shown (the chart is the territory's total). */
  all: boolean;
  total: AggregateRow[];
  quantiles: SimulationSumRow[] | null;
}

export function chartSelection(
  detail: Pick<ProjectionDetail, 'rows' | 'unplaced'>,
  total: AggregateRow[],
  quantiles: SimulationSumRow[] | null,
  sites: readonly { id: string }[],
  hidden: readonly string[]
): ChartSelection {
  const out = new Set(hidden);
  const shown = sites.filter((s) => !out.has(s.id)).map((s) => s.id);
  if (shown.length === sites.length) return { shown, all: true, total, quantiles };
  return { shown, all: false, total: scopeTotals(detail, new Set(shown)).total, quantiles: null };
}

/** The hidden list after a site's box is ticked or unticked (sorted, as the URL writes it). */
export function toggleHidden(hidden: readonly string[], siteId: string, show: boolean): string[] {
  const next = new Set(hidden);
  if (show) next.delete(siteId);
  else next.add(siteId);
  return [...next].sort();
}
