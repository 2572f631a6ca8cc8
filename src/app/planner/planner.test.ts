import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../model/pipeline';
import { realData } from '../../node/test-support';
import { readRecord } from '../workspace/read-record';
import { KINDS } from '../workspace/kinds';
import { relationCardId, type RelationCard } from '../shared/evidence';
import type { PlanData } from './plan-schema';
import { chronology } from './chronology';
import { coverageCheck } from './coverage';
import { addCard, annotateCard, duplicatePlan, emptyPlan, moveCard, newParagraph, planRecord, stepCard, updateParagraph, type NewCard } from './plan';
import { planBlocks, planMarkdown } from './plan-export';
import { nameIndex, understandQuestion } from './question';
import { decodeShared, encodeShared, planJson, readPlanJson } from './share';
import { counterEvidence, paragraphPeople, suggestFactors } from './suggestions';

const graph = runPipeline(realData()).graph!;
const names = nameIndex(graph);
const Q = "How far was Stalin's victory in the power struggle due to his position as General Secretary?";

const EDGE = 'stalin>led>secretariat@1922-04';
/** A relation card as relationEvidence makes it (the quote varies), added from a relation panel. */
const card = (quote: string, start?: string, extra: Partial<RelationCard> = {}): NewCard => ({
  kind: 'relation', id: relationCardId(EDGE, 33, quote), edgeKey: EDGE, source: { id: 'stalin', label: 'Joseph Stalin' }, target: { id: 'secretariat', label: 'Secretariat' },
  type: 'led', typeLabel: 'led', sentence: 'Joseph Stalin led the Secretariat', ...(start ? { start } : {}), certainty: 'stated', dateSource: 'notes',
  quote, slide: 33, slideTitle: 'The power struggle', from: 'relation', ...extra,
});
const id = (quote: string) => relationCardId(EDGE, 33, quote);

