import { afterEach, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../layout/test-graphs';
import { LARGE_GRAPH_ELEMENTS } from '../../app/canvas/large-graph';
import { AfterPaint } from './after-paint';
import { DEFAULT_CANVAS_VIEW } from './canvas-view';
import { gridPositions, mountCanvas, unmountCanvases } from './test-canvas';

afterEach(unmountCanvases);

/** When a change deferred "after the paint" has been applied: a task queued after it, after the next paint. */
const afterPaint = () => new Promise((r) => new AfterPaint().run(() => r(undefined)));

describe('<graph-canvas> on a large graph', () => {
  it('restyles a new selection after the next paint, applies the latest of quick changes, and year-like changes at once', async () => {
    const graph = syntheticGraph(600, 1200, 3);
    expect(graph.order + graph.size).toBeGreaterThanOrEqual(LARGE_GRAPH_ELEMENTS);
    // A grid (fcose on 600 nodes would take most of the test): positions are given, not the subject here.
    const el = await mountCanvas(graph, { positions: gridPositions(graph), width: 900, height: 600 });
    const cy = el.instance!;
    const [a, b] = graph.filterNodes((id) => graph.degree(id) > 0);
    // The large graph's style sheet: relations as straight haystack lines (canvas-style-large.ts).
    expect(el.largeStyle).toBe(true);
    expect(cy.edges().every((e) => e.style('curve-style') === 'haystack')).toBe(true);

    // A click: the panel's update finishes before the canvas is touched; the canvas follows after the paint.
    el.view = { ...DEFAULT_CANVAS_VIEW, selectedNode: a! };
    await el.updateComplete;
    expect(cy.$id(a!).hasClass('selected')).toBe(false);
    // A second click before the paint: only the latest selection is applied.
    el.view = { ...DEFAULT_CANVAS_VIEW, selectedNode: b! };
    await el.updateComplete;
    await afterPaint();
    expect(cy.$id(a!).hasClass('selected')).toBe(false);
    expect(cy.$id(b!).hasClass('selected')).toBe(true);
    expect(cy.$id(b!).connectedEdges().every((e) => e.classes().includes('incident'))).toBe(true);
    // Around the selection the relations keep the full look (curved, with arrows); the rest stay lean.
    expect(cy.$id(b!).connectedEdges().every((e) => e.style('curve-style') === 'bezier')).toBe(true);
    expect(cy.edges().not(cy.$id(b!).connectedEdges()).every((e) => e.style('curve-style') === 'haystack')).toBe(true);
    // The view jumped to the selection (no animation on a large graph) and its labels are placed.
    expect(cy.animated()).toBe(false);
    expect(cy.$id(b!).hasClass('label-off')).toBe(false);

    // A year-like change that keeps the selection: at once.
    const visibleNodes = new Set(graph.nodes().slice(0, 300).concat(b!));
    el.view = { ...el.view, visibleNodes, visibleEdges: new Set() };
    await el.updateComplete;
    expect(cy.$id(graph.nodes()[400]!).hasClass('hidden')).toBe(true);
    expect(cy.$id(b!).hasClass('selected')).toBe(true);

    // A selection then, at once, a filter: the filter applies both, nothing is left pending.
    el.view = { ...el.view, selectedNode: a! };
    await el.updateComplete;
    el.view = { ...el.view, visibleNodes: null, visibleEdges: null };
    await el.updateComplete;
    expect(cy.$id(a!).hasClass('selected')).toBe(true);
    expect(cy.$id(graph.nodes()[400]!).hasClass('hidden')).toBe(false);
    await afterPaint();
    expect(cy.$id(a!).hasClass('selected')).toBe(true);
    expect(cy.$id(b!).hasClass('selected')).toBe(false);

    // Another graph, below the threshold, in the same canvas: the standard style sheet again.
    const small = syntheticGraph(40, 60, 9);
    const redrawn = new Promise((resolve) => el.addEventListener('graph-drawn', resolve, { once: true }));
    el.positions = Object.fromEntries(small.nodes().map((id, i) => [id, { x: (i % 8) * 90, y: Math.floor(i / 8) * 70 }]));
    el.graph = small;
    el.view = DEFAULT_CANVAS_VIEW;
    await redrawn;
    expect(el.largeStyle).toBe(false);
    // Crossing the threshold re-creates the instance (its viewport options are read only at creation).
    const smallCy = el.instance!;
    expect(smallCy.edges().length).toBe(small.size);
    expect(smallCy.edges().every((e) => e.style('curve-style') === 'bezier')).toBe(true);
  }, 60_000);
});

describe('<graph-canvas> below the large-graph threshold', () => {
  it('keeps the standard style sheet: curved relations with arrows', async () => {
    const graph = syntheticGraph(60, 90, 5);
    expect(graph.order + graph.size).toBeLessThan(LARGE_GRAPH_ELEMENTS);
    const el = await mountCanvas(graph, { positions: gridPositions(graph, 10) });
    expect(el.largeStyle).toBe(false);
    expect(el.instance!.edges().every((e) => e.style('curve-style') === 'bezier')).toBe(true);
  }, 60_000);
});

