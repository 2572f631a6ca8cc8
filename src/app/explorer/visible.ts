/**
 * Derivation of the visible graph: state + graph → the sets the canvas draws in full (the rest hidden or
 * faded). Year, filters and focus all narrow the same sets. Pure and cheap: the per-edge and per-node
 * facts are indexed once per graph, so a year change is a pass over arrays.
 */
import { toneOf } from '../../model/queries/relations';
import { inForceAt } from '../../model/queries/time-model';
import type { AllegianceGraph, EntityKind, Tone } from '../../model/types';
import { allows, type ViewState, type YearMode } from '../shell/view-state';

/** What the canvas needs; structurally the CanvasView of src/view/canvas/canvas-view.ts. */
export interface VisibleView {
  /** Nodes drawn in full; null = all. */
  visibleNodes: ReadonlySet<string> | null;
  /** Edges drawn in full; null = all. */
  visibleEdges: ReadonlySet<string> | null;
  /** What happens to the rest. */
  mode: YearMode;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Extra emphasis; null (none) from the explorer's state. */
  highlightNodes: ReadonlySet<string> | null;
  highlightEdges: ReadonlySet<string> | null;
  sizeBy: 'degree' | Record<string, number>;
}

interface EdgeFacts {
  key: string;
  source: string;
  target: string;
  type: string;
  tone: Tone;
}

interface NodeFacts {
  id: string;
  kind: EntityKind;
}

/** Per-graph facts, computed once. */
export interface GraphIndex {
  nodes: NodeFacts[];
  edges: EdgeFacts[];
}

const cache = new WeakMap<AllegianceGraph, GraphIndex>();

/** Index a graph (cached per graph object; a graph is not mutated after load). */
export function indexGraph(graph: AllegianceGraph): GraphIndex {
  const hit = cache.get(graph);
  if (hit) return hit;
  const nodes = graph.mapNodes((id, a) => ({ id, kind: a.kind }));
  const edges = graph.mapEdges((key, a, source, target) => ({ key, source, target, type: a.type, tone: toneOf(graph, a.type) }));
  const index = { nodes, edges };
  cache.set(graph, index);
  return index;
}

/**
 * Nodes within `steps` of `start`, walking the given edges in either direction: a breadth-first walk over
 * an adjacency list built from those edges (no graph object per derivation: this runs on every year step).
 */
function neighbourhood(start: string, edges: EdgeFacts[], steps: number): Set<string> {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const seen = new Set<string>([start]);
  let ring = [start];
  for (let depth = 0; depth < steps && ring.length > 0; depth++) {
    const next: string[] = [];
    for (const id of ring) {
      for (const m of adjacent.get(id) ?? []) {
        if (seen.has(m)) continue;
        seen.add(m);
        next.push(m);
      }
    }
    ring = next;
  }
  return seen;
}

/**
 * The visible view of a state:
 * - an entity shows when its kind passes the filter and (with a year) it exists that year, and
 * - a relation shows when its type and tone pass, it is in force in the year, and both ends show;
 *   "exists" and "in force" are the model's `inForceAt`, the same derivation as `graph at <year>`;
 * - with a relation-type or tone filter, entities left with no relation shown are dropped too;
 * - focus keeps only the selected entity's neighbours within 1–3 steps over the relations shown;
 * - the selected entity always shows, so the panel and the canvas agree.
 * Both sets are null when nothing narrows the view.
 */
export function visibleView(graph: AllegianceGraph, state: ViewState, index: GraphIndex = indexGraph(graph)): VisibleView {
  const { year, selected } = state;
  const selectedNode = selected !== null && graph.hasNode(selected) ? selected : null;
  const selectedEdge = state.edge !== null && graph.hasEdge(state.edge) ? state.edge : null;
  const narrowed = year !== null || state.kinds !== null || state.types !== null || state.tones !== null || (state.focus > 0 && selectedNode !== null);

  let nodes: Set<string> | null = null;
  let edges: Set<string> | null = null;
  if (narrowed) {
    const at = year === null ? null : inForceAt(graph, year);
    const existing = at && new Set(at.entities);
    const inForce = at && new Set(at.relations);
    nodes = new Set();
    for (const n of index.nodes) if (allows(state.kinds, n.kind) && (existing === null || existing.has(n.id))) nodes.add(n.id);
    const shown: EdgeFacts[] = [];
    for (const e of index.edges) {
      if (allows(state.types, e.type) && allows(state.tones, e.tone) && (inForce === null || inForce.has(e.key)) && nodes.has(e.source) && nodes.has(e.target)) shown.push(e);
    }
    if (state.types !== null || state.tones !== null) {
      const ends = new Set<string>();
      for (const e of shown) ends.add(e.source).add(e.target);
      nodes = ends;
    }
    if (selectedNode !== null) nodes.add(selectedNode);
    if (state.focus > 0 && selectedNode !== null) {
      const near = neighbourhood(selectedNode, shown, state.focus);
      nodes = near;
      edges = new Set(shown.filter((e) => near.has(e.source) && near.has(e.target)).map((e) => e.key));
    } else {
      edges = new Set(shown.map((e) => e.key));
    }
  }

  // Emphasis (highlight*) is left to features that need it (a path, a betrayal pair): the selection is styled by the canvas.
  return { visibleNodes: nodes, visibleEdges: edges, mode: state.yearMode, selectedNode, selectedEdge, highlightNodes: null, highlightEdges: null, sizeBy: 'degree' };
}

/** The relations the view shows in full, in graph order: the rows of the list view. */
export function shownEdges(graph: AllegianceGraph, view: Pick<VisibleView, 'visibleEdges'>): string[] {
  return view.visibleEdges === null ? graph.edges() : graph.filterEdges((key) => view.visibleEdges!.has(key));
}