describe('plan changes', () => {
  it('adds cards, moves them up, down and across paragraphs, and annotates', () => {
    let d = newParagraph(emptyPlan(Q), 'General Secretary').data;
    d = newParagraph(d, 'Rivals’ mistakes', 'against').data;
    d = addCard(d, 'p1', card('a')).data;
    d = addCard(d, 'p1', card('b')).data;
    const third = addCard(d, null, card('c'));
    expect(third.paragraphId).toBe('p3');
    d = third.data;
    d = stepCard(d, id('b'), -1);
    expect(d.paragraphs[0]!.cards.map((c) => c.quote)).toEqual(['b', 'a']);
    expect(stepCard(d, id('b'), -1)).toBe(d);
    d = moveCard(d, id('a'), 'p2');
    d = annotateCard(d, id('a'), 'shows his patronage');
    expect(d.paragraphs.map((p) => p.cards.map((c) => c.quote))).toEqual([['b'], ['a'], ['c']]);
    expect(d.paragraphs[1]!.cards[0]!.annotation).toBe('shows his patronage');
  });

  it('the same evidence is in a plan once: adding it again changes nothing and says where it is', () => {
    const d = addCard(addCard(newParagraph(emptyPlan(Q), 'One').data, 'p1', card('a')).data, null, card('b')).data;
    const again = addCard(d, 'p1', card('b'));
    expect(again).toMatchObject({ data: d, paragraphId: 'p2', already: true });
  });

  it('a plan record reads back through the storage layer’s schema, and a v1 placeholder migrates', () => {
    const r = planRecord('plan1', addCard(emptyPlan(Q), null, card('x', '1924')).data, '2026-12-01T10:00:00.000Z');
    expect(readRecord(r, KINDS)).toEqual({ ok: true, record: r });
    const old = { ...r, version: 1, data: { question: 'Why?', sections: [{ heading: 'Terror', text: 'Fear', evidence: ['e1'] }] } };
    const read = readRecord(old, KINDS);
    expect(read.ok && read.record.data).toMatchObject({ question: 'Why?', paragraphs: [{ factor: 'Terror', point: 'Fear', role: 'for', cards: [] }] });
    expect(duplicatePlan(r, 'plan2', r.updatedAt)).toMatchObject({ id: 'plan2', title: `${Q} (copy)` });
  });

  it('a version 2 plan (the planner’s own card type) migrates to shared EvidenceCards, quotes and notes kept', async () => {
    const { notesData } = await import('../../vite/graph-data-plugin');
    const { realNotesText } = await import('../../node/test-support');
    const { indexNotes } = await import('../shared/notes-index');
    const { relationEvidence } = await import('../shared/evidence');
    const notes = indexNotes(notesData(realNotesText(), graph));
    const real = relationEvidence(graph, notes, EDGE)[0]!;
    // Exactly what the version 2 planner wrote for that quote, and for a bullet from the Notes view.
    const relV2 = { id: 'c1', quote: real.quote, slide: real.slide, slideTitle: real.slideTitle, edge: EDGE, sentence: real.sentence, start: real.start, dates: '1922', dateSource: real.dateSource, certainty: real.certainty, entities: ['stalin', 'secretariat'], from: 'relation', annotation: 'his base' };
    const bulletV2 = { id: 'c2', quote: 'Trotsky was unpopular', slide: 30, slideTitle: 'The power struggle', sentence: 'About Leon Trotsky', dates: 'undated', entities: ['trotsky'], from: 'notes', annotation: '' };
    const v2 = { kind: 'plan', id: 'old', version: 2, title: 'Old plan', updatedAt: '2026-11-30T10:00:00.000Z', data: { ...emptyPlan(Q), paragraphs: [{ id: 'p1', role: 'for', factor: 'Secretariat', point: '', explanation: '', link: '', cards: [relV2, bulletV2, { ...relV2, id: 'c3' }] }] } };
    const read = readRecord(v2, KINDS);
    if (!read.ok) throw new Error(read.reason);
    expect(read.record.version).toBe(3);
    const cards = (read.record.data as PlanData).paragraphs[0]!.cards;
    // The relation card is the shared card for that quote (same stable id, same quote, slide and dates), the duplicate kept once.
    expect(cards).toHaveLength(2);
    expect(cards[0]).toMatchObject({ kind: 'relation', id: real.id, quote: real.quote, slide: real.slide, slideTitle: real.slideTitle, edgeKey: EDGE, sentence: real.sentence, start: real.start, source: { id: 'stalin' }, target: { id: 'secretariat' }, type: 'led', certainty: real.certainty, dateSource: real.dateSource, from: 'relation', annotation: 'his base' });
    expect(cards[1]).toMatchObject({ kind: 'bullet', quote: 'Trotsky was unpopular', slide: 30, mentions: ['trotsky'], from: 'notes' });
    // A damaged version 2 plan is refused with a reason, not half-read.
    expect(readRecord({ ...v2, data: { question: 'Q' } }, KINDS)).toMatchObject({ ok: false });
  });
});

describe('coverage check', () => {
  const u = understandQuestion('How far was Stalin’s victory between 1924 and 1929 due to luck?', names);
  it('prompts for a judgement, empty and thin paragraphs, evidence outside the years, missing links and no counter-argument', () => {
    let d = newParagraph(emptyPlan(), 'Luck').data;
    d = newParagraph(d, 'Secretariat').data;
    d = addCard(d, 'p2', card('files on every member', '1936')).data;
    const prompts = coverageCheck(d, u);
    expect(prompts.map((p) => p.id)).toEqual(['judgement', 'empty:p1', 'thin:p2', `outside:${id('files on every member')}`, 'link:p2', 'counter']);
    expect(prompts.find((p) => p.id === `outside:${id('files on every member')}`)!.text).toBe(
      'In Paragraph 2 (“Secretariat”), “files on every member” (slide 33) is dated 1936, outside the question’s years (1924–1929): say why it matters, or use evidence from the period.',
    );
  });
  it('says nothing once the plan has it all', () => {
    let d = { ...newParagraph(emptyPlan(), 'Secretariat').data, judgement: 'Largely, but' };
    d = newParagraph(d, 'Rivals', 'against').data;
    for (const p of ['p1', 'p2']) {
      d = addCard(d, p, card(`a ${p}`, '1925')).data;
      d = addCard(d, p, card(`b ${p}`)).data;
      d = updateParagraph(d, p, { link: 'So…' });
    }
    expect(coverageCheck(d, u)).toEqual([]);
  });
});

