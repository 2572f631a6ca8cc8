/** What held in a given year: the relations in force and the entities active then. */
import type { AllegianceGraph } from '../types';
import { isActive } from './dates';
import { relationSpan } from './relations';

/**
 * Keys of the relations in force in `year`: lasting relations over their span (an open end runs to the
 * earlier end of their two entities), one-off acts in their start year, undated relations always.
 */
export function relationsInForce(graph: AllegianceGraph, year: number): string[] {
  return graph.filterEdges((edge) => {
    const { from, to } = relationSpan(graph, edge);
    return from <= year && year <= to;
  });
}

/** Ids of the entities active in `year`; an entity with no dates is always active. */
export function activeEntities(graph: AllegianceGraph, year: number): string[] {
  return graph.filterNodes((_node, attrs) => isActive(attrs, year));
}
