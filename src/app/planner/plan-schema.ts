/**
 * The saved shape of an essay plan (record kind `plan`, version 3) and the migrations from versions 1 and 2.
 * A plan's evidence is the app's one card type, `EvidenceCard` (src/app/shared/evidence.ts), plus where it was
 * added from and the student's annotation.
 */
import { z } from 'zod';
import { quoteHash, relationCardId, type BulletCard, type EvidenceCard, type RelationCard } from '../shared/evidence';
import { CERTAINTIES, DATE_SOURCES } from '../../model/types';

export const ROLES = ['for', 'against', 'context'] as const;
export type Role = (typeof ROLES)[number];

export const STEMS = ['how-far', 'to-what-extent', 'how-significant', 'assess-validity', 'why', 'how-successful', 'compare', 'other'] as const;
export type Stem = (typeof STEMS)[number];

/** Where a card was added from. */
export const CARD_SOURCES = ['relation', 'entity', 'betrayal', 'path', 'timeline', 'notes', 'list'] as const;
export type CardSource = (typeof CARD_SOURCES)[number];

const text = (max: number) => z.string().max(max);

const quoteFields = { id: text(400), quote: text(5_000), slide: z.number().int().min(0), slideTitle: text(500) };
const planFields = { from: z.enum(CARD_SOURCES), annotation: text(10_000) };
const end = z.object({ id: text(200), label: text(500) });

const relationCardSchema = z.object({
  kind: z.literal('relation'),
  ...quoteFields,
  edgeKey: text(300),
  source: end,
  target: end,
  type: text(200),
  typeLabel: text(200),
  sentence: text(1_000),
  start: text(20).optional(),
  end: text(20).optional(),
  certainty: z.enum(CERTAINTIES),
  dateSource: z.enum(DATE_SOURCES),
  note: text(5_000).optional(),
  ...planFields,
});

const bulletCardSchema = z.object({
  kind: z.literal('bullet'),
  ...quoteFields,
  /** Empty for a card migrated from version 2, which did not keep the bullet's id. */
  bulletId: text(100),
  mentions: z.array(text(200)).max(50).optional(),
  ...planFields,
});

/** A card in a plan: the shared EvidenceCard (its `id` is the evidence's stable id), where it came from, and a note. */
export const cardSchema = z.discriminatedUnion('kind', [relationCardSchema, bulletCardSchema]);
export type PlanCard = EvidenceCard & { from: CardSource; annotation: string };

// The saved shape and the shared type must not drift apart: each must be assignable to the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const cardShapeMatches: Same<z.infer<typeof relationCardSchema>, RelationCard & { from: CardSource; annotation: string }> & Same<z.infer<typeof bulletCardSchema>, BulletCard & { from: CardSource; annotation: string }> = true;
void cardShapeMatches;

export const paragraphSchema = z.object({
  id: text(100),
  role: z.enum(ROLES),
  factor: text(500),
  point: text(10_000),
  explanation: text(20_000),
  link: text(10_000),
  cards: z.array(cardSchema).max(500),
});
export type Paragraph = Omit<z.infer<typeof paragraphSchema>, 'cards'> & { cards: PlanCard[] };

/** The student's corrections to what the planner understood from the question (absent = as parsed). */
export const correctionsSchema = z.object({
  stem: z.enum(STEMS).optional(),
  from: z.number().int().nullable().optional(),
  to: z.number().int().nullable().optional(),
  /** Entity ids the question is about. */
  people: z.array(text(200)).max(50).optional(),
  factor: text(500).optional(),
});
export type Corrections = z.infer<typeof correctionsSchema>;

export const planDataSchema = z.object({
  question: text(2_000),
  corrections: correctionsSchema,
  judgement: text(20_000),
  introduction: text(20_000),
  paragraphs: z.array(paragraphSchema).max(200),
  conclusion: text(20_000),
});
export type PlanData = Omit<z.infer<typeof planDataSchema>, 'paragraphs'> & { paragraphs: Paragraph[] };

/** Version 1 (the storage layer's placeholder): a question and sections citing evidence by id. */
interface PlanV1 {
  question: string;
  sections: { heading: string; text: string; evidence: string[] }[];
}

/** v1 → v2: each section becomes a "for" paragraph; evidence ids (no quotes were stored) are kept in the explanation. */
export function migratePlanV1(data: unknown): unknown {
  const v1 = data as PlanV1;
  if (typeof v1?.question !== 'string' || !Array.isArray(v1.sections)) throw new Error('a version 1 plan needs a question and sections');
  return {
    question: v1.question,
    corrections: {},
    judgement: '',
    introduction: '',
    paragraphs: v1.sections.map((s, i) => ({
      id: `p${i + 1}`,
      role: 'for',
      factor: s.heading,
      point: s.text,
      explanation: s.evidence.length ? `Evidence from the earlier plan: ${s.evidence.join(', ')}` : '',
      link: '',
      cards: [],
    })),
    conclusion: '',
  };
}

/** A version 2 card: the planner's own card type, before plans used the shared EvidenceCard. */
interface CardV2 {
  id: string;
  quote: string;
  slide: number;
  slideTitle: string;
  edge?: string;
  sentence: string;
  start?: string;
  end?: string;
  dates: string;
  dateSource?: 'notes' | 'outside-notes';
  certainty?: 'stated' | 'suspected' | 'disputed';
  entities: string[];
  from: CardSource;
  annotation: string;
}

const EDGE_KEY = /^([^>]+)>([^>]+)>([^@]+)@/;

/**
 * A v2 card as a v3 card. A relation card gets its edge key's ends and type (labels were not stored: the ids
 * stand in, and the sentence is kept as it was); a bullet card gets an id from its slide and quote (v2 kept no
 * bullet id). Quote, slide, slide title, dates, certainty, date source, origin and annotation are kept.
 */
export function cardFromV2(c: CardV2): PlanCard {
  const base = { quote: c.quote, slide: c.slide, slideTitle: c.slideTitle, from: c.from, annotation: c.annotation };
  const m = c.edge ? EDGE_KEY.exec(c.edge) : null;
  if (!c.edge || !m) {
    const mentions = c.entities.length ? { mentions: [...c.entities] } : {};
    return { kind: 'bullet', id: `s${c.slide}#${quoteHash(c.quote)}`, bulletId: '', ...mentions, ...base };
  }
  const [, source, type, target] = m as unknown as [string, string, string, string];
  return {
    kind: 'relation',
    id: relationCardId(c.edge, c.slide, c.quote),
    edgeKey: c.edge,
    source: { id: source, label: source },
    target: { id: target, label: target },
    type,
    typeLabel: type.replace(/-/g, ' '),
    sentence: c.sentence,
    ...(c.start !== undefined ? { start: c.start } : {}),
    ...(c.end !== undefined ? { end: c.end } : {}),
    certainty: c.certainty ?? 'stated',
    dateSource: c.dateSource ?? 'notes',
    ...base,
  };
}

/** v2 → v3: every card becomes a shared EvidenceCard (see cardFromV2); the same evidence twice in a plan is kept once. */
export function migratePlanV2(data: unknown): unknown {
  const v2 = data as { paragraphs?: { cards?: CardV2[] }[] };
  if (!Array.isArray(v2?.paragraphs)) throw new Error('a version 2 plan needs paragraphs');
  const seen = new Set<string>();
  return {
    ...v2,
    paragraphs: v2.paragraphs.map((p) => ({
      ...p,
      cards: (Array.isArray(p.cards) ? p.cards : []).map(cardFromV2).filter((c) => !seen.has(c.id) && seen.add(c.id)),
    })),
  };
}
