/** Essay plans as data, and every change to one as a pure function (the element only calls these). */
import { MAX_TITLE, type WorkRecord } from '../workspace/record';
import { PLAN_KIND } from '../workspace/kinds';
import type { NewCard } from './cards';
import type { Paragraph, PlanCard, PlanData, Role } from './plan-schema';

export type PlanRecord = WorkRecord<PlanData>;
export type { NewCard } from './cards';

/** An empty plan. */
export function emptyPlan(question = ''): PlanData {
  return { question, corrections: {}, judgement: '', introduction: '', paragraphs: [], conclusion: '' };
}

/** The plan's title in lists: its question, shortened, or "Untitled plan". */
export function planTitle(data: PlanData): string {
  const q = data.question.trim().replace(/\s+/g, ' ');
  return (q || 'Untitled plan').slice(0, MAX_TITLE);
}

/** A plan record, stamped `now`. `title` is the student's name for it (defaults to the question). */
export function planRecord(id: string, data: PlanData, now: string, title?: string): PlanRecord {
  return { kind: PLAN_KIND.kind, id, version: PLAN_KIND.version, title: (title ?? planTitle(data)).slice(0, MAX_TITLE), updatedAt: now, data };
}

/** An id not in `taken`: `prefix` plus a number. */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** A copy of a plan under a new id, titled "… (copy)". */
export function duplicatePlan(p: PlanRecord, id: string, now: string): PlanRecord {
  return { ...structuredClone(p), id, title: `${p.title} (copy)`.slice(0, MAX_TITLE), updatedAt: now };
}

export function newParagraph(data: PlanData, factor = '', role: Role = 'for'): { data: PlanData; id: string } {
  const id = freshId('p', data.paragraphs.map((p) => p.id));
  const paragraph: Paragraph = { id, role, factor, point: '', explanation: '', link: '', cards: [] };
  return { data: { ...data, paragraphs: [...data.paragraphs, paragraph] }, id };
}

export function updateParagraph(data: PlanData, id: string, patch: Partial<Omit<Paragraph, 'id' | 'cards'>>): PlanData {
  return { ...data, paragraphs: data.paragraphs.map((p) => (p.id === id ? { ...p, ...patch } : p)) };
}

export function removeParagraph(data: PlanData, id: string): PlanData {
  return { ...data, paragraphs: data.paragraphs.filter((p) => p.id !== id) };
}

/** Move a paragraph up (-1) or down (+1). */
export function moveParagraph(data: PlanData, id: string, by: -1 | 1): PlanData {
  const i = data.paragraphs.findIndex((p) => p.id === id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= data.paragraphs.length) return data;
  const paragraphs = [...data.paragraphs];
  [paragraphs[i], paragraphs[j]] = [paragraphs[j]!, paragraphs[i]!];
  return { ...data, paragraphs };
}

/** Where a card is in the plan: the paragraph's id and number (1-based), or null when it is not there. */
export function cardPlace(data: PlanData, cardId: string): { paragraph: string; number: number } | null {
  const i = data.paragraphs.findIndex((p) => p.cards.some((c) => c.id === cardId));
  return i < 0 ? null : { paragraph: data.paragraphs[i]!.id, number: i + 1 };
}

/**
 * Add evidence to a paragraph (or to a new paragraph when `paragraphId` is null or gone). A card's id is the
 * evidence's stable id, so the same quote is in a plan once: adding it again changes nothing and says where it is.
 */
export function addCard(data: PlanData, paragraphId: string | null, card: NewCard): { data: PlanData; paragraphId: string; cardId: string; already: boolean } {
  const there = cardPlace(data, card.id);
  if (there) return { data, paragraphId: there.paragraph, cardId: card.id, already: true };
  let target = paragraphId;
  let next = data;
  if (target === null || !data.paragraphs.some((p) => p.id === target)) {
    const made = newParagraph(data, '');
    next = made.data;
    target = made.id;
  }
  const full = { ...card, annotation: '' } as PlanCard;
  next = { ...next, paragraphs: next.paragraphs.map((p) => (p.id === target ? { ...p, cards: [...p.cards, full] } : p)) };
  return { data: next, paragraphId: target, cardId: card.id, already: false };
}

/** Add several cards to one paragraph (a new one, made once, when `paragraphId` is null): how many were added and how many were there already. */
export function addCards(data: PlanData, paragraphId: string | null, cards: readonly NewCard[]): { data: PlanData; paragraphId: string | null; added: number; already: number } {
  let next = data;
  let target = paragraphId;
  let added = 0;
  let already = 0;
  for (const card of cards) {
    const r = addCard(next, target, card);
    if (r.already) already++;
    else {
      added++;
      next = r.data;
      target = r.paragraphId;
    }
  }
  return { data: next, paragraphId: target, added, already };
}

function findCard(data: PlanData, cardId: string): { paragraph: number; index: number } | null {
  for (const [pi, p] of data.paragraphs.entries()) {
    const index = p.cards.findIndex((c) => c.id === cardId);
    if (index >= 0) return { paragraph: pi, index };
  }
  return null;
}

/** Move a card to `index` in paragraph `toParagraph` (the end when index is omitted or too large). */
export function moveCard(data: PlanData, cardId: string, toParagraph: string, index?: number): PlanData {
  const at = findCard(data, cardId);
  if (!at || !data.paragraphs.some((p) => p.id === toParagraph)) return data;
  const card = data.paragraphs[at.paragraph]!.cards[at.index]!;
  const without = data.paragraphs.map((p, pi) => (pi === at.paragraph ? { ...p, cards: p.cards.filter((c) => c.id !== cardId) } : p));
  return {
    ...data,
    paragraphs: without.map((p) => {
      if (p.id !== toParagraph) return p;
      const cards = [...p.cards];
      cards.splice(Math.min(index ?? cards.length, cards.length), 0, card);
      return { ...p, cards };
    }),
  };
}

/** Move a card one place up (-1) or down (+1) within its paragraph. */
export function stepCard(data: PlanData, cardId: string, by: -1 | 1): PlanData {
  const at = findCard(data, cardId);
  if (!at) return data;
  const p = data.paragraphs[at.paragraph]!;
  const j = at.index + by;
  if (j < 0 || j >= p.cards.length) return data;
  return moveCard(data, cardId, p.id, j);
}

export function annotateCard(data: PlanData, cardId: string, annotation: string): PlanData {
  return { ...data, paragraphs: data.paragraphs.map((p) => ({ ...p, cards: p.cards.map((c) => (c.id === cardId ? { ...c, annotation } : c)) })) };
}

export function removeCard(data: PlanData, cardId: string): PlanData {
  return { ...data, paragraphs: data.paragraphs.map((p) => ({ ...p, cards: p.cards.filter((c) => c.id !== cardId) })) };
}

