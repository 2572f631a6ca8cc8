import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { compactGraph } from '../../src/model/compact-graph';
import { buildGraph } from '../../src/model/build-graph';
import { inForceAt } from '../../src/model/queries/time-model';
import { realDataset } from '../../src/node/test-support';
import { floorElements, floorYears } from './vite.config';

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

describe('floorYears', () => {
  it("gives each year of the notes' period the classes of the app's year filter: hidden exactly the relations not in force", () => {
    const notes = buildGraph(realDataset());
    const years = floorYears({ graph: notes.export() })!;
    expect(years.from).toBeLessThan(years.to);
    expect(Object.keys(years.years)).toHaveLength(years.to - years.from + 1);
    const year = 1927;
    const inForce = new Set(inForceAt(notes, year).relations);
    const hiddenEdges = notes.edges().filter((key) => years.years[year]![key] === 'hidden');
    expect(hiddenEdges.length).toBeGreaterThan(0);
    for (const key of hiddenEdges) expect(inForce.has(key)).toBe(false);
    // Years differ: a step changes something.
    expect(years.years[years.from]).not.toEqual(years.years[year]);
  });
});
