/** Arrow-key movement between nodes: the nearest node in the arrow's direction. */

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
  id: string;
  x: number;
  y: number;
}

const UNIT: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The point nearest to `from` in `direction` (screen coordinates, y down): among the points within 45° of
 * the direction, the one with the least distance along it plus twice the distance across; if none lies in
 * that cone, the same over the whole half-plane ahead. Null when nothing lies ahead.
 */
export function nearestInDirection(from: Point, points: readonly Point[], direction: Direction): string | null {
  const [ux, uy] = UNIT[direction];
  let best: { id: string; score: number; cone: boolean } | null = null;
  for (const p of points) {
    if (p.id === from.id) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * ux + dy * uy;
    if (along <= 0) continue;
    const across = Math.abs(dx * uy - dy * ux);
    const cone = across <= along;
    const score = along + 2 * across;
    if (!best || (cone && !best.cone) || (cone === best.cone && score < best.score)) best = { id: p.id, score, cone };
  }
  return best?.id ?? null;
}
