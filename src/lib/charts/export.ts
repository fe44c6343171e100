/**
 * Exports of a chart (or of the map): a standalone SVG that carries its title, legend, source,
 * scenario, date and permalink; a PNG of it at twice its size, with the same facts in PNG text
 * chunks; and a CSV of exactly the numbers drawn. Pure functions (no DOM): the browser part is in
 * `export-dom.ts`, the menu in `ExportMenu.svelte`.
 *
 * @example
 *   exportFileName('Emplois et formés, Hauts-de-France', 'realiste', '2026-11-23', 'svg')
 *   // "releve-emplois-et-formes-hauts-de-france-realiste-2026-11-23.svg"
 */
import type { SensitivityBar } from '../forecast/index.ts';
import { neutraliseCell } from '../data/export-sql.ts';
import { formatDate, type Lang } from '../i18n/format.ts';
import { csvFormatRows } from 'd3';
import { labelled } from '../i18n/lang.ts';
import type { TimeSeriesInput } from './timeseries.ts';
import { BAND_OPACITY } from './kit.ts';
import { concatBytes } from '../bytes.ts';

/** PNG exports are drawn at this multiple of the on-screen size. */
export const PNG_SCALE = 2;

/** Lower-case ASCII words joined by dashes, cut at a word boundary. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, ' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const at = cut.lastIndexOf('-');
  return (at > 10 ? cut.slice(0, at) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** "releve-{what}-{scenario}-{date}.{ext}": the name says what the file is. */
export function exportFileName(what: string, scenarioId: string, isoDate: string, ext: string) {
  const parts = ['releve', slugify(what), slugify(scenarioId), isoDate].filter(Boolean);
  return `${parts.join('-')}.${ext}`;
}

/** Today as YYYY-MM-DD in local time. */
export function isoToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export interface ExportMeta {
  title: string;
  source: string;
  /** The scenario in words, e.g. "Réaliste". */
  scenario: string;
  /** Date of the export, YYYY-MM-DD. */
  date: string;
  /** Date of the data shown, as text (optional). */
  dataDate?: string;
  permalink: string;
  lang: Lang;
  /** The chart's text alternative, kept in the SVG's <desc>. */
  summary?: string;
}

/** « Label : value » (no-break space) in French, "Label: value" in English, never twice. */
function labelledOnce(lang: Lang, label: string, value: string): string {
  // A value that already opens with its label (« Sources : … ») is not labelled twice.
  if (value.toLowerCase().startsWith(label.toLowerCase())) return value;
  return labelled(label, value, lang);
}

/** Sentences joined by ". ", each without its own final stop: never « .. ». */
function sentences(parts: readonly (string | undefined)[]): string {
  const kept = parts
    .filter((p): p is string => typeof p === 'string')
    .map((p) => p.trim().replace(/[.\s]+$/, ''))
    .filter(Boolean);
  return kept.length ? `${kept.join('. ')}.` : '';
}

export interface ExportLabels {
  source: string;
  scenario: string;
  dataDate: string;
  exported: string;
  permalink: string;
}

export interface LegendItem {
  label: string;
  color: string;
  /**
   * 'swatch': a filled square (a map's colour class); 'circle': an outlined circle of radius `r`
   * px (a map's symbol size); 'heading': a group's title, bold, on a row of its own.
   */
  kind: 'line' | 'band' | 'point' | 'bar' | 'hatch' | 'swatch' | 'circle' | 'heading';
  dash?: string;
  /** Radius of a 'circle', px. */
  r?: number;
}

/** Characters XML 1.0 does not allow (C0 controls other than tab, line feed, return). */
function xmlAllowed(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 32 || c === 9 || c === 10 || c === 13;
}

export function xmlEscape(text: string): string {
  return [...text]
    .filter(xmlAllowed)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Splits text into lines of at most `maxChars` characters, at spaces where it can, anywhere in a
 * long word (a URL).
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[^\S\u00a0\u202f]+/).filter(Boolean)) {
    let w = word;
    while (w.length > maxChars) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(w.slice(0, maxChars));
      w = w.slice(maxChars);
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= maxChars) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const PAD = 16;
/** Average glyph width at 1 px of font size, for wrapping (system sans-serif). */
const GLYPH = 0.56;

