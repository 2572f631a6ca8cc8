/**
 * Ahead-of-time layout: fcose over the whole graph, run headless with a fixed seed, then overlap removal
 * on the drawn boxes (shape plus label), so the first view needs no layout and labels do not collide.
 * Pure (no Node APIs): the Vite plugin runs it at build time, the canvas only as a fallback.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import type { AllegianceGraph } from '../model/types';
import { type LayoutInput, layoutInput } from './layout-input';
import { FCOSE_OPTIONS, LAYOUT_SEED, registerFcose } from './fcose';
import { type Extent, diameterForDegree, nodeExtent } from './label-metrics';
import { type Placed, removeOverlaps } from './remove-overlaps';
import { withSeededRandom } from './seeded-random';
import { FORCE_ATLAS_MIN_NODES, type LayoutProgress, forceAtlasBoxes } from './force-atlas';

export { LAYOUT_VERSION, type LayoutInput, layoutInput } from './layout-input';
export { FORCE_ATLAS_MIN_NODES, type LayoutProgress } from './force-atlas';

/** Which algorithm lays out a graph of this many nodes: fcose up to FORCE_ATLAS_MIN_NODES, ForceAtlas2 (Barnes–Hut) above. */
export function layoutAlgorithm(nodes: number): 'fcose' | 'forceatlas2' {
  return nodes > FORCE_ATLAS_MIN_NODES ? 'forceatlas2' : 'fcose';
}

export interface Position {
  x: number;
  y: number;
}
export type Positions = Record<string, Position>;

/** Space kept between drawn boxes after overlap removal (model units). */
export const LAYOUT_GAP = 12;

/**
 * The layout library keeps nodes in plain objects keyed by id, so an id such as "constructor" or
 * "__proto__" breaks it. Ids are handed to it in a form that is never a key of Object.prototype
 * (a \u0001 prefix, added to the few that need it and to any id already starting with one) and mapped back.
 */
const SAFE_MARK = '\u0001';
export const toLayoutId = (id: string) => (id in Object.prototype || id === '__proto__' || id.startsWith(SAFE_MARK) ? SAFE_MARK + id : id);
export const fromLayoutId = (id: string) => (id.startsWith(SAFE_MARK) ? id.slice(1) : id);

/** A node to lay out: its id and how far its drawing reaches from its centre. */
export interface LayoutBox {
  id: string;
  extent: Extent;
}

export interface LayoutOptions {
  /**
   * How much wider than fcose's roughly round drawing the result should be. The layout runs with every box
   * this many times taller, then squeezes y back by the same factor: a uniform scaling of y, so boxes
   * that did not overlap in the stretched space do not overlap after.
   */
  flatten: number;
  /** Overlap removal favours sideways pushes by this factor (see removeOverlaps). */
  xBias: number;
  /** fcose overrides (experiments and tests). */
  fcose?: Record<string, unknown>;
}

/** Tuned on the real data for landscape screens (1920×1080 and 1366×768 less a header). */
export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { flatten: 1.5, xBias: 1.5 };

/**
 * Lay out boxes joined by links: fcose (headless, seeded) on the boxes, then overlap removal, positions
 * rounded; above FORCE_ATLAS_MIN_NODES boxes, ForceAtlas2 with Barnes–Hut instead (force-atlas.ts), which
 * reports its progress. Deterministic. Used ahead of time with estimated boxes and by "rearrange" with measured ones.
 */
export function layoutBoxes(boxes: readonly LayoutBox[], links: readonly (readonly [string, string])[], options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS, onProgress?: LayoutProgress): Positions {
  if (layoutAlgorithm(boxes.length) === 'forceatlas2' && !options.fcose) return rounded(forceAtlasBoxes(boxes, links, LAYOUT_SEED, onProgress));
  registerFcose();
  const extents = new Map<string, Extent>();
  const elements: ElementDefinition[] = [];
  for (const { id, extent } of boxes) {
    extents.set(id, extent);
    elements.push({ group: 'nodes', data: { id: toLayoutId(id), w: extent.left + extent.right, h: (extent.top + extent.bottom) * options.flatten } });
  }
  links.forEach(([source, target], i) => {
    if (extents.has(source) && extents.has(target)) elements.push({ group: 'edges', data: { id: `l${i}`, source: toLayoutId(source), target: toLayoutId(target) } });
  });

  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { shape: 'rectangle', width: 'data(w)', height: 'data(h)' } }],
  });
  withSeededRandom(LAYOUT_SEED, () => {
    if (cy.nodes().length > 0) cy.layout({ ...FCOSE_OPTIONS, ...options.fcose } as unknown as cytoscape.LayoutOptions).run();
  });
  // fcose placed box centres; a node's centre sits above its box centre when its label hangs below.
  const placed: (Placed & { id: string })[] = [];
  cy.nodes().forEach((node) => {
    const id = fromLayoutId(node.id());
    const extent = extents.get(id)!;
    const p = node.position();
    placed.push({ id, x: p.x - (extent.right - extent.left) / 2, y: p.y / options.flatten - (extent.bottom - extent.top) / 2, extent });
  });
  cy.destroy();

  removeOverlaps(placed, LAYOUT_GAP, options.xBias);
  onProgress?.(1, 1);
  return rounded(placed);
}

function rounded(placed: readonly (Placed & { id: string })[]): Positions {
  const positions: Positions = {};
  // defineProperty: an own property even for the id "__proto__", where plain assignment would set the prototype.
  for (const p of placed) Object.defineProperty(positions, p.id, { value: { x: Math.round(p.x), y: Math.round(p.y) }, enumerable: true, writable: true, configurable: true });
  return positions;
}

/** Positions for every node of the layout input, boxes estimated from labels and degrees. */
export function computeLayout(input: LayoutInput, onProgress?: LayoutProgress): Positions {
  return layoutBoxes(
    input.nodes.map((n) => ({ id: n.id, extent: nodeExtent(n.label, diameterForDegree(n.degree)) })),
    input.links,
    DEFAULT_LAYOUT_OPTIONS,
    onProgress,
  );
}

/** Positions for every node of the graph (see computeLayout). */
export function computePositions(graph: AllegianceGraph): Positions {
  return computeLayout(layoutInput(graph));
}
