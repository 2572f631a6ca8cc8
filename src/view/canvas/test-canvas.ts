/**
 * For <graph-canvas> browser tests (not part of the app): mount a canvas on a graph and wait for its first draw, and
 * remove every mounted canvas after each test (`afterEach(unmountCanvases)`).
 */
import type { RendererSetting } from '../../app/canvas/renderer-choice';
import type { Positions } from '../../layout/compute-positions';
import type { AllegianceGraph } from '../../model/types';
import type { GraphCanvas } from './graph-canvas';
import './graph-canvas';

const mounted: HTMLElement[] = [];

export function unmountCanvases(): void {
  for (const el of mounted.splice(0)) el.remove();
}

/** Resolves at the canvas's next `graph-drawn`. */
export const drawnOnce = (el: HTMLElement) => new Promise<HTMLElementEventMap['graph-drawn']>((resolve) => el.addEventListener('graph-drawn', resolve, { once: true }));

/** Positions on a grid `columns` wide (the layout is not the subject of these tests; fcose on hundreds takes long). */
export const gridPositions = (graph: AllegianceGraph, columns = 25): Positions =>
  Object.fromEntries(graph.nodes().map((id, i) => [id, { x: (i % columns) * 90, y: Math.floor(i / columns) * 70 }]));

/** A <graph-canvas> of `width` × `height` CSS px on `graph`, in the page, once it has drawn. No positions: it lays out. */
export async function mountCanvas(graph: AllegianceGraph, options: { positions?: Positions; renderer?: RendererSetting; width?: number; height?: number } = {}): Promise<GraphCanvas> {
  const el = document.createElement('graph-canvas');
  el.style.width = `${options.width ?? 600}px`;
  el.style.height = `${options.height ?? 400}px`;
  const drawn = drawnOnce(el);
  if (options.renderer) el.renderer = options.renderer;
  el.graph = graph;
  if (options.positions) el.positions = options.positions;
  document.body.append(el);
  mounted.push(el);
  await drawn;
  return el;
}
