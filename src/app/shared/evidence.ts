/**
 * Evidence as one type: a card for one quote of a relation, or for one bullet of the notes. Shared by the panels,
 * the tracing tools, the relation list and the planner. The quote, slide number and slide title are copied in,
 * so a saved card still reads the same after the data changes; `cardStillValid` says whether its quote is
 * still on its slide.
 */
import { containsQuote, normaliseSpace } from '../../model/notes';
import { labelOf, relationRef, typeDefOf, type RelationRef } from '../../model/queries/relations';
import { relationSentence } from '../../model/queries/sentence';
import type { FullNotes } from '../../model/note-lines';
import type { AllegianceGraph, Certainty, DateSource, PartialDate } from '../../model/types';
import type { NotesIndex, NotesSlice } from './notes-index';

/** One end of a relation: its entity id and label at the time the card was made. */
export interface CardEnd {
  id: string;
  label: string;
}

/** What every card has: a stable id and the words from the notes, with where they are. */
interface CardQuote {
  /** Stable across builds: `edgeKey#slide#quote-hash` for a relation quote, the bullet id for a bullet. */
  id: string;
  /** Verbatim from the notes (for a bullet, its whole text). */
  quote: string;
  slide: number;
  /** "" when the notes give the slide no title. */
  slideTitle: string;
}

/** One quote behind a relation. */
export interface RelationCard extends CardQuote {
  kind: 'relation';
  edgeKey: string;
  source: CardEnd;
  target: CardEnd;
  /** The relation type's id ("allied-with") and label ("allied with"). */
  type: string;
  typeLabel: string;
  /** "Joseph Stalin allied with Grigory Zinoviev". */
  sentence: string;
  start?: PartialDate;
  end?: PartialDate;
  certainty: Certainty;
  dateSource: DateSource;
  note?: string;
}

/** One bullet of the notes. */
export interface BulletCard extends CardQuote {
  kind: 'bullet';
  bulletId: string;
  /** Ids of the entities the bullet names, when known. */
  mentions?: string[];
}

export type EvidenceCard = RelationCard | BulletCard;

/** A short, stable hash of a quote (FNV-1a over its white-space-normalised text), as 8 hex digits. */
export function quoteHash(quote: string): string {
  let h = 0x811c9dc5;
  for (const ch of normaliseSpace(quote)) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The card id of a relation's quote. */
export function relationCardId(edgeKey: string, slide: number, quote: string): string {
  return `${edgeKey}#${slide}#${quoteHash(quote)}`;
}

/** One card per quote of a relation, in the data's order; [] for an unknown edge key. */
export function relationEvidence(graph: AllegianceGraph, notes: NotesIndex, edgeKey: string): RelationCard[] {
  return graph.hasEdge(edgeKey) ? relationCards(graph, notes, relationRef(graph, edgeKey)) : [];
}

/** relationEvidence for a relation already read from the graph (the tools hold RelationRefs). */
export function relationCards(graph: AllegianceGraph, notes: NotesIndex, r: RelationRef): RelationCard[] {
  const edgeKey = r.edge;
  const typeLabel = typeDefOf(graph, r.type)?.label ?? r.type;
  const source = { id: r.source, label: labelOf(graph, r.source) };
  const target = { id: r.target, label: labelOf(graph, r.target) };
  const sentence = relationSentence(graph, r);
  return r.evidence.map((e) => ({
    kind: 'relation' as const,
    id: relationCardId(edgeKey, e.slide, e.quote),
    edgeKey,
    source,
    target,
    type: r.type,
    typeLabel,
    sentence,
    ...(r.start !== undefined ? { start: r.start } : {}),
    ...(r.end !== undefined ? { end: r.end } : {}),
    certainty: r.certainty,
    dateSource: r.dateSource,
    quote: e.quote,
    slide: e.slide,
    slideTitle: notes.slideTitle(e.slide),
    ...(r.note ? { note: r.note } : {}),
  }));
}

/** The card for a bullet of the notes, or null when the notes the browser has do not include it. */
export function bulletEvidence(notes: NotesIndex, bulletId: string, mentions?: readonly string[]): BulletCard | null {
  const b = notes.bullet(bulletId);
  if (!b) return null;
  return {
    kind: 'bullet',
    id: bulletId,
    bulletId,
    quote: b.text,
    slide: b.slide,
    slideTitle: notes.slideTitle(b.slide),
    ...(mentions ? { mentions: [...mentions] } : {}),
  };
}

/** Is this quote on that slide? (Built by one of the two functions below.) */
export type QuoteMatcher = (slide: number, quote: string) => boolean;

/** Match against the full notes as the Notes view has them (every line of every slide, verbatim). */
export function fullNotesQuoteMatcher(full: FullNotes): QuoteMatcher {
  return notesQuoteMatcher({ slides: full.slides.map((s) => ({ number: s.number, text: s.lines.map((l) => l.text).join('\n') })) });
}

/** Match against the full parsed notes (Node, or a dataset parsed at run time): the check validation makes. */
export function notesQuoteMatcher(notes: { slides: readonly { number: number; text: string }[] }): QuoteMatcher {
  const texts = new Map(notes.slides.map((s) => [s.number, s.text]));
  return (slide, quote) => containsQuote(texts.get(slide) ?? '', quote);
}

/**
 * Match against what the browser has of each slide: its title, the bullets it was sent, and every relation quote
 * the graph cites from it (each checked against the full notes when the data was built). All verbatim notes text.
 */
export function browserQuoteMatcher(notes: NotesSlice | null | undefined, graph: AllegianceGraph): QuoteMatcher {
  const pieces = new Map<number, string[]>();
  const add = (slide: number, text: string) => (pieces.get(slide) ?? pieces.set(slide, []).get(slide)!).push(text);
  for (const s of notes?.slides ?? []) {
    add(s.number, s.title);
    for (const b of s.bullets) add(s.number, b.text);
  }
  graph.forEachEdge((_e, a) => {
    for (const ev of a.evidence ?? []) add(ev.slide, ev.quote);
  });
  const texts = new Map([...pieces].map(([n, t]) => [n, t.join('\n')]));
  return (slide, quote) => containsQuote(texts.get(slide) ?? '', quote);
}

/** True while the card's quote is still on its slide (white space aside), for the planner's "changed in the notes" mark. */
export function cardStillValid(card: Pick<EvidenceCard, 'slide' | 'quote'>, match: QuoteMatcher): boolean {
  return match(card.slide, card.quote);
}
