/** What the explorer derives once from the loaded graph: the URL vocabulary, the period, filter options with counts, the notes index. */
import { periodOf } from '../../model/queries/dates';
import { ENTITY_KINDS, TONES, type AllegianceGraph, type EntityKind, type Tone } from '../../model/types';
import { indexNotes, type NotesIndex, type NotesSlice } from '../shared/notes-index';
import { tracingIds } from '../tracing/tracing';
import type { Vocabulary } from './url-state';

/** One checkbox of a filter: a value, its label, how many of it the graph holds. */
export interface FilterOption<T extends string = string> {
  id: T;
  label: string;
  count: number;
  tone?: Tone;
}

export interface ExplorerData {
  graph: AllegianceGraph;
  notes: NotesIndex;
  vocab: Vocabulary;
  /** The years the slider covers. */
  period: { from: number; to: number };
  /** Relation type ids in the order of relation-types.yaml (the URL writes them in this order). */
  typeOrder: string[];
  kindOptions: FilterOption<EntityKind>[];
  typeOptions: FilterOption[];
  toneOptions: FilterOption<Tone>[];
}

/** The slider's range when nothing in the graph is dated. */
export const FALLBACK_PERIOD = { from: 1917, to: 1953 };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function countBy<T>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Derive everything once. Kinds and types absent from the graph get no checkbox; every tone does. */
export function prepareExplorer(graph: AllegianceGraph, notes: NotesSlice | null | undefined): ExplorerData {
  const types = graph.getAttribute('relationTypes') ?? {};
  const typeOrder = Object.keys(types);
  const kindCounts = countBy(graph.mapNodes((_n, a) => a.kind));
  const typeCounts = countBy(graph.mapEdges((_e, a) => a.type));
  const toneCounts = countBy(graph.mapEdges((_e, a) => types[a.type]?.tone ?? 'neutral'));
  const period = periodOf(graph);
  return {
    graph,
    notes: indexNotes(notes, graph.getAttribute('slideTitles') ?? []),
    vocab: { hasEntity: (id) => graph.hasNode(id), hasEdge: (key) => graph.hasEdge(key), types: typeOrder, period, hasTracingItem: (id) => tracingIds(graph).has(id), slideCount: graph.getAttribute('slideCount') || notes?.slides.length || 68 },
    period: period && Number.isFinite(period.from) && Number.isFinite(period.to) ? period : FALLBACK_PERIOD,
    typeOrder,
    kindOptions: ENTITY_KINDS.filter((k) => kindCounts.has(k)).map((k) => ({ id: k, label: capitalise(k), count: kindCounts.get(k)! })),
    typeOptions: typeOrder.filter((t) => typeCounts.has(t)).map((t) => ({ id: t, label: types[t]!.label, count: typeCounts.get(t)!, tone: types[t]!.tone })),
    toneOptions: TONES.map((t) => ({ id: t, label: capitalise(t), count: toneCounts.get(t) ?? 0, tone: t })),
  };
}
