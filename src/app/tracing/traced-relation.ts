/** One relation as the tools list it: a sentence, its dates and caveats, and its quotes with slide titles. */
import { relationRef, slidesOf, type RelationRef } from '../../model/queries/relations';
import { dateRangeText, relationSentence } from '../../model/queries/sentence';
import type { AllegianceGraph, Certainty, Tone } from '../../model/types';
import type { Quote } from '../panels/details';
import type { NotesIndex } from '../shared/notes-index';

export interface TracedRelation {
  edge: string;
  source: string;
  target: string;
  /** "Joseph Stalin allied with Grigory Zinoviev". */
  sentence: string;
  /** "1924–1925", "Aug 1936", or "undated". */
  dates: string;
  /** The dates come from outside the notes. */
  outsideNotes: boolean;
  certainty: Certainty;
  tone: Tone;
  slides: number[];
  evidence: Quote[];
}

/** A relation (by key or as plain data) prepared for listing. */
export function tracedRelation(graph: AllegianceGraph, notes: NotesIndex, relation: string | RelationRef): TracedRelation {
  const r = typeof relation === 'string' ? relationRef(graph, relation) : relation;
  return {
    edge: r.edge,
    source: r.source,
    target: r.target,
    sentence: relationSentence(graph, r),
    dates: dateRangeText(r.start, r.end) || 'undated',
    outsideNotes: r.dateSource === 'outside-notes',
    certainty: r.certainty,
    tone: r.tone,
    slides: slidesOf(r.evidence),
    evidence: r.evidence.map((e) => ({ slide: e.slide, slideTitle: notes.slideTitle(e.slide), quote: e.quote })),
  };
}
