/** Turn the data module's serialised graph back into a graphology graph in the browser. */
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { expandGraph, isCompactGraph } from '../../model/compact-graph';
import type { AllegianceGraph, EdgeAttributes, GraphAttributes, NodeAttributes, Problem } from '../../model/types';

export type LoadedData = { graph: AllegianceGraph; problems: [] } | { graph: null; problems: Problem[] };

/** Deserialise (graph.export() or, for large datasets, its compact form); a malformed module becomes a problem rather than an exception. */
export function loadGraph(module: { ok: boolean; graph: unknown; problems: Problem[] }): LoadedData {
  if (!module.ok || !module.graph) return { graph: null, problems: module.problems ?? [] };
  try {
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    const serialized = isCompactGraph(module.graph) ? expandGraph(module.graph) : module.graph;
    graph.import(serialized as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
    return { graph, problems: [] };
  } catch (err) {
    return { graph: null, problems: [{ file: 'graph-data', line: 1, code: 'internal', message: `the built graph could not be loaded: ${String(err)}`, fix: 'run `npm run graph -- validate` and report this as a bug' }] };
  }
}
