/**
 * Which node labels the canvas draws, and where. Labels are drawn at a fixed on-screen size (never below
 * the floor for the screen); when not all fit, they are placed by rank (selected, emphasised, best connected
 * first): each label tries below its node, then above, right, left and the four corners, and is left out
 * when every side would overlap a label already placed. Semantic zoom: zooming in makes room for more. A label may cross another
 * node's shape (its white outline keeps it readable). Everything here is in screen pixels.
 */

/** Labels around a selection are at least this big on screen (px). */
export const SELECTION_FLOOR_PX = 14;

/**
 * Smallest on-screen label size for a window `width` CSS px wide: 12 px up to a 1500 px laptop, growing to
 * 16 px at 1920 (a whiteboard is read from further away); with a selection, at least SELECTION_FLOOR_PX.
 */
export function labelFloorPx(width: number, selection = false): number {
  const base = Math.min(16, Math.max(12, Math.round(width / 120)));
  return selection ? Math.max(SELECTION_FLOOR_PX, base) : base;
}

/** On-screen font size of a label whose model size is `modelPx` at `zoom`, lifted to `floorPx` when smaller. */
export function labelFontPx(modelPx: number, zoom: number, floorPx: number): number {
  return Math.max(modelPx * zoom, floorPx);
}

export interface LabelCandidate {
  id: string;
  /** Centre of the node's shape and its radius (border included), on screen. */
  x: number;
  y: number;
  radius: number;
  /** The label's box, drawn `gap` away from the shape. */
  width: number;
  height: number;
  gap: number;
}

/** Where a label sits around its node, in the order tried. */
export const LABEL_SIDES = ['below', 'above', 'right', 'left', 'below-right', 'below-left', 'above-right', 'above-left'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box, margin: number) => a.x1 < b.x2 + margin && b.x1 < a.x2 + margin && a.y1 < b.y2 + margin && b.y1 < a.y2 + margin;

/** The label's box on screen on one side of its node. */
export function labelBox(c: LabelCandidate, side: LabelSide = 'below'): Box {
  const { x, y, width: w, height: h } = c;
  const d = c.radius + c.gap;
  switch (side) {
    case 'below':
      return { x1: x - w / 2, y1: y + d, x2: x + w / 2, y2: y + d + h };
    case 'above':
      return { x1: x - w / 2, y1: y - d - h, x2: x + w / 2, y2: y - d };
    case 'right':
      return { x1: x + d, y1: y - h / 2, x2: x + d + w, y2: y + h / 2 };
    case 'left':
      return { x1: x - d - w, y1: y - h / 2, x2: x - d, y2: y + h / 2 };
    case 'below-right':
      return { x1: x + d, y1: y + d, x2: x + d + w, y2: y + d + h };
    case 'below-left':
      return { x1: x - d - w, y1: y + d, x2: x - d, y2: y + d + h };
    case 'above-right':
      return { x1: x + d, y1: y - d - h, x2: x + d + w, y2: y - d };
    case 'above-left':
      return { x1: x - d - w, y1: y - d - h, x2: x - d, y2: y - d };
  }
}

/**
 * The labels placed so far, in a uniform grid of CELL px squares, so that "does this box clear every label
 * placed" looks at the few labels nearby, not at all of them (thousands at 5,000 entities). The answer is the
 * same as testing every box: a box within `margin` of another shares a cell with it, once widened by `margin`.
 */
const CELL = 96;
class Kept {
  private cells = new Map<number, Box[]>();
  private cellsOf(b: Box, margin: number, visit: (key: number) => boolean | void): boolean {
    const [cx1, cy1] = [Math.floor((b.x1 - margin) / CELL), Math.floor((b.y1 - margin) / CELL)];
    const [cx2, cy2] = [Math.floor((b.x2 + margin) / CELL), Math.floor((b.y2 + margin) / CELL)];
    for (let cx = cx1; cx <= cx2; cx++) for (let cy = cy1; cy <= cy2; cy++) if (visit((cx + 32768) * 65536 + (cy + 32768))) return true;
    return false;
  }
  add(b: Box): void {
    this.cellsOf(b, 0, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(b);
      else this.cells.set(key, [b]);
    });
  }
  /** Whether `b` comes within `margin` of a box placed. */
  hits(b: Box, margin: number): boolean {
    return this.cellsOf(b, margin, (key) => this.cells.get(key)?.some((k) => overlaps(b, k, margin)));
  }
}

/** Put each candidate's label on the first free side, in order; those with none free are left out. */
function greedy(order: readonly LabelCandidate[], kept: Kept, out: Map<string, LabelSide>, margin: number, forced: ReadonlySet<string>): string[] {
  const missed: string[] = [];
  for (const c of order) {
    const side = forced.has(c.id) ? 'below' : LABEL_SIDES.find((s) => !kept.hits(labelBox(c, s), margin));
    if (!side) {
      missed.push(c.id);
      continue;
    }
    kept.add(labelBox(c, side));
    out.set(c.id, side);
  }
  return missed;
}

/**
 * Placement by rank (most important first): a label takes the first side whose box clears every label
 * placed so far by `margin` px (words of two labels must not run together), or is left out. The first
 * `always` candidates keep theirs (below) regardless: the selected entity, the one with keyboard focus, the
 * one under the pointer. The next `named` (the best connected) are placed before the rest; when some of
 * them find no room, they are tried again ahead of those that blocked them (a few rounds), so the best
 * connected are all named wherever an order exists that fits them.
 */
export function placeLabels(ranked: readonly LabelCandidate[], { margin = 10, always = 0, named = 0 } = {}): Map<string, LabelSide> {
  const head = ranked.slice(0, always);
  const forced = new Set(head.map((c) => c.id));
  let top = ranked.slice(always, always + named);
  const rest = ranked.slice(always + named);
  let kept = new Kept();
  let out = new Map<string, LabelSide>();
  for (let round = 0; round < 4; round++) {
    kept = new Kept();
    out = new Map();
    greedy(head, kept, out, margin, forced);
    const missed = greedy(top, kept, out, margin, forced);
    if (missed.length === 0) break;
    const failed = new Set(missed);
    top = [...top.filter((c) => failed.has(c.id)), ...top.filter((c) => !failed.has(c.id))];
  }
  greedy(rest, kept, out, margin, forced);
  return out;
}
