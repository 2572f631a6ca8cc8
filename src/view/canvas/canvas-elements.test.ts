import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { emptyGraph } from '../../layout/test-graphs';
import type { AllegianceGraph, EdgeAttributes } from '../../model/types';
import { EDGE_LABEL_LIMIT, edgeLabel, nodeSizes, toElements, viewClasses } from './canvas-elements';
import { KIND_STYLE, canvasStyle } from './canvas-style';
import { type CanvasView, DEFAULT_CANVAS_VIEW } from './canvas-view';

/** Stalin, Trotsky, Kamenev, the NEP and the Left: one relation of each tone, certainty and date source. */
function smallGraph(): AllegianceGraph {
  const g = emptyGraph();
  const node = (id: string, label: string, kind: 'person' | 'policy' | 'faction') => g.addNode(id, { label, kind, aliases: [], dateSource: 'notes', mentions: [] });
  node('stalin', 'Joseph Stalin', 'person');
  node('trotsky', 'Leon Trotsky', 'person');
  node('kamenev', 'Lev Kamenev', 'person');
  node('nep', 'New Economic Policy', 'policy');
  node('left', 'The Left', 'faction');
  const edge = (key: string, s: string, type: string, t: string, extra: Partial<EdgeAttributes> = {}) =>
    g.addDirectedEdgeWithKey(key, s, t, { type, certainty: 'stated', dateSource: 'notes', evidence: [{ slide: 1, quote: 'q' }], ...extra });
  edge('allied', 'stalin', 'allied-with', 'kamenev', { start: '1923', end: '1925' });
  edge('opposed', 'stalin', 'opposed', 'trotsky', { start: '1923-05' });
  edge('led', 'trotsky', 'led', 'left', { certainty: 'suspected', dateSource: 'outside-notes' });
  edge('supported', 'kamenev', 'supported', 'nep', { certainty: 'disputed' });
  return g;
}

const byId = (els: cytoscape.ElementDefinition[], id: string) => els.find((e) => e.data.id === id)!;
const classesOf = (els: cytoscape.ElementDefinition[], id: string) => byId(els, id).classes as string[];

describe('toElements', () => {
  const g = smallGraph();
  const els = toElements(g, { stalin: { x: 10, y: 20 } });

  it('makes one element per node and edge, nodes first, at the given positions', () => {
    expect(els).toHaveLength(9);
    expect(els.slice(0, 5).every((e) => e.group === 'nodes')).toBe(true);
    expect(byId(els, 'stalin').position).toEqual({ x: 10, y: 20 });
    expect(byId(els, 'nep').position).toBeUndefined();
    expect(byId(els, 'opposed').data).toMatchObject({ source: 'stalin', target: 'trotsky', type: 'opposed' });
  });

  it('classes nodes by kind', () => {
    expect(classesOf(els, 'stalin')).toEqual(['kind-person']);
    expect(classesOf(els, 'nep')).toEqual(['kind-policy']);
    expect(classesOf(els, 'left')).toEqual(['kind-faction']);
  });

  it('classes edges by tone, direction, certainty and date source', () => {
    expect(classesOf(els, 'allied')).toEqual(['tone-friendly', 'symmetric', 'certainty-stated']);
    expect(classesOf(els, 'opposed')).toEqual(['tone-hostile', 'directed', 'certainty-stated']);
    expect(classesOf(els, 'led')).toEqual(['tone-neutral', 'directed', 'certainty-suspected', 'tentative', 'date-outside-notes']);
    expect(classesOf(els, 'supported')).toEqual(['tone-friendly', 'directed', 'certainty-disputed', 'tentative']);
  });

  it('marks tentative edges with "?" and labels edges with type and years', () => {
    expect(byId(els, 'led').data.mark).toBe('?');
    expect(byId(els, 'opposed').data.mark).toBe('');
    expect(edgeLabel(g, 'allied')).toBe('allied with (1923–1925)');
    expect(edgeLabel(g, 'opposed')).toBe('opposed (1923)');
    expect(edgeLabel(g, 'led')).toBe('led ?');
  });

  it('sizes nodes by degree, or by a score map', () => {
    const byDegree = nodeSizes(g, 'degree');
    expect(byDegree.get('stalin')!).toBeGreaterThan(byDegree.get('nep')!);
    const byScore = nodeSizes(g, { nep: 1, stalin: 0 });
    expect(byScore.get('nep')!).toBeGreaterThan(byScore.get('stalin')!);
    expect(byScore.get('left')).toBe(byScore.get('stalin')); // missing from the map: smallest
  });
});

