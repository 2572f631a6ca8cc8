/** Schemas of the graph-data files (relation types, entities, relations) and the types inferred from them. */
import { z } from 'zod';
import { CERTAINTIES, DATE_SOURCES, ENTITY_KINDS, TONES } from './types';

/** "1924", "1924-01" or "1924-01-21"; a bare year written without quotes in YAML arrives as a number. */
const partialDate = z.union([z.string(), z.number().int()]).transform((v) => String(v));

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits and hyphens)');

export const relationTypeSchema = z.strictObject({
  id: kebabId,
  label: z.string().min(1),
  inverseLabel: z.string().min(1),
  tone: z.enum(TONES),
  symmetric: z.boolean(),
  description: z.string().optional(),
  sourceKinds: z.array(z.enum(ENTITY_KINDS)).min(1),
  targetKinds: z.array(z.enum(ENTITY_KINDS)).min(1),
});

export const entitySchema = z.strictObject({
  id: kebabId,
  label: z.string().min(1),
  kind: z.enum(ENTITY_KINDS),
  aliases: z.array(z.string().min(1)).default([]),
  start: partialDate.optional(),
  end: partialDate.optional(),
  dateSource: z.enum(DATE_SOURCES).default('notes'),
  summary: z.string().optional(),
});

export const evidenceSchema = z.strictObject({
  slide: z.number().int().positive(),
  quote: z.string().min(1),
});

export const relationSchema = z.strictObject({
  source: z.string().min(1),
  type: z.string().min(1),
  target: z.string().min(1),
  start: partialDate.optional(),
  end: partialDate.optional(),
  certainty: z.enum(CERTAINTIES).default('stated'),
  dateSource: z.enum(DATE_SOURCES).default('notes'),
  evidence: z.array(evidenceSchema).min(1, 'evidence must list at least one {slide, quote}'),
  note: z.string().optional(),
});

/** Fields each record may have, for "did you mean" hints on unknown fields. */
export const FIELDS = {
  relationType: Object.keys(relationTypeSchema.shape),
  entity: Object.keys(entitySchema.shape),
  relation: Object.keys(relationSchema.shape),
} as const;
