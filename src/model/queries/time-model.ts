/**
 * The time model: when each entity exists and when each relation is in force, derived once per graph.
 * Both the app's year slider (src/app/.../visible.ts) and the CLI's `graph at <year>` read `inForceAt`,
 * so the two cannot disagree.
 *
 * - An entity exists from its own start to its own end. A side it does not date comes from its dated
 *   relations (earliest start; latest end, where an open lasting relation runs on). An entity with a start
 *   and no end goes on (an institution, a policy), except an event, which is over after its one-off window
 *   or its last dated relation, whichever is later. An entity with no dates and no dated relations is
 *   timeless (and validation warns about it).
 * - A relation is in force over its own years (see relationYears: a one-off act for its year and
 *   ACT_WINDOW_YEARS after it) and only while both its entities exist.
 */
import type { AllegianceGraph } from '../types';
import { ACT_WINDOW_YEARS, cleanDate, relationYears, type TypeDef, yearOf, type YearSpan } from './dates';

export interface TimeModel {
  entities: Map<string, YearSpan>;
  relations: Map<string, YearSpan>;
}

/** The span of a relation that is never in force (its years fall outside its entities' lives). */
export const NEVER: YearSpan = Object.freeze({ from: Infinity, to: -Infinity });

const cache = new WeakMap<AllegianceGraph, { order: number; size: number; model: TimeModel }>();

/** The time model of a graph (cached per graph; recomputed when nodes or edges were added or dropped). */
export function timeModel(graph: AllegianceGraph): TimeModel {
  const hit = cache.get(graph);
  if (hit && hit.order === graph.order && hit.size === graph.size) return hit.model;
  const model = deriveTimeModel(graph);
  cache.set(graph, { order: graph.order, size: graph.size, model });
  return model;
}

function deriveTimeModel(graph: AllegianceGraph): TimeModel {
  const own = new Map<string, YearSpan>();
  graph.forEachEdge((edge, a) => own.set(edge, relationYears(a, typeDefOf(graph, a.type))));

  function typeDefOf(g: AllegianceGraph, typeId: string): TypeDef | undefined {
    const types = g.getAttribute('relationTypes') as Record<string, TypeDef> | undefined;
    return types && Object.prototype.hasOwnProperty.call(types, typeId) ? types[typeId] : undefined;
  }

  const entities = new Map<string, YearSpan>();
  graph.forEachNode((id, a) => {
    const start = yearOf(cleanDate(a.start));
    const end = yearOf(cleanDate(a.end));
    const dated = graph.edges(id).filter((e) => cleanDate(graph.getEdgeAttribute(e, 'start')) || cleanDate(graph.getEdgeAttribute(e, 'end')));
    const spans = dated.map((e) => own.get(e)!);
    const firstRelation = spans.length ? Math.min(...spans.map((s) => s.from)) : undefined;
    const from = start ?? (firstRelation !== undefined && Number.isFinite(firstRelation) ? firstRelation : -Infinity);
    let to: number;
    if (end !== undefined) to = end;
    else if (a.kind === 'event' && Number.isFinite(from)) {
      // An event is over after its window, or after its last dated relation (an open lasting one counts as one-off here).
      const anchors = dated.map((e) => {
        const r = graph.getEdgeAttributes(e);
        return yearOf(cleanDate(r.end)) ?? (yearOf(cleanDate(r.start)) ?? from) + ACT_WINDOW_YEARS;
      });
      to = Math.max(from + ACT_WINDOW_YEARS, ...anchors);
    } else if (start !== undefined || spans.length === 0) to = Infinity;
    else to = Math.max(...spans.map((s) => s.to));
    entities.set(id, { from, to: Math.max(from, to) });
  });

  const relations = new Map<string, YearSpan>();
  graph.forEachEdge((edge, _a, source, target) => {
    const r = own.get(edge)!;
    const s = entities.get(source)!;
    const t = entities.get(target)!;
    const from = Math.max(r.from, s.from, t.from);
    const to = Math.min(r.to, s.to, t.to);
    relations.set(edge, from <= to ? { from, to } : NEVER);
  });
  return { entities, relations };
}

/** The years an entity exists in this graph. */
export function entitySpan(graph: AllegianceGraph, id: string): YearSpan {
  return timeModel(graph).entities.get(id) ?? NEVER;
}

/** The years a relation is in force in this graph. */
export function relationSpan(graph: AllegianceGraph, edge: string): YearSpan {
  return timeModel(graph).relations.get(edge) ?? NEVER;
}

export const within = (span: YearSpan, year: number): boolean => span.from <= year && year <= span.to;

/** What held in `year`: the entities that existed and the relations in force (each in graph order). */
export interface AtYear {
  year: number;
  entities: string[];
  relations: string[];
}

/** The one derivation of "what held in a year", used by the app's year slider and the CLI's `at`. */
export function inForceAt(graph: AllegianceGraph, year: number): AtYear {
  const { entities, relations } = timeModel(graph);
  return {
    year,
    entities: [...entities].filter(([, span]) => within(span, year)).map(([id]) => id),
    relations: [...relations].filter(([, span]) => within(span, year)).map(([edge]) => edge),
  };
}
