/** What changed between two years: relations that began, and relations that stopped being in force. */
import type { AllegianceGraph } from '../types';
import { isLastingType, yearOf } from './dates';
import { compareRelations, relationRef, typeDefOf, type RelationRef } from './relations';
import { relationSpan } from './time-model';
import { certaintyText, datedText, relationSentence } from './sentence';

export interface Change extends RelationRef {
  /** "Joseph Stalin allied with Lev Kamenev, 1923–1925", with date and certainty caveats. */
  sentence: string;
  /** For an ended relation: the last year it was in force (its end date, or the end of one of its entities). */
  lastYear?: number;
}

export interface Changes {
  fromYear: number;
  toYear: number;
  /** Relations that started after fromYear and by toYear (some may have ended again by toYear). */
  began: Change[];
  /** Relations in force in fromYear and no longer in force in toYear. */
  ended: Change[];
}

/**
 * The relations that began and ended between two years (given in either order). One-off acts without an
 * end never "end": they are in force only in their own year, so only `began` lists them. Undated
 * relations are timeless and appear in neither list.
 */
export function changesBetween(graph: AllegianceGraph, yearA: number, yearB: number): Changes {
  const [fromYear, toYear] = yearA <= yearB ? [yearA, yearB] : [yearB, yearA];
  const began: Change[] = [];
  const ended: Change[] = [];
  graph.forEachEdge((edge) => {
    const r = relationRef(graph, edge);
    const { from, to } = relationSpan(graph, edge);
    const sentence = `${relationSentence(graph, r)}, ${datedText(r)}${certaintyText(r)}`;
    const start = yearOf(r.start);
    if (start !== undefined && start > fromYear && start <= toYear) began.push({ ...r, sentence });
    const oneOffAct = !r.end && !isLastingType(r.type, typeDefOf(graph, r.type));
    const inForceAtFrom = from <= fromYear && fromYear <= to;
    const inForceAtTo = from <= toYear && toYear <= to;
    if (!oneOffAct && inForceAtFrom && !inForceAtTo) ended.push({ ...r, sentence, lastYear: to });
  });
  const byLastYear = (x: Change, y: Change) => (x.lastYear ?? 0) - (y.lastYear ?? 0) || compareRelations(x, y);
  return { fromYear, toYear, began: began.sort(compareRelations), ended: ended.sort(byLastYear) };
}
