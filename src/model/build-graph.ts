/** A validated Dataset → the one graphology MultiDirectedGraph that the app and the CLI share. */
import { MultiDirectedGraph } from 'graphology';
import { findAllMentions } from './mentions';
import type { AllegianceGraph, Dataset, EdgeAttributes, GraphAttributes, NodeAttributes, RelationRecord } from './types';

/** A stable, readable edge key: "stalin>purged>kamenev@1936", with "~2", "~3" for repeats. */
export function relationKey(r: Pick<RelationRecord, 'source' | 'type' | 'target' | 'start'>): string {
  return `${r.source}>${r.type}>${r.target}@${r.start ?? 'undated'}`;
}

/** Build the graph. Expects a dataset that passed validation. */
export function buildGraph(dataset: Dataset): AllegianceGraph {
  const { notes } = dataset;
  const relationTypes: GraphAttributes['relationTypes'] = {};
  for (const { id, ...rest } of dataset.relationTypes) relationTypes[id] = rest;
  const slideTitles = [''];
  for (const s of notes.slides) slideTitles[s.number] = s.title;

  const graph: AllegianceGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ relationTypes, notesTitle: notes.title, slideCount: notes.slideCount, slideTitles });

  const mentions = findAllMentions(dataset.entities, notes);
  dataset.entities.forEach((e, i) => {
    graph.addNode(e.id, {
      label: e.label,
      kind: e.kind,
      aliases: e.aliases,
      ...(e.start ? { start: e.start } : {}),
      ...(e.end ? { end: e.end } : {}),
      dateSource: e.dateSource,
      ...(e.summary ? { summary: e.summary } : {}),
      mentions: mentions[i]!,
    });
  });
  const seen = new Map<string, number>();
  for (const r of dataset.relations) {
    const base = relationKey(r);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    graph.addDirectedEdgeWithKey(n === 1 ? base : `${base}~${n}`, r.source, r.target, {
      type: r.type,
      ...(r.start ? { start: r.start } : {}),
      ...(r.end ? { end: r.end } : {}),
      certainty: r.certainty,
      dateSource: r.dateSource,
      evidence: r.evidence.map(({ slide, quote }) => ({ slide, quote })),
      ...(r.note ? { note: r.note } : {}),
    });
  }
  return graph;
}
