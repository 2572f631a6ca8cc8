/** Rows of the relation list (the canvas's text alternative), and their sorting. */
import { dateKey, yearOf } from '../../model/queries/dates';
import { labelOf, relationRef, slidesOf, typeDefOf } from '../../model/queries/relations';
import { dateRangeText } from '../../model/queries/sentence';
import type { AllegianceGraph, Certainty, Tone } from '../../model/types';
import { relationCards, type RelationCard } from '../shared/evidence';
import { indexNotes, type NotesIndex } from '../shared/notes-index';

export interface RelationRow {
  edge: string;
  source: string;
  sourceLabel: string;
  /** The type's label: "allied with". */
  relation: string;
  /** The type's id: "allied-with". */
  type: string;
  tone: Tone;
  target: string;
  targetLabel: string;
  /** "1923–1925", or "undated". */
  dates: string;
  /** Sortable start date ("~" when undated, so undated sort last). */
  dateSort: string;
  outsideNotes: boolean;
  certainty: Certainty;
  slides: number[];
  /** The years the dates name (first and last); null when undated. */
  years: { from: number; to: number } | null;
  /** The relation's quotes, one EvidenceCard each (verbatim, with slide number and title). */
  evidence: RelationCard[];
}

export const SORT_KEYS = ['source', 'relation', 'target', 'dates', 'slides'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/** One row per edge key, in the order given; unknown keys are skipped. Without `notes`, slide titles come from the graph. */
export function relationRows(graph: AllegianceGraph, edges: Iterable<string>, notes?: NotesIndex): RelationRow[] {
  const rows: RelationRow[] = [];
  const index = notes ?? indexNotes(null, graph.getAttribute('slideTitles') ?? []);
  for (const edge of edges) {
    if (!graph.hasEdge(edge)) continue;
    const r = relationRef(graph, edge);
    const from = yearOf(r.start ?? r.end);
    const to = yearOf(r.end ?? r.start);
    rows.push({
      edge,
      source: r.source,
      sourceLabel: labelOf(graph, r.source),
      relation: typeDefOf(graph, r.type)?.label ?? r.type,
      type: r.type,
      tone: r.tone,
      target: r.target,
      targetLabel: labelOf(graph, r.target),
      dates: dateRangeText(r.start, r.end) || 'undated',
      dateSort: `${dateKey(r.start ?? r.end)}|${dateKey(r.end)}`,
      outsideNotes: r.dateSource === 'outside-notes',
      certainty: r.certainty,
      slides: slidesOf(r.evidence),
      years: from !== undefined && to !== undefined ? { from: Math.min(from, to), to: Math.max(from, to) } : null,
      evidence: relationCards(graph, index, r),
    });
  }
  return rows;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareBy(key: SortKey, a: RelationRow, b: RelationRow): number {
  switch (key) {
    case 'source':
      return collator.compare(a.sourceLabel, b.sourceLabel);
    case 'relation':
      return collator.compare(a.relation, b.relation);
    case 'target':
      return collator.compare(a.targetLabel, b.targetLabel);
    case 'dates':
      return a.dateSort < b.dateSort ? -1 : a.dateSort > b.dateSort ? 1 : 0;
    case 'slides':
      return (a.slides[0] ?? Infinity) - (b.slides[0] ?? Infinity) || (a.slides.length - b.slides.length);
  }
}

/** Sorted copy; ties fall back to dates, then edge key, so the order is stable and total. */
export function sortRows(rows: readonly RelationRow[], key: SortKey, direction: SortDirection): RelationRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compareBy(key, a, b) || compareBy('dates', a, b) || (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0));
}
