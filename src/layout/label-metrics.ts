/**
 * Sizes of what the canvas draws for a node (shape and label), shared by the ahead-of-time layout (Node,
 * no fonts to measure with) and the canvas style, so the layout leaves room for the labels that are drawn.
 */

export const LABEL_FONT_FAMILY = 'Helvetica, Arial, "Liberation Sans", sans-serif';
export const LABEL_FONT_WEIGHT = 'bold';
/** Label font size in model units (pixels at zoom 1). */
export const LABEL_FONT_SIZE = 16;
export const LABEL_LINE_HEIGHT = 1.1;
/** Labels wrap at spaces past this width (model units). */
export const LABEL_MAX_WIDTH = 132;
/** Gap between the shape and the label below it. */
export const LABEL_MARGIN = 4;
/** White outline around label text, for legibility over lines. */
export const LABEL_OUTLINE = 3;
/** Shape border width; it is drawn outside the shape's diameter. */
export const NODE_BORDER = 2;

export const NODE_MIN_DIAMETER = 26;
export const NODE_MAX_DIAMETER = 70;

/** Shape diameter for a node of this degree: grows with the square root, so hubs stand out without swamping. */
export function diameterForDegree(degree: number): number {
  return Math.round(Math.min(NODE_MAX_DIAMETER, NODE_MIN_DIAMETER + 6.5 * Math.sqrt(Math.max(0, degree))));
}

/** Shape diameter for a score in [0, 1] (values outside are clamped). */
export function diameterForScore(score: number): number {
  const s = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
  return Math.round(NODE_MIN_DIAMETER + (NODE_MAX_DIAMETER - NODE_MIN_DIAMETER) * Math.sqrt(s));
}

// Helvetica-Bold advance widths (1/1000 em) for ASCII 32..126; Arial Bold and Liberation Sans Bold share them.
const BOLD_WIDTHS = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611,
  611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** Other fonts the family may fall back to (DejaVu Sans, Segoe UI) run wider than Helvetica: leave room. */
const FALLBACK_FACTOR = 1.05;

/** Estimated width of `text` drawn in the label font at `fontSize`, erring wide. */
export function estimateTextWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += code >= 32 && code <= 126 ? BOLD_WIDTHS[code - 32]! : 667;
  }
  return (units / 1000) * fontSize * FALLBACK_FACTOR;
}

/** Greedy word wrap as Cytoscape's `text-wrap: wrap` does it: break at spaces when a line passes `maxWidth`. */
export function wrapLabel(text: string, maxWidth = LABEL_MAX_WIDTH, fontSize = LABEL_FONT_SIZE): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || estimateTextWidth(candidate, fontSize) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** How far a drawn node (shape plus label below it) reaches from its centre, in model units. */
export interface Extent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The extent of a node of `diameter` with `label` drawn below it, erring large: the estimate wraps no
 * later than the browser does (so it counts at least as many lines), and the width allows for a browser
 * that fits on one line what the estimate wraps (a drawn line never passes LABEL_MAX_WIDTH).
 */
export function nodeExtent(label: string, diameter: number): Extent {
  const lines = wrapLabel(label);
  const longest = Math.max(...lines.map((l) => estimateTextWidth(l)));
  const textWidth = Math.max(longest, Math.min(LABEL_MAX_WIDTH + 4, estimateTextWidth(label)));
  const textHeight = lines.length * LABEL_FONT_SIZE + (lines.length - 1) * (LABEL_LINE_HEIGHT - 1) * LABEL_FONT_SIZE;
  // Stars and other pointed shapes reach a little past the border: one unit of slack.
  const shapeHalf = diameter / 2 + NODE_BORDER + 1;
  const half = Math.max(shapeHalf, textWidth / 2 + LABEL_OUTLINE);
  return { left: half, right: half, top: shapeHalf, bottom: diameter / 2 + LABEL_MARGIN + textHeight + 2 * LABEL_OUTLINE };
}