describe('the style sheet applied to the elements (headless Cytoscape)', () => {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(smallGraph(), {}), style: canvasStyle() });
  const style = (id: string, prop: string) => cy.$id(id).style(prop) as string;

  it('draws arrows on directed types only', () => {
    expect(style('opposed', 'target-arrow-shape')).toBe('triangle');
    expect(style('led', 'target-arrow-shape')).toBe('triangle');
    expect(style('allied', 'target-arrow-shape')).toBe('none');
    expect(style('allied', 'source-arrow-shape')).toBe('none');
  });

  it('gives each tone its own line style and each kind its own shape', () => {
    expect(style('allied', 'line-style')).toBe('solid');
    expect(style('opposed', 'line-style')).toBe('dashed');
    expect(parseFloat(style('opposed', 'width'))).toBeGreaterThan(parseFloat(style('led', 'width')));
    expect(style('stalin', 'shape')).toBe('ellipse');
    expect(style('nep', 'shape')).toBe('round-rectangle');
    expect(style('left', 'shape')).toBe('hexagon');
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
    expect(style('stalin', 'background-color')).toBe(rgb(KIND_STYLE.person.colour));
    expect(style('nep', 'background-color')).toBe(rgb(KIND_STYLE.policy.colour));
    expect(style('opposed', 'arrow-scale')).toBe('1.3');
    expect(style('led', 'arrow-scale')).toBe('1.5');
  });

  it('makes tentative relations look tentative and marks dates from outside the notes', () => {
    expect(parseFloat(style('supported', 'opacity'))).toBeLessThan(1);
    expect(style('supported', 'line-style')).toBe('dashed'); // a dotted pattern with round caps
    expect(style('led', 'mid-target-arrow-shape')).toBe('circle');
    expect(style('opposed', 'mid-target-arrow-shape')).toBe('none');
  });
});

