/** Find an entity by id, label or alias (any case): what a user types on the command line or in a URL. */
import { closest } from './suggest';
import type { AllegianceGraph } from './types';

export type Resolved = { id: string } | { id: null; suggestions: string[] };

export function resolveEntity(graph: AllegianceGraph, name: string): Resolved {
  const wanted = name.trim().toLowerCase();
  if (graph.hasNode(name)) return { id: name };
  let found: string | null = null;
  graph.forEachNode((id, a) => {
    if (!found && [id, a.label, ...a.aliases].some((n) => n.toLowerCase() === wanted)) found = id;
  });
  if (found) return { id: found };
  return { id: null, suggestions: closest(name, graph.nodes()) };
}