describe('suggestions', () => {
  const u = understandQuestion(Q, names);
  it('ranks the named factor first, then the entities most tied to the question’s people, and never the subject', () => {
    const f = suggestFactors(graph, { ...u, from: 1924, to: 1929 });
    expect(f[0]).toMatchObject({ id: 'secretariat', named: true });
    expect(f.map((s) => s.id)).not.toContain('stalin');
    expect(f.length).toBe(6);
    for (let i = 2; i < f.length; i++) expect(f[i - 1]!.score).toBeGreaterThanOrEqual(f[i]!.score);
    expect(f.map((s) => s.id)).toContain('trotsky');
  });
  it('the window changes the ranking: the purge years bring different factors', () => {
    const early = suggestFactors(graph, { ...u, from: 1924, to: 1929 }).map((s) => s.id);
    const late = suggestFactors(graph, { ...u, from: 1934, to: 1939 }).map((s) => s.id);
    expect(late).not.toEqual(early);
  });
  it('offers the other side: betrayals first, only among the paragraph’s people and within the years', () => {
    const p = addCard(newParagraph(emptyPlan(), 'Bukharin').data, 'p1', { kind: 'bullet', id: 's30-b1', bulletId: 's30-b1', quote: 'x', slide: 30, slideTitle: '', mentions: ['bukharin'], from: 'notes' }).data.paragraphs[0]!;
    const other = counterEvidence(graph, p, paragraphPeople(p), { from: 1924, to: 1929 });
    expect(other.length).toBeGreaterThan(0);
    expect(other[0]!.kind).toBe('betrayal');
    for (const o of other) {
      expect([o.relation.source, o.relation.target]).toContain('bukharin');
      expect(o.year === null || (o.year >= 1924 && o.year <= 1929)).toBe(true);
    }
  });
});

describe('exports', () => {
  const u = understandQuestion(Q, names);
  const quote = 'Stalin was General Secretary — "Comrade Card-Index"';
  const d = addCard({ ...newParagraph(emptyPlan(Q), 'The Secretariat').data, judgement: 'Mostly.' }, 'p1', card(quote, '1922')).data;
  it('Markdown keeps every quote verbatim with its slide', () => {
    const md = planMarkdown(planBlocks('My plan', annotateCard(d, id(quote), 'patronage'), u, new Set([id(quote)])));
    expect(md).toContain(`> ${quote}\n>\n> — Slide 33 · The power struggle · Joseph Stalin led the Secretariat, 1922\n`);
    expect(md).toContain('**Judgement:** Mostly.');
    expect(md).toContain('## 1. For: The Secretariat');
    expect(md).toContain('*Note:* changed in the notes since it was added — patronage');
  });
  it('JSON and the share link round-trip; damage is named', async () => {
    expect(readPlanJson(planJson('My plan', d))).toEqual({ ok: true, shared: { title: 'My plan', plan: d } });
    expect(readPlanJson('{"format":"x"}')).toEqual({ ok: false, reason: 'it is not an Allegiance plan (its "format" is not "allegiance-plan")' });
    const link = await encodeShared('My plan', d);
    expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeShared(link)).toEqual({ ok: true, shared: { title: 'My plan', plan: d } });
    // A version 2 plan file (before plans used the shared EvidenceCard) is migrated on reading.
    const v2 = { format: 'allegiance-plan', version: 2, title: 'Old', plan: { ...d, paragraphs: [{ ...d.paragraphs[0]!, cards: [{ id: 'c1', quote, slide: 33, slideTitle: 'The power struggle', edge: EDGE, sentence: 'Joseph Stalin led the Secretariat', start: '1922', dates: '1922', entities: ['stalin', 'secretariat'], from: 'relation', annotation: '' }] }] } };
    const readV2 = readPlanJson(JSON.stringify(v2));
    expect(readV2.ok && readV2.shared.plan.paragraphs[0]!.cards[0]).toMatchObject({ kind: 'relation', id: id(quote), quote, slide: 33, edgeKey: EDGE });
    expect(readPlanJson(JSON.stringify({ ...v2, version: 9 }))).toEqual({ ok: false, reason: expect.stringMatching(/^it was made by a newer version of Allegiance \(plan file version 9; this app reads version 3 and older\)/) });
    expect(await decodeShared(link.slice(0, 20))).toMatchObject({ ok: false, reason: expect.stringMatching(/damaged or cut short/) });
  });
  it('the chronology places dated evidence on the window and shows the gaps', () => {
    const c = chronology(d, { from: 1924, to: 1929 })!;
    expect(c).toMatchObject({ from: 1922, to: 1929, undated: 0 });
    expect(c.marks[0]).toMatchObject({ from: 1922, outside: true, x0: 0 });
    expect(c.gaps).toEqual([[1924, 1929]]);
  });
});

