import { afterEach, describe, expect, it } from 'vitest';
import data from 'virtual:allegiance-data';
import { loadGraph } from '../../app/shell/load-graph';
import type { Positions } from '../../layout/compute-positions';
import { syntheticGraph } from '../../layout/test-graphs';
import type { AllegianceGraph } from '../../model/types';
import { type CanvasView, DEFAULT_CANVAS_VIEW } from './canvas-view';
import './graph-canvas';
import type { GraphCanvas } from './graph-canvas';

/**
 * A graph given at run time (a saved or imported dataset) gets a first picture drawn by <graph-canvas> from its
 * positions while Cytoscape builds its elements, framed as Cytoscape's first frame, and removed on hand-over.
 */
interface Seen {
  /** The picture's circles in the last frame it was up: model x, model y, screen x, screen y. */
  circles: [number, number, number, number][];
  frames: number;
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

/** Record the picture in `el` every frame while it is up; resolves with what the last frame showed (null: never up). */
function watchPicture(el: GraphCanvas): () => Seen | null {
  let seen: Seen | null = null;
  let watching = true;
  const frame = () => {
    const svg = el.shadowRoot?.getElementById('first-picture');
    if (svg) {
      const circles = [...svg.querySelectorAll('circle')].map((c): [number, number, number, number] => {
        const r = c.getBoundingClientRect();
        return [Number(c.getAttribute('cx')), Number(c.getAttribute('cy')), r.x + r.width / 2, r.y + r.height / 2];
      });
      seen = { circles, frames: (seen?.frames ?? 0) + 1 };
    }
    if (watching) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return () => {
    watching = false;
    return seen;
  };
}

/** Positions on a spiral (a layout would take seconds on a busy machine; the picture only needs some). */
function spiral(graph: AllegianceGraph): Positions {
  return Object.fromEntries(graph.nodes().map((id, i) => [id, { x: Math.cos(i * 0.7) * (40 + 9 * i), y: Math.sin(i * 0.7) * (40 + 9 * i) }]));
}

const drawnOnce = (el: GraphCanvas) => new Promise((resolve) => el.addEventListener('graph-drawn', resolve, { once: true }));
const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

async function mount(graph: AllegianceGraph, positions: Positions, view: CanvasView = DEFAULT_CANVAS_VIEW): Promise<{ el: GraphCanvas; seen: Seen | null }> {
  const el = document.createElement('graph-canvas');
  el.style.width = '900px';
  el.style.height = '600px';
  el.graph = graph;
  el.positions = positions;
  el.view = view;
  const drawn = drawnOnce(el);
  document.body.append(el);
  mounted.push(el);
  const stop = watchPicture(el);
  await drawn;
  await settle();
  return { el, seen: stop() };
}

/** Largest distance between where the picture showed the 20 best connected and where Cytoscape draws them. */
function largestMove(el: GraphCanvas, seen: Seen): number {
  const cy = el.instance!;
  const box = el.shadowRoot!.getElementById('cy')!.getBoundingClientRect();
  const top = cy.nodes().toArray().sort((a, b) => b.degree(false) - a.degree(false)).slice(0, 20);
  return Math.max(
    ...top.map((n) => {
      const p = n.position();
      const circle = seen.circles.find(([x, y]) => Math.abs(x - p.x) <= 0.06 && Math.abs(y - p.y) <= 0.06);
      expect(circle, `the picture drew ${n.id()}`).toBeTruthy();
      return Math.hypot(circle![2] - (box.x + n.renderedPosition().x), circle![3] - (box.y + n.renderedPosition().y));
    }),
  );
}

describe('the first picture of a run-time graph', () => {
  it('is drawn from the positions given, framed as Cytoscape then draws it, and removed once Cytoscape has drawn', async () => {
    const { graph } = loadGraph(data);
    const { el, seen } = await mount(graph!, data.positions);
    expect(seen, 'the picture was painted at least once').not.toBeNull();
    expect(seen!.circles).toHaveLength(graph!.order);
    expect(largestMove(el, seen!)).toBeLessThanOrEqual(3);
    expect(el.shadowRoot!.getElementById('first-picture')).toBeNull();
  });

  it('is drawn again for another graph opened in the same canvas', async () => {
    const { graph } = loadGraph(data);
    const { el } = await mount(graph!, data.positions);
    const other = syntheticGraph(120, 260, 3);
    const stop = watchPicture(el);
    const drawn = drawnOnce(el);
    el.graph = other;
    el.positions = spiral(other);
    await drawn;
    await settle();
    const seen = stop();
    expect(seen!.circles).toHaveLength(other.order);
    expect(largestMove(el, seen!)).toBeLessThanOrEqual(3);
    expect(el.shadowRoot!.getElementById('first-picture')).toBeNull();
  });

  it('is not drawn for a graph that draws within a frame, nor for a view framed around a selection', async () => {
    const small = syntheticGraph(20, 30, 3);
    expect((await mount(small, spiral(small))).seen).toBeNull();
    const { graph } = loadGraph(data);
    const first = graph!.nodes()[0]!;
    expect((await mount(graph!, data.positions, { ...DEFAULT_CANVAS_VIEW, selectedNode: first })).seen).toBeNull();
  });
});
