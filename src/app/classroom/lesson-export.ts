/**
 * A lesson out of the app and back: as YAML for graph-data/storylines/ (checked by the same storyline validator,
 * which is also how a lesson is presented), as a `.allegiance-lesson.json` file, and as a link (compressed into
 * the hash where it fits).
 */
import { stringify } from 'yaml';
import { z } from 'zod';
import type { Storyline } from '../../model/storylines/schema';
import { validateStorylines } from '../../model/storylines/validate-storylines';
import type { AllegianceGraph, Notes, Problem } from '../../model/types';
import { decodeText, encodeText } from '../shared/deflate-code';
import { lessonDataSchema, migrateLessonV1, type LessonData } from './lesson-schema';
import { MAX_SHARED_FILE_CHARS, parseJsonText } from '../shared/json-text';
import { type SchemaIssue, summariseIssues, versionProblem } from '../shared/schema-issues';

export const LESSON_FILE_FORMAT = 'allegiance-lesson';
/** The longest link offered: beyond it, the lesson goes as a file (mail and chat tools cut long links). */
export const MAX_SHARE_URL = 8_000;

/** The lesson file's version follows the lesson record's: 2 (a version 1 file is migrated on reading). */
const LESSON_FILE_VERSION = 2;
const fileSchema = z.object({ format: z.literal(LESSON_FILE_FORMAT), version: z.literal(LESSON_FILE_VERSION), title: z.string().max(500), lesson: lessonDataSchema });

export interface SharedLesson {
  title: string;
  lesson: LessonData;
}

/** A kebab-case storyline id from a title ("My lesson on 1924" → "my-lesson-on-1924"). */
export function storylineId(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '') || 'lesson';
}

/** The lesson as a storyline file (a YAML list of one storyline), empty fields left out. */
export function lessonYaml(title: string, lesson: LessonData): string {
  const steps = lesson.steps.map((s) => {
    const view = Object.fromEntries(Object.entries(s.view).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
    return { caption: s.caption || 'Step', ...(s.note ? { note: s.note } : {}), ...(Object.keys(view).length ? { view } : {}), ...(s.excerpts.length ? { excerpts: s.excerpts } : {}) };
  });
  const story = { id: storylineId(title), title: title || 'Lesson', ...(lesson.summary ? { summary: lesson.summary } : {}), steps };
  return `# A lesson made in Allegiance. Put this file in graph-data/storylines/ to add it to the built-in storylines.\n${stringify([story], { lineWidth: 0 })}`;
}

/** The lesson as a storyline, checked as a storyline file is: the ids, relations, years and quotes it names. */
export function lessonStoryline(title: string, lesson: LessonData, graph: AllegianceGraph, notes: Notes): { storyline: Storyline | null; problems: Problem[] } {
  if (lesson.steps.length === 0) return { storyline: null, problems: [{ file: `lesson "${title}"`, line: 0, code: 'no-steps', message: 'the lesson has no steps yet', fix: 'add a view as a step first' }] };
  const { storylines, problems } = validateStorylines([{ file: `lesson "${title}"`, text: lessonYaml(title, lesson) }], graph, notes);
  return { storyline: storylines[0] ? { ...storylines[0], title: title || storylines[0].title } : null, problems };
}

export function lessonJson(title: string, lesson: LessonData): string {
  return `${JSON.stringify({ format: LESSON_FILE_FORMAT, version: LESSON_FILE_VERSION, title, lesson }, null, 1)}\n`;
}

export type ReadLesson = { ok: true; shared: SharedLesson } | { ok: false; reason: string };

/** Read a lesson file's text, naming what is wrong and where. */
export function readLessonJson(text: string): ReadLesson {
  const read = parseJsonText(text, 'it', MAX_SHARED_FILE_CHARS);
  if (!read.ok) return read;
  let json = read.value;
  const file = json as { format?: unknown; version?: unknown; lesson?: unknown } | null;
  if (file && typeof file === 'object' && file.format === LESSON_FILE_FORMAT) {
    const version = versionProblem('lesson', file.version, LESSON_FILE_VERSION);
    if (version) return { ok: false, reason: version };
    if (file.version === 1) {
      try {
        json = { ...file, version: LESSON_FILE_VERSION, lesson: migrateLessonV1(file.lesson) };
      } catch (err) {
        const issues = (err as { issues?: SchemaIssue[] }).issues;
        return { ok: false, reason: `it is a version 1 lesson file and ${issues ? summariseIssues(issues.map((i) => ({ ...i, path: ['lesson', ...i.path] }))) : `it is damaged at lesson: ${String(err)}`}` };
      }
    }
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    if (parsed.error.issues[0]!.path[0] === 'format') return { ok: false, reason: 'it is not an Allegiance lesson (its "format" is not "allegiance-lesson")' };
    return { ok: false, reason: summariseIssues(parsed.error.issues) };
  }
  return { ok: true, shared: { title: parsed.data.title, lesson: parsed.data.lesson } };
}

/** The lesson compressed for `#lesson=…`. */
export function encodeLesson(title: string, lesson: LessonData): Promise<string> {
  return encodeText(JSON.stringify({ format: LESSON_FILE_FORMAT, version: LESSON_FILE_VERSION, title, lesson }));
}

/** A shared lesson from its code; a damaged link is named, never thrown. */
export async function decodeLesson(code: string): Promise<ReadLesson> {
  try {
    return readLessonJson(await decodeText(code));
  } catch {
    return { ok: false, reason: 'the lesson in this link is damaged or cut short (was the whole link copied?)' };
  }
}
