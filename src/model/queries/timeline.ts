/** One entity's story: its relations in date order as sentences, as copyable text, and as swimlane data. */
import type { AllegianceGraph, Certainty, DateSource, Tone } from '../types';
import { isLastingType, periodOf, yearOf } from './dates';
import { compareRelations, labelOf, otherEnd, relationRef, slidesOf, typeDefOf, type RelationRef } from './relations';
import { relationSpan } from './time-model';
import { certaintyText, datedText, quoteText, relationSentence, slidesText } from './sentence';

export interface TimelineEntry {
  date?: string;
  endDate?: string;
  edge: string;
  /** The entity at the other end (the entity itself for a self-loop). */
  other: string;
  type: string;
  /** "1923–1925: allied with Lev Kamenev (slide 33)": dates with caveats, the relation from this entity's side, certainty, slides. */
  sentence: string;
  /** The bare relation from this entity's side: "allied with Lev Kamenev". */
  phrase: string;
  slides: number[];
  dateSource: DateSource;
  certainty: Certainty;
  tone: Tone;
  /** The relation's note from the data (why a hedge, what a date means), when it has one. */
  note?: string;
}

/** The relations of an entity (both directions, self-loops once), chronological. */
function relationsOf(graph: AllegianceGraph, id: string): RelationRef[] {
  if (!graph.hasNode(id)) return [];
  return graph.edges(id).map((edge) => relationRef(graph, edge)).sort(compareRelations);
}

/**
 * Everything that happened to an entity, chronological by start (a relation with only an end date sorts by
 * its end); undated relations come last. Outgoing relations read with the type's label, incoming ones
 * with its inverse label. Dates outside the notes and suspected or disputed relations are marked.
 */
export function entityTimeline(graph: AllegianceGraph, id: string): TimelineEntry[] {
  return relationsOf(graph, id).map((r) => {
    const phrase = relationSentence(graph, r, id);
    const slides = slidesOf(r.evidence);
    const cited = slidesText(slides);
    return {
      ...(r.start ? { date: r.start } : {}),
      ...(r.end ? { endDate: r.end } : {}),
      edge: r.edge,
      other: otherEnd(r, id),
      type: r.type,
      sentence: `${datedText(r)}: ${phrase}${certaintyText(r)}${cited ? ` (${cited})` : ''}`,
      phrase,
      slides,
      dateSource: r.dateSource,
      certainty: r.certainty,
      tone: r.tone,
      ...(r.note ? { note: r.note } : {}),
    };
  });
}

/** The timeline as a copyable plain-text block: a heading, then one line per relation, optionally with its quotes and note (the full form). */
export function timelineText(graph: AllegianceGraph, id: string, options: { withQuotes?: boolean } = {}): string {
  if (!graph.hasNode(id)) return `Timeline of ${id}\n\nNo such entity.`;
  const { kind } = graph.getNodeAttributes(id);
  const heading = `Timeline of ${labelOf(graph, id)}${kind ? ` (${kind})` : ''}`;
  const lines = entityTimeline(graph, id).map((e) => {
    const quotes = options.withQuotes ? relationRef(graph, e.edge).evidence.map((q) => `\n    ${quoteText(q)}`) : [];
    const note = options.withQuotes && e.note ? `\n    note: ${e.note}` : '';
    return `- ${e.sentence}${quotes.join('')}${note}`;
  });
  return `${heading}\n${'='.repeat(heading.length)}\n${lines.length > 0 ? lines.join('\n') : 'No relations recorded.'}`;
}

export interface SwimlaneItem {
  edge: string;
  /** Start year. */
  start: number;
  /** Last year in force (inclusive), or null for a one-off act shown as a point. */
  end: number | null;
  oneOff: boolean;
  /** True when the data gives no end and the bar runs to the end of an entity or of the period. */
  openEnded: boolean;
  tone: Tone;
  type: string;
}

export interface Swimlane {
  other: string;
  label: string;
  items: SwimlaneItem[];
}

export interface Swimlanes {
  /** One lane per other entity, ordered by its first item. */
  lanes: Swimlane[];
  /** Relations with no start date, which a time axis cannot place. */
  undated: string[];
  fromYear: number;
  toYear: number;
}

/**
 * An entity's relations as swimlane chart data, one lane per other entity. One-off acts (see isLastingType)
 * without an end are points; an open-ended lasting relation runs to the earlier end of its two entities,
 * or to the end of the graph's period. The axis spans the items, or the graph's period when there are none.
 */
export function swimlanes(graph: AllegianceGraph, id: string): Swimlanes {
  const period = periodOf(graph);
  const lanes = new Map<string, Swimlane>();
  const undated: string[] = [];
  for (const r of relationsOf(graph, id)) {
    const start = yearOf(r.start);
    if (start === undefined) {
      undated.push(r.edge);
      continue;
    }
    const oneOff = !r.end && !isLastingType(r.type, typeDefOf(graph, r.type));
    const spanEnd = relationSpan(graph, r.edge).to;
    const end = oneOff ? null : Number.isFinite(spanEnd) ? spanEnd : Math.max(start, period?.to ?? start);
    const other = otherEnd(r, id);
    let lane = lanes.get(other);
    if (!lane) lanes.set(other, (lane = { other, label: labelOf(graph, other), items: [] }));
    lane.items.push({ edge: r.edge, start, end, oneOff, openEnded: !oneOff && !r.end, tone: r.tone, type: r.type });
  }
  const items = [...lanes.values()].flatMap((l) => l.items);
  const fromYear = items.length > 0 ? Math.min(...items.map((i) => i.start)) : (period?.from ?? Number.NaN);
  const toYear = items.length > 0 ? Math.max(...items.map((i) => i.end ?? i.start)) : (period?.to ?? Number.NaN);
  return { lanes: [...lanes.values()], undated, fromYear, toYear };
}
