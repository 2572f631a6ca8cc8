/**
 * What a tool asks the canvas to emphasise (a betrayal pair, a path, the changes between two years) and
 * how that joins the explorer's visible view: the emphasised elements are highlighted, the rest dimmed, and
 * they are shown even when the year or the filters would hide them, so the picture matches the tool's list.
 */
import type { AllegianceGraph } from '../../model/types';
import type { VisibleView } from './visible';

export interface Emphasis {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** An emphasis from lists; unknown ids are dropped, and the ends of every edge are added to the nodes. */
export function emphasisOf(graph: AllegianceGraph, nodes: Iterable<string>, edges: Iterable<string>): Emphasis {
  const edgeSet = new Set([...edges].filter((e) => graph.hasEdge(e)));
  const nodeSet = new Set([...nodes].filter((n) => graph.hasNode(n)));
  for (const e of edgeSet) nodeSet.add(graph.source(e)).add(graph.target(e));
  return { nodes: nodeSet, edges: edgeSet };
}

function union(a: ReadonlySet<string> | null, b: ReadonlySet<string>): ReadonlySet<string> | null {
  if (a === null) return null;
  let out: Set<string> | null = null;
  for (const x of b) {
    if (a.has(x)) continue;
    out ??= new Set(a);
    out.add(x);
  }
  return out ?? a;
}

/**
 * The view with a tool's emphasis and node sizes. With no emphasis the view keeps its own (none).
 * Emphasised nodes and edges join the visible sets (null sets, meaning all, stay null).
 */
export function withEmphasis(view: VisibleView, emphasis: Emphasis | null, sizeBy: VisibleView['sizeBy'] = view.sizeBy): VisibleView {
  if (!emphasis) return sizeBy === view.sizeBy ? view : { ...view, sizeBy };
  return {
    ...view,
    visibleNodes: union(view.visibleNodes, emphasis.nodes),
    visibleEdges: union(view.visibleEdges, emphasis.edges),
    highlightNodes: emphasis.nodes,
    highlightEdges: emphasis.edges,
    sizeBy,
  };
}
