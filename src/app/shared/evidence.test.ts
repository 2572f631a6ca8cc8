import { describe, expect, it } from 'vitest';
import { containsQuote, parseNotes } from '../../model/notes';
import { runPipeline } from '../../model/pipeline';
import { realData, realNotesText } from '../../node/test-support';
import { notesData } from '../../vite/graph-data-plugin';
import { browserQuoteMatcher, bulletEvidence, cardStillValid, notesQuoteMatcher, quoteHash, relationEvidence, type EvidenceCard } from './evidence';
import { indexNotes } from './notes-index';

const graph = runPipeline(realData()).graph!;
const text = realNotesText();
const full = parseNotes(text);
const slice = notesData(text, graph);
const notes = indexNotes(slice, graph.getAttribute('slideTitles'));
const TRIUMVIRATE = 'stalin>allied-with>zinoviev@1924';

describe('relation evidence on the real graph', () => {
  it('gives one card per quote, with the relation, the quote, its slide and the slide title copied in', () => {
    const cards = relationEvidence(graph, notes, TRIUMVIRATE);
    const evidence = graph.getEdgeAttribute(TRIUMVIRATE, 'evidence');
    expect(cards.map((c) => [c.slide, c.quote])).toEqual(evidence.map((e) => [e.slide, e.quote]));
    expect(cards.map((c) => c.slide)).toEqual([33, 33, 59]);
    const first = cards[0]!;
    expect(first).toMatchObject({
      kind: 'relation',
      edgeKey: TRIUMVIRATE,
      source: { id: 'stalin', label: 'Joseph Stalin' },
      target: { id: 'zinoviev', label: 'Grigory Zinoviev' },
      type: 'allied-with',
      typeLabel: 'allied with',
      sentence: 'Joseph Stalin allied with Grigory Zinoviev',
      certainty: graph.getEdgeAttribute(TRIUMVIRATE, 'certainty'),
      dateSource: graph.getEdgeAttribute(TRIUMVIRATE, 'dateSource'),
    });
    for (const c of cards) {
      const slide = full.slides.find((s) => s.number === c.slide)!;
      expect(c.slideTitle).toBe(slide.title);
      expect(containsQuote(slide.text, c.quote)).toBe(true);
      expect(c.id).toBe(`${TRIUMVIRATE}#${c.slide}#${quoteHash(c.quote)}`);
    }
  });

  it('gives every quote of every relation a card with a unique id that is the same when made again', () => {
    const ids: string[] = [];
    graph.forEachEdge((edge, a) => {
      const cards = relationEvidence(graph, notes, edge);
      expect(cards).toHaveLength(a.evidence.length);
      ids.push(...cards.map((c) => c.id));
    });
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
    const again: string[] = [];
    graph.forEachEdge((edge) => again.push(...relationEvidence(graph, notes, edge).map((c) => c.id)));
    expect(again).toEqual(ids);
  });

  it('carries dates, certainty and the note only where the data has them', () => {
    graph.forEachEdge((edge, a) => {
      for (const c of relationEvidence(graph, notes, edge)) {
        expect(c.start).toBe(a.start);
        expect(c.end).toBe(a.end);
        expect(c.note).toBe(a.note || undefined);
        expect(c.certainty).toBe(a.certainty);
      }
    });
  });

  it('gives no cards for an unknown edge key', () => {
    expect(relationEvidence(graph, notes, 'nobody>allied-with>nothing@1900')).toEqual([]);
  });
});

describe('bullet evidence on the real notes', () => {
  const [id, attrs] = [...graph.nodeEntries()].map((n) => [n.node, n.attributes] as const).find(([, a]) => a.mentions.length > 0)!;
  const mention = attrs.mentions[0]!;

  it('copies the bullet text, its slide and slide title in, and keeps the bullet id as the card id', () => {
    const card = bulletEvidence(notes, mention.bullet, [id])!;
    const bullet = full.slides.flatMap((s) => s.bullets).find((b) => b.id === mention.bullet)!;
    expect(card).toEqual({
      kind: 'bullet',
      id: mention.bullet,
      bulletId: mention.bullet,
      quote: bullet.text,
      slide: bullet.slide,
      slideTitle: full.slides.find((s) => s.number === bullet.slide)!.title,
      mentions: [id],
    });
  });

  it('is null for a bullet the browser was not sent', () => {
    expect(bulletEvidence(notes, 's999-b1')).toBeNull();
  });
});

describe('is a saved card still valid?', () => {
  const cards: EvidenceCard[] = relationEvidence(graph, notes, TRIUMVIRATE);
  const mentioned = graph.getNodeAttribute('stalin', 'mentions').find((m) => m.slide !== cards[0]!.slide)!;
  cards.push(bulletEvidence(notes, mentioned.bullet, ['stalin'])!);
  const saved = JSON.parse(JSON.stringify(cards)) as EvidenceCard[];

  it('survives a JSON round trip unchanged (a card is plain data)', () => {
    expect(saved).toEqual(cards);
  });

  it('is valid against today’s notes, both the full notes and what the browser has', () => {
    for (const match of [notesQuoteMatcher(full), browserQuoteMatcher(slice, graph)]) {
      for (const c of saved) expect(cardStillValid(c, match)).toBe(true);
    }
  });

  it('every relation quote in the graph is valid against what the browser has', () => {
    const match = browserQuoteMatcher(slice, graph);
    graph.forEachEdge((edge) => {
      for (const c of relationEvidence(graph, notes, edge)) expect(cardStillValid(c, match)).toBe(true);
    });
  });

  it('ignores white space only, as validation does', () => {
    const card = { ...saved[0]!, quote: saved[0]!.quote.replace(/ /g, '  \n') };
    expect(cardStillValid(card, notesQuoteMatcher(full))).toBe(true);
    expect(quoteHash(card.quote)).toBe(quoteHash(saved[0]!.quote));
  });

  it('is not valid on another slide, or once the words change in the notes', () => {
    const match = notesQuoteMatcher(full);
    expect(cardStillValid({ ...saved[0]!, slide: 1 }, match)).toBe(false);
    const card = saved[0]!;
    expect(text).toContain(card.quote);
    const edited = parseNotes(text.replace(card.quote, card.quote.toUpperCase()));
    expect(cardStillValid(card, notesQuoteMatcher(edited))).toBe(false);
    expect(cardStillValid(saved[saved.length - 1]!, notesQuoteMatcher(edited))).toBe(true);
    expect(card.slideTitle).not.toBe('');
  });
});
