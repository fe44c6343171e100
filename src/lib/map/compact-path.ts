/**
 * Shorter SVG path data for the map's boundaries. d3-geo writes every point absolutely with one
 * decimal ("M305.6,123.7L304.2,123.7L302.1,122.6Z"); here each ring starts absolutely and then
 * goes on in relative steps, the `l` written once ("M305.6,123.7l-1.4,0-2.1-1.1z"). The steps
 * are differences of the points rounded to tenths, so the points drawn are exactly the same
 * and no rounding error accumulates. About 40 % shorter: the map page's prerendered SVG and its
 * page data carry every boundary.
 *
 * @example
 *   compactPath('M305.6,123.7L304.2,123.7L302.1,122.6Z'); // "M305.6,123.7l-1.4,0-2.1-1.1z"
 */

/** A number of tenths written as a decimal: 14 → "1.4", -5 → "-.5", 20 → "2". */
function tenths(n: number): string {
  if (n === 0) return '0';
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  return sign + (whole ? String(whole) : frac ? '' : '0') + (frac ? `.${frac}` : '');
}

/** Joins numbers, leaving out the separator where the next one's minus sign already is one. */
function pushNumber(out: string[], s: string, first: boolean): void {
  if (!first && s[0] !== '-') out.push(',');
  out.push(s);
}

/** Path data of M, L and Z commands (d3-geo's polygons and lines) in the compact form. */
export function compactPath(d: string): string {
  const tokens = d.match(/[MLZmlz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const out: string[] = [];
  let cmd = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let inRun = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === 'Z' || t === 'z') {
      out.push('z');
      x = startX;
      y = startY;
      inRun = false;
      continue;
    }
    if (/^[MLml]$/.test(t)) {
      if (t === 'm' || t === 'l') throw new Error(`compactPath: relative "${t}" not expected`);
      cmd = t;
      continue;
    }
    const px = Math.round(Number(t) * 10);
    const py = Math.round(Number(tokens[++i]) * 10);
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      throw new Error(`compactPath: bad number near "${t}"`);
    }
    if (cmd === 'M') {
      out.push('M', tenths(px), ',', tenths(py));
      startX = x = px;
      startY = y = py;
      inRun = false;
      cmd = 'L'; // numbers after M's pair are line-tos
      continue;
    }
    const dx = px - x;
    const dy = py - y;
    if (dx === 0 && dy === 0) continue;
    if (!inRun) out.push('l');
    pushNumber(out, tenths(dx), !inRun);
    pushNumber(out, tenths(dy), false);
    inRun = true;
    x = px;
    y = py;
  }
  return out.join('');
}
