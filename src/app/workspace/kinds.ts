/** The record kinds Allegiance saves today. Later issues (planner, lessons, imported datasets) fill in their data. */
import { z } from 'zod';
import { THEME_IDS } from '../classroom/theme';
import { lessonDataSchema, migrateLessonV1 } from '../classroom/lesson-schema';
import { migratePlanV1, migratePlanV2, planDataSchema } from '../planner/plan-schema';
import { registryOf, type RecordKind } from './record';
import { DATASET_KIND_ID } from './dataset-kind-id';

/** User preferences that outlive a page load. One record, id `settings`. */
export const settingsSchema = z.object({
  /** Whether the canvas key (legend) is open. */
  legendOpen: z.boolean().optional(),
  /** The look: the classroom's "High contrast" (dark or light canvas) or the everyday one. */
  theme: z.enum(THEME_IDS).optional(),
});
export type SettingsData = z.infer<typeof settingsSchema>;
export const SETTINGS_ID = 'settings';


/** A dataset the user imported: its files as read, the same `{file, text}` the model validates (issue 14). */
export const datasetSchema = z.object({
  files: z.array(z.object({ file: z.string().max(500), text: z.string() })).max(5_000),
});

const v1 = <D>(kind: string, schema: z.ZodType<D>, singleton = false): RecordKind<D> => ({ kind, version: 1, schema, migrations: {}, singleton });

export const SETTINGS_KIND = v1('settings', settingsSchema, true);
/**
 * An essay plan (issue 12): version 3, whose cards are the shared EvidenceCard; version 2 had the planner's own
 * card type; version 1 was the placeholder `{question, sections}`.
 */
export const PLAN_KIND: RecordKind = { kind: 'plan', version: 3, schema: planDataSchema, migrations: { 1: migratePlanV1, 2: migratePlanV2 } };
/** A teacher's lesson (issue 13): version 2 holds storyline steps; version 1 was the placeholder `{steps: [{url, note}]}`. */
export const LESSON_KIND: RecordKind = { kind: 'lesson', version: 2, schema: lessonDataSchema, migrations: { 1: migrateLessonV1 } };
export const DATASET_KIND = v1(DATASET_KIND_ID.kind, datasetSchema);

/** Every kind this version of the app reads and writes. */
export const KINDS = registryOf([SETTINGS_KIND, PLAN_KIND, LESSON_KIND, DATASET_KIND] as RecordKind[]);
