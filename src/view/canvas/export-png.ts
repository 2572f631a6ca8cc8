/**
 * The canvas's PNG export: the whole drawing at 2× on white, a caption band above it (the notes' title, the year, the
 * filters: see src/app/shell/png-caption.ts) and the legend drawn below it. Loaded on demand.
 */
import type { Core } from 'cytoscape';
import { drawLegend, legendSize } from './legend-draw';

/** Device pixels per model unit of the drawing. */
export const EXPORT_SCALE = 2;

/** Caption text sizes in CSS pixels: the first line (the title), then the others. */
const CAPTION_TITLE_PX = 20;
const CAPTION_LINE_PX = 15;
const CAPTION_INK = '#1b1f24';
const CAPTION_MUTED = '#3d4651';

const captionFont = (first: boolean, scale: number) => `${first ? 700 : 400} ${(first ? CAPTION_TITLE_PX : CAPTION_LINE_PX) * scale}px Arial, Helvetica, 'Liberation Sans', sans-serif`;

/** One drawn line of the caption. */
export interface CaptionRow {
  text: string;
  font: string;
  /** Baseline, from the top of the band. */
  y: number;
}

/**
 * The caption laid out for a band `width` device pixels wide: each line wrapped at spaces to fit, and the band's
 * height (0 for no lines).
 */
export function layoutCaption(lines: readonly string[], width: number, scale: number, measure: (text: string, font: string) => number): { rows: CaptionRow[]; height: number } {
  const margin = 16 * scale;
  const rows: CaptionRow[] = [];
  let y = margin;
  lines.forEach((line, i) => {
    const font = captionFont(i === 0, scale);
    const size = (i === 0 ? CAPTION_TITLE_PX : CAPTION_LINE_PX) * scale;
    let current = '';
    const push = (text: string) => {
      y += size * 1.3;
      rows.push({ text, font, y: y - size * 0.3 });
    };
    for (const word of line.split(' ')) {
      const next = current ? `${current} ${word}` : word;
      if (current && measure(next, font) > width - 2 * margin) {
        push(current);
        current = word;
      } else current = next;
    }
    push(current);
  });
  return { rows, height: rows.length ? Math.ceil(y + margin * 0.75) : 0 };
}

/** Draw the caption's rows at the top of `ctx`, the title in ink and the rest muted, with a rule under the band. */
function drawCaption(ctx: OffscreenCanvasRenderingContext2D, rows: readonly CaptionRow[], height: number, width: number, scale: number): void {
  if (!rows.length) return;
  const margin = 16 * scale;
  ctx.textBaseline = 'alphabetic';
  rows.forEach((row, i) => {
    ctx.font = row.font;
    ctx.fillStyle = i === 0 ? CAPTION_INK : CAPTION_MUTED;
    ctx.fillText(row.text, margin, row.y);
  });
  ctx.fillStyle = '#c9d0d9';
  ctx.fillRect(margin, height - scale, width - 2 * margin, scale);
}

/** Render `cy` (everything displayed, not just the viewport) and the legend into one PNG, with `caption` above it. */
export async function exportPng(cy: Core, caption: readonly string[] = []): Promise<Blob> {
  const scale = EXPORT_SCALE;
  const drawing = await cy.png({ full: true, scale, bg: '#ffffff', output: 'blob-promise' });
  const image = await createImageBitmap(drawing);
  // The key grows with the drawing (about a third of its width), never below the drawing's own 2×.
  const legend = legendSize();
  const legendScale = Math.max(scale, (0.35 * image.width) / legend.width);
  const margin = 16 * scale;
  const width = Math.max(image.width, Math.ceil(legend.width * legendScale) + 2 * margin);
  const measurer = new OffscreenCanvas(1, 1).getContext('2d');
  const band = measurer
    ? layoutCaption(caption, width, scale, (text, font) => {
        measurer.font = font;
        return measurer.measureText(text).width;
      })
    : { rows: [], height: 0 };
  const height = band.height + image.height + Math.ceil(legend.height * legendScale) + 2 * margin;
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('graph-canvas: no 2D context for the export');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  drawCaption(ctx, band.rows, band.height, width, scale);
  ctx.drawImage(image, Math.round((width - image.width) / 2), band.height);
  drawLegend(ctx, margin, band.height + image.height + margin, legendScale);
  image.close();
  return canvas.convertToBlob({ type: 'image/png' });
}
