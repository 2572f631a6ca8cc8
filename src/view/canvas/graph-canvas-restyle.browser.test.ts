/**
 * On a large graph a filter, a focus and a zoom restyle only what they change (each restyled element costs time in
 * Cytoscape and every redraw there costs about as much as the change): counted from Cytoscape's own `style` events.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import { syntheticGraph } from '../../layout/test-graphs';
import { LARGE_GRAPH_ELEMENTS } from '../../app/canvas/large-graph';
import { DEFAULT_CANVAS_VIEW } from './canvas-view';
import type { GraphCanvas } from './graph-canvas';
import { gridPositions, mountCanvas, unmountCanvases } from './test-canvas';
import { QUIET_MS } from './zoom-gesture';

afterEach(unmountCanvases);

const frame = () => new Promise((r) => requestAnimationFrame(r));

async function largeCanvas(): Promise<{ el: GraphCanvas; cy: Core; graph: ReturnType<typeof syntheticGraph> }> {
  const graph = syntheticGraph(600, 1200, 3);
  expect(graph.order + graph.size).toBeGreaterThanOrEqual(LARGE_GRAPH_ELEMENTS);
  const el = await mountCanvas(graph, { positions: gridPositions(graph), width: 900, height: 600 });
  // Past the start-up's own re-framing (the Key's size, the first resize) and its labels.
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 100));
    await frame();
  }
  return { el, cy: el.instance!, graph };
}

/** Ids of the elements Cytoscape restyles while `change` runs (its `style` event, one per element). */
async function restyledBy(cy: Core, change: () => Promise<void>): Promise<Set<string>> {
  const ids = new Set<string>();
  const on = (e: { target: { id(): string } }) => void ids.add(e.target.id());
  cy.on('style', 'node, edge', on);
  try {
    await change();
  } finally {
    cy.off('style', 'node, edge', on);
  }
  return ids;
}

/** A relation with text on the canvas: a mark ("?") or its label drawn (`labelled`). */
const hasText = (cy: Core, id: string) => String(cy.$id(id).data('mark') ?? '') !== '' || cy.$id(id).hasClass('labelled');

describe('<graph-canvas> restyles what a change changes', () => {
  it('a filter and a focus, on and off, restyle the nodes they hide or show and no relation without text', async () => {
    const { el, cy, graph } = await largeCanvas();
    // As the app gives them: a kind filtered out (every fourth entity's kind), its relations with it.
    const kept = new Set(graph.filterNodes((id) => graph.getNodeAttribute(id, 'kind') !== 'faction'));
    const keptEdges = new Set(graph.filterEdges((_k, _a, s, t) => kept.has(s) && kept.has(t)));
    const hiddenCount = graph.order - kept.size;
    expect(hiddenCount).toBeGreaterThan(50);
    for (const visible of [{ visibleNodes: kept, visibleEdges: keptEdges }, { visibleNodes: null, visibleEdges: null }]) {
      const ids = await restyledBy(cy, async () => {
        el.view = { ...DEFAULT_CANVAS_VIEW, ...visible };
        await el.updateComplete;
        await frame();
      });
      const edges = [...ids].filter((id) => cy.$id(id).isEdge());
      expect(edges.filter((id) => !hasText(cy, id))).toEqual([]);
      // Every node hidden or shown again was restyled (and, beyond those, only nodes whose label moved or resized).
      const switched = graph.filterNodes((id) => !kept.has(id));
      expect(switched.every((id) => ids.has(id))).toBe(true);
      expect(cy.$id(switched[0]!).hasClass('hidden')).toBe(visible.visibleNodes !== null);
    }

    // Focus (one step around a hub) and back: the relations at the hidden nodes are not restyled either way.
    const hub = graph.nodes().reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));
    const near = new Set([hub, ...graph.neighbors(hub)]);
    const nearEdges = new Set(graph.filterEdges((_k, _a, s, t) => near.has(s) && near.has(t)));
    for (const visible of [{ visibleNodes: near, visibleEdges: nearEdges }, { visibleNodes: null, visibleEdges: null }]) {
      const ids = await restyledBy(cy, async () => {
        el.view = { ...DEFAULT_CANVAS_VIEW, selectedNode: hub, ...visible };
        await el.updateComplete;
        await frame();
      });
      const plain = [...ids].filter((id) => cy.$id(id).isEdge() && !hasText(cy, id) && !cy.$id(id).connectedNodes().contains(cy.$id(hub)));
      expect(plain).toEqual([]);
      expect(ids.size).toBeLessThan(graph.order + graph.size / 4);
    }
  }, 60_000);

  it('places the labels in the same task as the change (one redraw), not a frame later', async () => {
    const { el, cy, graph } = await largeCanvas();
    const labelled = graph.nodes().find((id) => !cy.$id(id).hasClass('label-off'))!;
    expect(labelled).toBeDefined();
    el.view = { ...DEFAULT_CANVAS_VIEW, visibleNodes: new Set(graph.nodes().filter((id) => id !== labelled)), visibleEdges: new Set() };
    await el.updateComplete;
    // No frame has run since the change: its labels are already placed (the hidden node's label is left out).
    expect(cy.$id(labelled).hasClass('hidden')).toBe(true);
    expect(cy.$id(labelled).hasClass('label-off')).toBe(true);
  }, 60_000);

  it('places no label while the wheel zooms, and places them for the final zoom once it stops', async () => {
    const { el, cy } = await largeCanvas();
    const canvas = el.shadowRoot!.querySelector('#cy canvas:last-of-type') ?? el.shadowRoot!.querySelector('#cy')!;
    const box = canvas.getBoundingClientRect();
    const wheel = (deltaY: number) => canvas.dispatchEvent(new WheelEvent('wheel', { deltaY, deltaMode: 0, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, bubbles: true, cancelable: true, composed: true }));
    const before = cy.zoom();
    // A wheel turning: a step every 30 ms (due before the quiet time's end even when a busy frame holds the timers
    // back, so the gesture lasts) over the frames that would otherwise have placed the labels.
    const during = await restyledBy(cy, async () => {
      wheel(-100);
      const turning = setInterval(() => wheel(-100), 30);
      for (let i = 0; i < 3; i++) await frame();
      clearInterval(turning);
    });
    expect(cy.zoom()).toBeGreaterThan(before);
    expect([...during].filter((id) => cy.$id(id).isNode())).toEqual([]);
    const after = await restyledBy(cy, async () => {
      await new Promise((r) => setTimeout(r, QUIET_MS + 50));
      await frame();
    });
    expect([...after].some((id) => cy.$id(id).isNode())).toBe(true);
    // The labels drawn now are sized for the zoom reached: none below the floor on screen.
    const sizes = el.renderedLabelSizes().filter((s) => s.kind === 'node');
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes.map((s) => s.px))).toBeGreaterThanOrEqual(el.labelFloor - 0.01);
  }, 60_000);
});
