/**
 * What the canvas does differently on a large graph, where every Cytoscape frame redraws all elements
 * (about 1 s per frame at 5,000 entities on a busy 2-core machine): a click's panel is painted before the
 * canvas restyles (a press holds the canvas's redraws until then: press-gesture.ts), the hover highlight waits for the
 * pointer to rest, the view jumps instead of animating (a 350 ms animation is one full redraw per frame), and
 * relations are drawn as straight lines except around the selection (src/view/canvas/canvas-style-large.ts: a
 * restyle of a curved relation recomputes its control points, most of a year step's or a filter's cost there).
 */

/** Elements (nodes + edges) from which a graph counts as large. The notes' graph has 462; 1,000 synthetic entities about 3,200. */
export const LARGE_GRAPH_ELEMENTS = 1500;

export function isLargeGraph(elements: number): boolean {
  return elements >= LARGE_GRAPH_ELEMENTS;
}

/** The part of a canvas view a click changes. */
export interface Selection {
  selectedNode: string | null;
  selectedEdge: string | null;
}

/**
 * Whether a view change should reach the canvas after the next paint rather than at once: on a large graph,
 * when the selection moved (a click, a search result, a list row). The side panel is then drawn in the frame
 * of the click and the canvas follows a frame later; year steps, filters and focus still apply at once.
 */
export function paintPanelFirst(elements: number, before: Selection | undefined, after: Selection): boolean {
  if (!before || !isLargeGraph(elements)) return false;
  return before.selectedNode !== after.selectedNode || before.selectedEdge !== after.selectedEdge;
}

/** Whether moving the view may animate: not on a large graph (each animated frame redraws every element). */
export function animatesView(elements: number): boolean {
  return !isLargeGraph(elements);
}

/** How long the pointer rests on an element of a large graph before its neighbourhood is highlighted. */
export const HOVER_REST_MS = 300;

/**
 * The wait before the hover highlight (ms): none on a small graph; on a large one the highlight is a full redraw, which
 * a click that follows would wait behind, so it comes only once the pointer rests (a press cancels it).
 */
export function hoverRestMs(elements: number): number {
  return isLargeGraph(elements) ? HOVER_REST_MS : 0;
}
