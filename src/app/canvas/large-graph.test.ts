import { describe, expect, it } from 'vitest';
import { HOVER_REST_MS, LARGE_GRAPH_ELEMENTS, animatesView, hoverRestMs, isLargeGraph, paintPanelFirst } from './large-graph';

const none = { selectedNode: null, selectedEdge: null };

describe('large-graph rules', () => {
  it('counts a graph as large from LARGE_GRAPH_ELEMENTS elements: above the notes (462), below 1,000 synthetic entities (~3,200)', () => {
    expect(isLargeGraph(462)).toBe(false);
    expect(isLargeGraph(LARGE_GRAPH_ELEMENTS - 1)).toBe(false);
    expect(isLargeGraph(LARGE_GRAPH_ELEMENTS)).toBe(true);
    expect(isLargeGraph(3200)).toBe(true);
  });

  it('paints the panel first only on a large graph, and only when the selection moved', () => {
    const big = 16000;
    expect(paintPanelFirst(big, none, { selectedNode: 'a', selectedEdge: null })).toBe(true);
    expect(paintPanelFirst(big, { selectedNode: 'a', selectedEdge: null }, { selectedNode: 'a', selectedEdge: 'e1' })).toBe(true);
    expect(paintPanelFirst(big, { selectedNode: 'a', selectedEdge: null }, none)).toBe(true);
    // a year step, a filter or focus keeps the selection: applied at once
    expect(paintPanelFirst(big, { selectedNode: 'a', selectedEdge: null }, { selectedNode: 'a', selectedEdge: null })).toBe(false);
    // the notes' graph: at once, as before
    expect(paintPanelFirst(462, none, { selectedNode: 'a', selectedEdge: null })).toBe(false);
    // the first view (nothing applied before): at once
    expect(paintPanelFirst(big, undefined, { selectedNode: 'a', selectedEdge: null })).toBe(false);
  });

  it('animates the view only below the threshold', () => {
    expect(animatesView(462)).toBe(true);
    expect(animatesView(5000 + 10769)).toBe(false);
  });

  it('highlights a hover at once on a small graph, after the pointer rests on a large one', () => {
    expect(hoverRestMs(462)).toBe(0);
    expect(hoverRestMs(LARGE_GRAPH_ELEMENTS)).toBe(HOVER_REST_MS);
    expect(HOVER_REST_MS).toBeGreaterThan(0);
  });
});
