/** Chains of relations linking two entities: the k shortest simple paths, edges taken either way. */
import type { AllegianceGraph, Certainty, Tone } from '../types';
import { overlaps } from './dates';
import { compareRelations, relationRef, type RelationRef } from './relations';
import { relationSpan } from './time-model';

export interface PathOptions {
  /** Keep relations in force at some point in [fromYear, toYear]; open when omitted. */
  fromYear?: number;
  toYear?: number;
  /** Keep relations of these tones only; all tones when omitted. */
  tones?: Tone[];
  /** How many paths at most (default 5). */
  maxPaths?: number;
  /** How many hops at most (default 6). */
  maxLength?: number;
}

/** One step of a path, walked from `from` to `to`; `forward` tells whether that is the relation's own direction. */
export interface PathHop extends RelationRef {
  from: string;
  to: string;
  forward: boolean;
  /** Other relations between the same two entities that pass the filters, so one path is not listed once per edge. */
  parallel: RelationRef[];
}

export interface Path {
  /** Entity ids from the first entity to the last. */
  nodes: string[];
  hops: PathHop[];
}

type Adjacency = Map<string, Map<string, RelationRef[]>>;

const CERTAINTY_RANK: Record<Certainty, number> = { stated: 0, suspected: 1, disputed: 2 };

/** Linking relations between each pair of neighbours, self-loops dropped, best relation first. */
function buildAdjacency(graph: AllegianceGraph, options: PathOptions): Adjacency {
  const adjacency: Adjacency = new Map();
  const link = (x: string, y: string, r: RelationRef) => {
    let row = adjacency.get(x);
    if (!row) adjacency.set(x, (row = new Map()));
    row.set(y, [...(row.get(y) ?? []), r]);
  };
  graph.forEachEdge((edge, _attrs, source, target) => {
    if (source === target || !overlaps(relationSpan(graph, edge), options.fromYear, options.toYear)) return;
    const r = relationRef(graph, edge);
    if (options.tones && !options.tones.includes(r.tone)) return;
    link(source, target, r);
    link(target, source, r);
  });
  const best = (x: RelationRef, y: RelationRef) => (CERTAINTY_RANK[x.certainty] ?? 3) - (CERTAINTY_RANK[y.certainty] ?? 3) || compareRelations(x, y);
  for (const row of adjacency.values()) for (const list of row.values()) list.sort(best);
  return adjacency;
}

/** Breadth-first shortest path avoiding some nodes and links, at most `limit` hops; neighbours in id order. */
function shortestPath(adjacency: Adjacency, from: string, to: string, limit: number, avoidNodes: Set<string>, avoidLinks: Set<string>): string[] | null {
  const previous = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  for (let depth = 0; depth < limit && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of [...(adjacency.get(node)?.keys() ?? [])].sort()) {
        if (previous.has(neighbour) || avoidNodes.has(neighbour) || avoidLinks.has(JSON.stringify([node, neighbour]))) continue;
        previous.set(neighbour, node);
        if (neighbour === to) {
          const path = [to];
          for (let n = previous.get(to); n != null; n = previous.get(n)) path.unshift(n);
          return path;
        }
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return null;
}

/** Yen's algorithm over node sequences, with breadth-first search as the shortest-path step. */
function kShortestNodePaths(adjacency: Adjacency, a: string, b: string, k: number, maxLength: number): string[][] {
  const first = shortestPath(adjacency, a, b, maxLength, new Set(), new Set());
  if (!first) return [];
  const accepted = [first];
  const candidates = new Map<string, string[]>();
  const order = (x: string[], y: string[]) => x.length - y.length || (x.join('\n') < y.join('\n') ? -1 : 1);
  while (accepted.length < k) {
    const last = accepted[accepted.length - 1]!;
    for (let i = 0; i < last.length - 1; i++) {
      const root = last.slice(0, i + 1);
      const avoidLinks = new Set<string>();
      for (const p of accepted) {
        if (p.length > i + 1 && root.every((n, j) => p[j] === n)) {
          avoidLinks.add(JSON.stringify([p[i], p[i + 1]]));
        }
      }
      const spur = shortestPath(adjacency, last[i]!, b, maxLength - i, new Set(root.slice(0, i)), avoidLinks);
      if (!spur) continue;
      const path = [...root.slice(0, i), ...spur];
      const key = path.join('\n');
      if (!accepted.some((p) => p.join('\n') === key)) candidates.set(key, path);
    }
    const next = [...candidates.values()].sort(order)[0];
    if (!next) break;
    candidates.delete(next.join('\n'));
    accepted.push(next);
  }
  return accepted;
}

/**
 * The chains of relations linking `a` and `b`, shortest first (fewest hops, then by entity ids), as k
 * shortest simple paths over entities. Links ignore direction; each hop reports the relation's real
 * direction and, in `parallel`, the other relations between the same two entities (stated before suspected
 * or disputed, then chronological). Only relations overlapping [fromYear, toYear] and of the chosen tones
 * count. Empty when either entity is missing, they are the same, or nothing links them.
 */
export function findPaths(graph: AllegianceGraph, a: string, b: string, options: PathOptions = {}): Path[] {
  const { maxPaths = 5, maxLength = 6 } = options;
  if (a === b || !graph.hasNode(a) || !graph.hasNode(b) || maxPaths < 1 || maxLength < 1) return [];
  const adjacency = buildAdjacency(graph, options);
  return kShortestNodePaths(adjacency, a, b, maxPaths, maxLength).map((nodes) => ({
    nodes,
    hops: nodes.slice(1).map((to, i) => {
      const from = nodes[i]!;
      const [main, ...parallel] = adjacency.get(from)?.get(to) ?? [];
      return { ...main!, from, to, forward: main!.source === from, parallel };
    }),
  }));
}
