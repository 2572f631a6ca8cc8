/**
 * Pure view-model → Cytoscape mapping: the element definitions drawn once per graph, node sizes, and the
 * classes a CanvasView puts on each element. No DOM, testable in Node.
 */
import type { ElementDefinition } from 'cytoscape';
import { diameterForDegree, diameterForScore } from '../../layout/label-metrics';
import type { AllegianceGraph, EdgeAttributes } from '../../model/types';
import type { CanvasView } from './canvas-view';
import { KIND_STYLE } from './canvas-style';

/** Classes the view toggles; everything else on an element is fixed when it is created. */
export const VIEW_CLASSES = ['hidden', 'faded', 'selected', 'highlighted', 'dimmed', 'incident', 'labelled'] as const;

/** Edge labels are drawn for emphasised edges only while there are at most this many (a hub's are a blur). */
export const EDGE_LABEL_LIMIT = 12;

/** A relation's certainty is tentative when the notes only suspect it or historians dispute it. */
export function isTentative(a: Pick<EdgeAttributes, 'certainty'>): boolean {
  return a.certainty === 'suspected' || a.certainty === 'disputed';
}

/** The fixed classes of a node: `kind-<kind>`. */
export function nodeClasses(graph: AllegianceGraph, id: string): string[] {
  return [`kind-${graph.getNodeAttribute(id, 'kind')}`];
}

/** The fixed classes of an edge: tone, directed or symmetric, certainty, tentative, dated outside the notes. */
export function edgeClasses(graph: AllegianceGraph, key: string): string[] {
  const a = graph.getEdgeAttributes(key);
  const type = graph.getAttribute('relationTypes')[a.type];
  const classes = [`tone-${type?.tone ?? 'neutral'}`, type?.symmetric ? 'symmetric' : 'directed', `certainty-${a.certainty}`];
  if (isTentative(a)) classes.push('tentative');
  if (a.dateSource === 'outside-notes') classes.push('date-outside-notes');
  return classes;
}

/** The arrows an edge is drawn with (style data, fixed per edge): see canvas-style.ts. */
export function edgeMarks(graph: AllegianceGraph, key: string): { arrow: 'triangle' | 'none'; midArrow: 'circle' | 'none'; arrowScale: number } {
  const a = graph.getEdgeAttributes(key);
  const outside = a.dateSource === 'outside-notes';
  return { arrow: graph.getAttribute('relationTypes')[a.type]?.symmetric ? 'none' : 'triangle', midArrow: outside ? 'circle' : 'none', arrowScale: outside ? 1.5 : 1.3 };
}

const year = (d: string | undefined) => (d ? d.slice(0, 4) : '');

/** The text drawn on a shown edge: "purged (1936)", "opposed (1923–1927) ?". */
export function edgeLabel(graph: AllegianceGraph, key: string): string {
  const a = graph.getEdgeAttributes(key);
  const type = graph.getAttribute('relationTypes')[a.type]?.label ?? a.type;
  const from = year(a.start);
  const to = year(a.end);
  const when = from ? ` (${from}${to && to !== from ? `–${to}` : ''})` : '';
  return `${type}${when}${isTentative(a) ? ' ?' : ''}`;
}

/** Shape diameter of each node for a sizing mode; a node missing from a score map gets the smallest size. */
export function nodeSizes(graph: AllegianceGraph, sizeBy: CanvasView['sizeBy']): Map<string, number> {
  const sizes = new Map<string, number>();
  graph.forEachNode((id) => sizes.set(id, sizeBy === 'degree' ? diameterForDegree(graph.degree(id)) : diameterForScore(sizeBy[id] ?? 0)));
  return sizes;
}

/** Every node and edge of the graph as Cytoscape definitions, nodes at `positions` where given. */
export function toElements(graph: AllegianceGraph, positions: Readonly<Record<string, { x: number; y: number }>>, sizeBy: CanvasView['sizeBy'] = 'degree'): ElementDefinition[] {
  const sizes = nodeSizes(graph, sizeBy);
  const elements: ElementDefinition[] = [];
  graph.forEachNode((id, a) => {
    const p = positions[id];
    elements.push({
      group: 'nodes',
      data: { id, label: a.label, kind: a.kind, size: sizes.get(id), colour: KIND_STYLE[a.kind].colour, shape: KIND_STYLE[a.kind].shape },
      classes: nodeClasses(graph, id),
      ...(p ? { position: { x: p.x, y: p.y } } : {}),
    });
  });
  graph.forEachEdge((key, a, source, target) => {
    elements.push({
      group: 'edges',
      data: { id: key, source, target, type: a.type, label: edgeLabel(graph, key), mark: isTentative(a) ? '?' : '', ...edgeMarks(graph, key) },
      classes: edgeClasses(graph, key),
    });
  });
  return elements;
}

