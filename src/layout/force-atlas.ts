/**
 * Layout for large graphs: ForceAtlas2 with the Barnes–Hut approximation (graphology-layout-forceatlas2,
 * O(n log n) per iteration), from seeded starting positions, run in chunks so progress can be reported,
 * then scaled to the drawn boxes' total area and cleared of overlaps like the fcose layout. Pure and deterministic.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Extent } from './label-metrics';
import { type Placed, removeOverlaps } from './remove-overlaps';
import { mulberry32 } from './seeded-random';

/** Above this many nodes the layout is ForceAtlas2 (fcose is quadratic: about 12 s at 1,000 nodes here, 12 min at 5,000). */
export const FORCE_ATLAS_MIN_NODES = 800;

/** Called after each chunk of iterations: how many are done of how many. */
export type LayoutProgress = (done: number, total: number) => void;

/** Iterations for a graph of n nodes: fewer as it grows (each costs about n log n), enough to settle. */
export function forceAtlasIterations(n: number): number {
  return n <= 2000 ? 500 : n <= 6000 ? 300 : 200;
}

/**
 * Barnes–Hut's accuracy: a cell of the quadtree stands for its nodes when it looks smaller than theta from the node.
 * 0.6 up to 6,000 nodes; above, 1.2 (Gephi's default), which took a 10,000-node iteration from 179 ms to 55 ms of CPU
 * here (graphology-layout-forceatlas2 0.10.1), bringing that layout within its 2-minute budget on a busy machine.
 */
export function barnesHutTheta(n: number): number {
  return n > 6000 ? 1.2 : 0.6;
}

const CHUNK = 25;

/** Lay out boxes joined by links with ForceAtlas2 + Barnes–Hut; returns placed boxes (centres of the drawn boxes). */
export function forceAtlasBoxes(
  boxes: readonly { id: string; extent: Extent }[],
  links: readonly (readonly [string, string])[],
  seed: number,
  onProgress?: LayoutProgress,
): (Placed & { id: string })[] {
  // Nodes are keyed by index: graphology mishandles some ids (an edge from "__proto__" is "already there").
  const graph = new Graph<{ x: number; y: number; size: number }>({ type: 'undirected', multi: false, allowSelfLoops: false });
  const index = new Map<string, number>();
  const random = mulberry32(seed);
  const spread = Math.sqrt(boxes.length) * 100;
  boxes.forEach(({ id, extent: e }, i) => {
    index.set(id, i);
    // size: the radius FA2 keeps clear around a node (adjustSizes), the drawn box's half diagonal, in model units.
    graph.addNode(i, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread, size: Math.hypot(e.left + e.right, e.top + e.bottom) / 2 });
  });
  for (const [a, b] of links) {
    const u = index.get(a);
    const v = index.get(b);
    if (u !== undefined && v !== undefined && u !== v && !graph.hasEdge(u, v)) graph.addEdge(u, v);
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true, barnesHutTheta: barnesHutTheta(graph.order), linLogMode: false, strongGravityMode: false, gravity: 1, scalingRatio: 20 };
  const total = forceAtlasIterations(graph.order);
  for (let done = 0; done < total; ) {
    const step = Math.min(CHUNK, total - done);
    // The last fifth keeps boxes apart (adjustSizes); earlier it would slow the unfolding down.
    const adjustSizes = done >= total * 0.8;
    if (graph.order > 0) forceAtlas2.assign(graph, { iterations: step, settings: { ...settings, adjustSizes } });
    done += step;
    onProgress?.(done, total);
  }
  // Scale so the drawing's area is at least eight times the shapes' own, then push apart overlapping shapes. Labels
  // are left to the canvas's semantic zoom, which draws only labels that do not collide (label-placement.ts).
  const shapes = boxes.map(({ extent: e }) => e.top);
  let shapeArea = 0;
  for (const r of shapes) shapeArea += 4 * r * r;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_id, a) => {
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x); minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  });
  const area = Math.max(1, (maxX - minX) * (maxY - minY));
  const k = boxes.length > 1 ? Math.max(1, Math.sqrt((8 * shapeArea) / area)) : 1;
  const placed = boxes.map(({ id }, i) => {
    const a = graph.getNodeAttributes(i);
    const r = shapes[i]!;
    // Wider than tall (landscape screens): x stretched, y squeezed, area kept.
    return { id, extent: { left: r, right: r, top: r, bottom: r }, x: a.x * k * 1.2, y: (a.y * k) / 1.2 };
  });
  removeOverlaps(placed, 12, 1.5, 300);
  return placed.map((p, i) => ({ ...p, extent: boxes[i]!.extent }));
}
