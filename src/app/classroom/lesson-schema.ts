/** The saved shape of a teacher's lesson (record kind `lesson`, version 2) and the migration from version 1. */
import { z } from 'zod';
import { ENTITY_KINDS, TONES } from '../../model/types';

const text = (max: number) => z.string().max(max);
const ids = z.array(text(300)).max(200);

/** A step's view, as a storyline file writes it (relations as edge keys). */
export const lessonViewSchema = z.object({
  year: z.number().int().optional(),
  select: text(300).optional(),
  focus: z.number().int().min(0).max(3).optional(),
  kinds: z.array(z.enum(ENTITY_KINDS)).optional(),
  types: ids.optional(),
  tones: z.array(z.enum(TONES)).optional(),
  show: ids.optional(),
  highlight: ids.optional(),
});

export const lessonStepSchema = z.object({
  caption: text(1_000),
  note: text(10_000),
  view: lessonViewSchema,
  excerpts: z.array(z.object({ slide: z.number().int().min(1), quote: text(5_000) })).max(20),
});

export const lessonDataSchema = z.object({
  summary: text(2_000),
  steps: z.array(lessonStepSchema).max(200),
});

export type LessonView = z.infer<typeof lessonViewSchema>;
export type LessonStep = z.infer<typeof lessonStepSchema>;
export type LessonData = z.infer<typeof lessonDataSchema>;

/** Version 1 was a placeholder: `{steps: [{url, note}]}`. Each becomes a step with the URL's year and entity, and the note. */
export function migrateLessonV1(data: unknown): LessonData {
  const v1 = z.object({ steps: z.array(z.object({ url: z.string(), note: z.string() })) }).parse(data);
  return {
    summary: '',
    steps: v1.steps.map(({ url, note }) => {
      let params = new URLSearchParams();
      try {
        params = new URL(url, 'https://allegiance.invalid/').searchParams;
      } catch {
        // an unreadable URL keeps only the note
      }
      const year = Number(params.get('y'));
      const view: LessonView = {};
      if (Number.isInteger(year) && params.get('y')) view.year = year;
      const select = params.get('e');
      if (select) view.select = select;
      return { caption: note.split('\n')[0]!.slice(0, 200) || 'Step', note, view, excerpts: [] };
    }),
  };
}
