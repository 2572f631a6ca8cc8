/** What the layout depends on, extracted from the graph without loading the layout itself (Cytoscape, fcose). */
import type { AllegianceGraph } from '../model/types';

/** Bump when the layout's algorithm or parameters change, so cached positions are recomputed. */
export const LAYOUT_VERSION = 8;

/** What the layout depends on, and nothing else: the cache key is a hash of this. */
export interface LayoutInput {
  version: number;
  nodes: { id: string; label: string; degree: number }[];
  /** Distinct unordered node pairs joined by at least one relation, no self-loops. */
  links: [string, string][];
}

/** Extract the layout's input from the graph, in a stable order. */
export function layoutInput(graph: AllegianceGraph): LayoutInput {
  const nodes = graph.mapNodes((id, a) => ({ id, label: a.label, degree: graph.degree(id) }));
  const pairs = new Set<string>();
  const links: [string, string][] = [];
  graph.forEachEdge((_key, _a, source, target) => {
    if (source === target) return;
    const [u, v] = source < target ? [source, target] : [target, source];
    const id = `${u}\u0000${v}`;
    if (pairs.has(id)) return;
    pairs.add(id);
    links.push([u, v]);
  });
  links.sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
  return { version: LAYOUT_VERSION, nodes, links };
}
