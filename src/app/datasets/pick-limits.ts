/**
 * A picked folder (or loose files) checked from the sizes the browser reports (File.size) before any file is read:
 * how many entries, each data file against its limit (limits.ts: notes, YAML), and the data files together.
 * Only the files a dataset reads count toward the sizes (notes .txt and YAML); pictures and the rest are never read.
 */
import { MAX_FILES_PER_FOLDER, MAX_NOTES_FILE_BYTES, MAX_TOTAL_BYTES, MAX_YAML_FILE_BYTES, sizeText } from '../../model/limits';

/** What the view knows of a picked file before reading it. */
export interface PickedEntry {
  path: string;
  size: number;
}

/** Entries of any kind in one pick: a folder of thousands of files is not a data folder. */
export const MAX_PICKED_ENTRIES = 10 * MAX_FILES_PER_FOLDER;

/** Whether a picked file is one the dataset reads (the others are listed as left out, never read). */
export const isDataFile = (path: string) => /\.(txt|ya?ml)$/i.test(path);

/** Why the pick is refused (naming the file or folder and the limit, with the fix), or null when it may be read. */
export function pickLimitProblem(entries: readonly PickedEntry[]): string | null {
  if (entries.length > MAX_PICKED_ENTRIES) {
    return `The folder holds ${entries.length.toLocaleString('en-GB')} files; a data folder may hold at most ${MAX_PICKED_ENTRIES.toLocaleString('en-GB')}. Pick the data folder itself (notes/, entities/, relations/, relation-types.yaml), not the folder above it.`;
  }
  const data = entries.filter((e) => isDataFile(e.path));
  if (data.length > MAX_FILES_PER_FOLDER) {
    return `The folder holds ${data.length.toLocaleString('en-GB')} notes and YAML files; the limit is ${MAX_FILES_PER_FOLDER.toLocaleString('en-GB')}. Pick the data folder itself, or merge small files.`;
  }
  let total = 0;
  for (const e of data) {
    const max = /\.txt$/i.test(e.path) ? MAX_NOTES_FILE_BYTES : MAX_YAML_FILE_BYTES;
    if (e.size > max) {
      return `“${e.path}” is ${sizeText(e.size)}; the limit is ${sizeText(max)} per ${max === MAX_NOTES_FILE_BYTES ? 'notes' : 'data'} file, so the dataset was not read. ${max === MAX_NOTES_FILE_BYTES ? 'Split the notes into a smaller set.' : 'Split it into several files of the same folder.'}`;
    }
    total += e.size;
  }
  if (total > MAX_TOTAL_BYTES) return `The data files together are ${sizeText(total)}; the limit is ${sizeText(MAX_TOTAL_BYTES)}, so the dataset was not read. Use a smaller data set, or split it into several data folders.`;
  return null;
}
