/** What the entity and relation panels show, as plain data: sentences, caveats, quotes with slide titles, excerpts. */
import { compareRelations, labelOf, otherEnd, relationRef, typeDefOf } from '../../model/queries/relations';
import { relationSpan } from '../../model/queries/time-model';
import { yearOf } from '../../model/queries/dates';
import { dateRangeText, verbOf } from '../../model/queries/sentence';
import type { AllegianceGraph, Certainty, DateSource, EntityKind, Tone } from '../../model/types';
import { bulletEvidence, relationCards, type BulletCard, type RelationCard } from '../shared/evidence';
import { highlightSegments, type NotesIndex, type Segment } from '../shared/notes-index';

export interface EntityRelation {
  edge: string;
  /** The entity at the other end (the entity itself for a self-loop). */
  other: string;
  otherLabel: string;
  /** "1923–1925", or "undated". */
  dates: string;
  /** The relation read from this entity's side, without the other end: "allied with", "was purged by". */
  verb: string;
  outsideNotes: boolean;
  certainty: Certainty;
  tone: Tone;
  evidence: RelationCard[];
  /** The years its dates name, first and last; null when undated (for grouping by period). */
  years: { from: number; to: number } | null;
}

/** A bullet naming the entity, with the names marked. */
export interface Excerpt extends BulletCard {
  segments: Segment[];
}

export interface EntityDetails {
  id: string;
  label: string;
  kind: EntityKind;
  aliases: string[];
  /** "1878–5 Mar 1953", or "" when undated. */
  dates: string;
  datesOutsideNotes: boolean;
  summary: string;
  relations: EntityRelation[];
  excerpts: Excerpt[];
}

export interface RelationDetails {
  edge: string;
  type: string;
  typeLabel: string;
  description: string;
  tone: Tone;
  source: string;
  sourceLabel: string;
  target: string;
  targetLabel: string;
  /** "Joseph Stalin purged Grigory Zinoviev". */
  verb: string;
  dates: string;
  outsideNotes: boolean;
  certainty: Certainty;
  dateSource: DateSource;
  note: string;
  evidence: RelationCard[];
}

/** An entity's panel data, or null for an unknown id. Relations are chronological, undated last. */
export function entityDetails(graph: AllegianceGraph, notes: NotesIndex, id: string): EntityDetails | null {
  if (!graph.hasNode(id)) return null;
  const a = graph.getNodeAttributes(id);
  const relations = graph
    .edges(id)
    .map((edge) => relationRef(graph, edge))
    .sort(compareRelations)
    .map((r) => {
      const asTarget = r.target === id && r.source !== id;
      const other = otherEnd(r, id);
      const [from, to] = [yearOf(r.start ?? r.end), yearOf(r.end ?? r.start)];
      return {
        edge: r.edge,
        other,
        otherLabel: labelOf(graph, other),
        dates: dateRangeText(r.start, r.end) || 'undated',
        verb: verbOf(graph, r.type, asTarget),
        outsideNotes: r.dateSource === 'outside-notes',
        certainty: r.certainty,
        tone: r.tone,
        evidence: relationCards(graph, notes, r),
        years: from !== undefined && to !== undefined ? { from: Math.min(from, to), to: Math.max(from, to) } : null,
      };
    });
  const excerpts: Excerpt[] = [];
  for (const m of a.mentions ?? []) {
    const card = bulletEvidence(notes, m.bullet, [id]);
    if (card) excerpts.push({ ...card, segments: highlightSegments(card.quote, m.ranges ?? []) });
  }
  return {
    id,
    label: a.label || id,
    kind: a.kind,
    aliases: (a.aliases ?? []).filter((n) => n !== a.label),
    dates: dateRangeText(a.start, a.end),
    datesOutsideNotes: a.dateSource === 'outside-notes',
    summary: a.summary ?? '',
    relations,
    excerpts,
  };
}

/** A relation's panel data, or null for an unknown key. */
export function relationDetails(graph: AllegianceGraph, notes: NotesIndex, edge: string): RelationDetails | null {
  if (!graph.hasEdge(edge)) return null;
  const r = relationRef(graph, edge);
  const def = typeDefOf(graph, r.type);
  return {
    edge,
    type: r.type,
    typeLabel: def?.label ?? r.type,
    description: def?.description ?? '',
    tone: r.tone,
    source: r.source,
    sourceLabel: labelOf(graph, r.source),
    target: r.target,
    targetLabel: labelOf(graph, r.target),
    verb: verbOf(graph, r.type, false),
    dates: dateRangeText(r.start, r.end) || 'undated',
    outsideNotes: r.dateSource === 'outside-notes',
    certainty: r.certainty,
    dateSource: r.dateSource,
    note: r.note ?? '',
    evidence: relationCards(graph, notes, r),
  };
}

/** Whether a relation is in force in `year` (always true for null = all years). */
export function inForceIn(graph: AllegianceGraph, edge: string, year: number | null): boolean {
  if (year === null || !graph.hasEdge(edge)) return true;
  const { from, to } = relationSpan(graph, edge);
  return from <= year && year <= to;
}