function legendMarkup(items: readonly LegendItem[], width: number, top: number) {
  const out: string[] = [];
  let x = PAD;
  let y = top;
  let rowHeight = 18;
  const newRow = () => {
    x = PAD;
    y += rowHeight;
    rowHeight = 18;
  };
  for (const item of items) {
    const c = xmlEscape(item.color);
    if (item.kind === 'heading') {
      if (x > PAD) newRow();
      out.push(
        `<text x="${PAD}" y="${y + 10}" font-size="11" font-weight="600" fill="#1b1f24">${xmlEscape(item.label)}</text>`
      );
      newRow();
      continue;
    }
    const r = item.kind === 'circle' ? Math.max(1, item.r ?? 4) : 0;
    const markWidth = item.kind === 'circle' ? Math.max(22, 2 * r) : 22;
    const w = markWidth + 6 + item.label.length * 11 * GLYPH + 14;
    if (x + w > width - PAD && x > PAD) newRow();
    // A circle's row is as tall as the circle; its label sits at the circle's centre.
    const height = item.kind === 'circle' ? Math.max(18, 2 * r + 6) : 18;
    rowHeight = Math.max(rowHeight, height);
    const cy = item.kind === 'circle' ? r + 1 : 6;
    const mark =
      item.kind === 'line'
        ? `<line x1="0" x2="22" y1="6" y2="6" stroke="${c}" stroke-width="2.5"${item.dash ? ` stroke-dasharray="${xmlEscape(item.dash)}"` : ''}/>`
        : item.kind === 'band'
          ? `<rect x="0" y="1" width="22" height="10" fill="${c}" opacity="${BAND_OPACITY}"/>`
          : item.kind === 'bar'
            ? `<rect x="4" y="1" width="14" height="10" fill="${c}"/>`
            : item.kind === 'hatch'
              ? `<rect x="0" y="1" width="22" height="10" fill="${c}" opacity="0.12"/>` +
                `<path d="${HATCH_MARK}" stroke="${c}" stroke-width="1" opacity="0.6"/>`
              : item.kind === 'swatch'
                ? `<rect x="4" y="0" width="14" height="12" fill="${c}" stroke="#9aa3ad" stroke-width="0.5"/>`
                : item.kind === 'circle'
                  ? `<circle cx="${r1(markWidth / 2)}" cy="${r1(cy)}" r="${r1(r)}" fill="none" stroke="${c}" stroke-width="1"/>`
                  : `<circle cx="11" cy="6" r="4" fill="${c}"/>`;
    out.push(
      `<g transform="translate(${r1(x)},${y})">${mark}<text x="${r1(markWidth + 6)}" y="${r1(cy + 4)}" font-size="11" fill="#1b1f24">${xmlEscape(item.label)}</text></g>`
    );
    x += w;
  }
  const last = x > PAD ? rowHeight - 4 : -6;
  return { markup: out.join(''), bottom: items.length ? y + last : top - 6 };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The hatch of a legend swatch (22 × 10 at y = 1), as on the page's legend. */
export const HATCH_MARK = 'M0,9 L8,1 M6,11 L16,1 M14,11 L22,3';

/**
 * The standalone SVG of an export: white background, title, legend, the chart as drawn on the
 * page, then the source, scenario, dates and permalink; the same facts in <title>, <desc> and
 * Dublin Core <metadata>.
 */
export function composeSvg(o: {
  chartMarkup: string;
  width: number;
  height: number;
  meta: ExportMeta;
  labels: ExportLabels;
  legend?: readonly LegendItem[];
}): { svg: string; width: number; height: number } {
  const { meta, labels } = o;
  const width = Math.max(320, Math.round(o.width));
  const maxTitle = Math.floor((width - 2 * PAD) / (15 * GLYPH));
  const titleLines = wrapText(meta.title, maxTitle);
  const titleMarkup = titleLines
    .map(
      (l, i) =>
        `<text x="${PAD}" y="${26 + i * 19}" font-size="15" font-weight="600" fill="#1b1f24">${xmlEscape(l)}</text>`
    )
    .join('');
  const legendTop = 26 + titleLines.length * 19 - 4;
  const legend = legendMarkup(o.legend ?? [], width, legendTop);
  const chartTop = Math.ceil(legend.bottom + 10);
  const chartHeight = Math.round(o.height);

  const maxFoot = Math.floor((width - 2 * PAD) / (10 * GLYPH));
  const exported = formatDate(meta.date, meta.lang);
  const footLines = [
    ...wrapText(labelledOnce(meta.lang, labels.source, meta.source), maxFoot),
    ...wrapText(
      labelledOnce(meta.lang, labels.scenario, meta.scenario) +
        (meta.dataDate ? ` · ${labels.dataDate} ${meta.dataDate}` : '') +
        ` · ${labels.exported} ${exported} · Relève`,
      maxFoot
    ),
    ...wrapText(labelledOnce(meta.lang, labels.permalink, meta.permalink), maxFoot)
  ];
  const footTop = chartTop + chartHeight + 16;
  const footMarkup = footLines
    .map(
      (l, i) =>
        `<text x="${PAD}" y="${footTop + i * 13}" font-size="10" fill="#454c57">${xmlEscape(l)}</text>`
    )
    .join('');
  const height = footTop + (footLines.length - 1) * 13 + PAD;

  const descParts = [
    meta.summary,
    labelledOnce(meta.lang, labels.source, meta.source),
    labelledOnce(meta.lang, labels.scenario, meta.scenario),
    meta.dataDate ? `${labels.dataDate} ${meta.dataDate}` : '',
    `${labels.exported} ${exported}`,
    labelledOnce(meta.lang, labels.permalink, meta.permalink)
  ];
  const desc = sentences(descParts);
  const dc = (tag: string, value: string) => `<dc:${tag}>${xmlEscape(value)}</dc:${tag}>`;
  const metadata =
    `<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description rdf:about="${xmlEscape(meta.permalink)}">` +
    dc('title', meta.title) +
    dc('source', meta.source) +
    dc('coverage', meta.scenario) +
    dc('date', meta.date) +
    dc('identifier', meta.permalink) +
    dc('language', meta.lang) +
    dc('publisher', 'Relève') +
    `</rdf:Description></rdf:RDF></metadata>`;

  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${xmlEscape(FONT)}" role="img" aria-labelledby="export-title export-desc" lang="${meta.lang}">` +
    `<title id="export-title">${xmlEscape(meta.title)}</title>` +
    `<desc id="export-desc">${xmlEscape(desc)}</desc>` +
    metadata +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    titleMarkup +
    legend.markup +
    `<g transform="translate(0,${chartTop})">${o.chartMarkup}</g>` +
    footMarkup +
    `</svg>\n`;
  return { svg, width, height };
}

/** The same SVG drawn `scale` times larger (for the PNG), its coordinates unchanged. */
export function scaleSvg(svg: string, scale: number): string {
  return svg.replace(/<svg([^>]*?) width="([\d.]+)" height="([\d.]+)"/, (_m, pre, w, h) => {
    return `<svg${pre} width="${Number(w) * scale}" height="${Number(h) * scale}"`;
  });
}

// ——— CSV of the numbers drawn ———

export type CsvCell = string | number | null;

export interface CsvTable {
  columns: string[];
  rows: CsvCell[][];
}

/**
 * Every mark a time-series chart draws, one row each: lines (with their p10–p90 band and its
 * p50 as `low`, `median`, `high`, where the Monte Carlo gives one — drawn, or listed in the
 * chart's table only), points, vertical ranges, and shaded stretches of the axis (`low`–`high`:
 * their model-time span); the numbers as drawn, unrounded.
 */
export function timeSeriesCsv(input: TimeSeriesInput): CsvTable {
  const columns = [
    'series_id',
    'series_label',
    'mark',
    'year',
    'value',
    'low',
    'median',
    'high',
    'note'
  ];
  const rows: CsvCell[][] = [];
  for (const s of input.series) {
    const band = new Map((s.band ?? []).map((b) => [b.x, b]));
    for (const v of s.values) {
      const b = band.get(v.x);
      rows.push([
        s.id,
        s.label,
        'line',
        v.x,
        v.y,
        b?.low ?? null,
        b?.mid ?? null,
        b?.high ?? null,
        null
      ]);
    }
  }
  for (const m of input.markers ?? []) {
    for (const p of m.points)
      rows.push([m.id, m.label, 'point', p.x, p.y, null, null, null, p.note ?? null]);
    for (const r of m.ranges ?? []) {
      rows.push([m.id, m.label, 'range', r.x, null, r.low, null, r.high, r.note ?? null]);
    }
  }
  for (const sh of input.shades ?? []) {
    rows.push([
      sh.id,
      sh.label,
      'shade',
      null,
      null,
      sh.from,
      null,
      sh.to ?? null,
      sh.note ?? null
    ]);
  }
  return { columns, rows };
}

/** The bars of a tornado chart, as drawn: unfilled jobs with each parameter low and high. */
export function tornadoCsv(
  bars: readonly SensitivityBar[],
  labels: Record<string, string>
): CsvTable {
  return {
    // The library's bars measure unfilled jobs (`gapAtLow` … keep their v1 names).
    columns: [
      'parameter',
      'label',
      'low',
      'high',
      'unfilled_at_low',
      'unfilled_at_high',
      'base_unfilled',
      'swing'
    ],
    rows: bars.map((b) => [
      b.parameter,
      labels[b.parameter] ?? b.parameter,
      b.low,
      b.high,
      b.gapAtLow,
      b.gapAtHigh,
      b.baseGap,
      b.swing
    ])
  };
}

/** A cell as written: empty for a missing or non-finite number, text neutralised. */
function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return neutraliseCell(value);
}

