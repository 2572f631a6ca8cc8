/** The saved shape of an essay plan (record kind `plan`, version 2) and the migration from version 1. */
import { z } from 'zod';

export const ROLES = ['for', 'against', 'context'] as const;
export type Role = (typeof ROLES)[number];

export const STEMS = ['how-far', 'to-what-extent', 'how-significant', 'assess-validity', 'why', 'how-successful', 'compare', 'other'] as const;
export type Stem = (typeof STEMS)[number];

/** Where a card was added from. */
export const CARD_SOURCES = ['relation', 'entity', 'betrayal', 'path', 'timeline', 'notes', 'list'] as const;

const text = (max: number) => z.string().max(max);

/** One piece of evidence: a verbatim quote with its slide, and the relation it supports when there is one. */
export const cardSchema = z.object({
  id: text(100),
  quote: text(5_000),
  slide: z.number().int().min(0),
  slideTitle: text(500),
  /** The relation's key (`stalin>allied-with>zinoviev@1924`), when the quote is a relation's evidence. */
  edge: text(300).optional(),
  /** "Joseph Stalin allied with Grigory Zinoviev", or the entity a bullet is about. */
  sentence: text(1_000),
  start: text(20).optional(),
  end: text(20).optional(),
  /** "1924–1925", "undated". */
  dates: text(100),
  dateSource: z.enum(['notes', 'outside-notes']).optional(),
  certainty: z.enum(['stated', 'suspected', 'disputed']).optional(),
  /** Entities the card is about (relation ends or the bullet's named entities). */
  entities: z.array(text(200)).max(50),
  from: z.enum(CARD_SOURCES),
  annotation: text(10_000),
});
export type EvidenceCard = z.infer<typeof cardSchema>;

export const paragraphSchema = z.object({
  id: text(100),
  role: z.enum(ROLES),
  factor: text(500),
  point: text(10_000),
  explanation: text(20_000),
  link: text(10_000),
  cards: z.array(cardSchema).max(500),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

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
export type PlanData = z.infer<typeof planDataSchema>;

/** Version 1 (the storage layer's placeholder): a question and sections citing evidence by id. */
interface PlanV1 {
  question: string;
  sections: { heading: string; text: string; evidence: string[] }[];
}

/** v1 → v2: each section becomes a "for" paragraph; evidence ids (no quotes were stored) are kept in the explanation. */
export function migratePlanV1(data: unknown): PlanData {
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
