import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../model/pipeline';
import { realData } from '../../node/test-support';
import { readRecord } from '../workspace/read-record';
import { KINDS } from '../workspace/kinds';
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

const card = (quote: string, start?: string, extra: Partial<NewCard> = {}): NewCard => ({
  quote, slide: 33, slideTitle: 'The power struggle', sentence: 'Joseph Stalin led the Secretariat', start, dates: start ?? 'undated', entities: ['stalin'], from: 'relation', ...extra,
});

describe('plan changes', () => {
  it('adds cards, moves them up, down and across paragraphs, and annotates', () => {
    let d = newParagraph(emptyPlan(Q), 'General Secretary').data;
    d = newParagraph(d, 'Rivals’ mistakes', 'against').data;
    d = addCard(d, 'p1', card('a')).data;
    d = addCard(d, 'p1', card('b')).data;
    const third = addCard(d, null, card('c'));
    expect(third.paragraphId).toBe('p3');
    d = third.data;
    d = stepCard(d, 'c2', -1);
    expect(d.paragraphs[0]!.cards.map((c) => c.quote)).toEqual(['b', 'a']);
    expect(stepCard(d, 'c2', -1)).toBe(d);
    d = moveCard(d, 'c1', 'p2');
    d = annotateCard(d, 'c1', 'shows his patronage');
    expect(d.paragraphs.map((p) => p.cards.map((c) => c.id))).toEqual([['c2'], ['c1'], ['c3']]);
    expect(d.paragraphs[1]!.cards[0]!.annotation).toBe('shows his patronage');
  });

  it('a plan record reads back through the storage layer’s schema, and a v1 placeholder migrates', () => {
    const r = planRecord('plan1', addCard(emptyPlan(Q), null, card('x', '1924')).data, '2026-12-01T10:00:00.000Z');
    expect(readRecord(r, KINDS)).toEqual({ ok: true, record: r });
    const old = { ...r, version: 1, data: { question: 'Why?', sections: [{ heading: 'Terror', text: 'Fear', evidence: ['e1'] }] } };
    const read = readRecord(old, KINDS);
    expect(read.ok && read.record.data).toMatchObject({ question: 'Why?', paragraphs: [{ factor: 'Terror', point: 'Fear', role: 'for', cards: [] }] });
    expect(duplicatePlan(r, 'plan2', r.updatedAt)).toMatchObject({ id: 'plan2', title: `${Q} (copy)` });
  });
});

describe('coverage check', () => {
  const u = understandQuestion('How far was Stalin’s victory between 1924 and 1929 due to luck?', names);
  it('prompts for a judgement, empty and thin paragraphs, evidence outside the years, missing links and no counter-argument', () => {
    let d = newParagraph(emptyPlan(), 'Luck').data;
    d = newParagraph(d, 'Secretariat').data;
    d = addCard(d, 'p2', card('files on every member', '1936', { dates: '1936' })).data;
    const prompts = coverageCheck(d, u);
    expect(prompts.map((p) => p.id)).toEqual(['judgement', 'empty:p1', 'thin:p2', 'outside:c1', 'link:p2', 'counter']);
    expect(prompts.find((p) => p.id === 'outside:c1')!.text).toBe(
      'In Paragraph 2 (“Secretariat”), “files on every member” (slide 33) is dated 1936, outside the question’s years (1924–1929): say why it matters, or use evidence from the period.',
    );
  });
  it('says nothing once the plan has it all', () => {
    let d = { ...newParagraph(emptyPlan(), 'Secretariat').data, judgement: 'Largely, but' };
    d = newParagraph(d, 'Rivals', 'against').data;
    for (const p of ['p1', 'p2']) {
      d = addCard(d, p, card('a', '1925')).data;
      d = addCard(d, p, card('b')).data;
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
    const p = addCard(newParagraph(emptyPlan(), 'Bukharin').data, 'p1', card('x', '1925', { entities: ['bukharin'] })).data.paragraphs[0]!;
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
    const md = planMarkdown(planBlocks('My plan', annotateCard(d, 'c1', 'patronage'), u, new Set(['c1'])));
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
    const { cardFor, changedCards, slideTexts } = await import('./cards');
    const slice = notesData(realNotesText(), graph);
    const notes = indexNotes(slice);
    const edge = graph.edges().find((e) => graph.getEdgeAttribute(e, 'evidence').length > 0)!;
    const ev = graph.getEdgeAttribute(edge, 'evidence')[0]!;
    const c = cardFor(graph, notes, { kind: 'relation', edge, slide: ev.slide, quote: ev.quote, from: 'relation' })!;
    expect(c).toMatchObject({ quote: ev.quote, slide: ev.slide, edge, slideTitle: notes.slideTitle(ev.slide) });
    const d = addCard(addCard(emptyPlan(), null, c).data, 'p1', { ...c, quote: `${ev.quote} (edited)` }).data;
    expect([...changedCards(d.paragraphs[0]!.cards, slideTexts(slice, graph))]).toEqual(['c2']);
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
