/**
 * Sensitivity bars → a tornado chart's drawing: one bar per parameter from the unfilled jobs at
 * its low value to those at its high value, around the scenario's, largest swing first.
 */
import type { SensitivityBar } from '../forecast/index.ts';
import { formatNumber, formatProjected, type Lang } from '../i18n/format.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { linearScale, PALETTE, valueTicks } from './kit.ts';
import type { HoverValue } from './timeseries.ts';

export interface TornadoLayout {
  width: number;
  height: number;
  baseX: number;
  bars: {
    parameter: string;
    label: string;
    y: number;
    xLow: number;
    xHigh: number;
    lowText: string;
    highText: string;
  }[];
  ticks: { x: number; label: string }[];
  /** 0 when the labels stand above their bars (a narrow chart). */
  labelWidth: number;
  /** Where a row's label stands (from the row's top) and where its bar starts. */
  label: { x: number; dy: number; anchor: 'start' | 'end'; barDy: number };
  rowHeight: number;
  /** The first bar's row starts here: row i spans [top + i × rowHeight, top + (i + 1) × rowHeight). */
  top: number;
}

export function layoutTornado(
  bars: readonly SensitivityBar[],
  labels: Record<string, string>,
  width: number,
  lang: Lang
): TornadoLayout {
  // Wide: labels in a column that fits the longest (12 px text, ≈ 0.6 em a character, at most
  // 40 % of the chart). Narrow (a phone): each label above its bar, the bars the full width; a
  // fixed column cut « Entrées en formation » at 390 px.
  const longest = Math.max(0, ...bars.map((b) => (labels[b.parameter] ?? b.parameter).length));
  const needed = Math.max(80, longest * 7.2 + 6);
  const stacked = needed > width * 0.4;
  const labelWidth = stacked ? 0 : Math.round(needed);
  const rowHeight = stacked ? 40 : 30;
  const top = 8;
  const height = top + bars.length * rowHeight + 28;
  const values = bars.flatMap((b) => [b.gapAtLow, b.gapAtHigh, b.baseGap]);
  const lo = Math.min(...values, 0);
  const hi = Math.max(...values, 0);
  const x = linearScale([lo, hi], [labelWidth + 8, width - 22], 4);
  const base = bars[0]?.baseGap ?? 0;
  return {
    width,
    height,
    baseX: x(base),
    labelWidth,
    label: stacked
      ? { x: 0, dy: 12, anchor: 'start', barDy: 16 }
      : { x: labelWidth, dy: 15, anchor: 'end', barDy: 4 },
    rowHeight,
    top,
    bars: bars.map((b, i) => ({
      parameter: b.parameter,
      label: labels[b.parameter] ?? b.parameter,
      y: top + i * rowHeight,
      xLow: x(b.gapAtLow),
      xHigh: x(b.gapAtHigh),
      // Model outputs, rounded as the pages round them (formatProjected).
      lowText: formatProjected(b.gapAtLow, lang),
      highText: formatProjected(b.gapAtHigh, lang)
    })),
    ticks: valueTicks(x, stacked ? 3 : 4, lang).map((t) => ({ x: t.at, label: t.label }))
  };
}

/**
 * What the tornado shows for one parameter, as its tooltip says it: the unfilled jobs at the
 * parameter's low value and at its high value (each value named), and the scenario's, model
 * outputs rounded as on every page (`formatProjected`, as the chart's table).
 *
 * @example tornadoValues(bars[0], 'fr').map((v) => v.value); // ['3 100', '2 000', '2 500']
 */
export function tornadoValues(bar: SensitivityBar, lang: Lang): HoverValue[] {
  const w = MESSAGES[lang].workbench;
  const at = (what: string, v: number) => `${what} (${formatNumber(v, lang, 2)})`;
  return [
    {
      id: 'low',
      label: at(w.tornadoLow, bar.low),
      color: PALETTE.low,
      value: formatProjected(bar.gapAtLow, lang)
    },
    {
      id: 'high',
      label: at(w.tornadoHigh, bar.high),
      color: PALETTE.high,
      value: formatProjected(bar.gapAtHigh, lang)
    },
    {
      id: 'base',
      label: w.tornadoBase,
      color: PALETTE.ink,
      value: formatProjected(bar.baseGap, lang)
    }
  ];
}

/** The same in one sentence, as the screen reader announces it: « Réussite : valeur basse … ». */
export function tornadoSentence(label: string, values: readonly HoverValue[], lang: Lang): string {
  const c = MESSAGES[lang].chart;
  const items = values.map((v) => fill(c.valueItem, { label: v.label, value: v.value }));
  return `${fill(c.valueItem, { label, value: items.join(c.separator) })}.`;
}