describe('viewClasses', () => {
  const g = smallGraph();
  const view = (v: Partial<CanvasView>): CanvasView => ({ ...DEFAULT_CANVAS_VIEW, ...v });

  it('gives nothing to anything when everything is shown', () => {
    const { nodes, edges } = viewClasses(g, DEFAULT_CANVAS_VIEW);
    expect([...nodes.values(), ...edges.values()].every((c) => c === '')).toBe(true);
  });

  it('hides nodes and edges outside the visible sets', () => {
    const { nodes, edges } = viewClasses(g, view({ visibleNodes: new Set(['stalin', 'kamenev', 'trotsky']), visibleEdges: new Set(['allied', 'led']) }));
    expect(nodes.get('nep')).toBe('hidden');
    expect(nodes.get('stalin')).toBe('');
    expect(edges.get('allied')).toBe('');
    expect(edges.get('opposed')).toBe('hidden'); // not in visibleEdges
    // The Left is hidden, and Cytoscape hides its edges with it: no entry, so the edge is not restyled.
    expect(edges.has('led')).toBe(false);
  });

  it('leaves out every edge with a hidden end in hide mode, listed or not, and only those', () => {
    const shown = new Set(['stalin', 'kamenev']);
    const { edges } = viewClasses(g, view({ visibleNodes: shown, visibleEdges: new Set() }));
    g.forEachEdge((key, _a, source, target) => {
      if (shown.has(source) && shown.has(target)) expect(edges.get(key)).toBe('hidden');
      else expect(edges.has(key)).toBe(false);
    });
    expect(edges.size).toBeGreaterThan(0);
    expect(edges.size).toBeLessThan(g.size);
  });

  it('gives an edge with a hidden end no entry in hide mode, listed or not, so hiding nodes restyles no edge', () => {
    const shown = { visibleNodes: new Set(['stalin', 'kamenev']), visibleEdges: new Set(['allied']) };
    const hidden = viewClasses(g, view(shown));
    expect(hidden.nodes.get('trotsky')).toBe('hidden');
    // 'opposed' (to Trotsky), 'led' (Trotsky to the Left), 'supported' (to the NEP): an end hidden, none listed.
    expect(['opposed', 'led', 'supported'].map((k) => hidden.edges.has(k))).toEqual([false, false, false]);
    // As the canvas applies them: an element without an entry keeps its classes; only those whose classes differ change.
    const all = viewClasses(g, DEFAULT_CANVAS_VIEW);
    const on = new Map([...all.nodes, ...all.edges]);
    const step = (maps: ReturnType<typeof viewClasses>) => {
      const changed = [...maps.nodes, ...maps.edges].filter(([id, c]) => on.get(id) !== c);
      for (const [id, c] of changed) on.set(id, c);
      return changed.map(([id]) => id).sort();
    };
    expect(step(hidden)).toEqual(['left', 'nep', 'trotsky']);
    expect(step(all)).toEqual(['left', 'nep', 'trotsky']);
    // In fade mode the same edges are drawn, so they fade.
    expect(viewClasses(g, view({ ...shown, mode: 'fade' })).edges.get('opposed')).toBe('faded');
  });

  it('fades instead of hiding in fade mode, edges with a faded end too, and still marks the selection', () => {
    const { nodes, edges } = viewClasses(g, view({ visibleNodes: new Set(['stalin', 'kamenev']), mode: 'fade', selectedNode: 'nep' }));
    expect(nodes.get('nep')).toBe('faded selected');
    expect(edges.get('opposed')).toBe('faded');
    expect(edges.get('allied')).toBe('');
  });

  it('marks the selected node and its incident edges', () => {
    const { nodes, edges } = viewClasses(g, view({ selectedNode: 'stalin', selectedEdge: 'led' }));
    expect(nodes.get('stalin')).toBe('selected');
    expect(edges.get('allied')).toBe('incident labelled');
    expect(edges.get('opposed')).toBe('incident labelled');
    expect(edges.get('led')).toBe('selected labelled');
    expect(edges.get('supported')).toBe('');
  });

  it('labels the edges at a hub only up to the limit, but always the selected edge', () => {
    const g = smallGraph();
    for (let i = 0; i <= EDGE_LABEL_LIMIT; i++) {
      g.addNode(`x${i}`, { label: `X ${i}`, kind: 'person', aliases: [], dateSource: 'notes', mentions: [] });
      g.addDirectedEdgeWithKey(`hub${i}`, 'stalin', `x${i}`, { type: 'purged', certainty: 'stated', dateSource: 'notes', evidence: [] });
    }
    const { edges } = viewClasses(g, view({ selectedNode: 'stalin', selectedEdge: 'hub3' }));
    expect(edges.get('hub0')).toBe('incident');
    expect(edges.get('hub3')).toBe('selected incident labelled');
  });

  it('highlights the emphasis (nodes listed and ends of edges listed) and dims the rest', () => {
    const { nodes, edges } = viewClasses(g, view({ highlightNodes: new Set(['stalin']), highlightEdges: new Set(['opposed']) }));
    expect(nodes.get('stalin')).toBe('highlighted');
    expect(nodes.get('trotsky')).toBe('highlighted');
    expect(nodes.get('kamenev')).toBe('dimmed');
    expect(edges.get('opposed')).toBe('highlighted labelled');
    expect(edges.get('allied')).toBe('dimmed');
  });

  it('with only nodes to highlight, lights the edges between them', () => {
    const { edges } = viewClasses(g, view({ highlightNodes: new Set(['stalin', 'kamenev']), highlightEdges: null }));
    expect(edges.get('allied')).toBe('highlighted labelled');
    expect(edges.get('opposed')).toBe('dimmed');
  });
});
