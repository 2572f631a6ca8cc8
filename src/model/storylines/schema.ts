/** The shape of a storyline file (graph-data/storylines/*.yaml): a list of storylines, each a title, a summary and steps. */
import { z } from 'zod';
import { ENTITY_KINDS, TONES, type Evidence, type EntityKind, type SourceRef, type Tone } from '../types';

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits and hyphens)');
const text = (max: number) => z.string().min(1).max(max);

/** A relation named by its edge key (`stalin>purged>kamenev@1936`) or by its ends and type (optionally its start). */
export const relationRefSchema = z.union([
  z.string().min(1).max(300),
  z.strictObject({ source: z.string().min(1), type: z.string().min(1), target: z.string().min(1), start: z.union([z.string(), z.number().int()]).transform(String).optional() }),
]);
export type RelationRef = z.output<typeof relationRefSchema>;

export const storyViewSchema = z.strictObject({
  /** The year shown (the slider's year); absent: all years. */
  year: z.number().int().optional(),
  /** The selected entity. */
  select: z.string().min(1).optional(),
  /** Focus on the selection's neighbourhood, 1–3 steps. */
  focus: z.number().int().min(0).max(3).optional(),
  kinds: z.array(z.enum(ENTITY_KINDS)).min(1).optional(),
  types: z.array(z.string().min(1)).min(1).optional(),
  tones: z.array(z.enum(TONES)).min(1).optional(),
  /** Entities this step reveals besides the ends of its relations. */
  show: z.array(z.string().min(1)).optional(),
  /** Relations this step reveals and emphasises. */
  highlight: z.array(relationRefSchema).optional(),
});

export const excerptSchema = z.strictObject({ slide: z.number().int().positive(), quote: z.string().min(1).max(5_000) });

export const predictSchema = z.strictObject({
  question: text(1_000),
  /** The relation that answers it (its target is the right option). */
  answer: relationRefSchema,
  /** Wrong options (entity ids); absent: drawn from the graph (entities of the answer's kind). */
  options: z.array(z.string().min(1)).min(1).max(6).optional(),
});

export const stepSchema = z.strictObject({
  caption: text(1_000),
  note: z.string().max(10_000).default(''),
  view: storyViewSchema.default({}),
  excerpts: z.array(excerptSchema).default([]),
  predict: predictSchema.optional(),
});

export const storylineSchema = z.strictObject({
  id: kebabId,
  title: text(200),
  summary: z.string().max(2_000).default(''),
  steps: z.array(stepSchema).min(1, 'a storyline needs at least one step').max(200),
});

export type StorylineInput = z.output<typeof storylineSchema>;
export type StepInput = z.output<typeof stepSchema>;
export type StoryViewInput = z.output<typeof storyViewSchema>;

/** A step's view, resolved against the graph: relations as edge keys. */
export interface StoryView {
  year: number | null;
  select: string | null;
  focus: 0 | 1 | 2 | 3;
  kinds: EntityKind[] | null;
  types: string[] | null;
  tones: Tone[] | null;
  show: string[];
  highlight: string[];
}

export interface StoryPredict {
  question: string;
  /** Edge key of the answer. */
  answer: string;
  /** Entity ids offered, the answer's target among them, in a fixed order. */
  options: string[];
}

export interface StoryStep {
  caption: string;
  note: string;
  view: StoryView;
  excerpts: Evidence[];
  predict: StoryPredict | null;
}

/** A validated storyline, ready for the app. */
export interface Storyline {
  id: string;
  title: string;
  summary: string;
  steps: StoryStep[];
  /** Where it is defined (absent for a teacher's lesson). */
  from?: SourceRef;
}

export const STORYLINE_FIELDS = Object.keys(storylineSchema.shape);
export const STEP_FIELDS = Object.keys(stepSchema.shape);
export const VIEW_FIELDS = Object.keys(storyViewSchema.shape);
