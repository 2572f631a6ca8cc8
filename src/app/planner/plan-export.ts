/** The plan as linear text: one list of blocks that the Markdown and Word exports both write. Quotes are kept verbatim with their slide. */
import type { EvidenceCard } from '../shared/evidence';
import { cardDates } from './cards';
import { type PlanData, type Role } from './plan-schema';
import { STEM_LABELS, yearsText, type Understanding } from './question';

export type Block =
  | { type: 'title'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'label'; label: string; text: string }
  | { type: 'quote'; quote: string; cite: string; note: string };

export const ROLE_LABELS: Record<Role, string> = { for: 'For', against: 'Against', context: 'Context' };

/** "Slide 33 · The power struggle · Joseph Stalin allied with Lev Kamenev, 1923–1925 (suspected; date not in the notes)". */
export function citation(c: EvidenceCard): string {
  const where = `Slide ${c.slide}${c.slideTitle ? ` · ${c.slideTitle}` : ''}`;
  if (c.kind === 'bullet') return where;
  const dates = cardDates(c);
  const caveats = [c.certainty !== 'stated' ? c.certainty : '', c.dateSource === 'outside-notes' && dates !== 'undated' ? 'date not in the notes' : ''].filter(Boolean);
  const about = ` · ${c.sentence}${dates !== 'undated' ? `, ${dates}` : ''}`;
  return `${where}${about}${caveats.length ? ` (${caveats.join('; ')})` : ''}`;
}

export function planBlocks(title: string, data: PlanData, u: Understanding, changed: ReadonlySet<string> = new Set()): Block[] {
  const out: Block[] = [{ type: 'title', text: title }];
  const field = (label: string, text: string) => {
    if (text.trim()) out.push({ type: 'label', label, text: text.trim() });
  };
  field('Question', data.question);
  field('The question asks', `${STEM_LABELS[u.stem]}; years ${yearsText(u)}${u.factor ? `; named factor: ${u.factor}` : ''}`);
  field('Judgement', data.judgement);
  field('Introduction', data.introduction);
  data.paragraphs.forEach((p, i) => {
    out.push({ type: 'heading', text: `${i + 1}. ${ROLE_LABELS[p.role]}: ${p.factor.trim() || 'Untitled paragraph'}` });
    field('Point', p.point);
    for (const c of p.cards) {
      const note = [changed.has(c.id) ? 'changed in the notes since it was added' : '', c.annotation.trim()].filter(Boolean).join(' — ');
      out.push({ type: 'quote', quote: c.quote, cite: citation(c), note });
    }
    field('Explanation', p.explanation);
    field('Link to the question', p.link);
  });
  if (data.conclusion.trim()) {
    out.push({ type: 'heading', text: 'Conclusion' });
    out.push({ type: 'label', label: 'Conclusion', text: data.conclusion.trim() });
  }
  return out;
}

/** Markdown: quotes as block quotes, exactly as in the notes (line breaks kept inside the quote). */
export function planMarkdown(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.type === 'title') lines.push(`# ${b.text}`, '');
    else if (b.type === 'heading') lines.push(`## ${b.text}`, '');
    else if (b.type === 'label') lines.push(`**${b.label}:** ${b.text}`, '');
    else {
      lines.push(...b.quote.split('\n').map((l) => `> ${l}`), '>', `> — ${b.cite}`, '');
      if (b.note) lines.push(`*Note:* ${b.note}`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A file name from the plan's title: `plan-how-far-was-stalins-victory.md`. */
export function planFileName(title: string, ext: string): string {
  const slug = title.toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'plan';
  return `plan-${slug}.${ext}`;
}
