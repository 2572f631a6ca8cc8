/** What <graph-canvas> shows of its graph: visibility, selection, emphasis and node size. Plain data, set from above. */

export interface CanvasView {
  /** Node ids / edge keys to show; others are hidden (display none) or faded per `mode`. null = all. */
  visibleNodes: ReadonlySet<string> | null;
  visibleEdges: ReadonlySet<string> | null;
  mode: 'hide' | 'fade';
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Extra emphasis (e.g. a path or a betrayal pair): these nodes/edges are highlighted, others dimmed. */
  highlightNodes: ReadonlySet<string> | null;
  highlightEdges: ReadonlySet<string> | null;
  /** Node size by: 'degree' (default) or a map id → score in [0,1]. */
  sizeBy: 'degree' | Record<string, number>;
}

/** Everything shown, nothing selected or emphasised, sized by degree. */
export const DEFAULT_CANVAS_VIEW: CanvasView = Object.freeze({
  visibleNodes: null,
  visibleEdges: null,
  mode: 'hide',
  selectedNode: null,
  selectedEdge: null,
  highlightNodes: null,
  highlightEdges: null,
  sizeBy: 'degree',
});
