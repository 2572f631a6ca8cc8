// The layout worker, run for real in Chromium, places the real notes exactly where the build-time layout (Node) did.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import data from 'virtual:allegiance-data';
import { describe, expect, it } from 'vitest';
import { layoutInput } from '../../layout/compute-positions';
import type { AllegianceGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../../model/types';
import { runLayoutInWorker } from './run-layout';

describe('the layout worker', () => {
  it('gives every node of the real graph the position the build-time layout gave it', async () => {
    const graph: AllegianceGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    graph.import(data.graph as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
    const { positions, ms } = await runLayoutInWorker(layoutInput(graph));
    console.info(`layout worker: ${graph.order} nodes in ${Math.round(ms)} ms`);
    expect(Object.keys(positions).sort()).toEqual(graph.nodes().sort());
    expect(positions).toEqual(data.positions);
  }, 120_000);

  it('rejects with a message when the input cannot be laid out, and the page goes on', async () => {
    await expect(runLayoutInWorker({ version: 0, nodes: null, links: [] } as never)).rejects.toThrow(/\w/);
  }, 120_000);
});
