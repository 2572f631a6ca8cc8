/** The canvas's PNG export: the whole drawing at 2× on white, with the legend drawn below it. Loaded on demand. */
import type { Core } from 'cytoscape';
import { drawLegend, legendSize } from './legend-draw';

/** Device pixels per model unit of the drawing. */
export const EXPORT_SCALE = 2;

/** Render `cy` (everything displayed, not just the viewport) and the legend into one PNG. */
export async function exportPng(cy: Core): Promise<Blob> {
  const scale = EXPORT_SCALE;
  const drawing = await cy.png({ full: true, scale, bg: '#ffffff', output: 'blob-promise' });
  const image = await createImageBitmap(drawing);
  // The key grows with the drawing (about a third of its width), never below the drawing's own 2×.
  const legend = legendSize();
  const legendScale = Math.max(scale, (0.35 * image.width) / legend.width);
  const margin = 16 * scale;
  const width = Math.max(image.width, Math.ceil(legend.width * legendScale) + 2 * margin);
  const height = image.height + Math.ceil(legend.height * legendScale) + 2 * margin;
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('graph-canvas: no 2D context for the export');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(image, Math.round((width - image.width) / 2), 0);
  drawLegend(ctx, margin, image.height + margin, legendScale);
  image.close();
  return canvas.convertToBlob({ type: 'image/png' });
}