/** The view classes of every node and edge (space-separated, '' for none). */
export interface ViewClassMaps {
  nodes: Map<string, string>;
  edges: Map<string, string>;
}

/**
 * Which view classes each element gets. Rules: an element outside the visible sets is `hidden` or `faded`
 * per mode, and a hidden one gets nothing else; an edge with an end not visible is faded in fade mode, and
 * in hide mode gets no class at all, listed or not (Cytoscape hides it with its end); the selected
 * element is `selected` and the visible edges at the selected node are `incident`; when emphasis is on
 * (either highlight set non-null), highlighted nodes are those listed plus the ends of listed edges,
 * highlighted edges are those listed (or, with no edge list, those with both ends listed); the rest is
 * `dimmed`, except what is selected. Edges also get `labelled` (their text is drawn): the selected edge
 * always, incident and highlighted edges when there are at most EDGE_LABEL_LIMIT of them.
 */
export function viewClasses(graph: AllegianceGraph, view: CanvasView): ViewClassMaps {
  const nodeVisible = (id: string) => view.visibleNodes === null || view.visibleNodes.has(id);
  const out = view.mode === 'hide' ? 'hidden' : 'faded';
  const emphasis = view.highlightNodes !== null || view.highlightEdges !== null;
  const emphasisedNodes = new Set(view.highlightNodes ?? []);
  if (view.highlightEdges) {
    for (const key of view.highlightEdges) if (graph.hasEdge(key)) emphasisedNodes.add(graph.source(key)).add(graph.target(key));
  }

  const nodes = new Map<string, string>();
  graph.forEachNode((id) => {
    if (!nodeVisible(id) && out === 'hidden') return nodes.set(id, out);
    const c: string[] = nodeVisible(id) ? [] : [out];
    if (id === view.selectedNode) c.push('selected');
    if (emphasis) {
      if (emphasisedNodes.has(id)) c.push('highlighted');
      else if (id !== view.selectedNode) c.push('dimmed');
    }
    nodes.set(id, c.join(' '));
  });

  const edges = new Map<string, string>();
  const emphasisedEdges: string[] = [];
  graph.forEachEdge((key, _a, source, target) => {
    const endsVisible = nodeVisible(source) && nodeVisible(target);
    const visible = endsVisible && (view.visibleEdges === null || view.visibleEdges.has(key));
    // Cytoscape never draws an edge whose end is display:none, so such an edge needs no class of its own, listed
    // or not (visibleEdges never lists it): hiding or showing nodes then restyles the nodes only, not their edges.
    if (!visible && out === 'hidden') return edges.set(key, endsVisible ? out : '');
    const c: string[] = visible ? [] : [out];
    if (key === view.selectedEdge) c.push('selected');
    const incident = visible && view.selectedNode !== null && (source === view.selectedNode || target === view.selectedNode);
    if (incident) c.push('incident');
    let lit = false;
    if (emphasis) {
      lit = view.highlightEdges ? view.highlightEdges.has(key) : emphasisedNodes.has(source) && emphasisedNodes.has(target);
      if (lit) c.push('highlighted');
      else if (key !== view.selectedEdge) c.push('dimmed');
    }
    if (key === view.selectedEdge || ((incident || lit) && visible)) emphasisedEdges.push(key);
    edges.set(key, c.join(' '));
  });

  const toLabel = emphasisedEdges.length <= EDGE_LABEL_LIMIT ? emphasisedEdges : view.selectedEdge !== null && emphasisedEdges.includes(view.selectedEdge) ? [view.selectedEdge] : [];
  for (const key of toLabel) edges.set(key, `${edges.get(key)} labelled`.trim());
  return { nodes, edges };
}
