/** Which entities matter most in a period: relation counts and betweenness centrality. */
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import type { AllegianceGraph } from '../types';
import { overlaps } from './dates';
import { labelOf } from './relations';
import { relationSpan } from './time-model';

export interface RankOptions {
  /** Count relations in force at some point in [fromYear, toYear]; open when omitted. */
  fromYear?: number;
  toYear?: number;
}

export interface EntityRank {
  id: string;
  label: string;
  /** Number of relations in the window touching the entity (self-loops not counted). */
  degree: number;
  /** Normalised betweenness (0–1) on the window's relations taken as an undirected simple graph. */
  betweenness: number;
}

/**
 * Entities with at least one relation in the window, ranked by betweenness, then degree, then label.
 * Betweenness ignores direction and multiplicity: two entities are linked once however many relations join
 * them, since "who connects whom" is about any contact, friendly or hostile.
 */
export function rankEntities(graph: AllegianceGraph, options: RankOptions = {}): EntityRank[] {
  const links = new UndirectedGraph();
  const degree = new Map<string, number>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    if (source === target || !overlaps(relationSpan(graph, edge), options.fromYear, options.toYear)) return;
    for (const n of [source, target]) degree.set(n, (degree.get(n) ?? 0) + 1);
    links.mergeEdge(source, target);
  });
  const betweenness = links.order > 0 ? betweennessCentrality(links, { getEdgeWeight: null }) : {};
  return [...degree]
    .map(([id, d]) => ({ id, label: labelOf(graph, id), degree: d, betweenness: betweenness[id] ?? 0 }))
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.label.localeCompare(b.label));
}
