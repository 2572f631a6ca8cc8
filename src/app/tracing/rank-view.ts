/** "Who mattered": the ranking for a window of years, in the chosen order, and node sizes from it. */
import { rankEntities, type EntityRank } from '../../model/queries/centrality';
import type { AllegianceGraph } from '../../model/types';
import type { RankOrder, SizeMeasure } from './tool-state';

export interface RankView {
  fromYear: number | null;
  toYear: number | null;
  order: RankOrder;
  ranks: EntityRank[];
  /** The largest degree and betweenness, for drawing bars relative to the top. */
  maxDegree: number;
  maxBetweenness: number;
  ms: number;
}

const cache = new WeakMap<AllegianceGraph, Map<string, { ranks: EntityRank[]; ms: number }>>();

/** rankEntities for a window, computed once per graph and window. */
function ranksFor(graph: AllegianceGraph, fromYear: number | null, toYear: number | null): { ranks: EntityRank[]; ms: number } {
  let byWindow = cache.get(graph);
  if (!byWindow) cache.set(graph, (byWindow = new Map()));
  const key = `${fromYear ?? ''}-${toYear ?? ''}`;
  let hit = byWindow.get(key);
  if (!hit) {
    const started = performance.now();
    const ranks = rankEntities(graph, { ...(fromYear !== null ? { fromYear } : {}), ...(toYear !== null ? { toYear } : {}) });
    hit = { ranks, ms: performance.now() - started };
    byWindow.set(key, hit);
  }
  return hit;
}

/** The ranking, by betweenness (rankEntities' order) or by number of relations (then betweenness, then label). */
export function rankView(graph: AllegianceGraph, fromYear: number | null, toYear: number | null, order: RankOrder): RankView {
  const { ranks: byBetweenness, ms } = ranksFor(graph, fromYear, toYear);
  const ranks =
    order === 'betweenness'
      ? byBetweenness
      : [...byBetweenness].sort((a, b) => b.degree - a.degree || b.betweenness - a.betweenness || a.label.localeCompare(b.label));
  return {
    fromYear,
    toYear,
    order,
    ranks,
    maxDegree: Math.max(0, ...ranks.map((r) => r.degree)),
    maxBetweenness: Math.max(0, ...ranks.map((r) => r.betweenness)),
    ms,
  };
}

const sizeCache = new WeakMap<AllegianceGraph, Map<string, Record<string, number>>>();

/**
 * Node sizes for the canvas (id → score in [0, 1], relative to the top entity of the window); entities with
 * no relation in the window get 0. 'degree' when no measure is chosen (the canvas's own sizing).
 */
export function sizeScores(graph: AllegianceGraph, measure: SizeMeasure | null, fromYear: number | null, toYear: number | null): 'degree' | Record<string, number> {
  if (measure === null) return 'degree';
  let byKey = sizeCache.get(graph);
  if (!byKey) sizeCache.set(graph, (byKey = new Map()));
  const key = `${measure}:${fromYear ?? ''}-${toYear ?? ''}`;
  const hit = byKey.get(key);
  if (hit) return hit; // the same object, so the canvas does not resize nodes on every view change
  const { ranks } = ranksFor(graph, fromYear, toYear);
  const max = Math.max(0, ...ranks.map((r) => r[measure]));
  const scores: Record<string, number> = {};
  graph.forEachNode((id) => (scores[id] = 0));
  if (max > 0) for (const r of ranks) scores[r.id] = r[measure] / max;
  byKey.set(key, scores);
  return scores;
}
