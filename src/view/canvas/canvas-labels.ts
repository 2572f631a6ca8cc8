/**
 * Legible labels on the canvas: every label is drawn at least `floorPx` on screen (the model's font size is
 * lifted at low zoom), and node labels that would overlap are left out by rank (semantic zoom). Relation
 * labels are drawn only at a zoom where their own size reaches the floor. Cytoscape glue over
 * src/app/canvas/label-placement.ts.
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { LABEL_SIDES, type LabelCandidate, type LabelSide, labelFontPx, placeLabels } from '../../app/canvas/label-placement';
import type { ModelLabel } from '../../app/canvas/name-zoom';
import { LABEL_FONT_FAMILY, LABEL_FONT_SIZE, LABEL_FONT_WEIGHT, LABEL_LINE_HEIGHT, LABEL_MARGIN, LABEL_MAX_WIDTH, LABEL_OUTLINE, NODE_BORDER, estimateTextWidth } from '../../layout/label-metrics';

const SIDE_CLASSES = ['off', ...LABEL_SIDES].map((s) => `label-${s}`).join(' ');

/** How many of the ranked nodes are placed as a group, before the rest (the best connected). */
export const NAMED = 20;

/** Model font size of relation labels (the smaller of the marks' 15 and the along-the-line 14). */
const EDGE_LABEL_MODEL_PX = 14;

export interface LabelSize {
  id: string;
  /** On-screen font size, CSS px. */
  px: number;
  kind: 'node' | 'edge';
}

let context: OffscreenCanvasRenderingContext2D | null | undefined;
/** Width of `text` in the label font at the model size, measured by the browser (an estimate without a canvas). */
function textWidth(text: string): number {
  if (context === undefined) {
    context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
    if (context) context.font = `${LABEL_FONT_WEIGHT} ${LABEL_FONT_SIZE}px ${LABEL_FONT_FAMILY}`;
  }
  return context ? context.measureText(text).width : estimateTextWidth(text);
}

/**
 * A label's box in model units at the model font size, wrapped as Cytoscape wraps it (at spaces, past the
 * maximum width), cached per label text. Scaling the font scales the box (the maximum width scales too).
 */
const measured = new Map<string, { width: number; height: number }>();
export function measureLabel(label: string): { width: number; height: number } {
  let m = measured.get(label);
  if (!m) {
    const lines: string[] = [];
    let line = '';
    for (const word of label.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && textWidth(next) > LABEL_MAX_WIDTH) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    const width = Math.max(0, ...lines.map(textWidth)) + 2 * LABEL_OUTLINE;
    m = { width, height: Math.max(1, lines.length) * LABEL_FONT_SIZE * LABEL_LINE_HEIGHT + 2 * LABEL_OUTLINE };
    measured.set(label, m);
  }
  return m;
}

export class CanvasLabels {
  /** The font scale last applied to each node (model font = LABEL_FONT_SIZE × scale; absent = 1). */
  private scaleOf = new Map<string, number>();
  /** Relations whose text is switched off now (`label-off`): only those with text (see textEdges), never all of them. */
  private edgesOff = new Set<string>();
  /** Relations with a mark ("?" on a tentative one), the only text a relation has outside `labelled`; found once per graph. */
  private markedEdges: string[] | null = null;
  /** The side each drawn node label is on; absent = left out. */
  private shown = new Map<string, LabelSide>();
  private applied = new Map<string, LabelSide | 'off'>();

  constructor(private readonly cy: Core) {}

  /** Put every label back to its model size and place (the PNG export draws the whole graph at model size). */
  clear(): void {
    this.cy.batch(() => {
      this.cy.nodes().removeStyle('font-size text-max-width text-outline-width');
      this.cy.elements().removeClass(SIDE_CLASSES);
    });
    this.reset();
  }

  /** Forget what was applied (the elements were replaced). */
  reset(): void {
    this.scaleOf = new Map();
    this.edgesOff = new Set();
    this.markedEdges = null;
    this.shown = new Map();
    this.applied = new Map();
  }

