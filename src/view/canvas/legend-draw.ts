/** Draws the legend onto a 2D canvas, for the PNG export (loaded with import() only when exporting). */
import { LEGEND_KINDS, LEGEND_LINES, LEGEND_NOTE, type LegendLine } from './legend-items';

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const FONT = 'Helvetica, Arial, "Liberation Sans", sans-serif';
const ROW = 22;
const PAD = 14;
const KIND_COL = 150;
const LINE_COL = 360;

/** Size of the drawn legend in CSS pixels (multiply by `scale` for device pixels). */
export function legendSize(): { width: number; height: number } {
  const rows = Math.max(Math.ceil(LEGEND_KINDS.length / 2), LEGEND_LINES.length);
  return { width: PAD * 2 + KIND_COL * 2 + 20 + LINE_COL, height: PAD * 2 + 22 + rows * ROW };
}

function drawLine(ctx: Ctx, l: LegendLine, x: number, y: number): void {
  const end = l.arrow ? x + 31 : x + 40;
  ctx.save();
  ctx.strokeStyle = l.colour;
  ctx.fillStyle = l.colour;
  ctx.lineWidth = l.width * 0.8;
  ctx.globalAlpha = l.tentative ? 0.7 : 1;
  ctx.lineCap = l.tentative ? 'round' : 'butt';
  ctx.setLineDash(l.dash);
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(end, y);
  ctx.stroke();
  ctx.setLineDash([]);
  if (l.arrow) {
    ctx.beginPath();
    ctx.moveTo(x + 30, y - 5);
    ctx.lineTo(x + 41, y);
    ctx.lineTo(x + 30, y + 5);
    ctx.closePath();
    ctx.fill();
  }
  if (l.ring) {
    ctx.beginPath();
    ctx.arc(x + 16, y, 3.6, 0, Math.PI * 2);
    ctx.fillStyle = '#fff';
    ctx.fill();
    ctx.lineWidth = 1.6;
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * Draw the legend with its top-left corner at (x, y), `scale` device pixels per CSS pixel.
 * Returns the drawn size in device pixels.
 */
export function drawLegend(ctx: Ctx, x: number, y: number, scale = 1): { width: number; height: number } {
  const { width, height } = legendSize();
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.strokeStyle = '#9a9a9a';
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, 0.5, width - 1, height - 1);
  ctx.fillStyle = '#111';
  ctx.textBaseline = 'middle';
  ctx.font = `bold 14px ${FONT}`;
  ctx.fillText('Entities', PAD, PAD + 8);
  ctx.fillText('Relations', PAD + KIND_COL * 2 + 20, PAD + 8);
  ctx.font = `13px ${FONT}`;
  const top = PAD + 22 + ROW / 2;
  LEGEND_KINDS.forEach((k, i) => {
    const cx = PAD + (i % 2) * KIND_COL;
    const cy = top + Math.floor(i / 2) * ROW;
    ctx.save();
    ctx.translate(cx, cy - 9);
    ctx.scale(0.75, 0.75);
    const path = new Path2D(k.path);
    ctx.fillStyle = k.colour;
    ctx.fill(path);
    ctx.strokeStyle = '#111';
    ctx.lineWidth = 1.5;
    ctx.stroke(path);
    ctx.restore();
    ctx.fillStyle = '#111';
    ctx.fillText(k.text, cx + 26, cy);
  });
  LEGEND_LINES.forEach((l, i) => {
    const lx = PAD + KIND_COL * 2 + 20;
    const ly = top + i * ROW;
    drawLine(ctx, l, lx, ly);
    ctx.fillStyle = '#111';
    ctx.fillText(l.text, lx + 52, ly);
  });
  ctx.fillStyle = '#333';
  ctx.fillText(LEGEND_NOTE, PAD, top + Math.ceil(LEGEND_KINDS.length / 2) * ROW + 4);
  ctx.restore();
  return { width: width * scale, height: height * scale };
}
