/** Time semantics for queries: sortable partial dates, when a relation is in force, when an entity is active. */
import { comparePartial, yearOf } from '../dates';
import type { AllegianceGraph, EdgeAttributes, NodeAttributes, RelationTypeDef } from '../types';

export { yearOf };

/** A relation type definition as stored on the graph (without its id). */
export type TypeDef = Omit<RelationTypeDef, 'id'>;

/** An inclusive span of years; -Infinity / Infinity for an open side. */
export interface YearSpan {
  from: number;
  to: number;
}

/** Types whose relation is a one-off act even when friendly or neutral. Every hostile type is an act too. */
const ACT_TYPES = new Set(['purged', 'killed', 'persecuted', 'ended', 'opposed', 'replaced', 'appointed', 'introduced', 'caused']);

/**
 * How long a one-off act (a relation with a start and no end) stays in force after its year: the act's
 * year and one more. Many acts fall late in their year (the October Revolution, Kirov's murder on
 * 1 December 1934) and their immediate consequences follow in the next; two years shows the act beside
 * them without letting it linger, so a 1917 act is gone by 1919.
 */
export const ACT_WINDOW_YEARS = 1;

const WELL_FORMED = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The date when it is a well-formed partial date, else undefined (odd data never throws). */
export function cleanDate(date: string | undefined): string | undefined {
  return date !== undefined && WELL_FORMED.test(date) ? date : undefined;
}

/**
 * A key that sorts partial dates chronologically as strings: "1924" < "1924-01" < "1924-01-21".
 * A missing or malformed date gets "~", which sorts after every date.
 */
export function dateKey(date: string | undefined): string {
  const clean = cleanDate(date);
  if (!clean) return '~';
  const [y, m = '00', d = '00'] = clean.split('-');
  return `${y}-${m}-${d}`;
}

/** Chronological comparator for partial dates; missing dates last. */
export function compareDates(a: string | undefined, b: string | undefined): number {
  const ka = dateKey(a);
  const kb = dateKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Compare at the precision both dates have ("1924" equals "1924-05"); NaN when either is missing,
 * so callers that test `>= 0` or `> 0` treat an unknown order as false.
 */
export function compareLoosely(a: string | undefined, b: string | undefined): number {
  const ca = cleanDate(a);
  const cb = cleanDate(b);
  return ca && cb ? comparePartial(ca, cb) : Number.NaN;
}

/**
 * Whether a relation type is a lasting state (allied-with, supported, member-of, led, part-of, influenced…)
 * rather than a one-off act (purged, killed, introduced, caused… and every hostile type). Unknown types are acts.
 */
export function isLastingType(typeId: string, typeDef: TypeDef | undefined): boolean {
  if (!typeDef || ACT_TYPES.has(typeId)) return false;
  return typeDef.tone !== 'hostile';
}

/**
 * The years a relation is in force, inclusive.
 * - start and end: start year to end year.
 * - start, no end: a lasting type runs on to `openEnd` (the earlier end of its two entities) or forever;
 *   a one-off act is in force in its start year and ACT_WINDOW_YEARS after it.
 * - no start: open to the past, up to the end year if any. A relation with no dates at all is timeless
 *   here; the graph's time model (time-model.ts) bounds it by the lives of its two entities.
 */
export function relationYears(edge: Pick<EdgeAttributes, 'type' | 'start' | 'end'>, typeDef: TypeDef | undefined, openEnd?: number): YearSpan {
  const start = yearOf(cleanDate(edge.start));
  const end = yearOf(cleanDate(edge.end));
  const from = start ?? -Infinity;
  let to: number;
  if (end !== undefined) to = end;
  else if (start === undefined) to = Infinity;
  else if (isLastingType(edge.type, typeDef)) to = openEnd ?? Infinity;
  else to = start + ACT_WINDOW_YEARS;
  return { from, to: Math.max(from, to) };
}

/** Whether a relation is in force in `year` by its own dates alone (see relationYears; the graph's time model also bounds it by its entities). */
export function isInForce(
  edge: Pick<EdgeAttributes, 'type' | 'start' | 'end'>,
  typeDef: TypeDef | undefined,
  year: number,
  openEnd?: number,
): boolean {
  const { from, to } = relationYears(edge, typeDef, openEnd);
  return from <= year && year <= to;
}

/** The years an entity exists by its own dates alone; open on a side with no date (see time-model.ts for the graph's rule). */
export function entityYears(node: Pick<NodeAttributes, 'start' | 'end'>): YearSpan {
  return { from: yearOf(cleanDate(node.start)) ?? -Infinity, to: yearOf(cleanDate(node.end)) ?? Infinity };
}

/** Whether an entity is active in `year` by its own dates alone; an entity with no dates is always active. */
export function isActive(node: Pick<NodeAttributes, 'start' | 'end'>, year: number): boolean {
  const { from, to } = entityYears(node);
  return from <= year && year <= Math.max(from, to);
}

/** Whether a span overlaps the window [fromYear, toYear]; a missing bound is open. */
export function overlaps(span: YearSpan, fromYear?: number, toYear?: number): boolean {
  return span.to >= (fromYear ?? -Infinity) && span.from <= (toYear ?? Infinity);
}

/**
 * The years the graph covers: first and last year of any relation date. Entity dates (births, deaths)
 * are used only when no relation is dated, since they reach far outside the story (Marx, 1818).
 * Null when nothing at all is dated.
 */
export function periodOf(graph: AllegianceGraph): YearSpan | null {
  const years = (dates: (string | undefined)[]) => dates.map((d) => yearOf(cleanDate(d))).filter((y): y is number => y !== undefined);
  let found = years(graph.mapEdges((_e, a) => [a.start, a.end]).flat());
  if (found.length === 0) found = years(graph.mapNodes((_n, a) => [a.start, a.end]).flat());
  if (found.length === 0) return null;
  return { from: Math.min(...found), to: Math.max(...found) };
}
