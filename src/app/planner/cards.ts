/** Plan cards from the app's evidence (the shared EvidenceCard), what a card says about itself, and the "changed in the notes" check. */
import { dateRangeText } from '../../model/queries/sentence';
import type { AllegianceGraph } from '../../model/types';
import { bulletEvidence, cardStillValid, relationEvidence, relationCardId, type EvidenceCard, type QuoteMatcher } from '../shared/evidence';
import type { NotesIndex } from '../shared/notes-index';
import type { CardSource } from './plan-schema';

export type { CardSource } from './plan-schema';

/** What an "Add to plan" control carries: a relation's quote, or a bullet of the notes. */
export type EvidenceRef =
  | { kind: 'relation'; edge: string; slide: number; quote: string; from: CardSource }
  /** A whole relation (a timeline entry, a row of the List view): every quote behind it. */
  | { kind: 'relation-all'; edge: string; from: CardSource }
  | { kind: 'bullet'; bullet: string; entities: string[]; from: CardSource };

export interface EvidenceAdd {
  /** The paragraph to add to; null for a new paragraph. */
  paragraph: string | null;
  ref: EvidenceRef;
}

/** The evidence as it comes from the app, before the student annotates it. */
export type NewCard = EvidenceCard & { from: CardSource };

/** The cards for a piece of evidence (one, or every quote of a relation); [] when the data no longer has it. */
export function cardsFor(graph: AllegianceGraph, notes: NotesIndex, ref: EvidenceRef): NewCard[] {
  if (ref.kind === 'relation-all') return relationEvidence(graph, notes, ref.edge).map((c) => ({ ...c, from: ref.from }));
  const one = cardFor(graph, notes, ref);
  return one ? [one] : [];
}

/** The card for one quote or bullet (through relationEvidence / bulletEvidence), or null when the data no longer has it. */
export function cardFor(graph: AllegianceGraph, notes: NotesIndex, ref: Exclude<EvidenceRef, { kind: 'relation-all' }>): NewCard | null {
  const found: EvidenceCard | null | undefined = ref.kind === 'bullet'
    ? bulletEvidence(notes, ref.bullet, ref.entities.filter((id) => graph.hasNode(id)))
    : relationEvidence(graph, notes, ref.edge).find((c) => c.id === relationCardId(ref.edge, ref.slide, ref.quote));
  return found ? { ...found, from: ref.from } : null;
}

/** "1924–1925", or "undated" (a bullet card has no dates of its own). */
export function cardDates(c: EvidenceCard): string {
  return (c.kind === 'relation' && dateRangeText(c.start, c.end)) || 'undated';
}

/** The entities a card is about: a relation's two ends, or the entities a bullet names. */
export function cardEntities(c: EvidenceCard): string[] {
  return c.kind === 'relation' ? [c.source.id, c.target.id] : [...(c.mentions ?? [])];
}

/** The relation a card is evidence of, if any. */
export function cardEdge(c: EvidenceCard): string | undefined {
  return c.kind === 'relation' ? c.edgeKey : undefined;
}

/** Ids of the cards whose quote is no longer on their slide (the one check: cardStillValid). */
export function changedCards(cards: readonly EvidenceCard[], match: QuoteMatcher): Set<string> {
  return new Set(cards.filter((c) => !cardStillValid(c, match)).map((c) => c.id));
}
