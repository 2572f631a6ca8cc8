/** The record kinds Allegiance saves today. Later issues (planner, lessons, imported datasets) fill in their data. */
import { z } from 'zod';
import { THEME_IDS } from '../classroom/theme';
import { migratePlanV1, planDataSchema } from '../planner/plan-schema';
import { registryOf, type RecordKind } from './record';

/** User preferences that outlive a page load. One record, id `settings`. */
export const settingsSchema = z.object({
  /** Whether the canvas key (legend) is open. */
  legendOpen: z.boolean().optional(),
  /** The look: the classroom's "High contrast" (dark or light canvas) or the everyday one. */
  theme: z.enum(THEME_IDS).optional(),
});
export type SettingsData = z.infer<typeof settingsSchema>;
export const SETTINGS_ID = 'settings';

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
/** An essay plan (issue 12): version 2; version 1 was the placeholder `{question, sections}`. */
export const PLAN_KIND: RecordKind = { kind: 'plan', version: 2, schema: planDataSchema, migrations: { 1: migratePlanV1 } };
export const LESSON_KIND = v1('lesson', lessonSchema);
export const DATASET_KIND = v1('dataset', datasetSchema);

/** Every kind this version of the app reads and writes. */
export const KINDS = registryOf([SETTINGS_KIND, PLAN_KIND, LESSON_KIND, DATASET_KIND] as RecordKind[]);
