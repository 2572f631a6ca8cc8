/** The zoom and pan that frame a box of the model in a canvas, with room around it (screen px). */

export interface ModelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Room {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** Centre `box` in a `width`×`height` canvas at the largest zoom that leaves `room` around it, within [minZoom, maxZoom]. */
export function frameBox(box: ModelBox, width: number, height: number, room: Room, minZoom: number, maxZoom: number): Viewport {
  const w = Math.max(1, width - room.left - room.right);
  const h = Math.max(1, height - room.top - room.bottom);
  const zoom = Math.max(minZoom, Math.min(maxZoom, w / Math.max(1, box.x2 - box.x1), h / Math.max(1, box.y2 - box.y1)));
  // Centre the box in the room left for it.
  const cx = room.left + w / 2;
  const cy = room.top + h / 2;
  return { zoom, pan: { x: cx - ((box.x1 + box.x2) / 2) * zoom, y: cy - ((box.y1 + box.y2) / 2) * zoom } };
}
