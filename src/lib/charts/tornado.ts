/**
 * Sensitivity bars → a tornado chart's drawing: one bar per parameter from the unfilled jobs at
 * its low value to those at its high value, around the scenario's, largest swing first.
 */
import type { SensitivityBar } from '../forecast/index.ts';
import { formatProjected, type Lang } from '../i18n/format.ts';
import { linearScale, valueTicks } from './kit.ts';

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
  labelWidth: number;
  rowHeight: number;
}

export function layoutTornado(
  bars: readonly SensitivityBar[],
  labels: Record<string, string>,
  width: number,
  lang: Lang
): TornadoLayout {
  const labelWidth = Math.min(190, Math.max(110, width * 0.32));
  const rowHeight = 30;
  const top = 8;
  const height = top + bars.length * rowHeight + 28;
  const values = bars.flatMap((b) => [b.gapAtLow, b.gapAtHigh, b.baseGap]);
  const lo = Math.min(...values, 0);
  const hi = Math.max(...values, 0);
  const x = linearScale([lo, hi], [labelWidth + 8, width - 16], 4);
  const base = bars[0]?.baseGap ?? 0;
  return {
    width,
    height,
    baseX: x(base),
    labelWidth,
    rowHeight,
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
    ticks: valueTicks(x, 4, lang).map((t) => ({ x: t.at, label: t.label }))
  };
}
