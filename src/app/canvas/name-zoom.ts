/**
 * The closest zoom a view needs so that its best-connected entities are all named: labels are drawn at a
 * fixed size on screen (the floor) while the distances between nodes scale with the zoom, so zooming in
 * makes room. Pure arithmetic over label-placement's rules (the same placement the canvas draws).
 */
import { type LabelCandidate, labelFontPx, placeLabels } from './label-placement';

/** A node and its label in model units (zoom 1), the label at the model font size: a LabelCandidate before zooming. */
export type ModelLabel = LabelCandidate;

/** The candidates placeLabels sees at `zoom` (screen px, origin at the model's origin): labels lifted to `floorPx`. */
export function candidatesAt(nodes: readonly ModelLabel[], zoom: number, floorPx: number, modelFontPx: number): LabelCandidate[] {
  const k = labelFontPx(modelFontPx, zoom, floorPx) / modelFontPx;
  return nodes.map((n) => ({ id: n.id, x: n.x * zoom, y: n.y * zoom, radius: n.radius * zoom, width: n.width * k, height: n.height * k, gap: n.gap * zoom }));
}

/** Whether every one of `nodes` gets a label at `zoom` when they are placed first, as a group. */
export function allNamedAt(nodes: readonly ModelLabel[], zoom: number, floorPx: number, modelFontPx: number): boolean {
  return placeLabels(candidatesAt(nodes, zoom, floorPx, modelFontPx), { named: nodes.length }).size === nodes.length;
}

/**
 * The smallest zoom in [from, to] (stepping by `step`×) at which all of `nodes` are named; `to` when none
 * is (the closest allowed is the best there is), `from` when they already are.
 */
export function zoomToName(nodes: readonly ModelLabel[], floorPx: number, modelFontPx: number, from: number, to: number, step = 1.04): number {
  if (nodes.length === 0 || !(to > from)) return from;
  for (let z = from; z < to; z *= step) if (allNamedAt(nodes, z, floorPx, modelFontPx)) return z;
  return to;
}