/**
 * RFC 4180 CSV (comma, dot decimals, CRLF-free), preceded by `#` lines carrying the title,
 * source, scenario, dates and permalink (read it with `comment='#'` in pandas, `comment.char`
 * in R). Text cells that a spreadsheet would run as a formula are neutralised.
 */
export function toCsv(table: CsvTable, meta: ExportMeta, labels: ExportLabels): string {
  const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ')}`;
  const head = [
    comment(meta.title),
    comment(labelledOnce(meta.lang, labels.source, meta.source)),
    comment(labelledOnce(meta.lang, labels.scenario, meta.scenario)),
    ...(meta.dataDate ? [comment(`${labels.dataDate} ${meta.dataDate}`)] : []),
    comment(`${labels.exported} ${meta.date}`),
    comment(labelledOnce(meta.lang, labels.permalink, meta.permalink))
  ];
  // d3-dsv quotes the cells holding a comma, a quote or a line break (RFC 4180).
  const body = csvFormatRows([table.columns, ...table.rows].map((r) => r.map(csvCell)));
  return [...head, body].join('\n') + '\n';
}

// ——— PNG text chunks ———

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of PNG chunks (ISO 3309 / ITU-T V.42). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (!isPng(bytes)) throw new Error('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

interface Chunk {
  type: string;
  data: Uint8Array;
}

export function pngChunks(bytes: Uint8Array): Chunk[] {
  if (!isPng(bytes)) throw new Error('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Chunk[] = [];
  for (let at = 8; at + 12 <= bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.slice(at + 4, at + 8));
    const data = bytes.slice(at + 8, at + 8 + length);
    const crc = view.getUint32(at + 8 + length);
    if (crc !== crc32(bytes.slice(at + 4, at + 8 + length))) {
      throw new Error(`bad CRC in PNG chunk ${type}`);
    }
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.slice(4, 8 + data.length)));
  return out;
}

