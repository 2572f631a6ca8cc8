/** The coverage check: gentle, specific prompts about what the plan still lacks. Never a block: the plan is saved and exported whatever they say. */
import { outsideYears } from './card-years';
import { cardDates } from './cards';
import type { PlanData } from './plan-schema';
import { yearsText, type Understanding } from './question';

export interface Prompt {
  /** Stable id (for keys and tests): `judgement`, `empty:p1`, `thin:p1`, `outside:c3`, `counter`, `link:p1`. */
  id: string;
  /** The paragraph it is about, if any. */
  paragraph?: string;
  text: string;
}

function name(data: PlanData, i: number): string {
  const p = data.paragraphs[i]!;
  return `Paragraph ${i + 1}${p.factor.trim() ? ` (“${p.factor.trim()}”)` : ''}`;
}

function short(quote: string): string {
  return quote.length > 60 ? `${quote.slice(0, 57).trimEnd()}…` : quote;
}

/** Every prompt for a plan, in the order a student would act on them. */
export function coverageCheck(data: PlanData, u: Pick<Understanding, 'from' | 'to'>): Prompt[] {
  const out: Prompt[] = [];
  if (!data.judgement.trim()) out.push({ id: 'judgement', text: 'There is no judgement yet: say in one sentence how far you agree, so every paragraph can argue towards it.' });
  if (data.paragraphs.length === 0) out.push({ id: 'no-paragraphs', text: 'No paragraphs yet: start with the factor the question names, then add the factors that compete with it.' });
  data.paragraphs.forEach((p, i) => {
    if (p.cards.length === 0) out.push({ id: `empty:${p.id}`, paragraph: p.id, text: `${name(data, i)} has no evidence yet: add a quote from the notes with “Add to plan”.` });
    else if (p.cards.length === 1) out.push({ id: `thin:${p.id}`, paragraph: p.id, text: `${name(data, i)} rests on one piece of evidence: a second would make the point safer.` });
    for (const c of p.cards) {
      if (outsideYears(c, u.from, u.to)) {
        out.push({ id: `outside:${c.id}`, paragraph: p.id, text: `In ${name(data, i)}, “${short(c.quote)}” (slide ${c.slide}) is dated ${cardDates(c)}, outside the question’s years (${yearsText(u)}): say why it matters, or use evidence from the period.` });
      }
    }
    if (p.cards.length > 0 && !p.link.trim()) out.push({ id: `link:${p.id}`, paragraph: p.id, text: `${name(data, i)} does not link back to the question yet: end it by saying what it shows about the question.` });
  });
  const hasCounter = data.paragraphs.some((p) => p.role === 'against');
  if (data.paragraphs.length > 0 && !hasCounter) out.push({ id: 'counter', text: 'No paragraph argues the other side: add an “against” paragraph (see “The other side” under each paragraph) and weigh it in your judgement.' });
  return out;
}
