/** Plain-English wording shared by every query: dates, date ranges, relation sentences, slide citations. */
import type { AllegianceGraph, Evidence } from '../types';
import { cleanDate } from './dates';
import { labelOf, relationRef, typeDefOf, type RelationRef } from './relations';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A partial date for reading: "1917", "Oct 1917", "25 Oct 1917"; a malformed date is shown as given. */
export function dateText(date: string | undefined): string {
  if (!date) return '';
  if (!cleanDate(date)) return date;
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/**
 * A date range for reading: "1923–1925", "1936", "Oct 1917", "Oct 1917–Mar 1918", "until 1925";
 * the empty string when there is no date at all.
 */
export function dateRangeText(start: string | undefined, end: string | undefined): string {
  const s = dateText(start);
  const e = dateText(end);
  if (s && e) return s === e ? s : `${s}–${e}`;
  if (s) return s;
  return e ? `until ${e}` : '';
}

/** The verb phrase of a relation type read forwards ("purged") or from the target's side ("was purged by"). */
export function verbOf(graph: AllegianceGraph, typeId: string, inverse: boolean): string {
  const def = typeDefOf(graph, typeId);
  const plain = String(typeId ?? 'related to').replace(/-/g, ' ');
  if (!inverse) return def?.label || plain;
  return def?.symmetric ? def.label || plain : def?.inverseLabel || `target of "${plain}" by`;
}

/**
 * A relation as a sentence: "Joseph Stalin allied with Lev Kamenev". From one end's perspective the
 * subject is dropped: "allied with Lev Kamenev" (source) or "was purged by Joseph Stalin" (target).
 */
export function relationSentence(graph: AllegianceGraph, edge: string | RelationRef, fromPerspectiveOf?: string): string {
  const r = typeof edge === 'string' ? relationRef(graph, edge) : edge;
  const asTarget = fromPerspectiveOf !== undefined && fromPerspectiveOf === r.target && fromPerspectiveOf !== r.source;
  const verb = verbOf(graph, r.type, asTarget);
  const object = labelOf(graph, asTarget ? r.source : r.target);
  if (fromPerspectiveOf !== undefined && (fromPerspectiveOf === r.source || fromPerspectiveOf === r.target)) return `${verb} ${object}`;
  return `${labelOf(graph, r.source)} ${verb} ${object}`;
}

/** "slide 33", "slides 60, 61", or "" when nothing is cited. */
export function slidesText(slides: number[]): string {
  if (slides.length === 0) return '';
  return `${slides.length === 1 ? 'slide' : 'slides'} ${slides.join(', ')}`;
}

/** A relation's dates with their caveat: "1929 (date not in the notes)", or "undated". */
export function datedText(r: Pick<RelationRef, 'start' | 'end' | 'dateSource'>): string {
  const range = dateRangeText(r.start, r.end);
  if (!range) return 'undated';
  return r.dateSource === 'outside-notes' ? `${range} (date not in the notes)` : range;
}

/** " (suspected)" / " (disputed)", or "" for a stated relation. */
export function certaintyText(r: Pick<RelationRef, 'certainty'>): string {
  return r.certainty === 'suspected' || r.certainty === 'disputed' ? ` (${r.certainty})` : '';
}

/** One piece of evidence for reading: `slide 33: "…"`. */
export function quoteText(e: Evidence): string {
  return `slide ${e.slide}: "${e.quote}"`;
}
