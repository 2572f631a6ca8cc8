/**
 * Framing for <graph-canvas>: where the view goes when it follows the state. A plain fit would draw the
 * whole graph so small that the best-connected entities' labels collide and some are left out; the first
 * view instead zooms in just enough to name them all (app/canvas/name-zoom.ts), centred on the graph as far
 * as keeping them on screen allows. The Key's corner is kept clear of the framed nodes where that costs least.
 */
import { type ModelBox, type Room, type Viewport, frameBox } from '../../app/canvas/framing';
import { type ModelLabel, zoomToName } from '../../app/canvas/name-zoom';
import { LABEL_FONT_SIZE } from '../../layout/label-metrics';

/** Padding around a framed box, screen px (labels get more room: see frameRoom). */
export const FIT_PADDING = 28;
/** A plain fit zooms no closer than this (a handful of nodes would otherwise fill the screen). */
export const FIT_MAX_ZOOM = 2;
/** The canvas's farthest zoom out. */
export const MIN_ZOOM = 0.05;

/** Room around a framed box at label floor `floorPx`: padding, plus half a label's width at the sides and two lines below. */
export function frameRoom(floorPx: number): Room {
  return { left: FIT_PADDING + 2.5 * floorPx, right: FIT_PADDING + 2.5 * floorPx, top: FIT_PADDING, bottom: FIT_PADDING + 2.5 * floorPx };
}

/** The canvas: its size and zoom limits. */
export interface Frame {
  width: number;
  height: number;
  minZoom: number;
  maxZoom: number;
}

/** The model box of labelled nodes' shapes. */
function shapesBox(nodes: readonly ModelLabel[]): ModelBox {
  return {
    x1: Math.min(...nodes.map((n) => n.x - n.radius)),
    y1: Math.min(...nodes.map((n) => n.y - n.radius)),
    x2: Math.max(...nodes.map((n) => n.x + n.radius)),
    y2: Math.max(...nodes.map((n) => n.y + n.radius)),
  };
}

/**
 * Room around the framed box that also keeps clear of the Key (a box in the bottom-left corner, canvas
 * px; null when there is none): beside it or above it, whichever leaves the larger zoom for `box`.
 */
export function clearOfLegend(room: Room, legend: { width: number; height: number } | null, box: ModelBox, frame: Frame): Room {
  if (!legend || legend.width <= 0 || legend.height <= 0) return room;
  const gap = 8;
  const beside = { ...room, left: Math.max(room.left, legend.width + gap) };
  const above = { ...room, bottom: Math.max(room.bottom, legend.height + gap) };
  const zoom = (r: Room) => frameBox(box, frame.width, frame.height, r, frame.minZoom, frame.maxZoom).zoom;
  return zoom(beside) >= zoom(above) ? beside : above;
}

/** Shift `pan` (at `zoom`) by the least that brings `box` inside the canvas less `room` (centred when it cannot fit). */
function keepInside(box: ModelBox, zoom: number, pan: { x: number; y: number }, room: Room, frame: Frame): { x: number; y: number } {
  const axis = (lo: number, hi: number, p: number, min: number, max: number) => {
    const a = lo * zoom + p;
    const b = hi * zoom + p;
    if (b - a > max - min) return p + (min + max) / 2 - (a + b) / 2;
    if (a < min) return p + (min - a);
    if (b > max) return p - (b - max);
    return p;
  };
  return { x: axis(box.x1, box.x2, pan.x, room.left, frame.width - room.right), y: axis(box.y1, box.y2, pan.y, room.top, frame.height - room.bottom) };
}

/**
 * Frame `box` (the nodes shown) so that every one of `named` (the best connected, in model units) has its
 * label at `floorPx`: the zoom that fits `box`, or the least above it at which they are all placed, no
 * closer than fits `named` themselves; centred on `box`, moved only as needed to keep `named` on screen.
 */
export function frameNamed(box: ModelBox, named: readonly ModelLabel[], floorPx: number, room: Room, frame: Frame): Viewport {
  const fit = frameBox(box, frame.width, frame.height, room, frame.minZoom, frame.maxZoom);
  if (named.length === 0) return fit;
  const top = shapesBox(named);
  const cap = Math.max(fit.zoom, frameBox(top, frame.width, frame.height, room, frame.minZoom, frame.maxZoom).zoom);
  const zoom = zoomToName(named, floorPx, LABEL_FONT_SIZE, fit.zoom, cap);
  if (zoom === fit.zoom) return fit;
  const cx = room.left + (frame.width - room.left - room.right) / 2;
  const cy = room.top + (frame.height - room.top - room.bottom) / 2;
  const pan = { x: cx - ((box.x1 + box.x2) / 2) * zoom, y: cy - ((box.y1 + box.y2) / 2) * zoom };
  return { zoom, pan: keepInside(top, zoom, pan, room, frame) };
}
