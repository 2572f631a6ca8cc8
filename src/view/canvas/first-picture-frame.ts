/**
 * The first picture's frame: the viewport <graph-canvas>'s first frame will have (canvas-framing's frameNamed over
 * every node, the NAMED best connected named at the label floor, clear of the Key), computed from the graph and its
 * positions instead of from Cytoscape, so the picture can be framed before Cytoscape has its elements and the
 * hand-over does not move anything. Pure: no DOM (label widths are measured as the canvas measures them).
 */
import type { ModelBox, Viewport } from '../../app/canvas/framing';
import { labelFontPx } from '../../app/canvas/label-placement';
import type { ModelLabel } from '../../app/canvas/name-zoom';
import { LABEL_FONT_SIZE, LABEL_MARGIN, NODE_BORDER } from '../../layout/label-metrics';
import type { AllegianceGraph } from '../../model/types';
import { nodeSizes } from './canvas-elements';
import { FIT_MAX_ZOOM, MIN_ZOOM, clearOfLegend, frameNamed, frameRoom } from './canvas-framing';
import { NAMED, measureLabel } from './canvas-labels';
import type { CanvasView } from './canvas-view';

type Positions = Readonly<Record<string, { x: number; y: number }>>;

/** What the frame depends on besides the canvas: the box of every node's shape and the best connected as labels (model units). */
export interface PictureFrameInput {
  box: ModelBox;
  named: ModelLabel[];
}

/** Nodes by degree, best connected first, ties in the graph's order (the canvas's label rank). */
export function byDegree(graph: AllegianceGraph): string[] {
  return graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a));
}

/**
 * Whether a view's first frame is the plain one the picture can take (everything shown, nothing selected or
 * emphasised): the only first frame computed here. Other views drop the picture when Cytoscape draws.
 */
export function plainView(view: CanvasView): boolean {
  return view.visibleNodes === null && view.selectedNode === null && view.selectedEdge === null && view.highlightNodes === null && view.highlightEdges === null;
}

/** The frame's inputs for `graph` at `positions`, sized as `view` sizes nodes; null when a node has no position. */
export function pictureFrameInput(graph: AllegianceGraph, positions: Positions, view: Pick<CanvasView, 'sizeBy'>): PictureFrameInput | null {
  if (graph.order === 0 || graph.someNode((id) => !positions[id])) return null;
  const sizes = nodeSizes(graph, view.sizeBy);
  const radius = (id: string) => sizes.get(id)! / 2 + NODE_BORDER;
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  graph.forEachNode((id) => {
    const { x, y } = positions[id]!;
    const r = radius(id);
    [box.x1, box.y1, box.x2, box.y2] = [Math.min(box.x1, x - r), Math.min(box.y1, y - r), Math.max(box.x2, x + r), Math.max(box.y2, y + r)];
  });
  const named = byDegree(graph)
    .slice(0, NAMED)
    .map((id) => {
      const m = measureLabel(String(graph.getNodeAttribute(id, 'label') ?? ''));
      return { id, x: positions[id]!.x, y: positions[id]!.y, radius: radius(id), width: m.width, height: m.height, gap: LABEL_MARGIN };
    });
  return { box, named };
}

/** The first frame of a `width`×`height` canvas at label floor `floorPx`, the Key (bottom-left, px; null: none) kept clear. */
export function pictureViewport(input: PictureFrameInput, width: number, height: number, floorPx: number, legend: { width: number; height: number } | null): Viewport {
  const frame = { width, height, minZoom: MIN_ZOOM, maxZoom: FIT_MAX_ZOOM };
  const room = clearOfLegend(frameRoom(floorPx), legend, input.box, frame);
  return frameNamed(input.box, input.named, floorPx, room, frame);
}

/** The SVG viewBox that shows the model as `viewport` does on a `width`×`height` canvas (screen = model × zoom + pan). */
export function pictureViewBox({ zoom, pan }: Viewport, width: number, height: number): string {
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return `${r(-pan.x / zoom)} ${r(-pan.y / zoom)} ${r(width / zoom)} ${r(height / zoom)}`;
}

/** The picture's label size in model units at `zoom`: the canvas's on-screen size (lifted to the floor) divided by the zoom. */
export function pictureFontSize(zoom: number, floorPx: number): number {
  return labelFontPx(LABEL_FONT_SIZE, zoom, floorPx) / zoom;
}