describe('cards from the app’s evidence', () => {
  it('a relation quote becomes a card with its relation and dates; a changed quote is caught, never dropped', async () => {
    const { indexNotes } = await import('../shared/notes-index');
    const { notesData } = await import('../../vite/graph-data-plugin');
    const { realNotesText } = await import('../../node/test-support');
    const { cardFor, changedCards } = await import('./cards');
    const { browserQuoteMatcher, quoteHash, relationEvidence } = await import('../shared/evidence');
    const slice = notesData(realNotesText(), graph);
    const notes = indexNotes(slice);
    const edge = graph.edges().find((e) => graph.getEdgeAttribute(e, 'evidence').length > 0)!;
    const ev = graph.getEdgeAttribute(edge, 'evidence')[0]!;
    const c = cardFor(graph, notes, { kind: 'relation', edge, slide: ev.slide, quote: ev.quote, from: 'relation' })!;
    // The card is the shared EvidenceCard the panels show for that quote, plus where it came from.
    expect(c).toEqual({ ...relationEvidence(graph, notes, edge)[0], from: 'relation' });
    expect(c).toMatchObject({ kind: 'relation', quote: ev.quote, slide: ev.slide, edgeKey: edge, slideTitle: notes.slideTitle(ev.slide) });
    const edited = { ...c, quote: `${ev.quote} (edited)`, id: `${edge}#${ev.slide}#${quoteHash(`${ev.quote} (edited)`)}` };
    const d = addCard(addCard(emptyPlan(), null, c).data, 'p1', edited).data;
    expect(d.paragraphs[0]!.cards).toHaveLength(2);
    expect([...changedCards(d.paragraphs[0]!.cards, browserQuoteMatcher(slice, graph))]).toEqual([edited.id]);
    // A bullet of the notes becomes a bullet card naming the entities given.
    const bullet = slice.slides.find((s) => s.bullets.length)!.bullets[0]!;
    expect(cardFor(graph, notes, { kind: 'bullet', bullet: bullet.id, entities: ['stalin', 'nobody'], from: 'notes' })).toMatchObject({ kind: 'bullet', id: bullet.id, quote: bullet.text, mentions: ['stalin'], from: 'notes' });
    expect(cardFor(graph, notes, { kind: 'relation', edge: 'no>such>edge', slide: 1, quote: 'x', from: 'relation' })).toBeNull();
  });
});

describe('the planner in the URL', async () => {
  const { readPlanUrl, writePlanUrl } = await import('./plan-url');
  it('reads and writes plan=<id>, keeps other parameters, and lets a share link open read-only', () => {
    expect(readPlanUrl('?e=stalin', '')).toBeNull();
    expect(readPlanUrl('?e=stalin&plan', '')).toEqual({ id: '', share: null });
    expect(readPlanUrl('?plan=plan-2', '')).toEqual({ id: 'plan-2', share: null });
    expect(readPlanUrl('?plan=shared', '#plan=abc_-1')).toEqual({ id: '', share: 'abc_-1' });
    expect(writePlanUrl('?e=stalin&y=1925', { id: 'plan-1', share: null })).toBe('?e=stalin&y=1925&plan=plan-1');
    expect(writePlanUrl('?e=stalin&plan=plan-1', null)).toBe('?e=stalin');
  });
});
