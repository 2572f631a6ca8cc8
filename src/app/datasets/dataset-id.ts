/** A short, stable id for a dataset's files: the same files always get the same id (used in `?ds=`). */
import type { PickedFile } from './raw-from-files';

/** FNV-1a over a string, 32 bits, from a given start. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** "u" + 13 base-36 characters from two 32-bit hashes of every path and text, in path order. */
export function datasetId(files: readonly PickedFile[]): string {
  const text = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.path}\u0000${f.text}\u0000`)
    .join('');
  const a = fnv1a(text, 0x811c9dc5).toString(36).padStart(7, '0');
  const b = fnv1a(text, 0x01000193).toString(36).padStart(7, '0');
  return `u${a}${b}`.slice(0, 14);
}

/** Whether a `ds` URL value has the shape of a dataset id (anything else is ignored with a notice). */
export function isDatasetId(value: string): boolean {
  return /^[a-z0-9-]{1,40}$/.test(value);
}
