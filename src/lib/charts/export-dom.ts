/**
 * The browser half of chart exports: the drawn <svg> with its computed styles inlined (the page's
 * CSS does not travel with a file), its rasterisation on a canvas at twice the size, and the
 * download. Browser only; the file contents are made by the pure `export.ts`.
 */
import { addPngText, PNG_SCALE, scaleSvg } from './export.ts';

/** Presentation properties that CSS classes may set on the chart's marks. */
const STYLED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility'
] as const;

/**
 * The chart's marks as SVG markup, every element carrying its computed presentation
 * properties; classes, test ids and ARIA attributes of the page are dropped.
 */
export function chartMarkup(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  // What only the screen shows (the pointed year's cursor) stays out of the file.
  const screenOnly: Element[] = [];
  originals.forEach((el, i) => {
    const copy = copies[i] as Element;
    if (el.hasAttribute('data-no-export')) screenOnly.push(copy);
    const cs = getComputedStyle(el);
    const style = STYLED.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    copy.setAttribute('style', style);
    for (const attr of [...copy.attributes]) {
      if (attr.name === 'class' || attr.name.startsWith('data-') || attr.name.startsWith('aria-'))
        copy.removeAttribute(attr.name);
    }
    copy.removeAttribute('role');
    copy.removeAttribute('tabindex');
  });
  for (const el of screenOnly) el.remove();
  const serializer = new XMLSerializer();
  const box = svg.getBoundingClientRect();
  const rootStyle = clone.getAttribute('style') ?? '';
  const markup = [...clone.childNodes]
    .filter((n) => n.nodeType === Node.ELEMENT_NODE)
    .map((n) => serializer.serializeToString(n))
    .join('');
  const vb = svg.viewBox?.baseVal;
  if (vb && vb.width > 0 && vb.height > 0) {
    // Drawn in its viewBox's units (the map): the file keeps the viewBox, at the width shown and
    // the viewBox's own proportions, so the drawing fills the image with no margin of the page's.
    const width = box.width || vb.width;
    const height = Math.round((width * vb.height) / vb.width);
    const view = `${vb.x} ${vb.y} ${vb.width} ${vb.height}`;
    return {
      markup: `<svg x="0" y="0" width="${width}" height="${height}" viewBox="${view}" style="${rootStyle.replace(/"/g, "'")}">${markup}</svg>`,
      width,
      height
    };
  }
  const width = svg.width.baseVal.value || box.width;
  const height = svg.height.baseVal.value || box.height;
  // The root's inherited text styles go on a group around the marks.
  return { markup: `<g style="${rootStyle.replace(/"/g, "'")}">${markup}</g>`, width, height };
}

/** Rasterises an exported SVG at PNG_SCALE × its size, with text chunks added. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  text: Record<string, string>
): Promise<Blob> {
  const url = URL.createObjectURL(
    new Blob([scaleSvg(svg, PNG_SCALE)], { type: 'image/svg+xml;charset=utf-8' })
  );
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * PNG_SCALE);
    canvas.height = Math.round(height * PNG_SCALE);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('canvas 2D context unavailable');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
    );
    const bytes = addPngText(new Uint8Array(await blob.arrayBuffer()), text);
    return new Blob([bytes as BlobPart], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name (the browser's download). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
