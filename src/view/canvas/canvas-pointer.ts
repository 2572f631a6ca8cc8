/**
 * Pointer and keyboard helpers for <graph-canvas> over Cytoscape: the neighbourhood highlight of what is
 * hovered or focused, the larger touch target for nodes, and the node an arrow key moves to.
 */
import type { Core, EventObject, NodeSingular, SingularElementArgument } from 'cytoscape';
import { type Direction, nearestInDirection } from '../../app/canvas/nearest-node';
import { NODE_BORDER } from '../../layout/label-metrics';

/** Half the smallest touch target (WCAG 2.5.5: 44 × 44 CSS px). */
export const TOUCH_RADIUS = 22;

/** The element and its neighbourhood: a node with its edges and their other ends, an edge with its ends. */
export function neighbourhood(ele: SingularElementArgument) {
  return ele.isNode() ? (ele as NodeSingular).closedNeighborhood() : ele.union(ele.connectedNodes());
}

export const isDisplayed = (ele: SingularElementArgument) => !ele.hasClass('hidden') && ele.style('display') !== 'none';

/** Whether a tap came from a finger (or the page reports a coarse pointer). */
export function isTouchTap(e: EventObject): boolean {
  const original = e.originalEvent as Event | undefined;
  if (typeof TouchEvent !== 'undefined' && original instanceof TouchEvent) return true;
  if (original && 'pointerType' in original && (original as PointerEvent).pointerType === 'touch') return true;
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}

/** Rendered radius of a node's shape, border included. */
export const renderedRadius = (n: NodeSingular, zoom: number) => (Number(n.data('size')) / 2 + NODE_BORDER) * zoom;

/**
 * The displayed node a finger meant at a rendered point: the nearest whose centre is within TOUCH_RADIUS
 * px (or within its own drawn radius plus a little, for big nodes), else null.
 */
export function nodeNear(cy: Core, at: { x: number; y: number }): NodeSingular | null {
  const zoom = cy.zoom();
  const hits = (cy.nodes().toArray() as NodeSingular[])
    .filter((n) => isDisplayed(n) && !n.hasClass('faded'))
    .map((n) => {
      const p = n.renderedPosition();
      return { n, d: Math.hypot(p.x - at.x, p.y - at.y), r: Math.max(TOUCH_RADIUS, renderedRadius(n, zoom) + 4) };
    })
    .filter((h) => h.d <= h.r)
    .sort((a, b) => a.d - b.d);
  return hits[0]?.n ?? null;
}

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
export const arrowDirection = (key: string): Direction | undefined => ARROWS[key];

/** The displayed node to move the keyboard focus to from `from` (or, with none, where to start). */
export function nextNode(cy: Core, from: string | null, direction: Direction, start: string | null): string | null {
  const shown = (cy.nodes().toArray() as NodeSingular[]).filter((n) => isDisplayed(n));
  if (shown.length === 0) return null;
  const current = from ? (cy.getElementById(from) as NodeSingular) : null;
  if (!current || current.length === 0 || !isDisplayed(current)) {
    if (start && shown.some((n) => n.id() === start)) return start;
    // The node nearest the middle of the canvas.
    const mid = { x: cy.width() / 2, y: cy.height() / 2 };
    let best = shown[0]!;
    for (const n of shown) {
      const p = n.renderedPosition();
      const q = best.renderedPosition();
      if (Math.hypot(p.x - mid.x, p.y - mid.y) < Math.hypot(q.x - mid.x, q.y - mid.y)) best = n;
    }
    return best.id();
  }
  const points = shown.map((n) => ({ id: n.id(), ...n.renderedPosition() }));
  return nearestInDirection({ id: current.id(), ...current.renderedPosition() }, points, direction);
}
