/** Shared reading of the graph for queries: type definitions, tones, labels and plain relation records. */
import type { AllegianceGraph, Certainty, DateSource, Evidence, Tone } from '../types';
import { cleanDate, compareDates, type TypeDef } from './dates';

/** One relation as plain data, as every query reports it. */
export interface RelationRef {
  edge: string;
  source: string;
  target: string;
  type: string;
  tone: Tone;
  start?: string;
  end?: string;
  certainty: Certainty;
  dateSource: DateSource;
  evidence: Evidence[];
  note?: string;
}

/** The definition of a relation type, or undefined for a type the graph does not define. */
export function typeDefOf(graph: AllegianceGraph, typeId: string): TypeDef | undefined {
  const types = graph.getAttribute('relationTypes') as Record<string, TypeDef> | undefined;
  return types && Object.prototype.hasOwnProperty.call(types, typeId) ? types[typeId] : undefined;
}

/** The tone of a relation type; unknown types are neutral. */
export function toneOf(graph: AllegianceGraph, typeId: string): Tone {
  return typeDefOf(graph, typeId)?.tone ?? 'neutral';
}

/** An entity's label, falling back to its id. */
export function labelOf(graph: AllegianceGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') || id : id;
}

/** The relation behind an edge key as plain data (malformed dates are dropped). */
export function relationRef(graph: AllegianceGraph, edge: string): RelationRef {
  const a = graph.getEdgeAttributes(edge);
  const start = cleanDate(a.start);
  const end = cleanDate(a.end);
  return {
    edge,
    source: graph.source(edge),
    target: graph.target(edge),
    type: a.type,
    tone: toneOf(graph, a.type),
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    certainty: a.certainty ?? 'stated',
    dateSource: a.dateSource ?? 'notes',
    evidence: Array.isArray(a.evidence) ? a.evidence : [],
    ...(a.note ? { note: a.note } : {}),
  };
}

/** Every relation of the graph as plain data, self-loops included. */
export function allRelations(graph: AllegianceGraph): RelationRef[] {
  return graph.mapEdges((edge) => relationRef(graph, edge));
}

/** Chronological order of relations: by start, then end, then edge key; undated last. */
export function compareRelations(a: RelationRef, b: RelationRef): number {
  return compareDates(a.start ?? a.end, b.start ?? b.end) || compareDates(a.end, b.end) || (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0);
}

/** Slide numbers cited by evidence, sorted and unique. */
export function slidesOf(evidence: Evidence[]): number[] {
  return [...new Set(evidence.map((e) => e.slide).filter((s) => Number.isFinite(s)))].sort((x, y) => x - y);
}

/** The other end of a relation from `id`'s side. */
export function otherEnd(r: Pick<RelationRef, 'source' | 'target'>, id: string): string {
  return r.source === id ? r.target : r.source;
}

/** A friendly bond between two parties: allied-with (either way) or supported. */
export function isAlliance(r: RelationRef): boolean {
  return r.type === 'allied-with' || r.type === 'supported';
}

/** A map key for a pair of entities; unordered unless `ordered`. */
export function pairKey(a: string, b: string, ordered = false): string {
  return JSON.stringify(ordered || a <= b ? [a, b] : [b, a]);
}

/** Push `value` onto the list at `key`, creating it. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
