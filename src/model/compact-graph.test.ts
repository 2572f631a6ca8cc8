import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { realData } from '../node/test-support';
import { compactGraph, expandGraph, isCompactGraph } from './compact-graph';
import { runPipeline } from './pipeline';

function realGraph() {
  const result = runPipeline(realData());
  if (!result.ok) throw new Error('the real data has problems');
  return result.graph;
}

describe('the compact graph form', () => {
  it('gives back exactly the real graph, and graphology imports it', () => {
    const graph = realGraph();
    const exported = graph.export();
    const compact = JSON.parse(JSON.stringify(compactGraph(exported))) as unknown;
    expect(isCompactGraph(compact)).toBe(true);
    expect(expandGraph(compact as never)).toEqual(exported);
    const again = new MultiDirectedGraph();
    again.import(expandGraph(compact as never));
    expect(again.order).toBe(graph.order);
    expect(again.size).toBe(graph.size);
    expect(again.getEdgeAttributes(graph.edges()[5]!)).toEqual(graph.getEdgeAttributes(graph.edges()[5]!));
  });

  it('is much smaller than graph.export() as JSON', () => {
    const exported = realGraph().export();
    const before = JSON.stringify(exported).length;
    const after = JSON.stringify(compactGraph(exported)).length;
    expect(after).toBeLessThan(before * 0.8);
  });

  it('keeps unusual edge keys, absent attributes and values shaped like its own tuples', () => {
    const g = new MultiDirectedGraph();
    g.addNode('a', { label: 'A', tags: [{ $k: 1 }] });
    g.addNode('b');
    g.addEdgeWithKey('odd key', 'a', 'b', { type: 'led', start: '1917' });
    g.addEdgeWithKey('a>led>b@undated', 'a', 'b', { type: 'led', evidence: [{ slide: 1, quote: 'x' }, { slide: 2, quote: 'y' }] });
    const exported = g.export();
    const back = expandGraph(JSON.parse(JSON.stringify(compactGraph(exported))) as never);
    expect(back.edges).toEqual(exported.edges);
    expect(back.nodes[0]).toEqual(exported.nodes[0]);
    expect(back.nodes[1]!.attributes).toEqual({});
  });

  it('refuses a string index that is not in its table', () => {
    const c = compactGraph(realGraph().export());
    c.nodes.keys[0] = c.strings.length + 5;
    expect(() => expandGraph(c)).toThrow(/not in the table/);
  });
});
