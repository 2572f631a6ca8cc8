/** Turning a piece of evidence the app shows into a plan card, and checking a card against the notes as they are now. */
import { containsQuote } from '../../model/notes';
import { relationRef } from '../../model/queries/relations';
import { dateRangeText, relationSentence } from '../../model/queries/sentence';
import type { AllegianceGraph } from '../../model/types';
import type { NotesIndex, NotesSlice } from '../shared/notes-index';
import type { NewCard } from './plan';
import type { CARD_SOURCES, EvidenceCard } from './plan-schema';

export type CardSource = (typeof CARD_SOURCES)[number];

/** What an "Add to plan" control carries: a relation's quote, or a bullet of the notes. */
export type EvidenceRef =
  | { kind: 'relation'; edge: string; slide: number; quote: string; from: CardSource }
  | { kind: 'bullet'; bullet: string; entities: string[]; from: CardSource };

export interface EvidenceAdd {
  /** The paragraph to add to; null for a new paragraph. */
  paragraph: string | null;
  ref: EvidenceRef;
}

/** The card for a piece of evidence, or null when the graph or notes no longer have it. */
export function cardFor(graph: AllegianceGraph, notes: NotesIndex, ref: EvidenceRef): NewCard | null {
  if (ref.kind === 'bullet') {
    const b = notes.bullet(ref.bullet);
    if (!b) return null;
    const entities = ref.entities.filter((id) => graph.hasNode(id));
    const sentence = entities.map((id) => graph.getNodeAttribute(id, 'label')).join(', ');
    return { quote: b.text, slide: b.slide, slideTitle: notes.slideTitle(b.slide), sentence: sentence ? `About ${sentence}` : '', dates: 'undated', entities, from: ref.from };
  }
  if (!graph.hasEdge(ref.edge)) return null;
  const r = relationRef(graph, ref.edge);
  return {
    quote: ref.quote,
    slide: ref.slide,
    slideTitle: notes.slideTitle(ref.slide),
    edge: r.edge,
    sentence: relationSentence(graph, r),
    start: r.start,
    end: r.end,
    dates: dateRangeText(r.start, r.end) || 'undated',
    dateSource: r.dateSource,
    certainty: r.certainty,
    entities: [r.source, r.target],
    from: ref.from,
  };
}

/**
 * What the browser knows of each slide's words: its title, the bullets it was sent, and every relation quote
 * the data cites from it (each checked against the notes when the data was built). All verbatim notes text.
 */
export function slideTexts(notes: NotesSlice | null | undefined, graph: AllegianceGraph): Map<number, string> {
  const texts = new Map<number, string[]>();
  const add = (slide: number, text: string) => (texts.get(slide) ?? texts.set(slide, []).get(slide)!).push(text);
  for (const s of notes?.slides ?? []) {
    add(s.number, s.title);
    for (const b of s.bullets) add(s.number, b.text);
  }
  graph.forEachEdge((_e, a) => {
    for (const ev of (a.evidence ?? []) as { slide: number; quote: string }[]) add(ev.slide, ev.quote);
  });
  return new Map([...texts].map(([n, t]) => [n, t.join('\n')]));
}

/** Cards whose quote is no longer on their slide (checked with the model's quote matcher, white space aside). */
export function changedCards(cards: readonly EvidenceCard[], slides: ReadonlyMap<number, string>): Set<string> {
  return new Set(cards.filter((c) => !containsQuote(slides.get(c.slide) ?? '', c.quote)).map((c) => c.id));
}
