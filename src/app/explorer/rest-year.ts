/** Where the year slider rests while "All years" is on: where the selected entity enters the story, so unticking starts there. */
import { entitySpan, relationSpan } from '../../model/queries/time-model';
import type { AllegianceGraph } from '../../model/types';

/**
 * The first year one of the selected entity's relations is in force (Kirov: 1926, not his birth in 1886),
 * else the first year it exists; null with no selection or a timeless one.
 */
export function restYear(graph: AllegianceGraph, selected: string | null): number | null {
  if (selected === null || !graph.hasNode(selected)) return null;
  const starts = graph.edges(selected).map((e) => relationSpan(graph, e).from).filter(Number.isFinite);
  const from = starts.length ? Math.min(...starts) : entitySpan(graph, selected).from;
  return Number.isFinite(from) ? from : null;
}
