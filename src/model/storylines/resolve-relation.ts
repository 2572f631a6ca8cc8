/** A storyline's relation reference (edge key, or source/type/target[/start]) → the graph's edge keys. */
import { yearOf } from '../dates';
import type { AllegianceGraph } from '../types';
import type { RelationRef } from './schema';

/** Every edge the reference names: one for a key, all that match for source/type/target (narrowed by start). */
export function resolveRelation(graph: AllegianceGraph, ref: RelationRef): string[] {
  if (typeof ref === 'string') return graph.hasEdge(ref) ? [ref] : [];
  if (!graph.hasNode(ref.source) || !graph.hasNode(ref.target)) return [];
  return graph.filterOutEdges(ref.source, (_key, a, _s, target) => target === ref.target && a.type === ref.type && (ref.start === undefined || a.start === ref.start || String(yearOf(a.start)) === ref.start));
}

/** How a reference reads in a message. */
export function refText(ref: RelationRef): string {
  return typeof ref === 'string' ? ref : `${ref.source} ${ref.type} ${ref.target}${ref.start ? ` (${ref.start})` : ''}`;
}