  /**
   * Apply the label size for the current zoom and choose which node labels are drawn. `first` lists ids
   * whose labels are kept whatever they overlap; `ranked` is every other node, most important first, of
   * which the first `named` are placed as a group (see placeLabels).
   */
  update(floorPx: number, first: readonly string[], ranked: readonly string[], named = NAMED): void {
    const cy = this.cy;
    const zoom = cy.zoom();
    const scale = labelFontPx(LABEL_FONT_SIZE, zoom, floorPx) / (LABEL_FONT_SIZE * zoom);
    const edgesOn = EDGE_LABEL_MODEL_PX * zoom >= floorPx;
    const pan = cy.pan();
    const candidates: LabelCandidate[] = [];
    const add = (id: string) => {
      const n = cy.getElementById(id) as NodeSingular;
      if (n.length === 0 || n.hasClass('hidden')) return;
      const p = n.position();
      const m = measureLabel(String(n.data('label') ?? ''));
      const k = scale * zoom;
      candidates.push({
        id,
        x: p.x * zoom + pan.x,
        y: p.y * zoom + pan.y,
        radius: (Number(n.data('size')) / 2 + NODE_BORDER) * zoom,
        width: m.width * k,
        height: m.height * k,
        gap: LABEL_MARGIN * zoom,
      });
    };
    const seen = new Set<string>();
    for (const id of [...first, ...ranked]) {
      if (seen.has(id)) continue;
      seen.add(id);
      add(id);
    }
    const alwaysCount = candidates.filter((c) => first.includes(c.id)).length;
    const shown = placeLabels(candidates, { always: alwaysCount, named });
    const sized = { 'font-size': LABEL_FONT_SIZE * scale, 'text-max-width': `${LABEL_MAX_WIDTH * scale}px`, 'text-outline-width': LABEL_OUTLINE * scale };
    // Gathered first, then applied as one style bypass and one class change per side (not two calls per node).
    const resized = cy.collection();
    const moved = new Map<LabelSide | 'off', NodeCollection>();
    cy.nodes().forEach((n) => {
      const id = n.id();
      // A fresh element has no class: its label is below.
      const side = shown.get(id) ?? 'off';
      // Only drawn labels are resized (a left-out one is resized when it is drawn again): restyling is what costs.
      if (side !== 'off' && Math.abs((this.scaleOf.get(id) ?? 1) - scale) > 0.005) {
        resized.merge(n);
        this.scaleOf.set(id, scale);
      }
      if (side === (this.applied.get(id) ?? 'below')) return;
      const list = moved.get(side);
      if (list) list.merge(n);
      else moved.set(side, cy.collection().merge(n));
      this.applied.set(id, side);
    });
    cy.batch(() => {
      if (resized.length > 0) resized.style(sized);
      for (const [side, eles] of moved) {
        eles.removeClass(SIDE_CLASSES);
        if (side !== 'below') eles.addClass(`label-${side}`);
      }
      this.switchEdgeText(edgesOn);
    });
    this.shown = shown;
  }

  /**
   * Relation text on or off for the zoom, on the relations that have text only (a mark, or `labelled`: a few
   * hundred at 5,000 entities) and only where it changes: a restyle of every relation redraws them all (seconds there).
   */
  private switchEdgeText(on: boolean): void {
    const cy = this.cy;
    const wanted = new Set<string>();
    if (!on) {
      this.markedEdges ??= cy.edges().filter((e) => String(e.data('mark') ?? '') !== '').map((e) => e.id());
      for (const id of this.markedEdges) wanted.add(id);
      cy.edges('.labelled').forEach((e) => void wanted.add(e.id()));
    }
    const add = cy.collection();
    const remove = cy.collection();
    for (const id of wanted) if (!this.edgesOff.has(id)) add.merge(cy.getElementById(id));
    for (const id of this.edgesOff) if (!wanted.has(id)) remove.merge(cy.getElementById(id));
    if (add.length > 0) add.addClass('label-off');
    if (remove.length > 0) remove.removeClass('label-off');
    this.edgesOff = wanted;
  }

  /** Nodes and their labels in model units (for the framing that names the best connected); unknown ids are skipped. */
  modelLabels(ids: readonly string[]): ModelLabel[] {
    const out: ModelLabel[] = [];
    for (const id of ids) {
      const n = this.cy.getElementById(id) as NodeSingular;
      if (n.length === 0) continue;
      const p = n.position();
      const m = measureLabel(String(n.data('label') ?? ''));
      out.push({ id, x: p.x, y: p.y, radius: Number(n.data('size')) / 2 + NODE_BORDER, width: m.width, height: m.height, gap: LABEL_MARGIN });
    }
    return out;
  }

  /** Whether a node's label is drawn now. */
  isShown(id: string): boolean {
    return this.shown.has(id);
  }

  /** The on-screen font size of every label drawn now (displayed, non-empty text, not left out). */
  static renderedSizes(cy: Core): LabelSize[] {
    const zoom = cy.zoom();
    const out: LabelSize[] = [];
    cy.elements().forEach((e) => {
      if (e.style('display') === 'none' || (e.isEdge() && (e.source().style('display') === 'none' || e.target().style('display') === 'none'))) return;
      const text = String(e.style('label') ?? '');
      if (text.trim() === '') return;
      if (parseFloat(e.style('text-opacity')) === 0 || parseFloat(e.style('opacity')) === 0) return;
      out.push({ id: e.id(), px: parseFloat(e.style('font-size')) * zoom, kind: e.isNode() ? 'node' : 'edge' });
    });
    return out;
  }
}
