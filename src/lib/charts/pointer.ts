/**
 * What the keyboard does to a chart's pointed item (a year, a bar), the same on every chart:
 * along the chart's axis (→ and ← for years, ↓ and ↑ for the bars of a tornado) a key steps to
 * the next or previous item, starting from `start` where none is pointed; Début and Fin (Home,
 * End) go to the first and last; Échap (Escape) hides (null). Undefined: the key is not the
 * chart's (the browser keeps it, e.g. to scroll).
 *
 * @example stepPointed([2029, 2030, 2031], null, 'ArrowLeft', 2030) // 2030
 *   stepPointed([2029, 2030, 2031], 2030, 'ArrowLeft', 2030) // 2029
 */
export function stepPointed<T>(
  items: readonly T[],
  pointed: T | null,
  key: string,
  start: T,
  axis: 'x' | 'y' = 'x'
): T | null | undefined {
  if (!items.length) return undefined;
  const i = pointed === null ? -1 : items.indexOf(pointed);
  const from = items.includes(start) ? start : items[items.length - 1];
  const [next, previous] = axis === 'x' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowDown', 'ArrowUp'];
  if (key === next) return i < 0 ? from : items[Math.min(items.length - 1, i + 1)];
  if (key === previous) return i < 0 ? from : items[Math.max(0, i - 1)];
  if (key === 'Home') return items[0];
  if (key === 'End') return items[items.length - 1];
  if (key === 'Escape') return null;
  return undefined;
}

/**
 * The tooltip's left edge: beside the pointed position `x`, flipped to its left near the right
 * edge, always inside [0, width].
 */
export function tipLeft(x: number, tipWidth: number, width: number, gap = 12): number {
  const right = x + gap;
  const left = right + tipWidth > width ? x - gap - tipWidth : right;
  return Math.max(0, Math.min(left, width - tipWidth));
}
