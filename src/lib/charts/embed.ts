/**
 * The embed code of a chart-only view: an <iframe> of its address, with a title for screen
 * readers and no border, its attributes escaped.
 *
 * @example
 *   embedCode('https://releve.example/graphique?r=32', 'Emplois & formés');
 *   // '<iframe src="https://releve.example/graphique?r=32" title="Emplois &amp; formés" …></iframe>'
 */
import { xmlEscape } from './export.ts';

/** Height of the embedded view, px: title, legend, plot, source line (≈ the overview chart). */
export const EMBED_HEIGHT = 600;

export function embedCode(src: string, title: string): string {
  return (
    `<iframe src="${xmlEscape(src)}" title="${xmlEscape(title)}" width="100%" ` +
    `height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>`
  );
}
