/**
 * The classroom's part of the URL: `story=<id>&step=<n>` (1-based) opens presenter mode at that step, so a link
 * resumes the lesson. A teacher's lesson is `story=lesson:<id>`; a shared lesson is `story=shared` with the lesson
 * itself compressed in the hash (`#lesson=<code>`). Reading never throws.
 */

export interface StoryUrl {
  /** A storyline id, `lesson:<id>`, or `shared`. */
  story: string;
  /** 0-based step index. */
  step: number;
}

const STORY = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|lesson:[A-Za-z0-9_-]{1,200}|shared)$/;
export const SHARE_HASH = /^#lesson=([A-Za-z0-9_-]+)$/;

/** The presenter's place from a query string; null when no (valid) storyline is named. */
export function readStoryUrl(search: string): StoryUrl | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return null;
  }
  const story = params.get('story');
  if (story === null || !STORY.test(story)) return null;
  const n = Number(params.get('step') ?? '1');
  return { story, step: Number.isInteger(n) && n >= 1 && n <= 1000 ? n - 1 : 0 };
}

/** The search with the presenter's parameters set (or removed), others kept in order. */
export function writeStoryUrl(search: string, at: StoryUrl | null): string {
  const params = new URLSearchParams(search);
  params.delete('story');
  params.delete('step');
  if (at) {
    params.set('story', at.story);
    params.set('step', String(at.step + 1));
  }
  const text = params.toString().replace(/=(?=&|$)/g, '').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}

/** The shared lesson's code in a hash, or null. */
export function shareCodeOf(hash: string): string | null {
  return SHARE_HASH.exec(hash)?.[1] ?? null;
}

/** The lesson editor's parameter: `lesson=<id>` (empty: open, no lesson chosen yet); null when closed. */
export function readLessonParam(search: string): string | null {
  try {
    const id = new URLSearchParams(search).get('lesson');
    return id === null ? null : id.slice(0, 200);
  } catch {
    return null;
  }
}

/** The search with the lesson editor's parameter set (or removed when null), others kept in order. */
export function writeLessonParam(search: string, id: string | null): string {
  const params = new URLSearchParams(search);
  if (id === null) params.delete('lesson');
  else params.set('lesson', id);
  const text = params.toString().replace(/=(?=&|$)/g, '').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}
