/** Parse the text of a file the user gave (a plan, a lesson, a backup): the value, or a reason naming what is wrong. */
/** The largest plan or lesson file read (characters): far above any real one, far below what strains the page. */
export const MAX_SHARED_FILE_CHARS = 5_000_000;

export type JsonText = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * `subject` starts the reason ("it", "the file"); text longer than `maxChars` is refused before parsing, so a huge
 * file never reaches JSON.parse.
 */
export function parseJsonText(text: string, subject = 'it', maxChars = Infinity): JsonText {
  if (text.length > maxChars) return { ok: false, reason: `${subject} is too large (${text.length.toLocaleString('en-GB')} characters; the limit is ${maxChars.toLocaleString('en-GB')})` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    return { ok: false, reason: `${subject} is not JSON (${err instanceof Error ? err.message : String(err)})` };
  }
}
