/** The record kinds Allegiance saves today. Later issues (planner, lessons, imported datasets) fill in their data. */
import { z } from 'zod';
import { registryOf, type RecordKind } from './record';

/** User preferences that outlive a page load. One record, id `settings`. */
export const settingsSchema = z.object({
  /** Whether the canvas key (legend) is open. */
  legendOpen: z.boolean().optional(),
});
export type SettingsData = z.infer<typeof settingsSchema>;
export const SETTINGS_ID = 'settings';

/** An essay plan: a question and sections that cite evidence cards by id (issue 12 extends it). */
export const planSchema = z.object({
  question: z.string().max(2_000),
  sections: z.array(z.object({ heading: z.string().max(500), text: z.string().max(50_000), evidence: z.array(z.string().max(300)) })).max(200),
});

/** A lesson: an ordered list of views (app URLs) with the teacher's words (issue 13 extends it). */
export const lessonSchema = z.object({
  steps: z.array(z.object({ url: z.string().max(4_000), note: z.string().max(10_000) })).max(500),
});

/** A dataset the user imported: its files as read, the same `{file, text}` the model validates (issue 14). */
export const datasetSchema = z.object({
  files: z.array(z.object({ file: z.string().max(500), text: z.string() })).max(5_000),
});

const v1 = <D>(kind: string, schema: z.ZodType<D>, singleton = false): RecordKind<D> => ({ kind, version: 1, schema, migrations: {}, singleton });

export const SETTINGS_KIND = v1('settings', settingsSchema, true);
export const PLAN_KIND = v1('plan', planSchema);
export const LESSON_KIND = v1('lesson', lessonSchema);
export const DATASET_KIND = v1('dataset', datasetSchema);

/** Every kind this version of the app reads and writes. */
export const KINDS = registryOf([SETTINGS_KIND, PLAN_KIND, LESSON_KIND, DATASET_KIND] as RecordKind[]);