/**
 * Adds UTF-8 text chunks (iTXt: keyword, uncompressed text) before IEND: the PNG's title,
 * source, scenario, date and permalink travel with the image.
 */
export function addPngText(bytes: Uint8Array, entries: Record<string, string>): Uint8Array {
  const chunks = pngChunks(bytes);
  const enc = new TextEncoder();
  const texts = Object.entries(entries).map(([key, value]) => {
    const k = enc.encode(key.slice(0, 79));
    const v = enc.encode(value);
    // keyword \0, compression flag 0, method 0, language tag "" \0, translated keyword "" \0, text
    const data = new Uint8Array(k.length + 5 + v.length);
    data.set(k, 0);
    data.set(v, k.length + 5);
    return chunk('iTXt', data);
  });
  const parts: Uint8Array[] = [Uint8Array.from(PNG_SIGNATURE)];
  for (const c of chunks) {
    if (c.type === 'IEND') parts.push(...texts);
    parts.push(chunk(c.type, c.data));
  }
  return concatBytes(parts);
}

/** The iTXt and tEXt entries of a PNG. */
export function readPngText(bytes: Uint8Array): Record<string, string> {
  const dec = new TextDecoder();
  const out: Record<string, string> = {};
  for (const c of pngChunks(bytes)) {
    if (c.type !== 'iTXt' && c.type !== 'tEXt') continue;
    const zero = c.data.indexOf(0);
    const key = dec.decode(c.data.slice(0, zero));
    if (c.type === 'tEXt') out[key] = dec.decode(c.data.slice(zero + 1));
    else {
      let at = zero + 3; // flag, method
      at = c.data.indexOf(0, at) + 1; // language tag
      at = c.data.indexOf(0, at) + 1; // translated keyword
      out[key] = dec.decode(c.data.slice(at));
    }
  }
  return out;
}

/** The text entries of an exported PNG (PNG keywords: Title, Source, Description, URL, …). */
export function pngEntries(meta: ExportMeta, labels: ExportLabels): Record<string, string> {
  return {
    Title: meta.title,
    Source: meta.source,
    Description: `${labelled(labels.scenario, meta.scenario, meta.lang)}${meta.dataDate ? ` · ${labels.dataDate} ${meta.dataDate}` : ''}`,
    'Creation Time': meta.date,
    URL: meta.permalink,
    Software: 'Relève'
  };
}
