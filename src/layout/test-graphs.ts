/** Graphs for the layout and canvas tests: a seeded synthetic graph the size the finished data will reach. */
import { MultiDirectedGraph } from 'graphology';
import { ENTITY_KINDS, type AllegianceGraph, type EdgeAttributes, type GraphAttributes, type NodeAttributes, type Tone } from '../model/types';
import { mulberry32 } from './seeded-random';

const TYPES: [string, string, string, Tone, boolean][] = [
  ['allied-with', 'allied with', 'allied with', 'friendly', true],
  ['supported', 'supported', 'was supported by', 'friendly', false],
  ['opposed', 'opposed', 'was opposed by', 'hostile', false],
  ['purged', 'purged', 'was purged by', 'hostile', false],
  ['led', 'led', 'was led by', 'neutral', false],
  ['member-of', 'member of', 'had as member', 'neutral', false],
];

/** Relation types like graph-data/relation-types.yaml's, kinds left open. */
export const TEST_RELATION_TYPES: GraphAttributes['relationTypes'] = Object.fromEntries(
  TYPES.map(([id, label, inverseLabel, tone, symmetric]) => [id, { label, inverseLabel, tone, symmetric, sourceKinds: [...ENTITY_KINDS], targetKinds: [...ENTITY_KINDS] }]),
);

const WORDS = ['Central', 'Committee', 'Kamenev', 'Zinoviev', 'Bukharin', 'Trotsky', 'Left', 'Opposition', 'New', 'Economic', 'Policy', 'Kronstadt', 'Mutiny', 'Workers', 'Peasants', 'Sovnarkom', 'Five-Year', 'Plan', 'Great', 'Terror', 'Show', 'Trial', 'Red', 'Army', 'Kulaks', 'Industrialisation', 'Socialism', 'in', 'One', 'Country', 'Tukhachevsky', 'Ordzhonikidze'];

/** An empty graph with the test relation types. */
export function emptyGraph(): AllegianceGraph {
  const g: AllegianceGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  g.replaceAttributes({ relationTypes: TEST_RELATION_TYPES, notesTitle: 'Test notes', slideCount: 1, slideTitles: [''] });
  return g;
}

/**
 * A seeded random graph: labels of one to four words, hubs (edges attach preferentially), some isolated
 * nodes, some parallel relations. Same arguments, same graph.
 */
export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 7): AllegianceGraph {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const g = emptyGraph();
  for (let i = 0; i < nodeCount; i++) {
    const words = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(WORDS));
    g.addNode(`n${i}`, { label: `${words.join(' ')} ${i}`, kind: ENTITY_KINDS[i % ENTITY_KINDS.length]!, aliases: [], dateSource: 'notes', mentions: [] });
  }
  const ends: string[] = [];
  const connected = Math.floor(nodeCount * 0.9); // the last tenth stay isolated
  for (let e = 0; e < edgeCount && connected > 1; e++) {
    const s = ends.length && rnd() < 0.5 ? pick(ends) : `n${Math.floor(rnd() * connected)}`;
    let t = ends.length && rnd() < 0.3 ? pick(ends) : `n${Math.floor(rnd() * connected)}`;
    if (t === s) t = `n${(Number(s.slice(1)) + 1) % connected}`;
    const [type] = pick(TYPES);
    const certainty = rnd() < 0.15 ? 'suspected' : 'stated';
    g.addDirectedEdgeWithKey(`e${e}`, s, t, { type, certainty, dateSource: rnd() < 0.2 ? 'outside-notes' : 'notes', evidence: [{ slide: 1, quote: 'q' }], start: `${1918 + (e % 38)}` });
    ends.push(s, t);
  }
  return g;
}
