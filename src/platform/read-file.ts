/** Reading a file the user picked, with a size limit so a wrong pick gives a message instead of a frozen page. */

export type ReadFileResult = { ok: true; text: string } | { ok: false; reason: string };

/** The text of `file`, or why it could not be read. */
export async function readTextFile(file: File, maxBytes: number, what = 'a backup'): Promise<ReadFileResult> {
  if (file.size > maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return { ok: false, reason: `“${file.name}” is ${mb(file.size)}, more than the ${mb(maxBytes)} ${what} can be` };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (err) {
    return { ok: false, reason: `“${file.name}” could not be read (${err instanceof Error ? err.message : String(err)})` };
  }
}
