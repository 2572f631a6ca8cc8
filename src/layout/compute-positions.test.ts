import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../node/load-files';
import { runPipeline } from '../model/pipeline';
import type { AllegianceGraph } from '../model/types';
import { LAYOUT_GAP, type Positions, computePositions, layoutInput } from './compute-positions';
import { diameterForDegree, nodeExtent } from './label-metrics';
import { overlappingPairs } from './remove-overlaps';
import { emptyGraph, syntheticGraph } from './test-graphs';

/** Drawn boxes (shape plus estimated label) of every node at its position. */
function placed(graph: AllegianceGraph, positions: Positions) {
  return graph.mapNodes((id, a) => ({ ...positions[id]!, extent: nodeExtent(a.label, diameterForDegree(graph.degree(id))) }));
}

function realGraph(): AllegianceGraph {
  const result = runPipeline(readDataDir(resolve(import.meta.dirname, '../../graph-data')));
  if (!result.ok) throw new Error(`the data has problems: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.graph;
}

// Layouts take about a second each here; leave room for a loaded CI machine.
describe('computePositions', { timeout: 60_000 }, () => {
  it('is deterministic: two runs on the same graph give the same numbers', () => {
    const g = syntheticGraph(60, 90, 3);
    expect(computePositions(g)).toEqual(computePositions(g));
  });

  it('does not leave Math.random seeded', () => {
    computePositions(syntheticGraph(10, 12));
    const a = Math.random();
    computePositions(syntheticGraph(10, 12));
    expect(Math.random()).not.toBe(a);
  });

  it('places every node at a finite position', () => {
    const g = syntheticGraph(80, 120);
    const p = computePositions(g);
    expect(Object.keys(p).sort()).toEqual(g.nodes().sort());
    expect(Object.values(p).every(({ x, y }) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
  });

  it('handles an empty graph, one node, and nodes without relations', () => {
    expect(computePositions(emptyGraph())).toEqual({});
    const g = syntheticGraph(12, 0);
    const p = computePositions(g);
    expect(Object.keys(p)).toHaveLength(12);
    expect(overlappingPairs(placed(g, p))).toEqual([]);
  });

  it('leaves no two drawn boxes (shape plus label) overlapping on a graph the size the data will reach', () => {
    const g = syntheticGraph(220, 520, 11);
    const started = performance.now();
    const p = computePositions(g);
    console.info(`layout of ${g.order} nodes, ${g.size} relations: ${Math.round(performance.now() - started)} ms`);
    expect(overlappingPairs(placed(g, p), LAYOUT_GAP - 2)).toEqual([]);
  });

  it('leaves no two drawn boxes overlapping on the real data, whatever its size', () => {
    const g = realGraph();
    const started = performance.now();
    const p = computePositions(g);
    console.info(`layout of the real data (${g.order} nodes, ${g.size} relations): ${Math.round(performance.now() - started)} ms`);
    expect(Object.keys(p)).toHaveLength(g.order);
    expect(overlappingPairs(placed(g, p), LAYOUT_GAP - 2)).toEqual([]);
  });

  it('keys the layout input on what the layout depends on only', () => {
    const g = syntheticGraph(5, 4);
    const before = JSON.stringify(layoutInput(g));
    g.setNodeAttribute('n0', 'summary', 'a change of text the layout does not see');
    expect(JSON.stringify(layoutInput(g))).toBe(before);
    g.setNodeAttribute('n0', 'label', 'A much longer label than before');
    expect(JSON.stringify(layoutInput(g))).not.toBe(before);
  });
});
