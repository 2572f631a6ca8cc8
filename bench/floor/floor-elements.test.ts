import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { compactGraph } from '../../src/model/compact-graph';
import { floorElements } from './vite.config';

const graph = {
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  attributes: {},
  nodes: [
    { key: 'stalin', attributes: { label: 'Joseph Stalin', kind: 'person', aliases: [], mentions: [] } },
    { key: 'trotsky', attributes: { label: 'Leon Trotsky', kind: 'person', aliases: [], mentions: [] } },
  ],
  edges: [{ key: 'stalin>opposed>trotsky', source: 'stalin', target: 'trotsky', attributes: { type: 'opposed', evidence: [] } }],
} as unknown as SerializedGraph;
const positions = { stalin: { x: 1, y: 2 }, trotsky: { x: 3, y: 4 } };

describe('floorElements', () => {
  it('draws a module in the compact form (large datasets) exactly as the plain one', () => {
    const plain = floorElements({ graph, positions } as never);
    expect(plain).toHaveLength(3);
    expect(floorElements({ graph: compactGraph(graph), positions } as never)).toEqual(plain);
  });
});
